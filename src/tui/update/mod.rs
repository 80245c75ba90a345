//! `update(app, event)`: the one place where input changes state. Pure:
//! file work is returned as [`Effect`]s for the driver to carry out.

mod editor;
mod panels;
mod picker;

pub use panels::export_formats;

pub use picker::name_input;

use std::path::PathBuf;

use ratatui::crossterm::event::KeyEvent;

use super::event::Event;
use super::keymap::{self, Action};
use super::state::{App, Screen};

/// Work for the driver: everything that touches the disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the open plan now.
    Save,
    Open(PathBuf),
    Create(String),
    Rename(PathBuf, String),
    Trash(PathBuf),
    /// Save the open plan, then show the plan picker.
    ShowPicker,
    /// Save the open plan, then stop.
    Quit,
    /// Open the "save as" dialog (with a suggested place).
    AskSaveAs,
    /// Save the open plan at the path typed by the user, and go on there.
    SaveAs(String),
    /// Show the earlier versions of a plan.
    ShowVersions(PathBuf),
    RestoreVersion {
        plan: PathBuf,
        version: PathBuf,
    },
    /// Export the open plan (with its advice) to the documents folder.
    Export(crate::export::Format),
    /// Put a recovery copy back (by the recovery file's path) and open it.
    Recover(PathBuf),
    DiscardRecovery(PathBuf),
}

pub fn update(app: &mut App, event: Event) -> Vec<Effect> {
    let before = revision(app);
    let effects = match event {
        Event::Resize => Vec::new(),
        Event::Paste(text) => paste(app, &text),
        Event::Key(key) => on_key(app, &key),
    };
    if let Screen::Editor(e) = &mut app.screen
        && Some(e.revision) != before
    {
        e.refresh(&app.guide);
    }
    effects
}

fn revision(app: &App) -> Option<u64> {
    match &app.screen {
        Screen::Editor(e) => Some(e.revision),
        Screen::Picker(_) => None,
    }
}

fn on_key(app: &mut App, key: &KeyEvent) -> Vec<Effect> {
    let action = keymap::action(app.context(), key);
    // A message stays until the next key, so it is read before it goes.
    app.message = None;
    match action {
        Some(Action::Quit) => return vec![Effect::Quit],
        Some(Action::Help) => {
            app.help = Some(0);
            return Vec::new();
        }
        _ => {}
    }
    if let Some(scroll) = app.help.as_mut() {
        match action {
            Some(Action::Back) => app.help = None,
            Some(Action::ScrollUp) => *scroll = scroll.saturating_sub(1),
            Some(Action::ScrollDown) => *scroll = scroll.saturating_add(1),
            Some(Action::Save) => return vec![Effect::Save],
            _ => {}
        }
        return Vec::new();
    }
    let guide = app.guide.clone();
    match &mut app.screen {
        Screen::Picker(p) => picker::on_key(p, action, key, &mut app.message),
        Screen::Editor(e) => editor::on_key(e, &guide, action, key, &mut app.message),
    }
}

fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    if app.help.is_some() {
        return Vec::new();
    }
    let guide = app.guide.clone();
    match &mut app.screen {
        Screen::Picker(p) => picker::paste(p, text),
        Screen::Editor(e) => editor::paste(e, &guide, text, &mut app.message),
    }
    Vec::new()
}
