//! One topic of the gespreksagenda on the screen: where it is in the
//! guide, the question, and big bars that stay hidden until the trainer
//! shows them.

use ratatui::text::Line;

use crate::compare::words::{self, one_line};
use crate::compare::{Comparison, Row, Stats, Topic};

use super::bars::{self, Size};
use super::text::{bold, bullet, dim, wrapped};

/// Bar sizes to try, biggest first: the biggest that fits the screen wins,
/// so a projector at 160x45 gets bars three rows high.
const SIZES: [Size; 4] = [
    Size { rows: 3, gap: true },
    Size { rows: 2, gap: true },
    Size { rows: 1, gap: true },
    Size {
        rows: 1,
        gap: false,
    },
];

/// The page for `topic`, `width` columns wide, with `room` rows to fill.
pub fn page(
    c: &Comparison,
    topic: &Topic,
    width: u16,
    room: u16,
    revealed: bool,
    out: &mut Vec<Line<'static>>,
) {
    let step = c.steps.get(topic.step).map_or("", String::as_str);
    let context = match &topic.context {
        Some(ctx) => format!("{step} · {}", one_line(ctx)),
        None => step.to_string(),
    };
    out.extend(wrapped(&context, width, dim(), ""));
    out.extend(wrapped(&topic.title, width, bold(), ""));
    let mut meta = words::answered(topic.answered, topic.asked);
    if revealed && let Some(s) = topic.score {
        meta = format!("{meta} · {}: {}", words::score(s), words::score_meaning(s));
    }
    out.extend(wrapped(&meta, width, dim(), ""));
    out.push(Line::default());
    let Some(rows) = rows(&topic.stats, revealed) else {
        values(c, topic, width, revealed, out);
        return;
    };
    // Multiple choices and lists count groups per option, not answers.
    let total = match &topic.stats {
        Stats::Choice(_) | Stats::Scale { .. } => topic.answered,
        _ => topic
            .answered
            .max(rows.iter().map(|r| r.groups.len()).max().unwrap_or(0)),
    };
    let mut trailer = vec![Line::default()];
    if !revealed {
        trailer.extend(hidden_note(width));
    } else if let Stats::Scale {
        min,
        median_x2,
        max,
        ..
    } = &topic.stats
    {
        let text = format!(
            "Laagste {min} · mediaan {} · hoogste {max}",
            words::median(*median_x2)
        );
        trailer.extend(wrapped(&text, width, bold(), ""));
    }
    let left = usize::from(room).saturating_sub(out.len() + trailer.len());
    let mut drawn = Vec::new();
    for size in SIZES {
        drawn = bars::draw(c, &rows, total, width, size, revealed);
        if drawn.len() <= left {
            break;
        }
    }
    // The gap after the last bar is not needed.
    if drawn.last().is_some_and(|l| l.spans.is_empty()) {
        drawn.pop();
    }
    out.extend(drawn);
    out.extend(trailer);
}

/// The rows to draw as bars, or `None` for answers shown one by one.
/// Hidden, every option shows (so the room can guess); shown, only the
/// chosen ones of a choice, and all five points of a scale.
fn rows(stats: &Stats, revealed: bool) -> Option<Vec<Row>> {
    Some(match stats {
        Stats::Choice(rows) | Stats::Multi(rows) => rows
            .iter()
            .filter(|r| !r.groups.is_empty() || !revealed)
            .cloned()
            .collect(),
        Stats::Scale {
            low, high, rows, ..
        } => rows
            .iter()
            .enumerate()
            .map(|(i, r)| Row {
                label: match i {
                    0 => format!("1 {}", one_line(low)),
                    4 => format!("5 {}", one_line(high)),
                    _ => r.label.clone(),
                },
                groups: r.groups.clone(),
            })
            .collect(),
        Stats::Items(items) => items
            .iter()
            .map(|i| Row {
                label: crate::compare::topics::display_name(&i.name).to_string(),
                groups: i.groups.clone(),
            })
            .collect(),
        Stats::Range { .. } | Stats::Texts(_) => return None,
    })
}

/// Numbers, dates and texts: each group's answer on a line.
fn values(c: &Comparison, topic: &Topic, width: u16, revealed: bool, out: &mut Vec<Line<'static>>) {
    let (Stats::Range { values, .. } | Stats::Texts(values)) = &topic.stats else {
        return;
    };
    if !revealed {
        out.extend(hidden_note(width));
        return;
    }
    if matches!(topic.stats, Stats::Range { .. }) {
        let range = crate::present::capitalise(&words::spread(&topic.stats));
        out.extend(wrapped(&range, width, bold(), ""));
    }
    for (g, v) in values {
        let label = c.groups.get(*g).map(|g| g.label()).unwrap_or_default();
        out.extend(bullet(
            &format!("{label}: {v}"),
            width,
            ratatui::style::Style::new(),
        ));
    }
}

fn hidden_note(width: u16) -> Vec<Line<'static>> {
    wrapped(
        "De antwoorden zijn verborgen. Druk op de spatiebalk om ze te tonen.",
        width,
        dim(),
        "",
    )
}
