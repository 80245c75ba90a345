//! A list with the details of its selected row under it: the shape of
//! the screens beside the questions (F3, F5, F6; F4 puts them side by
//! side). The details scroll and say when more follows.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::text::Txt;
use crate::tui::drawn::{Drawn, Hit, Pane, PaneView};
use crate::tui::keymap::Context;
use crate::tui::state::{Editor, Panel};

use super::common::{self, light, scrolled, truncate, wrap, wrap_lines};
use super::theme;

/// The key that scrolls the details a page on, as the indicator names it.
pub fn page_key() -> String {
    common::page_key(Context::Panel)
}

/// The rows of a panel's list, with the selected one marked and in view;
/// each row is a click target.
pub fn list_rows(
    rows: Vec<Line<'static>>,
    selected: usize,
    frame: &mut Frame,
    area: Rect,
    drawn: &mut Drawn,
) {
    let visible = usize::from(area.height).max(1);
    let first = selected.saturating_sub(visible - 1);
    drawn.pane(PaneView {
        pane: Pane::List,
        area,
        total: u16::try_from(rows.len()).unwrap_or(u16::MAX),
        first: u16::try_from(first).unwrap_or(0),
    });
    let count = rows.len();
    let lines: Vec<Line> = rows
        .into_iter()
        .enumerate()
        .skip(first)
        .take(visible)
        .map(|(i, line)| {
            let marker = if i == selected { "› " } else { "  " };
            let mut spans = vec![Span::raw(marker)];
            spans.extend(line.spans);
            let line = Line::from(spans);
            if i == selected {
                line.style(theme::focus())
            } else {
                line
            }
        })
        .collect();
    for (row, i) in (first..count.min(first + visible)).enumerate() {
        let y = area.y + u16::try_from(row).unwrap_or(0);
        drawn.zone(
            Rect {
                y,
                height: 1,
                ..area
            },
            Hit::Row(i),
        );
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// What a list-with-details screen shows.
pub struct Split<'a> {
    pub title: &'a str,
    pub rows: Vec<Line<'static>>,
    /// Shown instead of the list when it has no rows.
    pub empty: &'a str,
    /// The details of the selected row.
    pub details: Vec<Line<'static>>,
}

/// A title, a list with one row selected, and the details of that row
/// under it, scrolling. The list takes the rows it needs (a third of the
/// room at most, three at least); the details get the rest.
pub fn list_with_details(
    split: Split,
    panel: Panel,
    frame: &mut Frame,
    area: Rect,
    drawn: &mut Drawn,
) {
    let Split {
        title,
        rows,
        empty,
        details,
    } = split;
    let body = area.height.saturating_sub(1);
    let wanted = u16::try_from(rows.len()).unwrap_or(u16::MAX);
    let list_rows_n = wanted.min((body / 3).max(3)).max(1);
    let [title_area, list_area, details_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(list_rows_n),
        Constraint::Min(0),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(
            truncate(title, title_area.width),
            theme::title(),
        )),
        title_area,
    );
    if rows.is_empty() {
        let lines: Vec<Line> = wrap(empty, area.width)
            .into_iter()
            .map(|l| Line::styled(l, theme::hint()))
            .collect();
        let rest = Rect {
            height: area.height.saturating_sub(1),
            ..list_area
        };
        frame.render_widget(Paragraph::new(lines), rest);
        return;
    }
    list_rows(rows, panel.selected, frame, list_area, drawn);
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(theme::dim());
    let inner = block.inner(details_area);
    frame.render_widget(block, details_area);
    let lines = wrap_lines(details, inner.width);
    scrolled(
        frame,
        inner,
        lines,
        panel.scroll,
        Pane::Details,
        &page_key(),
        drawn,
    );
}

/// The self-scan light of step `i`, for the overview's rows.
pub fn scan_light(e: &Editor, i: usize) -> (&'static str, Txt, Style) {
    e.advice
        .scan
        .get(i)
        .map_or(("?", Txt::LightAmber, theme::dim()), |s| light(s.light))
}
