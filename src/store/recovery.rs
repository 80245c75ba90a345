//! Recovery copies: the open plan, written after a crash or when a normal
//! save is impossible, and offered back at the next start.

use std::io;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::guide::Guide;
use crate::plan::{self, Plan};

use super::atomic::{write_atomic, write_new};
use super::paths::{DataDir, create_private_dir};

/// What a recovery file holds: the plan and where it belongs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recovery {
    pub original: PathBuf,
    pub written: Timestamp,
    /// The plan as RON text (the plan file format), so a recovery file
    /// stays readable even if the format moves on.
    pub plan: String,
}

/// A recovery file found at start.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub path: PathBuf,
    pub original: PathBuf,
    pub written: Timestamp,
    pub plan: Plan,
}

fn folder(data: &DataDir) -> PathBuf {
    data.root().join("recovery")
}

/// Write a recovery copy of `plan` (which belongs at `original`). Tries the
/// data folder first, then the system's temporary folder; returns where it
/// went.
pub fn write(data: &DataDir, original: &Path, plan: &Plan, now: Timestamp) -> io::Result<PathBuf> {
    let recovery = Recovery {
        original: original.to_path_buf(),
        written: now,
        plan: plan::to_string(plan),
    };
    let text = ron::ser::to_string_pretty(&recovery, ron::ser::PrettyConfig::new())
        .map_err(io::Error::other)?;
    let stem = original
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".to_string());
    let name = format!("{stem}-{}.ron", now.as_second());
    let primary = folder(data);
    let in_data = create_private_dir(&primary).and_then(|()| {
        let path = primary.join(&name);
        write_atomic(&path, text.as_bytes()).map(|()| path)
    });
    match in_data {
        Ok(path) => Ok(path),
        Err(_) => {
            let path = std::env::temp_dir().join(format!("samenwerkwijzer-herstel-{name}"));
            write_new(&path, text.as_bytes()).map(|()| path)
        }
    }
}

/// Recovery copies in the data folder that can be read, oldest first.
/// Unreadable ones are skipped (they stay on disk untouched).
pub fn find(data: &DataDir, guide: &Guide) -> Vec<Found> {
    let Ok(read) = std::fs::read_dir(folder(data)) else {
        return Vec::new();
    };
    let mut found: Vec<Found> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            let r: Recovery = ron::from_str(&text).ok()?;
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

/// Remove a recovery file once it has been restored or discarded.
pub fn remove(found: &Found) -> io::Result<()> {
    std::fs::remove_file(&found.path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_copies_are_found_with_their_plan() {
        let guide = crate::guide::load_embedded().expect("guide");
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path());
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
}
