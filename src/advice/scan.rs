//! The self-scan: a traffic light per step, from its completeness and its
//! findings, with a one-line reason.
//!
//! - Red: the step has at least one warning.
//! - Green: every required question is answered and there is no warning.
//!   Hints may remain; they are advice, not gaps, and the reason counts them.
//! - Amber: everything else, i.e. no warning but not complete (including a
//!   step not started yet).

use std::sync::LazyLock;

use serde::Deserialize;

use super::assets::{SCAN_RON, capitalise, fill, parse};
use super::{Finding, Severity};
use crate::guide::Guide;
use crate::plan::Plan;
use crate::plan::progress::{Overview, overview};
use crate::plan::{Progress, StepStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Light {
    Green,
    Amber,
    Red,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepScan {
    pub light: Light,
    /// E.g. "Let op: 1 punt · nog 2 antwoorden open".
    pub reason: String,
    pub warnings: usize,
    pub hints: usize,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ScanTexts {
    pub not_started: String,
    pub complete: String,
    pub open_one: String,
    pub open_many: String,
    pub warnings_one: String,
    pub warnings_many: String,
    pub hints_one: String,
    pub hints_many: String,
    pub separator: String,
}

pub(crate) fn parse_scan_texts() -> Result<ScanTexts, String> {
    parse("scan.ron", SCAN_RON)
}

static TEXTS: LazyLock<ScanTexts> = LazyLock::new(|| parse_scan_texts().unwrap_or_default());

/// One scan per step of `guide`, in step order. `findings` are those of
/// [`super::findings`] for the same plan.
pub fn scan(guide: &Guide, plan: &Plan, findings: &[Finding]) -> Vec<StepScan> {
    scan_from(&overview(plan, guide), findings)
}

/// [`scan`] from progress already computed for the plan (the app keeps it
/// up to date anyway; a big plan has thousands of fields to count).
pub fn scan_from(overview: &Overview, findings: &[Finding]) -> Vec<StepScan> {
    overview
        .steps
        .iter()
        .enumerate()
        .map(|(index, &(progress, status))| {
            let count = |severity| {
                findings
                    .iter()
                    .filter(|f| f.step == index && f.severity == severity)
                    .count()
            };
            let warnings = count(Severity::Warning);
            let hints = count(Severity::Hint);
            let light = if warnings > 0 {
                Light::Red
            } else if status == StepStatus::Complete {
                Light::Green
            } else {
                Light::Amber
            };
            StepScan {
                light,
                reason: reason(&TEXTS, light, status, progress, warnings, hints),
                warnings,
                hints,
            }
        })
        .collect()
}

fn counted(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        one.to_string()
    } else {
        fill(many, &[&n.to_string()])
    }
}

fn reason(
    t: &ScanTexts,
    light: Light,
    status: StepStatus,
    progress: Progress,
    warnings: usize,
    hints: usize,
) -> String {
    let open = progress.total.saturating_sub(progress.answered);
    let mut parts = Vec::new();
    if light == Light::Red {
        parts.push(counted(warnings, &t.warnings_one, &t.warnings_many));
    }
    match status {
        StepStatus::NotStarted if light == Light::Amber => parts.push(t.not_started.clone()),
        StepStatus::Complete => parts.push(t.complete.clone()),
        _ if open > 0 => parts.push(counted(open, &t.open_one, &t.open_many)),
        _ => {}
    }
    if hints > 0 && light != Light::Red {
        parts.push(counted(hints, &t.hints_one, &t.hints_many));
    }
    capitalise(&parts.join(&t.separator))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts() -> ScanTexts {
        parse_scan_texts().expect("scan.ron parses")
    }

    fn p(answered: usize, total: usize) -> Progress {
        Progress { answered, total }
    }

    #[test]
    fn reasons_read_as_one_line() {
        let t = texts();
        let cases = [
            (
                Light::Amber,
                StepStatus::NotStarted,
                p(0, 4),
                0,
                0,
                "Nog niet begonnen",
            ),
            (
                Light::Amber,
                StepStatus::InProgress,
                p(3, 4),
                0,
                0,
                "Nog 1 antwoord open",
            ),
            (
                Light::Amber,
                StepStatus::InProgress,
                p(1, 4),
                0,
                2,
                "Nog 3 antwoorden open · 2 tips",
            ),
            (
                Light::Green,
                StepStatus::Complete,
                p(4, 4),
                0,
                0,
                "Alles ingevuld",
            ),
            (
                Light::Green,
                StepStatus::Complete,
                p(4, 4),
                0,
                1,
                "Alles ingevuld · 1 tip",
            ),
            (
                Light::Red,
                StepStatus::InProgress,
                p(2, 4),
                1,
                3,
                "Let op: 1 punt · nog 2 antwoorden open",
            ),
            (
                Light::Red,
                StepStatus::Complete,
                p(4, 4),
                2,
                0,
                "Let op: 2 punten · alles ingevuld",
            ),
            (
                Light::Red,
                StepStatus::NotStarted,
                p(0, 3),
                1,
                0,
                "Let op: 1 punt · nog 3 antwoorden open",
            ),
        ];
        for (light, status, progress, warnings, hints, want) in cases {
            assert_eq!(reason(&t, light, status, progress, warnings, hints), want);
        }
    }
}
