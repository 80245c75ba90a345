//! The advice on a plan, as the plain-text sections an export prints:
//! findings, the self-scan, the legal-form considerations and the raad's
//! moments.

use crate::advice::forms::{FormAid, Reason, rank};
use crate::advice::raad::{MomentKind, raad_moments};
use crate::advice::scan::{Light, scan};
use crate::advice::{Severity, findings, ids};
use crate::guide::Guide;
use crate::plan::{Answer, Plan};
use crate::present::lower_first;
use crate::text::Doc;

use super::report::{Finding, FormNote, Level, MomentStatus, RaadMoment, Report, ScanLine};

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

/// The ranked forms, or nothing while no answer steers the ranking (a list
/// of ten equal forms would suggest a judgement that is not there).
fn forms(aid: &FormAid) -> (Vec<FormNote>, String) {
    if aid.forms.iter().all(|f| f.score == 0 && !f.chosen) {
        return (Vec::new(), String::new());
    }
    let reason = |r: &Reason| {
        if r.uncertain {
            format!("{} ({})", r.text, aid.uncertain_label)
        } else {
            r.text.clone()
        }
    };
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
            points_for: f.reasons_for.iter().map(reason).collect(),
            points_against: f.reasons_against.iter().map(reason).collect(),
            raad_instruments: f.raad_instruments.clone(),
        })
        .collect();
    (notes, format!("{} {}", aid.disclaimer, aid.basis))
}

fn moments(guide: &Guide, plan: &Plan) -> Vec<RaadMoment> {
    // `raad_moments` gives one report moment per agreement that names a
    // result, in list order; their first dates, in the same order.
    let mut report_dates = plan
        .items(ids::AGREEMENTS)
        .iter()
        .filter(|item| {
            item.fields
                .get(ids::AGREEMENT_RESULT)
                .and_then(Answer::as_text)
                .is_some_and(|t| !t.trim().is_empty())
        })
        .map(|item| match item.fields.get(ids::AGREEMENT_FIRST_DATE) {
            Some(Answer::Date(d)) => Some(*d),
            _ => None,
        });
    raad_moments(guide, plan)
        .into_iter()
        .map(|m| {
            let status = match m.planned {
                Some(true) => MomentStatus::Planned,
                Some(false) => MomentStatus::NotPlanned,
                None => MomentStatus::Unknown,
            };
            let date = match m.kind {
                MomentKind::Evaluatie => match plan.answer(ids::EVALUATION_DATE) {
                    Some(Answer::Date(d)) => Some(*d),
                    _ => None,
                },
                MomentKind::Rapportage => report_dates.next().flatten(),
                _ => None,
            };
            RaadMoment {
                title: m.title,
                detail: m.detail.trim().to_string(),
                status,
                date,
            }
        })
        .collect()
}
