//! Blank is a gap, not fine (W27): the legal questions a chosen form
//! raises give a finding while they are unanswered, worded apart from a
//! "nee", each at its own question, and only once its step is begun.

use crate::advice_support;

use advice_support::Expect::{Once, Quiet};
use advice_support::{Build, check};
use samenwerkwijzer::advice::Severity::{Hint, Warning};

fn college_ol(b: &mut Build) -> &mut Build {
    b.form("ol").choice("doelen.regeling_door", "college")
}

#[test]
fn regeling_door_onbekend() {
    check(
        "regeling_door_onbekend",
        Hint,
        &[
            (
                "Wgr form, unanswered",
                |b| {
                    b.form("cg");
                },
                Once,
            ),
            (
                "Wgr form, weet ik niet",
                |b| {
                    b.form("bvo").choice("doelen.regeling_door", "weet_niet");
                },
                Once,
            ),
            (
                "colleges",
                |b| {
                    b.form("bvo").choice("doelen.regeling_door", "college");
                },
                Quiet,
            ),
            (
                "stichting",
                |b| {
                    b.form("sti");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn toestemming_onbeantwoord() {
    check(
        "toestemming_onbeantwoord",
        Hint,
        &[
            (
                "colleges, unanswered",
                |b| {
                    college_ol(b);
                },
                Once,
            ),
            (
                "burgemeesters, unanswered",
                |b| {
                    b.form("rzm").choice("doelen.regeling_door", "burgemeester");
                },
                Once,
            ),
            (
                "answered no: geen_toestemming speaks",
                |b| {
                    college_ol(b).no("doelen.toestemming");
                },
                Quiet,
            ),
            (
                "raadsregeling: does not apply",
                |b| {
                    b.form("ol").choice("doelen.regeling_door", "raad");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn zienswijze_ontwerp_onbeantwoord() {
    check(
        "zienswijze_ontwerp_onbeantwoord",
        Hint,
        &[
            (
                "colleges, unanswered",
                |b| {
                    college_ol(b);
                },
                Once,
            ),
            (
                "answered",
                |b| {
                    college_ol(b).yes("doelen.zienswijze_ontwerp");
                },
                Quiet,
            ),
            (
                "gemengde regeling: does not apply",
                |b| {
                    b.form("go").choice("doelen.regeling_door", "gemengd");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn wensen_bedenkingen_onbeantwoord() {
    check(
        "wensen_bedenkingen_onbeantwoord",
        Hint,
        &[
            (
                "BV, unanswered",
                |b| {
                    b.form("bv");
                },
                Once,
            ),
            (
                "stichting, yes",
                |b| {
                    b.form("sti").yes("doelen.wensen_bedenkingen");
                },
                Quiet,
            ),
            (
                "convenant: does not apply",
                |b| {
                    b.form("conv");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn vertegenwoordiging_onbeantwoord() {
    check(
        "vertegenwoordiging_onbeantwoord",
        Hint,
        &[
            (
                "openbaar lichaam, unanswered",
                |b| {
                    b.form("ol");
                },
                Once,
            ),
            (
                "BV, unanswered",
                |b| {
                    b.form("bv");
                },
                Once,
            ),
            (
                "answered",
                |b| {
                    b.form("ol").text(
                        "doelen.vertegenwoordiging",
                        "De wethouder, met een brief na elke vergadering.",
                    );
                },
                Quiet,
            ),
            (
                "regeling zonder meer has no bestuur",
                |b| {
                    b.form("rzm");
                },
                Quiet,
            ),
            (
                "convenant has no bestuur",
                |b| {
                    b.form("conv");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn uittreden_onbeantwoord() {
    check(
        "uittreden_onbeantwoord",
        Hint,
        &[
            (
                "Wgr form",
                |b| {
                    b.form("cg");
                },
                Once,
            ),
            (
                "binding stichting",
                |b| {
                    b.form("sti").choice("doelen.aard", "bindend");
                },
                Once,
            ),
            (
                "non-binding stichting",
                |b| {
                    b.form("sti").choice("doelen.aard", "vrijblijvend");
                },
                Quiet,
            ),
            (
                "answered",
                |b| {
                    b.form("cg").yes("doelen.uittreding");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn opheffing_gr() {
    check(
        "opheffing_gr",
        Warning,
        &[
            (
                "Wgr form, no",
                |b| {
                    b.form("bvo").no("doelen.opheffing");
                },
                Once,
            ),
            (
                "Wgr form, unknown",
                |b| {
                    b.form("rzm").unknown("doelen.opheffing");
                },
                Once,
            ),
            (
                "Wgr form, yes",
                |b| {
                    b.form("bvo").yes("doelen.opheffing");
                },
                Quiet,
            ),
            (
                "stichting, no",
                |b| {
                    b.form("sti").no("doelen.opheffing");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn opheffing_onbeantwoord() {
    check(
        "opheffing_onbeantwoord",
        Hint,
        &[
            (
                "Wgr form, unanswered",
                |b| {
                    b.form("ol");
                },
                Once,
            ),
            (
                "answered",
                |b| {
                    b.form("ol").no("doelen.opheffing");
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

/// Step 4 begun: any answer there.
fn step4_begun(b: &mut Build) -> &mut Build {
    b.yes("monitoring.agenda_afgestemd")
}

#[test]
fn zienswijze_besluiten_onbeantwoord() {
    check(
        "zienswijze_besluiten_onbeantwoord",
        Hint,
        &[
            (
                "openbaar lichaam, step 4 begun",
                |b| {
                    step4_begun(b).form("ol");
                },
                Once,
            ),
            (
                "step 4 not begun yet: no nagging",
                |b| {
                    b.form("ol");
                },
                Quiet,
            ),
            (
                "centrumgemeente has no bestuur",
                |b| {
                    step4_begun(b).form("cg");
                },
                Quiet,
            ),
            (
                "answered",
                |b| {
                    step4_begun(b)
                        .form("ol")
                        .no("monitoring.zienswijze_besluiten");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn zienswijze_besluiten_zonder_bestuur() {
    check(
        "zienswijze_besluiten_zonder_bestuur",
        Hint,
        &[
            (
                "centrumgemeente, no",
                |b| {
                    b.form("cg").no("monitoring.zienswijze_besluiten");
                },
                Once,
            ),
            (
                "regeling zonder meer, unanswered, step 4 begun",
                |b| {
                    step4_begun(b).form("rzm");
                },
                Once,
            ),
            (
                "centrumgemeente, settled",
                |b| {
                    b.form("cg").yes("monitoring.zienswijze_besluiten");
                },
                Quiet,
            ),
            (
                "openbaar lichaam: gr_zienswijze_besluiten speaks",
                |b| {
                    b.form("ol").no("monitoring.zienswijze_besluiten");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn burgerparticipatie_onbeantwoord() {
    check(
        "burgerparticipatie_onbeantwoord",
        Hint,
        &[
            (
                "Wgr form, step 4 begun",
                |b| {
                    step4_begun(b).form("go");
                },
                Once,
            ),
            (
                "step 4 not begun",
                |b| {
                    b.form("go");
                },
                Quiet,
            ),
            (
                "answered",
                |b| {
                    step4_begun(b)
                        .form("go")
                        .yes("monitoring.burgerparticipatie");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn evaluatie_onbeantwoord() {
    check(
        "evaluatie_onbeantwoord",
        Hint,
        &[
            (
                "Wgr form, step 4 begun",
                |b| {
                    step4_begun(b).form("bvo");
                },
                Once,
            ),
            (
                "stichting",
                |b| {
                    step4_begun(b).form("sti");
                },
                Quiet,
            ),
            (
                "answered",
                |b| {
                    step4_begun(b).form("bvo").yes("monitoring.evaluatie");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn open_findings_sit_at_their_own_question() {
    // W26: each open question has its finding under it, not under the form.
    let mut b = Build::new();
    step4_begun(&mut b);
    college_ol(&mut b);
    let at: Vec<(String, String)> = b
        .findings()
        .into_iter()
        .filter(|f| f.rule.ends_with("_onbeantwoord"))
        .map(|f| (f.rule, f.question))
        .collect();
    let want = [
        ("toestemming_onbeantwoord", "doelen.toestemming"),
        (
            "zienswijze_ontwerp_onbeantwoord",
            "doelen.zienswijze_ontwerp",
        ),
        (
            "vertegenwoordiging_onbeantwoord",
            "doelen.vertegenwoordiging",
        ),
        ("uittreden_onbeantwoord", "doelen.uittreding"),
        ("opheffing_onbeantwoord", "doelen.opheffing"),
        (
            "zienswijze_besluiten_onbeantwoord",
            "monitoring.zienswijze_besluiten",
        ),
        (
            "burgerparticipatie_onbeantwoord",
            "monitoring.burgerparticipatie",
        ),
        ("evaluatie_onbeantwoord", "monitoring.evaluatie"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(r, q)| (r.to_string(), q.to_string()))
        .collect();
    assert_eq!(at, want);
}
