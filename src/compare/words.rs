//! The comparison's Dutch, shared by the report writers and the projector
//! screen, so the same thing is said the same way everywhere.

use crate::plan::{FORMAT_VERSION, FormatError, MAX_ITEM_NUMBER, PlanProblem};
use crate::text::describe_syntax;

use super::load::{MAX_PLANS, MAX_TOTAL_BYTES, SkipReason};
use super::read::megabytes;
use super::stats::{Row, Stats};
use super::{Comparison, Gap};

/// User text made safe to show: control characters (escape sequences can
/// hide in a plan) become spaces; line breaks stay.
pub fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// User text on one line.
pub fn one_line(text: &str) -> String {
    clean(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A sentence continued after a colon: its first letter in lower case.
pub fn lower(text: &str) -> String {
    crate::present::lower_first(text)
}

/// "1 groep", "3 groepen".
pub fn groups(n: usize) -> String {
    if n == 1 {
        "1 groep".to_string()
    } else {
        format!("{n} groepen")
    }
}

/// "4 van 5 groepen".
pub fn of_groups(n: usize, total: usize) -> String {
    if total == 1 {
        format!("{n} van 1 groep")
    } else {
        format!("{n} van {total} groepen")
    }
}

/// "3 van 5 groepen kwamen eraan toe", "1 van 5 groepen kwam eraan toe".
pub fn came_to(n: usize, total: usize) -> String {
    match n {
        0 if total == 1 => "De groep kwam er nog niet aan toe".to_string(),
        0 => format!("Nog geen van de {total} groepen kwam eraan toe"),
        1 => format!("{} kwam eraan toe", of_groups(n, total)),
        _ => format!("{} kwamen eraan toe", of_groups(n, total)),
    }
}

/// A score as people read it: "verschil 87 van 100".
pub fn score(score: f64) -> String {
    format!("verschil {} van 100", (score * 100.0).round() as u32)
}

/// What a score means, in words.
pub fn score_meaning(score: f64) -> &'static str {
    if score == 0.0 {
        "alle groepen gaven hetzelfde antwoord"
    } else if score >= 0.75 {
        "de groepen lopen sterk uiteen"
    } else if score >= 0.4 {
        "de groepen verschillen"
    } else {
        "kleine verschillen"
    }
}

/// Twice a median, as a Dutch number: 7 → "3,5".
pub fn median(x2: u16) -> String {
    if x2.is_multiple_of(2) {
        (x2 / 2).to_string()
    } else {
        format!("{},5", x2 / 2)
    }
}

/// How many groups answered, for a heading: "5 van 6 groepen gaven antwoord".
pub fn answered(answered: usize, asked: usize) -> String {
    if answered == asked {
        format!("{} gaven antwoord", of_groups(answered, asked))
            .replace("1 van 1 groep gaven", "1 van 1 groep gaf")
    } else {
        let verb = if answered == 1 { "gaf" } else { "gaven" };
        format!("{} {verb} antwoord", of_groups(answered, asked))
    }
}

/// The rows with answers, most chosen first (a stable sort keeps the
/// guide's order on a tie).
pub fn by_count(rows: &[Row]) -> Vec<&Row> {
    let mut rows: Vec<&Row> = rows.iter().filter(|r| !r.groups.is_empty()).collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.groups.len()));
    rows
}

/// One line for the answers to a field: "3 groepen: Samen met anderen ·
/// 1: Zelf doen", "van 2 tot 5 (mediaan 3)", "Kosten 3 · Schaal 2".
pub fn spread(stats: &Stats) -> String {
    match stats {
        Stats::Choice(rows) => by_count(rows)
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let n = if i == 0 {
                    groups(r.groups.len())
                } else {
                    r.groups.len().to_string()
                };
                format!("{n}: {}", one_line(&r.label))
            })
            .collect::<Vec<_>>()
            .join(" · "),
        Stats::Multi(rows) => by_count(rows)
            .iter()
            .map(|r| format!("{} {}", one_line(&r.label), r.groups.len()))
            .collect::<Vec<_>>()
            .join(" · "),
        Stats::Scale {
            min,
            median_x2,
            max,
            ..
        } => {
            if min == max {
                format!("{min} van 5")
            } else {
                format!("van {min} tot {max} (mediaan {})", median(*median_x2))
            }
        }
        Stats::Range {
            lowest, highest, ..
        } => {
            if lowest == highest {
                lowest.clone()
            } else {
                format!("van {lowest} tot {highest}")
            }
        }
        Stats::Texts(texts) => match texts.len() {
            1 => "1 antwoord".to_string(),
            n => format!("{n} antwoorden"),
        },
        Stats::Items(items) => match items.len() {
            1 => "1 onderdeel".to_string(),
            n => format!("{n} onderdelen"),
        },
    }
}

/// The one answer all groups gave, for "where everyone agrees".
pub fn agreed_value(stats: &Stats) -> String {
    match stats {
        Stats::Choice(rows) | Stats::Multi(rows) => by_count(rows)
            .iter()
            .map(|r| one_line(&r.label))
            .collect::<Vec<_>>()
            .join(", "),
        Stats::Scale { min, .. } => format!("{min} van 5"),
        Stats::Range { lowest, .. } => lowest.clone(),
        Stats::Items(items) => items
            .iter()
            .map(|i| one_line(super::topics::display_name(&i.name)))
            .collect::<Vec<_>>()
            .join(", "),
        Stats::Texts(_) => String::new(),
    }
}

/// Why a file is not compared. `names`: a duplicate may say of which file.
pub fn skip_reason(reason: &SkipReason, names: bool) -> String {
    match reason {
        SkipReason::NotAPlanFile => "geen planbestand (de naam eindigt niet op .ron)".into(),
        SkipReason::Unreadable(e) => e.to_string(),
        SkipReason::Damaged(e) => damaged(e),
        SkipReason::Newer { found } => format!(
            "gemaakt met een nieuwere versie van Samenwerkwijzer (bestandsversie {found}; deze \
             versie leest tot en met {FORMAT_VERSION}); werk Samenwerkwijzer bij om het mee te nemen"
        ),
        SkipReason::Duplicate { of } if names => {
            format!("dezelfde inhoud als {of}; één keer meegenomen")
        }
        SkipReason::Duplicate { .. } => {
            "dezelfde inhoud als een ander ingeleverd plan; één keer meegenomen".into()
        }
        SkipReason::OtherCase { found, compared } => format!(
            "hoort bij casus \"{}\"; vergeleken worden de plannen van casus \"{}\"",
            one_line(found),
            one_line(compared)
        ),
        SkipReason::LinkOutside => {
            "een koppeling naar iets buiten de map; die wordt niet gevolgd".into()
        }
        SkipReason::LinkedFolder => "een koppeling naar een map; die wordt niet gevolgd".into(),
        SkipReason::TooDeep => {
            "een map in een map; alleen de map zelf en de mappen direct daarin worden doorzocht"
                .into()
        }
        SkipReason::TooMany => {
            format!("er zijn al {MAX_PLANS} plannen gelezen; meer worden er niet vergeleken")
        }
        SkipReason::TooMuchData => format!(
            "er is al {} aan plannen gelezen; meer wordt er niet gelezen",
            megabytes(MAX_TOTAL_BYTES)
        ),
    }
}

fn damaged(e: &FormatError) -> String {
    let place = |line: &usize, col: &usize| format!("regel {line}, kolom {col}");
    match e {
        FormatError::TooLarge { bytes } => format!(
            "het bestand is {}; zo groot is een plan nooit",
            megabytes(*bytes as u64)
        ),
        FormatError::Empty => "het bestand is leeg".into(),
        FormatError::NotAPlan { line, col } => format!(
            "geen plan: {}: een plan begint met een haakje, \"(\"",
            place(line, col)
        ),
        FormatError::NotText { line, col } => format!(
            "geen plan of beschadigd: {}: hier staan onleesbare tekens",
            place(line, col)
        ),
        FormatError::Syntax { line, col, kind } => format!(
            "geen plan of beschadigd: {}: {}",
            place(line, col),
            describe_syntax(kind)
        ),
        FormatError::Newer { found, .. } => {
            skip_reason(&SkipReason::Newer { found: *found }, false)
        }
        FormatError::Invalid { line, col, problem } => {
            let what = match problem {
                PlanProblem::DuplicateId(id) => format!(
                    "het nummer \"{}\" wordt voor twee onderdelen gebruikt",
                    one_line(id)
                ),
                PlanProblem::Dangling(id) => format!(
                    "hier wordt verwezen naar \"{}\", maar dat onderdeel bestaat niet",
                    one_line(id)
                ),
                PlanProblem::CounterTooHigh(n) => format!(
                    "de teller voor nieuwe onderdelen staat op {n}, hoger dan {MAX_ITEM_NUMBER}"
                ),
                PlanProblem::IdTooHigh(id) => format!(
                    "het nummer van onderdeel \"{}\" is hoger dan {MAX_ITEM_NUMBER}",
                    one_line(id)
                ),
            };
            format!("beschadigd: {}: {what}", place(line, col))
        }
    }
}

/// What is still open in a group's plan for a debrief point, in one
/// line: the questions not answered, then what the advice says, then the
/// form ("niet (helemaal) beantwoord: "…" en "…"; het advies meldt: … · …;
/// koos Stichting").
pub fn gaps(gaps: &[Gap]) -> String {
    let mut questions = Vec::new();
    let mut advice = Vec::new();
    let mut form = None;
    for gap in gaps {
        match gap {
            Gap::Unanswered(label) => questions.push(format!("\"{}\"", one_line(label))),
            Gap::Advice(message) => {
                advice.push(one_line(message).trim_end_matches('.').to_string())
            }
            Gap::Form(Some(name)) => form = Some(format!("koos {}", one_line(name))),
            Gap::Form(None) => form = Some("nog geen vorm gekozen".to_string()),
        }
    }
    let mut parts = Vec::new();
    if !questions.is_empty() {
        parts.push(format!(
            "niet (helemaal) beantwoord: {}",
            crate::text::and_list(&questions)
        ));
    }
    if !advice.is_empty() {
        // Messages quote item names themselves: a separator, not quotes.
        parts.push(format!("het advies meldt: {}", advice.join(" · ")));
    }
    parts.extend(form);
    parts.join("; ")
}

/// What is still open for a debrief point: the groups (indices) with the
/// same gaps together, and those gaps in one line; the most groups first.
pub fn open_by_gaps(check: &super::DebriefCheck) -> Vec<(Vec<usize>, String)> {
    let mut out: Vec<(Vec<usize>, String)> = Vec::new();
    for (g, open) in &check.open {
        let text = gaps(open);
        match out.iter_mut().find(|(_, t)| *t == text) {
            Some((groups, _)) => groups.push(*g),
            None => out.push((vec![*g], text)),
        }
    }
    out.sort_by_key(|(groups, _)| std::cmp::Reverse(groups.len()));
    out
}

/// A group's letter list with the word: "Groep A", "Groepen A, C".
pub fn group_list(c: &Comparison, groups: &[usize]) -> String {
    match groups.len() {
        0 => String::new(),
        1 => format!("Groep {}", c.letters(groups)),
        _ => format!("Groepen {}", c.letters(groups)),
    }
}

/// The heading of a topic: the item it is about, then the question.
/// "Title: value", or "Title? value" when the title is a question, so a
/// question mark is never followed by a colon.
pub fn titled(title: &str, value: &str) -> String {
    format!("{title}{} {value}", after_title(title))
}

/// What goes between a title and its value: nothing after a question mark
/// or other closing sign, else a colon.
pub fn after_title(title: &str) -> &'static str {
    if title.ends_with(['?', '!', ':', '.']) {
        ""
    } else {
        ":"
    }
}

pub fn topic_title(topic: &super::Topic) -> String {
    match &topic.context {
        Some(ctx) => format!("{} — {}", one_line(ctx), one_line(&topic.title)),
        None => one_line(&topic.title),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_reach_the_screen() {
        assert_eq!(clean("a\u{1b}[31mb\nc\u{7}"), "a [31mb\nc ");
        assert_eq!(one_line("  a \n b\t c "), "a b c");
    }

    #[test]
    fn a_question_title_takes_no_colon() {
        assert_eq!(
            titled("Wie doet mee?", "Heerveen"),
            "Wie doet mee? Heerveen"
        );
        assert_eq!(titled("Taken", "Inkoop"), "Taken: Inkoop");
    }

    #[test]
    fn field_spreads_read_like_the_issue_says() {
        let stats = Stats::Choice(vec![
            Row {
                label: "zelf".into(),
                groups: vec![2],
            },
            Row {
                label: "samen".into(),
                groups: vec![0, 1, 3],
            },
            Row {
                label: "onbekend".into(),
                groups: vec![],
            },
        ]);
        assert_eq!(spread(&stats), "3 groepen: samen · 1: zelf");
        assert_eq!(median(7), "3,5");
        assert_eq!(median(6), "3");
        assert_eq!(answered(5, 6), "5 van 6 groepen gaven antwoord");
        assert_eq!(answered(1, 6), "1 van 6 groepen gaf antwoord");
        assert_eq!(answered(1, 1), "1 van 1 groep gaf antwoord");
    }
}
