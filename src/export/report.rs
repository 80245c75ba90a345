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
    /// Warnings and hints, in step order. The most important ones are in
    /// the summary; all of them, in full, in the advice section.
    pub findings: Vec<Finding>,
    /// Self-scan results, one per step.
    pub self_scan: Vec<ScanLine>,
    /// Legal forms with what speaks for and against them, best fit first.
    /// The form under consideration (`chosen`) is in the summary too.
    pub legal_forms: Vec<FormNote>,
    /// Shown above the legal forms: that this is an aid to the discussion,
    /// not legal advice.
    pub legal_forms_note: String,
    /// When the raad decides, gives a view or checks: the summary's table.
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

    /// The form the plan considers, if it names one.
    pub fn chosen_form(&self) -> Option<&FormNote> {
        self.legal_forms.iter().find(|f| f.chosen)
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
    /// Where that comes from: a law article or named guidance ("Gemeentewet
    /// art. 160"). May be empty. Collected in the list of sources.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScanLine {
    pub step: usize,
    /// What was scanned, e.g. "Partners willen hetzelfde".
    pub label: String,
    /// The outcome in words, e.g. "3 van 4 partners".
    pub outcome: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormNote {
    /// The form's name as in the guide, e.g. "Centrumgemeente".
    pub form: String,
    /// How well it fits this plan, in words ("past goed bij de antwoorden").
    pub fit: String,
    /// This is the form the plan considers (`doelen.vorm`).
    pub chosen: bool,
    /// Points for and against, one sentence each, most telling first.
    pub points_for: Vec<String>,
    pub points_against: Vec<String>,
    /// What the raad keeps in hand in this form.
    pub raad_instruments: Vec<String>,
}

/// Where a moment of the raad stands: the advice's own status, since the
/// summary's table says exactly that.
pub use crate::advice::raad::MomentStatus;

#[derive(Debug, Clone, PartialEq)]
pub struct RaadMoment {
    /// What the moment is called ("Wensen en bedenkingen").
    pub title: String,
    /// What the raad does then, and when, in a sentence or two.
    pub detail: String,
    pub status: MomentStatus,
    /// A fixed date, when the plan knows one.
    pub date: Option<Date>,
}
