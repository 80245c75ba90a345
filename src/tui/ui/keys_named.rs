//! K1: every key the screen names (key bar, help, tab row, hints and
//! messages) is bound where it is named, to what the text says, and every
//! bound key is named in the help. These read the texts the screens show
//! and parse the key names back, so a hand-written key name, a binding
//! shadowed by another, or a context missing from the help fails here.

use std::collections::BTreeSet;
use std::sync::Arc;

use ratatui::crossterm::event::{KeyEvent, KeyModifiers};

use crate::guide::load_embedded;
use crate::plan::Plan;
use crate::session::SavePolicy;
use crate::tui::keymap::{
    Action, BINDINGS, Context, HINTS, Key, action, bindings, hint::key_text, parse_label,
};
use crate::tui::state::{Editor, Picker, Screen};

use super::tabs::{Tab, labels};
use super::{help_keys, keybar};

fn event(k: Key) -> KeyEvent {
    KeyEvent::new(k.code, k.mods)
}

/// What a press of `k` does in `context`, as input handling sees it (the
/// up/down pairs reduced to their binding's action).
fn does(context: Context, k: Key) -> Option<Action> {
    action(context, &event(k)).map(|a| match a {
        Action::Up => Action::Down,
        Action::MoveUp => Action::MoveDown,
        Action::ScrollUp => Action::ScrollDown,
        Action::PageUp => Action::PageDown,
        Action::Top => Action::Bottom,
        other => other,
    })
}

/// Every key that appears anywhere in the keymap.
fn all_keys() -> Vec<Key> {
    let mut keys: Vec<Key> = Vec::new();
    for b in BINDINGS {
        for k in b.keys {
            if !keys.contains(k) {
                keys.push(*k);
            }
        }
    }
    keys
}

fn action_named(name: &str) -> Option<Action> {
    BINDINGS
        .iter()
        .map(|b| b.action)
        .find(|a| format!("{a:?}") == name)
}

#[test]
fn every_key_the_bar_names_does_what_the_bar_says() {
    for context in Context::ALL {
        let at_widths = [60, 80, 120].map(|w| keybar::shown(context, w));
        for (keys, label) in keybar::items(context)
            .into_iter()
            .chain(at_widths.into_iter().flatten())
        {
            let parsed = parse_label(&keys).unwrap_or_else(|| panic!("{keys:?} is no key name"));
            let binding = bindings(context)
                .find(|b| b.label.get() == label && parsed.iter().all(|k| b.keys.contains(k)))
                .unwrap_or_else(|| panic!("{context:?}: \"{keys} {label}\" is not bound"));
            for k in parsed {
                assert_eq!(
                    does(context, k),
                    Some(binding.action),
                    "{context:?}: {keys} is named for \"{label}\" but does something else"
                );
            }
        }
    }
}

fn screens() -> Vec<(Screen, Context)> {
    let guide = Arc::new(load_embedded().expect("guide"));
    let plan = Plan::new("Toetsen", jiff::Timestamp::UNIX_EPOCH);
    let editor = Editor::new("/p.ron".into(), plan, &guide, SavePolicy::default());
    vec![
        (
            Screen::Picker(Box::new(Picker::new(Vec::new()))),
            Context::Picker,
        ),
        (Screen::Editor(Box::new(editor)), Context::Form),
    ]
}

#[test]
fn the_help_names_every_bound_key_once_and_only_those() {
    let mut covered: BTreeSet<String> = BTreeSet::new();
    for (screen, _) in screens() {
        let places: Vec<Context> = help_keys::places(&screen).iter().map(|p| p.1).collect();
        for &here in &places {
            let groups = help_keys::key_groups(&screen, here);
            // W3: no key is named twice, and the first groups are here's.
            let mut seen: Vec<(String, &str)> = Vec::new();
            for g in &groups {
                for (keys, label) in &g.entries {
                    let entry = (keys.clone(), *label);
                    assert!(!seen.contains(&entry), "{here:?}: {keys} {label} twice");
                    seen.push(entry);
                }
            }
            assert!(
                groups
                    .first()
                    .is_some_and(|g| g.context == here && !g.elsewhere),
                "{here:?}: the help starts with the keys of where the user is"
            );
            // What the help says a key does, it does there.
            for g in &groups {
                for (keys, label) in &g.entries {
                    for k in parse_label(keys).expect("key name") {
                        let b = bindings(g.context).find(|b| b.label.get() == *label);
                        assert_eq!(
                            does(g.context, k),
                            b.map(|b| b.action),
                            "{:?}: the help says {keys} is \"{label}\"",
                            g.context
                        );
                    }
                }
            }
            // Every key that works at a place of this screen is named, with
            // what it does there.
            for &context in &places {
                covered.insert(format!("{context:?}"));
                for k in all_keys() {
                    let Some(b) = bindings(context).find(|b| b.keys.contains(&k)) else {
                        continue;
                    };
                    // Without a workshop case F8 only says there is none;
                    // the help leaves it out, as the tab row does.
                    let no_case = !matches!(&screen, Screen::Editor(e) if e.case.is_some());
                    if no_case && b.action == Action::ShowCase {
                        continue;
                    }
                    let named = seen.iter().any(|(keys, label)| {
                        *label == b.label.get()
                            && parse_label(keys).is_some_and(|ks| ks.contains(&k))
                    });
                    assert!(
                        named,
                        "{here:?}: {k:?} in {context:?} works but is not named"
                    );
                }
            }
        }
    }
    for context in Context::ALL {
        if context != Context::Global {
            assert!(
                covered.contains(&format!("{context:?}")),
                "{context:?} has no keys in the help"
            );
        }
    }
}

#[test]
fn the_tabs_name_the_keys_that_open_them() {
    for (label, tab) in labels("") {
        let opens = match tab {
            Tab::Questions => continue,
            Tab::Panel(kind) => kind.action(),
            Tab::Export => Action::ShowExport,
        };
        let first = label.split_whitespace().next().unwrap_or_default();
        let keys = parse_label(first).unwrap_or_else(|| panic!("{label:?} starts with no key"));
        for k in keys {
            assert_eq!(does(Context::Form, k), Some(opens), "{label:?}");
        }
    }
}

#[test]
fn every_hint_names_keys_bound_where_it_is_shown() {
    for &(txt, context) in HINTS {
        let template = txt.get();
        assert!(
            template.contains("{key:"),
            "{txt:?} names no key; drop it from HINTS"
        );
        let mut rest = template;
        while let Some(start) = rest.find("{key:") {
            let after = &rest[start + 5..];
            let end = after.find('}').expect("placeholder ends");
            let spec = &after[..end];
            let name = spec.split(':').next().unwrap_or_default();
            let wanted = action_named(name).unwrap_or_else(|| panic!("{txt:?}: no action {name}"));
            let text = key_text(context, spec)
                .unwrap_or_else(|| panic!("{txt:?}: {name} is not bound in {context:?}"));
            for k in parse_label(&text).expect("key name") {
                assert_eq!(does(context, k), Some(wanted), "{txt:?}: {text}");
            }
            rest = &after[end + 1..];
        }
    }
}

#[test]
fn no_text_names_a_key_by_hand() {
    // Key names in the string table must come from the keymap: written
    // as {key:…} and listed in HINTS with their context.
    let table = include_str!("../../text/nl.rs");
    let names = [
        "Enter",
        "Esc",
        "Tab",
        "Ctrl-",
        "PgDn",
        "PgUp",
        "Del:",
        "Del ",
        "↑",
        "↓",
        "spatiebalk",
        "op n ",
    ];
    // Printed by the command line (`guide check`), which has no keymap;
    // they point a trainer at the app's screens.
    let cli_only = ["Txt::GuideUsedByForms", "Txt::GuideUsedByRaad"];
    // Signs that more text follows, not key names (the keys are added
    // from the keymap beside them).
    let signs = [
        "Txt::ScrollMore",
        "Txt::ScrollMiddle",
        "Txt::ScrollEnd",
        "Txt::FormMore",
        "Txt::HelpSignMore",
    ];
    for line in table.lines() {
        let line = line.trim();
        let Some((variant, text)) = line.split_once(" => ") else {
            continue;
        };
        // Key labels and the tab names are not sentences about keys.
        if variant.starts_with("Txt::Key")
            || variant.starts_with("Txt::Tab")
            || cli_only.contains(&variant)
            || signs.contains(&variant)
        {
            continue;
        }
        let mut plain = text.to_string();
        while let Some(start) = plain.find("{key:") {
            let end = plain[start..]
                .find('}')
                .map_or(plain.len(), |e| start + e + 1);
            plain.replace_range(start..end, "");
        }
        for n in names {
            assert!(!plain.contains(n), "{variant} names {n:?} by hand: {text}");
        }
        // F1 … F12, but not inside a word.
        let chars: Vec<char> = plain.chars().collect();
        for (i, pair) in chars.windows(2).enumerate() {
            let starts_word = i == 0 || !chars[i - 1].is_alphanumeric();
            assert!(
                !(starts_word && pair[0] == 'F' && pair[1].is_ascii_digit()),
                "{variant} names an F-key by hand: {text}"
            );
        }
        let listed = HINTS.iter().any(|(t, _)| format!("Txt::{t:?}") == variant);
        assert_eq!(
            text.contains("{key:"),
            listed,
            "{variant}: a text with keys must be in HINTS (and only such a text)"
        );
    }
}

#[test]
fn the_checks_above_can_fail() {
    // A key named for a context where it does nothing is caught.
    let f3 = Key {
        code: ratatui::crossterm::event::KeyCode::F(3),
        mods: KeyModifiers::NONE,
    };
    assert_eq!(does(Context::Picker, f3), None);
    assert!(key_text(Context::Picker, "ShowFindings").is_none());
}
