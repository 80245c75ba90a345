//! The legal-form aid: the ten forms ranked by how well they fit the
//! answers, each with reasons for and against and the instruments the raad
//! keeps. An aid to the discussion, not legal advice; the user decides.

mod data;
mod score;

use serde::Deserialize;

use crate::advice::assets::fill;
use crate::advice::read::{View, join_names};
use crate::guide::Guide;
use crate::plan::Plan;

use data::{FORMS, FormData, FormsFile, Prop, Tri};
use score::{Inputs, PARTNERS_KEY, STEERING_ANSWERS, contributions};

/// A point for or against a form. `uncertain` points rest on a fact that is
/// not verified (or that depends on the agreements): show them as "niet
/// zeker" and let the user check them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reason {
    pub text: String,
    #[serde(default)]
    pub uncertain: bool,
}

/// One row of a form's property table, e.g. "Rechtspersoon: Ja".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Property {
    pub label: String,
    pub value: String,
    pub uncertain: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankedForm {
    /// The choice id in `doelen.vorm`, e.g. `"ol"`.
    pub id: String,
    pub name: String,
    /// Sum of the weights of the reasons; 0 when nothing is answered.
    pub score: i32,
    /// Reasons from the answers in this plan.
    pub reasons_for: Vec<Reason>,
    pub reasons_against: Vec<Reason>,
    pub raad_instruments: Vec<String>,
    /// This is the form chosen in `doelen.vorm`.
    pub chosen: bool,
    /// What the form is, in two or three sentences.
    pub summary: String,
    /// General considerations, whatever the answers.
    pub considerations_for: Vec<Reason>,
    pub considerations_against: Vec<Reason>,
    pub properties: Vec<Property>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormAid {
    /// "An aid to the discussion, not legal advice"; always show it.
    pub disclaimer: String,
    /// The words to show beside an uncertain reason or property.
    pub uncertain_label: String,
    /// What the order rests on: which answers, which partners count and
    /// which do not, and the statutory preference for public law.
    pub basis: String,
    /// How many of the answers that steer the ranking are given; 0 means
    /// the order rests on the law alone.
    pub answered: usize,
    /// Best fit first; equal scores keep the usual order of the forms.
    pub forms: Vec<RankedForm>,
}

/// How many forms the aid compares (ten, unless a trainer adapted the data).
pub fn form_count() -> usize {
    FORMS.forms.len()
}

/// Rank the forms for `plan`. With none of the steering answers given every
/// score is 0, no form has reasons, and `basis` says so.
pub fn rank(guide: &Guide, plan: &Plan) -> FormAid {
    let file: &FormsFile = &FORMS;
    let view = View::new(guide, plan);
    let inputs = Inputs::read(&view);
    let chosen = view.form();
    let mut forms: Vec<RankedForm> = file
        .forms
        .iter()
        .map(|f| ranked(file, f, &inputs, chosen == Some(f.id.as_str())))
        .collect();
    // Stable: equal scores keep the order of forms.ron.
    forms.sort_by_key(|f| std::cmp::Reverse(f.score));
    FormAid {
        disclaimer: file.disclaimer.clone(),
        uncertain_label: file.uncertain_label.clone(),
        basis: basis(file, &inputs),
        answered: inputs.answered(),
        forms,
    }
}

/// What the order rests on, in one or a few sentences: the answers given
/// (in a few words each), the partners that count, those left out and why,
/// and the statutory preference for public law.
fn basis(file: &FormsFile, inputs: &Inputs) -> String {
    let t = &file.basis;
    let keys = inputs.answered_keys();
    let mut sentences = Vec::new();
    if keys.is_empty() {
        sentences.push(t.none.clone());
    } else {
        let parts: Vec<String> = keys
            .iter()
            .map(|key| match *key {
                PARTNERS_KEY => fill(
                    &t.partners,
                    &[
                        &inputs.government.len().to_string(),
                        &inputs.non_government.len().to_string(),
                    ],
                ),
                key => t.parts.get(key).cloned().unwrap_or_else(|| key.to_string()),
            })
            .collect();
        sentences.push(fill(
            &t.some,
            &[
                &keys.len().to_string(),
                &STEERING_ANSWERS.to_string(),
                &parts.join(&t.separator),
            ],
        ));
    }
    if !inputs.not_counted.is_empty() {
        sentences.push(fill(&t.not_counted, &[&join_names(&inputs.not_counted)]));
    }
    if !inputs.unknown_kind.is_empty() {
        sentences.push(fill(&t.unknown_kind, &[&join_names(&inputs.unknown_kind)]));
    }
    sentences.join(" ")
}

fn ranked(file: &FormsFile, f: &FormData, inputs: &Inputs, chosen: bool) -> RankedForm {
    let mut score = 0;
    let mut reasons_for = Vec::new();
    let mut reasons_against = Vec::new();
    for con in contributions(f, inputs) {
        let unverified = con.rests_on.is_some_and(|p| f.is_uncertain(p));
        let template = match file.reasons.get(con.key) {
            Some(t) if unverified => t.check.as_deref().unwrap_or(&t.text),
            Some(t) => &t.text,
            None => con.key,
        };
        let args: Vec<&str> = con.args.iter().map(String::as_str).collect();
        let reason = Reason {
            text: fill(template, &args),
            uncertain: unverified || con.depends,
        };
        // An unverified fact may tip the balance, never decide it.
        let weight = if unverified {
            con.weight.signum()
        } else {
            con.weight
        };
        score += weight;
        if weight > 0 {
            reasons_for.push(reason);
        } else if weight < 0 {
            reasons_against.push(reason);
        }
    }
    RankedForm {
        id: f.id.clone(),
        name: f.name.clone(),
        score,
        reasons_for,
        reasons_against,
        raad_instruments: f.raad_instruments.clone(),
        chosen,
        summary: f.summary.clone(),
        considerations_for: f.considerations_for.clone(),
        considerations_against: f.considerations_against.clone(),
        properties: properties(file, f),
    }
}

/// The property table of a form, in a fixed order.
fn properties(file: &FormsFile, f: &FormData) -> Vec<Property> {
    let l = &file.labels;
    let v = &file.values;
    let tri = |t: Tri| match t {
        Tri::Ja => v.ja.clone(),
        Tri::Nee => v.nee.clone(),
        Tri::Soms => v.soms.clone(),
    };
    let powers = f.powers.text.clone();
    let rows = [
        (Prop::Law, &l.law, f.law.clone()),
        (Prop::LegalPerson, &l.legal_person, tri(f.legal_person)),
        (Prop::OwnStaff, &l.own_staff, tri(f.own_staff)),
        (Prop::Powers, &l.powers, powers),
        (Prop::RaadPowers, &l.raad_powers, tri(f.raad_powers)),
        (
            Prop::NonGovPartners,
            &l.non_gov_partners,
            tri(f.non_gov_partners),
        ),
        (Prop::Board, &l.board, f.board.clone()),
        (Prop::Weight, &l.weight, f.weight.text.clone()),
        (Prop::RaadGrip, &l.raad_grip, f.raad_grip.text.clone()),
        (Prop::TypicalUse, &l.typical_use, f.typical_use.text.clone()),
        (Prop::Wgr2022, &l.wgr2022, tri(f.wgr2022)),
        (
            Prop::VerbondenPartij,
            &l.verbonden_partij,
            tri(f.verbonden_partij),
        ),
    ];
    rows.into_iter()
        .map(|(prop, label, value)| Property {
            label: label.clone(),
            value,
            uncertain: f.is_uncertain(prop),
        })
        .collect()
}

#[cfg(test)]
mod tests;
