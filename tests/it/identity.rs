//! A plan is one plan whatever name it is reached by, and a change by
//! someone else is seen even when nothing but the content differs: an
//! in-place edit with the same size, time and inode (R9), a symbolic link
//! or a hard link to an open plan (R10), and the lock file itself (W19).
#![cfg(unix)]

use crate::common::Harness;
use crate::rules_support::mode;
use ratatui::crossterm::event::KeyCode;

/// R9: an editor that writes in place, on a file system with a coarse
/// clock: same size, same time, same inode, other content. Still theirs
/// is kept.
#[test]
fn an_edit_with_the_same_size_time_and_inode_is_never_overwritten() {
    use std::io::Write;
    use std::os::unix::fs::MetadataExt;
    let mut h = Harness::with_plan("Gedeeld");
    let path = h.editor().path.clone();
    let before = std::fs::metadata(&path).expect("meta");
    let theirs = std::fs::read_to_string(&path)
        .expect("read")
        .replace("Gedeeld", "Gedaald");
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .expect("open in place");
    file.write_all(theirs.as_bytes()).expect("write");
    file.set_modified(before.modified().expect("mtime"))
        .expect("same time");
    drop(file);
    let after = std::fs::metadata(&path).expect("meta");
    assert_eq!(
        (after.len(), after.ino(), after.modified().ok()),
        (before.len(), before.ino(), before.modified().ok()),
        "nothing but the content differs"
    );
    h.answer_text("opgave.omschrijving", "Mijn werk");
    h.ctrl('s');
    assert_eq!(std::fs::read_to_string(&path).expect("read"), theirs);
    assert!(h.editor().path.to_string_lossy().contains("-kopie-"));
}

/// R10: a symbolic link to an open plan meets its lock; a plan with a
/// second name (hard link) is never split by saving it.
#[test]
fn an_alias_of_a_plan_never_splits_it() {
    let mut first = Harness::with_plan("Gedeeld");
    let path = first.editor().path.clone();
    let link = first.dir.path().join("snelkoppeling.ron");
    std::os::unix::fs::symlink(&path, &link).expect("symlink");
    let mut second = Harness::beside(&first);
    second.open(&link);
    assert!(second.editor_opt().is_none(), "the link meets the lock");
    let msg = second.app.message.clone().expect("message");
    assert!(
        msg.text.contains("al geopend in een ander venster"),
        "{msg:?}"
    );

    // Saving through the link writes the plan itself; the link stays.
    first.ctrl('o');
    second.open(&link);
    second.answer_text("opgave.omschrijving", "Via de koppeling");
    second.ctrl('s');
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&path)
            .expect("plan")
            .contains("Via de koppeling")
    );
    second.ctrl('o');

    // A hard link: saving is refused with what to do, both names stay one file.
    let twin = first.dir.path().join("tweeling.ron");
    std::fs::hard_link(&path, &twin).expect("hard link");
    let mut third = Harness::beside(&first);
    third.open(&twin);
    third.answer_text("opgave.omschrijving", "Gesplitst?");
    third.ctrl('s');
    let msg = third.app.message.clone().expect("message");
    assert!(msg.is_error && msg.text.contains("tweede naam"), "{msg:?}");
    let same = |a: &std::path::Path, b: &std::path::Path| {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(a).expect("a").ino() == std::fs::metadata(b).expect("b").ino()
    };
    assert!(same(&path, &twin), "still one file");
}

/// W19: the lock file is private and gone once the plan is closed.
#[test]
fn the_lock_file_is_private_and_removed_on_close() {
    let mut h = Harness::with_plan("Slot");
    let lock = samenwerkwijzer::store::lock_path(&h.editor().path);
    assert_eq!(mode(&lock), 0o600);
    h.ctrl('o');
    assert!(!lock.exists(), "closed: removed");
    h.key(KeyCode::Enter);
    assert!(lock.exists(), "open again: locked again");
    drop(h.driver);
    assert!(!lock.exists(), "quit: removed");
}
