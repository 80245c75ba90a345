//! The screens over the item: the run-sheet, the pause screen and help.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};

use super::clock::{big, clock_text, clock_words, tone_style};
use crate::workshop::presenter::clock::digits;
use crate::workshop::presenter::layout::help_lines;
use crate::workshop::presenter::state::Presenter;
use crate::workshop::presenter::words::W;

fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// Planned against used minutes per item, and how far ahead or behind.
pub fn run_sheet(p: &Presenter, frame: &mut Frame, area: Rect) {
    let [title, table_area, summary] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(3),
        Constraint::Length(2),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(W::RunSheetTitle.get(), bold())),
        title,
    );
    // Narrow columns for the marks and minutes; the titles get the rest and
    // wrap over two lines rather than being cut off.
    let title_width = usize::from(table_area.width).saturating_sub(MARK + 3 * NUMBER + 4);
    let rows: Vec<Row> = p
        .slides
        .iter()
        .enumerate()
        .map(|(i, slide)| {
            let t = p.time(i);
            let mark = if i == p.current {
                W::MarkNow.get()
            } else if i < p.current {
                W::MarkDone.get()
            } else {
                ""
            };
            let counted = i <= p.current || t.used_secs > 0;
            let diff = if counted && !(i == p.current && t.used_secs < t.planned_secs) {
                minutes_diff(t.used_secs - t.planned_secs)
            } else {
                String::new()
            };
            // A finished item without time used says 00:00, so its
            // difference never stands beside an empty cell.
            let used = if t.used_secs > 0 || (counted && i < p.current) {
                digits(t.used_secs)
            } else {
                String::new()
            };
            let name = title_lines(&format!("{}. {}", i + 1, slide.title), title_width);
            let height = name.len() as u16;
            let row = Row::new(vec![
                Cell::from(mark),
                Cell::from(name),
                Cell::from(W::Minutes.fill(&[&(t.planned_secs / 60)])),
                Cell::from(used),
                Cell::from(diff),
            ]);
            let row = row.height(height);
            if i == p.current {
                row.style(bold())
            } else {
                row
            }
        })
        .collect();
    let header = Row::new(vec![
        Cell::from(""),
        Cell::from(W::ColItem.get()),
        Cell::from(W::ColPlanned.get()),
        Cell::from(W::ColUsed.get()),
        Cell::from(W::ColDiff.get()),
    ])
    .style(Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED));
    let table = Table::new(
        rows,
        [
            Constraint::Length(MARK as u16),
            Constraint::Min(10),
            Constraint::Length(NUMBER as u16),
            Constraint::Length(NUMBER as u16),
            Constraint::Length(NUMBER as u16),
        ],
    )
    .header(header);
    // Selecting the current item scrolls it into view on a long agenda.
    let mut state = TableState::new().with_selected(Some(p.current));
    frame.render_stateful_widget(table, table_area, &mut state);
    let behind = p.behind_secs() / 60;
    let pace = match behind {
        0 => W::OnTime.get().to_string(),
        n if n > 0 => W::Behind.fill(&[&n]),
        n => W::Ahead.fill(&[&-n]),
    };
    // Whole minutes, rounded up: "24 min" while 24:30 is left would be short.
    let to_go = W::StillToGo.fill(&[&((p.still_to_go_secs() + 59) / 60)]);
    frame.render_widget(
        Paragraph::new(vec![Line::styled(pace, bold()), Line::from(to_go)])
            .wrap(Wrap { trim: true }),
        summary,
    );
}

/// Columns of the mark ("klaar", "nu") and of each number.
const MARK: usize = 5;
const NUMBER: usize = 8;

/// An item's title in at most two lines of `width`, the second cut with
/// "…" when even that is not enough.
fn title_lines(title: &str, width: usize) -> Vec<Line<'static>> {
    let mut parts: Vec<String> = textwrap::wrap(title, width.max(8))
        .into_iter()
        .map(|p| p.into_owned())
        .collect();
    if parts.len() > 2 {
        parts.truncate(2);
        let second: String = parts[1].chars().take(width.saturating_sub(1)).collect();
        parts[1] = format!("{second}…");
    }
    parts.into_iter().map(Line::from).collect()
}

/// "+3" or "−2" (minutes, rounded towards zero), or "0".
fn minutes_diff(secs: i64) -> String {
    let m = secs / 60;
    match m {
        0 => "0".to_string(),
        m if m > 0 => format!("+{m}"),
        m => format!("−{}", -m),
    }
}

/// The content hidden: a big "PAUZE" and the current item's clock.
pub fn pause(p: &Presenter, frame: &mut Frame, area: Rect) {
    let [_, word, _, clock, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(if area.height >= 20 { 8 } else { 4 }),
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Fill(1),
    ])
    .areas(area);
    big(frame, word, W::PauseBig.get(), bold());
    let (_, tone) = p.remaining();
    let words = clock_words(p);
    let lines = vec![
        Line::styled(
            format!("{}  ·  {}", clock_text(p), words[0]),
            tone_style(tone),
        ),
        Line::from(W::PauseHint.get()),
    ];
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), clock);
}

pub fn help(p: &Presenter, frame: &mut Frame, area: Rect) {
    super::scrolled(frame, area, help_lines(area.width), p.help_scroll);
}
