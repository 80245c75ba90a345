//! The whole application state: one screen, the overlays over it, and the
//! status line.

use std::sync::Arc;
use std::time::Instant;

use jiff::tz::TimeZone;

use crate::guide::Guide;
use crate::session::{Pause, SavePolicy};
use crate::tui::drawn::Drawn;
use crate::tui::keymap::Context;

use super::editor::Editor;
use super::overlay::Overlay;
use super::picker::Picker;

pub struct App {
    pub guide: Arc<Guide>,
    pub screen: Screen,
    /// Dialogs and help over the screen, bottom first. The last one gets
    /// the keys and names them in the key bar; all of them are drawn.
    pub overlays: Vec<Overlay>,
    pub message: Option<Message>,
    /// Every message of this session, oldest first, to read again in full
    /// (a long message does not fit the status lines).
    pub log: Vec<Message>,
    /// What the last frame showed where: for scroll keys and clicks.
    pub drawn: Drawn,
    /// Whether the app takes the mouse (off: the terminal selects text).
    pub mouse: bool,
    /// Set when the app should stop (after the final save).
    pub quit: bool,
    /// The signal that asked the app to stop, if one did.
    pub signal: Option<i32>,
    /// Time zone for showing times; UTC in tests.
    pub tz: TimeZone,
    /// The plans folder, shown in the picker.
    pub plans_dir: String,
    /// Printed after the terminal is restored, e.g. where a recovery copy
    /// went when the plan could not be saved normally.
    pub exit_note: Option<String>,
    /// The time of the last tick: the app's "now".
    pub now: Instant,
    /// Waits for a pause in the typing before the advice is recomputed.
    pub pause: Pause,
    /// When plans are saved without being asked.
    pub policy: SavePolicy,
    /// The user was told that no history copies can be written (R15).
    pub history_warned: bool,
}

pub enum Screen {
    Picker(Box<Picker>),
    Editor(Box<Editor>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub is_error: bool,
}

/// Messages kept for the log; older ones drop off.
pub const LOG_SIZE: usize = 200;

impl Message {
    pub fn info(text: impl Into<String>) -> Message {
        Message {
            text: text.into(),
            is_error: false,
        }
    }

    pub fn error(text: impl Into<String>) -> Message {
        Message {
            text: text.into(),
            is_error: true,
        }
    }
}

impl App {
    /// An empty plan picker; the first results fill it.
    #[must_use]
    pub fn new(guide: Arc<Guide>, tz: TimeZone, plans_dir: String, now: Instant) -> App {
        App {
            guide,
            screen: Screen::Picker(Box::new(Picker::new(Vec::new()))),
            overlays: Vec::new(),
            message: None,
            log: Vec::new(),
            drawn: Drawn::default(),
            mouse: true,
            quit: false,
            signal: None,
            tz,
            plans_dir,
            exit_note: None,
            now,
            pause: Pause::default(),
            policy: SavePolicy::default(),
            history_warned: false,
        }
    }

    /// Where the user is, for the keymap: the top overlay, else the screen.
    #[must_use]
    pub fn context(&self) -> Context {
        if let Some(top) = self.overlays.last() {
            return top.context();
        }
        match &self.screen {
            Screen::Picker(_) => Context::Picker,
            Screen::Editor(e) => e.context(&self.guide),
        }
    }

    /// Where the user was before the top overlay opened (what the help,
    /// opened over it, is about).
    #[must_use]
    pub fn context_under_top(&self) -> Context {
        let below = self.overlays.len().saturating_sub(1);
        match self.overlays[..below].last() {
            Some(o) => o.context(),
            None => match &self.screen {
                Screen::Picker(_) => Context::Picker,
                Screen::Editor(e) => e.context(&self.guide),
            },
        }
    }

    #[must_use]
    pub fn editor(&self) -> Option<&Editor> {
        match &self.screen {
            Screen::Editor(e) => Some(e),
            Screen::Picker(_) => None,
        }
    }

    /// Is this overlay kind open anywhere in the stack?
    pub fn has_overlay(&self, test: impl Fn(&Overlay) -> bool) -> bool {
        self.overlays.iter().any(test)
    }

    /// When the app next needs a tick even without input: an autosave or
    /// the advice waiting for the pause to end.
    #[must_use]
    pub fn deadline(&self) -> Option<Instant> {
        let Screen::Editor(e) = &self.screen else {
            return None;
        };
        let advice =
            (e.advice_stale && !e.typing()).then(|| self.pause.deadline().unwrap_or(self.now));
        [e.autosave.deadline(), advice].into_iter().flatten().min()
    }
}
