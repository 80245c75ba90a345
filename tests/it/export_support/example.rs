//! "Warmte in de regio", the example plan of the golden files.

use std::collections::BTreeMap;

use samenwerkwijzer::plan::{Answer, Plan, YesNo};

use super::{choice, date, item, multi, record, refs, text};

/// "Warmte in de regio": a plan from Zuiderveld with three partners, partly
/// filled in, so that every kind of answer and an open question or two
/// show up in the exports.
pub fn example_plan() -> Plan {
    let created = "2026-09-01T08:30:00Z".parse().expect("timestamp");
    let mut plan = Plan::new("Warmte in de regio", created);
    plan.meta.gemeente = "Zuiderveld".into();
    plan.meta.author = "Fatima el Amrani".into();
    plan.meta.fractie = "Lokaal Zuiderveld".into();
    plan.meta.updated = "2026-11-26T10:00:00Z".parse().expect("timestamp");
    let a = &mut plan.answers;
    let mut set = |id: &str, answer: Answer| {
        a.insert(id.to_string(), answer);
    };

    // Stap 0
    set(
        "opgave.omschrijving",
        text(
            "Woningen in onze regio moeten stap voor stap van het aardgas af.\n\
             Dat vraagt één aanpak voor warmte en isolatie, over de gemeentegrenzen heen.",
        ),
    );
    set("opgave.domein", multi(&["energietransitie", "anders"]));
    set("opgave.domein_anders", text("Wonen"));
    set(
        "opgave.perspectieven",
        multi(&["netwerksamenleving", "tussen_gemeenten"]),
    );
    set("opgave.rol", choice("regisseren"));
    set("opgave.visie", Answer::YesNo(YesNo::Nee));
    set(
        "opgave.kaders",
        text(
            "De bijdrage van Zuiderveld blijft onder € 150.000 per jaar.\n\n\
             Inwoners praten vanaf het begin mee.",
        ),
    );

    // Stap 1
    set(
        "inventaris.taken",
        Answer::List(vec![
            item(
                "i1",
                vec![
                    ("naam", text("Regionaal warmteplan opstellen")),
                    ("aanpak", choice("samen")),
                    ("motieven", multi(&["kwaliteit", "schaal"])),
                    ("alleen", Answer::Scale(2)),
                    ("business_case", Answer::YesNo(YesNo::Ja)),
                    (
                        "toelichting",
                        text("Het college onderzoekt of Oosterdijk ook mee wil doen."),
                    ),
                ],
            ),
            item(
                "i2",
                vec![
                    ("naam", text("Isolatieloket voor inwoners")),
                    ("aanpak", choice("zelf")),
                    ("motieven", multi(&["kosten"])),
                    ("alleen", Answer::Scale(4)),
                    ("business_case", Answer::YesNo(YesNo::Nee)),
                ],
            ),
            item(
                "i3",
                vec![
                    ("naam", text("Warmtenet aanleggen")),
                    ("aanpak", choice("samen")),
                    ("motieven", multi(&["kosten", "kwetsbaarheid", "schaal"])),
                    ("alleen", Answer::Scale(1)),
                    ("business_case", Answer::YesNo(YesNo::WeetNiet)),
                ],
            ),
        ]),
    );
    set("inventaris.wettelijk", Answer::YesNo(YesNo::Nee));
    set("inventaris.vorm_genoemd", Answer::YesNo(YesNo::Ja));

    // Stap 2
    set(
        "partners.lijst",
        Answer::List(vec![
            item(
                "i4",
                vec![
                    ("naam", text("Gemeente Noorderveld")),
                    ("soort", choice("gemeente")),
                    (
                        "inbreng",
                        text(
                            "Kennis van warmtenetten en een projectleider voor twee dagen per week.",
                        ),
                    ),
                    ("taken", refs(&["i1", "i3"])),
                    ("banden", text("Samen in de GR Afvalverwerking")),
                    ("inzet", Answer::Scale(4)),
                    ("trekker", Answer::YesNo(YesNo::Ja)),
                ],
            ),
            item(
                "i5",
                vec![
                    ("naam", text("Woningcorporatie Thuis & Co")),
                    ("soort", choice("woningcorporatie")),
                    (
                        "inbreng",
                        text("Ruim 3.000 huurwoningen in beide gemeenten."),
                    ),
                    ("taken", refs(&["i3"])),
                    ("inzet", Answer::Scale(3)),
                ],
            ),
            item(
                "i6",
                vec![
                    ("naam", text("Energiecoöperatie De Zonnewijk")),
                    ("soort", choice("inwonersinitiatief")),
                    ("taken", refs(&["i1"])),
                ],
            ),
        ]),
    );
    set("partners.ambitie", Answer::Scale(4));
    set("partners.participatie", choice("coproduceren"));

    // Stap 3
    let mut per_partner = BTreeMap::new();
    per_partner.insert(
        "i4".to_string(),
        record(vec![
            ("hetzelfde", Answer::Scale(4)),
            ("zelfde_manier", Answer::Scale(3)),
            (
                "toelichting",
                text("Noorderveld wil sneller starten, maar minder geld bijdragen."),
            ),
        ]),
    );
    per_partner.insert(
        "i5".to_string(),
        record(vec![("hetzelfde", Answer::Scale(3))]),
    );
    set("doelen.per_partner", Answer::PerItem(per_partner));
    set(
        "doelen.doel",
        text(
            "In 2030 zijn in de twee gemeenten samen 2.000 woningen aangesloten op een warmtenet.",
        ),
    );
    set(
        "doelen.voordeel",
        text("Samen kopen we warmte goedkoper in en delen we één team met specialisten."),
    );
    set("doelen.aard", choice("bindend"));
    set("doelen.eigen_organisatie", Answer::YesNo(YesNo::Nee));
    set("doelen.bevoegdheden", choice("mandaat"));
    set("doelen.raadsbevoegdheden", Answer::YesNo(YesNo::Nee));
    set("doelen.taaktype", choice("uitvoering"));
    set("doelen.vorm", choice("cg"));
    set("doelen.regeling_door", choice("college"));
    set("doelen.raad_moment", choice("voor_ontwerp"));
    set("doelen.toestemming", Answer::YesNo(YesNo::Ja));
    set("doelen.zienswijze_ontwerp", Answer::YesNo(YesNo::Ja));
    set("doelen.uittreding", Answer::YesNo(YesNo::Ja));
    set(
        "doelen.uittreding_toelichting",
        text("Uittreden kan met een opzegtermijn van twee jaar."),
    );
    set("doelen.bestuurlijk_belang", Answer::YesNo(YesNo::Ja));
    set("doelen.financieel_belang", Answer::YesNo(YesNo::Ja));

    // Stap 4
    set(
        "monitoring.afspraken",
        Answer::List(vec![
            item(
                "i7",
                vec![
                    ("resultaat", text("Aangesloten woningen")),
                    ("streefwaarde", text("2.000 woningen in 2030")),
                    ("hoe", text("Korte voortgangsrapportage met cijfers")),
                    ("frequentie", choice("halfjaar")),
                    ("aan_wie", text("Raden van Zuiderveld en Noorderveld")),
                    ("door_wie", text("Projectleider warmtenet")),
                    ("eerste_datum", date("2027-03-31")),
                ],
            ),
            item(
                "i8",
                vec![
                    ("resultaat", text("Kosten per aansluiting")),
                    ("streefwaarde", text("Hoogstens € 9.500; liever minder")),
                    ("hoe", text("Financiële paragraaf bij de jaarrekening")),
                    ("frequentie", choice("jaar")),
                    ("aan_wie", text("Raden, via de griffie")),
                    ("door_wie", text("Centrumgemeente Noorderveld")),
                    ("eerste_datum", date("2027-06-15")),
                ],
            ),
            item(
                "i9",
                vec![
                    ("resultaat", text("Tevredenheid van inwoners")),
                    ("frequentie", choice("anders")),
                    ("eerste_datum", date("2027-09-01")),
                ],
            ),
            item(
                "i10",
                vec![
                    ("resultaat", text("CO2-besparing")),
                    ("frequentie", choice("kwartaal")),
                ],
            ),
        ]),
    );
    set(
        "monitoring.pc_momenten",
        multi(&["kaders", "ontwerpbegroting", "jaarrekening"]),
    );
    set("monitoring.zienswijze_besluiten", Answer::YesNo(YesNo::Ja));
    set(
        "monitoring.burgerparticipatie",
        Answer::YesNo(YesNo::WeetNiet),
    );
    set("monitoring.evaluatie", Answer::YesNo(YesNo::Ja));
    set("monitoring.evaluatie_interval", Answer::Number(2));
    set("monitoring.evaluatie_datum", date("2028-10-02"));
    set("monitoring.agenda_afgestemd", Answer::YesNo(YesNo::Nee));
    set(
        "monitoring.betrokkenheid",
        multi(&["informatieprotocol", "rapporteurs"]),
    );
    set("monitoring.risicoprofiel", choice("midden"));

    plan.step = "monitoring".into();
    plan.next_item = 11;
    plan
}
