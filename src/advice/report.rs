//! Everything the advice says about one plan, computed together, so a
//! front-end only shows it: the TUI's panels and the plain line mode read
//! the same report.

use crate::guide::Guide;
use crate::plan::Plan;
use crate::plan::progress::Overview;

use super::forms::{FormAid, rank};
use super::raad::{RaadMoment, RoleQuestions, questions_by_role, raad_moments};
use super::scan::{StepScan, scan_from};
use super::{Finding, findings};

/// The findings, the self-scan per step, the legal-form aid, and what the
/// plan asks of the raad.
pub struct Advice {
    pub findings: Vec<Finding>,
    pub scan: Vec<StepScan>,
    pub forms: FormAid,
    pub raad: Vec<RaadMoment>,
    pub roles: Vec<RoleQuestions>,
}

impl Advice {
    /// No advice yet: a plan just opened in the TUI, whose advice follows
    /// right after the first frame (`Editor::advice_stale`; issue 16).
    #[must_use]
    pub fn pending() -> Advice {
        Advice {
            findings: Vec::new(),
            scan: Vec::new(),
            forms: FormAid::default(),
            raad: Vec::new(),
            roles: Vec::new(),
        }
    }

    /// The advice on `plan`, whose progress is `overview`.
    #[must_use]
    pub fn of(guide: &Guide, plan: &Plan, overview: &Overview) -> Advice {
        let findings = findings(guide, plan);
        Advice {
            scan: scan_from(overview, &findings),
            findings,
            forms: rank(guide, plan),
            raad: raad_moments(guide, plan),
            roles: questions_by_role(guide, plan),
        }
    }
}
