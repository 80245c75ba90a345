//! `samenwerkwijzer diff OLD NEW`: changes in the guide's words, not lines
//! of text. Pairs of plans with one kind of change each, then all at once.

use crate::export_support;

use export_support::{
    choice, date, example_plan, guide, item, multi, samenwerkwijzer, save, stderr, stdout, text,
};
use insta::assert_snapshot;
use samenwerkwijzer::diff::{Change, Edit, MetaField, What, diff, render};
use samenwerkwijzer::plan::{Answer, Plan};

fn changes(new: &Plan) -> Vec<Change> {
    diff(&guide(), &example_plan(), new)
}

fn lines(new: &Plan) -> String {
    render(&guide(), &changes(new))
}

fn items_mut<'a>(plan: &'a mut Plan, list: &str) -> &'a mut Vec<samenwerkwijzer::plan::Item> {
    match plan.answers.get_mut(list) {
        Some(Answer::List(items)) => items,
        _ => panic!("no list {list}"),
    }
}

#[test]
fn equal_plans_have_no_differences() {
    let mut same = example_plan();
    // Saving again, moving on, or picking choices in another order changes
    // nothing a reader cares about.
    same.meta.updated = "2027-01-01T00:00:00Z".parse().expect("time");
    same.step = "opgave".into();
    same.answers.insert(
        "opgave.domein".into(),
        multi(&["anders", "energietransitie"]),
    );
    assert_eq!(changes(&same), vec![]);
    assert_eq!(lines(&same), "Geen verschillen.\n");
}

#[test]
fn details_of_the_plan() {
    let mut new = example_plan();
    new.meta.title = "Warmte in Zuiderveld en Noorderveld".into();
    new.meta.author = String::new();
    assert_eq!(
        changes(&new),
        vec![
            Change {
                step: None,
                what: What::Meta {
                    field: MetaField::Title,
                    edit: Edit::Changed {
                        old: "Warmte in de regio".into(),
                        new: "Warmte in Zuiderveld en Noorderveld".into()
                    }
                }
            },
            Change {
                step: None,
                what: What::Meta {
                    field: MetaField::Author,
                    edit: Edit::Removed("Fatima el Amrani".into())
                }
            },
        ]
    );
    assert_eq!(
        lines(&new),
        "Plan\n\
         - Titel gewijzigd van \"Warmte in de regio\" naar \"Warmte in Zuiderveld en Noorderveld\"\n\
         - Opgesteld door leeggemaakt (was \"Fatima el Amrani\")\n"
    );
}

#[test]
fn answers_changed_added_and_removed() {
    let mut new = example_plan();
    new.answers
        .insert("doelen.doel".into(), text("Samen 3.000 woningen in 2032."));
    new.answers.insert(
        "opgave.verkokering".into(),
        Answer::YesNo(samenwerkwijzer::plan::YesNo::Ja),
    );
    new.answers.remove("monitoring.risicoprofiel");
    assert_eq!(
        lines(&new),
        "Stap 0 — Opgave en visie\n\
         - \"Zijn budgetten of teams voor deze opgave verdeeld over beleidsterreinen?\" ingevuld: \"Ja\"\n\
         \n\
         Stap 3 — Doelen en vorm\n\
         - \"Wat is het gezamenlijke doel?\" gewijzigd van \"In 2030 zijn in de twee gemeenten samen \
         2.000 woningen aangesloten op een warmtenet.\" naar \"Samen 3.000 woningen in 2032.\"\n\
         \n\
         Stap 4 — Monitoring\n\
         - \"Hoe groot zijn de risico's van deze samenwerking?\" leeggemaakt (was \"Gemiddeld risico\")\n"
    );
}

#[test]
fn list_items_added_removed_and_changed_by_id() {
    let mut new = example_plan();
    new.remove_item("inventaris.taken", "i2");
    items_mut(&mut new, "partners.lijst").push(item(
        "i11",
        vec![
            ("naam", text("Gemeente Oosterdijk")),
            ("soort", choice("gemeente")),
        ],
    ));
    let afspraken = items_mut(&mut new, "monitoring.afspraken");
    afspraken[0]
        .fields
        .insert("frequentie".into(), choice("jaar"));
    afspraken[0]
        .fields
        .insert("eerste_datum".into(), date("2027-04-01"));
    afspraken[1]
        .fields
        .insert("resultaat".into(), text("Kosten per woning"));
    new.next_item = 12;
    assert_eq!(
        lines(&new),
        "Stap 1 — Inventarisatie\n\
         - Taak \"Isolatieloket voor inwoners\" verwijderd\n\
         \n\
         Stap 2 — Partners zoeken\n\
         - Partner \"Gemeente Oosterdijk\" toegevoegd\n\
         \n\
         Stap 4 — Monitoring\n\
         - Afspraak \"Aangesloten woningen\": \"Hoe vaak wordt er gerapporteerd?\" gewijzigd van \
         \"Elk halfjaar\" naar \"Elk jaar\"\n\
         - Afspraak \"Aangesloten woningen\": \"Wanneer komt de eerste rapportage?\" gewijzigd van \
         \"31-03-2027\" naar \"01-04-2027\"\n\
         - Afspraak \"Kosten per woning\": \"Welk resultaat of welke indicator volgt u?\" gewijzigd \
         van \"Kosten per aansluiting\" naar \"Kosten per woning\"\n"
    );
}

#[test]
fn per_partner_answers_and_order() {
    let mut new = example_plan();
    if let Some(Answer::PerItem(map)) = new.answers.get_mut("doelen.per_partner") {
        map.entry("i5".into())
            .or_default()
            .insert("zelfde_manier".into(), Answer::Scale(2));
        map.entry("i4".into())
            .or_default()
            .insert("hetzelfde".into(), Answer::Scale(5));
    }
    items_mut(&mut new, "inventaris.taken").swap(0, 2);
    assert_eq!(
        lines(&new),
        "Stap 1 — Inventarisatie\n\
         - Volgorde gewijzigd bij \"Welke taken horen bij deze opgave?\"\n\
         \n\
         Stap 3 — Doelen en vorm\n\
         - Partner \"Gemeente Noorderveld\": \"Wil deze partner hetzelfde bereiken?\" gewijzigd van \
         \"4 van 5\" naar \"5 van 5 (Wil precies hetzelfde)\"\n\
         - Partner \"Woningcorporatie Thuis & Co\": \"Wil deze partner het op dezelfde manier doen?\" \
         ingevuld: \"2 van 5\"\n"
    );
}

#[test]
fn a_removed_partner_takes_its_own_answers_along() {
    let mut new = example_plan();
    new.remove_item("partners.lijst", "i4");
    assert_eq!(
        lines(&new),
        "Stap 2 — Partners zoeken\n- Partner \"Gemeente Noorderveld\" verwijderd\n"
    );
}

#[test]
fn a_renamed_task_is_one_change_not_one_per_reference() {
    let mut new = example_plan();
    items_mut(&mut new, "inventaris.taken")[2]
        .fields
        .insert("naam".into(), text("Warmtenet bouwen"));
    let found = changes(&new);
    assert_eq!(found.len(), 1, "{found:?}");
}

/// Many kinds of change at once, as a user would see them.
#[test]
fn a_realistic_revision() {
    let mut new = example_plan();
    new.meta.gemeente = "Zuiderveld (griffie)".into();
    new.answers
        .insert("opgave.rol".into(), choice("faciliteren"));
    new.answers.insert(
        "opgave.kaders".into(),
        text("De bijdrage blijft onder € 200.000 per jaar.\nInwoners praten mee."),
    );
    new.remove_item("partners.lijst", "i6");
    new.answers.insert("doelen.vorm".into(), choice("ol"));
    new.answers.insert(
        "monitoring.evaluatie".into(),
        Answer::YesNo(samenwerkwijzer::plan::YesNo::Nee),
    );
    new.remove_item("monitoring.afspraken", "i10");
    assert_snapshot!(lines(&new));
}

#[test]
fn the_binary_compares_two_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = save(dir.path(), "oud", &example_plan());
    let mut plan = example_plan();
    plan.remove_item("monitoring.afspraken", "i9");
    let new = save(dir.path(), "nieuw", &plan);
    let (old_arg, new_arg) = (old.to_string_lossy(), new.to_string_lossy());
    let out = samenwerkwijzer(&["diff", &old_arg, &new_arg], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "Stap 4 — Monitoring\n- Afspraak \"Tevredenheid van inwoners\" verwijderd\n"
    );
    // By name from the plans folder, too.
    let out = samenwerkwijzer(&["diff", "oud", "oud"], dir.path());
    assert_eq!(stdout(&out), "Geen verschillen.\n");
    let out = samenwerkwijzer(&["diff", "oud", "weg.ron"], dir.path());
    assert!(!out.status.success());
    assert!(stderr(&out).contains("plan \"weg.ron\" niet gevonden"));
}
