//! What the groups answered to one question (or one field of a matched
//! item), and how far apart that is.

use crate::guide::{Kind, Question};
use crate::plan::{Answer, YesNo};
use crate::present::{format_date, yes_no_label};

use super::matching::ListMatch;
use super::score;

/// An option and the groups (indices) that chose it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: String,
    pub groups: Vec<usize>,
}

/// The answers of the groups, by kind of question.
#[derive(Debug, Clone, PartialEq)]
pub enum Stats {
    /// Single choice or ja/nee/weet niet: every option, in the guide's order.
    Choice(Vec<Row>),
    /// Multiple choice, or the items of another list a field points at.
    Multi(Vec<Row>),
    /// A 1–5 scale: a row per point.
    Scale {
        low: String,
        high: String,
        rows: Vec<Row>,
        min: u8,
        /// Twice the median, so that 3.5 stays exact.
        median_x2: u16,
        max: u8,
    },
    /// Numbers and dates: each group's value, the lowest and the highest.
    Range {
        values: Vec<(usize, String)>,
        lowest: String,
        highest: String,
    },
    /// Free text: every answer, by group.
    Texts(Vec<(usize, String)>),
    /// A list: which groups have which item.
    Items(Vec<ItemRow>),
}

/// One matched item of a list, with how the groups filled in its fields.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemRow {
    /// Index into the list's [`ListMatch::items`].
    pub item: usize,
    pub name: String,
    pub groups: Vec<usize>,
    pub from_case: bool,
    pub other_names: Vec<(String, Vec<usize>)>,
    /// Names of items that look like this one.
    pub alike: Vec<String>,
    /// (field label, the field's answers) for every field someone filled.
    pub fields: Vec<(String, Stats)>,
}

impl Stats {
    /// Does this hold any answer?
    pub fn is_empty(&self) -> bool {
        match self {
            Stats::Choice(rows) | Stats::Multi(rows) => rows.iter().all(|r| r.groups.is_empty()),
            Stats::Scale { rows, .. } => rows.iter().all(|r| r.groups.is_empty()),
            Stats::Range { values, .. } => values.is_empty(),
            Stats::Texts(t) => t.is_empty(),
            Stats::Items(items) => items.is_empty(),
        }
    }
}

/// The answers `answers` (group index, answer) to question or field `q`,
/// and their divergence score. `refs` resolves the item ids of a `Refs`
/// field (the matched items of the list it points at).
pub fn of(
    q: &Question,
    answers: &[(usize, &Answer)],
    refs: Option<&ListMatch>,
) -> (Stats, Option<f64>) {
    match &q.kind {
        Kind::ShortText | Kind::LongText => {
            let texts = answers
                .iter()
                .filter_map(|(g, a)| a.as_text().map(|t| (*g, t.trim().to_string())))
                .collect();
            (Stats::Texts(texts), None)
        }
        Kind::Choice(choices) => {
            let mut rows: Vec<Row> = choices
                .iter()
                .map(|c| Row {
                    label: c.label.clone(),
                    groups: Vec::new(),
                })
                .collect();
            for (g, a) in answers {
                if let Answer::Choice(c) = a {
                    let at = choices.iter().position(|x| &x.id == c);
                    push(&mut rows, at, c, *g);
                }
            }
            let counts: Vec<usize> = rows.iter().map(|r| r.groups.len()).collect();
            let s = score::entropy(&counts, choices.len());
            (Stats::Choice(rows), s)
        }
        Kind::YesNo => {
            let mut rows: Vec<Row> = YesNo::ALL
                .iter()
                .map(|v| Row {
                    label: yes_no_label(*v).to_string(),
                    groups: Vec::new(),
                })
                .collect();
            for (g, a) in answers {
                if let Answer::YesNo(v) = a {
                    let at = YesNo::ALL.iter().position(|x| x == v);
                    push(&mut rows, at, v.id(), *g);
                }
            }
            let counts: Vec<usize> = rows.iter().map(|r| r.groups.len()).collect();
            (
                Stats::Choice(rows),
                score::entropy(&counts, YesNo::ALL.len()),
            )
        }
        Kind::Multi(choices) => {
            let mut rows: Vec<Row> = choices
                .iter()
                .map(|c| Row {
                    label: c.label.clone(),
                    groups: Vec::new(),
                })
                .collect();
            let mut sets = Vec::new();
            for (g, a) in answers {
                if let Answer::Multi(picked) = a {
                    let mut set = Vec::new();
                    for c in picked {
                        let at = choices.iter().position(|x| &x.id == c);
                        set.push(push(&mut rows, at, c, *g));
                    }
                    set.sort_unstable();
                    set.dedup();
                    sets.push(set);
                }
            }
            dedup_groups(&mut rows);
            (Stats::Multi(rows), score::overlap(&sets))
        }
        Kind::Refs { .. } => {
            let mut rows: Vec<Row> = Vec::new();
            let mut by_item: Vec<(usize, usize)> = Vec::new();
            let mut sets = Vec::new();
            for (g, a) in answers {
                if let Answer::Refs(ids) = a {
                    let mut set: Vec<usize> = ids
                        .iter()
                        .filter_map(|id| refs.and_then(|m| m.find(*g, id)))
                        .collect();
                    set.sort_unstable();
                    set.dedup();
                    for &item in &set {
                        let at = match by_item.iter().find(|(i, _)| *i == item) {
                            Some((_, at)) => *at,
                            None => {
                                let label =
                                    refs.map_or_else(String::new, |m| m.items[item].name.clone());
                                rows.push(Row {
                                    label,
                                    groups: Vec::new(),
                                });
                                by_item.push((item, rows.len() - 1));
                                rows.len() - 1
                            }
                        };
                        rows[at].groups.push(*g);
                    }
                    sets.push(set);
                }
            }
            // Items most groups picked first, then the list's own order.
            let mut order: Vec<(usize, Row)> = by_item
                .iter()
                .map(|(i, at)| (*i, rows[*at].clone()))
                .collect();
            order.sort_by(|(i, a), (j, b)| b.groups.len().cmp(&a.groups.len()).then(i.cmp(j)));
            let rows = order.into_iter().map(|(_, r)| r).collect();
            (Stats::Multi(rows), score::overlap(&sets))
        }
        Kind::Scale { low, high } => {
            let mut rows: Vec<Row> = (1..=5)
                .map(|n: u8| Row {
                    label: n.to_string(),
                    groups: Vec::new(),
                })
                .collect();
            let mut values: Vec<u8> = Vec::new();
            for (g, a) in answers {
                if let Answer::Scale(n) = a
                    && (1..=5).contains(n)
                {
                    rows[usize::from(*n - 1)].groups.push(*g);
                    values.push(*n);
                }
            }
            values.sort_unstable();
            let (min, max) = (
                values.first().copied().unwrap_or(0),
                values.last().copied().unwrap_or(0),
            );
            let median_x2 = median_x2(&values);
            let as_f: Vec<f64> = values.iter().map(|v| f64::from(*v)).collect();
            let stats = Stats::Scale {
                low: low.clone(),
                high: high.clone(),
                rows,
                min,
                median_x2,
                max,
            };
            (stats, score::spread(&as_f, 1.0, 5.0))
        }
        Kind::Number { min, max, unit } => {
            let mut values: Vec<(usize, i64)> = answers
                .iter()
                .filter_map(|(g, a)| match a {
                    Answer::Number(n) => Some((*g, *n)),
                    _ => None,
                })
                .collect();
            let show = |n: i64| format!("{n} {unit}").trim_end().to_string();
            let nums: Vec<f64> = values.iter().map(|(_, n)| *n as f64).collect();
            // A wide guide range (the default is a million) says nothing
            // about what is far apart: then the largest answer sets it.
            let s = if max.saturating_sub(*min) <= 1000 {
                score::spread(&nums, *min as f64, *max as f64)
            } else {
                let top = nums.iter().fold(0.0f64, |m, v| m.max(v.abs()));
                score::spread(&nums, 0.0, 2.0 * top)
            };
            values.sort_by_key(|(g, _)| *g);
            (range(values, show), s)
        }
        Kind::Date => {
            let dates: Vec<(usize, jiff::civil::Date)> = answers
                .iter()
                .filter_map(|(g, a)| match a {
                    Answer::Date(d) => Some((*g, *d)),
                    _ => None,
                })
                .collect();
            let days: Vec<f64> = dates
                .iter()
                .map(|(_, d)| {
                    d.since(jiff::civil::date(2000, 1, 1))
                        .map_or(0.0, |s| f64::from(s.get_days()))
                })
                .collect();
            (range(dates, format_date), score::spread(&days, 0.0, 730.0))
        }
        Kind::List { .. } | Kind::PerItem { .. } => (Stats::Items(Vec::new()), None),
    }
}

/// Each group's value shown, with the lowest and the highest of them.
fn range<T: Ord + Copy>(values: Vec<(usize, T)>, show: impl Fn(T) -> String) -> Stats {
    let lowest = values.iter().map(|(_, v)| *v).min().map(&show);
    let highest = values.iter().map(|(_, v)| *v).max().map(&show);
    Stats::Range {
        values: values.into_iter().map(|(g, v)| (g, show(v))).collect(),
        lowest: lowest.unwrap_or_default(),
        highest: highest.unwrap_or_default(),
    }
}

/// Add group `g` to the row at `at`, or to a new row for an option the
/// guide does not know (an adapted guide, a hand-edited file). Returns
/// the row's index.
fn push(rows: &mut Vec<Row>, at: Option<usize>, id: &str, g: usize) -> usize {
    let at = at
        .or_else(|| rows.iter().position(|r| r.label == id))
        .unwrap_or_else(|| {
            rows.push(Row {
                label: id.to_string(),
                groups: Vec::new(),
            });
            rows.len() - 1
        });
    rows[at].groups.push(g);
    at
}

/// A group that ticked one option twice (a hand-edited file) counts once.
fn dedup_groups(rows: &mut [Row]) {
    for r in rows {
        r.groups.dedup();
    }
}

/// Twice the median of sorted `values` (0 when empty).
fn median_x2(values: &[u8]) -> u16 {
    let n = values.len();
    if n == 0 {
        return 0;
    }
    let mid = n / 2;
    if n % 2 == 1 {
        2 * u16::from(values[mid])
    } else {
        u16::from(values[mid - 1]) + u16::from(values[mid])
    }
}

#[cfg(test)]
mod tests;
