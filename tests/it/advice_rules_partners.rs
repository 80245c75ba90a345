//! Rules about partners (step 2, and how far they align in step 3), each
//! shown firing and staying quiet.

use crate::advice_support;

use advice_support::Expect::{On, Once, Quiet};
use advice_support::{Build, ch, check, sc, yn};
use samenwerkwijzer::advice::Severity::{Hint, Warning};
use samenwerkwijzer::plan::YesNo;

#[test]
fn partner_bij_zelf_taak() {
    check(
        "partner_bij_zelf_taak",
        Warning,
        &[
            (
                "linked to a samen task",
                |b| {
                    let t = b.task("Warmtenet", "samen", &[]);
                    let p = b.partner("Noorderveld", "gemeente", &[]);
                    b.link(&p, &[&t]);
                },
                Quiet,
            ),
            (
                "linked to a task later set to zelf",
                |b| {
                    let t = b.task("Vergunningen", "zelf", &[]);
                    let p = b.partner("Noorderveld", "gemeente", &[]);
                    b.link(&p, &[&t]);
                },
                On(&["Noorderveld"]),
            ),
            (
                "linked to a task left to society",
                |b| {
                    let t = b.task("Buurtwarmte", "samenleving", &[]);
                    let p = b.partner("Energiecoöperatie", "inwonersinitiatief", &[]);
                    b.link(&p, &[&t]);
                },
                Quiet,
            ),
            (
                "only the partner on the own task",
                |b| {
                    let own = b.task("Vergunningen", "zelf", &[]);
                    let shared = b.task("Warmtenet", "samen", &[]);
                    let a = b.partner("Noorderveld", "gemeente", &[]);
                    let c = b.partner("Westerhaven", "gemeente", &[]);
                    b.link(&a, &[&shared]).link(&c, &[&shared, &own]);
                },
                On(&["Westerhaven"]),
            ),
        ],
    );
}

#[test]
fn partner_bij_zelf_taak_names_the_tasks() {
    let mut b = Build::new();
    let own = b.task("Vergunningen", "zelf", &[]);
    let also = b.task("Handhaving", "zelf", &[]);
    let p = b.partner("Noorderveld", "gemeente", &[]);
    b.link(&p, &[&own, &also]);
    let f = b
        .findings()
        .into_iter()
        .find(|f| f.rule == "partner_bij_zelf_taak")
        .expect("fires");
    assert!(f.message.contains("Noorderveld"), "{}", f.message);
    assert!(
        f.message.contains("Vergunningen en Handhaving"),
        "{}",
        f.message
    );
}

fn partners(b: &mut Build, n: usize) {
    for i in 0..n {
        b.partner(&format!("Gemeente {i}"), "gemeente", &[]);
    }
}

#[test]
fn klein_beginnen() {
    check(
        "klein_beginnen",
        Hint,
        &[
            (
                "high ambition, four partners",
                |b| {
                    b.scale("partners.ambitie", 5);
                    partners(b, 4);
                },
                Once,
            ),
            (
                "ambition 4, four partners",
                |b| {
                    b.scale("partners.ambitie", 4);
                    partners(b, 4);
                },
                Once,
            ),
            (
                "high ambition, three partners",
                |b| {
                    b.scale("partners.ambitie", 5);
                    partners(b, 3);
                },
                Quiet,
            ),
            (
                "modest ambition, many partners",
                |b| {
                    b.scale("partners.ambitie", 3);
                    partners(b, 6);
                },
                Quiet,
            ),
            ("ambition unanswered", |b| partners(b, 6), Quiet),
        ],
    );
}

#[test]
fn trekker_weinig_inzet() {
    check(
        "trekker_weinig_inzet",
        Warning,
        &[
            (
                "centrumgemeente, lead with low commitment",
                |b| {
                    b.form("cg");
                    b.partner(
                        "Noorderveld",
                        "gemeente",
                        &[("trekker", yn(YesNo::Ja)), ("inzet", sc(2))],
                    );
                },
                On(&["Noorderveld"]),
            ),
            (
                "centrumgemeente, lead with middling commitment",
                |b| {
                    b.form("cg");
                    b.partner(
                        "Noorderveld",
                        "gemeente",
                        &[("trekker", yn(YesNo::Ja)), ("inzet", sc(3))],
                    );
                },
                Quiet,
            ),
            (
                "centrumgemeente, low commitment but not the lead",
                |b| {
                    b.form("cg");
                    b.partner(
                        "Noorderveld",
                        "gemeente",
                        &[("trekker", yn(YesNo::Nee)), ("inzet", sc(1))],
                    );
                },
                Quiet,
            ),
            (
                "another form",
                |b| {
                    b.form("ol");
                    b.partner(
                        "Noorderveld",
                        "gemeente",
                        &[("trekker", yn(YesNo::Ja)), ("inzet", sc(1))],
                    );
                },
                Quiet,
            ),
            (
                "commitment unanswered",
                |b| {
                    b.form("cg");
                    b.partner(
                        "Noorderveld",
                        "gemeente",
                        &[("trekker", yn(YesNo::Ja)), ("soort", ch("gemeente"))],
                    );
                },
                Quiet,
            ),
        ],
    );
}

fn scored(b: &mut Build, same: u8, way: u8) {
    let p = b.partner("Westerhaven", "gemeente", &[]);
    if same > 0 {
        b.per_partner(&p, "hetzelfde", sc(same));
    }
    if way > 0 {
        b.per_partner(&p, "zelfde_manier", sc(way));
    }
}

#[test]
fn partner_ander_doel() {
    check(
        "partner_ander_doel",
        Warning,
        &[
            ("scores 2", |b| scored(b, 2, 5), On(&["Westerhaven"])),
            ("scores 1", |b| scored(b, 1, 0), On(&["Westerhaven"])),
            ("scores 3", |b| scored(b, 3, 1), Quiet),
            ("unanswered", |b| scored(b, 0, 0), Quiet),
            (
                "a record left behind by a removed partner",
                |b| {
                    b.partner("Westerhaven", "gemeente", &[]);
                    b.per_partner("i99", "hetzelfde", sc(1));
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn partner_andere_aanpak() {
    check(
        // L10: a different pace is a point to discuss, not a gap.
        "partner_andere_aanpak",
        Hint,
        &[
            ("scores 2", |b| scored(b, 5, 2), On(&["Westerhaven"])),
            ("scores 1", |b| scored(b, 0, 1), On(&["Westerhaven"])),
            ("scores 3", |b| scored(b, 1, 3), Quiet),
            ("unanswered", |b| scored(b, 4, 0), Quiet),
        ],
    );
}

#[test]
fn per_partner_findings_follow_the_partner_list_order() {
    let mut b = Build::new();
    let x = b.partner("Xanten", "gemeente", &[]);
    let a = b.partner("Aalsburg", "gemeente", &[]);
    b.per_partner(&a, "hetzelfde", sc(1))
        .per_partner(&x, "hetzelfde", sc(2));
    let names: Vec<String> = b
        .findings()
        .into_iter()
        .filter(|f| f.rule == "partner_ander_doel")
        .filter_map(|f| f.item)
        .map(|id| b.name_of(&id))
        .collect();
    assert_eq!(names, ["Xanten", "Aalsburg"]);
}

#[test]
fn partner_weinig_inzet() {
    check(
        "partner_weinig_inzet",
        Hint,
        &[
            (
                "commitment 1",
                |b| {
                    b.partner("Platform Oost", "inwonersinitiatief", &[("inzet", sc(1))]);
                },
                On(&["Platform Oost"]),
            ),
            (
                "commitment 2 and 4",
                |b| {
                    b.partner("A", "gemeente", &[("inzet", sc(2))]);
                    b.partner("B", "gemeente", &[("inzet", sc(4))]);
                },
                On(&["A"]),
            ),
            (
                "commitment 3",
                |b| {
                    b.partner("A", "gemeente", &[("inzet", sc(3))]);
                },
                Quiet,
            ),
            (
                "the weak lead of a centrumgemeente: trekker_weinig_inzet speaks",
                |b| {
                    b.form("cg");
                    b.partner(
                        "A",
                        "gemeente",
                        &[("inzet", sc(1)), ("trekker", yn(YesNo::Ja))],
                    );
                },
                Quiet,
            ),
        ],
    );
}

#[test]
fn a_partners_findings_sit_at_the_field_they_are_about() {
    // W26: "zelfde manier" under that question, commitment under "inzet".
    let mut b = Build::new();
    let p = b.partner("Westerhaven", "gemeente", &[("inzet", sc(1))]);
    b.per_partner(&p, "hetzelfde", sc(5))
        .per_partner(&p, "zelfde_manier", sc(2));
    let at: Vec<(String, Option<String>)> = b
        .findings()
        .into_iter()
        .map(|f| (f.rule, f.field))
        .collect();
    assert!(
        at.contains(&("partner_weinig_inzet".into(), Some("inzet".into()))),
        "{at:?}"
    );
    assert!(
        at.contains(&("partner_andere_aanpak".into(), Some("zelfde_manier".into()))),
        "{at:?}"
    );
    assert!(!at.iter().any(|(r, _)| r == "partner_ander_doel"), "{at:?}");
}
