//! One sitting with the app, whatever front-end shows it: what to open
//! first, when to save on its own, and when the user has paused.
//!
//! Pure: no terminal and no disk. Time comes in as an argument, so tests
//! drive it with a fake clock, and every front-end (the TUI now, the plain
//! line mode later) shares the same save policy.

mod autosave;
mod pause;

use std::path::PathBuf;
use std::sync::Arc;

pub use autosave::{Autosave, SavePolicy};
pub use pause::{ADVICE_PAUSE, Pause};

use crate::guide::Guide;
use crate::plan::Loaded;
use crate::store::DataDir;

/// What a front-end needs to start: the guide, where the plans are, and
/// what to show first.
pub struct Start {
    pub guide: Arc<Guide>,
    pub data: DataDir,
    pub opening: Opening,
}

/// What to show first.
pub enum Opening {
    /// The list of plans (which offers a recovery copy first, if any).
    Picker,
    /// A new plan with this title.
    Create(String),
    /// The plan at this path, not read yet.
    Open(PathBuf),
    /// The plan at this path, already read (the command line checks a
    /// plan before the screen changes, so errors print as plain text).
    Loaded(PathBuf, Box<Loaded>),
}
