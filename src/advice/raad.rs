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
use jiff::civil::Date;

/// The kinds of moments, in the order the screen lists them: roughly the
/// order in which they come up in the life of a cooperation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
pub enum MomentKind {
    Kaders,
    ZienswijzeOntwerp,
    Toestemming,
    RaadBesluit,
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
    pub const ALL: [MomentKind; 13] = [
        MomentKind::Kaders,
        MomentKind::ZienswijzeOntwerp,
        MomentKind::Toestemming,
        MomentKind::RaadBesluit,
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

/// Where a moment stands, from the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MomentStatus {
    /// Arranged, with a date or a who (or, for the begrotingscyclus, in
    /// the raad's planning): "gepland".
    Planned,
    /// Written down in the plan, but without a date or a who: "beschreven".
    Described,
    /// The plan says it is not arranged.
    NotPlanned,
    /// Not known yet.
    Unknown,
    /// A fact of the chosen form rather than something to plan, e.g. that
    /// it is a verbonden partij: "geldt".
    Applies,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RaadMoment {
    pub kind: MomentKind,
    pub title: String,
    pub detail: String,
    pub status: MomentStatus,
    /// The date it first happens, when the plan knows one (a report's
    /// first date, the first evaluation).
    pub date: Option<Date>,
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
    /// Toestemming or the raad's own decision, while it is not known who
    /// makes the regeling.
    pub maker_unknown: MomentText,
    /// Added to the verbonden partij when step 0 says there is a nota.
    pub verbonden_partij_nota: String,
    pub interval_one: String,
    pub interval_many: String,
    pub first_evaluation: String,
    pub first_report: String,
}

pub(crate) fn parse_raad_texts() -> Result<RaadTexts, String> {
    parse("raad.ron", RAAD_RON)
}

static TEXTS: LazyLock<RaadTexts> = LazyLock::new(|| parse_raad_texts().unwrap_or_default());

/// A yes/no answer on whether the raad gets a say, as a status: "ja" is
/// planned (the college puts it to the raad), "nee" not planned.
fn planned(answer: Option<YesNo>) -> MomentStatus {
    match answer {
        Some(YesNo::Ja) => MomentStatus::Planned,
        Some(YesNo::Nee) => MomentStatus::NotPlanned,
        Some(YesNo::WeetNiet) | None => MomentStatus::Unknown,
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
    fn push(&mut self, kind: MomentKind, question: &str, status: MomentStatus) {
        let text = self.texts.moments.get(&kind).cloned().unwrap_or_default();
        self.push_text(kind, question, status, text);
    }

    fn push_text(
        &mut self,
        kind: MomentKind,
        question: &str,
        status: MomentStatus,
        text: MomentText,
    ) -> Option<&mut RaadMoment> {
        let at = self.view.guide.question(question)?;
        self.out.push(RaadMoment {
            kind,
            title: text.title,
            detail: text.detail,
            status,
            date: None,
            step: at.step,
            question: question.to_string(),
        });
        self.out.last_mut()
    }
}

/// The raad's decisions and moments for `plan`, in [`MomentKind`] order.
/// Kaders and the evaluation are always listed; the others when the plan
/// makes them apply: toestemming and the zienswijze on the draft only for a
/// Wgr form that colleges or burgemeesters make (Wgr art. 1 lid 2-4), the
/// raad's own decision when it is a party itself.
pub fn raad_moments(guide: &Guide, plan: &Plan) -> Vec<RaadMoment> {
    let view = View::new(guide, plan);
    let texts: &RaadTexts = &TEXTS;
    let mut m = Moments {
        view: &view,
        texts,
        out: Vec::new(),
    };
    let family = view.family();

    let kaders = if view.text(ids::KADERS).is_some() {
        MomentStatus::Described
    } else {
        MomentStatus::Unknown
    };
    m.push(MomentKind::Kaders, ids::KADERS, kaders);
    if family == Some(Family::Wgr) {
        regeling(&mut m);
    }
    if family == Some(Family::Private) {
        m.push(
            MomentKind::WensenBedenkingen,
            ids::WISHES,
            planned(view.yes_no(ids::WISHES)),
        );
    }
    verbonden_partij(&mut m);
    pc_moments(&mut m);
    let with_board = view
        .form()
        .is_some_and(|f| ids::WGR_FORMS_WITH_BOARD.contains(&f));
    if with_board {
        let p = planned(view.yes_no(ids::DECISION_VIEWS));
        m.push(MomentKind::ZienswijzeBesluiten, ids::DECISION_VIEWS, p);
    }
    reports(&mut m);
    evaluation(&mut m);
    m.out
}

/// The raad's say on a Wgr regeling, by who makes it.
fn regeling(m: &mut Moments) {
    let view = m.view;
    match view.maker() {
        Some(maker) if ids::MAKERS_NEEDING_CONSENT.contains(&maker) => {
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
        Some(maker) if ids::MAKERS_WITH_RAAD.contains(&maker) => {
            m.push(MomentKind::RaadBesluit, ids::MAKER, MomentStatus::Applies);
        }
        _ => {
            let text = m.texts.maker_unknown.clone();
            m.push_text(
                MomentKind::Toestemming,
                ids::MAKER,
                MomentStatus::Unknown,
                text,
            );
        }
    }
}

/// An openbaar lichaam or BVO always is a verbonden partij; so is a body in
/// which the gemeente has both a bestuurlijk and a financieel belang.
fn verbonden_partij(m: &mut Moments) {
    let view = m.view;
    let gr = view
        .form()
        .is_some_and(|f| ids::VERBONDEN_PARTIJ_FORMS.contains(&f));
    let both = view.is_yes(ids::BOARD_INTEREST) && view.is_yes(ids::FINANCIAL_INTEREST);
    if !(gr || both) {
        return;
    }
    let mut text = m
        .texts
        .moments
        .get(&MomentKind::VerbondenPartij)
        .cloned()
        .unwrap_or_default();
    if view.yes_no(ids::NOTA) == Some(YesNo::Ja) {
        text.detail = format!("{} {}", text.detail, m.texts.verbonden_partij_nota);
    }
    m.push_text(
        MomentKind::VerbondenPartij,
        ids::FINANCIAL_INTEREST,
        MomentStatus::Applies,
        text,
    );
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
    // The question asks which moments are in the raad's planning: a chosen
    // one is planned; the begrotingscyclus fixes when.
    let planned = MomentStatus::Planned;
    if has(ids::PC_KADERS) == Some(true) {
        m.push(MomentKind::PcKaders, ids::PC_MOMENTS, planned);
    }
    let budget = match has(ids::PC_DRAFT_BUDGET) {
        Some(true) => MomentStatus::Planned,
        Some(false) => MomentStatus::NotPlanned,
        None => MomentStatus::Unknown,
    };
    if gr_budget {
        let text = m.texts.gr_budget.clone();
        m.push_text(
            MomentKind::PcOntwerpbegroting,
            ids::PC_MOMENTS,
            budget,
            text,
        );
    } else if budget == MomentStatus::Planned {
        m.push(MomentKind::PcOntwerpbegroting, ids::PC_MOMENTS, planned);
    }
    if has(ids::PC_INTERIM) == Some(true) {
        m.push(MomentKind::PcTussenrapportage, ids::PC_MOMENTS, planned);
    }
    if has(ids::PC_ANNUAL_ACCOUNTS) == Some(true) {
        m.push(MomentKind::PcJaarrekening, ids::PC_MOMENTS, planned);
    }
}

/// One moment per afspraak that names a result: how often, and when first.
/// Planned only with a date or a who (to or by whom it is reported);
/// with just a frequency it is described, with neither not known (W30).
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
        let date = match view.field(list, r, ids::AGREEMENT_FIRST_DATE) {
            Some(crate::plan::Answer::Date(d)) => Some(*d),
            _ => None,
        };
        if let Some(d) = date {
            detail.push(fill(&m.texts.first_report, &[&format_date(d)]));
        }
        let who = view.field_text(list, r, ids::AGREEMENT_TO_WHOM).is_some()
            || view.field_text(list, r, ids::AGREEMENT_BY_WHOM).is_some();
        let status = if date.is_some() || who {
            MomentStatus::Planned
        } else if frequency.is_some() {
            MomentStatus::Described
        } else {
            MomentStatus::Unknown
        };
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
        if let Some(pushed) = m.push_text(MomentKind::Rapportage, list, status, text) {
            pushed.date = date;
        }
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
    let date = view.date(ids::EVALUATION_DATE);
    if let Some(d) = date {
        extra.push(fill(&m.texts.first_evaluation, &[&format_date(d)]));
    }
    if !extra.is_empty() {
        text.detail = format!("{} {}", text.detail, extra.join(" "));
    }
    // Agreed, but without a date, is described rather than planned.
    let status = match planned(view.yes_no(ids::EVALUATION)) {
        MomentStatus::Planned if date.is_none() => MomentStatus::Described,
        other => other,
    };
    if let Some(pushed) = m.push_text(MomentKind::Evaluatie, ids::EVALUATION, status, text) {
        pushed.date = date;
    }
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
