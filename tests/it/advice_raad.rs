//! The raad's lens: its decisions and moments from the plan, and the
//! questions per role.

use crate::advice_support;

use advice_support::{AGREEMENTS, Build, ch, guide, txt};
use samenwerkwijzer::advice::raad::{MomentKind, RaadMoment, questions_by_role, raad_moments};
use samenwerkwijzer::guide::RaadRole;
use samenwerkwijzer::plan::Answer;

fn moments(b: &Build) -> Vec<RaadMoment> {
    raad_moments(&guide(), &b.plan)
}

fn kinds(ms: &[RaadMoment]) -> Vec<(MomentKind, Option<bool>)> {
    ms.iter().map(|m| (m.kind, m.planned)).collect()
}

fn date(s: &str) -> Answer {
    Answer::Date(s.parse().expect("date"))
}

#[test]
fn an_empty_plan_still_lists_the_kaders_and_the_evaluation() {
    let ms = moments(&Build::new());
    assert_eq!(
        kinds(&ms),
        [(MomentKind::Kaders, None), (MomentKind::Evaluatie, None)]
    );
    let guide = guide();
    for m in &ms {
        assert_eq!(guide.question(&m.question).map(|q| q.step), Some(m.step));
        assert!(!m.title.is_empty() && !m.detail.is_empty());
    }
}

#[test]
fn an_openbaar_lichaam_brings_the_wgr_moments() {
    let mut b = Build::new();
    b.text("opgave.kaders", "Bijdrage onder € 150.000 per jaar.");
    b.form("ol")
        .yes("doelen.toestemming")
        .no("doelen.zienswijze_ontwerp");
    b.multi("monitoring.pc_momenten", &["kaders", "jaarrekening"]);
    b.unknown("monitoring.zienswijze_besluiten");
    b.yes("monitoring.evaluatie")
        .set("monitoring.evaluatie_interval", Answer::Number(4))
        .set("monitoring.evaluatie_datum", date("2028-03-01"));
    let ms = moments(&b);
    assert_eq!(
        kinds(&ms),
        [
            (MomentKind::Kaders, Some(true)),
            (MomentKind::ZienswijzeOntwerp, Some(false)),
            (MomentKind::Toestemming, Some(true)),
            (MomentKind::PcKaders, Some(true)),
            // The 12-week zienswijze is the raad's by law: listed, not planned.
            (MomentKind::PcOntwerpbegroting, Some(false)),
            (MomentKind::PcJaarrekening, Some(true)),
            (MomentKind::ZienswijzeBesluiten, None),
            (MomentKind::Evaluatie, Some(true)),
        ]
    );
    let budget = &ms[4];
    assert!(budget.detail.contains("twaalf weken"), "{}", budget.detail);
    let evaluation = ms.last().expect("evaluation");
    assert!(
        evaluation
            .detail
            .ends_with("Om de 4 jaar. Eerste evaluatie: 01-03-2028."),
        "{}",
        evaluation.detail
    );
}

#[test]
fn a_stichting_brings_wensen_en_bedenkingen_and_no_wgr_moments() {
    let mut b = Build::new();
    b.form("sti").yes("doelen.wensen_bedenkingen");
    b.yes("doelen.bestuurlijk_belang")
        .yes("doelen.financieel_belang");
    b.multi(
        "monitoring.pc_momenten",
        &["ontwerpbegroting", "tussenrapportage"],
    );
    let ms = moments(&b);
    assert_eq!(
        kinds(&ms),
        [
            (MomentKind::Kaders, None),
            (MomentKind::WensenBedenkingen, Some(true)),
            (MomentKind::VerbondenPartij, None),
            (MomentKind::PcOntwerpbegroting, Some(true)),
            (MomentKind::PcTussenrapportage, Some(true)),
            (MomentKind::Evaluatie, None),
        ]
    );
    assert!(
        !ms[3].detail.contains("twaalf weken"),
        "no Wgr term for a stichting"
    );
}

#[test]
fn each_afspraak_with_a_result_is_a_report_moment() {
    let mut b = Build::new();
    b.item(
        AGREEMENTS,
        "Aangesloten woningen",
        &[
            ("frequentie", ch("halfjaar")),
            ("eerste_datum", date("2027-04-15")),
        ],
    );
    b.item(AGREEMENTS, "Klachten", &[("frequentie", ch("anders"))]);
    b.item(AGREEMENTS, "CO2", &[("aan_wie", txt("Alle raden"))]);
    b.item(AGREEMENTS, "", &[("streefwaarde", txt("2.000"))]);
    let reports: Vec<RaadMoment> = moments(&b)
        .into_iter()
        .filter(|m| m.kind == MomentKind::Rapportage)
        .collect();
    let shown: Vec<(&str, &str, Option<bool>)> = reports
        .iter()
        .map(|m| (m.title.as_str(), m.detail.as_str(), m.planned))
        .collect();
    assert_eq!(
        shown,
        [
            (
                "Rapportage: Aangesloten woningen",
                "Elk halfjaar. Eerste rapportage: 15-04-2027.",
                Some(true)
            ),
            ("Rapportage: Klachten", "", Some(true)),
            ("Rapportage: CO2", "", None),
        ]
    );
}

#[test]
fn questions_are_grouped_by_the_raads_roles() {
    let guide = guide();
    let ids = |b: &Build, role: RaadRole| -> Vec<String> {
        questions_by_role(&guide, &b.plan)
            .into_iter()
            .find(|r| r.role == role)
            .map(|r| r.questions.into_iter().map(|q| q.question).collect())
            .unwrap_or_default()
    };
    let mut b = Build::new();
    let kaders = ids(&b, RaadRole::Kaderstellend);
    assert!(kaders.contains(&"opgave.kaders".to_string()));
    assert!(kaders.contains(&"opgave.rol".to_string()));
    assert!(
        !kaders.contains(&"doelen.toestemming".to_string()),
        "not asked without a Wgr form"
    );
    assert!(
        ids(&b, RaadRole::Volksvertegenwoordigend).contains(&"opgave.rol".to_string()),
        "two roles, listed twice"
    );
    assert!(ids(&b, RaadRole::Controlerend).contains(&"monitoring.evaluatie".to_string()));
    b.form("ol");
    assert!(ids(&b, RaadRole::Kaderstellend).contains(&"doelen.toestemming".to_string()));
    let roles: Vec<RaadRole> = questions_by_role(&guide, &b.plan)
        .into_iter()
        .map(|r| r.role)
        .collect();
    assert_eq!(
        roles,
        [
            RaadRole::Kaderstellend,
            RaadRole::Controlerend,
            RaadRole::Volksvertegenwoordigend
        ]
    );
}
