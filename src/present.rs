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

/// The field that names the items of list `list`.
pub fn title_field<'g>(guide: &'g Guide, list: &str) -> &'g str {
    match guide.question(list).map(|r| &r.question.kind) {
        Some(Kind::List { title_field, .. }) => title_field,
        _ => "",
    }
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
    Some(match (&q.kind, answer) {
        (Kind::ShortText | Kind::LongText, Answer::Text(t)) => t.trim_end().to_string(),
        (Kind::Choice(_), Answer::Choice(c)) => label(c),
        (Kind::Multi(_), Answer::Multi(v)) => {
            v.iter().map(|c| label(c)).collect::<Vec<_>>().join(", ")
        }
        (Kind::Scale { low, high }, Answer::Scale(n)) => {
            let end = match n {
                1 => format!(" ({low})"),
                5 => format!(" ({high})"),
                _ => String::new(),
            };
            format!("{}{end}", fill(Txt::Scale, &[n]))
        }
        (Kind::YesNo, Answer::YesNo(v)) => yes_no_label(*v).to_string(),
        (Kind::Number { unit, .. }, Answer::Number(n)) => {
            format!("{n} {unit}").trim_end().to_string()
        }
        (Kind::Date, Answer::Date(d)) => format_date(*d),
        (Kind::Refs { list, .. }, Answer::Refs(ids)) => {
            let field = title_field(guide, list);
            ids.iter()
                .filter_map(|id| plan.item(list, id))
                .map(|item| item_title(item, field))
                .collect::<Vec<_>>()
                .join(", ")
        }
        (Kind::List { .. }, Answer::List(items)) => items.len().to_string(),
        (Kind::PerItem { .. }, Answer::PerItem(map)) => map.len().to_string(),
        _ => Txt::WrongKind.get().to_string(),
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
        .filter(|f| {
            matches!(
                f.kind,
                Kind::Choice(_) | Kind::Scale { .. } | Kind::YesNo | Kind::Number { .. }
            )
        })
        .filter_map(|f| answer_text(guide, plan, f, record.and_then(|r| r.get(&f.id))))
        .collect::<Vec<_>>()
        .join(" · ")
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
    match guide.question(question).map(|r| &r.question.kind) {
        Some(Kind::List { item, .. }) => item.clone(),
        Some(Kind::PerItem { list, .. }) => item_noun(guide, list),
        _ => String::new(),
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
    fn items_are_named_by_their_list() {
        let guide = crate::guide::load_embedded().expect("guide");
        assert_eq!(item_noun(&guide, "inventaris.taken"), "taak");
        assert_eq!(item_noun(&guide, "doelen.per_partner"), "partner");
        assert_eq!(item_noun(&guide, "opgave.visie"), "");
    }
}
