//! Key names as the user reads them, made from the keys themselves, and
//! read back (so tests can check that every key a text names is bound).

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::text::Txt;

use super::Key;

/// The name of one key without its modifiers.
fn code_name(code: KeyCode) -> String {
    match code {
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Insert => "Ins".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => Txt::KeySpaceName.get().into(),
        KeyCode::Char(c) => c.to_string(),
        other => format!("{other:?}"),
    }
}

fn prefix(mods: KeyModifiers) -> String {
    let mut out = String::new();
    if mods.contains(KeyModifiers::CONTROL) {
        out.push_str("Ctrl-");
    }
    if mods.contains(KeyModifiers::ALT) {
        out.push_str("Alt-");
    }
    if mods.contains(KeyModifiers::SHIFT) {
        out.push_str("Shift-");
    }
    out
}

/// One key, e.g. "Ctrl-S", "Alt-↑", "F3"; Ctrl letters in capitals.
pub fn key_label(key: Key) -> String {
    let name = match key.code {
        KeyCode::Char(c) if key.mods.contains(KeyModifiers::CONTROL) => {
            c.to_ascii_uppercase().to_string()
        }
        code => code_name(code),
    };
    format!("{}{name}", prefix(key.mods))
}

/// Several keys, e.g. "Tab/↓" or "Enter/j/y". An up/down pair with the
/// same modifiers is written once: "Alt-↑/↓".
#[must_use]
pub fn keys_label(keys: &[Key]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut previous: Option<Key> = None;
    for &k in keys {
        let pair = previous.is_some_and(|p| p.code == KeyCode::Up && p.mods == k.mods);
        if pair && k.code == KeyCode::Down {
            parts.push("↓".into());
        } else {
            parts.push(key_label(k));
        }
        previous = Some(k);
    }
    parts.join("/")
}

/// The keys a label names, the inverse of [`keys_label`]; `None` when a
/// part is not a key name.
#[must_use]
pub fn parse_label(label: &str) -> Option<Vec<Key>> {
    let mut keys: Vec<Key> = Vec::new();
    for part in label.split('/') {
        // "Alt-↑/↓": the ↓ has the modifiers of the ↑ before it.
        if part == "↓"
            && let Some(prev) = keys.last().copied()
            && prev.code == KeyCode::Up
        {
            keys.push(Key {
                code: KeyCode::Down,
                mods: prev.mods,
            });
            continue;
        }
        keys.push(parse_key(part)?);
    }
    Some(keys)
}

fn parse_key(part: &str) -> Option<Key> {
    if part == "Shift-Tab" {
        return Some(Key {
            code: KeyCode::BackTab,
            mods: KeyModifiers::NONE,
        });
    }
    let mut mods = KeyModifiers::NONE;
    let mut rest = part;
    loop {
        if let Some(r) = rest.strip_prefix("Ctrl-") {
            mods |= KeyModifiers::CONTROL;
            rest = r;
        } else if let Some(r) = rest.strip_prefix("Alt-") {
            mods |= KeyModifiers::ALT;
            rest = r;
        } else if let Some(r) = rest.strip_prefix("Shift-") {
            mods |= KeyModifiers::SHIFT;
            rest = r;
        } else {
            break;
        }
    }
    let code = match rest {
        "↑" => KeyCode::Up,
        "↓" => KeyCode::Down,
        "←" => KeyCode::Left,
        "→" => KeyCode::Right,
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "Del" => KeyCode::Delete,
        "Backspace" => KeyCode::Backspace,
        "Ins" => KeyCode::Insert,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        s if s == Txt::KeySpaceName.get() => KeyCode::Char(' '),
        s if s.len() > 1 && s.starts_with('F') => KeyCode::F(s[1..].parse().ok()?),
        s => {
            let mut chars = s.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            KeyCode::Char(if mods.contains(KeyModifiers::CONTROL) {
                c.to_ascii_lowercase()
            } else {
                c
            })
        }
    };
    Some(Key { code, mods })
}
