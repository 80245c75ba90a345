//! Finding the place of a problem in a trainer's RON file, to report it with
//! line and column.
//!
//! A problem is found after parsing, so its place is searched for: a path of
//! anchors, each searched after the previous one. Keys are matched only
//! outside string literals and comments, so a word in a situation text
//! never counts as the field of the same name.

use super::read::position;

/// One step of the way to a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// A field name followed by `:`, e.g. `start`.
    Key(&'static str),
    /// A string literal with exactly this content, e.g. `"doelen.vorm"`.
    Str(String),
    /// Where the plan check places one of its issues.
    Issue(Box<crate::check::Issue>),
}

impl Anchor {
    pub fn str(s: &str) -> Anchor {
        Anchor::Str(s.to_string())
    }
}

/// The 1-based line and column of the last anchor, each searched after the
/// previous one; `None` when one is not found.
pub fn locate(text: &str, anchors: &[Anchor]) -> Option<(usize, usize)> {
    locate_offset(text, anchors).map(|at| position(&text[..at]))
}

/// The byte offset of the last anchor (see [`locate`]).
pub fn locate_offset(text: &str, anchors: &[Anchor]) -> Option<usize> {
    let mut from = 0;
    let mut found = None;
    for anchor in anchors {
        let at = match anchor {
            Anchor::Key(key) => find_token(text, from, |t| t == Token::Key(key))?,
            Anchor::Str(s) => find_token(text, from, |t| match t {
                Token::Str(raw) => unescape(raw) == *s,
                Token::Key(_) => false,
            })?,
            Anchor::Issue(issue) => {
                let rest = text.get(from..)?;
                let (line, col) = issue.locate(rest)?;
                from + offset_of(rest, line, col)?
            }
        };
        found = Some(at);
        from = at + 1;
    }
    found
}

/// The byte offset of 1-based `line` and `col` (in characters).
fn offset_of(text: &str, line: usize, col: usize) -> Option<usize> {
    let start = match line {
        0 => return None,
        1 => 0,
        n => text.match_indices('\n').nth(n - 2)?.0 + 1,
    };
    let rest = &text[start..];
    let within = rest
        .char_indices()
        .nth(col.checked_sub(1)?)
        .map_or(rest.len(), |(i, _)| i);
    Some(start + within)
}

#[derive(Debug, PartialEq, Eq)]
enum Token<'a> {
    /// An identifier directly followed (after spaces) by `:`.
    Key(&'a str),
    /// The content of a string literal, escapes left as written.
    Str(&'a str),
}

/// The offset of the first token at or after `from` that `wanted` accepts.
fn find_token(text: &str, from: usize, wanted: impl Fn(Token) -> bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let end = string_end(bytes, i + 1);
                if i >= from && wanted(Token::Str(text.get(i + 1..end)?)) {
                    return Some(i);
                }
                i = end + 1;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..].find("*/").map_or(bytes.len(), |n| i + n + 4);
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                let rest = text[i..].trim_start_matches([' ', '\t', '\r', '\n']);
                if start >= from && rest.starts_with(':') && wanted(Token::Key(&text[start..i])) {
                    return Some(start);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// The value of a RON string literal's content: escapes such as `\n`,
/// `\"` and `\u{e9}` become the characters they stand for, so a string
/// written with escapes is found by its value.
fn unescape(raw: &str) -> std::borrow::Cow<'_, str> {
    if !raw.contains('\\') {
        return std::borrow::Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('0') => out.push('\0'),
            Some('u') => {
                let hex: String = chars
                    .by_ref()
                    .skip_while(|c| *c == '{')
                    .take_while(|c| *c != '}')
                    .collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The index of the closing quote of a string opened before `i`.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_inside_strings_and_comments_do_not_count() {
        let text = "(\n  title: \"start: hier\", // start: ook niet\n  start: (a: \"x\"),\n)";
        assert_eq!(locate(text, &[Anchor::Key("start")]), Some((3, 3)));
        assert_eq!(
            locate(text, &[Anchor::Key("start"), Anchor::str("x")]),
            Some((3, 14))
        );
        assert_eq!(locate(text, &[Anchor::str("start")]), None);
    }

    #[test]
    fn anchors_are_searched_in_order() {
        let text = "[\"a\", \"b\", \"a\"]";
        assert_eq!(
            locate(text, &[Anchor::str("b"), Anchor::str("a")]),
            Some((1, 12))
        );
        assert_eq!(
            locate(text, &[Anchor::str("a"), Anchor::str("a")]),
            Some((1, 12))
        );
    }

    #[test]
    fn escaped_quotes_stay_inside_the_string() {
        let text = "(a: \"zeg \\\"b\\\"\", b: 1)";
        assert_eq!(locate(text, &[Anchor::Key("b")]), Some((1, 18)));
    }

    #[test]
    fn strings_are_found_by_their_value() {
        let text = "[\"a\\nb\", \"caf\\u{e9}\", \"zeg \\\"x\\\"\"]";
        assert_eq!(locate(text, &[Anchor::str("a\nb")]), Some((1, 2)));
        assert_eq!(locate(text, &[Anchor::str("café")]), Some((1, 10)));
        assert_eq!(locate(text, &[Anchor::str("zeg \"x\"")]), Some((1, 23)));
    }

    #[test]
    fn columns_count_characters() {
        let text = "(t: \"ë\", k: 1)";
        assert_eq!(locate(text, &[Anchor::Key("k")]), Some((1, 10)));
    }
}
