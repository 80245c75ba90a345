//! One line as the answer to one question: what it means for the
//! question's kind, or a sentence saying what is allowed. The values are
//! those the TUI accepts (`crate::answer`).

use crate::answer::{PickOption, many_answer, parse_date, parse_number, single_answer};
use crate::guide::Kind;
use crate::plan::{Answer, YesNo};
use crate::text::{Txt, fill};

/// What a line means as an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// An empty line: keep the answer as it is and go on.
    Keep,
    /// The new answer.
    Set(Answer),
    /// The first line of a long text; more may follow.
    StartText(String),
}

/// Read `line` as an answer to a question of `kind` whose options (for the
/// choice-like kinds) are `options`.
pub fn read(kind: &Kind, options: &[PickOption], line: &str) -> Result<Reading, String> {
    let text = line.trim();
    if text.is_empty() {
        return Ok(Reading::Keep);
    }
    match kind {
        Kind::ShortText => Ok(Reading::Set(Answer::Text(text.to_string()))),
        Kind::LongText if text == "." => Ok(Reading::Keep),
        Kind::LongText => Ok(Reading::StartText(line.trim_end().to_string())),
        Kind::Choice(_) => one_of(options, text)
            .and_then(|id| single_answer(kind, id))
            .map(Reading::Set)
            .ok_or_else(|| fill(Txt::PlainBadChoice, &[&options.len()])),
        Kind::Scale { .. } => text
            .parse::<u8>()
            .ok()
            .filter(|n| (1..=5).contains(n))
            .map(|n| Reading::Set(Answer::Scale(n)))
            .ok_or_else(|| Txt::PlainBadScale.get().to_string()),
        Kind::YesNo => yes_no(text)
            .map(|v| Reading::Set(Answer::YesNo(v)))
            .ok_or_else(|| Txt::PlainBadYesNo.get().to_string()),
        Kind::Multi(_) | Kind::Refs { .. } => {
            if options.is_empty() {
                return Err(Txt::PlainNothingToChoose.get().to_string());
            }
            several(options, text)
                .map(|ids| Reading::Set(many_answer(kind, options, ids)))
                .ok_or_else(|| fill(Txt::PlainBadMulti, &[&options.len()]))
        }
        Kind::Number { min, max, .. } => match parse_number(text, *min, *max) {
            Some(Some(answer)) => Ok(Reading::Set(answer)),
            Some(None) => Ok(Reading::Keep),
            None => Err(fill(Txt::PlainBadNumber, &[min, max])),
        },
        Kind::Date => parse_date(text)
            .map(|d| Reading::Set(Answer::Date(d)))
            .ok_or_else(|| Txt::PlainBadDate.get().to_string()),
        // Lists are answered through their menu, never by a line.
        Kind::List { .. } | Kind::PerItem { .. } => Ok(Reading::Keep),
    }
}

/// The option a word stands for: its number in the list, its id, or its
/// label (for scripts that name the choice rather than count).
fn one_of<'o>(options: &'o [PickOption], word: &str) -> Option<&'o str> {
    let word = word.trim();
    if let Ok(n) = word.parse::<usize>() {
        return n
            .checked_sub(1)
            .and_then(|i| options.get(i))
            .map(|o| o.id.as_str());
    }
    options
        .iter()
        .find(|o| o.id.eq_ignore_ascii_case(word) || o.label.to_lowercase() == word.to_lowercase())
        .map(|o| o.id.as_str())
}

/// Several options: numbers or ids, with commas, semicolons, spaces or
/// "en" between them ("1,3", "1 3", "1 en 3").
fn several(options: &[PickOption], text: &str) -> Option<Vec<String>> {
    text.split([',', ';', ' ', '\t'])
        .map(str::trim)
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("en"))
        .map(|w| one_of(options, w).map(str::to_string))
        .collect::<Option<Vec<String>>>()
        .filter(|ids| !ids.is_empty())
}

fn yes_no(text: &str) -> Option<YesNo> {
    match text.to_lowercase().as_str() {
        "j" | "ja" | "1" => Some(YesNo::Ja),
        "n" | "nee" | "2" => Some(YesNo::Nee),
        "w" | "weet niet" | "weet ik niet" | "3" => Some(YesNo::WeetNiet),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::Choice;

    fn options(ids: &[&str]) -> (Kind, Vec<PickOption>) {
        let choices: Vec<Choice> = ids
            .iter()
            .map(|id| Choice {
                id: (*id).to_string(),
                label: format!("Keuze {id}"),
            })
            .collect();
        let options = choices
            .iter()
            .map(|c| PickOption {
                id: c.id.clone(),
                label: c.label.clone(),
            })
            .collect();
        (Kind::Multi(choices), options)
    }

    #[test]
    fn several_choices_by_number_or_id_in_any_separator() {
        let (kind, opts) = options(&["a", "b", "c"]);
        let want = Ok(Reading::Set(Answer::Multi(vec!["a".into(), "c".into()])));
        for line in ["1,3", "1 3", "3, 1", "1 en 3", "a;c", "1,3,3"] {
            assert_eq!(read(&kind, &opts, line), want, "{line}");
        }
        for bad in ["4", "1,x", "0", ",", "en"] {
            assert!(read(&kind, &opts, bad).is_err(), "{bad}");
        }
        assert_eq!(read(&kind, &opts, "   "), Ok(Reading::Keep));
    }

    #[test]
    fn one_choice_by_number_id_or_label() {
        let (_, opts) = options(&["samen", "zelf"]);
        let kind = Kind::Choice(Vec::new());
        let samen = Ok(Reading::Set(Answer::Choice("samen".into())));
        assert_eq!(read(&kind, &opts, "1"), samen);
        assert_eq!(read(&kind, &opts, "Samen"), samen);
        assert_eq!(read(&kind, &opts, "keuze samen"), samen);
        let refused = read(&kind, &opts, "3").expect_err("no third option");
        assert!(refused.contains("1 tot en met 2"), "{refused}");
    }

    #[test]
    fn yes_no_scale_number_and_date() {
        assert_eq!(
            read(&Kind::YesNo, &[], "J"),
            Ok(Reading::Set(Answer::YesNo(YesNo::Ja)))
        );
        assert_eq!(
            read(&Kind::YesNo, &[], "w"),
            Ok(Reading::Set(Answer::YesNo(YesNo::WeetNiet)))
        );
        assert!(read(&Kind::YesNo, &[], "misschien").is_err());
        let scale = Kind::Scale {
            low: "laag".into(),
            high: "hoog".into(),
        };
        assert_eq!(read(&scale, &[], "5"), Ok(Reading::Set(Answer::Scale(5))));
        assert!(read(&scale, &[], "6").is_err());
        let number = Kind::Number {
            min: 1,
            max: 10,
            unit: "jaar".into(),
        };
        assert_eq!(read(&number, &[], "4"), Ok(Reading::Set(Answer::Number(4))));
        let refused = read(&number, &[], "40").expect_err("out of range");
        assert!(refused.contains("1 tot en met 10"), "{refused}");
        assert_eq!(
            read(&Kind::Date, &[], "1-7-2027"),
            Ok(Reading::Set(Answer::Date(
                "2027-07-01".parse().expect("date")
            )))
        );
        assert!(read(&Kind::Date, &[], "31-02-2027").is_err());
    }

    #[test]
    fn long_text_starts_and_a_lone_dot_keeps() {
        assert_eq!(
            read(&Kind::LongText, &[], "Eerste regel  "),
            Ok(Reading::StartText("Eerste regel".into()))
        );
        assert_eq!(read(&Kind::LongText, &[], "."), Ok(Reading::Keep));
        assert_eq!(
            read(&Kind::ShortText, &[], "  Naam "),
            Ok(Reading::Set(Answer::Text("Naam".into())))
        );
    }
}
