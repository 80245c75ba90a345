//! Every export format on the example plan, pinned as golden files, plus
//! the promises of the notitie: a title block, a summary first, answers
//! only (open questions once, at the end), the advice in one part, and an
//! HTML page that is self-contained, prints on A4 and reads on a phone.

use crate::export_support;

use export_support::{example_plan, guide};
use insta::assert_snapshot;
use samenwerkwijzer::export::{
    self, Body, Extras, Finding, FormNote, Format, Level, MomentStatus, RaadMoment, Report,
    ScanLine, SheetHeading,
};

/// The extras of a real export: the advice on the example plan.
fn extras() -> Extras {
    Extras {
        report: Report::from_advice(&guide(), &example_plan()),
        ..Extras::default()
    }
}

/// One tag per line, so the golden file can be read and diffed. Escaped
/// user text holds no "><", so only tags are split.
fn tag_lines(page: &str) -> String {
    page.replace("><", ">\n<")
}

/// CRLF made visible, so the golden file shows the line ends the RFC wants.
fn visible_crlf(text: &str) -> String {
    text.replace("\r\n", "␍\n")
}

#[test]
fn plan_markdown() {
    assert_snapshot!(export::markdown(&guide(), &example_plan(), &extras()));
}

#[test]
fn plan_html() {
    assert_snapshot!(tag_lines(&export::html(
        &guide(),
        &example_plan(),
        &extras()
    )));
}

#[test]
fn worksheet_html() {
    assert_snapshot!(tag_lines(&export::worksheet_html(
        &guide(),
        &SheetHeading::default()
    )));
}

#[test]
fn worksheet_markdown() {
    assert_snapshot!(export::worksheet_markdown(
        &guide(),
        &SheetHeading::default()
    ));
}

#[test]
fn plan_calendar() {
    let out = export::calendar(&guide(), &example_plan()).expect("a calendar");
    assert_snapshot!(visible_crlf(out.as_text().expect("text")));
    assert_eq!(
        out.notes,
        vec![
            "Afspraak \"CO2-besparing\" heeft nog geen datum voor de eerste rapportage \
             en staat niet in de agenda."
                .to_string()
        ]
    );
}

#[test]
fn every_format_gives_what_its_name_promises() {
    let (g, p) = (guide(), example_plan());
    for &format in Format::all() {
        let out = export::export(&g, &p, format, &extras()).expect("exports");
        let bytes = out.bytes();
        let starts = |prefix: &[u8]| bytes.starts_with(prefix);
        let ok = match format {
            Format::Html | Format::Worksheet => starts(b"<!DOCTYPE html>"),
            Format::Markdown | Format::WorksheetMarkdown => starts(b"# "),
            Format::Docx => starts(b"PK\x03\x04"),
            Format::Calendar => starts(b"BEGIN:VCALENDAR\r\n"),
        };
        assert!(ok, "{format:?} starts with {:?}", &bytes[..8]);
        assert_eq!(
            matches!(out.body, Body::Binary(_)),
            format.is_binary(),
            "{format:?}"
        );
        let text = out.as_text().map(str::to_string).unwrap_or_default();
        assert_eq!(
            text.contains("Werkblad"),
            !format.needs_plan(),
            "{format:?}: only worksheets say Werkblad"
        );
    }
}

#[test]
fn html_is_self_contained() {
    let g = guide();
    for page in [
        export::html(&g, &example_plan(), &extras()),
        export::worksheet_html(&g, &SheetHeading::default()),
    ] {
        for forbidden in ["http", "<script", "src=", "<link", "@import", "url(", "//"] {
            assert!(!page.contains(forbidden), "found {forbidden:?}");
        }
        assert!(
            page.starts_with("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">")
        );
        assert!(
            page.contains(
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            )
        );
        assert!(page.contains("<style>"));
    }
}

#[test]
fn html_prints_the_summary_on_page_one_and_keeps_headings_with_their_text() {
    let page = export::html(&guide(), &example_plan(), &extras());
    assert!(page.contains("@page { size: A4;"));
    let print = &page[page.find("@media print").expect("print styles")..];
    assert!(print.contains(".part.new-page { break-before: page;"));
    assert!(print.contains("h2, h3, h4, h5, .help, .field .label { break-after: avoid; }"));
    assert!(
        print.contains("li, tr,"),
        "list items and rows do not split"
    );
    // The title block and the summary come first; the steps and the
    // advice each start a page.
    let at = |s: &str| page.find(s).unwrap_or_else(|| panic!("no {s:?}"));
    assert!(
        at("<table class=\"titleblock\">") < at("<section class=\"part\" id=\"samenvatting\">")
    );
    assert!(at("id=\"samenvatting\"") < at("<section class=\"part new-page\" id=\"stappen\">"));
    assert!(at("id=\"stappen\"") < at("<section class=\"part new-page\" id=\"advies\">"));
    assert!(page.contains("@media (max-width: 36rem)"));
}

#[test]
fn the_title_block_says_whose_plan_it_is() {
    let (g, p) = (guide(), example_plan());
    let md = export::markdown(&g, &p, &extras());
    let html = export::html(&g, &p, &extras());
    for (label, value) in [
        ("Gemeente", "Zuiderveld"),
        ("Fractie", "Lokaal Zuiderveld"),
        ("Opgesteld door", "Fatima el Amrani"),
        ("Datum", "26 november 2026"),
    ] {
        assert!(md.contains(&format!("- **{label}:** {value}\n")), "{label}");
        assert!(
            html.contains(&format!("<th scope=\"row\">{label}</th><td>{value}</td>")),
            "{label}"
        );
    }
    assert!(md.starts_with("# Warmte in de regio\n\n*Notitie*\n"));
    assert!(md.contains("- **Versie:** stand van 26-11-2026 10:00; "));
    // What the plan does not say is left out, not shown empty.
    let mut anonymous = example_plan();
    anonymous.meta.fractie.clear();
    let md = export::markdown(&g, &anonymous, &extras());
    assert!(!md.contains("Fractie"));
}

#[test]
fn the_summary_comes_first_and_says_what_a_griffier_asks() {
    let (g, p) = (guide(), example_plan());
    let md = export::markdown(&g, &p, &extras());
    let summary = &md[md.find("## Samenvatting").expect("summary")
        ..md.find("## Het plan stap voor stap").expect("steps")];
    for text in [
        "### De opgave",
        "Woningen in onze regio moeten stap voor stap van het aardgas af.",
        "### Wat de gemeente samen doet, en met wie",
        "- **Regionaal warmteplan opstellen** — ",
        "**Partners:** ",
        "### De vorm die wordt overwogen",
        "**Centrumgemeente** — ",
        "**Voor:**",
        "**Tegen:**",
        "*En 3 meer in het deel Advies.*",
        "### Wat de raad besluit, en wanneer",
        "*Wat de raad doet — Datum — Stand*",
        "- **Evaluatie van de samenwerking** — 02-10-2028 — Gepland",
        "- **Rapportage: Aangesloten woningen** — 31-03-2027 — Gepland",
        // W30: a rhythm without a date or a who is described, not planned.
        "- **Rapportage: CO2-besparing** — nog geen datum — Beschreven",
        "### Belangrijkste aandachtspunten",
    ] {
        assert!(summary.contains(text), "the summary lacks {text:?}");
    }
    let findings = summary
        .lines()
        .filter(|l| l.starts_with("- **Let op:**") || l.starts_with("- **Tip:**"))
        .count();
    assert!((1..=5).contains(&findings), "{findings} findings");
}

#[test]
fn open_questions_are_listed_once_at_the_end_unless_all_are_asked() {
    let (g, p) = (guide(), example_plan());
    let md = export::markdown(&g, &p, &extras());
    assert!(
        !md.contains("nog niet ingevuld"),
        "W23: no questionnaire blanks"
    );
    let open = md.find("## Nog open").expect("an open part");
    assert!(open > md.find("## Advies").expect("advice"));
    // An answered question is in its step; an open one only under Nog open.
    assert!(md.contains("**Welke rol kiest de gemeente bij deze opgave?** Regisseren"));
    let all = Extras {
        all_questions: true,
        ..extras()
    };
    let md_all = export::markdown(&g, &p, &all);
    assert!(md_all.contains("*(nog niet ingevuld)*"));
    assert!(md_all.contains("*(nog niet ingevuld, niet verplicht)*"));
    assert!(!md_all.contains("## Nog open"), "shown in place instead");
    let html = export::html(&g, &p, &extras());
    assert!(!html.contains("nog niet ingevuld"));
    // A question whose condition does not hold is left out altogether.
    assert!(!md_all.contains("Waarom is een privaatrechtelijke vorm"));
    // Per-partner answers sit under each partner.
    assert!(md.contains("##### Partner: Woningcorporatie Thuis & Co"));
}

#[test]
fn the_advice_is_in_one_part_with_its_sources() {
    let (g, p) = (guide(), example_plan());
    let md = export::markdown(&g, &p, &extras());
    let steps = md.find("## Het plan stap voor stap").expect("steps");
    let advice = md.find("## Advies").expect("advice");
    assert!(steps < advice);
    // No finding inside the steps.
    assert!(!md[steps..advice].contains("**Let op:**"));
    assert!(md[advice..].contains("(Bron: "));
    let sources = &md[md.find("## Bronnen").expect("sources")..];
    assert!(sources.contains("- De vragen volgen de gids \"Samenwerken: de raadgever"));
}

fn full_report() -> Report {
    Report {
        findings: vec![
            Finding {
                step: None,
                level: Level::Warning,
                title: "Er is nog geen visie op samenwerken.".into(),
                text: "Stel eerst de kaders vast.".into(),
                source: "Gemeentewet art. 160".into(),
            },
            Finding {
                step: Some(3),
                level: Level::Hint,
                title: "Bespreek de verschillen met Noorderveld.".into(),
                text: String::new(),
                source: String::new(),
            },
        ],
        self_scan: vec![ScanLine {
            step: 2,
            label: "Stand".into(),
            outcome: "oranje, 1 van 3".into(),
        }],
        legal_forms: vec![FormNote {
            form: "Centrumgemeente".into(),
            fit: "past goed".into(),
            chosen: true,
            points_for: vec!["De raad kan het mandaat intrekken.".into()],
            points_against: vec!["Geen rechtspersoon.".into()],
            raad_instruments: vec!["Toestemming".into()],
        }],
        legal_forms_note: "Een hulpmiddel bij het gesprek, geen juridisch advies.".into(),
        raad_moments: vec![RaadMoment {
            title: "Kaders voor de begroting".into(),
            detail: "Elk voorjaar.".into(),
            status: MomentStatus::NotPlanned,
            date: Some("2027-04-15".parse().expect("date")),
        }],
    }
}

#[test]
fn advice_sections_show_when_there_is_advice() {
    let (g, p) = (guide(), example_plan());
    let extras = Extras {
        report: full_report(),
        ..Extras::default()
    };
    let md = export::markdown(&g, &p, &extras);
    let html = export::html(&g, &p, &extras);
    for text in [
        "Het hele plan",
        "Er is nog geen visie op samenwerken.",
        "Aandachtspunten per stap",
        "Zelfscan: oranje, 1 van 3",
        "Overwegingen bij de vorm van samenwerking",
        "De raad kan het mandaat intrekken.",
        "Geen rechtspersoon.",
        "geen juridisch advies",
        "Wanneer de raad aan zet is",
        "15-04-2027",
        "Nog niet gepland",
        "(Bron: Gemeentewet art. 160)",
    ] {
        assert!(md.contains(text), "markdown lacks {text:?}");
        assert!(html.contains(text), "html lacks {text:?}");
    }
    assert!(md.contains(
        "- **Let op:** Er is nog geen visie op samenwerken. Stel eerst de kaders vast. \
         (Bron: Gemeentewet art. 160)"
    ));
    // A step's findings sit under that step in the advice part.
    let advice = md.find("## Advies").expect("advice");
    let step3 = advice + md[advice..].find("#### Stap 3").expect("step 3");
    let hint = advice + md[advice..].find("Bespreek de verschillen").expect("hint");
    assert!(step3 < hint);
    // Sources are listed once.
    let sources = &md[md.find("## Bronnen").expect("sources")..];
    assert_eq!(sources.matches("Gemeentewet art. 160").count(), 1);
}

#[test]
fn without_advice_no_advice_headings_appear() {
    let (g, p) = (guide(), example_plan());
    let md = export::markdown(&g, &p, &Extras::default());
    let html = export::html(&g, &p, &Extras::default());
    for heading in [
        "Aandachtspunten",
        "Zelfscan",
        "Overwegingen",
        "aan zet",
        "## Advies",
    ] {
        assert!(
            !md.contains(heading) && !html.contains(heading),
            "{heading}"
        );
    }
}

#[test]
fn markdown_has_no_hard_line_breaks() {
    // W22: "…2021):\" and "\- De kosten…" in the December walkthrough.
    let (g, mut p) = (guide(), example_plan());
    p.answers.insert(
        "opgave.kaders".into(),
        samenwerkwijzer::plan::Answer::Text(
            "Wat we in 2021 afspraken (raadsbesluit 2021):\n- De kosten delen we\n- De baten ook"
                .into(),
        ),
    );
    let md = export::markdown(&g, &p, &extras());
    assert!(!md.contains("\\\n"), "no backslash line ends");
    assert!(!md.contains("\\- De kosten"));
    assert!(md.contains("(raadsbesluit 2021):\n\n- De kosten delen we\n- De baten ook\n"));
}

#[test]
fn the_example_plan_exports_with_its_advice() {
    let g = guide();
    let plan =
        samenwerkwijzer::plan::from_str(include_str!("../../assets/examples/voorbeeld.ron"), &g)
            .expect("example plan")
            .plan;
    let report = Report::from_advice(&g, &plan);
    // A well-prepared example: a real open point and a few tips (L10).
    let warnings = report
        .findings
        .iter()
        .filter(|f| f.level == Level::Warning)
        .count();
    assert!(warnings >= 1 && report.findings.len() >= 4, "{report:?}");
    assert_eq!(report.self_scan.len(), g.steps.len(), "a light per step");
    assert_eq!(
        report.legal_forms.len(),
        10,
        "the example answers steer the ranking"
    );
    assert!(
        report.legal_forms_note.contains("geen juridisch advies"),
        "{}",
        report.legal_forms_note
    );
    assert_eq!(
        report.legal_forms.iter().filter(|f| f.chosen).count(),
        1,
        "the chosen form is marked"
    );
    assert!(!report.raad_moments.is_empty());
    assert!(report.findings.iter().all(|f| !f.source.is_empty()));
    let extras = Extras {
        report,
        ..Extras::default()
    };
    let md = export::markdown(&g, &plan, &extras);
    assert!(md.contains("**Let op:**") && md.contains("**Tip:**"));
    // Exactly the points resting on unverified facts carry the doubt label.
    let aid = samenwerkwijzer::advice::forms::rank(&g, &plan);
    let uncertain = aid
        .forms
        .iter()
        .flat_map(|f| f.reasons_for.iter().chain(&f.reasons_against))
        .any(|r| r.uncertain);
    assert_eq!(md.contains("(niet zeker, ga dit na)"), uncertain);
}

#[test]
fn an_empty_plan_has_no_legal_form_ranking_to_show() {
    let g = guide();
    let plan = samenwerkwijzer::plan::Plan::new("Leeg", jiff::Timestamp::UNIX_EPOCH);
    let report = Report::from_advice(&g, &plan);
    assert!(report.findings.is_empty());
    assert!(
        report.legal_forms.is_empty(),
        "ten equal forms would suggest a judgement"
    );
    // The summary still reads: it says plainly what the plan does not say.
    let md = export::markdown(
        &g,
        &plan,
        &Extras {
            report,
            ..Extras::default()
        },
    );
    assert!(
        md.contains("## Samenvatting\n\n### De opgave\n\n*Het plan zegt hier nog niets over.*")
    );
    assert!(md.contains("*In deze stap is nog niets ingevuld.*"));
}
