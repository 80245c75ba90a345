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

/// The tab labels in order: questions, findings (with `count`), forms,
/// raad, overview, export.
fn labels(count: &str) -> [String; 6] {
    [
        format!(" {} ", Txt::TabQuestions.get()),
        format!(" F3 {}{count} ", Txt::TabFindings.get()),
        format!(" F4 {} ", Txt::TabForms.get()),
        format!(" F5 {} ", Txt::TabRaad.get()),
        format!(" F6 {} ", Txt::TabOverview.get()),
        format!(" F7 {} ", Txt::TabExport.get()),
    ]
}

pub fn render(e: &Editor, frame: &mut Frame, area: Rect) {
    let warnings = e
        .advice
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let hints = e.advice.findings.len() - warnings;
    let active = e.panel.map(Panel::kind);
    let [questions, findings, forms, raad, overview, export] = labels(&count(warnings, hints));
    let tabs: [(String, Option<PanelKind>); 5] = [
        (questions, None),
        (findings, Some(PanelKind::Findings)),
        (forms, Some(PanelKind::Forms)),
        (raad, Some(PanelKind::Raad)),
        (overview, Some(PanelKind::Overview)),
    ];
    let mut spans: Vec<Span> = Vec::new();
    for (label, panel) in tabs {
        let style = if active == panel {
            theme::focus()
        } else if panel == Some(PanelKind::Findings) && warnings > 0 {
            theme::error()
        } else {
            theme::dim()
        };
        spans.push(Span::styled(label, style));
    }
    spans.push(Span::styled(export, theme::dim()));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn the_row_fits_76_columns_even_with_large_counts() {
        let width: usize = labels(&count(12, 9)).iter().map(|l| l.width()).sum();
        assert!(width <= 76, "the tab row is {width} columns wide");
    }
}
