//! The answers to one question in HTML: a table of bars, texts by group,
//! matched items with their fields. maud escapes every value.

use maud::{Markup, html};

use crate::compare::words::{self, clean, one_line};
use crate::compare::{Comparison, ItemRow, Row, Stats};

use super::{answering, bar_steps};

pub(super) fn stats(c: &Comparison, stats: &Stats) -> Markup {
    match stats {
        Stats::Choice(rows) => bars(c, rows, answering(rows), true),
        Stats::Multi(rows) => {
            let total = answering(rows).max(rows.iter().map(|r| r.groups.len()).max().unwrap_or(0));
            bars(c, rows, total, true)
        }
        Stats::Scale {
            low,
            high,
            rows,
            min,
            median_x2,
            max,
        } => {
            let labelled: Vec<Row> = rows
                .iter()
                .enumerate()
                .map(|(i, r)| Row {
                    label: match i {
                        0 => format!("1 · {}", clean(low)),
                        4 => format!("5 · {}", clean(high)),
                        _ => r.label.clone(),
                    },
                    groups: r.groups.clone(),
                })
                .collect();
            html! {
                (bars(c, &labelled, answering(rows), false))
                p.summary { "Laagste " (min) " · mediaan " (words::median(*median_x2)) " · hoogste " (max) }
            }
        }
        Stats::Range { values, .. } => html! {
            p.summary { (crate::present::capitalise(&words::spread(stats))) }
            (texts(c, values))
        },
        Stats::Texts(list) => texts(c, list),
        Stats::Items(items) => html! {
            ul.items { @for item in items { (item_row(c, item)) } }
        },
    }
}

/// A table of bars: option, bar, count, groups. `hide_unchosen`: options
/// nobody chose go in one line below (a scale shows all five points).
fn bars(c: &Comparison, rows: &[Row], total: usize, hide_unchosen: bool) -> Markup {
    let unchosen: Vec<&str> = rows
        .iter()
        .filter(|r| r.groups.is_empty())
        .map(|r| r.label.as_str())
        .collect();
    html! {
        table.bars {
            @for r in rows {
                @if !hide_unchosen || !r.groups.is_empty() {
                    tr {
                        th scope="row" { (one_line(&r.label)) }
                        td.bar {
                            span style=(format!("width: {}%", bar_steps(r.groups.len(), total, 100))) {}
                        }
                        td.n { (r.groups.len()) }
                        td.who { (c.letters(&r.groups)) }
                    }
                }
            }
        }
        @if hide_unchosen && !unchosen.is_empty() {
            p.unchosen { "Door niemand gekozen: " (one_line(&unchosen.join(", "))) "." }
        }
    }
}

fn texts(c: &Comparison, list: &[(usize, String)]) -> Markup {
    html! {
        dl.texts {
            @for (g, t) in list {
                div {
                    dt { (c.groups.get(*g).map(|g| g.label()).unwrap_or_default()) }
                    dd { (clean(t)) }
                }
            }
        }
    }
}

fn item_row(c: &Comparison, item: &ItemRow) -> Markup {
    html! {
        li.item {
            p.name {
                strong { (one_line(crate::compare::topics::display_name(&item.name))) }
                @if item.from_case { " " span.tag { "uit de casus" } }
                " · " (words::of_groups(item.groups.len(), c.groups.len()))
                " " span.muted { "(" (c.letters(&item.groups)) ")" }
            }
            @if !item.other_names.is_empty() || !item.alike.is_empty() || !item.fields.is_empty() {
                ul {
                    @for (other, groups) in &item.other_names {
                        li { "ook genoemd: “" (one_line(other)) "” " span.muted { "(" (c.letters(groups)) ")" } }
                    }
                    @if !item.alike.is_empty() {
                        li.alike { "lijkt op: " (item.alike.iter().map(|a| format!("“{}”", one_line(a))).collect::<Vec<_>>().join(", ")) }
                    }
                    @for (field, stats) in &item.fields {
                        li {
                            span.field { (one_line(field)) }
                            @if let Stats::Texts(list) = stats {
                                (texts(c, list))
                            } @else {
                                " " (words::spread(stats))
                            }
                        }
                    }
                }
            }
        }
    }
}
