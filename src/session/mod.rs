//! One sitting with the app, whatever front-end shows it: what to open
//! first, when to save on its own, and when the user has paused.
//!
//! Pure: no terminal and no disk. Time comes in as an argument, so tests
//! drive it with a fake clock ([`clock::FakeClock`]), and every front-end
//! (the TUI and the plain line mode) shares the same save policy.

mod autosave;
pub mod clock;
mod pause;

use std::path::PathBuf;
use std::sync::Arc;

pub use autosave::{Autosave, SavePolicy};
pub use pause::{ADVICE_PAUSE, Pause};

use crate::guide::Guide;
use crate::plan::Loaded;
use crate::store::DataDir;

/// What a front-end needs to start: the guide, where the plans are, what
/// to show first, and which front-end shows it.
pub struct Start {
    pub guide: Arc<Guide>,
    pub data: DataDir,
    pub opening: Opening,
    pub front: FrontEnd,
    /// Whether the screen takes the mouse (off with `--zonder-muis`, so
    /// the terminal selects text as usual).
    pub mouse: bool,
}

/// Which front-end shows the sitting, as the command line chose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrontEnd {
    /// The full-screen app, in these colours.
    Screen(Colours),
    /// Line by line (`--plain`, `SAMENWERKWIJZER_PLAIN=1`, `TERM=dumb`).
    Lines,
}

impl FrontEnd {
    /// The colours of a full-screen view: as the screen has them, none
    /// line by line.
    #[must_use]
    pub fn colours(self) -> Colours {
        match self {
            FrontEnd::Screen(colours) => colours,
            FrontEnd::Lines => Colours::None,
        }
    }
}

impl Default for FrontEnd {
    fn default() -> FrontEnd {
        FrontEnd::Screen(Colours::Normal)
    }
}

/// How the full-screen app uses colour. Every signal is carried by a mark
/// or a word as well, so each of these shows everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Colours {
    #[default]
    Normal,
    /// `NO_COLOR`: no colour at all, only bold, reverse and the like.
    None,
    /// `--contrast hoog`: the terminal's own foreground and background
    /// only, no grey text, emphasis by bold, underline and reverse.
    HighContrast,
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
