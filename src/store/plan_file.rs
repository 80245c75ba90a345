//! One plan file: read it, write it, and tell whether someone else
//! changed it. The only code that replaces a plan file.

use std::fmt;
use std::hash::{DefaultHasher, Hasher};
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::guide::Guide;
use crate::plan::{self, FormatError, Loaded, MAX_PLAN_BYTES, Plan, PlanProblem, SaveProblem};

use super::atomic::{write_atomic, write_new};
use super::explain::{Refusal, refuse};
use super::paths::create_private_dir;
use super::read::{ReadError, read_bounded};

/// Why a plan file could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not readable: missing, no permission, not a regular file.
    Read(ReadError),
    /// Read, but not a plan this build can open.
    Format(FormatError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Read(e) => e.fmt(f),
            LoadError::Format(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for LoadError {}

/// Read and parse a plan file, at most [`MAX_PLAN_BYTES`] of it.
pub fn load(path: &Path, guide: &Guide) -> Result<Loaded, LoadError> {
    parse_plan(&read_plan_bytes(path)?, guide)
}

/// Parse bytes read by [`read_plan_bytes`], as [`load`] does.
pub fn parse_plan(bytes: &[u8], guide: &Guide) -> Result<Loaded, LoadError> {
    plan::from_bytes(bytes, guide).map_err(LoadError::Format)
}

/// The bytes of a plan file, at most [`MAX_PLAN_BYTES`], for a caller
/// that parses them itself ([`parse_plan`]) or only needs their hash.
pub fn read_plan_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    read_bounded(path, MAX_PLAN_BYTES as u64).map_err(|e| match e {
        // Said the way a plan's other format problems are said.
        ReadError::TooLarge { size, .. } => LoadError::Format(FormatError::TooLarge {
            bytes: usize::try_from(size).unwrap_or(usize::MAX),
        }),
        e => LoadError::Read(e),
    })
}

/// What identifies a plan file: its canonical path, so a symbolic link to
/// a plan and the plan itself are one plan (one lock, one history). A
/// path that does not exist (yet) is made absolute.
pub fn identity(path: &Path) -> PathBuf {
    match std::fs::canonicalize(path) {
        Ok(p) => p,
        Err(_) => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
    }
}

/// What a plan file looked like when we last read or wrote it. Compared
/// before each save, so a change by someone else is never overwritten:
/// size, time and inode can all stay the same (coarse clocks on FAT and
/// network drives, an editor that writes in place), so the content counts
/// too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    modified: Option<SystemTime>,
    #[cfg(unix)]
    inode: u64,
    /// A hash of the content; `None` when it could not be read.
    content: Option<u64>,
}

impl FileStamp {
    /// The stamp of the file at `path`; `None` when it does not exist.
    pub fn of(path: &Path) -> io::Result<Option<FileStamp>> {
        match std::fs::metadata(path) {
            Ok(m) => Ok(Some(FileStamp {
                len: m.len(),
                modified: m.modified().ok(),
                #[cfg(unix)]
                inode: std::os::unix::fs::MetadataExt::ino(&m),
                content: read_bounded(path, MAX_PLAN_BYTES as u64)
                    .ok()
                    .map(|b| content_hash(&b)),
            })),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// The hash of a file's content that [`FileStamp`] compares.
pub fn content_hash(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

/// The plan as bytes to save, or why it would not reopen.
fn encode(plan: &Plan) -> io::Result<String> {
    plan::to_saved_string(plan).map_err(|p| match p {
        SaveProblem::TooLarge { bytes } => refuse(
            io::ErrorKind::FileTooLarge,
            Refusal::PlanTooLarge {
                bytes: bytes as u64,
                limit: MAX_PLAN_BYTES as u64,
            },
        ),
        SaveProblem::Invalid(problem) => refuse(
            io::ErrorKind::InvalidData,
            Refusal::PlanInvalid {
                what: problem_in_dutch(&problem),
            },
        ),
    })
}

/// What does not add up, for the refusal to save.
fn problem_in_dutch(problem: &PlanProblem) -> String {
    match problem {
        PlanProblem::DuplicateId(id) => {
            format!("het nummer {id} wordt voor twee onderdelen gebruikt")
        }
        PlanProblem::Dangling(id) => {
            format!("er wordt verwezen naar onderdeel {id}, dat niet bestaat")
        }
        PlanProblem::CounterTooHigh(_) | PlanProblem::IdTooHigh(_) => {
            "de nummers voor nieuwe onderdelen zijn op".to_string()
        }
    }
}

/// Save a plan over its file, atomically. A symbolic link to the plan is
/// written through (the link stays, the file it points to gets the new
/// version); a read-only file or one with a second name (hard link) is
/// refused; a plan that would not reopen is not written at all.
pub fn save(path: &Path, plan: &Plan) -> io::Result<()> {
    replace_plan_file(path, encode(plan)?.as_bytes())
}

/// Put `bytes` in place as the plan file at `path` (see [`save`]).
pub(crate) fn replace_plan_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => identity(path),
        _ => path.to_path_buf(),
    };
    write_atomic(&target, bytes)
}

/// Save a plan as a new file at `path` (creating missing folders, 0700),
/// never over anything that is there: `AlreadyExists` then.
pub fn save_new(path: &Path, plan: &Plan) -> io::Result<()> {
    let text = encode(plan)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_private_dir(dir)?;
    }
    write_new(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guide() -> Guide {
        crate::guide::load_embedded().expect("guide")
    }

    #[test]
    fn a_plan_that_would_not_reopen_is_not_saved() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("p.ron");
        let mut plan = Plan::new("t", jiff::Timestamp::UNIX_EPOCH);
        save(&path, &plan).expect("save");
        let before = std::fs::read(&path).expect("read");
        plan.next_item = u64::MAX;
        let e = save(&path, &plan).expect_err("refused");
        assert_eq!(e.kind(), io::ErrorKind::InvalidData);
        assert_eq!(std::fs::read(&path).expect("read"), before);
        assert!(load(&path, &guide()).is_ok());
    }

    #[test]
    fn a_byte_order_mark_is_no_problem() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("p.ron");
        let plan = Plan::new("Kladblok", jiff::Timestamp::UNIX_EPOCH);
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend(plan::to_string(&plan).into_bytes());
        std::fs::write(&path, bytes).expect("write");
        assert_eq!(load(&path, &guide()).map(|l| l.plan), Ok(plan));
    }
}
