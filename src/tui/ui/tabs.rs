//! The row of screens under the header: the questions, and the F-keys that
//! open the findings, the form aid, the raad's view, the overview and the
//! export. The active one is shown inverted (not by colour alone). The
//! names shorten as the window narrows (the panel itself always carries
//! the full name, L8), down to the keys alone; a tab is never cut.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::advice::Severity;
use crate::text::Txt;
use crate::tui::drawn::{Drawn, Hit};
use crate::tui::keymap::{Action, Binding, Context, binding_for};
use crate::tui::state::{Editor, PanelKind};

use super::theme;

/// The findings count beside the tab: warnings (⚠) and hints; the help
/// explains the sign (W4).
pub fn count(warnings: usize, hints: usize) -> String {
    match (warnings, hints) {
        (0, 0) => String::new(),
        (w, 0) => format!("⚠{w}"),
        (0, h) => format!("{h}"),
        (w, h) => format!("⚠{w}+{h}"),
    }
}

/// What a tab opens: the questions, a panel, or the export dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Questions,
    Panel(PanelKind),
    Export,
}

/// How much of the names the row has room for, from all of them (0) to
/// the keys alone (5); the findings' name shortens first and goes last
/// but one, so at 60 columns F3 keeps its name when it has no count.
type Level = u8;

fn name(tab: Tab, level: Level) -> Option<Txt> {
    let keys_only = level >= 5;
    Some(match tab {
        Tab::Questions => Txt::TabQuestions,
        Tab::Panel(PanelKind::Findings) => match level {
            0 => Txt::FindingsTitle,
            1..=3 => Txt::TabFindings,
            _ => return None,
        },
        _ if keys_only => return None,
        Tab::Panel(PanelKind::Forms) if level <= 1 => Txt::TabForms,
        Tab::Panel(PanelKind::Forms) => Txt::TabFormsShort,
        Tab::Panel(PanelKind::Raad) => Txt::TabRaad,
        Tab::Panel(PanelKind::Overview) => Txt::TabOverview,
        Tab::Panel(PanelKind::Case) => Txt::TabCase,
        Tab::Export if level <= 1 => Txt::TabExport,
        Tab::Export => Txt::TabExportShort,
    })
}

/// The key that opens `tab`, from the keymap: "F3" is F3 because F3
/// opens the findings, not because a label says so.
fn key_of(tab: Tab) -> Option<&'static Binding> {
    let action = match tab {
        Tab::Questions => return None,
        Tab::Panel(kind) => kind.action(),
        Tab::Export => Action::ShowExport,
    };
    binding_for(Context::Form, action)
}

const TABS: [Tab; 6] = [
    Tab::Questions,
    Tab::Panel(PanelKind::Findings),
    Tab::Panel(PanelKind::Forms),
    Tab::Panel(PanelKind::Raad),
    Tab::Panel(PanelKind::Overview),
    Tab::Export,
];

/// The tab labels in order at one naming level, each with its key; the
/// findings carry `count`. A plan started from a workshop case has the
/// case tab last.
fn labels_at(count: &str, level: Level, with_case: bool) -> Vec<(String, Tab)> {
    let case = with_case.then_some(Tab::Panel(PanelKind::Case));
    TABS.iter()
        .copied()
        .chain(case)
        .map(|tab| {
            let mut parts: Vec<String> = Vec::new();
            parts.extend(key_of(tab).map(Binding::short_label));
            parts.extend(name(tab, level).map(|t| t.get().to_string()));
            if tab == Tab::Panel(PanelKind::Findings) && !count.is_empty() {
                parts.push(count.to_string());
            }
            // Narrow: one space between tabs instead of two.
            let after = if level < 3 { " " } else { "" };
            (format!(" {}{after}", parts.join(" ")), tab)
        })
        .collect()
}

/// The labels at the widest naming level that fits `width`.
pub fn fitted(count: &str, width: u16, with_case: bool) -> Vec<(String, Tab)> {
    for level in 0..5 {
        let mut labels = labels_at(count, level, with_case);
        let used: usize = labels.iter().map(|(l, _)| l.width()).sum();
        if used <= usize::from(width) {
            return labels;
        }
        // One column short: the row may start at the edge.
        if used == usize::from(width) + 1
            && let Some((first, _)) = labels.first_mut()
        {
            first.remove(0);
            return labels;
        }
    }
    labels_at(count, 5, with_case)
}

/// The tab labels at the widest level, the case tab too, for the checks
/// that the tabs name the keys that open them.
#[cfg(test)]
pub fn labels(count: &str) -> Vec<(String, Tab)> {
    labels_at(count, 0, true)
}

pub fn render(e: &Editor, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let warnings = e
        .advice
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let hints = e.advice.findings.len() - warnings;
    let active = match e.panel.map(|p| p.kind) {
        Some(kind) => Tab::Panel(kind),
        None => Tab::Questions,
    };
    let mut x = area.x;
    let mut spans: Vec<Span> = Vec::new();
    for (label, tab) in fitted(&count(warnings, hints), area.width, e.case.is_some()) {
        let style = if tab == active {
            theme::focus()
        } else if tab == Tab::Panel(PanelKind::Findings) && warnings > 0 {
            theme::error()
        } else {
            theme::dim()
        };
        let w = u16::try_from(label.width()).unwrap_or(0);
        // A click on a tab presses its key; on "Vragen", the key of the
        // open panel, which closes it.
        let key = match tab {
            Tab::Questions => e.panel.and_then(|p| key_of(Tab::Panel(p.kind))),
            Tab::Panel(_) | Tab::Export => key_of(tab),
        };
        if let Some(&k) = key.and_then(|b| b.keys.first()) {
            drawn.zone(Rect::new(x, area.y, w, 1).intersection(area), Hit::Press(k));
        }
        x = x.saturating_add(w);
        spans.push(Span::styled(label, style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_row_fits_from_60_columns_with_large_counts_and_names_in_full_at_120() {
        for with_case in [false, true] {
            for width in [60, 80, 100] {
                let used: usize = fitted(&count(12, 9), width, with_case)
                    .iter()
                    .map(|(l, _)| l.width())
                    .sum();
                assert!(used <= usize::from(width), "{used} > {width}");
            }
            let wide = fitted(&count(1, 4), 120, with_case);
            assert!(wide[1].0.contains(Txt::FindingsTitle.get()), "{wide:?}");
            // A workshop plan with one warning keeps every name but F3's.
            let case = fitted(&count(1, 0), 60, true);
            assert!(case[6].0.contains(Txt::TabCase.get()), "{case:?}");
            // Without a count, F3 keeps its name at 60 columns.
            let narrow = fitted("", 60, false);
            assert!(narrow[1].0.contains(Txt::TabFindings.get()), "{narrow:?}");
            // Every tab keeps its key at every width.
            for (label, tab) in fitted(&count(12, 9), 60, with_case) {
                if tab != Tab::Questions {
                    assert!(label.trim_start().starts_with('F'), "{label}");
                }
            }
        }
    }
}
