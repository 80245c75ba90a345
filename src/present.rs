//! Answers as plain text, for the screen and for exports alike.

use jiff::civil::Date;

use crate::guide::{Guide, Kind, Question};
use crate::plan::{Answer, Item, Plan, Record, YesNo};
use crate::text::{Txt, fill};

/// Dates are shown the Dutch way: 15-04-2027.
pub fn format_date(d: Date) -> String {
    format!("{:02}-{:02}-{:04}", d.day(), d.month(), d.year())
}

pub fn yes_no_label(v: YesNo) -> &'static str {
    match v {
        YesNo::Ja => Txt::YesNoJa.get(),
        YesNo::Nee => Txt::YesNoNee.get(),
        YesNo::WeetNiet => Txt::YesNoWeetNiet.get(),
    }
}

/// What a list question is made of: what one item is called, the field
/// that names an item, and the fields of an item.
#[derive(Debug, Clone, Copy)]
pub struct ListParts<'g> {
    pub question: &'g Question,
    pub noun: &'g str,
    pub title_field: &'g str,
    pub fields: &'g [Question],
}

/// The parts of list question `id`, or `None` when the guide has no list
/// by that id. Every kind is named, so a new kind of list fails to compile
/// here instead of being taken for "not a list".
pub fn list_parts<'g>(guide: &'g Guide, id: &str) -> Option<ListParts<'g>> {
    let question = guide.question(id)?.question;
    match &question.kind {
        Kind::List {
            item,
            title_field,
            fields,
        } => Some(ListParts {
            question,
            noun: item,
            title_field,
            fields,
        }),
        Kind::ShortText
        | Kind::LongText
        | Kind::Choice(_)
        | Kind::Multi(_)
        | Kind::Scale { .. }
        | Kind::YesNo
        | Kind::Number { .. }
        | Kind::Date
        | Kind::Refs { .. }
        | Kind::PerItem { .. } => None,
    }
}

/// The field that names the items of list `list`.
pub fn title_field<'g>(guide: &'g Guide, list: &str) -> &'g str {
    list_parts(guide, list).map_or("", |l| l.title_field)
}

/// The name of an item: the first line of its title field, or a placeholder.
pub fn item_title(item: &Item, title_field: &str) -> String {
    item.fields
        .get(title_field)
        .and_then(Answer::as_text)
        .and_then(|t| t.lines().next())
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map_or_else(|| Txt::Unnamed.get().to_string(), str::to_string)
}

/// An answer to `q` (a question or a field) as text, or `None` when it is
/// empty. Lists and per-item answers are summarised by count; their items
/// are shown one by one by the callers that have room for them.
pub fn answer_text(
    guide: &Guide,
    plan: &Plan,
    q: &Question,
    answer: Option<&Answer>,
) -> Option<String> {
    let answer = answer.filter(|a| !a.is_empty())?;
    let label = |id: &str| {
        q.kind
            .choice_label(id)
            .map_or_else(|| id.to_string(), str::to_string)
    };
    let wrong = || Txt::WrongKind.get().to_string();
    // By kind first, so that a new kind of question fails to compile here.
    Some(match &q.kind {
        Kind::ShortText | Kind::LongText => match answer {
            Answer::Text(t) => t.trim_end().to_string(),
            _ => wrong(),
        },
        Kind::Choice(_) => match answer {
            Answer::Choice(c) => label(c),
            _ => wrong(),
        },
        Kind::Multi(_) => match answer {
            Answer::Multi(v) => v.iter().map(|c| label(c)).collect::<Vec<_>>().join(", "),
            _ => wrong(),
        },
        Kind::Scale { low, high } => match answer {
            Answer::Scale(n) => {
                let end = match n {
                    1 => format!(" ({low})"),
                    5 => format!(" ({high})"),
                    _ => String::new(),
                };
                format!("{}{end}", fill(Txt::Scale, &[n]))
            }
            _ => wrong(),
        },
        Kind::YesNo => match answer {
            Answer::YesNo(v) => yes_no_label(*v).to_string(),
            _ => wrong(),
        },
        Kind::Number { unit, .. } => match answer {
            Answer::Number(n) => format!("{n} {unit}").trim_end().to_string(),
            _ => wrong(),
        },
        Kind::Date => match answer {
            Answer::Date(d) => format_date(*d),
            _ => wrong(),
        },
        Kind::Refs { list, .. } => match answer {
            Answer::Refs(ids) => {
                let field = title_field(guide, list);
                ids.iter()
                    .filter_map(|id| plan.item(list, id))
                    .map(|item| item_title(item, field))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            _ => wrong(),
        },
        Kind::List { .. } => match answer {
            Answer::List(items) => items.len().to_string(),
            _ => wrong(),
        },
        Kind::PerItem { .. } => match answer {
            Answer::PerItem(map) => map.len().to_string(),
            _ => wrong(),
        },
    })
}

/// Short "field: value" parts of a record, for one-line item summaries:
/// the choice-like fields, which say most in least room.
pub fn record_summary(
    guide: &Guide,
    plan: &Plan,
    fields: &[Question],
    record: Option<&Record>,
    skip: &str,
) -> String {
    fields
        .iter()
        .filter(|f| f.id != skip)
        .filter(|f| says_much_in_little_room(&f.kind))
        .filter_map(|f| {
            let text = answer_text(guide, plan, f, record.and_then(|r| r.get(&f.id)))?;
            // "Hetzelfde doel: 4 van 5": a number alone says nothing (W16).
            Some(if f.short_label.is_empty() {
                text
            } else {
                format!("{}: {text}", f.short_label)
            })
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Choice-like kinds, whose answer is a word or a number.
fn says_much_in_little_room(kind: &Kind) -> bool {
    match kind {
        Kind::Choice(_) | Kind::Scale { .. } | Kind::YesNo | Kind::Number { .. } => true,
        Kind::ShortText
        | Kind::LongText
        | Kind::Multi(_)
        | Kind::Date
        | Kind::Refs { .. }
        | Kind::List { .. }
        | Kind::PerItem { .. } => false,
    }
}

/// A date the way a letter writes it: "26 november 2026".
pub fn format_date_long(d: Date) -> String {
    const MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let month = usize::try_from(d.month() - 1)
        .ok()
        .and_then(|m| MONTHS.get(m))
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", d.day(), d.year())
}

/// A moment as "26-11-2026 18:55" in time zone `tz`.
pub fn format_datetime(t: jiff::Timestamp, tz: &jiff::tz::TimeZone) -> String {
    t.to_zoned_datetime(tz.clone())
        .strftime("%d-%m-%Y %H:%M")
        .to_string()
}

/// A moment as "18:55" in time zone `tz`.
pub fn format_time(t: jiff::Timestamp, tz: &jiff::tz::TimeZone) -> String {
    t.to_zoned_datetime(tz.clone())
        .strftime("%H:%M")
        .to_string()
}

/// Where step `step` stands among `steps`: "Stap 3 · nog 1 stap". The
/// number is the guide's own (its steps run from 0 to 4, as in the council
/// guide), so "Stap 3 van 4" would count five steps as four (W15): what is
/// still ahead is said instead. Every front-end says it this way.
#[must_use]
pub fn step_place(step: usize, steps: usize) -> String {
    match steps.saturating_sub(step + 1) {
        0 => fill(Txt::StepLast, &[&step]),
        1 => fill(Txt::StepAheadOne, &[&step]),
        n => fill(Txt::StepAhead, &[&step, &n]),
    }
}

/// The text with its first letter in upper case ("taak" → "Taak").
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The text with its first letter in lower case, to continue a sentence.
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What one item of list question `question` is called ("taak",
/// "partner"); for a per-item question, the items of the list it asks about.
pub fn item_noun(guide: &Guide, question: &str) -> String {
    let Some(q) = guide.question(question).map(|r| r.question) else {
        return String::new();
    };
    match &q.kind {
        Kind::List { item, .. } => item.clone(),
        Kind::PerItem { list, .. } => item_noun(guide, list),
        Kind::ShortText
        | Kind::LongText
        | Kind::Choice(_)
        | Kind::Multi(_)
        | Kind::Scale { .. }
        | Kind::YesNo
        | Kind::Number { .. }
        | Kind::Date
        | Kind::Refs { .. } => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_letters_change_case_with_accents() {
        assert_eq!(capitalise("één tip"), "Één tip");
        assert_eq!(capitalise(""), "");
        assert_eq!(lower_first("Alle vragen"), "alle vragen");
        assert_eq!(lower_first("Ëén"), "ëén");
    }

    #[test]
    fn five_steps_from_0_say_what_is_ahead_never_of_4() {
        let said: Vec<String> = (0..5).map(|s| step_place(s, 5)).collect();
        assert_eq!(
            said,
            [
                "Stap 0 · nog 4 stappen",
                "Stap 1 · nog 3 stappen",
                "Stap 2 · nog 2 stappen",
                "Stap 3 · nog 1 stap",
                "Stap 4 · laatste stap",
            ]
        );
    }

    #[test]
    fn long_dates_name_the_month() {
        let d = |s: &str| s.parse::<Date>().expect("date");
        assert_eq!(format_date_long(d("2026-11-26")), "26 november 2026");
        assert_eq!(format_date_long(d("2027-01-01")), "1 januari 2027");
    }

    #[test]
    fn items_are_named_by_their_list() {
        let guide = crate::guide::load_embedded().expect("guide");
        assert_eq!(item_noun(&guide, "inventaris.taken"), "taak");
        assert_eq!(item_noun(&guide, "doelen.per_partner"), "partner");
        assert_eq!(item_noun(&guide, "opgave.visie"), "");
    }
}
