//! A plan saved in format 2 (before issue 9 split the visie and nota
//! question and added questions) opens, validates and exports unchanged
//! in meaning, and is rewritten only at its next save, with its old file
//! kept in the history.
//!
//! The fixture is the example plan as it was on `main` in format 2.

use crate::advice_support;
use crate::common;

use std::collections::BTreeMap;

use advice_support::guide;
use common::Harness;
use ratatui::crossterm::event::KeyCode;
use samenwerkwijzer::check::{Severity, check};
use samenwerkwijzer::export::{self, Extras, Report};
use samenwerkwijzer::plan::{Answer, FORMAT_VERSION, Plan, YesNo, from_str};
use samenwerkwijzer::present::answer_text;

const FORMAT2: &str = include_str!("advice_support/voorbeeld-format2.ron");

fn old_answers() -> BTreeMap<String, Answer> {
    // The file as written, without the migration, to compare with.
    ron::from_str::<Plan>(FORMAT2)
        .expect("format 2 parses as the model")
        .answers
}

fn migrated() -> Plan {
    let loaded = from_str(FORMAT2, &guide()).expect("a format-2 plan opens");
    assert_eq!(loaded.migrated_from, Some(2));
    assert_eq!(loaded.plan.version, FORMAT_VERSION);
    loaded.plan
}

#[test]
fn the_fixture_is_a_format_2_file() {
    assert!(FORMAT2.contains("version: 2,"));
    assert!(!FORMAT2.contains("nota_verbonden_partijen"));
}

#[test]
fn every_old_answer_is_kept_and_the_split_question_keeps_its_meaning() {
    let old = old_answers();
    let plan = migrated();
    for (id, answer) in &old {
        assert_eq!(plan.answers.get(id), Some(answer), "{id} kept as it was");
    }
    // The old "visie of nota: ja" stays the visie's answer; the nota is
    // asked, not claimed (see plan/migrate.rs).
    assert_eq!(
        plan.answers.get("opgave.visie"),
        Some(&Answer::YesNo(YesNo::Ja))
    );
    assert_eq!(plan.answers.get("opgave.nota_verbonden_partijen"), None);
    let added: Vec<&String> = plan
        .answers
        .keys()
        .filter(|k| !old.contains_key(*k))
        .collect();
    assert!(added.is_empty(), "{added:?}");
}

#[test]
fn a_format_2_no_to_the_combined_question_holds_for_the_nota_too() {
    let text = FORMAT2.replace(
        "\"opgave.visie\": YesNo(Ja)",
        "\"opgave.visie\": YesNo(Nee)",
    );
    let plan = from_str(&text, &guide()).expect("opens").plan;
    assert_eq!(
        plan.answers.get("opgave.nota_verbonden_partijen"),
        Some(&Answer::YesNo(YesNo::Nee))
    );
}

#[test]
fn it_validates() {
    let problems: Vec<String> = check(&guide(), &migrated())
        .into_iter()
        .filter(|i| i.severity == Severity::Problem)
        .map(|i| i.message)
        .collect();
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn it_exports_every_answer_the_guide_still_asks() {
    let g = guide();
    let plan = migrated();
    let extras = Extras {
        report: Report::from_advice(&g, &plan),
        ..Extras::default()
    };
    let md = export::markdown(&g, &plan, &extras);
    for q in g.questions() {
        let Some(answer) = plan.answers.get(&q.id) else {
            continue;
        };
        if !samenwerkwijzer::plan::progress::applies(&plan, q) {
            continue;
        }
        if let Answer::Text(t) = answer {
            let first = t.lines().next().unwrap_or_default();
            assert!(md.contains(first), "{} is in the export", q.id);
        } else if !matches!(answer, Answer::List(_) | Answer::PerItem(_)) {
            let shown = answer_text(&g, &plan, q, Some(answer)).unwrap_or_default();
            assert!(md.contains(&shown), "{}: {shown:?} is in the export", q.id);
        }
    }
    // The advice reads it in its new terms: the stichting is weighed
    // against public law first, the old "nee" to wensen en bedenkingen
    // ("weet ik niet" then) still shows.
    assert!(md.contains("Gemeentewet art. 160 lid 2"));
    assert!(md.contains("Nog niet bekend of de raad het ontwerpbesluit krijgt"));
}

#[test]
fn it_is_rewritten_only_at_its_next_save_and_the_old_file_is_kept() {
    let mut h = Harness::new();
    let path = h.data_dir().join("plans").join("voorbeeld.ron");
    std::fs::create_dir_all(path.parent().expect("dir")).expect("plans dir");
    std::fs::write(&path, FORMAT2).expect("write fixture");
    h.open(&path);
    assert!(h.editor_opt().is_some(), "opens");
    let message = h.app.message.clone().map(|m| m.text).unwrap_or_default();
    assert!(message.contains("versie 2"), "{message}");
    assert_eq!(
        std::fs::read_to_string(&path).expect("file"),
        FORMAT2,
        "opening does not touch the file"
    );
    // A change, then a save.
    h.goto("doelen.opheffing");
    h.key(KeyCode::Enter);
    h.choose("ja");
    h.ctrl('s');
    let saved = std::fs::read_to_string(&path).expect("file");
    assert!(saved.contains("version: 3,"), "{saved}");
    let history = h.data_dir().join("history");
    let kept: Vec<String> = walk(&history)
        .into_iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    assert!(
        kept.iter().any(|t| t == FORMAT2),
        "the format-2 file is in the history"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}
