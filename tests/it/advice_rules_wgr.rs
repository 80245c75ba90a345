//! Rules of step 4 about the P&C cycle, the Wgr clauses required since
//! 1 July 2024 and evaluation, each shown firing and staying quiet.

use crate::advice_support;

use advice_support::Expect::{Once, Quiet};
use advice_support::check;
use samenwerkwijzer::advice::Severity::Warning;

#[test]
fn geen_zienswijze_begroting() {
    check(
        "geen_zienswijze_begroting",
        Warning,
        &[
            (
                "openbaar lichaam without it",
                |b| {
                    b.form("ol")
                        .multi("monitoring.pc_momenten", &["kaders", "jaarrekening"]);
                },
                Once,
            ),
            (
                "BVO without it",
                |b| {
                    b.form("bvo")
                        .multi("monitoring.pc_momenten", &["jaarrekening"]);
                },
                Once,
            ),
            (
                "openbaar lichaam with it",
                |b| {
                    b.form("ol")
                        .multi("monitoring.pc_momenten", &["ontwerpbegroting"]);
                },
                Quiet,
            ),
            (
                "moments unanswered",
                |b| {
                    b.form("ol");
                },
                Quiet,
            ),
            (
                "centrumgemeente has no own begroting",
                |b| {
                    b.form("cg")
                        .multi("monitoring.pc_momenten", &["jaarrekening"]);
                },
                Quiet,
            ),
            (
                "stichting",
                |b| {
                    b.form("sti").multi("monitoring.pc_momenten", &["kaders"]);
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn gr_zienswijze_besluiten() {
    check(
        "gr_zienswijze_besluiten",
        Warning,
        &[
            (
                "no",
                |b| {
                    b.form("ol").no("monitoring.zienswijze_besluiten");
                },
                Once,
            ),
            (
                "unknown",
                |b| {
                    b.form("go").unknown("monitoring.zienswijze_besluiten");
                },
                Once,
            ),
            (
                "yes",
                |b| {
                    b.form("ol").yes("monitoring.zienswijze_besluiten");
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
                "stale after switching to a stichting",
                |b| {
                    b.no("monitoring.zienswijze_besluiten").form("sti");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn gr_burgerparticipatie() {
    check(
        "gr_burgerparticipatie",
        Warning,
        &[
            (
                "no",
                |b| {
                    b.form("bvo").no("monitoring.burgerparticipatie");
                },
                Once,
            ),
            (
                "unknown",
                |b| {
                    b.form("cg").unknown("monitoring.burgerparticipatie");
                },
                Once,
            ),
            (
                "yes",
                |b| {
                    b.form("ol").yes("monitoring.burgerparticipatie");
                },
                Quiet,
            ),
            (
                "stale after switching to a convenant",
                |b| {
                    b.no("monitoring.burgerparticipatie").form("conv");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn gr_evaluatie() {
    check(
        "gr_evaluatie",
        Warning,
        &[
            (
                "GR, no",
                |b| {
                    b.form("ol").no("monitoring.evaluatie");
                },
                Once,
            ),
            (
                "GR, unknown",
                |b| {
                    b.form("cg").unknown("monitoring.evaluatie");
                },
                Once,
            ),
            (
                "GR, yes",
                |b| {
                    b.form("ol").yes("monitoring.evaluatie");
                },
                Quiet,
            ),
            (
                "GR, unanswered",
                |b| {
                    b.form("ol");
                },
                Quiet,
            ),
            (
                "stichting, no: geen_evaluatie speaks instead",
                |b| {
                    b.form("sti").no("monitoring.evaluatie");
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn geen_evaluatie() {
    check(
        "geen_evaluatie",
        Warning,
        &[
            (
                "stichting, no",
                |b| {
                    b.form("sti").no("monitoring.evaluatie");
                },
                Once,
            ),
            (
                "no form yet, unknown",
                |b| {
                    b.unknown("monitoring.evaluatie");
                },
                Once,
            ),
            (
                "yes",
                |b| {
                    b.form("conv").yes("monitoring.evaluatie");
                },
                Quiet,
            ),
            (
                "unanswered",
                |b| {
                    b.form("sti");
                },
                Quiet,
            ),
            (
                "GR, no: gr_evaluatie speaks instead",
                |b| {
                    b.form("ol").no("monitoring.evaluatie");
                },
                Quiet,
            ),
        ],
    );
}
