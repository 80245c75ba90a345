//! The data-safety guarantees, each with a test that fails if it breaks:
//! private files, one writer per plan, no silent overwrite of a changed
//! file, nothing lost when the disk says no, and earlier versions that can
//! be put back.

use crate::common;
use samenwerkwijzer::tui::effect::Effect;

use common::Harness;
use ratatui::crossterm::event::KeyCode;
use samenwerkwijzer::plan::Answer;

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
#[test]
fn plan_files_and_folders_are_private() {
    let mut h = Harness::with_plan("Vertrouwelijk");
    h.answer_text("opgave.omschrijving", "Gevoelige notitie");
    h.ctrl('s');
    let data = h.data_dir();
    assert_eq!(mode(&data), 0o700, "data folder");
    assert_eq!(mode(&data.join("plans")), 0o700, "plans folder");
    assert_eq!(mode(&h.editor().path), 0o600, "plan file");
    let history = data.join("history").join("vertrouwelijk");
    assert_eq!(mode(&history), 0o700, "history folder");
    for copy in std::fs::read_dir(history).expect("history") {
        assert_eq!(mode(&copy.expect("entry").path()), 0o600, "history copy");
    }
}

#[test]
fn a_second_window_cannot_open_a_plan_that_is_open() {
    let first = Harness::with_plan("Gedeeld");
    let path = first.editor().path.clone();
    let mut second = Harness::beside(&first);
    second.open(&path);
    assert!(second.editor_opt().is_none(), "refused");
    let msg = second.app.message.clone().expect("message");
    assert!(
        msg.text.contains("al geopend in een ander venster"),
        "{msg:?}"
    );
    // Renaming or deleting it from the other window's picker is refused too.
    second.key(KeyCode::Delete);
    second.key(KeyCode::Enter);
    assert!(path.exists(), "not moved to the trash while open");
    drop(first.driver);
    second.open(&path);
    assert!(
        second.editor_opt().is_some(),
        "opens once the first window is gone"
    );
}

#[test]
fn a_file_changed_by_someone_else_is_never_overwritten() {
    let mut h = Harness::with_plan("Gedeeld");
    let path = h.editor().path.clone();
    // Another program (or a colleague on a shared folder) writes the file.
    let theirs = std::fs::read_to_string(&path)
        .expect("read")
        .replace("Gedeeld", "Hun versie");
    std::fs::write(&path, &theirs).expect("write theirs");
    h.answer_text("opgave.omschrijving", "Mijn werk");
    h.ctrl('s');
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        theirs,
        "theirs is kept"
    );
    let mine = h.editor().path.clone();
    assert_ne!(mine, path);
    assert!(
        mine.to_string_lossy().contains("-kopie-"),
        "{}",
        mine.display()
    );
    assert_eq!(
        h.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Mijn werk".into()))
    );
    let msg = h.app.message.clone().expect("message");
    assert!(
        msg.text.contains("buiten Samenwerkwijzer gewijzigd"),
        "{msg:?}"
    );
}

/// Make every write into the plans folder fail, even for root: the folder
/// becomes a file.
fn break_plans_folder(h: &Harness) -> std::path::PathBuf {
    let plans = h.data_dir().join("plans");
    let moved = h.data_dir().join("plans-weg");
    std::fs::rename(&plans, &moved).expect("move plans away");
    std::fs::write(&plans, "geen map").expect("a file where the folder was");
    moved
}

fn mend_plans_folder(h: &Harness, moved: &std::path::Path) {
    let plans = h.data_dir().join("plans");
    std::fs::remove_file(&plans).expect("remove the file");
    std::fs::rename(moved, &plans).expect("put the folder back");
}

#[test]
fn when_the_disk_says_no_the_plan_can_be_saved_elsewhere() {
    let mut h = Harness::with_plan("Schijf vol");
    let moved = break_plans_folder(&h);
    h.answer_text("opgave.omschrijving", "Niet kwijtraken");
    h.ctrl('s');
    let msg = h.app.message.clone().expect("message");
    assert!(msg.is_error && msg.text.contains("F2"), "{msg:?}");
    assert!(
        h.screen(80, 24).contains("Opslaan mislukt"),
        "the header says so"
    );
    assert_eq!(
        h.editor().plan.answer("opgave.omschrijving"),
        Some(&Answer::Text("Niet kwijtraken".into())),
        "still in memory"
    );
    // Save elsewhere: F2, type a path, Enter.
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let target = elsewhere.path().join("usb").join("plan.ron");
    h.key(KeyCode::F(2));
    for _ in 0..200 {
        h.key(KeyCode::Backspace);
    }
    h.type_text(target.to_str().expect("utf-8 path"));
    h.key(KeyCode::Enter);
    assert_eq!(h.editor().path, target);
    assert!(
        std::fs::read_to_string(&target)
            .expect("written")
            .contains("Niet kwijtraken")
    );
    // And it goes on saving there.
    h.answer_text("opgave.kaders", "Verder");
    h.ctrl('s');
    assert!(
        std::fs::read_to_string(&target)
            .expect("written")
            .contains("Verder")
    );
    mend_plans_folder(&h, &moved);
}

#[test]
fn quitting_when_saving_fails_leaves_a_recovery_copy_that_is_offered_back() {
    let mut h = Harness::with_plan("Herstel");
    let original = h.editor().path.clone();
    let moved = break_plans_folder(&h);
    h.answer_text("opgave.omschrijving", "Laatste gedachte");
    h.ctrl('q');
    assert!(!h.app.quit, "the first Ctrl-Q only warns");
    assert!(
        h.app
            .message
            .clone()
            .expect("message")
            .text
            .contains("herstelkopie")
    );
    h.ctrl('q');
    assert!(h.app.quit);
    let note = h.app.exit_note.clone().expect("told where the copy is");
    assert!(note.contains("herstelkopie"), "{note}");
    mend_plans_folder(&h, &moved);
    let dir = h.dir;
    drop(h.driver);

    // The next start offers the copy; Enter puts it back and opens it.
    let data = dir.path().join("data");
    let mut next = Harness::on_data(&data);
    assert!(next.screen(80, 24).contains("Herstelkopie gevonden"));
    next.key(KeyCode::Enter);
    assert_eq!(next.editor().path, original);
    assert_eq!(
        next.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Laatste gedachte".into()))
    );
    assert!(
        samenwerkwijzer::store::recovery::find(
            &samenwerkwijzer::store::DataDir::new(&data),
            &next.app.guide
        )
        .is_empty()
    );
}

#[test]
fn an_earlier_version_can_be_put_back_from_the_picker() {
    let mut h = Harness::with_plan("Versies");
    h.answer_text("opgave.omschrijving", "Goed idee");
    h.ctrl('s'); // first save of the session: the empty plan goes to history
    h.answer_text("opgave.omschrijving", "Vergissing");
    h.ctrl('s');
    h.ctrl('o');
    h.key(KeyCode::Char('v'));
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("Eerdere versies van \"Versies\""),
        "{screen}"
    );
    // Only one copy so far (ten minutes have not passed): the version as
    // it was opened, before any change.
    h.key(KeyCode::Enter);
    let path = h.picker().plans[0].path.clone();
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        !text.contains("Vergissing") && !text.contains("Goed idee"),
        "{text}"
    );
    // Putting it back kept the version with the mistake, so that is undoable.
    h.key(KeyCode::Char('v'));
    h.key(KeyCode::Enter);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains("Vergissing"), "{text}");
}

/// R6: when not even the data folder can hold a recovery copy, it goes to
/// the fallback folder, the exit note says so, and the next start finds it
/// there and offers it.
#[test]
fn a_recovery_copy_outside_the_data_folder_is_offered_back() {
    use samenwerkwijzer::store::DataDir;
    let fallback = tempfile::tempdir().expect("fallback");
    let mut h = Harness::new();
    let data = DataDir::new(h.data_dir()).with_fallback(fallback.path());
    h.set_data(data.clone());
    h.perform(Effect::Create("Nergens".into()));
    let original = h.editor().path.clone();
    let moved = break_plans_folder(&h);
    std::fs::write(h.data_dir().join("recovery"), "geen map").expect("no recovery folder");
    h.answer_text("opgave.omschrijving", "Niet verloren");
    h.ctrl('q');
    h.ctrl('q');
    assert!(h.app.quit);
    let note = h.app.exit_note.clone().expect("exit note");
    assert!(
        note.contains(&fallback.path().display().to_string()),
        "the note says where: {note}"
    );
    mend_plans_folder(&h, &moved);
    drop(h.driver);

    let mut next = Harness::new();
    next.set_data(data);
    next.show_picker();
    assert!(next.screen(80, 24).contains("Herstelkopie gevonden"));
    next.key(KeyCode::Enter);
    assert_eq!(next.editor().path, original);
    assert_eq!(
        next.saved().answer("opgave.omschrijving"),
        Some(&Answer::Text("Niet verloren".into()))
    );
}

/// R15: when history/ cannot be written, saving still works and the user
/// is told once that no earlier versions are kept.
#[test]
fn a_history_that_cannot_be_written_is_reported_once() {
    let mut h = Harness::with_plan("Geen geschiedenis");
    std::fs::write(h.data_dir().join("history"), "geen map").expect("history is a file");
    h.answer_text("opgave.omschrijving", "Eerste");
    h.ctrl('s');
    let msg = h.app.message.clone().expect("message");
    assert!(msg.text.contains("eerdere versies"), "{msg:?}");
    assert!(!msg.text.contains("os error"), "{msg:?}");
    assert!(
        h.saved_text().contains("Eerste"),
        "the plan itself is saved"
    );
    h.answer_text("opgave.omschrijving", " en tweede");
    h.ctrl('s');
    let msg = h.app.message.clone().expect("message");
    assert!(!msg.text.contains("eerdere versies"), "once: {msg:?}");
    assert!(h.saved_text().contains("en tweede"));
}

/// R17: renaming a plan in an older format keeps the old file in the
/// history, as every other rewrite does.
#[test]
fn renaming_an_old_plan_keeps_the_old_file() {
    let mut h = Harness::new();
    let v1 = samenwerkwijzer::plan::to_string(&samenwerkwijzer::plan::Plan::new(
        "Oud plan",
        common::test_now(),
    ))
    .replace("version: 3,", "version: 1,")
    .replace("    step: \"\",\n", "    current_step: 0,\n");
    let path = h.data_dir().join("plans").join("oud.ron");
    std::fs::create_dir_all(path.parent().expect("dir")).expect("plans");
    std::fs::write(&path, &v1).expect("write");
    h.show_picker();
    h.key(KeyCode::Char('r'));
    for _ in 0..20 {
        h.key(KeyCode::Backspace);
    }
    h.type_text("Nieuwe naam");
    h.key(KeyCode::Enter);
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .contains("Nieuwe naam")
    );
    let history = h.data_dir().join("history").join("oud");
    let kept: Vec<String> = std::fs::read_dir(history)
        .map(|r| {
            r.filter_map(Result::ok)
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    assert!(kept.contains(&v1), "the format-1 file is in the history");
}

/// R16: what the system says is told in Dutch, with what to do: the data
/// folder is a file, the trash cannot be made.
#[test]
fn system_errors_are_told_in_dutch() {
    let mut h = Harness::new();
    let root = h.data_dir();
    std::fs::create_dir_all(root.parent().expect("parent")).expect("parent");
    std::fs::write(&root, "geen map").expect("the data folder is a file");
    h.perform(Effect::Create("Plan".into()));
    let msg = h.app.message.clone().expect("message");
    assert!(msg.text.contains("is een bestand en geen map"), "{msg:?}");
    assert!(!msg.text.contains("os error"), "{msg:?}");
    std::fs::remove_file(&root).expect("mend");

    let mut h = Harness::with_plan("Weg");
    std::fs::write(h.data_dir().join("trash"), "geen map").expect("trash is a file");
    h.ctrl('o');
    h.key(KeyCode::Delete);
    h.key(KeyCode::Enter);
    let msg = h.app.message.clone().expect("message");
    assert!(
        msg.is_error && msg.text.contains("is een bestand en geen map"),
        "{msg:?}"
    );
    assert!(!msg.text.contains("File exists") && !msg.text.contains("os error"));
}
