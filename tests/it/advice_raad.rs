//! The raad's lens: its decisions and moments from the plan, and the
//! questions per role.

use crate::advice_support;

use advice_support::{AGREEMENTS, Build, ch, guide, txt};
use samenwerkwijzer::advice::raad::{
    MomentKind, MomentStatus, RaadMoment, questions_by_role, raad_moments,
};
use samenwerkwijzer::guide::RaadRole;
use samenwerkwijzer::plan::Answer;

fn moments(b: &Build) -> Vec<RaadMoment> {
    raad_moments(&guide(), &b.plan)
}

use MomentStatus::{Applies, Described, NotPlanned, Planned, Unknown};

fn kinds(ms: &[RaadMoment]) -> Vec<(MomentKind, MomentStatus)> {
    ms.iter().map(|m| (m.kind, m.status)).collect()
}

fn date(s: &str) -> Answer {
    Answer::Date(s.parse().expect("date"))
}

#[test]
fn an_empty_plan_still_lists_the_kaders_and_the_evaluation() {
    let ms = moments(&Build::new());
    assert_eq!(
        kinds(&ms),
        [
            (MomentKind::Kaders, Unknown),
            (MomentKind::Evaluatie, Unknown)
        ]
    );
    let guide = guide();
    for m in &ms {
        assert_eq!(guide.question(&m.question).map(|q| q.step), Some(m.step));
        assert!(!m.title.is_empty() && !m.detail.is_empty());
    }
}

#[test]
fn an_openbaar_lichaam_of_the_colleges_brings_the_wgr_moments() {
    let mut b = Build::new();
    b.text("opgave.kaders", "Bijdrage onder € 150.000 per jaar.");
    b.form("ol")
        .choice("doelen.regeling_door", "college")
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
            // Written down, but a text is no date: described (L9).
            (MomentKind::Kaders, Described),
            (MomentKind::ZienswijzeOntwerp, NotPlanned),
            (MomentKind::Toestemming, Planned),
            // An openbaar lichaam is a verbonden partij, plainly (W29).
            (MomentKind::VerbondenPartij, Applies),
            (MomentKind::PcKaders, Planned),
            // The 12-week zienswijze is the raad's by law: listed, not planned.
            (MomentKind::PcOntwerpbegroting, NotPlanned),
            (MomentKind::PcJaarrekening, Planned),
            (MomentKind::ZienswijzeBesluiten, Unknown),
            (MomentKind::Evaluatie, Planned),
        ]
    );
    let budget = &ms[5];
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
fn toestemming_and_the_draft_are_the_raads_only_where_colleges_make_the_regeling() {
    // C3: Wgr art. 1 lid 2-4 bind colleges and burgemeesters; where the
    // raad is a party itself it decides itself.
    let wgr_moments = |maker: Option<&str>| -> Vec<(MomentKind, MomentStatus)> {
        let mut b = Build::new();
        b.form("bvo").yes("doelen.toestemming");
        if let Some(m) = maker {
            b.choice("doelen.regeling_door", m);
        }
        kinds(&moments(&b))
            .into_iter()
            .filter(|(k, _)| {
                matches!(
                    k,
                    MomentKind::ZienswijzeOntwerp
                        | MomentKind::Toestemming
                        | MomentKind::RaadBesluit
                )
            })
            .collect()
    };
    for maker in ["college", "burgemeester"] {
        assert_eq!(
            wgr_moments(Some(maker)),
            [
                (MomentKind::ZienswijzeOntwerp, Unknown),
                (MomentKind::Toestemming, Planned)
            ],
            "{maker}"
        );
    }
    for maker in ["raad", "gemengd"] {
        assert_eq!(
            wgr_moments(Some(maker)),
            [(MomentKind::RaadBesluit, Applies)],
            "{maker}: the stale toestemming answer no longer counts"
        );
    }
    for maker in [None, Some("weet_niet")] {
        let got = wgr_moments(maker);
        assert_eq!(got, [(MomentKind::Toestemming, Unknown)], "{maker:?}");
    }
    let mut b = Build::new();
    b.form("bvo");
    let unknown = moments(&b)
        .into_iter()
        .find(|m| m.kind == MomentKind::Toestemming)
        .expect("moment");
    assert!(
        unknown.detail.contains("Vraag het college"),
        "{}",
        unknown.detail
    );
    assert_eq!(unknown.question, "doelen.regeling_door");
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
            (MomentKind::Kaders, Unknown),
            (MomentKind::WensenBedenkingen, Planned),
            (MomentKind::VerbondenPartij, Applies),
            (MomentKind::PcOntwerpbegroting, Planned),
            (MomentKind::PcTussenrapportage, Planned),
            (MomentKind::Evaluatie, Unknown),
        ]
    );
    // C8: no statutory begroting-zienswijze for a stichting.
    assert!(
        !ms[3].detail.contains("twaalf weken")
            && ms[3].detail.contains("alleen bij een openbaar lichaam"),
        "{}",
        ms[3].detail
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
    b.item(AGREEMENTS, "Wachttijd", &[("frequentie", ch("jaar"))]);
    b.item(AGREEMENTS, "Bezoekers", &[]);
    b.item(AGREEMENTS, "", &[("streefwaarde", txt("2.000"))]);
    let reports: Vec<RaadMoment> = moments(&b)
        .into_iter()
        .filter(|m| m.kind == MomentKind::Rapportage)
        .collect();
    let shown: Vec<(&str, &str, MomentStatus)> = reports
        .iter()
        .map(|m| (m.title.as_str(), m.detail.as_str(), m.status))
        .collect();
    // W30: planned only with a date or a who; a rhythm alone is described.
    assert_eq!(
        shown,
        [
            (
                "Rapportage: Aangesloten woningen",
                "Elk halfjaar. Eerste rapportage: 15-04-2027.",
                Planned
            ),
            ("Rapportage: Klachten", "", Described),
            ("Rapportage: CO2", "", Planned),
            ("Rapportage: Wachttijd", "Elk jaar.", Described),
            ("Rapportage: Bezoekers", "", Unknown),
        ]
    );
    assert_eq!(reports[0].date, Some("2027-04-15".parse().expect("date")));
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
    assert!(
        !ids(&b, RaadRole::Kaderstellend).contains(&"doelen.toestemming".to_string()),
        "not asked before it is known who makes the regeling"
    );
    b.choice("doelen.regeling_door", "college");
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

#[test]
fn an_evaluation_without_a_date_is_described_not_planned() {
    let mut b = Build::new();
    b.yes("monitoring.evaluatie");
    let last = moments(&b).pop().expect("evaluation");
    assert_eq!(last.status, Described);
    b.set("monitoring.evaluatie_datum", date("2029-06-01"));
    let last = moments(&b).pop().expect("evaluation");
    assert_eq!(
        (last.status, last.date),
        (Planned, Some("2029-06-01".parse().expect("date")))
    );
    b.no("monitoring.evaluatie");
    assert_eq!(moments(&b).pop().map(|m| m.status), Some(NotPlanned));
}

#[test]
fn the_verbonden_partij_points_to_the_nota_when_there_is_one() {
    // W29: said plainly for an openbaar lichaam, tied to the nota.
    let mut b = Build::new();
    b.form("ol");
    let vp = |b: &Build| {
        moments(b)
            .into_iter()
            .find(|m| m.kind == MomentKind::VerbondenPartij)
            .map(|m| m.detail)
            .unwrap_or_default()
    };
    assert!(!vp(&b).contains("nota"), "{}", vp(&b));
    b.yes("opgave.nota_verbonden_partijen");
    assert!(vp(&b).contains("nota verbonden partijen"), "{}", vp(&b));
    // A convenant has no separate body: no verbonden partij.
    b.form("conv");
    assert_eq!(vp(&b), "");
}
