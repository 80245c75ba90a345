//! Rules of step 3 about the raad's say: when it comes in, toestemming,
//! zienswijze and wensen en bedenkingen, each shown firing and staying quiet.

use crate::advice_support;

use advice_support::Expect::{Once, Quiet};
use advice_support::{Build, check};
use samenwerkwijzer::advice::Severity::{Hint, Warning};

#[test]
fn raad_achteraf() {
    check(
        "raad_achteraf",
        Warning,
        &[
            (
                "after the decision",
                |b| {
                    b.choice("doelen.raad_moment", "achteraf");
                },
                Once,
            ),
            (
                "at the decision",
                |b| {
                    b.choice("doelen.raad_moment", "bij_besluit");
                },
                Quiet,
            ),
            (
                "before a draft",
                |b| {
                    b.choice("doelen.raad_moment", "voor_ontwerp");
                },
                Quiet,
            ),
            ("unanswered", |_| {}, Quiet),
        ],
    );
}

#[test]
fn raad_bij_besluit() {
    check(
        "raad_bij_besluit",
        Hint,
        &[
            (
                "at the decision",
                |b| {
                    b.choice("doelen.raad_moment", "bij_besluit");
                },
                Once,
            ),
            (
                "after the decision",
                |b| {
                    b.choice("doelen.raad_moment", "achteraf");
                },
                Quiet,
            ),
            (
                "before a draft",
                |b| {
                    b.choice("doelen.raad_moment", "voor_ontwerp");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn geen_toestemming() {
    check(
        "geen_toestemming",
        Warning,
        &[
            (
                "openbaar lichaam of the colleges, no",
                |b| {
                    b.form("ol")
                        .choice("doelen.regeling_door", "college")
                        .no("doelen.toestemming");
                },
                Once,
            ),
            (
                "centrumgemeente of the burgemeesters, unknown",
                |b| {
                    b.form("cg")
                        .choice("doelen.regeling_door", "burgemeester")
                        .unknown("doelen.toestemming");
                },
                Once,
            ),
            (
                "yes",
                |b| {
                    b.form("ol")
                        .choice("doelen.regeling_door", "college")
                        .yes("doelen.toestemming");
                },
                Quiet,
            ),
            (
                "unanswered: toestemming_onbeantwoord speaks",
                |b| {
                    b.form("ol").choice("doelen.regeling_door", "college");
                },
                Quiet,
            ),
            (
                // C3: Wgr art. 1 lid 2 excludes a regeling the raden make.
                "raadsregeling: the raad decides itself",
                |b| {
                    b.form("ol")
                        .choice("doelen.regeling_door", "raad")
                        .no("doelen.toestemming");
                },
                Quiet,
            ),
            (
                "gemengde regeling",
                |b| {
                    b.form("ol")
                        .choice("doelen.regeling_door", "gemengd")
                        .no("doelen.toestemming");
                },
                Quiet,
            ),
            (
                "not known who makes it",
                |b| {
                    b.form("ol").no("doelen.toestemming");
                },
                Quiet,
            ),
            (
                "stale answer after switching to a stichting",
                |b| {
                    b.no("doelen.toestemming").form("sti");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn geen_zienswijze_ontwerp() {
    check(
        "geen_zienswijze_ontwerp",
        Warning,
        &[
            (
                "no",
                |b| {
                    b.form("bvo")
                        .choice("doelen.regeling_door", "college")
                        .no("doelen.zienswijze_ontwerp");
                },
                Once,
            ),
            (
                "unknown",
                |b| {
                    b.form("rzm")
                        .choice("doelen.regeling_door", "burgemeester")
                        .unknown("doelen.zienswijze_ontwerp");
                },
                Once,
            ),
            (
                "yes",
                |b| {
                    b.form("bvo")
                        .choice("doelen.regeling_door", "college")
                        .yes("doelen.zienswijze_ontwerp");
                },
                Quiet,
            ),
            (
                "raadsregeling: no draft to send (Wgr art. 1 lid 2)",
                |b| {
                    b.form("bvo")
                        .choice("doelen.regeling_door", "raad")
                        .no("doelen.zienswijze_ontwerp");
                },
                Quiet,
            ),
            (
                "stale answer after switching to a convenant",
                |b| {
                    b.no("doelen.zienswijze_ontwerp").form("conv");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn geen_wensen_bedenkingen() {
    check(
        "geen_wensen_bedenkingen",
        Warning,
        &[
            (
                "stichting, no",
                |b| {
                    b.form("sti").no("doelen.wensen_bedenkingen");
                },
                Once,
            ),
            (
                "BV, unknown",
                |b| {
                    b.form("bv").unknown("doelen.wensen_bedenkingen");
                },
                Once,
            ),
            (
                "coöperatie, yes",
                |b| {
                    b.form("coop").yes("doelen.wensen_bedenkingen");
                },
                Quiet,
            ),
            (
                "stale answer after switching to a GR",
                |b| {
                    b.no("doelen.wensen_bedenkingen").form("ol");
                },
                Quiet,
            ),
        ],
    );
}

/// The message and why of `rule` on the plan `setup` builds.
fn worded(rule: &str, setup: fn(&mut Build)) -> (String, String) {
    let mut b = Build::new();
    setup(&mut b);
    b.findings()
        .into_iter()
        .find(|f| f.rule == rule)
        .map(|f| (f.message, f.why))
        .unwrap_or_else(|| panic!("{rule} does not fire"))
}

#[test]
fn raad_achteraf_says_what_the_law_still_gives_for_the_chosen_form() {
    // W28: "nothing left to choose" overstates where the law gives the
    // raad a toestemming, its own decision, or wensen en bedenkingen.
    let (_, generic) = worded("raad_achteraf", |b| {
        b.choice("doelen.raad_moment", "achteraf");
    });
    let (_, college) = worded("raad_achteraf", |b| {
        b.choice("doelen.raad_moment", "achteraf")
            .form("ol")
            .choice("doelen.regeling_door", "college");
    });
    let (_, raad) = worded("raad_achteraf", |b| {
        b.choice("doelen.raad_moment", "achteraf")
            .form("ol")
            .choice("doelen.regeling_door", "raad");
    });
    let (_, private) = worded("raad_achteraf", |b| {
        b.choice("doelen.raad_moment", "achteraf").form("bv");
    });
    assert!(!generic.contains("niets meer te kiezen"), "{generic}");
    assert!(college.contains("toestemming"), "{college}");
    assert!(raad.contains("besluit de raad zelf"), "{raad}");
    assert!(private.contains("wensen en bedenkingen"), "{private}");
    let all = [&generic, &college, &raad, &private];
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            assert_ne!(a, b, "each form gets its own words");
        }
    }
}

#[test]
fn a_no_and_a_dont_know_are_worded_differently() {
    // W27: a "nee" is not "niet zeker".
    let (no, _) = worded("geen_toestemming", |b| {
        b.form("ol")
            .choice("doelen.regeling_door", "college")
            .no("doelen.toestemming");
    });
    let (unknown, _) = worded("geen_toestemming", |b| {
        b.form("ol")
            .choice("doelen.regeling_door", "college")
            .unknown("doelen.toestemming");
    });
    assert!(no.starts_with("Volgens uw antwoord"), "{no}");
    assert!(unknown.starts_with("Nog niet bekend"), "{unknown}");
    let (why, _) = worded("toestemming_onbeantwoord", |b| {
        b.form("ol").choice("doelen.regeling_door", "college");
    });
    assert!(why.starts_with("Nog niet beantwoord"), "{why}");
}

#[test]
fn toestemming_and_the_draft_name_wijzigen_toetreden_and_uittreden() {
    // C3: Wgr art. 1 lid 5.
    for rule in ["geen_toestemming", "geen_zienswijze_ontwerp"] {
        let (_, why) = worded(rule, |b| {
            b.form("ol")
                .choice("doelen.regeling_door", "college")
                .no("doelen.toestemming")
                .no("doelen.zienswijze_ontwerp");
        });
        for word in ["wijzigen", "toetreden", "uittreden"] {
            assert!(why.contains(word), "{rule}: {why}");
        }
    }
}
