//! Every export format on the example plan, pinned as golden files, plus
//! the promises of the HTML: self-contained, printable, readable on a phone.

use crate::export_support;

use export_support::{example_plan, guide};
use insta::assert_snapshot;
use samenwerkwijzer::export::{
    self, Export, Extras, Finding, FormNote, Format, Level, RaadMoment, Report, ScanLine,
};

fn extras() -> Extras {
    Extras::default()
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
    assert_snapshot!(tag_lines(&export::worksheet_html(&guide())));
}

#[test]
fn worksheet_markdown() {
    assert_snapshot!(export::worksheet_markdown(&guide()));
}

#[test]
fn plan_calendar() {
    let out = export::calendar(&guide(), &example_plan());
    assert_snapshot!(visible_crlf(&out.text));
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
fn export_dispatches_on_the_format() {
    let (g, p) = (guide(), example_plan());
    for format in Format::ALL {
        let Export { text, notes } = export::export(&g, &p, format, &extras());
        let expected = match format {
            Format::Markdown => export::markdown(&g, &p, &extras()),
            Format::Html => export::html(&g, &p, &extras()),
            Format::Worksheet => export::worksheet_html(&g),
            Format::WorksheetMarkdown => export::worksheet_markdown(&g),
            Format::Calendar => export::calendar(&g, &p).text,
        };
        assert_eq!(text, expected, "{format:?}");
        assert_eq!(notes.is_empty(), format != Format::Calendar, "{format:?}");
    }
}

#[test]
fn html_is_self_contained() {
    let g = guide();
    for page in [
        export::html(&g, &example_plan(), &extras()),
        export::worksheet_html(&g),
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
fn html_prints_each_step_on_a_new_a4_page_and_narrows_for_phones() {
    let page = export::html(&guide(), &example_plan(), &extras());
    assert!(page.contains("@page { size: A4;"));
    let print = &page[page.find("@media print").expect("print styles")..];
    assert!(print.contains(".step { break-before: page;"));
    assert!(page.contains("@media (max-width: 36rem)"));
    assert_eq!(
        page.matches("<section class=\"step\" id=\"stap-").count(),
        guide().steps.len(),
        "one page-breaking section per step"
    );
}

#[test]
fn markdown_and_html_show_every_step_and_open_questions() {
    let (g, p) = (guide(), example_plan());
    let md = export::markdown(&g, &p, &extras());
    let html = export::html(&g, &p, &extras());
    for step in &g.steps {
        assert!(md.contains(&format!("## {}", step.title)), "{}", step.title);
        assert!(html.contains(&format!("<h2>{}</h2>", step.title)));
    }
    // Answers are shown as labels, dates the Dutch way, open ones as open.
    assert!(md.contains("Regisseren: partijen samenbrengen en sturen"));
    assert!(md.contains("02\\-10\\-2028") || md.contains("02-10-2028"));
    assert!(md.contains("*(nog niet ingevuld)*"));
    assert!(html.contains("<p class=\"open\">(nog niet ingevuld, niet verplicht)</p>"));
    // A question whose condition does not hold is left out.
    assert!(!md.contains("Waarom is een privaatrechtelijke vorm"));
    // Per-partner answers sit under each partner.
    assert!(md.contains("#### Partner: Woningcorporatie Thuis & Co"));
}

fn full_report() -> Report {
    Report {
        findings: vec![
            Finding {
                step: None,
                level: Level::Warning,
                title: "Er is nog geen visie op samenwerken.".into(),
                text: "Stel eerst de kaders vast.".into(),
            },
            Finding {
                step: Some(3),
                level: Level::Hint,
                title: "Bespreek de verschillen met Noorderveld.".into(),
                text: String::new(),
            },
        ],
        self_scan: vec![ScanLine {
            step: 2,
            label: "Partners met een trekker".into(),
            outcome: "1 van 3".into(),
        }],
        legal_forms: vec![FormNote {
            form: "Centrumgemeente".into(),
            fit: "past goed".into(),
            points: vec!["De raad kan het mandaat intrekken.".into()],
        }],
        legal_forms_note: "Een hulpmiddel bij het gesprek, geen juridisch advies.".into(),
        raad_moments: vec![RaadMoment {
            when: "Elk voorjaar".into(),
            what: "Kaders voor de begroting meegeven".into(),
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
        "Belangrijkste aandachtspunten",
        "Er is nog geen visie op samenwerken.",
        "Aandachtspunten bij deze stap",
        "Zelfscan",
        "Partners met een trekker",
        "Overwegingen bij de vorm van samenwerking",
        "De raad kan het mandaat intrekken.",
        "geen juridisch advies",
        "Wanneer de raad aan zet is",
        "15-04-2027",
    ] {
        assert!(md.contains(text), "markdown lacks {text:?}");
        assert!(html.contains(text), "html lacks {text:?}");
    }
    assert!(md.contains("- **Let op:** Er is nog geen visie op samenwerken. Stel eerst"));
    // A step's findings and self-scan sit in that step, before the next one.
    let step3 = md.find("## Stap 3").expect("step 3");
    let step4 = md.find("## Stap 4").expect("step 4");
    let hint = md.find("Bespreek de verschillen").expect("hint");
    assert!(step3 < hint && hint < step4);
    let scan = md.find("Partners met een trekker").expect("scan");
    assert!(md.find("## Stap 2").expect("step 2") < scan && scan < step3);
}

#[test]
fn without_advice_no_advice_headings_appear() {
    let (g, p) = (guide(), example_plan());
    let md = export::markdown(&g, &p, &extras());
    let html = export::html(&g, &p, &extras());
    for heading in ["Aandachtspunten", "Zelfscan", "Overwegingen", "aan zet"] {
        assert!(
            !md.contains(heading) && !html.contains(heading),
            "{heading}"
        );
    }
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
    assert!(
        report
            .legal_forms
            .iter()
            .any(|f| f.fit.contains("overwogen")),
        "the chosen form is marked"
    );
    assert!(!report.raad_moments.is_empty());
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
}
