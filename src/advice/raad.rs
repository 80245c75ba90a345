//! The raad's lens: which decisions and moments in the plan are the raad's,
//! and which guide questions touch which of its roles.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::assets::{RAAD_RON, fill, parse};
use super::ids;
use super::read::{Family, View};
use crate::guide::{Guide, RaadRole};
use crate::plan::progress::applies;
use crate::plan::{Plan, YesNo};
use crate::present::format_date;

/// The kinds of moments, in the order the screen lists them: roughly the
/// order in which they come up in the life of a cooperation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
pub enum MomentKind {
    Kaders,
    ZienswijzeOntwerp,
    Toestemming,
    WensenBedenkingen,
    VerbondenPartij,
    PcKaders,
    PcOntwerpbegroting,
    PcTussenrapportage,
    PcJaarrekening,
    ZienswijzeBesluiten,
    Rapportage,
    Evaluatie,
}

impl MomentKind {
    pub const ALL: [MomentKind; 12] = [
        MomentKind::Kaders,
        MomentKind::ZienswijzeOntwerp,
        MomentKind::Toestemming,
        MomentKind::WensenBedenkingen,
        MomentKind::VerbondenPartij,
        MomentKind::PcKaders,
        MomentKind::PcOntwerpbegroting,
        MomentKind::PcTussenrapportage,
        MomentKind::PcJaarrekening,
        MomentKind::ZienswijzeBesluiten,
        MomentKind::Rapportage,
        MomentKind::Evaluatie,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RaadMoment {
    pub kind: MomentKind,
    pub title: String,
    pub detail: String,
    /// From the plan: arranged (`Some(true)`), not arranged (`Some(false)`)
    /// or not known yet (`None`).
    pub planned: Option<bool>,
    pub step: usize,
    /// The top-level question the moment comes from, to jump to it.
    pub question: String,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MomentText {
    pub title: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RaadTexts {
    pub moments: BTreeMap<MomentKind, MomentText>,
    pub gr_budget: MomentText,
    pub interval_one: String,
    pub interval_many: String,
    pub first_evaluation: String,
    pub first_report: String,
}

pub(crate) fn parse_raad_texts() -> Result<RaadTexts, String> {
    parse("raad.ron", RAAD_RON)
}

static TEXTS: LazyLock<RaadTexts> = LazyLock::new(|| parse_raad_texts().unwrap_or_default());

fn planned(answer: Option<YesNo>) -> Option<bool> {
    match answer? {
        YesNo::Ja => Some(true),
        YesNo::Nee => Some(false),
        YesNo::WeetNiet => None,
    }
}

/// Collects moments; a moment whose question is not in the guide is left
/// out (an adapted guide).
struct Moments<'v, 'a> {
    view: &'v View<'a>,
    texts: &'a RaadTexts,
    out: Vec<RaadMoment>,
}

impl Moments<'_, '_> {
    fn push(&mut self, kind: MomentKind, question: &str, planned: Option<bool>) {
        let text = self.texts.moments.get(&kind).cloned().unwrap_or_default();
        self.push_text(kind, question, planned, text);
    }

    fn push_text(
        &mut self,
        kind: MomentKind,
        question: &str,
        planned: Option<bool>,
        text: MomentText,
    ) {
        let Some(at) = self.view.guide.question(question) else {
            return;
        };
        self.out.push(RaadMoment {
            kind,
            title: text.title,
            detail: text.detail,
            planned,
            step: at.step,
            question: question.to_string(),
        });
    }
}

/// The raad's decisions and moments for `plan`, in [`MomentKind`] order.
/// Kaders and the evaluation are always listed; the others when the plan
/// makes them apply (e.g. toestemming only for a Wgr form).
pub fn raad_moments(guide: &Guide, plan: &Plan) -> Vec<RaadMoment> {
    let view = View::new(guide, plan);
    let texts: &RaadTexts = &TEXTS;
    let mut m = Moments {
        view: &view,
        texts,
        out: Vec::new(),
    };
    let family = view.family();

    let kaders_written = view.text(ids::KADERS).is_some();
    m.push(
        MomentKind::Kaders,
        ids::KADERS,
        kaders_written.then_some(true),
    );
    if family == Some(Family::Wgr) {
        m.push(
            MomentKind::ZienswijzeOntwerp,
            ids::DRAFT_VIEW,
            planned(view.yes_no(ids::DRAFT_VIEW)),
        );
        m.push(
            MomentKind::Toestemming,
            ids::CONSENT,
            planned(view.yes_no(ids::CONSENT)),
        );
    }
    if family == Some(Family::Private) {
        m.push(
            MomentKind::WensenBedenkingen,
            ids::WISHES,
            planned(view.yes_no(ids::WISHES)),
        );
    }
    if view.is_yes(ids::BOARD_INTEREST) && view.is_yes(ids::FINANCIAL_INTEREST) {
        m.push(MomentKind::VerbondenPartij, ids::FINANCIAL_INTEREST, None);
    }
    pc_moments(&mut m);
    if family == Some(Family::Wgr) {
        let p = planned(view.yes_no(ids::DECISION_VIEWS));
        m.push(MomentKind::ZienswijzeBesluiten, ids::DECISION_VIEWS, p);
    }
    reports(&mut m);
    evaluation(&mut m);
    m.out
}

/// The P&C moments chosen in step 4. For a Wgr form with its own begroting
/// the zienswijze on the ontwerpbegroting is the raad's by law, so it is
/// listed even when not chosen (as not planned, or unknown if unanswered).
fn pc_moments(m: &mut Moments) {
    let chosen = m.view.multi(ids::PC_MOMENTS);
    let has = |id: &str| chosen.map(|c| c.iter().any(|x| x == id));
    let gr_budget = m
        .view
        .form()
        .is_some_and(|f| ids::WGR_FORMS_WITH_BUDGET.contains(&f));
    if has(ids::PC_KADERS) == Some(true) {
        m.push(MomentKind::PcKaders, ids::PC_MOMENTS, Some(true));
    }
    let budget = has(ids::PC_DRAFT_BUDGET);
    if gr_budget {
        let text = m.texts.gr_budget.clone();
        m.push_text(
            MomentKind::PcOntwerpbegroting,
            ids::PC_MOMENTS,
            budget,
            text,
        );
    } else if budget == Some(true) {
        m.push(MomentKind::PcOntwerpbegroting, ids::PC_MOMENTS, Some(true));
    }
    if has(ids::PC_INTERIM) == Some(true) {
        m.push(MomentKind::PcTussenrapportage, ids::PC_MOMENTS, Some(true));
    }
    if has(ids::PC_ANNUAL_ACCOUNTS) == Some(true) {
        m.push(MomentKind::PcJaarrekening, ids::PC_MOMENTS, Some(true));
    }
}

/// One moment per afspraak that names a result: how often, and when first.
fn reports(m: &mut Moments<'_, '_>) {
    let list = ids::AGREEMENTS;
    let view = m.view;
    let frequency_field = view.guide.field(list, ids::AGREEMENT_FREQUENCY);
    for item in view.items(list) {
        let r = Some(&item.fields);
        let Some(result) = view.field_text(list, r, ids::AGREEMENT_RESULT) else {
            continue;
        };
        let frequency = view.field_choice(list, r, ids::AGREEMENT_FREQUENCY);
        let mut detail = Vec::new();
        // "Anders" says nothing on its own; leave it out of the line.
        if let Some(label) = frequency
            .filter(|f| *f != ids::FREQUENCY_OTHER)
            .and_then(|f| frequency_field.and_then(|q| q.kind.choice_label(f)))
        {
            detail.push(format!("{label}."));
        }
        if let Some(crate::plan::Answer::Date(d)) = view.field(list, r, ids::AGREEMENT_FIRST_DATE) {
            detail.push(fill(&m.texts.first_report, &[&format_date(*d)]));
        }
        let template = m
            .texts
            .moments
            .get(&MomentKind::Rapportage)
            .cloned()
            .unwrap_or_default();
        let text = MomentText {
            title: fill(
                &template.title,
                &[result.lines().next().unwrap_or(result).trim()],
            ),
            detail: detail.join(" "),
        };
        m.push_text(MomentKind::Rapportage, list, frequency.map(|_| true), text);
    }
}

/// The evaluation, with its interval and first date when given.
fn evaluation(m: &mut Moments<'_, '_>) {
    let view = m.view;
    let mut text = m
        .texts
        .moments
        .get(&MomentKind::Evaluatie)
        .cloned()
        .unwrap_or_default();
    let mut extra = Vec::new();
    match view.number(ids::EVALUATION_INTERVAL) {
        Some(1) => extra.push(m.texts.interval_one.clone()),
        Some(n) => extra.push(fill(&m.texts.interval_many, &[&n.to_string()])),
        None => {}
    }
    if let Some(d) = view.date(ids::EVALUATION_DATE) {
        extra.push(fill(&m.texts.first_evaluation, &[&format_date(d)]));
    }
    if !extra.is_empty() {
        text.detail = format!("{} {}", text.detail, extra.join(" "));
    }
    m.push_text(
        MomentKind::Evaluatie,
        ids::EVALUATION,
        planned(view.yes_no(ids::EVALUATION)),
        text,
    );
}

/// A guide question, by step and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionAt {
    pub step: usize,
    pub question: String,
}

/// The questions that touch one role of the raad.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleQuestions {
    pub role: RaadRole,
    pub questions: Vec<QuestionAt>,
}

/// For each role (kaderstellend, controlerend, volksvertegenwoordigend),
/// the questions that apply to `plan` and carry that role, in walk order.
/// A question with two roles is listed under both.
pub fn questions_by_role(guide: &Guide, plan: &Plan) -> Vec<RoleQuestions> {
    let roles = [
        RaadRole::Kaderstellend,
        RaadRole::Controlerend,
        RaadRole::Volksvertegenwoordigend,
    ];
    roles
        .into_iter()
        .map(|role| RoleQuestions {
            role,
            questions: guide
                .steps
                .iter()
                .enumerate()
                .flat_map(|(step, s)| s.questions.iter().map(move |q| (step, q)))
                .filter(|(_, q)| q.raad.contains(&role) && applies(plan, q))
                .map(|(step, q)| QuestionAt {
                    step,
                    question: q.id.clone(),
                })
                .collect(),
        })
        .collect()
}
