//! Rules of step 3 about the raad's say: when it comes in, toestemming,
//! zienswijze and wensen en bedenkingen, each shown firing and staying quiet.

use crate::advice_support;

use advice_support::Expect::{Once, Quiet};
use advice_support::check;
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
                "openbaar lichaam, no",
                |b| {
                    b.form("ol").no("doelen.toestemming");
                },
                Once,
            ),
            (
                "centrumgemeente, unknown",
                |b| {
                    b.form("cg").unknown("doelen.toestemming");
                },
                Once,
            ),
            (
                "yes",
                |b| {
                    b.form("ol").yes("doelen.toestemming");
                },
                Quiet,
            ),
            (
                "unanswered",
                |b| {
                    b.form("ol");
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
                    b.form("bvo").no("doelen.zienswijze_ontwerp");
                },
                Once,
            ),
            (
                "unknown",
                |b| {
                    b.form("rzm").unknown("doelen.zienswijze_ontwerp");
                },
                Once,
            ),
            (
                "yes",
                |b| {
                    b.form("bvo").yes("doelen.zienswijze_ontwerp");
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
