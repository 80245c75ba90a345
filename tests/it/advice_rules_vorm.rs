//! Rules of step 3 about the form: who can join, why private law, exit
//! terms and the verbonden partij, each shown firing and staying quiet.

use crate::advice_support;

use advice_support::Expect::{Once, Quiet};
use advice_support::{Build, check};
use samenwerkwijzer::advice::Severity::{Hint, Warning};
use samenwerkwijzer::plan::Answer;

/// A partner of `kind` that works on the shared task (made on first use).
fn joining(b: &mut Build, name: &str, kind: &str) -> String {
    let task = match b.plan.items("inventaris.taken").first() {
        Some(t) => t.id.clone(),
        None => b.task("Gezamenlijke uitvoering", "samen", &[]),
    };
    let p = b.partner(name, kind, &[]);
    b.link(&p, &[&task]);
    p
}

#[test]
fn wgr_met_niet_overheid() {
    check(
        "wgr_met_niet_overheid",
        Warning,
        &[
            (
                "openbaar lichaam with a woningcorporatie",
                |b| {
                    b.form("ol");
                    joining(b, "Woonstichting De Linde", "woningcorporatie");
                },
                Once,
            ),
            (
                "gemeenschappelijk orgaan with an inwonersinitiatief",
                |b| {
                    b.form("go");
                    joining(b, "Buurtwarmte", "inwonersinitiatief");
                },
                Once,
            ),
            (
                "openbaar lichaam, government only",
                |b| {
                    b.form("ol");
                    joining(b, "Noorderveld", "gemeente");
                    joining(b, "Provincie", "provincie");
                    joining(b, "Waterschap", "waterschap");
                },
                Quiet,
            ),
            (
                "stichting with a company",
                |b| {
                    b.form("sti");
                    joining(b, "Warmtebedrijf", "bedrijf");
                },
                Quiet,
            ),
            (
                "no form yet",
                |b| {
                    b.form("nog_niet");
                    joining(b, "Warmtebedrijf", "bedrijf");
                },
                Quiet,
            ),
            (
                "partner of unknown kind",
                |b| {
                    b.form("cg");
                    joining(b, "Iemand", "");
                },
                Quiet,
            ),
            (
                // C5: "anders" is no proof of a non-government partner.
                "partner of kind anders",
                |b| {
                    b.form("ol");
                    joining(b, "Regio-overleg", "anders");
                },
                Quiet,
            ),
            (
                "the Rijk or another openbaar lichaam is a government",
                |b| {
                    b.form("ol");
                    joining(b, "Veiligheidsregio", "rijk_openbaar_lichaam");
                },
                Quiet,
            ),
            (
                // Like the form aid: a platform only kept informed does
                // not raise the participant question (W24).
                "a company on no shared task",
                |b| {
                    b.form("ol");
                    joining(b, "Noorderveld", "gemeente");
                    b.partner("Warmtebedrijf", "bedrijf", &[]);
                },
                Quiet,
            ),
            (
                "only non-government partners",
                |b| {
                    b.form("bvo");
                    joining(b, "Zorg BV", "bedrijf");
                },
                Once,
            ),
        ],
    );
}

#[test]
fn wgr_met_niet_overheid_names_only_the_non_government_partners() {
    let mut b = Build::new();
    b.form("ol");
    joining(&mut b, "Noorderveld", "gemeente");
    joining(&mut b, "Woonstichting De Linde", "woningcorporatie");
    joining(&mut b, "Warmtebedrijf Noord", "bedrijf");
    let f = b
        .findings()
        .into_iter()
        .find(|f| f.rule == "wgr_met_niet_overheid")
        .expect("fires");
    assert!(
        f.message
            .contains("Woonstichting De Linde en Warmtebedrijf Noord"),
        "{}",
        f.message
    );
    assert!(!f.message.contains("Noorderveld"), "{}", f.message);
    // C5: stated firmly, with the real alternatives.
    assert!(f.why.contains("kan geen deelnemer worden"), "{}", f.why);
    assert!(
        f.why.contains("overeenkomst sluiten naast de regeling"),
        "{}",
        f.why
    );
    assert!(
        f.why.contains("openbaar lichaam kan een stichting"),
        "{}",
        f.why
    );
    assert_eq!(
        f.source,
        "Wet gemeenschappelijke regelingen (Wgr), art. 1 en art. 31"
    );
    for hedge in ["niet zomaar", "waarschijnlijk", "Waarschijnlijk"] {
        assert!(!f.why.contains(hedge), "{hedge}: {}", f.why);
    }
    // Without any government partner no regeling is possible at all.
    let mut b = Build::new();
    b.form("rzm");
    joining(&mut b, "Zorg BV", "bedrijf");
    let f = b
        .findings()
        .into_iter()
        .find(|f| f.rule == "wgr_met_niet_overheid")
        .expect("fires");
    assert!(f.message.contains("geen van de partners"), "{}", f.message);
}

#[test]
fn privaat_zonder_motivering() {
    check(
        "privaat_zonder_motivering",
        Warning,
        &[
            (
                "stichting without motivation",
                |b| {
                    b.form("sti");
                },
                Once,
            ),
            (
                "BV with a blank motivation",
                |b| {
                    b.form("bv");
                    b.set("doelen.privaat_motivering", Answer::Text("   ".into()));
                },
                Once,
            ),
            (
                "coöperatie with motivation",
                |b| {
                    b.form("coop")
                        .text("doelen.privaat_motivering", "Corporaties brengen geld in.");
                },
                Quiet,
            ),
            (
                "openbaar lichaam",
                |b| {
                    b.form("ol");
                },
                Quiet,
            ),
            (
                "convenant",
                |b| {
                    b.form("conv");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn uittreden_gr() {
    check(
        "uittreden_gr",
        Warning,
        &[
            (
                "Wgr form, exit unanswered: uittreden_onbeantwoord speaks",
                |b| {
                    b.form("ol");
                },
                Quiet,
            ),
            (
                "Wgr form, no",
                |b| {
                    b.form("cg").no("doelen.uittreding");
                },
                Once,
            ),
            (
                "Wgr form, unknown",
                |b| {
                    b.form("rzm").unknown("doelen.uittreding");
                },
                Once,
            ),
            (
                "Wgr form, agreed",
                |b| {
                    b.form("ol").yes("doelen.uittreding");
                },
                Quiet,
            ),
            (
                "private form, not agreed",
                |b| {
                    b.form("sti").no("doelen.uittreding");
                },
                Quiet,
            ),
            ("empty plan", |_| {}, Quiet),
        ],
    );
}

#[test]
fn uittreden_bindend() {
    check(
        "uittreden_bindend",
        Warning,
        &[
            (
                "binding, no form yet, exit unknown",
                |b| {
                    b.choice("doelen.aard", "bindend")
                        .unknown("doelen.uittreding");
                },
                Once,
            ),
            (
                "binding, exit unanswered: uittreden_onbeantwoord speaks",
                |b| {
                    b.choice("doelen.aard", "bindend");
                },
                Quiet,
            ),
            (
                "binding stichting, no",
                |b| {
                    b.choice("doelen.aard", "bindend")
                        .form("sti")
                        .no("doelen.uittreding");
                },
                Once,
            ),
            (
                "binding, agreed",
                |b| {
                    b.choice("doelen.aard", "bindend").yes("doelen.uittreding");
                },
                Quiet,
            ),
            (
                "non-binding",
                |b| {
                    b.choice("doelen.aard", "vrijblijvend")
                        .no("doelen.uittreding");
                },
                Quiet,
            ),
            (
                "binding GR: uittreden_gr speaks instead",
                |b| {
                    b.choice("doelen.aard", "bindend")
                        .form("ol")
                        .no("doelen.uittreding");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn verbonden_partij() {
    check(
        "verbonden_partij",
        Hint,
        &[
            (
                "both interests",
                |b| {
                    b.yes("doelen.bestuurlijk_belang")
                        .yes("doelen.financieel_belang");
                },
                Once,
            ),
            (
                "only a seat",
                |b| {
                    b.yes("doelen.bestuurlijk_belang")
                        .no("doelen.financieel_belang");
                },
                Quiet,
            ),
            (
                "only money",
                |b| {
                    b.yes("doelen.financieel_belang");
                },
                Quiet,
            ),
            (
                "both unknown",
                |b| {
                    b.unknown("doelen.bestuurlijk_belang")
                        .unknown("doelen.financieel_belang");
                },
                Quiet,
            ),
            (
                // W29: an openbaar lichaam is a verbonden partij, whatever
                // was answered about the interests.
                "openbaar lichaam",
                |b| {
                    b.form("ol").no("doelen.financieel_belang");
                },
                Once,
            ),
            (
                "bedrijfsvoeringsorganisatie",
                |b| {
                    b.form("bvo");
                },
                Once,
            ),
            (
                "centrumgemeente without interests",
                |b| {
                    b.form("cg");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn verbonden_partij_says_it_plainly_and_ties_it_to_the_nota() {
    let finding = |setup: fn(&mut Build)| {
        let mut b = Build::new();
        setup(&mut b);
        b.findings()
            .into_iter()
            .find(|f| f.rule == "verbonden_partij")
            .expect("fires")
    };
    let ol = finding(|b| {
        b.form("ol");
    });
    assert!(
        ol.message.contains("is een verbonden partij"),
        "{}",
        ol.message
    );
    assert!(!ol.message.contains("aarschijnlijk"), "{}", ol.message);
    assert!(!ol.action.contains("nota"), "{}", ol.action);
    let with_nota = finding(|b| {
        b.form("ol").yes("opgave.nota_verbonden_partijen");
    });
    assert!(
        with_nota.action.contains("nota verbonden partijen"),
        "{}",
        with_nota.action
    );
    // C11: both halves of the BBV definition, rightly.
    let both = finding(|b| {
        b.yes("doelen.bestuurlijk_belang")
            .yes("doelen.financieel_belang");
    });
    assert!(both.why.contains("stemrecht"), "{}", both.why);
    assert!(both.why.contains("kwijt"), "{}", both.why);
}
