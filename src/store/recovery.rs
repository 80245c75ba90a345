//! Recovery copies: the open plan, written after a crash or when a normal
//! save is impossible, and offered back at the next start.

use std::io;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::guide::Guide;
use crate::plan::{self, MAX_PLAN_BYTES, Plan};

use super::atomic::{owned_by_me, write_new};
use super::explain;
use super::paths::{DataDir, create_own_dir};
use super::plan_file::identity;
use super::read::read_bounded;

/// What a recovery file holds: the plan and where it belongs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recovery {
    pub original: PathBuf,
    pub written: Timestamp,
    /// The plan as RON text (the plan file format), so a recovery file
    /// stays readable even if the format moves on.
    pub plan: String,
    /// The data folder the plan was open from; a copy in the shared
    /// temporary folder is only offered to a start with that data folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<PathBuf>,
}

/// A recovery file found at start.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub path: PathBuf,
    pub original: PathBuf,
    pub written: Timestamp,
    pub plan: Plan,
}

/// Recovery files in the fallback folder start with this.
const FALLBACK_PREFIX: &str = "samenwerkwijzer-herstel-";

/// The plan text is quoted inside a recovery file, which can double it.
const MAX_RECOVERY_BYTES: u64 = 2 * MAX_PLAN_BYTES as u64 + 64 * 1024;

fn folder(data: &DataDir) -> PathBuf {
    data.root().join("recovery")
}

/// Write a recovery copy of `plan` (which belongs at `original`) and
/// return where it went: `<data>/recovery/`, or when that cannot be
/// written, the fallback folder ([`DataDir::fallback`], the system's
/// temporary folder). [`find`] looks in both. Never replaces an earlier
/// copy. This is what a signal handler or crash path calls.
pub fn write(data: &DataDir, original: &Path, plan: &Plan, now: Timestamp) -> io::Result<PathBuf> {
    let recovery = Recovery {
        original: original.to_path_buf(),
        written: now,
        plan: plan::to_string(plan),
        data: Some(identity(data.root())),
    };
    let text = ron::ser::to_string_pretty(&recovery, ron::ser::PrettyConfig::new())
        .map_err(io::Error::other)?;
    let stem = original
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".to_string());
    let stem = super::file_name::stem_from_title(&stem);
    let name = format!("{stem}-{}", now.strftime("%Y%m%dT%H%M%SZ"));
    let primary = folder(data);
    let in_data = create_own_dir(&primary)
        .and_then(|()| write_unique_copy(&primary, "", &name, text.as_bytes()));
    match in_data {
        Ok(path) => Ok(path),
        Err(_) => write_unique_copy(data.fallback(), FALLBACK_PREFIX, &name, text.as_bytes()),
    }
}

/// `dir/<prefix><name>.ron`, or `-2`, `-3` … when taken.
fn write_unique_copy(dir: &Path, prefix: &str, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    for n in 1..10_000 {
        let file = if n == 1 {
            format!("{prefix}{name}.ron")
        } else {
            format!("{prefix}{name}-{n}.ron")
        };
        let path = dir.join(file);
        match write_new(&path, bytes) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(explain::at(
        dir,
        io::Error::from(io::ErrorKind::AlreadyExists),
    ))
}

/// Recovery copies that can be read, oldest first: those in the data
/// folder, and those in the fallback folder that this user wrote for this
/// data folder. Unreadable ones are skipped (they stay on disk untouched).
pub fn find(data: &DataDir, guide: &Guide) -> Vec<Found> {
    let ours = identity(data.root());
    let in_data = ron_files(&folder(data), "").into_iter().map(|p| (p, false));
    let fallback = ron_files(data.fallback(), FALLBACK_PREFIX)
        .into_iter()
        .map(|p| (p, true));
    let mut found: Vec<Found> = in_data
        .chain(fallback)
        .filter_map(|(path, shared)| {
            if shared && !std::fs::symlink_metadata(&path).is_ok_and(|m| owned_by_me(&m)) {
                return None;
            }
            let bytes = read_bounded(&path, MAX_RECOVERY_BYTES).ok()?;
            let r: Recovery = ron::from_str(std::str::from_utf8(&bytes).ok()?).ok()?;
            if shared && r.data.as_deref().map(identity) != Some(ours.clone()) {
                return None;
            }
            let plan = plan::from_str(&r.plan, guide).ok()?.plan;
            Some(Found {
                path,
                original: r.original,
                written: r.written,
                plan,
            })
        })
        .collect();
    found.sort_by_key(|f| f.written);
    found
}

fn ron_files(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    read.filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect()
}

/// Where a recovery copy goes back to: its own file, or when that folder
/// is gone (a USB stick that is not there now), the plans folder.
#[must_use]
pub fn home(data: &DataDir, found: &Found) -> PathBuf {
    if found.original.parent().is_some_and(Path::is_dir) {
        return found.original.clone();
    }
    data.plans().join(
        found
            .original
            .file_name()
            .unwrap_or_else(|| "hersteld.ron".as_ref()),
    )
}

/// Put a recovery copy back at `target` (see [`home`]; the caller holds
/// its lock): the file there goes into the history first, and the copy is
/// removed once it is back.
pub fn put_back(data: &DataDir, found: &Found, target: &Path, now: Timestamp) -> io::Result<()> {
    super::history::snapshot(data, target, now)?;
    super::plan_file::save(target, &found.plan)?;
    // It is back in place; a copy left behind is only offered again.
    let _ = remove(found);
    Ok(())
}

/// Remove a recovery file once it has been restored or discarded.
pub fn remove(found: &Found) -> io::Result<()> {
    std::fs::remove_file(&found.path).map_err(|e| explain::at(&found.path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_copies_are_found_with_their_plan() {
        let guide = crate::guide::load_embedded().expect("guide");
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path()).with_fallback(dir.path().join("tmp"));
        let mut plan = Plan::new("Herstel mij", Timestamp::UNIX_EPOCH);
        plan.answers
            .insert("x".into(), crate::plan::Answer::Text("niet kwijt".into()));
        let original = dir.path().join("plans/herstel-mij.ron");
        let path = write(&data, &original, &plan, Timestamp::UNIX_EPOCH).expect("write");
        assert!(path.starts_with(dir.path()));
        let found = find(&data, &guide);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].plan, plan);
        assert_eq!(found[0].original, original);
        remove(&found[0]).expect("remove");
        assert!(find(&data, &guide).is_empty());
    }

    #[test]
    fn a_copy_in_the_fallback_folder_is_found_by_its_own_data_folder_only() {
        let guide = crate::guide::load_embedded().expect("guide");
        let dir = tempfile::tempdir().expect("tempdir");
        let shared = dir.path().join("tmp");
        std::fs::create_dir(&shared).expect("tmp");
        // The data folder cannot hold a recovery folder: it is a file.
        let root = dir.path().join("data");
        std::fs::write(&root, "geen map").expect("write");
        let data = DataDir::new(&root).with_fallback(&shared);
        let plan = Plan::new("Nergens anders", Timestamp::UNIX_EPOCH);
        let original = root.join("plans/nergens.ron");
        let first = write(&data, &original, &plan, Timestamp::UNIX_EPOCH).expect("write");
        let second = write(&data, &original, &plan, Timestamp::UNIX_EPOCH).expect("write");
        assert!(first.starts_with(&shared), "{}", first.display());
        assert_ne!(first, second, "an earlier copy is never replaced");
        assert_eq!(find(&data, &guide).len(), 2);
        let other = DataDir::new(dir.path().join("ander")).with_fallback(&shared);
        assert!(
            find(&other, &guide).is_empty(),
            "not offered to another data folder"
        );
    }
}
