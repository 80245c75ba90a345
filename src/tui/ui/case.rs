//! The workshop case beside the questions (F8): what the case gives for the
//! step the group is on (facts, what is already in the plan, questions to
//! discuss), then the situation. A plan not started from a case says so.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::export::CaseSheet;
use crate::guide::Guide;
use crate::text::{Txt, fill};
use crate::tui::drawn::{Drawn, Pane};
use crate::tui::keymap::Context;
use crate::tui::state::Editor;

use super::common::{page_key, scrolled, wrap};
use super::theme;

pub fn render(
    e: &Editor,
    guide: &Guide,
    scroll: u16,
    frame: &mut Frame,
    area: Rect,
    drawn: &mut Drawn,
) {
    let Some(case) = &e.case else {
        let lines: Vec<Line> = wrap(Txt::CaseNone.get(), area.width)
            .into_iter()
            .map(|l| Line::styled(l, theme::hint()))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    };
    let [title, text] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(case.title.clone(), theme::title())),
        title,
    );
    let step = guide.steps.get(e.step);
    let keys = page_key(Context::CaseText);
    let lines = lines(case, step, text.width);
    scrolled(frame, text, lines, scroll, Pane::Details, &keys, drawn);
}

/// The text of the case screen, wrapped to `width`.
fn lines(case: &CaseSheet, step: Option<&crate::guide::Step>, width: u16) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let heading = |out: &mut Vec<Line<'static>>, text: String| {
        out.push(Line::styled(text, theme::focus_label()));
    };
    let bullets = |out: &mut Vec<Line<'static>>, items: &[String]| {
        for item in items {
            let mut first = true;
            for part in wrap(item, width.saturating_sub(2)) {
                let mark = if first { "• " } else { "  " };
                out.push(Line::raw(format!("{mark}{part}")));
                first = false;
            }
        }
    };
    if let Some((step, material)) = step.and_then(|s| case.step(&s.id).map(|m| (s, m))) {
        heading(&mut out, fill(Txt::CaseAtStep, &[&step.title]));
        if !material.facts.is_empty() {
            out.push(Line::styled(Txt::CaseFacts.get(), theme::dim()));
            bullets(&mut out, &material.facts);
        }
        if !material.given.is_empty() {
            out.push(Line::styled(Txt::CaseGiven.get(), theme::dim()));
            let given: Vec<String> = material
                .given
                .iter()
                .map(|(label, answer)| {
                    let colon = if label.ends_with('?') { "" } else { ":" };
                    format!("{label}{colon} {answer}")
                })
                .collect();
            bullets(&mut out, &given);
        }
        if !material.questions.is_empty() {
            out.push(Line::styled(Txt::CaseQuestions.get(), theme::dim()));
            bullets(&mut out, &material.questions);
        }
        out.push(Line::default());
    }
    heading(&mut out, Txt::CaseSituation.get().to_string());
    for (n, paragraph) in case.situation.split("\n\n").enumerate() {
        if n > 0 {
            out.push(Line::default());
        }
        let paragraph = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        out.extend(wrap(&paragraph, width).into_iter().map(Line::raw));
    }
    out
}
