//! The whole journey through the keyboard, as a new user takes it, with
//! the saved RON file checked at the end.

use crate::common;

use common::Harness;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use samenwerkwijzer::plan::progress::{overall, step_status};
use samenwerkwijzer::plan::{Answer, Slot, StepStatus, YesNo};
use std::time::Duration;

use samenwerkwijzer::tui::clock::Clock;
use samenwerkwijzer::tui::effect::Effect;
use samenwerkwijzer::tui::event::Event;
use samenwerkwijzer::tui::state::Overlay;

pub(crate) fn add_item(h: &mut Harness, name: &str) {
    h.key(KeyCode::Char('n'));
    h.type_text(name);
    h.key(KeyCode::Tab);
}

/// The whole journey of a new user through the keyboard, from the picker
/// to Ctrl-Q. The plain line mode's test (`plain_journey.rs`) walks the
/// same journey by typing lines and compares the saved plans.
pub(crate) fn the_whole_journey() -> Harness {
    let mut h = Harness::new();
    // New plan from the picker.
    h.key(KeyCode::Char('n'));
    h.type_text("Warmte in de regio");
    h.key(KeyCode::Enter);
    assert_eq!(h.editor().plan.meta.title, "Warmte in de regio");

    // Step 0: the task and the vision.
    h.answer_text("opgave.omschrijving", "Eén warmtenet voor drie gemeenten.");
    h.goto("opgave.domein");
    h.key(KeyCode::Enter);
    h.toggle("energietransitie");
    h.toggle("anders");
    h.key(KeyCode::Enter);
    h.answer_text("opgave.domein_anders", "Wonen");
    h.goto("opgave.perspectieven");
    h.key(KeyCode::Enter);
    h.toggle("tussen_gemeenten");
    h.key(KeyCode::Enter);
    h.answer_choice("opgave.rol", "regisseren");
    h.answer_choice("opgave.visie", "nee");
    h.answer_choice("opgave.nota_verbonden_partijen", "nee");
    h.answer_text("opgave.kaders", "Betaalbaar voor iedereen.");
    let step0 = h.app.guide.steps[0].clone();
    assert_eq!(step_status(&h.editor().plan, &step0), StepStatus::Complete);

    // Step 1: two tasks, one together and one alone.
    h.key(KeyCode::PageDown);
    assert_eq!(h.editor().step, 1);
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    add_item(&mut h, "Warmtenet aanleggen");
    h.answer_choice("aanpak", "samen");
    h.key(KeyCode::Esc);
    add_item(&mut h, "Vergunningen");
    h.answer_choice("aanpak", "zelf");
    h.key(KeyCode::Esc);
    assert_eq!(h.editor().plan.items("inventaris.taken").len(), 2);
    h.key(KeyCode::Esc); // back to the questions
    h.answer_choice("inventaris.vorm_genoemd", "nee");

    // Step 2: a partner that joins the shared task.
    h.key(KeyCode::PageDown);
    h.goto("partners.lijst");
    h.key(KeyCode::Enter);
    add_item(&mut h, "Gemeente Noorderveld");
    h.answer_choice("soort", "gemeente");
    h.goto("taken");
    h.key(KeyCode::Enter);
    let tasks = h.editor().plan.items("inventaris.taken").to_vec();
    // Only the task marked "samen" is offered.
    let screen = h.screen(80, 24);
    assert!(screen.contains("Warmtenet aanleggen"), "{screen}");
    assert!(!screen.contains("Vergunningen"), "{screen}");
    h.toggle(&tasks[0].id);
    h.key(KeyCode::Enter);
    h.answer_choice("inzet", "4");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);

    // Step 3: per partner, and the form.
    h.key(KeyCode::PageDown);
    h.goto("doelen.per_partner");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter); // the first partner
    h.answer_choice("hetzelfde", "5");
    h.answer_choice("zelfde_manier", "2");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    h.answer_text("doelen.doel", "Samen 2.000 woningen aardgasvrij.");
    h.answer_choice("doelen.aard", "bindend");
    h.answer_choice("doelen.vorm", "ol");
    h.answer_choice("doelen.regeling_door", "college");
    h.answer_choice("doelen.toestemming", "ja");
    h.answer_choice("doelen.uittreding", "nee");

    // Step 4: a monitoring agreement with a date and an evaluation.
    h.key(KeyCode::PageDown);
    h.goto("monitoring.afspraken");
    h.key(KeyCode::Enter);
    add_item(&mut h, "Aangesloten woningen");
    h.answer_choice("frequentie", "halfjaar");
    h.answer_text("eerste_datum", "1-7-2027");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    h.answer_choice("monitoring.evaluatie", "ja");
    h.answer_text("monitoring.evaluatie_interval", "4");

    // Go back to step 0 and change an answer.
    for _ in 0..4 {
        h.key(KeyCode::PageUp);
    }
    assert_eq!(h.editor().step, 0);
    h.goto("opgave.visie");
    h.key(KeyCode::Enter);
    h.choose("ja");

    // Quit saves.
    h.ctrl('q');
    assert!(h.app.quit, "Ctrl-Q stops the app");
    h
}

#[test]
fn new_plan_through_all_steps_is_saved_and_reopens() {
    let h = the_whole_journey();
    let saved = h.saved();
    let tasks = saved.items("inventaris.taken").to_vec();
    let get = |id: &str| saved.answer(id).cloned();
    assert_eq!(
        get("opgave.visie"),
        Some(Answer::YesNo(YesNo::Ja)),
        "the changed answer"
    );
    assert_eq!(
        get("opgave.omschrijving"),
        Some(Answer::Text("Eén warmtenet voor drie gemeenten.".into()))
    );
    assert_eq!(
        get("opgave.domein"),
        Some(Answer::Multi(vec![
            "energietransitie".into(),
            "anders".into()
        ]))
    );
    assert_eq!(get("doelen.vorm"), Some(Answer::Choice("ol".into())));
    assert_eq!(saved.step, "opgave", "reopens where the user left off");
    let partner = &saved.items("partners.lijst")[0];
    assert_eq!(
        partner.fields.get("taken"),
        Some(&Answer::Refs(vec![tasks[0].id.clone()]))
    );
    assert_eq!(
        saved.get(&Slot::field(
            "doelen.per_partner",
            &partner.id,
            "zelfde_manier"
        )),
        Some(&Answer::Scale(2))
    );
    let agreement = &saved.items("monitoring.afspraken")[0];
    assert_eq!(
        agreement.fields.get("eerste_datum"),
        Some(&Answer::Date("2027-07-01".parse().expect("date")))
    );
    assert_eq!(
        get("monitoring.evaluatie_interval"),
        Some(Answer::Number(4))
    );

    // The file is readable RON with the answers under their ids.
    let text = h.saved_text();
    assert!(text.contains("\"opgave.visie\": YesNo(Ja)"), "{text}");
    assert!(text.contains("title: \"Warmte in de regio\""), "{text}");

    let progress = overall(&saved, &h.app.guide);
    assert!(progress.answered >= 12, "{progress:?}");

    // Reopening shows every answer again, on the step the user left. The
    // first window must be gone first: a plan is open in one window only.
    let path = h.editor().path.clone();
    let mut again = Harness::new();
    again.open(&path);
    assert!(
        again.editor_opt().is_none(),
        "still open in the first window"
    );
    let dir = h.dir;
    drop(h.driver);
    again.open(&path);
    assert_eq!(again.editor().plan, saved);
    drop(dir);
}

#[test]
fn esc_keeps_typed_text_and_undo_works() {
    let mut h = Harness::with_plan("Test");
    h.goto("opgave.omschrijving");
    h.key(KeyCode::Enter);
    h.type_text("Zoë wil één plan");
    h.key(KeyCode::Esc);
    let slot = Slot::question("opgave.omschrijving");
    assert_eq!(
        h.editor().plan.get(&slot),
        Some(&Answer::Text("Zoë wil één plan".into()))
    );
    // Undo inside the editor takes back the last typing.
    h.key(KeyCode::Enter);
    h.type_text(" extra");
    h.ctrl('z');
    let text = h
        .editor()
        .plan
        .get(&slot)
        .and_then(Answer::as_text)
        .map(str::to_string);
    assert_ne!(text.as_deref(), Some("Zoë wil één plan extra"));
    h.ctrl('y');
    let text = h
        .editor()
        .plan
        .get(&slot)
        .and_then(Answer::as_text)
        .map(str::to_string);
    assert_eq!(text.as_deref(), Some("Zoë wil één plan extra"));
}

#[test]
fn typing_on_a_question_starts_answering_it() {
    let mut h = Harness::with_plan("Test");
    h.goto("opgave.omschrijving");
    h.type_text("Afval");
    assert_eq!(
        h.editor().plan.answer("opgave.omschrijving"),
        Some(&Answer::Text("Afval".into()))
    );
    h.key(KeyCode::Esc);
    // A digit on a choice question picks that option.
    h.goto("opgave.rol");
    h.type_text("2");
    assert_eq!(
        h.editor().plan.answer("opgave.rol"),
        Some(&Answer::Choice("regisseren".into()))
    );
}

#[test]
fn bracketed_paste_goes_into_the_field_without_firing_keys() {
    let mut h = Harness::with_plan("Test");
    h.goto("opgave.omschrijving");
    h.key(KeyCode::Enter);
    h.paste("regel één\r\nregel twee\nn j q");
    assert_eq!(
        h.editor().plan.answer("opgave.omschrijving"),
        Some(&Answer::Text("regel één\nregel twee\nn j q".into()))
    );
    h.key(KeyCode::Esc);
    // In a one-line field the lines are joined.
    h.key(KeyCode::PageDown);
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('n'));
    h.paste("Afval\ninzamelen");
    let item = &h.editor().plan.items("inventaris.taken")[0];
    assert_eq!(
        item.fields.get("naam"),
        Some(&Answer::Text("Afval inzamelen".into()))
    );
}

#[test]
fn lists_add_reorder_and_remove_with_confirmation() {
    let mut h = Harness::with_plan("Test");
    h.key(KeyCode::PageDown);
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    for name in ["A", "B", "C"] {
        add_item(&mut h, name);
        h.key(KeyCode::Esc);
    }
    let names = |h: &Harness| -> Vec<String> {
        h.editor()
            .plan
            .items("inventaris.taken")
            .iter()
            .map(|i| i.fields["naam"].as_text().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(names(&h), ["A", "B", "C"]);
    // C is selected after adding it; move it up twice.
    h.press(KeyCode::Up, KeyModifiers::ALT);
    h.press(KeyCode::Up, KeyModifiers::ALT);
    assert_eq!(names(&h), ["C", "A", "B"]);
    // Remove asks first; Esc keeps the item.
    h.key(KeyCode::Delete);
    h.key(KeyCode::Esc);
    assert_eq!(names(&h).len(), 3);
    h.key(KeyCode::Delete);
    h.key(KeyCode::Enter);
    assert_eq!(names(&h), ["A", "B"]);
    // An item added and left empty disappears again.
    h.key(KeyCode::Char('n'));
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    assert_eq!(names(&h), ["A", "B"]);
}

#[test]
fn invalid_number_keeps_the_editor_open_with_a_message() {
    let mut h = Harness::with_plan("Test");
    h.key(KeyCode::PageDown);
    h.key(KeyCode::PageDown);
    h.key(KeyCode::PageDown);
    h.key(KeyCode::PageDown);
    h.answer_choice("monitoring.evaluatie", "ja");
    h.goto("monitoring.evaluatie_interval");
    h.key(KeyCode::Enter);
    h.type_text("40");
    h.key(KeyCode::Esc);
    let msg = h.app.message.clone().expect("a message");
    assert!(
        msg.is_error && msg.text.contains("1 tot en met 10"),
        "{msg:?}"
    );
    assert!(
        h.screen(80, 24).contains("40"),
        "the typed text is still there"
    );
    h.key(KeyCode::Backspace);
    h.key(KeyCode::Esc);
    assert_eq!(
        h.editor().plan.answer("monitoring.evaluatie_interval"),
        Some(&Answer::Number(4))
    );
}

#[test]
fn autosave_writes_a_second_after_a_change() {
    let mut h = Harness::with_plan("Test");
    h.answer_text("opgave.omschrijving", "Eerste versie");
    assert!(h.editor().is_dirty());
    assert!(h.saved().answer("opgave.omschrijving").is_none(), "not yet");
    // The loop sleeps until exactly then, not a moment longer or shorter.
    let due = h.app.deadline().expect("an autosave is due");
    assert_eq!(due.duration_since(h.app.now), Duration::from_secs(1));
    h.advance(Duration::from_millis(999));
    assert!(h.editor().is_dirty(), "not before the second is up");
    h.advance(Duration::from_millis(1));
    assert!(!h.editor().is_dirty());
    assert_eq!(h.app.deadline(), None, "nothing left to wake up for");
    assert_eq!(
        h.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Eerste versie".into()))
    );
}

/// B1: after a failed autosave the app waited zero seconds for the next
/// try and spun at 100% CPU, repeating the message on every turn.
#[test]
fn a_failing_autosave_backs_off_and_says_so_once() {
    let mut h = Harness::with_plan("Geen schijf");
    let plans = h.data_dir().join("plans");
    let moved = h.data_dir().join("plans-weg");
    std::fs::rename(&plans, &moved).expect("move plans away");
    std::fs::write(&plans, "geen map").expect("a file where the folder was");

    h.answer_text("opgave.omschrijving", "Bewaar mij");
    let mut saves = Vec::new();
    let mut told = 0;
    // Two minutes of an idle app, the clock ticking every 100 ms.
    for tenth in 1..=1200u64 {
        let before = h.app.message.clone();
        let mut count = 0;
        h.clock.advance(Duration::from_millis(100));
        let now = h.clock.now();
        h.handle_watched(Event::Tick(now), &mut |e| {
            count += usize::from(matches!(e, Effect::Save(_)));
        });
        if count > 0 {
            saves.push(tenth / 10);
        }
        if h.app.message != before && h.app.message.as_ref().is_some_and(|m| m.is_error) {
            told += 1;
            // The user reads it and goes on: the next key clears it.
            h.key(KeyCode::Down);
        }
        if let Some(due) = h.app.deadline() {
            assert!(due > h.app.now, "due again at once: a busy loop");
        }
    }
    assert_eq!(told, 1, "told once, not on every attempt");
    // 1 s after the change, then waits of 2, 4, 8, 16, 32 s; the next (60 s) is after 2 min.
    assert_eq!(saves, vec![1, 3, 7, 15, 31, 63], "attempts (s)");
    assert!(
        h.screen(80, 24).contains("Opslaan mislukt"),
        "the header keeps saying it"
    );

    // Once the folder is back, the next try saves; nothing was lost.
    std::fs::remove_file(&plans).expect("remove the file");
    std::fs::rename(&moved, &plans).expect("put the folder back");
    h.advance(Duration::from_secs(60));
    assert!(!h.editor().is_dirty());
    assert_eq!(
        h.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Bewaar mij".into()))
    );
}

/// R7: a signal saves the plan and stops; when saving fails, a recovery
/// copy is written and the note says where.
#[test]
fn a_signal_saves_and_stops_or_writes_a_recovery_copy() {
    let mut h = Harness::with_plan("Signaal");
    h.answer_text("opgave.omschrijving", "Net getypt");
    assert!(h.editor().is_dirty());
    h.handle(Event::Signal(1));
    assert!(h.app.quit);
    assert_eq!(h.app.signal, Some(1));
    assert_eq!(
        h.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Net getypt".into()))
    );

    let mut h = Harness::with_plan("Signaal zonder schijf");
    let plans = h.data_dir().join("plans");
    std::fs::rename(&plans, h.data_dir().join("weg")).expect("move");
    std::fs::write(&plans, "geen map").expect("file");
    h.answer_text("opgave.omschrijving", "Toch bewaard");
    h.handle(Event::Signal(15));
    assert!(h.app.quit, "no second chance to ask: it stops");
    let note = h.app.exit_note.clone().expect("a note about the copy");
    assert!(note.contains("herstelkopie"), "{note}");
    let copies = std::fs::read_dir(h.data_dir().join("recovery"))
        .expect("recovery folder")
        .count();
    assert_eq!(copies, 1);
}

#[test]
fn step_change_saves_and_picker_lists_progress() {
    let mut h = Harness::with_plan("Plan A");
    h.answer_text("opgave.omschrijving", "Iets");
    h.key(KeyCode::PageDown);
    assert!(!h.editor().is_dirty(), "a step change saves");
    h.ctrl('o');
    let picker = h.picker();
    assert_eq!(picker.plans.len(), 1);
    assert_eq!(picker.plans[0].title, "Plan A");
    let progress = picker.plans[0].status.clone().expect("not damaged");
    assert_eq!(progress.answered, 1);
    // Rename from the picker.
    h.key(KeyCode::Char('r'));
    for _ in 0..6 {
        h.key(KeyCode::Backspace);
    }
    h.type_text("Plan B");
    h.key(KeyCode::Enter);
    assert_eq!(h.picker().plans[0].title, "Plan B");
    // Delete asks, then moves the file to the trash.
    h.key(KeyCode::Delete);
    h.key(KeyCode::Char('j'));
    assert!(h.picker().plans.is_empty());
    let trash = std::fs::read_dir(h.data_dir().join("trash"))
        .expect("trash")
        .count();
    assert_eq!(trash, 1);
}

#[test]
fn help_overlay_opens_and_closes_without_touching_answers() {
    let mut h = Harness::with_plan("Test");
    h.key(KeyCode::F(1));
    let help_open = |h: &Harness| h.app.has_overlay(|o| matches!(o, Overlay::Help { .. }));
    assert!(help_open(&h));
    h.type_text("abc");
    assert!(
        h.editor().plan.answers.is_empty(),
        "typing in help does nothing"
    );
    assert!(h.screen(100, 40).contains("Toetsen"));
    // Scrolling stops at the end: the last keys stay in view, never a
    // screen of emptiness.
    for _ in 0..300 {
        h.key(KeyCode::Down);
    }
    let screen = h.screen(80, 24);
    assert!(screen.contains("↑ einde"), "{screen}");
    assert!(screen.contains("F9"), "the last keys are in view: {screen}");
    h.key(KeyCode::Esc);
    assert!(!help_open(&h));
}

/// Every context has a key that leaves it, and the key the keymap names
/// for that really leaves it: pressed through `update`, in a real state.
#[test]
fn every_context_has_a_way_out_that_works() {
    use samenwerkwijzer::tui::keymap::{Action, Context, bindings};

    let editor = || Harness::with_plan("Uitweg");
    let at = |step: usize, question: &str| {
        let mut h = editor();
        for _ in 0..step {
            h.key(KeyCode::PageDown);
        }
        h.goto(question);
        h.key(KeyCode::Enter);
        h
    };
    let mut states: Vec<Harness> = Vec::new();
    states.push(Harness::new());
    let mut h = Harness::new();
    h.key(KeyCode::Char('n'));
    states.push(h);
    for key in [KeyCode::Delete, KeyCode::Char('v')] {
        let mut h = editor();
        h.ctrl('s');
        h.ctrl('o');
        h.key(key);
        states.push(h);
    }
    let mut h = editor();
    let plan = h.editor().plan.clone();
    let data = samenwerkwijzer::store::DataDir::new(h.data_dir());
    let original = h.editor().path.clone();
    samenwerkwijzer::store::recovery::write(&data, &original, &plan, common::test_now())
        .expect("recovery copy");
    h.ctrl('o');
    states.push(h);
    states.push(editor());
    // A new item opens its name, a one-line answer.
    let mut h = at(1, "inventaris.taken");
    h.key(KeyCode::Char('n'));
    states.push(h);
    states.push(at(0, "opgave.omschrijving"));
    states.push(at(0, "opgave.rol"));
    states.push(at(0, "opgave.domein"));
    states.push(at(1, "inventaris.taken"));
    states.push(at(3, "doelen.per_partner"));
    let mut h = at(1, "inventaris.taken");
    h.key(KeyCode::Char('n'));
    h.type_text("Taak");
    h.key(KeyCode::Esc);
    states.push(h);
    for keys in [
        &[KeyCode::F(1)][..],
        &[KeyCode::F(3)],
        &[KeyCode::F(4)],
        &[KeyCode::F(7)],
        &[KeyCode::F(8)],
        &[KeyCode::F(9)],
    ] {
        let mut h = editor();
        h.keys(keys);
        states.push(h);
    }

    let mut h = editor();
    h.ctrl('p');
    states.push(h);

    let mut covered = Vec::new();
    for mut h in states {
        let context = h.app.context();
        covered.push(context);
        let way_out = [Action::Back, Action::No, Action::Quit]
            .into_iter()
            .find_map(|a| bindings(context).find(|b| b.action == a))
            .unwrap_or_else(|| panic!("{context:?} has no way out"));
        let k = way_out.keys[0];
        h.press(k.code, k.mods);
        assert!(
            h.app.quit || h.app.context() != context,
            "{context:?}: {:?} does not leave it",
            way_out.keys[0]
        );
    }
    for context in Context::ALL {
        if context != Context::Global {
            assert!(covered.contains(&context), "{context:?} is not tried");
        }
    }
}
