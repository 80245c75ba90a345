//! The row of screens under the header: the questions, and the F-keys that
//! open the findings, the form aid, the raad's view, the overview and the
//! export. The active one is shown inverted (not by colour alone); each
//! label carries a space on both sides, so the tabs stay apart without a
//! separator and the row fits 80 columns with room to spare.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::advice::Severity;
use crate::text::Txt;
use crate::tui::keymap::{Action, Binding, Context, binding_for};
use crate::tui::state::{Editor, Panel, PanelKind};

use super::theme;

/// The findings count beside the tab: warnings (⚠) and hints.
fn count(warnings: usize, hints: usize) -> String {
    match (warnings, hints) {
        (0, 0) => String::new(),
        (w, 0) => format!(" ⚠{w}"),
        (0, h) => format!(" {h}"),
        (w, h) => format!(" ⚠{w}+{h}"),
    }
}

/// What a tab opens: the questions, a panel, or the export dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Questions,
    Panel(PanelKind),
    Export,
}

fn panel_name(kind: PanelKind) -> Txt {
    match kind {
        PanelKind::Findings => Txt::TabFindings,
        PanelKind::Forms => Txt::TabForms,
        PanelKind::Raad => Txt::TabRaad,
        PanelKind::Overview => Txt::TabOverview,
        PanelKind::Case => Txt::TabCase,
    }
}

/// The tab labels in order, each with its key from the keymap: "F3
/// Aandacht" is F3 because F3 opens the findings, not because it says so
/// here. The findings carry `count`. A plan started from a workshop case
/// gets the case tab last (F8); to keep the row within 80 columns, the
/// labels then carry a space before them only.
pub fn labels(count: &str, with_case: bool) -> Vec<(String, Tab)> {
    let key = |action: Action| {
        binding_for(Context::Form, action).map_or_else(String::new, Binding::short_label)
    };
    let after = if with_case { "" } else { " " };
    let mut out = vec![(
        format!(" {}{after}", Txt::TabQuestions.get()),
        Tab::Questions,
    )];
    let panel = |kind: PanelKind, extra: &str| {
        let name = panel_name(kind).get();
        (
            format!(" {} {name}{extra}{after}", key(kind.action())),
            Tab::Panel(kind),
        )
    };
    for kind in PanelKind::ALL {
        match kind {
            PanelKind::Case => {}
            PanelKind::Findings => out.push(panel(kind, count)),
            PanelKind::Forms | PanelKind::Raad | PanelKind::Overview => out.push(panel(kind, "")),
        }
    }
    out.push((
        format!(
            " {} {}{after}",
            key(Action::ShowExport),
            Txt::TabExport.get()
        ),
        Tab::Export,
    ));
    if with_case {
        out.push(panel(PanelKind::Case, ""));
    }
    out
}

pub fn render(e: &Editor, frame: &mut Frame, area: Rect) {
    let warnings = e
        .advice
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let hints = e.advice.findings.len() - warnings;
    let active = match e.panel.map(Panel::kind) {
        Some(kind) => Tab::Panel(kind),
        None => Tab::Questions,
    };
    let spans: Vec<Span> = labels(&count(warnings, hints), e.case.is_some())
        .into_iter()
        .map(|(label, tab)| {
            let style = if tab == active {
                theme::focus()
            } else if tab == Tab::Panel(PanelKind::Findings) && warnings > 0 {
                theme::error()
            } else {
                theme::dim()
            };
            Span::styled(label, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn the_row_fits_76_columns_even_with_large_counts() {
        let width: usize = labels(&count(12, 9), false)
            .iter()
            .map(|(l, _)| l.width())
            .sum();
        assert!(width <= 76, "the tab row is {width} columns wide");
        let width: usize = labels(&count(12, 9), true)
            .iter()
            .map(|(l, _)| l.width())
            .sum();
        assert!(
            width <= 80,
            "with the case tab the row is {width} columns wide"
        );
    }
}
