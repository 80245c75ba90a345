//! Text from plans and guides can hold terminal control sequences (an ESC
//! that sets the window title, a C1 CSI). Written to a terminal, they act;
//! every plain-text output of the command line passes through here first.

use std::borrow::Cow;

/// What a control character is shown as.
pub const REPLACEMENT: char = '\u{fffd}';

/// `text` with every control character except newline and tab replaced:
/// C0 (ESC, BEL, CR …), DEL and C1 (U+0080–U+009F).
pub fn neutralise_controls(text: &str) -> Cow<'_, str> {
    // A byte test first (a whole export passes here): C0 and DEL are
    // single bytes, and C1 characters start with 0xC2 in UTF-8.
    let maybe = |b: &u8| (*b < 0x20 && *b != b'\n' && *b != b'\t') || *b == 0x7f || *b == 0xc2;
    if !text.as_bytes().iter().any(maybe) || !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if is_unsafe(c) { REPLACEMENT } else { c })
            .collect(),
    )
}

fn is_unsafe(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible_and_harmless() {
        assert_eq!(
            neutralise_controls("T\u{1b}]0;HACK\u{7}x\r\u{9b}2J\u{7f}"),
            "T\u{fffd}]0;HACK\u{fffd}x\u{fffd}\u{fffd}2J\u{fffd}"
        );
        assert!(matches!(
            neutralise_controls("regel 1\n\tregel 2 — ë 日本"),
            Cow::Borrowed(_)
        ));
    }
}
