//! Routing input: the top overlay gets it if there is one, else the screen.

use ratatui::crossterm::event::KeyEvent;

use crate::text::Txt;
use crate::tui::effect::Effect;
use crate::tui::event::visible_controls;
use crate::tui::keymap::{self, Action, say};
use crate::tui::state::{App, Message, Overlay, Screen};

use super::{editor, form, overlay, parts, picker, save};

pub fn key(app: &mut App, key: &KeyEvent) -> Vec<Effect> {
    let action = keymap::action(app.context(), key);
    // A message stays until the next key, so it is read before it goes.
    app.message = None;
    match action {
        Some(Action::Quit) => return save::quit(app),
        Some(Action::Help) => {
            app.overlays.push(Overlay::Help { scroll: 0 });
            return Vec::new();
        }
        // Newest last, so it opens at the end.
        Some(Action::ShowMessages) => {
            app.overlays.push(Overlay::Messages { scroll: u16::MAX });
            return Vec::new();
        }
        Some(Action::ToggleMouse) => {
            app.mouse = !app.mouse;
            let txt = if app.mouse {
                Txt::MsgMouseOn
            } else {
                Txt::MsgMouseOff
            };
            app.message = Some(Message::info(say(txt, &[])));
            return Vec::new();
        }
        _ => {}
    }
    if !app.overlays.is_empty() {
        return overlay::key(app, action, key);
    }
    let (mut ctx, screen) = parts(app);
    match screen {
        Screen::Picker(p) => picker::key(p, &mut ctx, action),
        Screen::Editor(e) => editor::key(e, &mut ctx, action, key),
    }
}

/// Pasted text goes where typing would go; it never acts as keys. Control
/// characters in it are kept as visible signs (see [`visible_controls`]).
pub fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    let (text, replaced) = visible_controls(text);
    if replaced {
        app.message = Some(Message::info(Txt::MsgPasteControls.get()));
    }
    if !app.overlays.is_empty() {
        overlay::paste(app, &text);
        return Vec::new();
    }
    let (mut ctx, screen) = parts(app);
    match screen {
        Screen::Picker(_) => {}
        Screen::Editor(e) => form::paste(e, &mut ctx, &text),
    }
    Vec::new()
}
