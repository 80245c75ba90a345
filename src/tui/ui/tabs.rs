//! The row of screens under the header: the questions, and the F-keys that
//! open the findings, the form aid, the raad's view, the overview and the
//! export. The active one is shown inverted (not by colour alone).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::advice::Severity;
use crate::text::Txt;
use crate::tui::state::{Editor, Panel};

use super::theme;

pub fn render(e: &Editor, frame: &mut Frame, area: Rect) {
    let warnings = e
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let hints = e.findings.len() - warnings;
    let count = match (warnings, hints) {
        (0, 0) => String::new(),
        (w, 0) => format!(" ⚠{w}"),
        (0, h) => format!(" {h}"),
        (w, h) => format!(" ⚠{w}+{h}"),
    };
    let active = |p: Option<Panel>| -> bool {
        match (e.panel, p) {
            (None, None) => true,
            (Some(a), Some(b)) => std::mem::discriminant(&a) == std::mem::discriminant(&b),
            _ => false,
        }
    };
    let tabs: [(String, Option<Panel>); 5] = [
        (format!(" {} ", Txt::TabQuestions.get()), None),
        (
            format!(" F3 {}{count} ", Txt::TabFindings.get()),
            Some(Panel::Findings { selected: 0 }),
        ),
        (
            format!(" F4 {} ", Txt::TabForms.get()),
            Some(Panel::Forms {
                selected: 0,
                scroll: 0,
                in_details: false,
            }),
        ),
        (
            format!(" F5 {} ", Txt::TabRaad.get()),
            Some(Panel::Raad { selected: 0 }),
        ),
        (
            format!(" F6 {} ", Txt::TabOverview.get()),
            Some(Panel::Overview { selected: 0 }),
        ),
    ];
    let mut spans: Vec<Span> = Vec::new();
    for (label, panel) in tabs {
        let style = if active(panel) {
            theme::focus()
        } else if panel.is_some_and(|p| matches!(p, Panel::Findings { .. })) && warnings > 0 {
            theme::error()
        } else {
            theme::dim()
        };
        spans.push(Span::styled(label, style));
        spans.push(Span::raw("│"));
    }
    spans.push(Span::styled(
        format!(" F7 {} ", Txt::TabExport.get()),
        theme::dim(),
    ));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
