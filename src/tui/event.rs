//! Everything `update` reacts to: input, the clock, signals, and the
//! results of effects.

use std::time::Instant;

use ratatui::crossterm::event::{
    Event as TermEvent, KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind,
};

use super::drawn::Drawn;
use super::effect::Done;

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Key(KeyEvent),
    /// Bracketed paste: the whole pasted text at once, so a multi-line
    /// paste never fires shortcuts or submits a field.
    Paste(String),
    Resize,
    /// A click or a turn of the wheel (when the mouse is on).
    Mouse(MouseEvent),
    /// What the frame just drawn shows where (see [`Drawn`]).
    Drawn(Box<Drawn>),
    /// The clock: sent before and after every batch of input and when a
    /// deadline (autosave, the advice pause) passes.
    Tick(Instant),
    /// The system asked the app to stop (SIGTERM, SIGHUP, SIGINT,
    /// SIGQUIT): save, restore the terminal, stop.
    Signal(i32),
    /// An effect was carried out.
    Done(Box<Done>),
}

impl Event {
    /// Keep key presses only: Windows also reports releases, which would
    /// type every character twice.
    pub fn from_terminal(ev: TermEvent) -> Option<Event> {
        match ev {
            TermEvent::Key(_) => ev.as_key_press_event().map(Event::Key),
            TermEvent::Paste(text) => Some(Event::Paste(text)),
            TermEvent::Resize(..) => Some(Event::Resize),
            // Presses and the wheel; moves and releases change nothing.
            TermEvent::Mouse(m) => matches!(
                m.kind,
                MouseEventKind::Down(_) | MouseEventKind::ScrollUp | MouseEventKind::ScrollDown
            )
            .then_some(Event::Mouse(m)),
            TermEvent::FocusGained | TermEvent::FocusLost => None,
        }
    }
}

/// The events of one burst of terminal input: everything that arrived
/// together, without waiting.
///
/// A paste is text, whatever it contains. Text that itself contains the
/// end-of-paste marker (`ESC [ 201 ~`) makes the terminal library end the
/// paste early and read the rest as keys: a hostile text could delete an
/// answer with a run of Ctrl-W. Nobody types in the same instant a paste
/// arrives, so input in a burst after a paste belongs to that paste: it is
/// added to the pasted text as characters, never run as keys.
pub fn from_burst(burst: Vec<TermEvent>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    let mut pasting: Option<String> = None;
    for ev in burst {
        match (pasting.as_mut(), ev) {
            (None, TermEvent::Paste(text)) => pasting = Some(text),
            (Some(text), TermEvent::Paste(more)) => text.push_str(&more),
            (Some(text), TermEvent::Key(key)) => {
                if key.is_press() {
                    text.extend(key_as_text(&key));
                }
            }
            (_, ev) => out.extend(Event::from_terminal(ev)),
        }
    }
    out.extend(pasting.map(Event::Paste));
    out
}

/// What a key decoded from pasted bytes stood for as text. Control keys
/// become their control character (made visible by [`visible_controls`]);
/// keys that came from escape sequences (arrows, F-keys) are dropped.
fn key_as_text(key: &KeyEvent) -> Option<char> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char(c) if ctrl && c.is_ascii_alphabetic() => {
            char::from_u32(u32::from(c.to_ascii_lowercase()) - u32::from('a') + 1)
        }
        KeyCode::Char(c) => Some(c),
        KeyCode::Enter => Some('\n'),
        KeyCode::Tab => Some('\t'),
        KeyCode::Backspace => Some('\u{7f}'),
        KeyCode::Esc => Some('\u{1b}'),
        _ => None,
    }
}

/// Pasted text with every control character other than newline and tab
/// shown as its visible sign (ESC as ␛, Ctrl-W as ␗), so it stays text:
/// nothing in an answer can act on a terminal later. True when anything
/// was replaced.
#[must_use]
pub fn visible_controls(text: &str) -> (String, bool) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut changed = false;
    let out = text
        .chars()
        .filter_map(|c| match c {
            '\n' | '\t' => Some(c),
            '\u{0}'..='\u{1f}' => {
                changed = true;
                char::from_u32(0x2400 + u32::from(c))
            }
            '\u{7f}' => {
                changed = true;
                Some('\u{2421}')
            }
            '\u{80}'..='\u{9f}' => {
                changed = true;
                None
            }
            c => Some(c),
        })
        .collect();
    (out, changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> TermEvent {
        TermEvent::Key(KeyEvent::new(code, mods))
    }

    #[test]
    fn keys_after_a_paste_in_the_same_burst_are_text() {
        let ctrl_w = key(KeyCode::Char('w'), KeyModifiers::CONTROL);
        let mut burst = vec![TermEvent::Paste("ok".into())];
        burst.extend(std::iter::repeat_n(ctrl_w, 3));
        burst.push(key(KeyCode::Char('x'), KeyModifiers::NONE));
        burst.push(key(KeyCode::Up, KeyModifiers::NONE));
        assert_eq!(
            from_burst(burst),
            vec![Event::Paste("ok\u{17}\u{17}\u{17}x".into())]
        );
    }

    #[test]
    fn keys_before_a_paste_and_other_bursts_stay_keys() {
        let x = key(KeyCode::Char('x'), KeyModifiers::NONE);
        let events = from_burst(vec![x.clone(), TermEvent::Paste("p".into())]);
        assert_eq!(events.len(), 2);
        assert!(matches!(events[0], Event::Key(_)));
        assert_eq!(from_burst(vec![x]).len(), 1);
    }

    #[test]
    fn control_characters_in_pasted_text_become_visible_signs() {
        let (text, changed) = visible_controls("a\u{1b}[2Db\r\nc\td\u{17}\u{9b}");
        assert_eq!(text, "a␛[2Db\nc\td␗");
        assert!(changed);
        assert_eq!(
            visible_controls("gewoon\nnet"),
            ("gewoon\nnet".into(), false)
        );
    }
}
