//! Help: the panel under the form (why the focused question matters) and
//! the F1 overlay: the keys of this screen first, then what the screen is
//! about, what its signs mean, the mouse, and the keys of other places.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::guide::{Guide, Question, RaadRole};
use crate::text::{Txt, fill};
use crate::tui::drawn::{Drawn, Pane};
use crate::tui::keymap::{Context, say};
use crate::tui::state::{App, PanelKind, Screen};

use super::common::{page_key, panel, role_name, scrolled, wrap, wrap_lines};
use super::help_keys::{KeyGroup, key_groups};
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
    // The roles with what they mean (G4), always; the help under them, and
    // where the rest of it is when it does not fit.
    let mut lines = roles_lines(q, inner.width, true);
    lines.extend(help);
    if lines.len() > rows && rows > 0 {
        // Say there is more rather than cutting a sentence silently.
        lines.truncate(rows - 1);
        lines.push(Line::styled(say(Txt::HelpMore, &[]), theme::hint()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn render_overlay(app: &App, scroll: u16, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    // Cover everything but the key bar, which still says how to close.
    let bar = keybar::height(Context::Help, area.width, &[]);
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
    let text = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(1),
        ..inner
    };
    let here = app.context_under_top();
    let groups = key_groups(&app.screen, here);
    let (mine, elsewhere): (Vec<&KeyGroup>, Vec<&KeyGroup>) = {
        let split = groups
            .iter()
            .position(|g| g.elsewhere)
            .unwrap_or(groups.len());
        (
            groups[..split].iter().collect(),
            groups[split..].iter().collect(),
        )
    };
    let mut lines: Vec<Line> = vec![Line::styled(Txt::HelpKeysHere.get(), theme::title())];
    key_lines(&mine, text.width, &mut lines);
    lines.push(Line::raw(""));
    lines.extend(about(app, here, text.width));
    lines.push(Line::styled(Txt::HelpSigns.get(), theme::title()));
    for sign in SIGNS {
        indented(&say(sign, &[]), 2, text.width, &mut lines);
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(Txt::HelpMouseTitle.get(), theme::title()));
    indented(&say(Txt::HelpMouse, &[]), 2, text.width, &mut lines);
    if !elsewhere.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(Txt::HelpOtherKeys.get(), theme::title()));
        key_lines(&elsewhere, text.width, &mut lines);
    }
    let keys = page_key(Context::Help);
    scrolled(
        frame,
        text,
        wrap_lines(lines, text.width),
        scroll,
        Pane::Help,
        &keys,
        drawn,
    );
}

/// The signs the screens use, explained (W4).
const SIGNS: [Txt; 8] = [
    Txt::HelpSignSteps,
    Txt::HelpSignMarks,
    Txt::HelpSignLights,
    Txt::HelpSignBadge,
    Txt::HelpSignFocus,
    Txt::HelpSignChoices,
    Txt::HelpSignPanels,
    Txt::HelpSignMore,
];

/// The keys of `groups`, a heading where the place changes.
/// `text` wrapped to `width`, every row `indent` columns in, so a long
/// entry does not run back under its heading.
fn indented(text: &str, indent: u16, width: u16, lines: &mut Vec<Line<'static>>) {
    let pad = " ".repeat(usize::from(indent));
    for row in wrap(text, width.saturating_sub(indent)) {
        lines.push(Line::raw(format!("{pad}{row}")));
    }
}

/// Columns before a key's description: two, the keys, a space.
const KEY_COLUMN: u16 = 16;

fn key_lines(groups: &[&KeyGroup], width: u16, lines: &mut Vec<Line<'static>>) {
    let mut last = None;
    for group in groups {
        if last != Some(group.heading) {
            lines.push(Line::styled(group.heading.get(), theme::focus_label()));
            last = Some(group.heading);
        }
        for (keys, label) in &group.entries {
            // The description wraps under itself, not under the keys.
            let rows = wrap(label, width.saturating_sub(KEY_COLUMN));
            for (n, row) in rows.into_iter().enumerate() {
                let keys = if n == 0 { keys.as_str() } else { "" };
                lines.push(Line::from(vec![
                    Span::raw("  "),
                    Span::styled(format!("{keys:<13} "), theme::title()),
                    Span::raw(row),
                ]));
            }
        }
    }
}

/// What the screen under the help is about: the step and the question,
/// or what a panel shows, or the plan list.
fn about(app: &App, here: Context, width: u16) -> Vec<Line<'static>> {
    let mut lines: Vec<Line> = Vec::new();
    let text = |txt: Txt| Line::raw(txt.get().to_string());
    match &app.screen {
        Screen::Picker(_) => lines.push(text(Txt::HelpPickerScreen)),
        Screen::Editor(e) => match e.panel.map(|p| p.kind) {
            Some(kind) => lines.push(text(match kind {
                PanelKind::Findings => Txt::HelpFindingsScreen,
                PanelKind::Forms => Txt::HelpFormsScreen,
                PanelKind::Raad => Txt::HelpRaadScreen,
                PanelKind::Overview => Txt::HelpOverviewScreen,
                PanelKind::Case => Txt::HelpCaseScreen,
            })),
            None if here == Context::Export => lines.push(text(Txt::HelpExportScreen)),
            None => {
                if let Some(step) = e.current_step(&app.guide) {
                    lines.push(Line::styled(step.title.clone(), theme::title()));
                    lines.push(Line::raw(step.intro.clone()));
                    lines.push(Line::raw(""));
                }
                if let Some(q) = e.help_subject(&app.guide) {
                    lines.push(Line::styled(q.label.clone(), theme::title()));
                    lines.extend(roles_lines(q, width, true));
                    lines.push(Line::raw(q.help.clone()));
                }
            }
        },
    }
    lines.push(Line::raw(""));
    lines
}
