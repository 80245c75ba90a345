//! Saves on the writer thread (issue 16), as the terminal loop runs them:
//! the same answers as saves on the loop, in the same order, and nothing
//! lost on quit, on a signal or when a save fails.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use samenwerkwijzer::plan::{Answer, Slot};
use samenwerkwijzer::tui::effect::Effect;
use samenwerkwijzer::tui::event::Event;
use samenwerkwijzer::tui::runtime::{collect, finish_saves};

use samenwerkwijzer::tui::clock::Clock;

use super::common::Harness;

/// A plan open in the editor, its saves on a writer thread; the count of
/// answers the writer knocked for.
fn in_background(title: &str) -> (Harness, Arc<AtomicUsize>) {
    let mut h = Harness::with_plan(title);
    let knocks = Arc::new(AtomicUsize::new(0));
    let count = knocks.clone();
    h.driver
        .save_in_background(move || {
            count.fetch_add(1, Ordering::SeqCst);
        })
        .expect("writer thread");
    (h, knocks)
}

/// A writer that, after each answer, tells `answered` and then waits at
/// a gate until the test lets it on (or drops the gate). Orders given
/// while it waits are queued, deterministically not yet written.
struct Gated {
    answered: Receiver<()>,
    gate: Option<Sender<()>>,
}

impl Gated {
    /// Block until the writer has answered one more save.
    fn answered(&self) {
        self.answered.recv().expect("the writer answered");
    }

    /// Let the writer go on for good.
    fn open(&mut self) {
        self.gate = None;
    }
}

fn gated(title: &str) -> (Harness, Gated) {
    let mut h = Harness::with_plan(title);
    let (knock, answered) = mpsc::channel();
    let (gate, waiting) = mpsc::channel::<()>();
    let waiting = Mutex::new(waiting);
    h.driver
        .save_in_background(move || {
            let _ = knock.send(());
            // Err once the gate is dropped: then it never waits again.
            let _ = waiting.lock().map(|w| w.recv());
        })
        .expect("writer thread");
    (
        h,
        Gated {
            answered,
            gate: Some(gate),
        },
    )
}

fn ctrl(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// Wait for the writer and hand its answers to `update`, as the loop does
/// when the writer knocks.
fn answers(h: &mut Harness) {
    finish_saves(&mut h.app, &mut h.driver);
}

#[test]
fn a_save_answers_later_and_marks_the_plan_saved() {
    let (mut h, knocks) = in_background("Achtergrond");
    h.answer_text("opgave.omschrijving", "Op de achtergrond");
    let mut saves = 0;
    h.handle_watched(ctrl('s'), &mut |e| {
        saves += usize::from(matches!(e, Effect::Save(_)));
    });
    assert_eq!(saves, 1);
    answers(&mut h);
    assert_eq!(knocks.load(Ordering::SeqCst), 1, "the writer knocked once");
    assert!(!h.editor().is_dirty());
    assert_eq!(
        h.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Op de achtergrond".into()))
    );
    assert!(
        h.screen(80, 24).contains("opgeslagen"),
        "{}",
        h.screen(80, 24)
    );
}

/// Ctrl-Q waits for its save; keys typed before that save answered are
/// saved too before the app stops (they used to be impossible: the save
/// ran before the next key was read).
#[test]
fn quitting_waits_for_the_save_and_keeps_keys_typed_meanwhile() {
    let (mut h, _) = in_background("Stoppen");
    h.answer_text("opgave.omschrijving", "Eerst");
    h.goto("opgave.omschrijving");
    h.key(KeyCode::Enter);
    h.handle(ctrl('q'));
    // The save is on its way; a key arrives before it answers.
    h.handle(Event::Key(KeyEvent::new(
        KeyCode::Char('!'),
        KeyModifiers::NONE,
    )));
    answers(&mut h);
    assert!(h.app.quit, "stopped once everything was saved");
    assert_eq!(
        h.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Eerst!".into()))
    );
}

/// What the terminal loop does at the end: the driver is dropped, and a
/// save still being written finishes first.
#[test]
fn a_save_in_flight_finishes_before_the_driver_is_gone() {
    let (mut h, _) = in_background("Groot");
    let path = h.editor().path.clone();
    let e = h.editor();
    let mut plan = e.plan.clone();
    for n in 0..2000 {
        let id = plan.add_item("inventaris.taken");
        plan.set(
            &Slot::field("inventaris.taken", &id, "naam"),
            Some(Answer::Text(format!(
                "Taak {n} die het bestand groot maakt"
            ))),
        );
    }
    let job = samenwerkwijzer::tui::effect::SaveJob {
        path: path.clone(),
        plan,
        revision: e.revision + 1,
        history: false,
        then: samenwerkwijzer::tui::effect::Then::Quit,
    };
    assert_eq!(h.driver.execute(Effect::Save(job)), None, "answered later");
    let guide = h.app.guide.clone();
    drop(h.driver);
    let saved = samenwerkwijzer::store::load(&path, &guide).expect("plan loads");
    assert_eq!(saved.plan.items("inventaris.taken").len(), 2000);
}

/// B1 with the writer thread: a folder that cannot be written is tried
/// again after growing waits, and the user is told once.
#[test]
fn a_failing_background_save_is_told_once_and_retried_by_the_policy() {
    let (mut h, _) = in_background("Geen schijf");
    let plans = h.data_dir().join("plans");
    let moved = h.data_dir().join("plans-weg");
    std::fs::rename(&plans, &moved).expect("move plans away");
    std::fs::write(&plans, "geen map").expect("a file where the folder was");

    h.answer_text("opgave.omschrijving", "Bewaar mij");
    let mut saves = Vec::new();
    let mut told = 0;
    for tenth in 1..=1200u64 {
        let before = h.app.message.clone();
        let mut count = 0;
        h.clock.advance(Duration::from_millis(100));
        let now = h.clock.now();
        h.handle_watched(Event::Tick(now), &mut |e| {
            count += usize::from(matches!(e, Effect::Save(_)));
        });
        answers(&mut h);
        if count > 0 {
            saves.push(tenth / 10);
        }
        if h.app.message != before && h.app.message.as_ref().is_some_and(|m| m.is_error) {
            told += 1;
            h.key(KeyCode::Down);
        }
    }
    assert_eq!(told, 1, "told once, not on every attempt");
    assert_eq!(saves, vec![1, 3, 7, 15, 31, 63], "attempts (s)");
    assert!(h.screen(80, 24).contains("Opslaan mislukt"));

    std::fs::remove_file(&plans).expect("remove the file");
    std::fs::rename(&moved, &plans).expect("put the folder back");
    h.advance(Duration::from_secs(60));
    answers(&mut h);
    assert!(!h.editor().is_dirty());
    assert_eq!(
        h.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Bewaar mij".into()))
    );
}

/// R7 with the writer thread: a signal whose save fails still ends with
/// a recovery copy.
#[test]
fn a_signal_whose_background_save_fails_writes_a_recovery_copy() {
    let (mut h, _) = in_background("Signaal");
    let plans = h.data_dir().join("plans");
    std::fs::rename(&plans, h.data_dir().join("weg")).expect("move");
    std::fs::write(&plans, "geen map").expect("file");
    h.answer_text("opgave.omschrijving", "Toch bewaard");
    answers(&mut h);
    h.handle(Event::Signal(15));
    answers(&mut h);
    assert!(h.app.quit);
    let note = h.app.exit_note.clone().expect("a note about the copy");
    assert!(note.contains("herstelkopie"), "{note}");
    let copies = std::fs::read_dir(h.data_dir().join("recovery"))
        .expect("recovery folder")
        .count();
    assert_eq!(copies, 1);
}

/// Someone else changed the file while ours was on its way: theirs stays,
/// ours goes beside it, as with a save on the loop.
#[test]
fn a_background_save_never_overwrites_a_changed_file() {
    let (mut h, _) = in_background("Botsing");
    h.answer_text("opgave.omschrijving", "Van ons");
    h.handle(ctrl('s'));
    answers(&mut h);
    let path = h.editor().path.clone();
    let theirs = "/* van iemand anders */\n".to_string() + &h.saved_text();
    std::fs::write(&path, &theirs).expect("someone else writes");
    h.answer_text("opgave.omschrijving", " en meer");
    h.handle(ctrl('s'));
    answers(&mut h);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), theirs);
    assert_ne!(h.editor().path, path, "we went on in a copy");
    assert!(h.editor().path.to_string_lossy().contains("-kopie-"));
}

/// The quit the loop does: Ctrl-Q gives the last save to the writer, and
/// the app does not stop until that save has answered; then the text
/// typed last is on disk.
#[test]
fn a_quit_waits_for_the_queued_save_and_the_text_lands_on_disk() {
    let (mut h, mut writer) = gated("Stoppen met wachtrij");
    h.answer_text("opgave.omschrijving", "Eerst");
    h.handle(ctrl('s'));
    // The writer answered that save and now waits at the gate.
    writer.answered();
    h.goto("opgave.omschrijving");
    h.key(KeyCode::Enter);
    h.type_text(" en als laatste");
    h.key(KeyCode::Esc);
    h.handle(ctrl('q'));
    assert!(h.driver.saves_in_flight() > 0, "the last save is queued");
    assert!(
        !h.app.quit,
        "the app does not stop before its save answered"
    );
    let before = h.saved_text();
    assert!(!before.contains("als laatste"), "not written yet");
    writer.open();
    finish_saves(&mut h.app, &mut h.driver);
    assert!(h.app.quit, "stopped once the save answered");
    assert_eq!(
        h.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Eerst en als laatste".into()))
    );
}

/// The end of the terminal loop: the driver is dropped with a save still
/// queued, and that save is on disk when the drop returns.
#[test]
fn a_queued_save_is_on_disk_once_the_driver_is_dropped() {
    let (mut h, mut writer) = gated("Wachtrij bij het einde");
    h.answer_text("opgave.omschrijving", "Een");
    h.handle(ctrl('s'));
    writer.answered();
    h.answer_text("opgave.omschrijving", " twee");
    h.handle(ctrl('q'));
    assert!(h.driver.saves_in_flight() > 0, "queued behind the gate");
    let (path, guide) = (h.editor().path.clone(), h.app.guide.clone());
    writer.open();
    drop(h.driver);
    let saved = samenwerkwijzer::store::load(&path, &guide).expect("plan loads");
    assert_eq!(
        saved.plan.answer("opgave.omschrijving"),
        Some(&Answer::Text("Een twee".into()))
    );
}

/// Two saves on their way at once: the first one's answer does not mark
/// the plan saved (a later change is not on disk yet); the file ends
/// with the latest text and the editor clean.
#[test]
fn two_queued_saves_write_the_latest_text() {
    let (mut h, mut writer) = gated("Twee achter elkaar");
    h.answer_text("opgave.omschrijving", "Eerste");
    h.handle(ctrl('s'));
    h.answer_text("opgave.omschrijving", " en tweede");
    h.handle(ctrl('s'));
    writer.answered();
    collect(&mut h.app, &mut h.driver);
    assert!(
        h.editor().is_dirty(),
        "the first answer is not the latest change"
    );
    writer.open();
    finish_saves(&mut h.app, &mut h.driver);
    assert!(!h.editor().is_dirty());
    assert_eq!(
        h.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Eerste en tweede".into()))
    );
}

/// The message about a failed save is the same, word for word, whether
/// the save ran on the loop (before issue 16) or on the writer thread.
#[test]
fn a_failed_background_save_tells_the_same_dutch_message_as_on_the_loop() {
    let message = |background: bool| {
        let mut h = Harness::with_plan("Melding");
        if background {
            h.driver.save_in_background(|| {}).expect("writer thread");
        }
        let plans = h.data_dir().join("plans");
        std::fs::rename(&plans, h.data_dir().join("weg")).expect("move");
        std::fs::write(&plans, "geen map").expect("a file where the folder was");
        h.answer_text("opgave.omschrijving", "Bewaar mij");
        h.handle(ctrl('s'));
        answers(&mut h);
        let message = h.app.message.clone().expect("a message");
        assert!(message.is_error);
        let root = h.data_dir().display().to_string();
        (message.text.replace(&root, "<map>"), h.screen(80, 24))
    };
    let (on_loop, _) = message(false);
    let (on_writer, screen) = message(true);
    assert!(on_loop.starts_with("Opslaan is mislukt: "), "{on_loop}");
    assert_eq!(on_writer, on_loop);
    assert!(screen.contains("Opslaan is mislukt"), "{screen}");
}

/// A plan opened while the writer runs: the stamp of its file is taken on
/// the writer thread, before the first save, so that save goes over the
/// file itself, and a change someone else makes after opening is still
/// noticed (theirs stays, ours goes beside it).
#[test]
fn a_plan_opened_with_the_writer_running_keeps_the_change_check() {
    let (mut h, _) = in_background("Eerste");
    let path = h.data_dir().join("plans").join("tweede.ron");
    let plan = samenwerkwijzer::plan::Plan::new("Tweede", super::common::test_now());
    samenwerkwijzer::store::save(&path, &plan).expect("a second plan");
    h.open(&path);
    assert_eq!(h.editor().path, path);
    h.answer_text("opgave.omschrijving", "Van ons");
    h.handle(ctrl('s'));
    answers(&mut h);
    assert_eq!(h.editor().path, path, "saved over its own file");
    assert_eq!(
        h.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Van ons".into()))
    );

    h.open(&h.data_dir().join("plans").join("eerste.ron"));
    h.open(&path);
    answers(&mut h);
    let theirs = "/* van iemand anders */\n".to_string() + &h.saved_text();
    std::fs::write(&path, &theirs).expect("someone else writes");
    h.answer_text("opgave.omschrijving", " en meer");
    h.handle(ctrl('s'));
    answers(&mut h);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), theirs);
    assert!(h.editor().path.to_string_lossy().contains("-kopie-"));
}
