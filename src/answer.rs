//! From what a user typed or picked to an answer: the options of a
//! choice-like question, what picking one gives, numbers and dates. Every
//! front-end reads answers through here, so the TUI's pickers and the
//! plain line mode accept the same values.

use jiff::civil::Date;

use crate::guide::{Guide, Kind, Question};
use crate::plan::progress::record_matches;
use crate::plan::{Answer, Plan, YesNo};
use crate::present::{item_title, title_field, yes_no_label};

/// One option of a choice-like question, with the value it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickOption {
    pub id: String,
    pub label: String,
}

/// The options of a choice-like question, in the order they are offered:
/// a choice's options, the scale 1 to 5, yes/no/don't know, or the items
/// of an earlier list that a reference may point at.
#[must_use]
pub fn pick_options(guide: &Guide, plan: &Plan, q: &Question) -> Vec<PickOption> {
    let opt = |id: &str, label: &str| PickOption {
        id: id.to_string(),
        label: label.to_string(),
    };
    match &q.kind {
        Kind::Choice(c) | Kind::Multi(c) => c.iter().map(|c| opt(&c.id, &c.label)).collect(),
        Kind::Scale { low, high } => (1..=5)
            .map(|n| match n {
                1 => opt("1", &format!("1 — {low}")),
                5 => opt("5", &format!("5 — {high}")),
                _ => opt(&n.to_string(), &n.to_string()),
            })
            .collect(),
        Kind::YesNo => YesNo::ALL
            .iter()
            .map(|v| opt(v.id(), yes_no_label(*v)))
            .collect(),
        Kind::Refs { list, only } => {
            let title_field = title_field(guide, list);
            plan.items(list)
                .iter()
                .filter(|item| {
                    only.as_ref()
                        .is_none_or(|cond| record_matches(cond, Some(&item.fields)))
                })
                .map(|item| opt(&item.id, &item_title(item, title_field)))
                .collect()
        }
        Kind::ShortText
        | Kind::LongText
        | Kind::Number { .. }
        | Kind::Date
        | Kind::List { .. }
        | Kind::PerItem { .. } => Vec::new(),
    }
}

/// The answer picking option `id` gives for a one-option kind.
#[must_use]
pub fn single_answer(kind: &Kind, id: &str) -> Option<Answer> {
    match kind {
        Kind::Choice(_) => Some(Answer::Choice(id.to_string())),
        Kind::Scale { .. } => id.parse().ok().map(Answer::Scale),
        Kind::YesNo => YesNo::ALL
            .into_iter()
            .find(|v| v.id() == id)
            .map(Answer::YesNo),
        Kind::ShortText
        | Kind::LongText
        | Kind::Multi(_)
        | Kind::Number { .. }
        | Kind::Date
        | Kind::List { .. }
        | Kind::PerItem { .. }
        | Kind::Refs { .. } => None,
    }
}

/// The answer holding exactly the options `ids` of a several-option kind,
/// in the order the options are offered (unknown ids last, kept).
#[must_use]
pub fn many_answer(kind: &Kind, options: &[PickOption], mut ids: Vec<String>) -> Answer {
    ids.sort_by_key(|x| {
        options
            .iter()
            .position(|o| &o.id == x)
            .unwrap_or(usize::MAX)
    });
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    match kind {
        Kind::Refs { .. } => Answer::Refs(ids),
        Kind::Multi(_)
        | Kind::ShortText
        | Kind::LongText
        | Kind::Choice(_)
        | Kind::Scale { .. }
        | Kind::YesNo
        | Kind::Number { .. }
        | Kind::Date
        | Kind::List { .. }
        | Kind::PerItem { .. } => Answer::Multi(ids),
    }
}

/// Toggle option `id` in a several-option answer, keeping option order.
#[must_use]
pub fn toggled(kind: &Kind, options: &[PickOption], answer: Option<&Answer>, id: &str) -> Answer {
    let mut ids = selected_ids(answer);
    if let Some(pos) = ids.iter().position(|x| x == id) {
        ids.remove(pos);
    } else {
        ids.push(id.to_string());
    }
    many_answer(kind, options, ids)
}

/// The option ids an answer has selected.
#[must_use]
pub fn selected_ids(answer: Option<&Answer>) -> Vec<String> {
    match answer {
        Some(Answer::Choice(c)) => vec![c.clone()],
        Some(Answer::Multi(v) | Answer::Refs(v)) => v.clone(),
        Some(Answer::Scale(n)) => vec![n.to_string()],
        Some(Answer::YesNo(v)) => vec![v.id().to_string()],
        Some(
            Answer::Text(_)
            | Answer::Number(_)
            | Answer::Date(_)
            | Answer::List(_)
            | Answer::PerItem(_),
        )
        | None => Vec::new(),
    }
}

/// A whole number from `min` to `max`: `Some(None)` for empty text (no
/// answer), `None` when the text is not such a number.
#[must_use]
pub fn parse_number(text: &str, min: i64, max: i64) -> Option<Option<Answer>> {
    let text = text.trim();
    if text.is_empty() {
        return Some(None);
    }
    let n: i64 = text.parse().ok()?;
    (min..=max).contains(&n).then_some(Some(Answer::Number(n)))
}

/// Accepts `15-4-2027`, `15/04/2027`, `15.04.2027` and `2027-04-15`.
#[must_use]
pub fn parse_date(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = if a.len() == 4 { (a, b, c) } else { (c, b, a) };
    let year: i16 = y.parse().ok().filter(|y| (1900..=2200).contains(y))?;
    Date::new(year, m.parse().ok()?, d.parse().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_must_be_whole_and_in_range() {
        assert_eq!(parse_number("3", 1, 10), Some(Some(Answer::Number(3))));
        assert_eq!(parse_number(" 3 ", 1, 10), Some(Some(Answer::Number(3))));
        assert_eq!(parse_number("", 1, 10), Some(None));
        assert_eq!(parse_number("0", 1, 10), None);
        assert_eq!(parse_number("2.5", 1, 10), None);
    }

    #[test]
    fn dates_parse_the_dutch_way_and_iso() {
        let d = Date::new(2027, 4, 15).expect("date");
        for text in [
            "15-04-2027",
            "15-4-2027",
            "15/04/2027",
            "15.4.2027",
            "2027-04-15",
            " 15-04-2027 ",
        ] {
            assert_eq!(parse_date(text), Some(d), "{text}");
        }
        for bad in ["31-02-2027", "15-04", "april", "15-04-27", ""] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(crate::present::format_date(d), "15-04-2027");
    }

    #[test]
    fn several_options_keep_the_offered_order_once_each() {
        let kind = Kind::Multi(Vec::new());
        let options: Vec<PickOption> = ["a", "b", "c"]
            .iter()
            .map(|id| PickOption {
                id: (*id).to_string(),
                label: String::new(),
            })
            .collect();
        let ids = |v: &[&str]| v.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
        assert_eq!(
            many_answer(&kind, &options, ids(&["c", "x", "a", "c"])),
            Answer::Multi(ids(&["a", "c", "x"]))
        );
        let on = toggled(&kind, &options, Some(&Answer::Multi(ids(&["c"]))), "b");
        assert_eq!(on, Answer::Multi(ids(&["b", "c"])));
        assert_eq!(
            toggled(&kind, &options, Some(&on), "c"),
            Answer::Multi(ids(&["b"]))
        );
    }
}
