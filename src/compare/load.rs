//! Gathering the room's plans from folders and files: bounded, never
//! writing, never waiting on a FIFO, never following a link out of the
//! folder. Everything that is not used is listed with the reason.
//!
//! A folder is read one level deep: the plans in it and in its
//! subfolders (a workshop folder keeps them in `inleveren/`). Hidden files
//! (`.DS_Store`, the `._plan.ron` copies macOS leaves on USB sticks, our
//! own temporary files) are passed over without a word, and so are the
//! workshop's own files beside `workshop.ron`.

use std::path::{Path, PathBuf};

use crate::guide::Guide;
use crate::plan::{self, FormatError, MAX_PLAN_BYTES, Plan};
use crate::workshop::names::{CASE_FILE, HANDOUT_FILE, STATE_FILE, WORKSHOP_FILE};

use super::read::{FileKind, ReadError, read_bounded};

/// At most this many plans are compared; a room has 3 to 30 groups.
pub const MAX_PLANS: usize = 500;
/// Folder entries looked at in all, so a folder of a million files (the
/// wrong folder) ends quickly.
pub const MAX_ENTRIES: usize = 20_000;
/// Bytes read in all. 500 plans of the example's size are under 6 MB.
pub const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;

/// The files of a workshop folder that are not plans: passed over when a
/// `workshop.ron` is beside them.
const WORKSHOP_FILES: &[&str] = &[WORKSHOP_FILE, CASE_FILE, STATE_FILE, HANDOUT_FILE];

/// A plan that was read, with the file it came from (as the trainer
/// named it, for the list of files and for `--names`).
#[derive(Debug, Clone, PartialEq)]
pub struct HandedIn {
    pub file: String,
    pub plan: Plan,
}

/// A file that is not compared, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    pub file: String,
    pub reason: SkipReason,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SkipReason {
    /// Not a `.ron` file in a folder.
    NotAPlanFile,
    Unreadable(ReadError),
    Damaged(FormatError),
    Newer {
        found: u32,
    },
    /// The same plan as another file (same content).
    Duplicate {
        of: String,
    },
    OtherCase {
        found: String,
        compared: String,
    },
    /// A symbolic link to something outside the folder.
    LinkOutside,
    /// A symbolic link to a folder: not followed.
    LinkedFolder,
    /// A folder deeper than one level below the folder given.
    TooDeep,
    /// More than [`MAX_PLANS`] plans.
    TooMany,
    /// More than [`MAX_TOTAL_BYTES`] read already.
    TooMuchData,
}

/// What a gathering found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gathered {
    pub plans: Vec<HandedIn>,
    pub skipped: Vec<Skipped>,
    /// More than [`MAX_ENTRIES`] folder entries: the rest was not looked at.
    pub entries_cut: bool,
    /// The folders given that are workshop folders (with a `workshop.ron`).
    pub workshops: Vec<PathBuf>,
}

/// Read every plan in `args` (folders and files).
pub fn gather(args: &[PathBuf], guide: &Guide) -> Gathered {
    let mut out = Gathered::default();
    let mut candidates = Vec::new();
    let mut budget = MAX_ENTRIES;
    for arg in args {
        scan_arg(arg, &mut candidates, &mut out, &mut budget);
    }
    let mut total: u64 = 0;
    for path in candidates {
        let file = shown(&path);
        if out.plans.len() >= MAX_PLANS {
            out.skipped.push(skip(file, SkipReason::TooMany));
            continue;
        }
        if total >= MAX_TOTAL_BYTES {
            out.skipped.push(skip(file, SkipReason::TooMuchData));
            continue;
        }
        match read_bounded(&path, MAX_PLAN_BYTES as u64) {
            Err(e) => out.skipped.push(skip(file, SkipReason::Unreadable(e))),
            Ok(bytes) => {
                total = total.saturating_add(bytes.len() as u64);
                match plan::from_bytes(&bytes, guide) {
                    Ok(loaded) => out.plans.push(HandedIn {
                        file,
                        plan: loaded.plan,
                    }),
                    Err(FormatError::Newer { found, .. }) => {
                        out.skipped.push(skip(file, SkipReason::Newer { found }));
                    }
                    Err(e) => out.skipped.push(skip(file, SkipReason::Damaged(e))),
                }
            }
        }
    }
    out
}

fn skip(file: String, reason: SkipReason) -> Skipped {
    Skipped { file, reason }
}

/// One argument: a file is a candidate whatever its name (the trainer
/// named it); a folder is scanned.
fn scan_arg(arg: &Path, candidates: &mut Vec<PathBuf>, out: &mut Gathered, budget: &mut usize) {
    match std::fs::metadata(arg) {
        Ok(m) if m.is_dir() => {
            let Ok(root) = std::fs::canonicalize(arg) else {
                out.skipped.push(skip(
                    shown(arg),
                    SkipReason::Unreadable(ReadError::NotFound),
                ));
                return;
            };
            if is_workshop(arg) {
                out.workshops.push(arg.to_path_buf());
            }
            scan_dir(arg, &root, 0, candidates, out, budget);
        }
        Ok(m) if m.is_file() => candidates.push(arg.to_path_buf()),
        Ok(m) => {
            let kind = FileKind::of(&m).unwrap_or(FileKind::Other);
            out.skipped.push(skip(
                shown(arg),
                SkipReason::Unreadable(ReadError::NotRegular(kind)),
            ));
        }
        Err(_) => {
            // Missing, or a link to nothing: the reader says which.
            let e = read_bounded(arg, 0).err().unwrap_or(ReadError::NotFound);
            out.skipped
                .push(skip(shown(arg), SkipReason::Unreadable(e)));
        }
    }
}

/// Like `workshop::names::is_workshop`, but a link named `workshop.ron`
/// does not count: it is never followed out of the folder.
fn is_workshop(dir: &Path) -> bool {
    std::fs::symlink_metadata(dir.join(WORKSHOP_FILE)).is_ok_and(|m| m.is_file())
}

/// The entries of `dir` (depth 0 is a folder given, 1 a folder in it).
fn scan_dir(
    dir: &Path,
    root: &Path,
    depth: usize,
    candidates: &mut Vec<PathBuf>,
    out: &mut Gathered,
    budget: &mut usize,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            let reason = match e.kind() {
                std::io::ErrorKind::PermissionDenied => ReadError::PermissionDenied,
                kind => ReadError::Other {
                    kind,
                    message: e.to_string(),
                },
            };
            out.skipped
                .push(skip(shown(dir), SkipReason::Unreadable(reason)));
            return;
        }
    };
    let mut names = Vec::new();
    for entry in entries {
        if *budget == 0 {
            out.entries_cut = true;
            break;
        }
        *budget -= 1;
        if let Ok(entry) = entry {
            names.push(entry.file_name());
        }
    }
    // Sorted, so the same folder always gives the same result.
    names.sort();
    let workshop = is_workshop(dir);
    let mut folders = Vec::new();
    for name in names {
        let text = name.to_string_lossy();
        if text.starts_with('.') || (workshop && WORKSHOP_FILES.contains(&text.as_ref())) {
            continue;
        }
        let path = dir.join(&name);
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.file_type().is_symlink() {
            match std::fs::canonicalize(&path) {
                Err(_) => out.skipped.push(skip(
                    shown(&path),
                    SkipReason::Unreadable(ReadError::NotRegular(FileKind::DanglingLink)),
                )),
                Ok(target) if !target.starts_with(root) => {
                    out.skipped
                        .push(skip(shown(&path), SkipReason::LinkOutside));
                }
                Ok(target) if target.is_dir() => {
                    out.skipped
                        .push(skip(shown(&path), SkipReason::LinkedFolder));
                }
                Ok(_) => file_entry(&path, candidates, out),
            }
        } else if meta.is_dir() {
            folders.push(path);
        } else if meta.is_file() {
            file_entry(&path, candidates, out);
        } else {
            let kind = FileKind::of(&meta).unwrap_or(FileKind::Other);
            out.skipped.push(skip(
                shown(&path),
                SkipReason::Unreadable(ReadError::NotRegular(kind)),
            ));
        }
    }
    for folder in folders {
        if depth == 0 {
            scan_dir(&folder, root, 1, candidates, out, budget);
        } else {
            out.skipped.push(skip(shown(&folder), SkipReason::TooDeep));
        }
    }
}

/// A file in a folder: a candidate when it is named like a plan.
fn file_entry(path: &Path, candidates: &mut Vec<PathBuf>, out: &mut Gathered) {
    let ron = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    if ron {
        candidates.push(path.to_path_buf());
    } else {
        out.skipped
            .push(skip(shown(path), SkipReason::NotAPlanFile));
    }
}

/// A path as text for people: control characters (a file name can hold
/// escape sequences) become `?`.
pub fn shown(path: &Path) -> String {
    path.display()
        .to_string()
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}
