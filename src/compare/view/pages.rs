//! The projector's pages besides the agenda topics: the start, where
//! everyone agrees, what nobody answered, the advice, the forms, the
//! debrief points and the files not compared.

use ratatui::style::Style;
use ratatui::text::Line;

use crate::compare::Comparison;
use crate::compare::report as texts;
use crate::compare::words::{self, one_line};

use super::text::{bold, bullet, dim, hanging, wrapped};

fn intro(text: &str, width: u16, out: &mut Vec<Line<'static>>) {
    out.extend(wrapped(text, width, dim(), ""));
    out.push(Line::default());
}

pub fn start(c: &Comparison, width: u16, out: &mut Vec<Line<'static>>) {
    out.extend(wrapped(&texts::title(c), width, bold(), ""));
    out.push(Line::default());
    out.extend(wrapped(&texts::groups_line(c), width, Style::new(), ""));
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
            out.extend(bullet(&text, width, Style::new()));
        }
    }
    out.push(Line::default());
    let n = c.order.agenda.len();
    let head = match n {
        0 => format!("{}: {}", texts::AGENDA, words::lower(texts::AGENDA_EMPTY)),
        1 => format!("{}: 1 punt.", texts::AGENDA),
        n => format!(
            "{}: {n} punten, het grootste verschil eerst.",
            texts::AGENDA
        ),
    };
    out.extend(wrapped(&head, width, bold(), ""));
    for (i, &t) in c.order.agenda.iter().enumerate() {
        let number = format!("{:>2}. ", i + 1);
        let rest = " ".repeat(number.len());
        let title = words::topic_title(&c.topics[t]);
        out.extend(hanging(&title, width, Style::new(), &number, &rest));
    }
    out.push(Line::default());
    let then = match c.debrief.len() {
        0 => "Daarna: waar iedereen het over eens is, wat niemand beantwoordde, het advies \
              en de vormkeuze."
            .to_string(),
        n => format!(
            "Daarna: waar iedereen het over eens is, wat niemand beantwoordde, het advies, \
             de vormkeuze en de nabespreking van de casus, met {}.",
            if n == 1 {
                "1 bespreekpunt".to_string()
            } else {
                format!("{n} bespreekpunten")
            }
        ),
    };
    out.extend(wrapped(&then, width, Style::new(), ""));
    if !c.skipped.is_empty() {
        out.push(Line::default());
        let k = c.skipped.len();
        let files = if k == 1 {
            "1 bestand is".to_string()
        } else {
            format!("{k} bestanden zijn")
        };
        let text = format!("{files} niet meegenomen; de lijst staat op het laatste scherm.");
        out.extend(wrapped(&text, width, dim(), ""));
    }
    out.push(Line::default());
    out.extend(wrapped(
        "Op elk punt van de agenda blijven de antwoorden verborgen tot u op de spatiebalk \
         drukt. Met een cijfertoets gaat u meteen naar dat punt (0 is punt 10).",
        width,
        dim(),
        "",
    ));
}

pub fn agreed(c: &Comparison, width: u16, out: &mut Vec<Line<'static>>) {
    if c.order.agreed.is_empty() {
        out.extend(wrapped(texts::AGREED_EMPTY, width, Style::new(), ""));
        return;
    }
    intro(texts::AGREED_INTRO, width, out);
    for &t in &c.order.agreed {
        let topic = &c.topics[t];
        let value = format!(
            "{} ({})",
            words::agreed_value(&topic.stats),
            words::of_groups(topic.answered, topic.asked)
        );
        let text = words::titled(&words::topic_title(topic), &value);
        out.extend(bullet(&text, width, Style::new()));
    }
}

pub fn unanswered(c: &Comparison, width: u16, out: &mut Vec<Line<'static>>) {
    if c.order.unanswered.is_empty() {
        out.extend(wrapped(texts::UNANSWERED_EMPTY, width, Style::new(), ""));
        return;
    }
    intro(texts::UNANSWERED_INTRO, width, out);
    for &t in &c.order.unanswered {
        let topic = &c.topics[t];
        let step = c.steps.get(topic.step).map_or("", String::as_str);
        let text = format!("{} ({step})", one_line(&topic.title));
        out.extend(bullet(&text, width, Style::new()));
    }
}

pub fn findings(c: &Comparison, width: u16, out: &mut Vec<Line<'static>>) {
    if c.findings.is_empty() {
        out.extend(wrapped(texts::FINDINGS_EMPTY, width, Style::new(), ""));
        return;
    }
    intro(texts::FINDINGS_INTRO, width, out);
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
            out.extend(hanging(&text, width, Style::new(), "  ", "  "));
        }
        out.push(Line::default());
    }
}

pub fn forms(c: &Comparison, width: u16, out: &mut Vec<Line<'static>>) {
    intro(texts::FORMS_INTRO, width, out);
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
        out.extend(hanging(
            &format!("gekozen: {chosen}"),
            width,
            Style::new(),
            "  ",
            "  ",
        ));
        out.extend(hanging(
            &format!("vormhulp: {top}"),
            width,
            dim(),
            "  ",
            "  ",
        ));
    }
}

pub fn debrief(c: &Comparison, width: u16, out: &mut Vec<Line<'static>>) {
    intro(texts::DEBRIEF_INTRO, width, out);
    let total = c.groups.len();
    for d in &c.debrief {
        out.extend(wrapped(&d.text, width, bold(), ""));
        let mut line = words::came_to(d.covered.len(), total);
        if !d.covered.is_empty() {
            line = format!("{line} ({})", c.letters(&d.covered));
        }
        line.push('.');
        if !d.forms.is_empty() {
            line = format!("{line} Passende vorm: {}.", d.forms.join(", "));
        }
        out.extend(hanging(&line, width, Style::new(), "  ", "  "));
        for (groups, gaps) in words::open_by_gaps(d) {
            let text = format!("{}: {gaps}", words::group_list(c, &groups));
            out.extend(hanging(&text, width, dim(), "  ", "    "));
        }
        out.push(Line::default());
    }
}

pub fn skipped(c: &Comparison, width: u16, out: &mut Vec<Line<'static>>) {
    intro(texts::SKIPPED_INTRO, width, out);
    for s in &c.skipped {
        let text = format!(
            "{}: {}",
            one_line(&s.file),
            words::skip_reason(&s.reason, c.names)
        );
        out.extend(bullet(&text, width, Style::new()));
    }
    if c.entries_cut {
        out.push(Line::default());
        out.extend(wrapped(texts::ENTRIES_CUT, width, bold(), ""));
    }
}
