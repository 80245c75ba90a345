//! The plan file format: pretty RON with a `version` field.

use std::fmt;

use serde::Deserialize;

use super::model::{FORMAT_VERSION, Plan};

/// Plan files larger than this are refused unread. A plan with a thousand
/// tasks is well under a megabyte; anything far bigger is not a plan.
pub const MAX_PLAN_BYTES: usize = 16 * 1024 * 1024;

/// Why bytes are not a plan this build can open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    TooLarge {
        bytes: usize,
    },
    Empty,
    /// Not UTF-8 text, or text with NUL bytes: not a RON file at all.
    NotText {
        line: usize,
        col: usize,
    },
    Syntax {
        line: usize,
        col: usize,
        message: String,
    },
    /// Written by a newer Samenwerkwijzer; opening it could lose answers.
    Newer {
        found: u32,
    },
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::TooLarge { bytes } => {
                write!(
                    f,
                    "file is {bytes} bytes; a plan is at most {MAX_PLAN_BYTES}"
                )
            }
            FormatError::Empty => write!(f, "file is empty"),
            FormatError::NotText { line, col } => {
                write!(
                    f,
                    "{line}:{col}: not UTF-8 text (binary data or a NUL byte)"
                )
            }
            FormatError::Syntax { line, col, message } => write!(f, "{line}:{col}: {message}"),
            FormatError::Newer { found } => write!(
                f,
                "format version {found} is newer than {FORMAT_VERSION}, the newest this build reads"
            ),
        }
    }
}

impl std::error::Error for FormatError {}

/// Deep nesting in a hostile file must end in an error, not a stack
/// overflow; real plans nest five levels at most.
const RECURSION_LIMIT: usize = 32;

fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// Parse a plan from the bytes of a file.
pub fn from_bytes(bytes: &[u8]) -> Result<Plan, FormatError> {
    if bytes.len() > MAX_PLAN_BYTES {
        return Err(FormatError::TooLarge { bytes: bytes.len() });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let (line, col) = line_col(&bytes[..e.valid_up_to()]);
            return Err(FormatError::NotText { line, col });
        }
    };
    if let Some(nul) = text.find('\0') {
        let (line, col) = line_col(&bytes[..nul]);
        return Err(FormatError::NotText { line, col });
    }
    from_str(text)
}

/// Parse a plan from RON text.
pub fn from_str(text: &str) -> Result<Plan, FormatError> {
    if text.trim().is_empty() {
        return Err(FormatError::Empty);
    }
    match options().from_str::<Plan>(text) {
        Ok(plan) if plan.version > FORMAT_VERSION => Err(FormatError::Newer {
            found: plan.version,
        }),
        Ok(plan) => Ok(plan),
        Err(e) => {
            // A newer file often fails on a field this build does not know;
            // say it is newer rather than show that confusing error.
            #[derive(Deserialize)]
            struct VersionOnly {
                version: u32,
            }
            if let Ok(VersionOnly { version }) = options().from_str(text)
                && version > FORMAT_VERSION
            {
                return Err(FormatError::Newer { found: version });
            }
            Err(FormatError::Syntax {
                line: e.span.start.line,
                col: e.span.start.col,
                message: e.code.to_string(),
            })
        }
    }
}

/// The plan as pretty RON, the way it is saved.
pub fn to_string(plan: &Plan) -> String {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false);
    // Serialising our own plain data types cannot fail.
    match ron::ser::to_string_pretty(plan, config) {
        Ok(mut s) => {
            s.push('\n');
            s
        }
        Err(e) => unreachable!("a plan always serialises: {e}"),
    }
}

/// 1-based line and column of the end of `bytes` (valid UTF-8 up to there).
fn line_col(bytes: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(bytes);
    let line = text.matches('\n').count() + 1;
    let col = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::model::{Answer, Item, YesNo};
    use jiff::Timestamp;

    fn sample() -> Plan {
        let now: Timestamp = "2026-11-26T10:00:00Z".parse().expect("timestamp");
        let mut plan = Plan::new("Warmte in de regio — coöperatie \"Zon\"", now);
        plan.meta.gemeente = "Zoë's dorp 日本".into();
        plan.answers
            .insert("a.text".into(), Answer::Text("regel 1\nregel 2".into()));
        plan.answers
            .insert("a.yn".into(), Answer::YesNo(YesNo::WeetNiet));
        plan.answers.insert(
            "a.date".into(),
            Answer::Date("2027-04-15".parse().expect("date")),
        );
        let id = plan.new_item_id();
        let mut item = Item {
            id,
            fields: Default::default(),
        };
        item.fields
            .insert("naam".into(), Answer::Text("Afval".into()));
        item.fields.insert("alleen".into(), Answer::Scale(4));
        plan.answers
            .insert("a.list".into(), Answer::List(vec![item]));
        plan
    }

    #[test]
    fn round_trip_keeps_every_answer() {
        let plan = sample();
        let text = to_string(&plan);
        assert_eq!(from_str(&text), Ok(plan));
    }

    #[test]
    fn saved_text_is_readable_ron_with_version_first() {
        let text = to_string(&sample());
        assert!(text.starts_with("(\n    version: 1,"), "{text}");
        assert!(
            text.contains("coöperatie"),
            "non-ASCII stays readable: {text}"
        );
        assert!(text.contains("\"a.yn\": YesNo(WeetNiet)"), "{text}");
        assert!(text.contains("Date(\"2027-04-15\")"), "{text}");
    }

    #[test]
    fn newer_version_is_refused_with_its_number() {
        let text = to_string(&sample()).replace("version: 1,", "version: 7,");
        assert_eq!(from_str(&text), Err(FormatError::Newer { found: 7 }));
        // Even when the newer file has fields this build does not know.
        let text = text.replace("answers:", "future: 1,\n    answers:");
        assert_eq!(from_str(&text), Err(FormatError::Newer { found: 7 }));
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let text = "(\n    version: 1,\n    meta: (title: 5),\n)";
        match from_str(text) {
            Err(FormatError::Syntax { line, .. }) => assert_eq!(line, 3),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn binary_and_nul_bytes_are_not_text() {
        assert!(matches!(
            from_bytes(b"(\n  version: \xff"),
            Err(FormatError::NotText { line: 2, col: 12 })
        ));
        assert!(matches!(
            from_bytes(b"(version: 1,\0)"),
            Err(FormatError::NotText { line: 1, col: 13 })
        ));
        assert_eq!(from_bytes(b"  \n"), Err(FormatError::Empty));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(matches!(from_str(&text), Err(FormatError::Syntax { .. })));
    }
}
