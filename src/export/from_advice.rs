//! The advice on a plan, as the plain-text sections an export prints:
//! findings, the self-scan, the legal-form considerations and the raad's
//! moments.

use crate::advice::forms::{FormAid, Reason, rank};
use crate::advice::raad::{MomentKind, raad_moments};
use crate::advice::scan::{Light, scan};
use crate::advice::{Severity, findings};
use crate::guide::Guide;
use crate::plan::{Answer, Plan};
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
                outcome: format!("{}: {}", light_name(s.light), lower_first(&s.reason)),
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
                    text: join_sentences(&[&f.why, &source(&f.source), &f.action]),
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

fn source(s: &str) -> String {
    if s.trim().is_empty() {
        String::new()
    } else {
        format!("({})", s.trim())
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
    let reason = |prefix: Doc, r: &Reason| {
        let doubt = if r.uncertain {
            format!(" ({})", aid.uncertain_label)
        } else {
            String::new()
        };
        format!("{}: {}{doubt}", prefix.get(), r.text)
    };
    let notes = aid
        .forms
        .iter()
        .map(|f| {
            let fit = match f.score {
                s if s >= 4 => Doc::FitGood,
                s if s >= 1 => Doc::FitFair,
                0 => Doc::FitNeutral,
                _ => Doc::FitPoor,
            }
            .get();
            let fit = if f.chosen {
                format!("{fit} · {}", Doc::FormChosen.get())
            } else {
                fit.to_string()
            };
            let mut points: Vec<String> = f
                .reasons_for
                .iter()
                .map(|r| reason(Doc::ReasonFor, r))
                .chain(
                    f.reasons_against
                        .iter()
                        .map(|r| reason(Doc::ReasonAgainst, r)),
                )
                .collect();
            if !f.raad_instruments.is_empty() {
                points.push(format!(
                    "{}: {}",
                    Doc::RaadInstruments.get(),
                    f.raad_instruments.join("; ")
                ));
            }
            FormNote {
                form: f.name.clone(),
                fit,
                points,
            }
        })
        .collect();
    (notes, format!("{} {}", aid.disclaimer, aid.basis))
}

fn moments(guide: &Guide, plan: &Plan) -> Vec<RaadMoment> {
    raad_moments(guide, plan)
        .into_iter()
        .map(|m| {
            let status = match m.planned {
                Some(true) => Doc::MomentPlanned,
                Some(false) => Doc::MomentNotPlanned,
                None => Doc::MomentUnknown,
            };
            let date = match m.kind {
                MomentKind::Evaluatie => match plan.answer("monitoring.evaluatie_datum") {
                    Some(Answer::Date(d)) => Some(*d),
                    _ => None,
                },
                _ => None,
            };
            RaadMoment {
                when: m.title,
                what: join_sentences(&[&m.detail, status.get()]),
                date,
            }
        })
        .collect()
}
