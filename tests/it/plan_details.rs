//! Whose plan it is (W14): title, gemeente, author, fractie and date are
//! edited in the details dialog (Ctrl-P in a plan, r in the picker) and
//! every export of a plan shows them.

use crate::common;

use std::io::{Cursor, Read};

use common::Harness;
use ratatui::crossterm::event::KeyCode;
use samenwerkwijzer::export::{self, Body, Extras, Format};
use samenwerkwijzer::plan::Plan;

/// Fill the dialog that is open: every field after the title.
fn fill_in(h: &mut Harness, title_extra: &str) {
    h.type_text(title_extra);
    for text in [
        "Gemeente Ommeland",
        "Anne de Vries",
        "Lokaal Belang",
        "01-03-2027",
    ] {
        h.key(KeyCode::Tab);
        h.type_text(text);
    }
    h.key(KeyCode::Enter);
}

fn check_meta(plan: &Plan) {
    let m = &plan.meta;
    assert_eq!(m.title, "Warmte samen");
    assert_eq!(m.gemeente, "Gemeente Ommeland");
    assert_eq!(m.author, "Anne de Vries");
    assert_eq!(m.fractie, "Lokaal Belang");
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2027-03-01"));
}

/// The text of an export: Word's document part, or the text itself.
fn exported(plan: &Plan, format: Format) -> String {
    let guide = samenwerkwijzer::guide::load_embedded().expect("guide");
    let out = export::export(&guide, plan, format, &Extras::default()).expect("exported");
    match out.body {
        Body::Text(text) => text,
        Body::Binary(bytes) => {
            let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
            let mut doc = zip.by_name("word/document.xml").expect("document");
            let mut text = String::new();
            doc.read_to_string(&mut text).expect("utf-8");
            text
        }
    }
}

#[test]
fn details_typed_in_the_plan_are_kept_and_every_export_shows_them() {
    let mut h = Harness::with_plan("Warmte");
    h.ctrl('p');
    fill_in(&mut h, " samen");
    let plan = h.editor().plan.clone();
    check_meta(&plan);
    h.ctrl('s');
    check_meta(&h.saved());
    for format in [Format::Markdown, Format::Html, Format::Docx] {
        let text = exported(&plan, format);
        for shown in [
            "Warmte samen",
            "Gemeente Ommeland",
            "Anne de Vries",
            "Lokaal Belang",
            "1 maart 2027",
        ] {
            assert!(text.contains(shown), "{format:?} lacks {shown:?}");
        }
    }
}

#[test]
fn a_wrong_date_keeps_the_dialog_open_on_the_date() {
    let mut h = Harness::with_plan("Warmte");
    h.ctrl('p');
    for _ in 0..4 {
        h.key(KeyCode::Tab);
    }
    h.type_text("31-02-2027");
    h.key(KeyCode::Enter);
    assert!(!h.app.overlays.is_empty(), "still open");
    assert!(h.app.message.as_ref().is_some_and(|m| m.is_error));
    assert_eq!(h.editor().plan.meta.date, None);
}

#[test]
fn details_edited_from_the_picker_are_written_to_the_file() {
    let mut h = Harness::with_plan("Warmte");
    let path = h.editor().path.clone();
    h.ctrl('o');
    h.key(KeyCode::Char('r'));
    fill_in(&mut h, " samen");
    let plan = samenwerkwijzer::store::load(&path, &h.app.guide)
        .expect("loads")
        .plan;
    check_meta(&plan);
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("Warmte samen"),
        "the list shows the new title:\n{screen}"
    );
}

#[test]
fn the_calendar_says_whose_plan_its_dates_come_from() {
    let mut h = Harness::example();
    h.ctrl('p');
    for _ in 0..3 {
        h.key(KeyCode::Tab);
    }
    h.type_text("Lokaal Belang");
    h.key(KeyCode::Enter);
    let plan = h.editor().plan.clone();
    // Unfold the lines and drop the escapes of iCalendar text.
    let ics = exported(&plan, Format::Calendar)
        .replace("\r\n ", "")
        .replace('\\', "");
    let who = format!(
        "van {}, {}, Lokaal Belang.",
        plan.meta.gemeente, plan.meta.author
    );
    assert!(ics.contains(&who), "{who} in:\n{ics}");
}
