//! The advice in full: every finding with why, what to do and its source,
//! grouped by step with the self-scan; the considerations per legal form;
//! the raad's moments explained. And the list of sources.

use crate::guide::Guide;
use crate::present::format_date;
use crate::text::Doc;

use super::super::model::{Block, Para};
use super::super::report::{Finding, FormNote, Report};
use super::summary::{mark, status};

pub(super) fn build(guide: &Guide, report: &Report) -> Vec<Block> {
    let mut out = vec![
        Block::heading(1, Doc::AdviceTitle.get()),
        Block::Para(Para::aside(Doc::AdviceIntro.get())),
    ];
    if !report.findings.is_empty() || !report.self_scan.is_empty() {
        out.push(Block::heading(2, Doc::AdviceFindings.get()));
        let general: Vec<_> = report.findings_for(None).collect();
        if !general.is_empty() {
            out.push(Block::heading(3, Doc::GeneralFindings.get()));
            out.push(findings(&general));
        }
        for (index, step) in guide.steps.iter().enumerate() {
            let found: Vec<_> = report.findings_for(Some(index)).collect();
            let scan: Vec<_> = report.scan_for(index).collect();
            if found.is_empty() && scan.is_empty() {
                continue;
            }
            out.push(Block::heading(3, step.title.clone()));
            for s in scan {
                out.push(Block::Para(Para::aside(format!(
                    "{}: {}",
                    Doc::SelfScan.get(),
                    s.outcome
                ))));
            }
            if !found.is_empty() {
                out.push(findings(&found));
            }
        }
    }
    if !report.legal_forms.is_empty() {
        out.push(Block::heading(2, Doc::LegalForms.get()));
        if !report.legal_forms_note.is_empty() {
            out.push(Block::Para(Para::aside(report.legal_forms_note.clone())));
        }
        for f in &report.legal_forms {
            form(&mut out, f);
        }
    }
    if !report.raad_moments.is_empty() {
        out.push(Block::heading(2, Doc::RaadMoments.get()));
        for m in &report.raad_moments {
            let label = match m.date {
                Some(d) => format!("{} ({})", m.title, format_date(d)),
                None => m.title.clone(),
            };
            let mut value = Vec::new();
            if !m.detail.is_empty() {
                value.push(Block::para(m.detail.clone()));
            }
            value.push(Block::Para(Para::aside(status(m.status))));
            out.push(Block::Field { label, value });
        }
    }
    out
}

/// Findings as a list: "Let op: what. Why and what to do. (Bron: …)".
fn findings(found: &[&Finding]) -> Block {
    Block::bullets(found.iter().map(|f| {
        let mut rest = format!(" {}", f.title.trim());
        for part in [f.text.trim(), &source(&f.source)] {
            if !part.is_empty() {
                rest.push(' ');
                rest.push_str(part);
            }
        }
        Para::led(format!("{}:", mark(f.level)), rest)
    }))
}

fn source(s: &str) -> String {
    if s.trim().is_empty() {
        String::new()
    } else {
        Doc::SourceNote.fill(&[&s.trim()])
    }
}

fn form(out: &mut Vec<Block>, f: &FormNote) {
    let heading = if f.chosen {
        Doc::FormHeadingChosen.fill(&[&f.form, &f.fit])
    } else {
        Doc::FormHeading.fill(&[&f.form, &f.fit])
    };
    out.push(Block::heading(3, heading));
    for (label, points) in [
        (Doc::ReasonFor, &f.points_for),
        (Doc::ReasonAgainst, &f.points_against),
        (Doc::RaadInstruments, &f.raad_instruments),
    ] {
        if !points.is_empty() {
            out.push(Block::Field {
                label: label.get().to_string(),
                value: vec![Block::bullets(points.iter().map(Para::text))],
            });
        }
    }
}

/// The sources of the findings, each once, and the guide the questions
/// come from.
pub(super) fn sources(guide: &Guide, report: &Report) -> Vec<Block> {
    let mut seen: Vec<&str> = Vec::new();
    for f in &report.findings {
        let s = f.source.trim();
        if !s.is_empty() && !seen.contains(&s) {
            seen.push(s);
        }
    }
    let mut items: Vec<Para> = seen.into_iter().map(Para::text).collect();
    if !guide.title.trim().is_empty() {
        items.push(Para::text(Doc::SourceGuide.fill(&[&guide.title.trim()])));
    }
    if items.is_empty() {
        return Vec::new();
    }
    vec![
        Block::heading(1, Doc::SourcesTitle.get()),
        Block::bullets(items),
    ]
}
