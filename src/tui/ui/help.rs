//! Help: the panel under the form (why the focused question matters) and
//! the F1 overlay (that help in full, plus every key).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::guide::{Guide, Question, RaadRole};
use crate::text::{Txt, fill};
use crate::tui::keymap::{Context, bindings, say};
use crate::tui::state::{App, Screen};

use super::common::{panel, role_name, scrolled, wrap, wrap_lines};
use super::{keybar, theme};

/// Rows for the help panel: enough for a few lines of help, not more
/// than a third of the room.
pub fn panel_height(available: u16) -> u16 {
    (available / 3).clamp(4, 9)
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
        lines.push(Line::styled(say(Txt::HelpMore, &[]), theme::hint()));
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
        format!(" {} ", say(Txt::HelpClose, &[])),
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
    let mut last_heading = None;
    for group in key_groups(&app.screen) {
        if last_heading != Some(group.heading) {
            lines.push(Line::styled(group.heading.get(), theme::focus_label()));
            last_heading = Some(group.heading);
        }
        for (keys, label) in group.entries {
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(format!("{keys:<13} "), theme::title()),
                Span::raw(label),
            ]));
        }
    }
    scrolled(frame, inner, wrap_lines(lines, inner.width), scroll);
}

/// One group of keys in the help: a heading, the context the keys work
/// in, and each binding as (all its keys, what it does).
pub struct KeyGroup {
    pub heading: Txt,
    /// Read by the checks that the help is honest (`keys_named`).
    #[cfg_attr(not(test), allow(dead_code))]
    pub context: Context,
    pub entries: Vec<(String, &'static str)>,
}

/// Every context the user can meet on a screen, in the order the help
/// lists them; "everywhere" last, with the keys that work on that screen.
const PICKER_GROUPS: &[(Txt, Context)] = &[
    (Txt::GroupPicker, Context::Picker),
    (Txt::GroupDialogs, Context::NameDialog),
    (Txt::GroupDialogs, Context::Confirm),
    (Txt::GroupDialogs, Context::Versions),
    (Txt::GroupDialogs, Context::Recover),
    (Txt::HelpOverlayTitle, Context::Help),
];

const EDITOR_GROUPS: &[(Txt, Context)] = &[
    (Txt::GroupQuestions, Context::Form),
    (Txt::GroupEditing, Context::EditLine),
    (Txt::GroupEditing, Context::EditText),
    (Txt::GroupEditing, Context::PickOne),
    (Txt::GroupEditing, Context::PickMany),
    (Txt::GroupLists, Context::List),
    (Txt::GroupLists, Context::PerItemList),
    (Txt::GroupQuestions, Context::Record),
    (Txt::GroupDialogs, Context::Confirm),
    (Txt::GroupPanels, Context::Panel),
    (Txt::GroupPanels, Context::FormsList),
    (Txt::GroupPanels, Context::PanelDetails),
    (Txt::GroupPanels, Context::CaseText),
    (Txt::GroupDialogs, Context::Export),
    (Txt::GroupDialogs, Context::NameDialog),
    (Txt::HelpOverlayTitle, Context::Help),
];

/// The help's keys for `screen`: its contexts' own keys, then the keys
/// that work everywhere on it.
pub fn key_groups(screen: &Screen) -> Vec<KeyGroup> {
    let (groups, main) = match screen {
        Screen::Picker(_) => (PICKER_GROUPS, Context::Picker),
        Screen::Editor(_) => (EDITOR_GROUPS, Context::Form),
    };
    let entry = |b: &'static crate::tui::keymap::Binding| (b.full_label(), b.label.get());
    let mut out: Vec<KeyGroup> = groups
        .iter()
        .map(|&(heading, context)| KeyGroup {
            heading,
            context,
            entries: bindings(context)
                .filter(|b| b.context == context)
                .map(entry)
                .collect(),
        })
        .collect();
    out.push(KeyGroup {
        heading: Txt::GroupEverywhere,
        context: Context::Global,
        entries: bindings(main)
            .filter(|b| b.context == Context::Global)
            .map(entry)
            .collect(),
    });
    out
}
