//! The advice on a plan, as the plain-text sections an export prints:
//! findings, the self-scan, the legal-form considerations and the raad's
//! moments.

use crate::advice::forms::{FormAid, Reason, rank};
use crate::advice::raad::{MomentStatus, raad_moments};
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
                // "groen (alles ingevuld)": the label before it
                // already ends in a colon.
                outcome: format!("{} ({})", light_name(s.light), lower_first(&s.reason)),
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

/// "(Bron: Wgr art. 9)": labelled, so a reader on paper knows what it is.
fn source(s: &str) -> String {
    if s.trim().is_empty() {
        String::new()
    } else {
        Doc::FindingSource.fill(&[&s.trim()])
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
/// the answers say for and against it (the statutory preference for public
/// law among them), what speaks for and against it in general, and what
/// the raad keeps in hand.
fn forms(aid: &FormAid) -> (Vec<FormNote>, String) {
    if aid.answered == 0 && !aid.forms.iter().any(|f| f.chosen) {
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
                .chain(
                    f.considerations_for
                        .iter()
                        .map(|r| reason(Doc::GeneralFor, r)),
                )
                .chain(
                    f.considerations_against
                        .iter()
                        .map(|r| reason(Doc::GeneralAgainst, r)),
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
            let status = match m.status {
                MomentStatus::Planned => Doc::MomentPlanned.get(),
                MomentStatus::Described => Doc::MomentDescribed.get(),
                MomentStatus::NotPlanned => Doc::MomentNotPlanned.get(),
                MomentStatus::Unknown => Doc::MomentUnknown.get(),
                // The detail says it: a fact of the form, nothing to plan.
                MomentStatus::Applies => "",
            };
            RaadMoment {
                when: m.title,
                what: join_sentences(&[&m.detail, status]),
                date: m.date,
            }
        })
        .collect()
}
