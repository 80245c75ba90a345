//! Help: the panel under the form (why the focused question matters) and
//! the F1 overlay (that help in full, plus every key).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::guide::{Guide, Question, RaadRole};
use crate::text::{Txt, fill};
use crate::tui::keymap::{self, Context, KeyName};
use crate::tui::state::{App, Screen};

use super::editor::panel;
use super::values::wrap;
use super::{keybar, theme};

/// Rows for the help panel: enough for a few lines of help, not more
/// than a third of the room.
pub fn panel_height(available: u16) -> u16 {
    (available / 3).clamp(4, 9)
}

pub fn role_name(role: RaadRole) -> &'static str {
    match role {
        RaadRole::Kaderstellend => Txt::RoleKaderstellend.get(),
        RaadRole::Controlerend => Txt::RoleControlerend.get(),
        RaadRole::Volksvertegenwoordigend => Txt::RoleVolksvertegenwoordigend.get(),
    }
}

/// A role with what it means, e.g. "kaderstellend (vooraf doelen en
/// grenzen stellen)": the three roles are explained where shown (G4).
pub fn role_explained(role: RaadRole) -> &'static str {
    match role {
        RaadRole::Kaderstellend => Txt::RoleKaderstellendExplained.get(),
        RaadRole::Controlerend => Txt::RoleControlerendExplained.get(),
        RaadRole::Volksvertegenwoordigend => Txt::RoleVolksvertegenwoordigendExplained.get(),
    }
}

/// The raad's roles of `q` (with what they mean when `explained`),
/// wrapped to `width`.
fn roles_lines(q: &Question, width: u16, explained: bool) -> Vec<Line<'static>> {
    if q.raad.is_empty() {
        return Vec::new();
    }
    let name = if explained { role_explained } else { role_name };
    let roles: Vec<&str> = q.raad.iter().map(|r| name(*r)).collect();
    wrap(&fill(Txt::RaadRole, &[&roles.join(", ")]), width)
        .into_iter()
        .map(|l| Line::styled(l, theme::focus_label()))
        .collect()
}

pub fn render_panel(guide: &Guide, e: &crate::tui::state::Editor, frame: &mut Frame, area: Rect) {
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(theme::dim())
        .title(Span::styled(
            format!(" {} ", Txt::HelpPanelTitle.get()),
            theme::title(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(q) = e.help_subject(guide) else {
        return;
    };
    let rows = usize::from(inner.height);
    let help: Vec<Line> = wrap(&q.help, inner.width)
        .into_iter()
        .map(Line::raw)
        .collect();
    // The roles with what they mean (G4) when that leaves room for the
    // help; the names alone otherwise (F1 always explains them).
    let explained = roles_lines(q, inner.width, true);
    let mut lines = if explained.len() + help.len() <= rows {
        explained
    } else {
        roles_lines(q, inner.width, false)
    };
    lines.extend(help);
    if lines.len() > rows && rows > 0 {
        // Say there is more rather than cutting a sentence silently.
        lines.truncate(rows - 1);
        lines.push(Line::styled(Txt::HelpMore.get(), theme::hint()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn render_overlay(app: &App, scroll: u16, frame: &mut Frame, area: Rect) {
    // Cover everything but the key bar, which still says how to close.
    let bar = keybar::height(Context::Help, area.width);
    let popup = Rect {
        height: area.height.saturating_sub(bar),
        ..area
    };
    frame.render_widget(Clear, popup);
    let block = panel(Txt::HelpOverlayTitle.get()).title_bottom(Line::styled(
        format!(" {} ", Txt::HelpClose.get()),
        theme::hint(),
    ));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let mut lines: Vec<Line> = Vec::new();
    if let Screen::Editor(e) = &app.screen
        && let Some(q) = e.help_subject(&app.guide)
    {
        if let Some(step) = e.current_step(&app.guide) {
            lines.push(Line::styled(step.title.clone(), theme::title()));
            lines.push(Line::raw(step.intro.clone()));
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(q.label.clone(), theme::title()));
        lines.extend(roles_lines(q, inner.width, true));
        lines.push(Line::raw(q.help.clone()));
        lines.push(Line::raw(""));
        lines.push(Line::styled(Txt::HelpMarksLegend.get(), theme::dim()));
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(Txt::HelpKeysTitle.get(), theme::title()));
    // The keys of the screen the user is on, everything else is noise.
    let groups: &[(Txt, Context)] = match &app.screen {
        Screen::Picker(_) => &[
            (Txt::GroupPicker, Context::Picker),
            (Txt::GroupDialogs, Context::NameDialog),
            (Txt::GroupDialogs, Context::Confirm),
            (Txt::GroupEverywhere, Context::Global),
        ],
        Screen::Editor(_) => &[
            (Txt::GroupQuestions, Context::Form),
            (Txt::GroupEditing, Context::EditText),
            (Txt::GroupEditing, Context::PickOne),
            (Txt::GroupEditing, Context::PickMany),
            (Txt::GroupLists, Context::List),
            (Txt::GroupQuestions, Context::Record),
            (Txt::GroupDialogs, Context::Confirm),
            (Txt::GroupEverywhere, Context::Global),
        ],
    };
    let mut last_heading = None;
    for &(heading, context) in groups {
        if last_heading != Some(heading) {
            lines.push(Line::styled(heading.get(), theme::focus_label()));
            last_heading = Some(heading);
        }
        for b in keymap::BINDINGS.iter().filter(|b| b.context == context) {
            let name = match b.name {
                KeyName::Fixed(s) => s,
                KeyName::Text(t) => t.get(),
            };
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(format!("{name:<14}"), theme::title()),
                Span::raw(b.label.get()),
            ]));
        }
    }
    frame.render_widget(
        Paragraph::new(Text::from(lines))
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        inner,
    );
}
