//! Worksheets come from the guide data: an adapted guide prints an adapted
//! worksheet.

use samenwerkwijzer::export::{self, SheetHeading};
use samenwerkwijzer::guide::{load_dir, load_embedded};

const GUIDE: &str = r#"(
    title: "Werkplaats jeugdzorg",
    intro: "Een korte gids voor de training van 12 maart.",
    steps: ["een.ron"],
)"#;

const STEP: &str = r#"(
    id: "start",
    title: "Stap 1 — Waar staan we?",
    short_title: "Start",
    intro: "Kijk eerst naar de jeugdzorg in uw eigen gemeente.",
    questions: [
        (
            id: "start.zorgen",
            label: "Wat is uw grootste zorg?",
            help: "Noem één zorg die u in de raad vaak hoort.",
            example: "Lange wachtlijsten",
            kind: ShortText,
            raad: [Volksvertegenwoordigend],
        ),
        (
            id: "start.regio",
            label: "Werkt uw gemeente al samen in de regio?",
            help: "Denk aan inkoop van jeugdzorg.",
            kind: YesNo,
        ),
        (
            id: "start.hoe",
            label: "Hoe tevreden bent u over die samenwerking?",
            help: "Uw eigen indruk is genoeg.",
            kind: Scale(low: "Ontevreden", high: "Zeer tevreden"),
            optional: true,
            show_if: Some((question: "start.regio", any_of: ["ja"])),
        ),
        (
            id: "start.aanbieders",
            label: "Met welke aanbieders werkt u?",
            help: "Alleen de grootste.",
            kind: List(
                item: "aanbieder",
                title_field: "naam",
                fields: [
                    (id: "naam", label: "Naam van de aanbieder", help: "Zoals bekend.", kind: ShortText),
                    (
                        id: "soort",
                        label: "Wat voor zorg?",
                        help: "Kies de hoofdsoort.",
                        kind: Choice([(id: "ambulant", label: "Ambulant"), (id: "verblijf", label: "Verblijf")]),
                    ),
                ],
            ),
        ),
        (
            id: "start.wachttijd",
            label: "Hoeveel weken is de wachttijd?",
            help: "Een schatting is goed.",
            kind: Number(min: 0, max: 52, unit: "weken"),
        ),
    ],
)"#;

fn adapted() -> samenwerkwijzer::guide::Guide {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("guide.ron"), GUIDE).expect("write guide");
    std::fs::write(dir.path().join("een.ron"), STEP).expect("write step");
    load_dir(dir.path()).expect("adapted guide loads")
}

#[test]
fn an_adapted_guide_prints_an_adapted_html_worksheet() {
    let page = export::worksheet_html(&adapted(), &SheetHeading::default());
    for text in [
        "<h1>Werkplaats jeugdzorg</h1>",
        "Een korte gids voor de training van 12 maart.",
        "Stap 1 — Waar staan we?",
        "<span class=\"number\">Vraag 1</span>Wat is uw grootste zorg?",
        "Rol van de raad: volksvertegenwoordigend",
        "Bijvoorbeeld: Lange wachtlijsten",
        "<li><span class=\"box\"></span>Weet ik niet</li>",
        "Alleen invullen als het antwoord op &quot;Werkt uw gemeente al samen in de regio?&quot; is: Ja.",
        "1 = Ontevreden, 5 = Zeer tevreden",
        "niet verplicht",
        "Vul per aanbieder de vragen hieronder in.",
        "<h4>Aanbieder 3</h4>",
        "<li><span class=\"box\"></span>Verblijf</li>",
        "Een heel getal van 0 tot en met 52 (weken)",
    ] {
        assert!(page.contains(text), "worksheet lacks {text:?}");
    }
    assert!(!page.contains("Aanbieder 4"), "three blank items");
    let embedded = load_embedded().expect("embedded");
    assert!(!page.contains(&embedded.steps[0].questions[0].label));
    assert_eq!(page.matches("<section class=\"step\"").count(), 1);
}

#[test]
fn an_adapted_guide_prints_an_adapted_markdown_worksheet() {
    let md = export::worksheet_markdown(&adapted(), &SheetHeading::default());
    assert!(md.starts_with("# Werkplaats jeugdzorg\n\n*Werkblad*\n"));
    for text in [
        "## Stap 1 — Waar staan we?",
        "### Vraag 1. Wat is uw grootste zorg?",
        "- ☐ Ja\n- ☐ Nee\n- ☐ Weet ik niet",
        "☐ 1    ☐ 2    ☐ 3    ☐ 4    ☐ 5",
        "#### Aanbieder 2",
        "**Wat voor zorg?**",
        "Een heel getal van 0 tot en met 52 (weken): ……",
    ] {
        assert!(md.contains(text), "worksheet lacks {text:?}");
    }
    // Field help is printed with the first blank item only.
    assert_eq!(md.matches("Kies de hoofdsoort.").count(), 1);
}

#[test]
fn every_question_of_the_guide_is_on_the_worksheet() {
    let guide = load_embedded().expect("embedded");
    let page = export::worksheet_html(&guide, &SheetHeading::default());
    for q in guide.questions() {
        assert!(page.contains(&q.label), "{}", q.id);
        for f in q.kind.fields() {
            assert!(page.contains(&f.label), "{}.{}", q.id, f.id);
        }
    }
    let md = export::worksheet_markdown(&guide, &SheetHeading::default());
    assert_eq!(
        md.matches("\n### Vraag ").count(),
        guide.questions().count()
    );
}

#[test]
fn the_title_block_takes_what_the_caller_fills_in() {
    let heading = SheetHeading {
        title: Some("Casus: Afval in de regio".into()),
        gemeente: "Westland".into(),
        rows: vec![("Groep".into(), "Tafel 3".into())],
        ..SheetHeading::default()
    };
    let page = export::worksheet_html(&adapted(), &heading);
    assert!(page.contains("<h1>Casus: Afval in de regio</h1>"));
    assert!(page.contains("<th scope=\"row\">Gemeente</th><td>Westland</td>"));
    assert!(page.contains("<th scope=\"row\">Fractie</th><td class=\"write\"></td>"));
    assert!(page.contains("<th scope=\"row\">Groep</th><td>Tafel 3</td>"));
    let md = export::worksheet_markdown(&adapted(), &heading);
    assert!(md.starts_with("# Casus: Afval in de regio\n\n*Werkblad*\n"));
    assert!(md.contains("- **Gemeente:** Westland\n- **Fractie:** ……"));
    assert!(md.contains("- **Groep:** Tafel 3"));
    // Without a gemeente, a line to write on.
    let blank = export::worksheet_markdown(&adapted(), &SheetHeading::default());
    assert!(blank.contains("- **Gemeente:** ……"));
}
