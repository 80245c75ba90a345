//! The plan file format: pretty RON with a `version` field.

use std::fmt;

use serde::Deserialize;

use crate::guide::Guide;

use crate::ron_error::{SyntaxKind, classify};

use super::check::{PlanProblem, check, repair_counter};
use super::migrate::{PlanV1, answers_into_v3};
use super::model::{FORMAT_VERSION, Plan};

/// Plan files larger than this are refused unread, and a plan that would
/// be larger is not saved: what the app saves, it can always open again.
/// A plan with a thousand tasks is well under a megabyte; the limit leaves
/// room for long pasted texts (the editor takes pastes up to a few MB).
pub const MAX_PLAN_BYTES: usize = 16 * 1024 * 1024;

/// Why bytes are not a plan this build can open. Every variant with a
/// place in the file carries its 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    TooLarge {
        bytes: usize,
    },
    Empty,
    /// Text, but not even the start of a plan (a plan begins with `(`).
    /// The message does not quote the text: it may be anything.
    NotAPlan {
        line: usize,
        col: usize,
    },
    /// Not UTF-8 text, or text with NUL bytes: not a RON file at all.
    NotText {
        line: usize,
        col: usize,
    },
    Syntax {
        line: usize,
        col: usize,
        kind: SyntaxKind,
    },
    /// Written by a newer Samenwerkwijzer; opening it could lose answers.
    Newer {
        found: u32,
        line: usize,
        col: usize,
    },
    /// Parses, but its items do not add up.
    Invalid {
        line: usize,
        col: usize,
        problem: PlanProblem,
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
            FormatError::NotAPlan { line, col } => write!(f, "{line}:{col}: not a plan"),
            FormatError::NotText { line, col } => {
                write!(
                    f,
                    "{line}:{col}: not UTF-8 text (binary data or a NUL byte)"
                )
            }
            FormatError::Syntax { line, col, kind } => write!(f, "{line}:{col}: {kind:?}"),
            FormatError::Newer { found, .. } => write!(
                f,
                "format version {found} is newer than {FORMAT_VERSION}, the newest this build reads"
            ),
            FormatError::Invalid { line, col, problem } => write!(f, "{line}:{col}: {problem:?}"),
        }
    }
}

impl std::error::Error for FormatError {}

/// A plan as read from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub plan: Plan,
    /// The older format version the file was in, if it was converted.
    /// The file itself is untouched until the plan is saved.
    pub migrated_from: Option<u32>,
}

/// Deep nesting in a hostile file must end in an error, not a stack
/// overflow; real plans nest five levels at most.
const RECURSION_LIMIT: usize = 32;

fn options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// Parse a plan from the bytes of a file. `guide` is needed to convert
/// older formats (they stored positions in the guide, not ids).
/// A UTF-8 byte order mark at the start (Notepad writes one) is skipped.
pub fn from_bytes(bytes: &[u8], guide: &Guide) -> Result<Loaded, FormatError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
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
    from_str(text, guide)
}

/// Parse a plan from RON text (see [`from_bytes`]).
pub fn from_str(text: &str, guide: &Guide) -> Result<Loaded, FormatError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FormatError::Empty);
    }
    if let Some(offset) = not_a_plan(text) {
        let (line, col) = line_col(&text.as_bytes()[..offset]);
        return Err(FormatError::NotAPlan { line, col });
    }
    // One parse on the common path; the version is only probed on its own
    // when that fails, to tell an old or newer file from a broken one.
    let (mut plan, migrated_from) = match options().from_str::<Plan>(text) {
        Ok(plan) if plan.version > FORMAT_VERSION => {
            return Err(newer(text, plan.version));
        }
        // Format 2 differs from 3 in optional fields and in the shape of
        // a few answers: it parses as the current model, takes the new
        // number and has those answers rewritten (`migrate.rs`).
        Ok(mut plan) if plan.version < FORMAT_VERSION => {
            let from = plan.version;
            plan.version = FORMAT_VERSION;
            answers_into_v3(&mut plan.answers);
            (plan, Some(from))
        }
        Ok(plan) => (plan, None),
        Err(current) => match probe_version(text) {
            Some(found) if found > FORMAT_VERSION => return Err(newer(text, found)),
            Some(1) => match options().from_str::<PlanV1>(text) {
                Ok(old) => (old.migrate(guide), Some(1)),
                Err(e) => return Err(syntax(&e, text)),
            },
            _ => return Err(syntax(&current, text)),
        },
    };
    if let Err(problem) = check(&plan) {
        let (line, col) = locate_problem(text, &problem);
        return Err(FormatError::Invalid { line, col, problem });
    }
    repair_counter(&mut plan);
    Ok(Loaded {
        plan,
        migrated_from,
    })
}

/// The refusal of a newer file, pointing at its `version` field.
fn newer(text: &str, found: u32) -> FormatError {
    let offset = text.find("version").unwrap_or(0);
    let (line, col) = line_col(&text.as_bytes()[..offset]);
    FormatError::Newer { found, line, col }
}

fn syntax(e: &ron::error::SpannedError, text: &str) -> FormatError {
    FormatError::Syntax {
        line: e.span.start.line,
        col: e.span.start.col,
        kind: classify(e, text),
    }
}

/// Where the text starts, when that is not how a plan starts: `(` (or
/// `#![enable(…)]`, or the struct name `Plan(`), after blanks and comments.
fn not_a_plan(text: &str) -> Option<usize> {
    let mut rest = text;
    loop {
        let trimmed = rest.trim_start();
        if let Some(after) = trimmed.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = trimmed.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else {
            rest = trimmed;
            break;
        }
    }
    let offset = text.len() - rest.len();
    let starts_well = rest.is_empty()
        || rest.starts_with(['(', '#'])
        || rest
            .strip_prefix("Plan")
            .is_some_and(|r| r.trim_start().starts_with('('));
    (!starts_well).then_some(offset)
}

fn probe_version(text: &str) -> Option<u32> {
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    options()
        .from_str::<VersionOnly>(text)
        .ok()
        .map(|v| v.version)
}

/// Where in the text a problem is: the second `id: "x"` of a duplicate,
/// or the first mention of a dangling id.
fn locate_problem(text: &str, problem: &PlanProblem) -> (usize, usize) {
    let (needle, nth) = match problem {
        PlanProblem::DuplicateId(id) => (format!("\"{id}\""), 1),
        PlanProblem::Dangling(id) | PlanProblem::IdTooHigh(id) => (format!("\"{id}\""), 0),
        PlanProblem::CounterTooHigh(_) => ("next_item".to_string(), 0),
    };
    let offset = text.match_indices(&needle).nth(nth).map_or(0, |(i, _)| i);
    line_col(&text.as_bytes()[..offset])
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

/// Why a plan in memory is not written: the file could not be opened again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveProblem {
    /// The file would be larger than [`MAX_PLAN_BYTES`].
    TooLarge { bytes: usize },
    /// The plan does not add up (duplicate ids, a counter at its end).
    Invalid(PlanProblem),
}

/// The plan as it is saved, if it can be opened again: the same checks
/// and the same size limit as loading. Every save goes through this.
pub fn to_saved_string(plan: &Plan) -> Result<String, SaveProblem> {
    check(plan).map_err(SaveProblem::Invalid)?;
    let text = to_string(plan);
    if text.len() > MAX_PLAN_BYTES {
        return Err(SaveProblem::TooLarge { bytes: text.len() });
    }
    Ok(text)
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

    fn guide() -> Guide {
        crate::guide::load_embedded().expect("guide")
    }

    fn sample() -> Plan {
        let now: Timestamp = "2026-11-26T10:00:00Z".parse().expect("timestamp");
        let mut plan = Plan::new("Warmte in de regio — coöperatie \"Zon\"", now);
        plan.meta.gemeente = "Zoë's dorp 日本".into();
        plan.step = "partners".into();
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

    fn parse(text: &str) -> Result<Plan, FormatError> {
        from_str(text, &guide()).map(|l| l.plan)
    }

    #[test]
    fn round_trip_keeps_every_answer() {
        let plan = sample();
        let text = to_string(&plan);
        assert_eq!(parse(&text), Ok(plan));
    }

    #[test]
    fn saved_text_is_readable_ron_with_version_first() {
        let text = to_string(&sample());
        assert!(text.starts_with("(\n    version: 3,"), "{text}");
        assert!(
            text.contains("coöperatie"),
            "non-ASCII stays readable: {text}"
        );
        assert!(text.contains("\"a.yn\": YesNo(WeetNiet)"), "{text}");
        assert!(text.contains("Date(\"2027-04-15\")"), "{text}");
    }

    #[test]
    fn version_1_is_migrated_and_reports_it() {
        let text = to_string(&sample())
            .replace("version: 3,", "version: 1,")
            .replace("step: \"partners\",", "current_step: 3,");
        let loaded = from_str(&text, &guide()).expect("migrates");
        assert_eq!(loaded.migrated_from, Some(1));
        assert_eq!(loaded.plan.version, FORMAT_VERSION);
        assert_eq!(loaded.plan.step, "doelen", "index 3 is step 'doelen'");
        let mut expected = sample();
        expected.step = "doelen".into();
        assert_eq!(loaded.plan, expected);
    }

    #[test]
    fn version_2_reads_as_the_current_format_and_reports_it() {
        // A format-2 file has no `fractie` and no `case`.
        let text = to_string(&sample())
            .replace("version: 3,", "version: 2,")
            .replace("        fractie: \"\",\n", "");
        assert!(!text.contains("fractie"), "{text}");
        let loaded = from_str(&text, &guide()).expect("reads");
        assert_eq!(loaded.migrated_from, Some(2));
        assert_eq!(loaded.plan, sample());
    }

    #[test]
    fn newer_version_is_refused_with_its_number() {
        let text = to_string(&sample()).replace("version: 3,", "version: 7,");
        assert!(matches!(
            parse(&text),
            Err(FormatError::Newer {
                found: 7,
                line: 2,
                col: 5
            })
        ));
        // Even when the newer file has fields this build does not know.
        let text = text.replace("answers:", "future: 1,\n    answers:");
        assert!(matches!(
            parse(&text),
            Err(FormatError::Newer { found: 7, .. })
        ));
    }

    #[test]
    fn syntax_errors_carry_line_column_and_kind() {
        let text = "(\n    version: 2,\n    meta: (title: 5),\n)";
        match parse(text) {
            Err(FormatError::Syntax { line, kind, .. }) => {
                assert_eq!(line, 3);
                assert!(matches!(kind, SyntaxKind::WrongValue { .. }), "{kind:?}");
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
        let cut = &to_string(&sample())[..120];
        let got = parse(cut);
        assert!(
            matches!(
                got,
                Err(FormatError::Syntax {
                    kind: SyntaxKind::UnexpectedEnd,
                    ..
                })
            ),
            "{got:?}"
        );
    }

    #[test]
    fn binary_and_nul_bytes_are_not_text() {
        let g = guide();
        assert!(matches!(
            from_bytes(b"(\n  version: \xff", &g),
            Err(FormatError::NotText { line: 2, col: 12 })
        ));
        assert!(matches!(
            from_bytes(b"(version: 1,\0)", &g),
            Err(FormatError::NotText { line: 1, col: 13 })
        ));
        assert_eq!(from_bytes(b"  \n", &g), Err(FormatError::Empty));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!(
            "(version: 3, answers: {{\"x\": Multi({}{})}})",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(matches!(parse(&text), Err(FormatError::Syntax { .. })));
    }

    #[test]
    fn duplicate_and_dangling_ids_are_found_with_their_place() {
        let mut plan = sample();
        let items = plan.answers.get("a.list").cloned().expect("list");
        plan.answers.insert("b.list".into(), items);
        let text = to_string(&plan);
        match parse(&text) {
            Err(FormatError::Invalid { problem, line, .. }) => {
                assert_eq!(problem, PlanProblem::DuplicateId("i1".into()));
                assert!(line > 10, "points at the second one: line {line}");
            }
            other => panic!("expected a duplicate id, got {other:?}"),
        }
        let mut plan = sample();
        plan.answers
            .insert("refs".into(), Answer::Refs(vec!["i9".into()]));
        let mut per = std::collections::BTreeMap::new();
        per.insert("i42".to_string(), Default::default());
        plan.answers.insert("per".into(), Answer::PerItem(per));
        assert!(matches!(
            parse(&to_string(&plan)),
            Err(FormatError::Invalid { problem: PlanProblem::Dangling(id), .. }) if id == "i42"
        ));
    }

    #[test]
    fn common_slips_get_their_own_kind() {
        let plan = to_string(&sample());
        let kind = |text: &str| match parse(text) {
            Err(FormatError::Syntax { kind, .. }) => kind,
            other => panic!("expected a syntax error, got {other:?}"),
        };
        assert_eq!(
            kind(&plan.replacen("version: 3,", "version: 3", 1)),
            SyntaxKind::MissingComma
        );
        assert_eq!(kind(&format!("{plan} nog iets")), SyntaxKind::TrailingText);
        assert_eq!(
            kind(&plan.replacen("regel 1\\n", "regel 1\\q", 1)),
            SyntaxKind::BadEscape
        );
    }

    #[test]
    fn text_that_is_no_plan_is_not_quoted() {
        for text in [
            "geheim wachtwoord",
            "  \n// notitie\nHallo(",
            "[1, 2]",
            "Planning(",
        ] {
            assert!(
                matches!(parse(text), Err(FormatError::NotAPlan { .. })),
                "{text:?}: {:?}",
                parse(text)
            );
        }
        assert!(matches!(
            parse("\n\n  wachtwoord"),
            Err(FormatError::NotAPlan { line: 3, col: 3 })
        ));
        // The ways a plan may start are still read as a plan.
        let plan = to_string(&sample());
        for text in [
            plan.clone(),
            format!("// mijn plan\n{plan}"),
            format!("/* a */ Plan{plan}"),
            format!("\u{feff}{plan}"),
        ] {
            assert_eq!(parse(&text), Ok(sample()), "{text:.40}");
        }
    }

    #[test]
    fn an_answer_given_twice_is_refused_not_dropped() {
        let text = to_string(&sample()).replace(
            "\"a.yn\": YesNo(WeetNiet),",
            "\"a.yn\": YesNo(WeetNiet),\n        \"a.yn\": YesNo(Ja),",
        );
        match parse(&text) {
            Err(FormatError::Syntax {
                kind: SyntaxKind::DuplicateKey(key),
                ..
            }) => assert_eq!(key, "a.yn"),
            other => panic!("expected a duplicate key, got {other:?}"),
        }
        let text = to_string(&sample()).replace(
            "\"naam\": Text(\"Afval\"),",
            "\"naam\": Text(\"Afval\"),\n                        \"naam\": Text(\"Papier\"),",
        );
        assert!(
            matches!(
                parse(&text),
                Err(FormatError::Syntax {
                    kind: SyntaxKind::DuplicateKey(_),
                    ..
                })
            ),
            "{text}"
        );
    }

    #[test]
    fn what_is_saved_always_reopens() {
        assert!(to_saved_string(&sample()).is_ok());
        let mut plan = sample();
        plan.next_item = u64::MAX;
        assert!(matches!(
            to_saved_string(&plan),
            Err(SaveProblem::Invalid(PlanProblem::CounterTooHigh(_)))
        ));
        let mut plan = sample();
        plan.answers
            .insert("a.text".into(), Answer::Text("x".repeat(MAX_PLAN_BYTES)));
        assert!(matches!(
            to_saved_string(&plan),
            Err(SaveProblem::TooLarge { .. })
        ));
    }

    #[test]
    fn a_lowered_item_counter_is_repaired() {
        let text = to_string(&sample()).replace("next_item: 2", "next_item: 1");
        assert_eq!(parse(&text).map(|p| p.next_item), Ok(2));
    }
}
