//! The advice on a plan, as the plain-text sections an export prints:
//! findings, the self-scan, the legal-form considerations and the raad's
//! moments.

use crate::advice::forms::{FormAid, Reason, rank};
use crate::advice::raad::raad_moments;
use crate::advice::scan::{Light, scan};
use crate::advice::{Severity, findings};
use crate::guide::Guide;
use crate::plan::Plan;
use crate::present::lower_first;
use crate::text::Doc;

use super::report::{Finding, FormNote, Level, RaadMoment, Report, ScanLine};

impl Report {
    /// Everything the advice says about `plan`.
    pub fn from_advice(guide: &Guide, plan: &Plan) -> Report {
        let found = findings(guide, plan);
        let self_scan = scan(guide, plan, &found)
            .into_iter()
            .enumerate()
            .map(|(step, s)| ScanLine {
                step,
                label: Doc::ScanLabel.get().to_string(),
                outcome: format!("{}, {}", light_name(s.light), lower_first(&s.reason)),
            })
            .collect();
        let aid = rank(guide, plan);
        let (legal_forms, legal_forms_note) = forms(&aid);
        Report {
            findings: found
                .into_iter()
                .map(|f| Finding {
                    step: Some(f.step),
                    level: match f.severity {
                        Severity::Warning => Level::Warning,
                        Severity::Hint => Level::Hint,
                    },
                    title: f.message,
                    text: join_sentences(&[&f.why, &f.action]),
                    source: f.source.trim().to_string(),
                })
                .collect(),
            self_scan,
            legal_forms,
            legal_forms_note,
            raad_moments: moments(guide, plan),
        }
    }
}

fn light_name(light: Light) -> &'static str {
    match light {
        Light::Green => Doc::LightGreen.get(),
        Light::Amber => Doc::LightAmber.get(),
        Light::Red => Doc::LightRed.get(),
    }
}

fn join_sentences(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The ranked forms, or nothing while no answer steers the ranking and no
/// form is chosen (an order resting on the law alone would suggest a
/// judgement about this plan that is not there). Each form carries what
/// the answers and the law say for and against it (the statutory
/// preference for public law among them), then what speaks for and
/// against it in general (C6), and what the raad keeps in hand.
fn forms(aid: &FormAid) -> (Vec<FormNote>, String) {
    if aid.answered == 0 && !aid.forms.iter().any(|f| f.chosen) {
        return (Vec::new(), String::new());
    }
    let reason = |r: &Reason| {
        if r.uncertain {
            format!("{} ({})", r.text, aid.uncertain_label)
        } else {
            r.text.clone()
        }
    };
    // A general consideration, marked as such after the plan's own points.
    let general = |label: Doc, r: &Reason| format!("{}: {}", label.get(), reason(r));
    let notes = aid
        .forms
        .iter()
        .map(|f| FormNote {
            form: f.name.clone(),
            fit: match f.score {
                s if s >= 4 => Doc::FitGood,
                s if s >= 1 => Doc::FitFair,
                0 => Doc::FitNeutral,
                _ => Doc::FitPoor,
            }
            .get()
            .to_string(),
            chosen: f.chosen,
            points_for: f
                .reasons_for
                .iter()
                .map(reason)
                .chain(
                    f.considerations_for
                        .iter()
                        .map(|r| general(Doc::GeneralFor, r)),
                )
                .collect(),
            points_against: f
                .reasons_against
                .iter()
                .map(reason)
                .chain(
                    f.considerations_against
                        .iter()
                        .map(|r| general(Doc::GeneralAgainst, r)),
                )
                .collect(),
            raad_instruments: f.raad_instruments.clone(),
        })
        .collect();
    (notes, format!("{} {}", aid.disclaimer, aid.basis))
}

fn moments(guide: &Guide, plan: &Plan) -> Vec<RaadMoment> {
    raad_moments(guide, plan)
        .into_iter()
        .map(|m| RaadMoment {
            title: m.title,
            detail: m.detail.trim().to_string(),
            status: m.status,
            date: m.date,
        })
        .collect()
}
