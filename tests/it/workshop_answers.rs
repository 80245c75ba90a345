//! The cases against the real advice: a group that works a case through
//! the way the trainer notes expect ends up where the case says (the form
//! aid's best fit is one of the debrief's forms) and has its debrief points
//! covered (none of their rules fires); the bare starting plan still has
//! them open. So the three cases really lead to three different answers.

use samenwerkwijzer::advice::{findings, forms::rank};
use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::plan::{Answer, Plan, Record, YesNo};
use samenwerkwijzer::workshop::case::{LoadedCase, embedded};
use samenwerkwijzer::workshop::participant::plan_for_group;

fn guide() -> Guide {
    load_embedded().expect("embedded guide")
}

fn case(id: &str) -> LoadedCase {
    embedded(&guide())
        .expect("cases")
        .into_iter()
        .find(|c| c.case.id == id)
        .expect("case")
}

fn text(s: &str) -> Answer {
    Answer::Text(s.into())
}
fn choice(s: &str) -> Answer {
    Answer::Choice(s.into())
}
fn yes() -> Answer {
    Answer::YesNo(YesNo::Ja)
}
fn no() -> Answer {
    Answer::YesNo(YesNo::Nee)
}
fn refs(ids: &[&str]) -> Answer {
    Answer::Refs(ids.iter().map(|s| s.to_string()).collect())
}

/// Set `fields` on the item `id` of list `list`.
fn fill_item(plan: &mut Plan, list: &str, id: &str, fields: Vec<(&str, Answer)>) {
    let Some(Answer::List(items)) = plan.answers.get_mut(list) else {
        panic!("{list} is a list in the starting plan");
    };
    let item = items.iter_mut().find(|i| i.id == id).expect("case item");
    for (k, v) in fields {
        item.fields.insert(k.to_string(), v);
    }
}

fn answer(plan: &mut Plan, answers: Vec<(&str, Answer)>) {
    for (k, v) in answers {
        plan.answers.insert(k.to_string(), v);
    }
}

fn per_partner(plan: &mut Plan, partners: &[&str]) {
    let map = partners
        .iter()
        .map(|p| {
            let record: Record = [
                ("hetzelfde", Answer::Scale(4)),
                ("zelfde_manier", Answer::Scale(4)),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
            (p.to_string(), record)
        })
        .collect();
    plan.answers
        .insert("doelen.per_partner".into(), Answer::PerItem(map));
}

/// The monitoring a careful group agrees on, whatever the case.
fn monitoring(plan: &mut Plan) {
    plan.answers.insert(
        "monitoring.afspraken".into(),
        Answer::List(vec![samenwerkwijzer::plan::Item {
            id: "i1".into(),
            fields: [
                ("resultaat", text("Tevredenheid en stiptheid")),
                ("streefwaarde", text("95% op tijd")),
                ("hoe", text("Korte rapportage")),
                ("frequentie", choice("halfjaar")),
                ("aan_wie", text("De raden")),
                ("door_wie", text("Het college")),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
        }]),
    );
    plan.next_item = 2;
    answer(
        plan,
        vec![
            ("monitoring.evaluatie", yes()),
            ("monitoring.evaluatie_interval", Answer::Number(2)),
            (
                "monitoring.bijsturen",
                text("Na elke rapportage en na de evaluatie."),
            ),
            ("monitoring.agenda_afgestemd", yes()),
            (
                "monitoring.betrokkenheid",
                Answer::Multi(vec!["informatieprotocol".into()]),
            ),
        ],
    );
}

fn leerlingenvervoer() -> (LoadedCase, Plan) {
    let c = case("leerlingenvervoer");
    let mut p = plan_for_group(&c.case, Some("Model"), jiff::Timestamp::UNIX_EPOCH);
    for (task, how) in [
        ("taak-aanvragen", "samen"),
        ("taak-inkoop", "samen"),
        ("taak-contract", "samen"),
        ("taak-verordening", "zelf"),
    ] {
        let mut fields = vec![("aanpak", choice(how))];
        if how == "samen" {
            fields.extend([
                ("alleen", Answer::Scale(2)),
                ("business_case", yes()),
                ("motieven", Answer::Multi(vec!["kwetsbaarheid".into()])),
            ]);
        }
        fill_item(&mut p, "inventaris.taken", task, fields);
    }
    let shared = refs(&["taak-aanvragen", "taak-inkoop", "taak-contract"]);
    fill_item(
        &mut p,
        "partners.lijst",
        "partner-heerveen",
        vec![
            ("inbreng", text("Een team van vijf")),
            ("taken", shared.clone()),
            ("inzet", Answer::Scale(5)),
            ("trekker", yes()),
        ],
    );
    fill_item(
        &mut p,
        "partners.lijst",
        "partner-oosterbroek",
        vec![
            ("inbreng", text("Zijn eigen deel")),
            ("taken", shared),
            ("inzet", Answer::Scale(4)),
        ],
    );
    per_partner(&mut p, &["partner-heerveen", "partner-oosterbroek"]);
    answer(
        &mut p,
        vec![
            ("inventaris.vorm_genoemd", no()),
            ("doelen.aard", choice("bindend")),
            ("doelen.eigen_organisatie", no()),
            ("doelen.bevoegdheden", choice("mandaat")),
            ("doelen.raadsbevoegdheden", no()),
            ("doelen.taaktype", choice("uitvoering")),
            ("doelen.vorm", choice("cg")),
            ("doelen.regeling_door", choice("college")),
            ("doelen.raad_moment", choice("voor_ontwerp")),
            ("doelen.toestemming", yes()),
            ("doelen.zienswijze_ontwerp", yes()),
            ("doelen.uittreding", yes()),
            ("doelen.opheffing", yes()),
            ("monitoring.zienswijze_besluiten", yes()),
        ],
    );
    monitoring(&mut p);
    (c, p)
}

fn energiehuis() -> (LoadedCase, Plan) {
    let c = case("energiehuis");
    let mut p = plan_for_group(&c.case, Some("Model"), jiff::Timestamp::UNIX_EPOCH);
    for (task, how) in [
        ("taak-advies", "samenleving"),
        ("taak-loket", "samen"),
        ("taak-wijkaanpak", "samen"),
        ("taak-subsidie", "zelf"),
        ("taak-planning", "samen"),
    ] {
        let mut fields = vec![("aanpak", choice(how))];
        if how == "samen" {
            fields.extend([("alleen", Answer::Scale(2)), ("business_case", yes())]);
        }
        fill_item(&mut p, "inventaris.taken", task, fields);
    }
    for (partner, tasks) in [
        ("partner-cooperatie", vec!["taak-loket", "taak-wijkaanpak"]),
        (
            "partner-corporatie",
            vec!["taak-wijkaanpak", "taak-planning"],
        ),
        ("partner-welzijn", vec!["taak-wijkaanpak"]),
    ] {
        fill_item(
            &mut p,
            "partners.lijst",
            partner,
            vec![
                ("inbreng", text("Mensen en kennis")),
                ("taken", refs(&tasks)),
                ("inzet", Answer::Scale(4)),
            ],
        );
    }
    per_partner(
        &mut p,
        &[
            "partner-cooperatie",
            "partner-corporatie",
            "partner-welzijn",
        ],
    );
    answer(
        &mut p,
        vec![
            ("opgave.rol", choice("faciliteren")),
            ("partners.participatie", choice("coproduceren")),
            ("doelen.aard", choice("vrijblijvend")),
            ("doelen.eigen_organisatie", no()),
            ("doelen.bevoegdheden", choice("geen")),
            ("doelen.raadsbevoegdheden", no()),
            ("doelen.taaktype", choice("uitvoering")),
            ("doelen.vorm", choice("conv")),
            ("doelen.raad_moment", choice("voor_ontwerp")),
            ("doelen.uittreding", yes()),
            ("doelen.opheffing", yes()),
            ("doelen.bestuurlijk_belang", no()),
            ("doelen.financieel_belang", no()),
        ],
    );
    monitoring(&mut p);
    (c, p)
}

fn fietsroutes() -> (LoadedCase, Plan) {
    let c = case("fietsroutes");
    let mut p = plan_for_group(&c.case, Some("Model"), jiff::Timestamp::UNIX_EPOCH);
    for (task, how) in [
        ("taak-kaart", "samen"),
        ("taak-bordjes", "samen"),
        ("taak-onderhoud", "zelf"),
        ("taak-planning", "samen"),
        ("taak-provincie", "samen"),
    ] {
        let mut fields = vec![("aanpak", choice(how))];
        if how == "samen" {
            fields.extend([("alleen", Answer::Scale(2)), ("business_case", yes())]);
        }
        fill_item(&mut p, "inventaris.taken", task, fields);
    }
    let all = refs(&[
        "taak-kaart",
        "taak-bordjes",
        "taak-planning",
        "taak-provincie",
    ]);
    for partner in [
        "partner-waalbroek",
        "partner-appelhoven",
        "partner-rivierzicht",
        "partner-provincie",
        "partner-ondernemers",
    ] {
        fill_item(
            &mut p,
            "partners.lijst",
            partner,
            vec![
                ("inbreng", text("Kennis en een deel van de kosten")),
                ("taken", all.clone()),
                ("inzet", Answer::Scale(3)),
            ],
        );
    }
    per_partner(
        &mut p,
        &[
            "partner-waalbroek",
            "partner-appelhoven",
            "partner-rivierzicht",
            "partner-provincie",
            "partner-ondernemers",
        ],
    );
    answer(
        &mut p,
        vec![
            ("partners.ambitie", Answer::Scale(2)),
            ("doelen.aard", choice("vrijblijvend")),
            ("doelen.eigen_organisatie", no()),
            ("doelen.bevoegdheden", choice("geen")),
            ("doelen.raadsbevoegdheden", no()),
            ("doelen.taaktype", choice("uitvoering")),
            ("doelen.vorm", choice("conv")),
            ("doelen.raad_moment", choice("voor_ontwerp")),
            ("doelen.uittreding", yes()),
            ("doelen.opheffing", yes()),
        ],
    );
    monitoring(&mut p);
    (c, p)
}

/// The debrief rules that fire on `plan`.
fn open_points(c: &LoadedCase, plan: &Plan) -> Vec<String> {
    let fired: Vec<String> = findings(&guide(), plan)
        .into_iter()
        .map(|f| f.rule)
        .collect();
    c.case
        .debrief
        .iter()
        .flat_map(|p| p.rules.iter())
        .filter(|r| fired.contains(r))
        .cloned()
        .collect()
}

#[test]
fn a_model_answer_lands_on_the_cases_form_with_its_points_covered() {
    for (c, plan) in [leerlingenvervoer(), energiehuis(), fietsroutes()] {
        let id = &c.case.id;
        // The model answer is a valid plan.
        let text = samenwerkwijzer::plan::to_string(&plan);
        samenwerkwijzer::plan::from_str(&text, &guide()).expect("valid");
        let aid = rank(&guide(), &plan);
        let best = &aid.forms[0];
        let forms: Vec<&String> = c.case.debrief.iter().flat_map(|p| &p.forms).collect();
        assert!(
            forms.contains(&&best.id),
            "{id}: the form aid puts {} first (scores: {:?}); the debrief expects {forms:?}",
            best.id,
            aid.forms
                .iter()
                .map(|f| (&f.id, f.score))
                .collect::<Vec<_>>()
        );
        assert_eq!(open_points(&c, &plan), Vec::<String>::new(), "{id}");
    }
}

/// A group that falls into the case's trap gets the debrief point from
/// the advice: the points are live for these cases, not decoration.
#[test]
fn the_cases_traps_raise_their_debrief_points() {
    type Trap = (
        fn() -> (LoadedCase, Plan),
        Vec<(&'static str, Answer)>,
        &'static str,
    );
    let traps: Vec<Trap> = vec![
        (
            leerlingenvervoer,
            vec![("doelen.uittreding", no())],
            "uittreden_gr",
        ),
        (
            leerlingenvervoer,
            vec![
                ("doelen.regeling_door", choice("college")),
                ("doelen.toestemming", no()),
            ],
            "geen_toestemming",
        ),
        (
            energiehuis,
            vec![
                ("doelen.vorm", choice("sti")),
                ("doelen.aard", choice("bindend")),
            ],
            "privaat_zonder_motivering",
        ),
        (
            energiehuis,
            vec![("doelen.vorm", choice("ol"))],
            "wgr_met_niet_overheid",
        ),
        (
            energiehuis,
            vec![
                ("doelen.bestuurlijk_belang", yes()),
                ("doelen.financieel_belang", yes()),
            ],
            "verbonden_partij",
        ),
        (
            fietsroutes,
            vec![("inventaris.vorm_genoemd", yes())],
            "vorm_voor_inhoud",
        ),
        (
            fietsroutes,
            vec![("monitoring.evaluatie", no())],
            "geen_evaluatie",
        ),
    ];
    for (build, tweak, rule) in traps {
        let (c, mut plan) = build();
        if rule == "vorm_voor_inhoud" {
            fill_item(
                &mut plan,
                "inventaris.taken",
                "taak-kaart",
                vec![("aanpak", choice("onbekend"))],
            );
        }
        answer(&mut plan, tweak);
        assert!(
            open_points(&c, &plan).iter().any(|r| r == rule),
            "{}: {rule} should fire, fired: {:?}",
            c.case.id,
            open_points(&c, &plan)
        );
    }
}
