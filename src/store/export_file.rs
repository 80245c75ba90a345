//! Where an export from the command line may be written (`export -o`).
//!
//! The writer rule for exports: never over a plan (a `.ron` file, or a
//! file that is a plan whatever its name), never into the app's own
//! folders (plans, history, recovery, trash), never into a FIFO, device or
//! through a link, and never over an existing file unless the user said
//! `--force`.

use std::io;
use std::path::Path;

use super::atomic::{write_atomic, write_new};
use super::explain::{self, Refusal, refuse};
use super::paths::DataDir;
use super::plan_file::identity;
use super::read::{BOM, FileKind, read_prefix};

/// Write an export to `path` under the rule above.
pub fn write_export(
    path: &Path,
    bytes: &[u8],
    overwrite: bool,
    data: Option<&DataDir>,
) -> io::Result<()> {
    let owned = path.to_path_buf();
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        return Err(refuse(
            io::ErrorKind::InvalidInput,
            Refusal::PlanTarget { path: owned },
        ));
    }
    if let Some(data) = data
        && own_folders(data).iter().any(|f| inside(path, f))
    {
        return Err(refuse(
            io::ErrorKind::InvalidInput,
            Refusal::InsideDataDir { path: owned },
        ));
    }
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return write_new(path, bytes).map_err(|e| match e.kind() {
                // Made by someone else just now.
                io::ErrorKind::AlreadyExists => refuse(
                    io::ErrorKind::AlreadyExists,
                    Refusal::Exists { path: owned },
                ),
                _ => e,
            });
        }
        Err(e) => return Err(explain::at(path, e)),
    };
    if meta.file_type().is_symlink() {
        return Err(refuse(
            io::ErrorKind::InvalidInput,
            Refusal::Symlink { path: owned },
        ));
    }
    if let Some(kind) = FileKind::of(&meta) {
        return Err(refuse(
            io::ErrorKind::InvalidInput,
            Refusal::NotRegular { path: owned, kind },
        ));
    }
    if looks_like_plan(path) {
        return Err(refuse(
            io::ErrorKind::InvalidInput,
            Refusal::PlanTarget { path: owned },
        ));
    }
    if !overwrite {
        return Err(refuse(
            io::ErrorKind::AlreadyExists,
            Refusal::Exists { path: owned },
        ));
    }
    write_atomic(path, bytes)
}

/// The folders of the data folder that hold the app's own files.
fn own_folders(data: &DataDir) -> Vec<std::path::PathBuf> {
    let root = identity(data.root());
    ["plans", "history", "recovery", "trash"]
        .iter()
        .map(|name| root.join(name))
        .collect()
}

/// Is `path` (which may not exist yet) inside the folder `folder`?
fn inside(path: &Path, folder: &Path) -> bool {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    identity(parent).starts_with(folder)
}

/// A plan file under another name: it starts the way plans start.
fn looks_like_plan(path: &Path) -> bool {
    let Ok(head) = read_prefix(path, 4096) else {
        return false;
    };
    let head = head.strip_prefix(BOM).unwrap_or(&head);
    let text = String::from_utf8_lossy(head);
    text.trim_start().starts_with('(') && text.contains("version") && text.contains("meta")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_never_replaces_a_plan_or_an_unasked_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let plan = dir.path().join("plan.txt");
        let text = crate::plan::to_string(&crate::plan::Plan::new(
            "Onder een andere naam",
            jiff::Timestamp::UNIX_EPOCH,
        ));
        std::fs::write(&plan, &text).expect("write");
        let e = write_export(&plan, b"export", true, None).expect_err("a plan");
        assert!(e.to_string().contains("een plan"), "{e}");
        assert_eq!(std::fs::read_to_string(&plan).expect("read"), text);

        let notes = dir.path().join("notities.md");
        std::fs::write(&notes, "mijn notities").expect("write");
        let e = write_export(&notes, b"export", false, None).expect_err("exists");
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert!(e.to_string().contains("--force"), "{e}");
        write_export(&notes, b"export", true, None).expect("asked for");
        assert_eq!(std::fs::read_to_string(&notes).expect("read"), "export");
    }

    #[test]
    fn an_export_stays_out_of_the_apps_own_folders() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().join("data"));
        data.ensure().expect("dirs");
        let target = data.root().join("history").join("x.html");
        let e = write_export(&target, b"x", true, Some(&data)).expect_err("inside");
        assert!(e.to_string().contains("zelf beheert"), "{e}");
        let e = write_export(&data.plans().join("x.html"), b"x", true, Some(&data));
        assert!(e.is_err(), "not among the plans either");
        assert!(write_export(&dir.path().join("x.html"), b"x", false, Some(&data)).is_ok());
    }
}
