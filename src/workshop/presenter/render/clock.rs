//! The countdown: big digits that turn amber at a fifth left and red when
//! the time is up, and words that say the same without colour.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{LineGauge, Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};

use crate::workshop::presenter::clock::{Status, Tone, digits};
use crate::workshop::presenter::state::Presenter;
use crate::workshop::presenter::words::W;

pub fn tone_style(tone: Tone) -> Style {
    match tone {
        Tone::Normal => Style::new(),
        Tone::Amber => Style::new().fg(Color::Yellow),
        Tone::Red => Style::new().fg(Color::Red),
    }
}

/// The digits to show: time left, or "+" and the time over.
pub fn clock_text(p: &Presenter) -> String {
    let (left, _) = p.remaining();
    if left < 0 {
        format!("+{}", digits(left))
    } else {
        digits(left)
    }
}

/// The clock in words: what is left, whether it runs, what was planned.
pub fn clock_words(p: &Presenter) -> [String; 3] {
    let (left, tone) = p.remaining();
    let planned_min = p.time(p.current).planned_secs / 60;
    let phrase = match (p.status(), tone) {
        (Status::Ready, _) => W::NotStarted.get().to_string(),
        (_, Tone::Red) if left <= -60 => {
            format!(
                "{}: {}",
                W::TimeUp.get(),
                W::Over.fill(&[&format!("{} min", -left / 60)])
            )
        }
        (_, Tone::Red) => W::TimeUp.get().to_string(),
        (_, Tone::Amber) => W::Almost.fill(&[&left_phrase(left)]),
        (_, Tone::Normal) => capitalise(&left_phrase(left)),
    };
    let state = match p.status() {
        Status::Ready => W::ReadyHint.get(),
        Status::Running => W::Running.get(),
        Status::Paused => W::Paused.get(),
    };
    let extra = p.extra_minutes();
    let planned = if extra == 0 {
        W::Planned.fill(&[&planned_min])
    } else {
        let change = if extra > 0 {
            format!("+{extra}")
        } else {
            format!("−{}", -extra)
        };
        W::PlannedChanged.fill(&[&planned_min, &change])
    };
    [phrase, state.to_string(), planned]
}

/// "nog 2 minuten", "nog 1 minuut", "nog minder dan een minuut".
fn left_phrase(left: i64) -> String {
    match left {
        ..60 => W::LeftLess.get().to_string(),
        60 => W::LeftOne.get().to_string(),
        n => {
            let minutes = (n + 59) / 60;
            if minutes == 1 {
                W::LeftOne.get().to_string()
            } else {
                W::Left.fill(&[&minutes])
            }
        }
    }
}

fn capitalise(s: &str) -> String {
    crate::present::capitalise(s)
}

/// The largest big-text size that fits `text` into `area`, if any.
pub fn pixel_size(text: &str, area: Rect) -> Option<(PixelSize, u16, u16)> {
    let n = text.chars().count() as u16;
    [
        (PixelSize::Full, 8 * n, 8),
        (PixelSize::HalfHeight, 8 * n, 4),
        (PixelSize::Quadrant, 4 * n, 4),
    ]
    .into_iter()
    .find(|(_, w, h)| *w <= area.width && *h <= area.height)
}

/// Big `text` in `area` (centred), or plain bold text when too small.
pub fn big(frame: &mut Frame, area: Rect, text: &str, style: Style) {
    match pixel_size(text, area) {
        Some((size, _, height)) => {
            let [_, rows] = Layout::vertical([Constraint::Fill(1), Constraint::Length(height)])
                .areas::<2>(area);
            let [rows, _] = Layout::vertical([Constraint::Length(height), Constraint::Fill(1)])
                .areas::<2>(rows);
            let widget = BigText::builder()
                .pixel_size(size)
                .style(style)
                .alignment(Alignment::Center)
                .lines(vec![Line::from(text.to_string())])
                .build();
            frame.render_widget(widget, rows);
        }
        None => {
            let line = Line::styled(text.to_string(), style.add_modifier(Modifier::BOLD));
            frame.render_widget(Paragraph::new(line).alignment(Alignment::Center), area);
        }
    }
}

/// The clock as a banner over the text (narrow screens) or as a column
/// beside it (wide screens).
pub fn render(frame: &mut Frame, p: &Presenter, area: Rect, wide: bool) {
    let (_, tone) = p.remaining();
    let style = tone_style(tone);
    let text = clock_text(p);
    let words = clock_words(p);
    let word_lines = vec![
        Line::styled(words[0].clone(), style.add_modifier(Modifier::BOLD)),
        Line::from(words[1].clone()),
        Line::styled(words[2].clone(), Style::new().add_modifier(Modifier::DIM)),
    ];
    if wide {
        let digits_rows = pixel_size(&text, area).map_or(1, |(_, _, h)| h);
        let [_, digits, _, said, _, gauge, _] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(digits_rows),
            Constraint::Length(1),
            Constraint::Length(3),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(area);
        big(frame, digits, &text, style);
        frame.render_widget(
            Paragraph::new(word_lines).alignment(Alignment::Center),
            said,
        );
        let t = p.time(p.current);
        let ratio = if t.planned_secs > 0 {
            (t.used_secs as f64 / t.planned_secs as f64).clamp(0.0, 1.0)
        } else {
            1.0
        };
        let [_, gauge, _] = Layout::horizontal([
            Constraint::Length(4),
            Constraint::Fill(1),
            Constraint::Length(4),
        ])
        .areas(gauge);
        frame.render_widget(
            LineGauge::default()
                .ratio(ratio)
                .label("")
                .filled_symbol("━")
                .unfilled_symbol("─")
                .filled_style(style.add_modifier(Modifier::BOLD))
                .unfilled_style(Style::new().add_modifier(Modifier::DIM)),
            gauge,
        );
        return;
    }
    let rows = area.height.min(4);
    let [band, _] = Layout::vertical([Constraint::Length(rows), Constraint::Fill(1)]).areas(area);
    // The words need room too: the digits get what is left after them.
    let for_digits = Rect {
        width: band.width.saturating_sub(WORDS_WIDTH + 2),
        ..band
    };
    let digits_width =
        pixel_size(&text, for_digits).map_or(text.chars().count() as u16, |(_, w, _)| w);
    let [digits, _, said] = Layout::horizontal([
        Constraint::Length(digits_width),
        Constraint::Length(2),
        Constraint::Fill(1),
    ])
    .areas(band);
    big(frame, digits, &text, style);
    frame.render_widget(Paragraph::new(word_lines).wrap(Wrap { trim: true }), said);
}

/// Columns kept for the clock's words beside the digits in the banner.
const WORDS_WIDTH: u16 = 30;
