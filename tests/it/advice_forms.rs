//! The legal-form aid weighs the law (issue 9, W24/W25): a table of
//! contrasting situations, each with the forms that must come first and
//! the reasons that must be given, plus the basis the screen shows.

use crate::advice_support;

use advice_support::{Build, guide, sc, yn};
use samenwerkwijzer::advice::forms::{FormAid, RankedForm, Reason, rank};
use samenwerkwijzer::plan::YesNo;

fn aid(b: &Build) -> FormAid {
    rank(&guide(), &b.plan)
}

fn order(aid: &FormAid) -> Vec<&str> {
    aid.forms.iter().map(|f| f.id.as_str()).collect()
}

fn form<'a>(aid: &'a FormAid, id: &str) -> &'a RankedForm {
    aid.forms
        .iter()
        .find(|f| f.id == id)
        .expect("form is ranked")
}

fn texts(reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join(" | ")
}

const WGR: [&str; 5] = ["rzm", "cg", "go", "bvo", "ol"];
const PRIVATE: [&str; 4] = ["sti", "ver", "coop", "bv"];

/// Step-3 answers: aard, eigen organisatie, bevoegdheden, raadsbevoegdheden,
/// taaktype ("" leaves one open).
fn step3(
    b: &mut Build,
    aard: &str,
    own: Option<YesNo>,
    powers: &str,
    raad: Option<YesNo>,
    task: &str,
) {
    if !aard.is_empty() {
        b.choice("doelen.aard", aard);
    }
    if let Some(own) = own {
        b.set("doelen.eigen_organisatie", yn(own));
    }
    if !powers.is_empty() {
        b.choice("doelen.bevoegdheden", powers);
    }
    if let Some(raad) = raad {
        b.set("doelen.raadsbevoegdheden", yn(raad));
    }
    if !task.is_empty() {
        b.choice("doelen.taaktype", task);
    }
}

/// A task done together, and partners of `kinds` working on it; more
/// fields per partner where given.
fn partners_on_a_shared_task(b: &mut Build, partners: &[(&str, &str)]) -> String {
    let task = b.task("Gezamenlijke uitvoering", "samen", &[]);
    for (name, kind) in partners {
        let p = b.partner(name, kind, &[]);
        b.link(&p, &[&task]);
    }
    task
}

/// What a situation must show.
struct Case {
    name: &'static str,
    setup: fn(&mut Build),
    /// The first form must be one of these.
    first: &'static [&'static str],
    /// (a, b): form a ranks above form b.
    above: &'static [(&'static str, &'static str)],
    /// (form, text): a reason against that form contains the text.
    against: &'static [(&'static str, &'static str)],
    /// (form, text): a reason for that form contains the text.
    for_: &'static [(&'static str, &'static str)],
    /// Texts the basis must hold.
    basis: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        // (a) The walkthrough's case (W24): three gemeenten, binding, own
        // staff, a woningcorporatie on one task, a platform on none.
        name: "(a) three gemeenten, binding, own staff, one stichting on one task",
        setup: |b| {
            let task = partners_on_a_shared_task(
                b,
                &[
                    ("Gemeente Noorderveld", "gemeente"),
                    ("Gemeente Westerhaven", "gemeente"),
                ],
            );
            let linde = b.partner("Woonstichting De Linde", "woningcorporatie", &[]);
            b.link(&linde, &[&task]);
            b.partner("Bewonersplatform Oost", "inwonersinitiatief", &[]);
            step3(b, "bindend", Some(YesNo::Ja), "", None, "");
        },
        first: &["ol", "bvo"],
        above: &[("ol", "sti"), ("bvo", "sti"), ("ol", "conv"), ("bvo", "cg")],
        against: &[
            ("ol", "Woonstichting De Linde"),
            ("ol", "geen deelnemer worden"),
            ("ol", "Wgr art. 31"),
            ("bvo", "overeenkomst sluiten naast de regeling"),
            ("sti", "Gemeentewet art. 160 lid 2"),
        ],
        for_: &[("ol", "Wgr-vormen met een eigen rechtspersoon")],
        basis: &[
            "Telt niet mee",
            "Bewonersplatform Oost",
            "overheid 2, geen overheid 1",
        ],
    },
    Case {
        // (a) for execution: the BVO first.
        name: "(a') the same, for execution only",
        setup: |b| {
            let task = partners_on_a_shared_task(
                b,
                &[
                    ("Gemeente Noorderveld", "gemeente"),
                    ("Gemeente Westerhaven", "gemeente"),
                ],
            );
            let linde = b.partner("Woonstichting De Linde", "woningcorporatie", &[]);
            b.link(&linde, &[&task]);
            step3(
                b,
                "bindend",
                Some(YesNo::Ja),
                "geen",
                Some(YesNo::Nee),
                "uitvoering",
            );
        },
        first: &["bvo"],
        above: &[("bvo", "sti"), ("bvo", "bv")],
        against: &[("ol", "Voor alleen uitvoering is deze vorm zwaar")],
        for_: &[],
        basis: &["6 van de 6", "alleen uitvoering"],
    },
    Case {
        // (b) Only non-government partners, execution only.
        name: "(b) only non-government partners, execution",
        setup: |b| {
            partners_on_a_shared_task(
                b,
                &[
                    ("Zorggroep Noord", "maatschappelijke_organisatie"),
                    ("Taxi BV", "bedrijf"),
                ],
            );
            step3(b, "", None, "", None, "uitvoering");
        },
        first: &["conv", "sti", "bv"],
        above: &[
            ("conv", "cg"),
            ("sti", "cg"),
            ("conv", "rzm"),
            ("sti", "bvo"),
            ("bv", "ol"),
        ],
        against: &[
            ("cg", "komt er dus geen regeling tot stand"),
            ("sti", "in het bijzonder aangewezen"),
            ("bv", "Het college moet dat motiveren"),
        ],
        for_: &[("sti", "geen leden"), ("bv", "aandeelhouder")],
        basis: &["overheid 0, geen overheid 2"],
    },
    Case {
        // (c) Vrijblijvend alignment among governments.
        name: "(c) vrijblijvend alignment among gemeenten",
        setup: |b| {
            partners_on_a_shared_task(
                b,
                &[
                    ("Gemeente Noorderveld", "gemeente"),
                    ("Provincie Noord", "provincie"),
                ],
            );
            step3(
                b,
                "vrijblijvend",
                Some(YesNo::Nee),
                "geen",
                Some(YesNo::Nee),
                "beleid",
            );
        },
        first: &["rzm", "conv"],
        above: &[("rzm", "ol"), ("conv", "ol"), ("rzm", "sti")],
        against: &[("ol", "zwaarder dan nodig")],
        for_: &[("rzm", "lichte vorm")],
        basis: &[],
    },
    Case {
        // (c) Vrijblijvend with a residents' initiative: a convenant.
        name: "(c') vrijblijvend with residents",
        setup: |b| {
            partners_on_a_shared_task(
                b,
                &[
                    ("Gemeente Noorderveld", "gemeente"),
                    ("Buurtwarmte Oost", "inwonersinitiatief"),
                ],
            );
            step3(
                b,
                "vrijblijvend",
                Some(YesNo::Nee),
                "geen",
                Some(YesNo::Nee),
                "uitvoering",
            );
        },
        first: &["conv"],
        above: &[("conv", "rzm"), ("conv", "sti")],
        against: &[],
        for_: &[
            ("conv", "Buurtwarmte Oost"),
            ("conv", "partij zijn bij de overeenkomst"),
        ],
        basis: &[],
    },
    Case {
        // (d) One strong partner with capacity: the centrumgemeente.
        name: "(d) a committed lead gemeente, execution in mandate",
        setup: |b| {
            let task = b.task("Belastingen heffen", "samen", &[]);
            let lead = b.partner(
                "Gemeente Noorderveld",
                "gemeente",
                &[("trekker", yn(YesNo::Ja)), ("inzet", sc(5))],
            );
            let other = b.partner("Gemeente Westerhaven", "gemeente", &[]);
            b.link(&lead, &[&task]).link(&other, &[&task]);
            step3(
                b,
                "bindend",
                Some(YesNo::Nee),
                "mandaat",
                Some(YesNo::Nee),
                "uitvoering",
            );
        },
        first: &["cg"],
        above: &[("cg", "bvo"), ("cg", "sti")],
        against: &[("sti", "instemming"), ("sti", "art. 10:4")],
        for_: &[("cg", "Gemeente Noorderveld trekt de kar")],
        basis: &[],
    },
    Case {
        name: "(e) a weak lead pushes the centrumgemeente down",
        setup: |b| {
            let task = b.task("Belastingen heffen", "samen", &[]);
            let lead = b.partner(
                "Gemeente Noorderveld",
                "gemeente",
                &[("trekker", yn(YesNo::Ja)), ("inzet", sc(1))],
            );
            let other = b.partner("Gemeente Westerhaven", "gemeente", &[]);
            b.link(&lead, &[&task]).link(&other, &[&task]);
            step3(
                b,
                "bindend",
                Some(YesNo::Nee),
                "mandaat",
                Some(YesNo::Nee),
                "uitvoering",
            );
        },
        first: &["bvo", "go", "ol", "rzm"],
        above: &[("bvo", "cg")],
        against: &[("cg", "zet zich weinig in")],
        for_: &[],
        basis: &[],
    },
    Case {
        // The raad's own powers, policy, delegation: the openbaar lichaam,
        // and only with the raad taking part itself (C4).
        name: "(f) policy with the raad's own powers, delegated",
        setup: |b| {
            partners_on_a_shared_task(
                b,
                &[
                    ("Gemeente Noorderveld", "gemeente"),
                    ("Waterschap Aa", "waterschap"),
                ],
            );
            step3(
                b,
                "bindend",
                Some(YesNo::Ja),
                "delegatie",
                Some(YesNo::Ja),
                "beleid",
            );
        },
        first: &["ol"],
        above: &[("ol", "bvo"), ("ol", "go"), ("ol", "sti")],
        against: &[
            ("sti", "wettelijk voorschrift"),
            ("sti", "minder instrumenten"),
            ("cg", "Delegatie past niet"),
        ],
        for_: &[("ol", "alleen als de raad zelf aan de regeling deelneemt")],
        basis: &["delegatie", "ook bevoegdheden van de raad", "ook beleid"],
    },
    Case {
        // "Anders" is no proof of a non-government partner (C5): it does
        // not steer, and the basis says so.
        name: "(g) a partner of kind anders",
        setup: |b| {
            partners_on_a_shared_task(b, &[("Regionaal overleg", "anders")]);
            step3(b, "bindend", None, "", None, "");
        },
        first: &["rzm", "cg", "go", "bvo", "ol"],
        above: &[],
        against: &[("conv", "vaak weinig")],
        for_: &[],
        basis: &["onbekend of het een overheid is", "Regionaal overleg"],
    },
    Case {
        // The Rijk or another openbaar lichaam is a government (C5).
        name: "(h) with a veiligheidsregio",
        setup: |b| {
            partners_on_a_shared_task(
                b,
                &[
                    ("Gemeente Noorderveld", "gemeente"),
                    ("Veiligheidsregio Noord", "rijk_openbaar_lichaam"),
                ],
            );
            step3(b, "bindend", Some(YesNo::Ja), "", None, "");
        },
        first: &["ol", "bvo"],
        above: &[("bvo", "sti")],
        against: &[],
        for_: &[(
            "ol",
            "Alle partners bij de gezamenlijke taken zijn overheden",
        )],
        basis: &["overheid 2, geen overheid 0"],
    },
    Case {
        // Partners on no shared task do not drive the ranking (W24).
        name: "(i) partners linked to no shared task",
        setup: |b| {
            b.task("Gezamenlijke uitvoering", "samen", &[]);
            b.partner("Warmtebedrijf", "bedrijf", &[]);
            b.partner("Woonstichting", "woningcorporatie", &[]);
            step3(b, "bindend", Some(YesNo::Ja), "", None, "");
        },
        first: &["bvo", "ol", "sti", "ver", "coop", "bv"],
        above: &[],
        against: &[],
        for_: &[],
        basis: &["Telt niet mee", "Warmtebedrijf en Woonstichting"],
    },
    Case {
        // Binding among governments without own organisation: a convenant
        // binds little.
        name: "(j) binding among gemeenten, no organisation needed",
        setup: |b| {
            partners_on_a_shared_task(b, &[("Gemeente Noorderveld", "gemeente")]);
            step3(
                b,
                "bindend",
                Some(YesNo::Nee),
                "geen",
                Some(YesNo::Nee),
                "uitvoering",
            );
        },
        first: &["rzm", "cg", "go"],
        above: &[("rzm", "conv"), ("cg", "sti")],
        against: &[("conv", "bindt de partners vaak weinig")],
        for_: &[],
        basis: &[],
    },
];

#[test]
fn the_aid_weighs_the_law_in_contrasting_situations() {
    assert!(CASES.len() >= 10, "at least ten situations");
    for case in CASES {
        let mut b = Build::new();
        (case.setup)(&mut b);
        let aid = aid(&b);
        let got = order(&aid);
        let name = case.name;
        assert!(
            case.first.contains(&got[0]),
            "{name}: {} first in {got:?}",
            got[0]
        );
        for (a, below) in case.above {
            let (fa, fb) = (form(&aid, a), form(&aid, below));
            assert!(
                fa.score > fb.score,
                "{name}: {a} ({}) above {below} ({}) in {got:?}",
                fa.score,
                fb.score
            );
        }
        for (f, text) in case.against {
            let against = texts(&form(&aid, f).reasons_against);
            assert!(against.contains(text), "{name}: {f} against: {against}");
        }
        for (f, text) in case.for_ {
            let pro = texts(&form(&aid, f).reasons_for);
            assert!(pro.contains(text), "{name}: {f} for: {pro}");
        }
        for text in case.basis {
            assert!(aid.basis.contains(text), "{name}: basis {}", aid.basis);
        }
        // Public law first is a real weight, for every private form, in
        // every situation (C6, W24).
        for f in PRIVATE {
            let against = texts(&form(&aid, f).reasons_against);
            assert!(
                against.contains("Gemeentewet art. 160 lid 2"),
                "{name}: {f}: {against}"
            );
        }
        // The Wgr participant rule is firm for all five forms (C5, W25).
        for f in WGR {
            for r in &form(&aid, f).reasons_against {
                if r.text.contains("geen deelnemer") || r.text.contains("geen regeling") {
                    assert!(!r.uncertain, "{name}: {f}: {r:?}");
                }
            }
        }
        // No "volwaardig" membership claims, not even for a stichting (C1).
        for f in &aid.forms {
            assert!(
                !texts(&f.reasons_for).contains("volwaardig"),
                "{name}: {}",
                f.id
            );
        }
    }
}

#[test]
fn nothing_answered_rests_on_public_law_first_and_says_so() {
    let aid = aid(&Build::new());
    assert_eq!(
        order(&aid),
        [
            "rzm", "cg", "go", "bvo", "ol", "conv", "sti", "ver", "coop", "bv"
        ]
    );
    for f in &aid.forms {
        let private = PRIVATE.contains(&f.id.as_str());
        assert_eq!(f.score, if private { -2 } else { 0 }, "{}", f.id);
        assert!(f.reasons_for.is_empty(), "{}", f.id);
        assert_eq!(f.reasons_against.len(), usize::from(private), "{}", f.id);
        assert!(!f.chosen);
        assert!(!f.raad_instruments.is_empty() && !f.properties.is_empty());
    }
    assert_eq!(aid.answered, 0);
    assert!(aid.basis.contains("nog niet beantwoord"), "{}", aid.basis);
    assert!(
        aid.basis.contains("voorrang van het publiekrecht"),
        "{}",
        aid.basis
    );
    assert!(
        aid.disclaimer.contains("geen juridisch advies"),
        "{}",
        aid.disclaimer
    );
    assert!(
        aid.disclaimer.contains("Raad en college beslissen"),
        "{}",
        aid.disclaimer
    );
}

#[test]
fn the_basis_names_the_answers_the_order_rests_on() {
    let mut b = Build::new();
    b.choice("doelen.aard", "bindend");
    let aid = aid(&b);
    assert_eq!(aid.answered, 1);
    assert!(aid.basis.contains("1 van de 6"), "{}", aid.basis);
    assert!(aid.basis.contains("antwoorden: bindend;"), "{}", aid.basis);
    assert!(form(&aid, "conv").score < 0);
}

#[test]
fn the_chosen_form_is_marked_and_unverified_properties_are_flagged() {
    let mut b = Build::new();
    b.form("go");
    let aid = aid(&b);
    let chosen: Vec<&str> = aid
        .forms
        .iter()
        .filter(|f| f.chosen)
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(chosen, ["go"]);
    let go = form(&aid, "go");
    let legal = go
        .properties
        .iter()
        .find(|p| p.label == "Rechtspersoon")
        .expect("property row");
    assert!(legal.uncertain, "domain.md marks this [U]");
    // C5: the openbaar lichaam's participant rule is no longer hedged.
    let ol = form(&aid, "ol");
    let participants = ol
        .properties
        .iter()
        .find(|p| p.label.contains("geen overheid"))
        .expect("property row");
    assert!(!participants.uncertain && participants.value == "Nee");
    // C2: a stichting takes mandate with its consent, delegation with a law.
    let powers = form(&aid, "sti")
        .properties
        .iter()
        .find(|p| p.label.starts_with("Bevoegdheden die"))
        .expect("property row");
    assert!(powers.value.contains("instemming"), "{}", powers.value);
    assert!(!aid.uncertain_label.is_empty());
}

#[test]
fn general_points_against_are_kept_apart_from_those_for() {
    // C6: "geen leden" is a point against a stichting, not a neutral one.
    let aid = aid(&Build::new());
    let sti = form(&aid, "sti");
    assert!(texts(&sti.considerations_against).contains("geen leden"));
    assert!(!texts(&sti.considerations_for).contains("volwaardig"));
    assert!(
        !texts(&sti.considerations_against).contains("art. 160 lid 2"),
        "now a weighed reason"
    );
}
