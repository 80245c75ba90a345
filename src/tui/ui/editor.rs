//! The plan editor: header, step list, the step's questions, help, keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::advice::{Finding, Severity};
use crate::guide::Guide;
use crate::plan::Slot;
use crate::present::{capitalise, item_noun, item_title, title_field};
use crate::text::{Txt, fill};
use crate::tui::drawn::Drawn;
use crate::tui::keymap::say;
use crate::tui::state::{App, Editor, ListOf, SaveState, View};

use super::common::{message_lines, shorten_middle, wrap};
use super::form::{self, Column, Entry};
use super::{help, keybar, list, panels, sidebar, tabs, theme};

const SIDEBAR_WIDTH: u16 = 22;
const INTRO_ROWS: usize = 2;

pub fn render(app: &App, e: &Editor, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let guide = &app.guide;
    let message = message_lines(app.message.as_ref(), area.width);
    let message_rows = u16::try_from(message.len()).unwrap_or(2);
    let [header, tab_row, body, message_area, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(message_rows),
        Constraint::Length(keybar::height(app.context(), area.width, &[])),
    ])
    .areas(area);
    render_header(app, e, frame, header);
    tabs::render(e, frame, tab_row, drawn);
    // A panel takes the whole width: the form aid and the findings need
    // the room more than the step list does.
    match e.panel {
        Some(panel) => panels::render(app, e, panel, frame, body, drawn),
        None => {
            let [side, main] =
                Layout::horizontal([Constraint::Length(SIDEBAR_WIDTH), Constraint::Min(0)])
                    .areas(body);
            sidebar::render(guide, e, frame, side, drawn);
            render_main(guide, e, frame, main, drawn);
        }
    }
    frame.render_widget(Paragraph::new(message), message_area);
    keybar::render(app.context(), &[], frame, keys, drawn);
}

/// The header: the plan on the left, the step and the save state on the
/// right. As the window narrows the words around the step and the time go
/// first; the title is cut last.
fn render_header(app: &App, e: &Editor, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let (save, save_short, save_style) = match &e.save {
        SaveState::Failed(_) => {
            let text = format!("⚠ {}", Txt::SaveFailed.get());
            (text.clone(), text, theme::error())
        }
        _ if e.is_dirty() => {
            let text = Txt::Unsaved.get().to_string();
            (text.clone(), text, Style::new())
        }
        SaveState::Saved(at) => {
            let time = crate::present::format_time(*at, &app.tz);
            (
                fill(Txt::Saved, &[&time]),
                fill(Txt::SavedShort, &[&time]),
                Style::new(),
            )
        }
    };
    let step = crate::present::step_place(e.step, app.guide.steps.len());
    let plain = format!(" {}", e.plan.meta.title);
    let number = fill(Txt::StepNumber, &[&e.step]);
    let choices = [
        (plain.as_str(), format!("{step} · "), save.clone()),
        (plain.as_str(), format!("{number} · "), save),
        (plain.as_str(), format!("{number} · "), save_short),
    ];
    // A long title may give way down to half the width before the step's
    // words and the time do.
    let title_least = |l: &str| l.width().min((width / 2).max(20));
    let fits =
        |(l, s, v): &(&str, String, String)| title_least(l) + s.width() + v.width() + 2 <= width;
    let (left, step, save) = match choices.iter().find(|c| fits(c)) {
        Some(c) => c.clone(),
        None => choices[2].clone(),
    };
    let right_width = step.width() + save.width() + 1;
    // Two spaces at least between the title and the step, and a title that
    // must give way loses its middle, so "— Tafel 1" still shows.
    let room = width.saturating_sub(right_width + 2);
    let left = if left.width() <= room {
        left.to_string()
    } else {
        format!(
            " {}",
            shorten_middle(
                &e.plan.meta.title,
                u16::try_from(room.saturating_sub(1)).unwrap_or(0)
            )
        )
    };
    let pad = width.saturating_sub(left.width() + right_width);
    let line = Line::from(vec![
        Span::raw(left),
        Span::raw(" ".repeat(pad)),
        Span::raw(step),
        Span::styled(format!("{save} "), save_style),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme::header()), area);
}

fn render_main(guide: &Guide, e: &Editor, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let Some(step) = e.current_step(guide) else {
        return;
    };
    let inner = Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(1),
        ..area
    };
    // The intro gets two lines and says where the rest is (F1); while an
    // answer is typed it makes room for the field.
    let mut intro = wrap(&step.intro, inner.width);
    if e.field_editor().is_some() {
        intro.clear();
    }
    if intro.len() > INTRO_ROWS {
        // The last row ends at a word, then says where the rest is.
        let more = say(Txt::IntroMore, &[]);
        let room = inner
            .width
            .saturating_sub(u16::try_from(more.width() + 1).unwrap_or(0));
        let rest = intro[INTRO_ROWS - 1..].join(" ");
        let last = wrap(&rest, room).into_iter().next().unwrap_or_default();
        intro.truncate(INTRO_ROWS - 1);
        intro.push(format!("{last} {more}"));
    }
    let intro_rows = u16::try_from(intro.len()).unwrap_or(0);
    let crumb = breadcrumb(guide, e, inner.width);
    let crumb_rows = u16::try_from(crumb.len()).unwrap_or(0);
    let help_rows = help::panel_height(inner.height);
    let [title, intro_area, crumb_area, content, help_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(intro_rows),
        Constraint::Length(crumb_rows),
        Constraint::Min(0),
        Constraint::Length(help_rows),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(Line::styled(step.title.clone(), theme::title())),
        title,
    );
    let intro_lines: Vec<Line> = intro
        .into_iter()
        .map(|l| Line::styled(l, theme::dim()))
        .collect();
    frame.render_widget(Paragraph::new(intro_lines), intro_area);
    frame.render_widget(Paragraph::new(crumb), crumb_area);
    match &e.view {
        View::Form { edit } => {
            let entries: Vec<Entry> = e
                .visible(guide)
                .into_iter()
                .map(|q| Entry {
                    question: q,
                    slot: Slot::question(&q.id),
                    notes: question_notes(guide, e, &q.id),
                })
                .collect();
            let column = Column {
                entries: &entries,
                focus: e.focus,
                edit: edit.as_ref(),
                scroll: &e.form_scroll,
            };
            form::render(frame, content, guide, &e.plan, &column, drawn);
        }
        View::List { question, selected } => {
            list::render(guide, e, question, *selected, frame, content, drawn);
        }
        View::Record {
            question,
            item,
            focus,
            edit,
        } => {
            let entries: Vec<Entry> = e
                .visible_fields(guide, question, item)
                .into_iter()
                .enumerate()
                .map(|(i, f)| Entry {
                    question: f,
                    slot: Slot::field(question, item, &f.id),
                    // A finding about a field goes with that field; one about
                    // the item as a whole with its first question.
                    notes: item_notes(e, question, item, &f.id, i == 0),
                })
                .collect();
            let column = Column {
                entries: &entries,
                focus: *focus,
                edit: edit.as_ref(),
                scroll: &e.form_scroll,
            };
            form::render(frame, content, guide, &e.plan, &column, drawn);
        }
    }
    help::render_panel(guide, e, frame, help_area);
}

/// Where in the step the user is, when inside a list or an item:
/// "Taken › Welke taken horen bij deze opgave?" or "Taken › Taak 2 van
/// 5: Afval", wrapped rather than cut (W7).
fn breadcrumb(guide: &Guide, e: &Editor, width: u16) -> Vec<Line<'static>> {
    crumb_text(guide, e)
        .map(|text| {
            wrap(&text, width)
                .into_iter()
                .map(|l| Line::styled(l, theme::focus_label()))
                .collect()
        })
        .unwrap_or_default()
}

fn crumb_text(guide: &Guide, e: &Editor) -> Option<String> {
    let sep = Txt::Breadcrumb.get();
    let (question, item) = match &e.view {
        View::Form { .. } => return None,
        View::List { question, .. } => (question, None),
        View::Record { question, item, .. } => (question, Some(item)),
    };
    let q = guide.question(question)?.question;
    let step = e.current_step(guide).map_or("", |s| s.short_title.as_str());
    let text = match item {
        None => format!("{step}{sep}{}", q.label),
        Some(item) => {
            let list = match ListOf::of(&q.kind) {
                Some(ListOf::PerItem { list, .. }) => list,
                Some(ListOf::Own { .. }) | None => question.as_str(),
            };
            let noun = match ListOf::question(guide, list) {
                Some(ListOf::Own { item, .. }) => item,
                Some(ListOf::PerItem { .. }) | None => "",
            };
            let items = e.list_items(guide, question);
            let pos = items.iter().position(|i| &i.id == item)?;
            let title = item_title(&items[pos], title_field(guide, list));
            let counted = fill(Txt::ItemOf, &[&capitalise(noun), &(pos + 1), &items.len()]);
            format!("{step}{sep}{counted}: {title}")
        }
    };
    Some(text)
}

/// The findings on question `id` itself, and a count of those on its items.
fn question_notes(guide: &Guide, e: &Editor, id: &str) -> Vec<(bool, String)> {
    let mut notes: Vec<(bool, String)> = e
        .advice
        .findings
        .iter()
        .filter(|f| f.question == id && f.item.is_none())
        .map(|f| (f.severity == Severity::Warning, f.message.clone()))
        .collect();
    let on_items: Vec<&Finding> = e
        .advice
        .findings
        .iter()
        .filter(|f| f.question == id && f.item.is_some())
        .collect();
    let warning = on_items.iter().any(|f| f.severity == Severity::Warning);
    match on_items.len() {
        0 => {}
        1 => notes.push((warning, say(Txt::FindingAtItem, &[&item_noun(guide, id)]))),
        n => notes.push((warning, say(Txt::FindingsAtItems, &[&n]))),
    }
    notes
}

/// The findings on field `field` of one item of a list (or of a per-item
/// question); with `first`, also those about the item as a whole.
fn item_notes(
    e: &Editor,
    question: &str,
    item: &str,
    field: &str,
    first: bool,
) -> Vec<(bool, String)> {
    e.advice
        .findings
        .iter()
        .filter(|f| f.question == question && f.item.as_deref() == Some(item))
        .filter(|f| match f.field.as_deref() {
            Some(at) => at == field,
            None => first,
        })
        .map(|f| (f.severity == Severity::Warning, f.message.clone()))
        .collect()
}
