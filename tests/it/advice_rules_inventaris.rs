//! Rules of steps 0 and 1 (opgave, inventarisatie), each shown firing and
//! staying quiet.

use crate::advice_support;

use advice_support::Expect::{On, Once, Quiet};
use advice_support::{check, sc, yn};
use samenwerkwijzer::advice::Severity::{Hint, Warning};
use samenwerkwijzer::plan::YesNo;

#[test]
fn geen_visie() {
    check(
        "geen_visie",
        Hint,
        &[
            ("unanswered", |_| {}, Quiet),
            (
                "ja",
                |b| {
                    b.yes("opgave.visie");
                },
                Quiet,
            ),
            (
                "nee",
                |b| {
                    b.no("opgave.visie");
                },
                Once,
            ),
            (
                "weet niet",
                |b| {
                    b.unknown("opgave.visie");
                },
                Once,
            ),
        ],
    );
}

#[test]
fn verkokering() {
    check(
        "verkokering",
        Hint,
        &[
            ("unanswered", |_| {}, Quiet),
            (
                "nee",
                |b| {
                    b.no("opgave.verkokering");
                },
                Quiet,
            ),
            (
                "weet niet",
                |b| {
                    b.unknown("opgave.verkokering");
                },
                Quiet,
            ),
            (
                "ja",
                |b| {
                    b.yes("opgave.verkokering");
                },
                Once,
            ),
        ],
    );
}

#[test]
fn vorm_voor_inhoud() {
    check(
        "vorm_voor_inhoud",
        Warning,
        &[
            ("empty plan", |_| {}, Quiet),
            (
                "form named, no tasks yet",
                |b| {
                    b.yes("inventaris.vorm_genoemd");
                },
                Once,
            ),
            (
                "form named, every task decided",
                |b| {
                    b.yes("inventaris.vorm_genoemd");
                    b.task("Warmteplan", "samen", &[]);
                    b.task("Vergunningen", "zelf", &[]);
                },
                Quiet,
            ),
            (
                "form named, a task still unknown",
                |b| {
                    b.yes("inventaris.vorm_genoemd");
                    b.task("Warmteplan", "samen", &[]);
                    b.task("Subsidies", "onbekend", &[]);
                },
                Once,
            ),
            (
                "form named, a task without approach",
                |b| {
                    b.yes("inventaris.vorm_genoemd");
                    b.task("Warmteplan", "", &[]);
                },
                Once,
            ),
            (
                "no form named, inventory open",
                |b| {
                    b.no("inventaris.vorm_genoemd").form("nog_niet");
                    b.task("Warmteplan", "onbekend", &[]);
                },
                Quiet,
            ),
            (
                "form chosen in step 3 while a task is unknown",
                |b| {
                    b.no("inventaris.vorm_genoemd").form("sti");
                    b.task("Warmteplan", "onbekend", &[]);
                },
                Once,
            ),
            (
                "form chosen after the inventory",
                |b| {
                    b.form("ol");
                    b.task("Warmteplan", "samen", &[]);
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn lokaal_houden() {
    check(
        "lokaal_houden",
        Hint,
        &[
            (
                "samen, can do it well alone",
                |b| {
                    b.task("Afval", "samen", &[("alleen", sc(4))]);
                },
                On(&["Afval"]),
            ),
            (
                "only the task that can go alone",
                |b| {
                    b.task("Afval", "samen", &[("alleen", sc(5))]);
                    b.task("ICT", "samen", &[("alleen", sc(3))]);
                },
                On(&["Afval"]),
            ),
            (
                "samen, hard alone",
                |b| {
                    b.task("ICT", "samen", &[("alleen", sc(2))]);
                },
                Quiet,
            ),
            (
                "zelf, easy alone",
                |b| {
                    b.task("ICT", "zelf", &[("alleen", sc(5))]);
                },
                Quiet,
            ),
            (
                "samen, unanswered",
                |b| {
                    b.task("ICT", "samen", &[]);
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn geen_business_case() {
    check(
        "geen_business_case",
        Warning,
        &[
            (
                "samen, no",
                |b| {
                    b.task("Warmtenet", "samen", &[("business_case", yn(YesNo::Nee))]);
                },
                On(&["Warmtenet"]),
            ),
            (
                "samen, unknown",
                |b| {
                    b.task(
                        "Warmtenet",
                        "samen",
                        &[("business_case", yn(YesNo::WeetNiet))],
                    );
                },
                On(&["Warmtenet"]),
            ),
            (
                "samen, yes",
                |b| {
                    b.task("Warmtenet", "samen", &[("business_case", yn(YesNo::Ja))]);
                },
                Quiet,
            ),
            (
                "zelf, no",
                |b| {
                    b.task("Warmtenet", "zelf", &[("business_case", yn(YesNo::Nee))]);
                },
                Quiet,
            ),
            (
                "samen, unanswered",
                |b| {
                    b.task("Warmtenet", "samen", &[]);
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn samen_zonder_partner() {
    check(
        "samen_zonder_partner",
        Warning,
        &[
            (
                "no partners yet: step 2 not begun",
                |b| {
                    b.task("Warmtenet", "samen", &[]);
                },
                Quiet,
            ),
            (
                "a partner, not linked",
                |b| {
                    b.task("Warmtenet", "samen", &[]);
                    b.partner("Noorderveld", "gemeente", &[]);
                },
                On(&["Warmtenet"]),
            ),
            (
                "linked",
                |b| {
                    let t = b.task("Warmtenet", "samen", &[]);
                    let p = b.partner("Noorderveld", "gemeente", &[]);
                    b.link(&p, &[&t]);
                },
                Quiet,
            ),
            (
                "one of two linked",
                |b| {
                    let t = b.task("Warmtenet", "samen", &[]);
                    b.task("Warmteplan", "samen", &[]);
                    let p = b.partner("Noorderveld", "gemeente", &[]);
                    b.link(&p, &[&t]);
                },
                On(&["Warmteplan"]),
            ),
            (
                "own task needs no partner",
                |b| {
                    b.task("Vergunningen", "zelf", &[]);
                    b.partner("Noorderveld", "gemeente", &[]);
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn wettelijk_verplicht() {
    check(
        "wettelijk_verplicht",
        Hint,
        &[
            ("unanswered", |_| {}, Quiet),
            (
                "nee",
                |b| {
                    b.no("inventaris.wettelijk");
                },
                Quiet,
            ),
            (
                "ja",
                |b| {
                    b.yes("inventaris.wettelijk");
                },
                Once,
            ),
        ],
    );
}

#[test]
fn taak_onbekend() {
    check(
        "taak_onbekend",
        Hint,
        &[
            (
                "nog onbekend",
                |b| {
                    b.task("Inkoop", "onbekend", &[]);
                },
                On(&["Inkoop"]),
            ),
            (
                "no approach chosen yet: not while it is being filled in",
                |b| {
                    b.task("Inkoop", "", &[]);
                },
                Quiet,
            ),
            (
                "one of two still open",
                |b| {
                    b.task("Inkoop", "onbekend", &[]);
                    b.task("Afval", "samen", &[]);
                },
                On(&["Inkoop"]),
            ),
            (
                "decided",
                |b| {
                    b.task("Inkoop", "zelf", &[]);
                    b.task("Afval", "samenleving", &[]);
                },
                Quiet,
            ),
            (
                "a task without a name yet",
                |b| {
                    b.task("", "onbekend", &[]);
                },
                Quiet,
            ),
        ],
    );
}
