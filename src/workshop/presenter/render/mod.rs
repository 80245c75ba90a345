//! Drawing the presenter: `render(&state, frame)` and nothing else. The
//! layout comes from [`super::layout`], shared with `update`.

mod clock;
mod screens;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::keymap::bar;
use super::layout::{
    MIN_SIZE, TextStyle, areas, body, content_lines, entry_width, is_too_small, max_content_scroll,
    notes_inner, notes_lines,
};
use super::state::{Presenter, View};
use super::words::W;

pub use clock::{clock_text, clock_words};

/// Draw `p`, in the colours the trainer chose (`NO_COLOR`, high contrast).
pub fn render(p: &Presenter, frame: &mut Frame) {
    draw(p, frame);
    crate::palette::apply(frame.buffer_mut(), p.colours);
}

fn draw(p: &Presenter, frame: &mut Frame) {
    let area = frame.area();
    if is_too_small(area) {
        too_small(p, frame, area);
        return;
    }
    let a = areas(p, area);
    header(p, frame, a.header);
    match p.view {
        View::Item => {
            clock::render(frame, p, a.clock, a.wide);
            if !a.wide {
                rule(frame, a.clock);
            }
            content(
                p,
                frame,
                a.content,
                a.text_style(),
                max_content_scroll(p, &a),
            );
            if let Some(notes_area) = a.notes {
                notes(p, frame, notes_area);
            }
        }
        View::RunSheet => screens::run_sheet(p, frame, body(&a)),
        View::PauseScreen => screens::pause(p, frame, body(&a)),
        View::Help => screens::help(p, frame, body(&a)),
    }
    if let (Some(area), Some(message)) = (a.message, &p.message) {
        let line = Line::styled(message.clone(), Style::new().add_modifier(Modifier::BOLD));
        frame.render_widget(Paragraph::new(line), area);
    }
    keys(p, frame, a.keys);
}

fn header(p: &Presenter, frame: &mut Frame, area: Rect) {
    let style = Style::new().add_modifier(Modifier::REVERSED);
    let position = W::ItemOf.fill(&[&(p.current + 1), &p.slides.len()]);
    let date = if p.date.is_empty() {
        String::new()
    } else {
        format!(" · {}", p.date)
    };
    // The title gives way first: the date and the position always show.
    let width = usize::from(area.width);
    let fixed = date.chars().count() + position.chars().count() + 3;
    let room = width.saturating_sub(fixed);
    let title: String = if p.title.chars().count() > room {
        let cut: String = p.title.chars().take(room.saturating_sub(1)).collect();
        format!("{cut}…")
    } else {
        p.title.clone()
    };
    let left = format!(" {title}{date}");
    let gap = width.saturating_sub(left.chars().count() + position.chars().count() + 1);
    let line = Line::from(format!("{left}{}{position} ", " ".repeat(gap)));
    frame.render_widget(Paragraph::new(line).style(style), area);
}

/// The line under the clock banner.
fn rule(frame: &mut Frame, clock: Rect) {
    if clock.height >= 5 {
        let at = Rect::new(clock.x, clock.bottom() - 1, clock.width, 1);
        let line = "─".repeat(usize::from(clock.width));
        frame.render_widget(
            Paragraph::new(line).style(Style::new().add_modifier(Modifier::DIM)),
            at,
        );
    }
}

fn content(p: &Presenter, frame: &mut Frame, area: Rect, style: TextStyle, max_text: u16) {
    if let Some(slide) = p.slide() {
        scrolled(
            frame,
            area,
            content_lines(slide, area.width, style),
            p.scroll.min(max_text),
        );
    }
}

/// `lines` from line `from` on; with text below, the last row says so
/// instead of cutting a line off.
fn scrolled(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>, from: u16) {
    let total = lines.len();
    let from = usize::from(from);
    let height = usize::from(area.height);
    let more = from + height < total && height > 1;
    let rows = if more { height - 1 } else { height };
    let shown: Vec<Line> = lines.into_iter().skip(from).take(rows).collect();
    frame.render_widget(Paragraph::new(shown), area);
    if more {
        let text = W::More.get();
        let width = text.chars().count() as u16;
        let at = Rect::new(
            area.right().saturating_sub(width),
            area.bottom() - 1,
            width,
            1,
        );
        frame.render_widget(
            Paragraph::new(text).style(Style::new().add_modifier(Modifier::REVERSED)),
            at,
        );
    }
}

fn notes(p: &Presenter, frame: &mut Frame, area: Rect) {
    let block = Block::new().borders(Borders::TOP).title(Span::styled(
        format!(" {} ", W::NotesTitle.get()),
        Style::new().add_modifier(Modifier::BOLD),
    ));
    let inner = notes_inner(area);
    frame.render_widget(block, area);
    let lines = notes_lines(p, inner.width);
    let max = lines.len().saturating_sub(usize::from(inner.height));
    let from = p.scroll.min(u16::try_from(max).unwrap_or(u16::MAX));
    scrolled(frame, inner, lines, from);
}

/// The keys that work now, over one or two rows. When they do not all
/// fit, the least needed ones go first; `?` (all keys) and `q` always stay.
fn keys(p: &Presenter, frame: &mut Frame, area: Rect) {
    let key_style = Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
    let mut entries = bar(p);
    let width = usize::from(area.width);
    while rows_needed(&entries, width) > usize::from(area.height) {
        let least = entries
            .iter()
            .enumerate()
            .filter(|(_, (key, _))| priority(key) < KEEP)
            .max_by_key(|(_, (key, _))| priority(key))
            .map(|(i, _)| i);
        match least {
            Some(i) => {
                entries.remove(i);
            }
            None => break,
        }
    }
    let lines: Vec<Line> = fill_rows(&entries, width)
        .into_iter()
        .map(|row| {
            let spans: Vec<Span> = row
                .iter()
                .flat_map(|(key, what)| {
                    [
                        Span::styled(format!(" {key} "), key_style),
                        Span::raw(format!(" {what}  ")),
                    ]
                })
                .collect();
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// Keys with this priority are never left out of the key bar.
const KEEP: u8 = 9;

/// Which keys go first when the bar is too narrow: the higher, the sooner.
fn priority(key: &str) -> u8 {
    match key {
        "Spatie" => 0,
        "←/→" | "←" | "→" => 1,
        "↑/↓" | "Esc" => 2,
        "n" => 3,
        "+/−" | "+" | "−" => 4,
        "o" => 5,
        "p" => 6,
        _ => KEEP,
    }
}

/// The entries laid out in rows of at most `width` columns, in order.
fn fill_rows<'a>(entries: &[(&'a str, &'a str)], width: usize) -> Vec<Vec<(&'a str, &'a str)>> {
    let mut rows: Vec<Vec<(&str, &str)>> = vec![Vec::new()];
    let mut used = 0;
    for &(key, what) in entries {
        let size = entry_width(key, what);
        if used + size > width && used > 0 {
            rows.push(Vec::new());
            used = 0;
        }
        if let Some(row) = rows.last_mut() {
            row.push((key, what));
        }
        used += size;
    }
    rows
}

fn rows_needed(entries: &[(&str, &str)], width: usize) -> usize {
    fill_rows(entries, width).len()
}

fn too_small(p: &Presenter, frame: &mut Frame, area: Rect) {
    let words = clock_words(p);
    let text = vec![
        Line::styled(clock_text(p), Style::new().add_modifier(Modifier::BOLD)),
        Line::from(words[0].clone()),
        Line::from(W::TooSmall.fill(&[&MIN_SIZE.0, &MIN_SIZE.1])),
    ];
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        area,
    );
}
