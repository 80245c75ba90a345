//! The plan picker: every plan with its last change and progress.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

use crate::present::format_datetime;
use crate::text::{Txt, fill};
use crate::tui::drawn::{Drawn, Hit, Pane, PaneView};
use crate::tui::keymap::{Action, Context, say};
use crate::tui::state::{App, Picker};

use super::common::{message_lines, panel, shorten_middle, wrap};
use super::{keybar, theme};

pub fn render(app: &App, p: &Picker, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let detail_lines = selected_detail(app, p, area.width);
    let message = message_lines(app.message.as_ref(), area.width);
    let message_rows = u16::try_from(message.len()).unwrap_or(2);
    // With no plans yet, only the keys that make or leave one do anything.
    let skip: &[Action] = if p.plans.is_empty() && app.context() == Context::Picker {
        &[
            Action::Down,
            Action::Enter,
            Action::EditDetails,
            Action::Delete,
            Action::ShowVersions,
        ]
    } else {
        &[]
    };
    let [header, body, detail, message_area, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(u16::try_from(detail_lines.len()).unwrap_or(3)),
        Constraint::Length(message_rows),
        Constraint::Length(keybar::height(app.context(), area.width, skip)),
    ])
    .areas(area);
    let title = format!(" {} · {}", Txt::AppName.get(), Txt::PickerTitle.get());
    frame.render_widget(Paragraph::new(title).style(theme::header()), header);

    let block = panel(Txt::PickerTitle.get());
    let inner = block.inner(body);
    frame.render_widget(block, body);
    if p.plans.is_empty() {
        let lines: Vec<Line> = std::iter::once(Line::raw(""))
            .chain(
                wrap(&say(Txt::PickerEmpty, &[]), inner.width.saturating_sub(2))
                    .into_iter()
                    .map(|l| Line::styled(format!(" {l}"), theme::hint())),
            )
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
    } else {
        render_table(app, p, frame, inner, drawn);
    }

    frame.render_widget(Paragraph::new(detail_lines), detail);
    frame.render_widget(Paragraph::new(message), message_area);
    keybar::render(app.context(), skip, frame, keys, drawn);
}

fn render_table(app: &App, p: &Picker, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let header = Row::new(vec![
        Cell::from(Txt::PickerColPlan.get()),
        Cell::from(Txt::PickerColUpdated.get()),
        Cell::from(Txt::PickerColProgress.get()),
    ])
    .style(theme::title());
    // The table's own columns: "› ", the title, 17 for the date, 13 for
    // the progress, a space between each (see `title_column`).
    let title_width = title_column(area.width);
    let rows: Vec<Row> = p
        .plans
        .iter()
        .map(|s| {
            let updated = s
                .updated
                .map(|t| format_datetime(t, &app.tz))
                .unwrap_or_default();
            let status = match &s.status {
                Ok(progress) => Span::raw(format!("{:>3}%", progress.percent())),
                Err(_) => Span::styled(format!("⚠ {}", Txt::PickerDamaged.get()), theme::error()),
            };
            Row::new(vec![
                Cell::from(shorten_middle(&s.title, title_width)),
                Cell::from(updated),
                Cell::from(Line::from(status)),
            ])
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Min(20),
            Constraint::Length(17),
            Constraint::Length(13),
        ],
    )
    .header(header)
    .row_highlight_style(theme::focus())
    .highlight_symbol("› ");
    let mut state = TableState::default().with_selected(Some(p.selected));
    frame.render_stateful_widget(table, area, &mut state);
    // Under the header row, the plans from the first one shown.
    let first = state.offset();
    let rows_area = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    drawn.pane(PaneView {
        pane: Pane::List,
        area: rows_area,
        total: u16::try_from(p.plans.len()).unwrap_or(u16::MAX),
        first: u16::try_from(first).unwrap_or(0),
    });
    for (row, i) in (first..p.plans.len()).enumerate() {
        let Ok(row) = u16::try_from(row) else { break };
        if row >= rows_area.height {
            break;
        }
        let zone = Rect {
            y: rows_area.y + row,
            height: 1,
            ..rows_area
        };
        drawn.zone(zone, Hit::Row(i));
    }
}

/// How wide the title column is in a picker of `width` (inside its box).
fn title_column(width: u16) -> u16 {
    width.saturating_sub(2 + 17 + 13 + 2).max(20)
}

/// Under the table: where plans live, what is wrong with the selected
/// one, or its whole title when the table had to shorten it (at most
/// three lines).
fn selected_detail(app: &App, p: &Picker, width: u16) -> Vec<Line<'static>> {
    let inner = width.saturating_sub(2);
    let place = || (fill(Txt::PickerWhere, &[&app.plans_dir]), theme::dim());
    let (text, style) = match p.current() {
        Some(s) => match &s.status {
            Err(why) => (format!("⚠ {why}"), theme::error()),
            Ok(_) if shorten_middle(&s.title, title_column(inner)) != s.title => {
                (s.title.clone(), theme::dim())
            }
            Ok(_) => place(),
        },
        None => place(),
    };
    wrap(&text, width)
        .into_iter()
        .take(3)
        .map(|l| Line::styled(l, style))
        .collect()
}
