//! Issue 15: the plain line mode saves as the TUI does (the same
//! `session::Autosave` on a fake clock here), keeps history copies, and
//! writes a recovery copy when the last save of a run fails.

use std::time::Duration;

use samenwerkwijzer::plain::Incoming;
use samenwerkwijzer::plain::interview::Stopped;
use samenwerkwijzer::plan::Answer;

use crate::plain_support::Plain;

fn recovery_copies(p: &Plain) -> usize {
    std::fs::read_dir(p.data_dir().join("recovery")).map_or(0, |d| d.count())
}

#[test]
fn autosave_writes_a_second_after_a_change_and_says_nothing() {
    let mut p = Plain::new("Vanzelf");
    p.lines(&["Eerste versie", "."]);
    assert!(p.interview().is_dirty());
    let due = p.sitting.deadline().expect("an autosave is due");
    assert_eq!(due.duration_since(p.now()), Duration::from_secs(1));
    assert_eq!(p.advance(Duration::from_millis(999)), "");
    assert!(p.interview().is_dirty(), "not before the second is up");
    let said = p.advance(Duration::from_millis(1));
    assert!(!p.interview().is_dirty());
    assert_eq!(said, "", "autosave is silent");
    assert_eq!(p.sitting.deadline(), None, "nothing left to wake up for");
    assert_eq!(
        p.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Eerste versie".into()))
    );
    // The first save copied the file as it was into the history.
    let history = std::fs::read_dir(p.data_dir().join("history"))
        .expect("history folder")
        .count();
    assert_eq!(history, 1);
}

#[test]
fn a_failing_autosave_backs_off_and_says_so_once() {
    let mut p = Plain::new("Geen schijf");
    let put_back = p.break_the_disk();
    p.lines(&["Bewaar mij", "."]);
    let mut told = 0;
    let mut attempts = Vec::new();
    for tenth in 1..=1200u64 {
        let said = p.advance(Duration::from_millis(100));
        if said.contains("Opslaan is mislukt") {
            told += 1;
        }
        if p.interview().autosave.failures() > attempts.len() as u32 {
            attempts.push(tenth / 10);
        }
    }
    assert_eq!(told, 1, "told once, not on every attempt");
    assert_eq!(attempts, vec![1, 3, 7, 15, 31, 63], "attempts (s)");
    put_back();
    p.advance(Duration::from_secs(60));
    assert!(!p.interview().is_dirty());
    assert_eq!(
        p.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Bewaar mij".into()))
    );
}

#[test]
fn stopping_with_a_failing_save_asks_once_then_writes_a_recovery_copy() {
    let mut p = Plain::new("Stoppen");
    let _keep_broken = p.break_the_disk();
    p.lines(&["Niet kwijtraken", "."]);
    let said = p.line("stoppen");
    assert!(
        said.contains("Stoppen is uitgesteld: opslaan is mislukt"),
        "{said}"
    );
    assert!(p.sitting.stopped().is_none(), "still running");
    let said = p.line("stoppen");
    assert!(said.contains("herstelkopie"), "{said}");
    assert_eq!(p.sitting.stopped(), Some(Stopped::Rescued));
    assert_eq!(samenwerkwijzer::plain::exit_code(p.sitting.stopped()), 1);
    assert_eq!(recovery_copies(&p), 1);
}

#[test]
fn a_signal_saves_and_stops_or_writes_a_recovery_copy() {
    let mut p = Plain::new("Signaal");
    p.lines(&["Net getypt", "."]);
    p.feed(Incoming::Signal(15));
    assert_eq!(p.sitting.stopped(), Some(Stopped::Signal(15)));
    assert_eq!(samenwerkwijzer::plain::exit_code(p.sitting.stopped()), 143);
    assert_eq!(
        p.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Net getypt".into()))
    );

    let mut p = Plain::new("Signaal zonder schijf");
    let _keep_broken = p.break_the_disk();
    p.lines(&["Toch bewaard", "."]);
    let said = p.feed(Incoming::Signal(1));
    assert!(
        said.contains("herstelkopie"),
        "no second chance to ask: {said}"
    );
    assert_eq!(p.sitting.stopped(), Some(Stopped::Signal(1)));
    assert_eq!(recovery_copies(&p), 1);
}

#[test]
fn the_end_of_the_input_saves_or_writes_a_recovery_copy() {
    let mut p = Plain::scripted("Einde");
    p.lines(&["Half", "af"]);
    let said = p.feed(Incoming::End);
    assert!(said.contains("Einde van de invoer."), "{said}");
    assert_eq!(p.sitting.stopped(), Some(Stopped::Done));
    assert_eq!(
        p.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Half\naf".into()))
    );

    let mut p = Plain::scripted("Einde zonder schijf");
    let _keep_broken = p.break_the_disk();
    p.lines(&["Toch bewaard", "."]);
    let said = p.feed(Incoming::End);
    assert!(said.contains("herstelkopie"), "{said}");
    assert_eq!(p.sitting.stopped(), Some(Stopped::Rescued));
    assert_eq!(recovery_copies(&p), 1);
}

#[test]
fn a_file_changed_by_someone_else_is_kept_and_ours_goes_beside_it() {
    let mut p = Plain::new("Twee schrijvers");
    p.lines(&["Onze tekst", "."]);
    let path = p.interview().path.clone();
    std::fs::write(&path, "(iemand anders)").expect("someone else writes");
    let said = p.line("opslaan");
    assert!(said.contains("buiten Samenwerkwijzer gewijzigd"), "{said}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("theirs"),
        "(iemand anders)"
    );
    assert_ne!(p.interview().path, path, "we go on in the copy");
    assert_eq!(
        p.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Onze tekst".into()))
    );
}

#[test]
fn a_step_change_saves_and_says_so() {
    let mut p = Plain::new("Stappen");
    p.lines(&["Iets", "."]);
    let said = p.line("stap 1");
    let saved_at = said.find("Plan opgeslagen.").expect("said");
    let step_at = said
        .find("Stap 1, nog 3 stappen: Inventarisatie.")
        .expect("said");
    assert!(saved_at < step_at, "saved, then the new step:\n{said}");
    assert!(!p.interview().is_dirty());
    assert_eq!(p.saved().step, "inventaris");
}
