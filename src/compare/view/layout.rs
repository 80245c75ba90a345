//! What each page of the projector says, as lines for a given width. Used
//! by the drawing and by `update` (to know how far a page scrolls), so
//! both always agree.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::compare::words::{self, one_line};
use crate::compare::{Comparison, Row, Stats, Topic};

use super::keys;
use super::state::{Page, Projector};

/// How big things are drawn: bars grow with the screen, so the back of
/// the room can read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// Rows per bar.
    pub bar_rows: u16,
    /// An empty row between bars.
    pub gap: bool,
    /// Columns left and right of the content.
    pub margin: u16,
}

pub fn scale(width: u16, height: u16) -> Scale {
    if width >= 160 && height >= 45 {
        Scale {
            bar_rows: 3,
            gap: true,
            margin: 8,
        }
    } else if width >= 120 && height >= 35 {
        Scale {
            bar_rows: 2,
            gap: true,
            margin: 4,
        }
    } else {
        Scale {
            bar_rows: 1,
            gap: false,
            margin: 1,
        }
    }
}

/// Columns for the page's text.
pub fn content_width(width: u16) -> u16 {
    let s = scale(width, u16::MAX);
    width.saturating_sub(2 * s.margin).max(1)
}

/// Rows for the page's text: the screen less the header and the key bar.
pub fn content_height(width: u16, height: u16, state: &Projector) -> u16 {
    height
        .saturating_sub(2)
        .saturating_sub(keys::height(state, width))
        .max(1)
}

fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

fn dim() -> Style {
    Style::new().fg(ratatui::style::Color::DarkGray)
}

/// `text` wrapped to `width`, every line in `style`, after `indent`.
fn wrapped(text: &str, width: u16, style: Style, indent: &str) -> Vec<Line<'static>> {
    let room = usize::from(width).saturating_sub(indent.width()).max(8);
    let mut out = Vec::new();
    for para in words::clean(text).split('\n') {
        for l in textwrap::wrap(para, room) {
            out.push(Line::from(vec![
                Span::raw(indent.to_string()),
                Span::styled(l.into_owned(), style),
            ]));
        }
    }
    out
}

/// The lines of the current page at content width `width`.
pub fn page_lines(c: &Comparison, state: &Projector, width: u16) -> Vec<Line<'static>> {
    let size = scale(state.width, state.height);
    let mut out = Vec::new();
    match state.page() {
        Page::Start => start(c, width, &mut out),
        Page::Agenda(n) => {
            if let Some(topic) = c.order.agenda.get(n).and_then(|t| c.topics.get(*t)) {
                agenda_topic(c, topic, width, size, state.is_revealed(), &mut out);
            }
        }
        Page::Agreed => {
            heading(crate::compare::report::AGREED, width, &mut out);
            if c.order.agreed.is_empty() {
                out.extend(wrapped(
                    crate::compare::report::AGREED_EMPTY,
                    width,
                    Style::new(),
                    "",
                ));
            }
            for &t in &c.order.agreed {
                let topic = &c.topics[t];
                let text = format!(
                    "{}: {} ({})",
                    words::topic_title(topic),
                    words::spread(&topic.stats),
                    words::of_groups(topic.answered, topic.asked)
                );
                out.extend(bullet(&text, width));
            }
        }
        Page::Unanswered => {
            heading(crate::compare::report::UNANSWERED, width, &mut out);
            if c.order.unanswered.is_empty() {
                out.extend(wrapped(
                    crate::compare::report::UNANSWERED_EMPTY,
                    width,
                    Style::new(),
                    "",
                ));
            }
            for &t in &c.order.unanswered {
                let topic = &c.topics[t];
                let step = c.steps.get(topic.step).map_or("", String::as_str);
                out.extend(bullet(
                    &format!("{} ({step})", one_line(&topic.title)),
                    width,
                ));
            }
        }
        Page::Findings => findings(c, width, &mut out),
        Page::Forms => forms(c, width, &mut out),
        Page::Debrief => debrief(c, width, &mut out),
        Page::Skipped => {
            heading(crate::compare::report::SKIPPED, width, &mut out);
            for s in &c.skipped {
                let text = format!(
                    "{}: {}",
                    one_line(&s.file),
                    words::skip_reason(&s.reason, c.names)
                );
                out.extend(bullet(&text, width));
            }
        }
    }
    out
}

fn heading(text: &str, width: u16, out: &mut Vec<Line<'static>>) {
    out.extend(wrapped(text, width, bold(), ""));
    out.push(Line::default());
}

fn bullet(text: &str, width: u16) -> Vec<Line<'static>> {
    let mut lines = wrapped(text, width, Style::new(), "  ");
    if let Some(first) = lines.first_mut()
        && let Some(indent) = first.spans.first_mut()
    {
        *indent = Span::raw("• ");
    }
    lines
}

fn start(c: &Comparison, width: u16, out: &mut Vec<Line<'static>>) {
    out.extend(wrapped(
        &crate::compare::report::title(c),
        width,
        bold(),
        "",
    ));
    out.push(Line::default());
    out.extend(wrapped(
        &crate::compare::report::groups_line(c),
        width,
        Style::new(),
        "",
    ));
    for g in &c.groups {
        if let Some(n) = &g.names {
            let who: Vec<&str> = [n.gemeente.as_str(), n.author.as_str(), n.fractie.as_str()]
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .collect();
            let text = if who.is_empty() {
                format!("{}: {}", g.label(), one_line(&n.title))
            } else {
                format!(
                    "{}: {} ({})",
                    g.label(),
                    one_line(&n.title),
                    one_line(&who.join(", "))
                )
            };
            out.extend(bullet(&text, width));
        }
    }
    out.push(Line::default());
    let n = c.order.agenda.len();
    let head = match n {
        0 => "Gespreksagenda: op geen enkele vraag lopen de groepen duidelijk uiteen.".to_string(),
        1 => "Gespreksagenda: 1 punt.".to_string(),
        n => format!("Gespreksagenda: {n} punten, het grootste verschil eerst."),
    };
    out.extend(wrapped(&head, width, bold(), ""));
    for (i, &t) in c.order.agenda.iter().enumerate() {
        let text = format!("{}. {}", i + 1, words::topic_title(&c.topics[t]));
        out.extend(wrapped(&text, width, Style::new(), "  "));
    }
    if !c.skipped.is_empty() {
        out.push(Line::default());
        let k = c.skipped.len();
        let files = if k == 1 {
            "1 bestand is".to_string()
        } else {
            format!("{k} bestanden zijn")
        };
        out.extend(wrapped(
            &format!("{files} niet meegenomen; de lijst staat op het laatste scherm."),
            width,
            dim(),
            "",
        ));
    }
    out.push(Line::default());
    out.extend(wrapped(
        "Op elk punt van de agenda blijven de antwoorden verborgen tot u op de spatiebalk drukt. Met de cijfertoetsen 1 tot en met 9 gaat u meteen naar dat punt.",
        width,
        dim(),
        "",
    ));
}

fn agenda_topic(
    c: &Comparison,
    topic: &Topic,
    width: u16,
    size: Scale,
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
    let rows: Vec<Row> = match &topic.stats {
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
        Stats::Range { values, .. } | Stats::Texts(values) => {
            if revealed {
                if matches!(topic.stats, Stats::Range { .. }) {
                    out.extend(wrapped(
                        &crate::present::capitalise(&words::spread(&topic.stats)),
                        width,
                        bold(),
                        "",
                    ));
                }
                for (g, v) in values {
                    let label = c.groups.get(*g).map(|g| g.label()).unwrap_or_default();
                    out.extend(bullet(&format!("{label}: {v}"), width));
                }
            } else {
                out.extend(hidden_note(width));
            }
            return;
        }
    };
    // Multiple choices and lists count groups per option, not answers.
    let total = match &topic.stats {
        Stats::Choice(_) | Stats::Scale { .. } => topic.answered,
        _ => topic
            .answered
            .max(rows.iter().map(|r| r.groups.len()).max().unwrap_or(0)),
    };
    out.extend(super::bars::draw(c, &rows, total, width, size, revealed));
    if revealed {
        if let Stats::Scale {
            min,
            median_x2,
            max,
            ..
        } = &topic.stats
        {
            out.push(Line::default());
            let text = format!(
                "Laagste {min} · mediaan {} · hoogste {max}",
                words::median(*median_x2)
            );
            out.extend(wrapped(&text, width, bold(), ""));
        }
    } else {
        out.push(Line::default());
        out.extend(hidden_note(width));
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

fn findings(c: &Comparison, width: u16, out: &mut Vec<Line<'static>>) {
    heading(
        &format!(
            "{}: {}",
            crate::compare::report::ADVICE,
            crate::compare::report::FINDINGS.to_lowercase()
        ),
        width,
        out,
    );
    if c.findings.is_empty() {
        out.extend(wrapped(
            crate::compare::report::FINDINGS_EMPTY,
            width,
            Style::new(),
            "",
        ));
    }
    let total = c.groups.len();
    for f in &c.findings {
        let sign = if f.warning { "Let op" } else { "Tip" };
        let head = format!(
            "{} ({}) · {sign}",
            words::of_groups(f.groups.len(), total),
            c.letters(&f.groups)
        );
        out.extend(wrapped(&head, width, bold(), ""));
        for (m, groups) in &f.messages {
            let text = if f.messages.len() == 1 {
                one_line(m)
            } else {
                format!("{} ({})", one_line(m), c.letters(groups))
            };
            out.extend(wrapped(&text, width, Style::new(), "  "));
        }
        out.push(Line::default());
    }
}

fn forms(c: &Comparison, width: u16, out: &mut Vec<Line<'static>>) {
    heading(crate::compare::report::FORMS, width, out);
    for row in &c.forms {
        let label = c
            .groups
            .get(row.group)
            .map(|g| g.label())
            .unwrap_or_default();
        let chosen = row
            .chosen
            .as_deref()
            .map_or_else(|| "nog geen vorm gekozen".to_string(), one_line);
        let top = if row.top.is_empty() {
            "nog geen voorkeur".to_string()
        } else {
            one_line(&row.top.join(", "))
        };
        out.extend(wrapped(&label, width, bold(), ""));
        out.extend(wrapped(
            &format!("gekozen: {chosen}"),
            width,
            Style::new(),
            "  ",
        ));
        out.extend(wrapped(&format!("vormhulp: {top}"), width, dim(), "  "));
    }
    out.push(Line::default());
    out.extend(wrapped(
        "De vormhulp is een hulpmiddel bij het gesprek, geen juridisch advies.",
        width,
        dim(),
        "",
    ));
}

fn debrief(c: &Comparison, width: u16, out: &mut Vec<Line<'static>>) {
    heading(crate::compare::report::DEBRIEF, width, out);
    let total = c.groups.len();
    for d in &c.debrief {
        out.extend(wrapped(&d.text, width, bold(), ""));
        let mut line = words::came_to(d.covered.len(), total);
        if !d.covered.is_empty() {
            line = format!("{line} ({})", c.letters(&d.covered));
        }
        out.extend(wrapped(&line, width, Style::new(), "  "));
        for (g, gaps) in &d.open {
            let label = c.groups.get(*g).map(|g| g.label()).unwrap_or_default();
            let gaps: Vec<String> = gaps.iter().map(words::gap).collect();
            out.extend(wrapped(
                &format!("{label}: {}", gaps.join("; ")),
                width,
                dim(),
                "  ",
            ));
        }
        out.push(Line::default());
    }
}
