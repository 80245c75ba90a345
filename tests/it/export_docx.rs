//! The Word export, unzipped: its XML parts are well-formed, the headings
//! use Word's heading styles (so a table of contents works), the title
//! block and the summary table are there, open questions are not, and the
//! language is Dutch.

use std::io::{Cursor, Read};

use crate::export_support;

use export_support::{example_plan, guide, hostile_plan};
use samenwerkwijzer::export::{self, Extras, Report};

/// The parts of a .docx by name.
fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip package");
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).expect("entry");
            let mut text = String::new();
            file.read_to_string(&mut text).expect("utf-8 XML");
            (file.name().to_string(), text)
        })
        .collect()
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    parts
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, t)| t.as_str())
        .unwrap_or_else(|| panic!("no {name}"))
}

/// Parse `xml` to the end; panics on the first error.
fn assert_well_formed(name: &str, xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!(
                "{name} is not well-formed at {}: {e}",
                reader.buffer_position()
            ),
        }
    }
}

/// The text of every `<w:t>` in `document`, one string per paragraph.
fn paragraphs(document: &str) -> Vec<String> {
    document
        .split("</w:p>")
        .map(|p| {
            let mut text = String::new();
            let mut rest = p;
            // "<w:t>" or "<w:t xml:space=…>", not "<w:tbl>" or "<w:tc>".
            while let Some(start) = [rest.find("<w:t>"), rest.find("<w:t ")]
                .into_iter()
                .flatten()
                .min()
            {
                let after = &rest[start..];
                let Some(open_end) = after.find('>') else {
                    break;
                };
                let body = &after[open_end + 1..];
                let Some(close) = body.find("</w:t>") else {
                    break;
                };
                text.push_str(&body[..close]);
                rest = &body[close..];
            }
            text
        })
        .collect()
}

fn example_docx() -> Vec<(String, String)> {
    let extras = Extras {
        report: Report::from_advice(&guide(), &example_plan()),
        ..Extras::default()
    };
    unzip(&export::docx(&guide(), &example_plan(), &extras).expect("a docx"))
}

#[test]
fn every_part_is_well_formed_xml() {
    let parts = example_docx();
    for (name, xml) in &parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            assert_well_formed(name, xml);
        }
    }
    for name in [
        "[Content_Types].xml",
        "word/document.xml",
        "word/styles.xml",
        "docProps/core.xml",
    ] {
        part(&parts, name);
    }
}

#[test]
fn headings_use_the_word_heading_styles() {
    let parts = example_docx();
    let styles = part(&parts, "word/styles.xml");
    for level in 1..=4 {
        let at = styles
            .find(&format!("w:styleId=\"Heading{level}\""))
            .unwrap_or_else(|| panic!("no Heading{level} style"));
        let style = &styles[at..at + styles[at..].find("</w:style>").expect("style ends")];
        assert!(
            style.contains(&format!("<w:name w:val=\"heading {level}\" />")),
            "{style}"
        );
        assert!(
            style.contains(&format!("<w:outlineLvl w:val=\"{}\" />", level - 1)),
            "{style}"
        );
        assert!(
            style.contains("<w:keepNext />"),
            "a heading keeps with its text"
        );
    }
    let document = part(&parts, "word/document.xml");
    let headings: Vec<&str> = document
        .split("<w:pStyle w:val=\"Heading1\" />")
        .skip(1)
        .map(|rest| rest.split("</w:p>").next().unwrap_or_default())
        .collect();
    let names: Vec<String> = headings.iter().map(|h| paragraphs(h).concat()).collect();
    assert_eq!(
        names,
        [
            "Samenvatting",
            "Het plan stap voor stap",
            "Advies",
            "Nog open",
            "Bronnen"
        ]
    );
    for step in &guide().steps {
        assert!(
            document.contains(&format!(
                "<w:pPr><w:pStyle w:val=\"Heading2\" /></w:pPr><w:r><w:rPr /><w:t xml:space=\"preserve\">{}</w:t>",
                step.title
            )),
            "{}",
            step.title
        );
    }
    // The steps and the advice start a new page.
    assert_eq!(document.matches("<w:pageBreakBefore />").count(), 2);
}

#[test]
fn the_title_block_and_the_summary_table_are_there() {
    let parts = example_docx();
    let document = part(&parts, "word/document.xml");
    let text = paragraphs(document);
    let first = |s: &str| {
        text.iter()
            .position(|p| p == s)
            .unwrap_or_else(|| panic!("no {s:?}"))
    };
    assert!(first("Notitie") < first("Warmte in de regio"));
    for (label, value) in [
        ("Gemeente", "Zuiderveld"),
        ("Fractie", "Lokaal Zuiderveld"),
        ("Opgesteld door", "Fatima el Amrani"),
        ("Datum", "26 november 2026"),
    ] {
        assert_eq!(first(value), first(label) + 1, "{label} then its value");
    }
    assert!(first("Fatima el Amrani") < first("Samenvatting"));
    // The raad's moments are a table, with a header row and a date.
    let tables: Vec<&str> = document.split("<w:tbl>").skip(1).collect();
    let raad = tables
        .iter()
        .find(|t| t.contains("Wat de raad doet"))
        .expect("a table of raad moments");
    let cells = paragraphs(raad.split("</w:tbl>").next().unwrap_or_default());
    assert!(cells.starts_with(&["Wat de raad doet".into(), "Datum".into(), "Stand".into()]));
    assert!(cells.contains(&"02-10-2028".to_string()), "{cells:?}");
    assert!(
        tables
            .iter()
            .any(|t| t.contains("Taak die de gemeente samen doet")),
        "a table of tasks and partners"
    );
    assert!(first("Wat de raad doet") < first("Het plan stap voor stap"));
}

#[test]
fn open_questions_are_not_printed_and_the_language_is_dutch() {
    let parts = example_docx();
    let document = part(&parts, "word/document.xml");
    assert!(!document.contains("nog niet ingevuld"));
    assert!(document.contains("Nog open"));
    let styles = part(&parts, "word/styles.xml");
    let defaults = &styles[styles.find("<w:rPrDefault>").expect("run defaults")..];
    let defaults = &defaults[..defaults.find("</w:rPrDefault>").expect("end")];
    assert!(defaults.contains("<w:lang w:val=\"nl-NL\""), "{defaults}");
    let core = part(&parts, "docProps/core.xml");
    assert!(core.contains("<dc:language>nl-NL</dc:language>"), "{core}");
    assert!(core.contains("<dc:title>Warmte in de regio</dc:title>"));
    assert!(core.contains("<dc:creator>Fatima el Amrani</dc:creator>"));
}

#[test]
fn hostile_text_stays_text_in_word() {
    let g = guide();
    let plan = hostile_plan(&g);
    let mut plan_with_controls = plan.clone();
    plan_with_controls.meta.title = "Titel\u{0}met\u{7}tekens <b>".into();
    for plan in [plan, plan_with_controls] {
        let parts = unzip(&export::docx(&g, &plan, &Extras::default()).expect("a docx"));
        for (name, xml) in &parts {
            if name.ends_with(".xml") {
                assert_well_formed(name, xml);
            }
        }
        let document = part(&parts, "word/document.xml");
        assert!(!document.contains("<script"), "escaped, not markup");
        assert!(document.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
