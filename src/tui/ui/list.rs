//! The items of a list, one row each, with the selected row marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::guide::Guide;
use crate::plan::progress::open_fields;
use crate::present::{item_title, record_summary, title_field};
use crate::text::{Txt, fill};
use crate::tui::drawn::{Drawn, Hit, Pane, PaneView};
use crate::tui::keymap::say;
use crate::tui::state::{Editor, ListOf};

use super::common::{truncate, wrap};
use super::theme;

pub fn render(
    guide: &Guide,
    e: &Editor,
    question: &str,
    selected: usize,
    frame: &mut Frame,
    area: Rect,
    drawn: &mut Drawn,
) {
    let Some(shape) = ListOf::question(guide, question) else {
        return;
    };
    let items = e.list_items(guide, question);
    let (list, noun) = match shape {
        ListOf::Own { item, .. } => (question, item),
        ListOf::PerItem { list, .. } => {
            let noun = match ListOf::question(guide, list) {
                Some(ListOf::Own { item, .. }) => item,
                Some(ListOf::PerItem { .. }) | None => "",
            };
            (list, noun)
        }
    };
    let fields = shape.fields();
    if items.is_empty() {
        let text = match shape {
            ListOf::PerItem { list, .. } => {
                let label = guide
                    .question(list)
                    .map_or("", |r| r.question.label.as_str());
                fill(Txt::PerItemNeedsList, &[&noun, &label])
            }
            ListOf::Own { .. } => say(Txt::ListEmptyHint, &[&noun]),
        };
        let lines: Vec<Line> = wrap(&text, area.width)
            .into_iter()
            .map(|l| Line::styled(l, theme::hint()))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let rows = usize::from(area.height);
    if rows == 0 {
        return;
    }
    let selected = selected.min(items.len() - 1);
    // Keep the selected row in view; only the rows on screen are built,
    // so a list of thousands of items costs no more than a short one.
    let first = selected.saturating_sub(rows.saturating_sub(1));
    let name_field = title_field(guide, list);
    // A list's own rows start with the name; no need to repeat it.
    let skip = match shape {
        ListOf::Own { .. } => name_field,
        ListOf::PerItem { .. } => "",
    };
    drawn.pane(PaneView {
        pane: Pane::List,
        area,
        total: u16::try_from(items.len()).unwrap_or(u16::MAX),
        first: u16::try_from(first).unwrap_or(0),
    });
    for (row, i) in (first..items.len().min(first + rows)).enumerate() {
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
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, item)| {
            let record = match shape {
                ListOf::PerItem { .. } => e.plan.record(question, &item.id),
                ListOf::Own { .. } => Some(&item.fields),
            };
            let summary = record_summary(guide, &e.plan, fields, record, skip);
            let title = item_title(item, name_field);
            let here = i == selected;
            let text = if summary.is_empty() {
                format!("{} {}. {title}", if here { "›" } else { " " }, i + 1)
            } else {
                format!(
                    "{} {}. {title} — {summary}",
                    if here { "›" } else { " " },
                    i + 1
                )
            };
            let style = if here {
                theme::focus()
            } else {
                ratatui::style::Style::new()
            };
            // How many required answers the item still lacks (W12); Enter
            // opens it on the first of them.
            let open = open_fields(fields, record).len();
            if open == 0 {
                return Line::styled(truncate(&text, area.width), style);
            }
            let note = format!(" · {}", fill(Txt::ItemOpen, &[&open]));
            let room = area
                .width
                .saturating_sub(u16::try_from(note.width()).unwrap_or(0));
            Line::from(vec![
                Span::styled(truncate(&text, room), style),
                Span::styled(note, style.patch(theme::warn())),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}
