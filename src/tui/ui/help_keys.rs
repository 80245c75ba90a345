//! The keys in the F1 help: those of the screen the user is on first,
//! grouped by what they do, then the keys of the other places on that
//! screen (lists, typing, dialogs) that were not named yet. Every key is
//! named once, all from the keymap (W3).

use crate::text::Txt;
use crate::tui::keymap::{Action, Binding, Context, bindings};
use crate::tui::state::Screen;

/// One group of keys in the help: a heading, the context the keys work
/// in, and each binding as (all its keys, what it does).
pub struct KeyGroup {
    pub heading: Txt,
    /// Read by the checks that the help is honest (`keys_named`).
    #[cfg_attr(not(test), allow(dead_code))]
    pub context: Context,
    pub entries: Vec<(String, &'static str)>,
    /// The first group of the places the user is not in now.
    pub elsewhere: bool,
}

/// What a key does, for grouping the keys of one screen.
fn category(action: Action) -> Txt {
    match action {
        Action::NextField
        | Action::PrevField
        | Action::Up
        | Action::Down
        | Action::NextStep
        | Action::PrevStep
        | Action::ScrollUp
        | Action::ScrollDown
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom => Txt::GroupMove,
        Action::Enter
        | Action::NewLine
        | Action::Back
        | Action::Add
        | Action::Remove
        | Action::MoveUp
        | Action::MoveDown
        | Action::Toggle
        | Action::Clear
        | Action::Undo
        | Action::Redo
        | Action::NewPlan
        | Action::Delete
        | Action::Yes
        | Action::No
        | Action::Discard => Txt::GroupAnswer,
        Action::Help
        | Action::ShowFindings
        | Action::ShowForms
        | Action::ShowRaad
        | Action::ShowOverview
        | Action::ShowExport
        | Action::ShowCase
        | Action::ShowMessages
        | Action::ShowVersions
        | Action::EditDetails
        | Action::OpenPicker
        | Action::ToggleMouse => Txt::GroupScreens,
        Action::Save | Action::SaveAs | Action::Quit => Txt::GroupFile,
    }
}

const CATEGORIES: [Txt; 4] = [
    Txt::GroupMove,
    Txt::GroupAnswer,
    Txt::GroupScreens,
    Txt::GroupFile,
];

/// The other places of a screen, in the order the help lists them.
pub fn places(screen: &Screen) -> &'static [(Txt, Context)] {
    match screen {
        Screen::Picker(_) => &[
            (Txt::PlacePicker, Context::Picker),
            (Txt::PlaceDialogs, Context::NameDialog),
            (Txt::PlaceDialogs, Context::Details),
            (Txt::PlaceDialogs, Context::Confirm),
            (Txt::PlaceDialogs, Context::Versions),
            (Txt::PlaceDialogs, Context::Recover),
            (Txt::PlaceReading, Context::Help),
            (Txt::PlaceReading, Context::Messages),
        ],
        Screen::Editor(_) => &[
            (Txt::PlaceForm, Context::Form),
            (Txt::PlaceTyping, Context::EditText),
            (Txt::PlaceTyping, Context::EditLine),
            (Txt::PlacePicking, Context::PickOne),
            (Txt::PlacePicking, Context::PickMany),
            (Txt::PlaceList, Context::List),
            (Txt::PlaceList, Context::PerItemList),
            (Txt::PlaceRecord, Context::Record),
            (Txt::PlacePanel, Context::Panel),
            (Txt::PlaceCase, Context::CaseText),
            (Txt::PlaceDialogs, Context::Confirm),
            (Txt::PlaceDialogs, Context::Export),
            (Txt::PlaceDialogs, Context::NameDialog),
            (Txt::PlaceDialogs, Context::Details),
            (Txt::PlaceReading, Context::Help),
            (Txt::PlaceReading, Context::Messages),
        ],
    }
}

fn entry(b: &'static Binding) -> (String, &'static str) {
    (b.full_label(), b.label.get())
}

/// The help's keys on `screen` for a user in `here`: here's keys by what
/// they do, then each other place with the keys not named before it.
pub fn key_groups(screen: &Screen, here: Context) -> Vec<KeyGroup> {
    // F8 only does something in a plan begun from a workshop case; the
    // tab row leaves it out elsewhere, and so does the help.
    let with_case = matches!(screen, Screen::Editor(e) if e.case.is_some());
    let shown = |b: &&'static Binding| with_case || b.action != Action::ShowCase;
    let mut named: Vec<(String, &'static str)> = Vec::new();
    let mut out = Vec::new();
    for heading in CATEGORIES {
        let entries: Vec<_> = bindings(here)
            .filter(shown)
            .filter(|b| category(b.action) == heading)
            .map(entry)
            .filter(|e| !named.contains(e))
            .collect();
        named.extend(entries.iter().cloned());
        if !entries.is_empty() {
            out.push(KeyGroup {
                heading,
                context: here,
                entries,
                elsewhere: false,
            });
        }
    }
    let mut first_elsewhere = true;
    for &(heading, context) in places(screen) {
        if context == here {
            continue;
        }
        let entries: Vec<_> = bindings(context)
            .filter(shown)
            .map(entry)
            .filter(|e| !named.contains(e))
            .collect();
        if entries.is_empty() {
            continue;
        }
        named.extend(entries.iter().cloned());
        // Two contexts of one place follow each other under one heading
        // (the view writes it once).
        out.push(KeyGroup {
            heading,
            context,
            entries,
            elsewhere: first_elsewhere,
        });
        first_elsewhere = false;
    }
    out
}
