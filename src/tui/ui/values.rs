//! Answers as styled lines under their question.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::guide::{Guide, Kind, Question};
use crate::plan::progress::open_fields;
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

/// The answer at `slot` as lines at most `width` wide; in `full`, a long
/// text is not shortened (the focused question shows all of it).
pub fn value_lines(
    guide: &Guide,
    plan: &Plan,
    q: &Question,
    slot: &Slot,
    width: u16,
    full: bool,
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
                .flat_map(|i| {
                    let summary = record_summary(guide, plan, fields, Some(&i.fields), title_field);
                    let open = open_fields(fields, Some(&i.fields)).len();
                    bullet(&item_title(i, title_field), &summary, open, width, full)
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
                .flat_map(|i| {
                    let record = plan.record(&q.id, &i.id);
                    let summary = record_summary(guide, plan, fields, record, "");
                    let open = open_fields(fields, record).len();
                    // "nog 2 open" says it when something is required.
                    let summary = if summary.is_empty() && open == 0 {
                        Txt::NotAnswered.get().to_string()
                    } else {
                        summary
                    };
                    bullet(&item_title(i, field), &summary, open, width, full)
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
                let cut = lines.len() > TEXT_PREVIEW && !full;
                if cut {
                    lines.truncate(TEXT_PREVIEW);
                }
                if cut && let Some(last) = lines.last_mut() {
                    last.push('…');
                }
                lines
                    .into_iter()
                    .map(|l| Line::styled(l, theme::answer()))
                    .collect()
            }
            None => {
                let txt = if q.optional {
                    Txt::NotAnsweredOptional
                } else {
                    Txt::NotAnswered
                };
                wrap(txt.get(), width)
                    .into_iter()
                    .map(|l| Line::styled(l, theme::hint()))
                    .collect()
            }
        },
    }
}

/// "• Afval — Samen met anderen · nog 2 open": the item, its short
/// answers, and how many of its required answers are still open (W12).
/// On one line, cut; in `full` (the focused question) wrapped, so every
/// word can be read.
fn bullet(title: &str, summary: &str, open: usize, width: u16, full: bool) -> Vec<Line<'static>> {
    let text = if summary.is_empty() {
        format!("• {title}")
    } else {
        format!("• {title} — {summary}")
    };
    let note = (open > 0).then(|| format!(" · {}", fill(Txt::ItemOpen, &[&open])));
    if !full {
        let Some(note) = note else {
            return vec![Line::raw(truncate(&text, width))];
        };
        let room = usize::from(width).saturating_sub(note.width());
        return vec![Line::from(vec![
            Span::raw(truncate(&text, u16::try_from(room).unwrap_or(0))),
            Span::styled(note, theme::warn()),
        ])];
    }
    // Continuation lines stand under the text, not under the bullet.
    let mut lines: Vec<Line> = wrap(&text, width.saturating_sub(2))
        .into_iter()
        .enumerate()
        .map(|(n, l)| Line::raw(if n == 0 { l } else { format!("  {l}") }))
        .collect();
    if let Some(note) = note {
        let fits = lines
            .last()
            .is_some_and(|l| l.width() + note.width() <= usize::from(width));
        match lines.last_mut() {
            Some(last) if fits => last.spans.push(Span::styled(note, theme::warn())),
            _ => lines.push(Line::styled(
                format!("  {}", note.trim_start_matches(" · ")),
                theme::warn(),
            )),
        }
    }
    lines
}

fn more(lines: &mut Vec<Line<'static>>, total: usize) {
    if total > LIST_PREVIEW {
        lines.push(Line::styled(
            fill(Txt::AndMore, &[&(total - LIST_PREVIEW)]),
            theme::hint(),
        ));
    }
}
