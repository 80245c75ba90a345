//! Where am I, what is left, and back where I was: F1 starts with the
//! keys of the screen (W3, W4), progress counts what is required per item
//! and leads to it (W11, W12), and a plan reopens where the user left it
//! (W17). Moved out of `flow.rs` to keep files under 600 lines.

use crate::common;

use crate::flow::add_item;
use common::Harness;
use ratatui::crossterm::event::KeyCode;

/// W3, W4: F1 starts with the keys of where the user is, grouped by what
/// they do; on a panel it explains that panel; the badge is explained.
#[test]
fn help_starts_with_the_keys_here_and_explains_the_screen_and_its_signs() {
    let mut h = Harness::example();
    h.key(KeyCode::F(3));
    h.key(KeyCode::F(1));
    let screen = h.screen(100, 60);
    let keys_at = screen.find("Toetsen op dit scherm").expect("keys first");
    let goto_at = screen.find("naar de vraag").expect("F3's Enter is named");
    let about_at = screen
        .find("Aandachtspunten: wat Samenwerkwijzer opvalt")
        .expect("what F3 is");
    assert!(keys_at < goto_at && goto_at < about_at, "{screen}");
    let form_keys = screen.find("beantwoorden").expect("the form's keys, later");
    assert!(
        about_at < form_keys,
        "the form's keys come after F3's: {screen}"
    );
    assert!(screen.contains("⚠1+4: 1 punt om op te letten"), "{screen}");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    // In a list: its own keys first, and the help for the question after.
    h.key(KeyCode::PageUp);
    h.key(KeyCode::PageUp);
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    h.key(KeyCode::F(1));
    let screen = h.screen(100, 60);
    let add = screen.find("nieuw").expect("n nieuw");
    let question = screen
        .find("Welke taken horen bij deze opgave?")
        .expect("help");
    assert!(add < question, "{screen}");
    assert_eq!(screen.matches("volgende vraag").count(), 1, "{screen}");
}

/// W11, W12: progress counts every required answer of every item, goes up
/// as items are filled in, and F6 says which item and field are open;
/// Enter goes there.
#[test]
fn progress_counts_items_and_the_overview_leads_to_what_is_open() {
    let mut h = Harness::with_plan("Voortgang");
    h.key(KeyCode::PageDown);
    let before = h.editor().overview.steps[1].0;
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    add_item(&mut h, "Afval");
    h.answer_choice("aanpak", "samen");
    h.key(KeyCode::Esc);
    let with_task = h.editor().overview.steps[1].0;
    assert!(with_task.total > before.total, "{before:?} → {with_task:?}");
    assert!(
        with_task.answered > before.answered,
        "{before:?} → {with_task:?}"
    );
    // A second task that is done alone asks less, and takes nothing away.
    add_item(&mut h, "Vergunningen");
    h.answer_choice("aanpak", "zelf");
    h.key(KeyCode::Esc);
    let two = h.editor().overview.steps[1].0;
    assert!(two.answered > with_task.answered, "{with_task:?} → {two:?}");
    // The list says how much an item still lacks.
    let screen = h.screen(100, 30);
    assert!(
        screen.contains("Afval — Samen met anderen · nog"),
        "{screen}"
    );
    h.key(KeyCode::Esc);
    // F6 names the task and the field, and Enter opens the task there.
    h.key(KeyCode::F(6));
    let screen = h.screen(100, 40);
    assert!(screen.contains("Nog open in deze stap:"), "{screen}");
    assert!(screen.contains("Taak \"Afval\": "), "{screen}");
    assert!(
        !screen.contains("Taak \"Vergunningen\""),
        "a task done alone asks no motive: {screen}"
    );
    let first = samenwerkwijzer::plan::progress::open_in(&h.editor().plan, &h.app.guide.steps[1])
        .into_iter()
        .next()
        .expect("something open");
    h.key(KeyCode::Enter);
    assert_eq!(h.editor().panel, None);
    assert_eq!(
        h.focused(),
        first.field.clone().unwrap_or(first.question.clone())
    );
    match &h.editor().view {
        samenwerkwijzer::tui::state::View::Record { item, .. } => {
            assert_eq!(Some(item), first.item.as_ref());
        }
        _ => panic!("not on the task"),
    }
}

/// W17: reopening lands on the question, the item and the field the user
/// left, also when moving about was all they did since the last save.
#[test]
fn reopening_lands_where_the_user_left_off() {
    let mut h = Harness::with_plan("Terug");
    h.key(KeyCode::PageDown);
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    add_item(&mut h, "Eerste");
    h.key(KeyCode::Esc);
    add_item(&mut h, "Tweede");
    h.key(KeyCode::Esc);
    h.ctrl('s');
    // Only moving: into the second task, onto its third field.
    h.key(KeyCode::Enter);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    let field = h.focused();
    let items = h.editor().plan.items("inventaris.taken").to_vec();
    assert!(!h.editor().is_dirty(), "moving is no change to the answers");
    h.ctrl('q');
    assert!(h.app.quit);
    let saved = h.saved();
    assert_eq!(
        saved.position,
        Some(samenwerkwijzer::plan::Position {
            question: "inventaris.taken".into(),
            item: Some(items[1].id.clone()),
            field: Some(field.clone()),
        }),
        "the place was saved on quit"
    );
    let path = h.editor().path.clone();
    let dir = h.dir;
    drop(h.driver);
    let mut again = Harness::on_data(&dir.path().join("data"));
    again.open(&path);
    assert_eq!(again.editor().step, 1);
    assert_eq!(again.focused(), field, "on the field");
    match &again.editor().view {
        samenwerkwijzer::tui::state::View::Record { item, .. } => {
            assert_eq!(item, &items[1].id, "in the second task");
        }
        _ => panic!("not in the task"),
    }
    // In a list, on the item that was selected.
    again.key(KeyCode::Esc);
    again.key(KeyCode::Up);
    again.ctrl('q');
    let path2 = again.editor().path.clone();
    let dir2 = again.dir;
    drop(again.driver);
    let mut third = Harness::on_data(&dir.path().join("data"));
    third.open(&path2);
    match &third.editor().view {
        samenwerkwijzer::tui::state::View::List { question, selected } => {
            assert_eq!((question.as_str(), *selected), ("inventaris.taken", 0));
        }
        _ => panic!("not in the list"),
    }
    drop(dir2);
}

/// F1 names F8 only in a plan begun from a workshop case, where it works.
#[test]
fn help_names_f8_only_where_there_is_a_case() {
    let mut h = Harness::with_plan("Geen casus");
    h.key(KeyCode::F(1));
    let screen = h.screen(100, 200);
    assert!(!screen.contains("F8"), "{screen}");
    assert!(screen.contains("F7"), "{screen}");
}
