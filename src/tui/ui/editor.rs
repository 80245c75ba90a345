//! The plan editor: header, step list, the step's questions, help, keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::advice::{Finding, Severity};
use crate::guide::Guide;
use crate::plan::Slot;
use crate::present::{capitalise, item_noun, item_title, title_field};
use crate::text::{Txt, fill};
use crate::tui::keymap::{Context, say};
use crate::tui::state::{App, Editor, ListOf, SaveState, View};

use super::common::{message_line, truncate, wrap};
use super::form::{self, Entry};
use super::{help, keybar, list, panels, sidebar, tabs, theme};

const SIDEBAR_WIDTH: u16 = 22;
const INTRO_ROWS: usize = 2;

pub fn render(app: &App, e: &Editor, frame: &mut Frame, area: Rect) {
    let guide = &app.guide;
    let message_line = message_line(app.message.as_ref(), &hint(e.context(guide)));
    let message_rows = match message_line.width() {
        0 => 0,
        w if w > usize::from(area.width) => 2,
        _ => 1,
    };
    let [header, tab_row, body, message, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(message_rows),
        Constraint::Length(keybar::height(app.context(), area.width)),
    ])
    .areas(area);
    render_header(app, e, frame, header);
    tabs::render(e, frame, tab_row);
    // A panel takes the whole width: the form aid and the findings need
    // the room more than the step list does.
    match e.panel {
        Some(panel) => panels::render(app, e, panel, frame, body),
        None => {
            let [side, main] =
                Layout::horizontal([Constraint::Length(SIDEBAR_WIDTH), Constraint::Min(0)])
                    .areas(body);
            sidebar::render(guide, e, frame, side);
            render_main(guide, e, frame, main);
        }
    }
    frame.render_widget(
        Paragraph::new(message_line).wrap(Wrap { trim: true }),
        message,
    );
    keybar::render(app.context(), frame, keys);
}

/// What to do here, when there is no message: the hint of the editor's
/// own context (a field being typed has its hint under the field).
pub(super) fn hint(context: Context) -> String {
    hint_text(context).map_or_else(String::new, |txt| say(txt, &[]))
}

/// The hint shown in `context`, if it has one.
pub(super) fn hint_text(context: Context) -> Option<Txt> {
    Some(match context {
        Context::Form => Txt::HintBrowse,
        Context::List => Txt::HintList,
        Context::PerItemList => Txt::HintPerItemList,
        Context::Record => Txt::HintRecord,
        Context::Panel => Txt::HintPanel,
        Context::FormsList => Txt::HintFormsList,
        Context::PanelDetails => Txt::HintPanelDetails,
        Context::CaseText => Txt::HintCaseText,
        Context::EditLine
        | Context::EditText
        | Context::PickOne
        | Context::PickMany
        | Context::Global
        | Context::Picker
        | Context::NameDialog
        | Context::Confirm
        | Context::Help
        | Context::Versions
        | Context::Recover
        | Context::Export => return None,
    })
}

fn render_header(app: &App, e: &Editor, frame: &mut Frame, area: Rect) {
    let save = match &e.save {
        SaveState::Failed(_) => {
            Span::styled(format!("⚠ {} ", Txt::SaveFailed.get()), theme::error())
        }
        _ if e.is_dirty() => Span::raw(format!("{} ", Txt::Unsaved.get())),
        SaveState::Saved(at) => {
            let time = crate::present::format_time(*at, &app.tz);
            Span::raw(format!("{} ", fill(Txt::Saved, &[&time])))
        }
    };
    let step = fill(
        Txt::StepOf,
        &[&e.step, &(app.guide.steps.len().saturating_sub(1))],
    );
    let right = format!("{step} · {}", save.content);
    let right_width =
        u16::try_from(unicode_width::UnicodeWidthStr::width(right.as_str())).unwrap_or(0);
    let left_width = area.width.saturating_sub(right_width + 1);
    let left = truncate(
        &format!(" {} · {}", Txt::AppName.get(), e.plan.meta.title),
        left_width,
    );
    let pad = area
        .width
        .saturating_sub(
            u16::try_from(unicode_width::UnicodeWidthStr::width(left.as_str())).unwrap_or(0),
        )
        .saturating_sub(right_width);
    let line = Line::from(vec![
        Span::raw(left),
        Span::raw(" ".repeat(usize::from(pad))),
        Span::raw(format!("{step} · ")),
        save,
    ]);
    frame.render_widget(Paragraph::new(line).style(theme::header()), area);
}

fn render_main(guide: &Guide, e: &Editor, frame: &mut Frame, area: Rect) {
    let Some(step) = e.current_step(guide) else {
        return;
    };
    let inner = Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(1),
        ..area
    };
    // The intro gets two lines; F1 shows it in full.
    let mut intro = wrap(&step.intro, inner.width);
    if intro.len() > INTRO_ROWS {
        intro.truncate(INTRO_ROWS);
        if let Some(last) = intro.last_mut() {
            *last = truncate(&format!("{last} …"), inner.width);
        }
    }
    let intro_rows = u16::try_from(intro.len()).unwrap_or(0);
    let crumb = breadcrumb(guide, e, inner.width);
    let crumb_rows = u16::from(crumb.is_some());
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
    if let Some(crumb) = crumb {
        frame.render_widget(Paragraph::new(crumb), crumb_area);
    }
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
            form::render(
                frame,
                content,
                guide,
                &e.plan,
                &entries,
                e.focus,
                edit.as_ref(),
            );
        }
        View::List { question, selected } => {
            list::render(guide, e, question, *selected, frame, content);
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
            form::render(
                frame,
                content,
                guide,
                &e.plan,
                &entries,
                *focus,
                edit.as_ref(),
            );
        }
    }
    help::render_panel(guide, e, frame, help_area);
}

/// Where in the step the user is, when inside a list or an item:
/// "Inventaris › Welke taken …" or "Inventaris › Taak 2 van 5: Afval".
fn breadcrumb(guide: &Guide, e: &Editor, width: u16) -> Option<Line<'static>> {
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
    Some(Line::styled(truncate(&text, width), theme::focus_label()))
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
