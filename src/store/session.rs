//! What Samenwerkwijzer remembers between runs.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::write_atomic;
use super::paths::DataDir;
use super::read::read_bounded;

/// A state file holds one path; anything much bigger is not ours.
const MAX_STATE_BYTES: u64 = 64 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    #[serde(default)]
    pub last_plan: Option<PathBuf>,
}

impl Session {
    /// The remembered state; a missing or unreadable file means "nothing
    /// remembered" (it holds no user work, so there is nothing to protect).
    pub fn load(data: &DataDir) -> Session {
        read_bounded(&data.state_file(), MAX_STATE_BYTES)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|t| ron::from_str(&t).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, data: &DataDir) -> std::io::Result<()> {
        data.ensure()?;
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new())
            .map_err(std::io::Error::other)?;
        write_atomic(&data.state_file(), text.as_bytes())
    }

    /// Remember `plan` as the last opened one.
    pub fn remember(data: &DataDir, plan: &Path) -> std::io::Result<()> {
        let session = Session {
            last_plan: Some(plan.to_path_buf()),
        };
        session.save(data)
    }
}
