//! The summaries of the plan list, kept between runs (issue 16): the
//! picker and `list` parsed every plan, 43 ms for 500 plans.
//!
//! A cached summary is used only for a file whose size, modification time
//! and content hash are all those of the bytes it was made from; the file
//! is still read and hashed every time, just not parsed. Anything else (a
//! changed file, a damaged or missing cache, another guide) means parsing
//! the file, and the cache is written anew. Never trusted over the file:
//! the summary always belongs to the bytes that are there now.
//!
//! `<data>/cache/plans.ron`, read with the store's reader rule (bounded)
//! and written with its writer rule (atomic, 0600). Deleting it loses
//! nothing.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::{DefaultHasher, Hasher};
use std::path::Path;
use std::time::SystemTime;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::guide::Guide;
use crate::store::{DataDir, create_private_dir, read_bounded, write_atomic};

/// More than enough for thousands of plans; a bigger file is not ours.
const MAX_CACHE_BYTES: u64 = 16 * 1024 * 1024;

const FILE: &str = "plans.ron";

/// What identifies the bytes a summary was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stamp {
    pub len: u64,
    /// Nanoseconds since 1970, when the system gives a time.
    pub modified: Option<u64>,
    pub content: u64,
}

impl Stamp {
    pub fn new(bytes: &[u8], modified: Option<SystemTime>) -> Stamp {
        Stamp {
            len: bytes.len() as u64,
            modified: modified
                .and_then(|m| m.duration_since(SystemTime::UNIX_EPOCH).ok())
                .and_then(|d| u64::try_from(d.as_nanos()).ok()),
            content: crate::store::content_hash(bytes),
        }
    }
}

/// The parts of a plan's summary that come from its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cached {
    pub title: String,
    pub updated: Timestamp,
    pub answered: usize,
    pub total: usize,
}

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SummaryCache {
    /// The guide the progress was counted against.
    guide: u64,
    /// By file name in the plans folder.
    plans: HashMap<String, (Stamp, Cached)>,
}

impl SummaryCache {
    /// The cache in `data` for `guide`; empty when there is none, it is
    /// damaged, or it was made with another guide.
    pub fn read(data: &DataDir, guide: u64) -> SummaryCache {
        let cache = read_bounded(&data.cache().join(FILE), MAX_CACHE_BYTES)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .and_then(|text| ron::from_str::<SummaryCache>(&text).ok())
            .filter(|c| c.guide == guide);
        cache.unwrap_or(SummaryCache {
            guide,
            plans: HashMap::new(),
        })
    }

    /// The summary of file `name` if it was made from bytes with `stamp`.
    pub fn get(&self, name: &str, stamp: &Stamp) -> Option<&Cached> {
        self.plans
            .get(name)
            .filter(|(s, _)| s == stamp)
            .map(|(_, c)| c)
    }

    pub fn put(&mut self, name: String, stamp: Stamp, cached: Cached) {
        self.plans.insert(name, (stamp, cached));
    }

    pub fn new_for(guide: u64) -> SummaryCache {
        SummaryCache {
            guide,
            plans: HashMap::new(),
        }
    }

    /// Write the cache; a folder that cannot be written only costs speed.
    pub fn write(&self, data: &DataDir) {
        let dir = data.cache();
        let Ok(text) = ron::to_string(self) else {
            return;
        };
        if create_private_dir(&dir).is_ok() {
            let _ = write_atomic(&dir.join(FILE), text.as_bytes());
        }
    }
}

/// The file name of a plan, as the cache knows it.
pub fn name_of(path: &Path) -> Option<String> {
    path.file_name().map(|n| n.to_string_lossy().into_owned())
}

/// A fingerprint of the guide's steps and questions: progress counts
/// against them, so summaries counted with another guide are not used.
pub fn guide_key(guide: &Guide) -> u64 {
    let mut out = HashOut(DefaultHasher::new());
    // Debug output of plain data (no maps in the schema): stable between
    // runs, and covers every field a count could depend on.
    let _ = write!(out, "{:?}", guide.steps);
    out.0.finish()
}

/// Formatting straight into a hasher, without building the text.
struct HashOut(DefaultHasher);

impl std::fmt::Write for HashOut {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.write(s.as_bytes());
        Ok(())
    }
}
