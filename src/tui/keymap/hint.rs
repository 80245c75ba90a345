//! Texts that name keys. In the string table a key is written as
//! `{key:Action}` (or `{key:Action:N}` for only its first N keys); it is
//! filled in from the bindings of the context the text is shown in, so a
//! hint can only name a key that does what it says there.

use std::fmt::Display;

use crate::text::{Txt, fill_str};

use super::{Context, bindings};

/// Every text that names keys, with the context whose keys it names.
pub const HINTS: &[(Txt, Context)] = &[
    (Txt::PickerEmpty, Context::Picker),
    (Txt::NewPlanPrompt, Context::NameDialog),
    (Txt::SaveAsPrompt, Context::NameDialog),
    (Txt::HandInPrompt, Context::NameDialog),
    (Txt::VersionsHint, Context::Versions),
    (Txt::HintShortText, Context::EditLine),
    (Txt::HintLongText, Context::EditText),
    (Txt::HintPickOne, Context::PickOne),
    (Txt::HintPickMany, Context::PickMany),
    (Txt::ListEmptyHint, Context::List),
    (Txt::HelpClose, Context::Help),
    (Txt::HelpMore, Context::Form),
    (Txt::FindingAtItem, Context::Form),
    (Txt::FindingsAtItems, Context::Form),
    (Txt::MsgWelcome, Context::Form),
    (Txt::MsgSaveFailed, Context::Form),
    (Txt::MsgQuitSaveFailed, Context::Form),
    (Txt::MsgMore, Context::Form),
    (Txt::IntroMore, Context::Form),
    (Txt::MessagesClose, Context::Messages),
    (Txt::MsgMouseOn, Context::Form),
    (Txt::MsgMouseOff, Context::Form),
    (Txt::HelpMouse, Context::Form),
    (Txt::HelpSignBadge, Context::Form),
    (Txt::HelpSignPanels, Context::Form),
    (Txt::OverviewEnter, Context::Panel),
    (Txt::MsgUndone, Context::Form),
    (Txt::MsgRedone, Context::Form),
    (Txt::ItemRemoved, Context::List),
    // Shown in the dialog; the key works in the list once it is closed.
    (Txt::ConfirmRemoveItemBody, Context::List),
];

/// `txt` with its keys filled in for the context it is shown in, then its
/// values (`{0}`, `{1}` …).
pub fn say(txt: Txt, args: &[&dyn Display]) -> String {
    let context = HINTS
        .iter()
        .find(|(t, _)| *t == txt)
        .map_or(Context::Global, |(_, c)| *c);
    say_in(context, txt.get(), args)
}

/// `template` with its keys filled in from `context`, then its values.
/// Keys go first, so a value typed by a user is never read as a key.
pub fn say_in(context: Context, template: &str, args: &[&dyn Display]) -> String {
    fill_str(&fill_keys(context, template), args)
}

/// Replace every `{key:Action}` and `{key:Action:N}`. A key that is not
/// bound in `context` becomes "?" (the keymap tests make sure none is).
#[must_use]
pub fn fill_keys(context: Context, template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{key:") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 5..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        out.push_str(&key_text(context, &after[..end]).unwrap_or_else(|| "?".into()));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The key names for `Action` or `Action:N` in `context`.
#[must_use]
pub fn key_text(context: Context, spec: &str) -> Option<String> {
    let (name, count) = match spec.split_once(':') {
        Some((name, n)) => (name, Some(n.parse::<usize>().ok()?)),
        None => (spec, None),
    };
    let binding = bindings(context).find(|b| format!("{:?}", b.action) == name)?;
    Some(match count {
        Some(n) => super::keys_label(&binding.keys[..n.clamp(1, binding.keys.len())]),
        None => binding.short_label(),
    })
}
