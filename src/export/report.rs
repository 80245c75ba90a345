//! Sections that come from the advice rather than from the answers: the
//! findings, the self-scan per step, the considerations per legal form and
//! the moments when the raad is at turn.
//!
//! The types are plain text on purpose: the advice module fills a
//! [`Report`] (one `From` impl on its side) and the exports render whatever
//! is there. An empty section is left out, so a plan without advice prints
//! exactly as before.

use jiff::civil::Date;

/// Everything the advice adds to an exported plan.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Warnings and hints. Those with a step are shown at the end of that
    /// step; those without one near the top of the document.
    pub findings: Vec<Finding>,
    /// Self-scan results, shown at the end of their step.
    pub self_scan: Vec<ScanLine>,
    /// Legal forms with what speaks for and against them, best fit first;
    /// shown after the steps.
    pub legal_forms: Vec<FormNote>,
    /// Shown above the legal forms: that this is an aid to the discussion,
    /// not legal advice.
    pub legal_forms_note: String,
    /// When the raad decides, gives a view or checks; shown after the steps.
    pub raad_moments: Vec<RaadMoment>,
}

impl Report {
    pub fn is_empty(&self) -> bool {
        self.findings.is_empty()
            && self.self_scan.is_empty()
            && self.legal_forms.is_empty()
            && self.raad_moments.is_empty()
    }

    /// The findings that belong to step `step` (or to no step: `None`).
    pub fn findings_for(&self, step: Option<usize>) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.step == step)
    }

    pub fn scan_for(&self, step: usize) -> impl Iterator<Item = &ScanLine> {
        self.self_scan.iter().filter(move |s| s.step == step)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something that may go wrong for the raad's position ("Let op").
    Warning,
    /// A suggestion ("Tip").
    Hint,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Index of the step in the guide, or `None` for the plan as a whole.
    pub step: Option<usize>,
    pub level: Level,
    /// One sentence: what is the matter.
    pub title: String,
    /// Why it matters and what the reader can do. May be empty.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScanLine {
    pub step: usize,
    /// What was scanned, e.g. "Partners willen hetzelfde".
    pub label: String,
    /// The outcome in words, e.g. "3 van 4 partners".
    pub outcome: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FormNote {
    /// The form's name as in the guide, e.g. "Centrumgemeente".
    pub form: String,
    /// How well it fits this plan, in words ("past goed").
    pub fit: String,
    /// Considerations for and against, one sentence each.
    pub points: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RaadMoment {
    /// When, in words ("Elk voorjaar", "Binnen acht weken na het ontwerp").
    pub when: String,
    /// What the raad does then.
    pub what: String,
    /// A fixed date, when the plan knows one.
    pub date: Option<Date>,
}
