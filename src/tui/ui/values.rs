//! Answers as styled lines under their question.

use ratatui::text::Line;

use crate::guide::{Guide, Kind, Question};
use crate::plan::{Plan, Slot};
use crate::present::{answer_text, item_title, record_summary, title_field};
use crate::text::{Txt, fill};
use crate::tui::state::ListOf;

use super::common::{truncate, wrap};
use super::theme;

/// Items of a list shown under its question before "… and N more".
const LIST_PREVIEW: usize = 5;
/// Lines of a long text shown under its question.
const TEXT_PREVIEW: usize = 4;

/// The answer at `slot` as lines at most `width` wide.
pub fn value_lines(
    guide: &Guide,
    plan: &Plan,
    q: &Question,
    slot: &Slot,
    width: u16,
) -> Vec<Line<'static>> {
    match &q.kind {
        Kind::List {
            item,
            fields,
            title_field,
        } => {
            let items = plan.items(&q.id);
            if items.is_empty() {
                return vec![Line::styled(fill(Txt::NoItemsYet, &[item]), theme::hint())];
            }
            let mut lines: Vec<Line> = items
                .iter()
                .take(LIST_PREVIEW)
                .map(|i| {
                    let summary = record_summary(guide, plan, fields, Some(&i.fields), title_field);
                    bullet(&item_title(i, title_field), &summary, width)
                })
                .collect();
            more(&mut lines, items.len());
            lines
        }
        Kind::PerItem { list, fields } => {
            let items = plan.items(list);
            if items.is_empty() {
                let list_label = guide
                    .question(list)
                    .map_or("", |r| r.question.label.as_str());
                let noun = match ListOf::question(guide, list) {
                    Some(ListOf::Own { item, .. }) => item,
                    Some(ListOf::PerItem { .. }) | None => "",
                };
                let text = fill(Txt::PerItemNeedsList, &[&noun, &list_label]);
                return wrap(&text, width)
                    .into_iter()
                    .map(|l| Line::styled(l, theme::hint()))
                    .collect();
            }
            let field = title_field(guide, list);
            let mut lines: Vec<Line> = items
                .iter()
                .take(LIST_PREVIEW)
                .map(|i| {
                    let record = plan.record(&q.id, &i.id);
                    let summary = record_summary(guide, plan, fields, record, "");
                    let summary = if summary.is_empty() {
                        Txt::NotAnswered.get().to_string()
                    } else {
                        summary
                    };
                    bullet(&item_title(i, field), &summary, width)
                })
                .collect();
            more(&mut lines, items.len());
            lines
        }
        Kind::ShortText
        | Kind::LongText
        | Kind::Choice(_)
        | Kind::Multi(_)
        | Kind::Scale { .. }
        | Kind::YesNo
        | Kind::Number { .. }
        | Kind::Date
        | Kind::Refs { .. } => match answer_text(guide, plan, q, plan.get(slot)) {
            Some(text) => {
                let mut lines = wrap(&text, width);
                let cut = lines.len() > TEXT_PREVIEW;
                lines.truncate(TEXT_PREVIEW);
                if cut && let Some(last) = lines.last_mut() {
                    last.push('…');
                }
                lines
                    .into_iter()
                    .map(|l| Line::styled(l, theme::answer()))
                    .collect()
            }
            None if q.optional => vec![Line::styled(Txt::NotAnsweredOptional.get(), theme::hint())],
            None => vec![Line::styled(Txt::NotAnswered.get(), theme::hint())],
        },
    }
}

fn bullet(title: &str, summary: &str, width: u16) -> Line<'static> {
    let text = if summary.is_empty() {
        format!("• {title}")
    } else {
        format!("• {title} — {summary}")
    };
    Line::raw(truncate(&text, width))
}

fn more(lines: &mut Vec<Line<'static>>, total: usize) {
    if total > LIST_PREVIEW {
        lines.push(Line::styled(
            fill(Txt::AndMore, &[&(total - LIST_PREVIEW)]),
            theme::hint(),
        ));
    }
}
