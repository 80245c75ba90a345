//! RON parse errors in terms the app can explain to a user.

/// How a map reader (see `plan::unique`) starts its error for a key that
/// is there twice, so the classifier can tell it apart.
pub const DUPLICATE_KEY: &str = "duplicate key: ";

/// What is wrong at a syntax error, in terms the app can explain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxKind {
    /// The text stops in the middle (a cut-off or half-copied file).
    UnexpectedEnd,
    UnknownField(String),
    MissingField(String),
    DuplicateField(String),
    /// A map (the answers, the fields of an item) names this key twice.
    DuplicateKey(String),
    UnknownValue(String),
    WrongValue {
        expected: String,
        found: String,
    },
    TooDeep,
    /// A comma is missing between two values or fields.
    MissingComma,
    /// A character that does not belong here (a stray letter or bracket).
    UnexpectedChar(char),
    /// Text after the end of the plan or guide.
    TrailingText,
    /// A backslash in a text that does not start a known escape.
    BadEscape,
    /// Anything else, with the parser's own (English) message; not shown
    /// to users, as it can quote the file.
    Other(String),
}

fn expected(what: &str) -> SyntaxKind {
    SyntaxKind::WrongValue {
        expected: what.to_string(),
        found: String::new(),
    }
}

/// What a RON parse error means, for a message a user can act on.
pub fn classify(e: &ron::error::SpannedError, text: &str) -> SyntaxKind {
    use ron::Error as E;
    // A file cut off in the middle fails at its very end, with whatever
    // the parser was expecting there: call that what it is.
    let at_end = offset_of(text, e.span.end.line, e.span.end.col)
        .is_none_or(|offset| text[offset..].trim().is_empty());
    match &e.code {
        // A string without its closing quote runs to the end of the file.
        E::Eof | E::ExpectedStringEnd => SyntaxKind::UnexpectedEnd,
        _ if at_end => SyntaxKind::UnexpectedEnd,
        E::NoSuchStructField { found, .. } => SyntaxKind::UnknownField(found.clone()),
        E::MissingStructField { field, .. } => SyntaxKind::MissingField((*field).to_string()),
        E::DuplicateStructField { field, .. } => SyntaxKind::DuplicateField((*field).to_string()),
        E::NoSuchEnumVariant { found, .. } => SyntaxKind::UnknownValue(found.clone()),
        E::InvalidValueForType { expected, found } => SyntaxKind::WrongValue {
            expected: expected.clone(),
            found: found.clone(),
        },
        E::ExceededRecursionLimit => SyntaxKind::TooDeep,
        E::ExpectedComma => SyntaxKind::MissingComma,
        E::UnexpectedChar(c) => SyntaxKind::UnexpectedChar(*c),
        E::TrailingCharacters => SyntaxKind::TrailingText,
        E::InvalidEscape(_) => SyntaxKind::BadEscape,
        E::UnclosedBlockComment | E::UnclosedLineComment => SyntaxKind::UnexpectedEnd,
        E::Message(m) if m.starts_with(DUPLICATE_KEY) => {
            SyntaxKind::DuplicateKey(m[DUPLICATE_KEY.len()..].to_string())
        }
        E::ExpectedString => expected("a string"),
        E::ExpectedInteger | E::ExpectedFloat | E::IntegerOutOfBounds => expected("a number"),
        E::ExpectedBoolean => expected("a boolean"),
        E::ExpectedArray | E::ExpectedArrayEnd => expected("a sequence"),
        E::ExpectedMap | E::ExpectedMapEnd | E::ExpectedMapColon => expected("a map"),
        E::ExpectedStructLike | E::ExpectedStructLikeEnd | E::ExpectedNamedStructLike(_) => {
            expected("a struct")
        }
        other => SyntaxKind::Other(other.to_string()),
    }
}

/// The byte offset of 1-based `line` and `col` (in characters) in `text`.
fn offset_of(text: &str, line: usize, col: usize) -> Option<usize> {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1)?
    };
    let rest = &text[line_start..];
    let within = rest
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(rest.len(), |(i, _)| i);
    Some(line_start + within)
}
