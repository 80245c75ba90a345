//! Rules of step 4 about results and staying involved, each shown firing
//! and staying quiet.

use crate::advice_support;

use advice_support::Expect::{On, Once, Quiet};
use advice_support::{AGREEMENTS, Build, ch, check, txt};
use samenwerkwijzer::advice::Severity::{Hint, Warning};

#[test]
fn geen_indicatoren() {
    check(
        "geen_indicatoren",
        Warning,
        &[
            ("empty plan", |_| {}, Quiet),
            (
                "step 4 begun, no afspraken",
                |b| {
                    b.yes("monitoring.evaluatie");
                },
                Once,
            ),
            (
                "an afspraak names a result",
                |b| {
                    b.yes("monitoring.evaluatie");
                    b.item(AGREEMENTS, "Aangesloten woningen", &[]);
                },
                Quiet,
            ),
            (
                "an afspraak without a result",
                |b| {
                    b.yes("monitoring.evaluatie");
                    b.item(AGREEMENTS, "", &[("streefwaarde", txt("2.000"))]);
                },
                Once,
            ),
            (
                "only an empty afspraak: step 4 not really begun",
                |b| {
                    b.item(AGREEMENTS, "", &[("streefwaarde", txt("2.000"))]);
                },
                Quiet,
            ),
            (
                "a stale step-4 answer does not count as begun",
                |b| {
                    b.form("ol")
                        .no("monitoring.zienswijze_besluiten")
                        .form("sti");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn geen_frequentie() {
    check(
        "geen_frequentie",
        Hint,
        &[
            (
                "result and addressee, no frequency",
                |b| {
                    b.item(
                        AGREEMENTS,
                        "Aangesloten woningen",
                        &[("aan_wie", txt("Alle raden"))],
                    );
                },
                On(&["Aangesloten woningen"]),
            ),
            (
                "result and reporter, no frequency",
                |b| {
                    b.item(
                        AGREEMENTS,
                        "CO2-uitstoot",
                        &[("door_wie", txt("Directeur"))],
                    );
                },
                On(&["CO2-uitstoot"]),
            ),
            (
                "frequency given",
                |b| {
                    b.item(
                        AGREEMENTS,
                        "Aangesloten woningen",
                        &[
                            ("aan_wie", txt("Alle raden")),
                            ("frequentie", ch("halfjaar")),
                        ],
                    );
                },
                Quiet,
            ),
            (
                "still filling in the result",
                |b| {
                    b.item(AGREEMENTS, "Aangesloten woningen", &[]);
                },
                Quiet,
            ),
            (
                "no result",
                |b| {
                    b.item(AGREEMENTS, "", &[("aan_wie", txt("Alle raden"))]);
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn an_afspraak_is_named_in_its_finding() {
    let mut b = Build::new();
    b.item(
        AGREEMENTS,
        "Aangesloten woningen",
        &[("aan_wie", txt("Alle raden"))],
    );
    let f = b
        .findings()
        .into_iter()
        .find(|f| f.rule == "geen_frequentie")
        .expect("fires");
    assert!(
        f.message.contains("\"Aangesloten woningen\""),
        "{}",
        f.message
    );
}

#[test]
fn agenda_niet_afgestemd() {
    check(
        "agenda_niet_afgestemd",
        Warning,
        &[
            (
                "no",
                |b| {
                    b.no("monitoring.agenda_afgestemd");
                },
                Once,
            ),
            (
                "unknown",
                |b| {
                    b.unknown("monitoring.agenda_afgestemd");
                },
                Once,
            ),
            (
                "yes",
                |b| {
                    b.yes("monitoring.agenda_afgestemd");
                },
                Quiet,
            ),
            ("unanswered", |_| {}, Quiet),
        ],
    );
}

#[test]
fn geen_informatieprotocol() {
    check(
        "geen_informatieprotocol",
        Hint,
        &[
            (
                "other means only",
                |b| {
                    b.multi(
                        "monitoring.betrokkenheid",
                        &["rapporteurs", "samen_met_raden"],
                    );
                },
                Once,
            ),
            (
                "with a protocol",
                |b| {
                    b.multi(
                        "monitoring.betrokkenheid",
                        &["informatieprotocol", "rapporteurs"],
                    );
                },
                Quiet,
            ),
            ("unanswered", |_| {}, Quiet),
        ],
    );
}
