//! The workshop case in the app: a plan started from a case gets an F8
//! tab with the case, showing first what the case gives for the step the
//! group is on; a plan without a case has no such tab, and F8 says why.

use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;
use samenwerkwijzer::store::DataDir;
use samenwerkwijzer::workshop::case::{embedded, keep};
use samenwerkwijzer::workshop::participant::{file_stem, plan_for_group};

use crate::common::{Harness, test_now};

/// A harness with a group's plan from the first shipped case, opened.
fn group_plan(kept: bool) -> Harness {
    let mut h = Harness::new();
    let guide = h.app.guide.clone();
    let case = embedded(&guide).expect("cases").remove(0);
    let data = DataDir::new(h.data_dir());
    if kept {
        keep(&data, &case).expect("kept");
    }
    let plan = plan_for_group(&case.case, Some("Groep A"), test_now());
    let path = h
        .driver
        .library()
        .add(&file_stem(&plan), &plan)
        .expect("plan added");
    h.open(&path);
    assert!(h.editor_opt().is_some(), "plan opened");
    h
}

#[test]
fn a_plan_from_a_case_has_the_case_on_f8() {
    let mut h = group_plan(true);
    let screen = h.screen(80, 24);
    assert!(screen.contains("F8 Casus"), "{screen}");
    assert!(screen.contains("F7 Export"), "the row still fits: {screen}");
    h.key(KeyCode::F(8));
    assert_snapshot!("case_on_step_0_80x24", h.terminal(80, 24).backend());
    let screen = h.screen(80, 24);
    assert!(screen.contains("Bij Stap 0 — Opgave en visie"), "{screen}");
    assert!(screen.contains("Uit de casus"), "{screen}");
    // Scrolling reaches the situation; Esc goes back to the questions.
    for _ in 0..30 {
        h.key(KeyCode::Down);
    }
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("stil") || screen.contains("Dalwijk"),
        "{screen}"
    );
    h.key(KeyCode::Esc);
    assert!(h.editor().panel.is_none());
    // On the next step the case screen shows that step's material first.
    h.key(KeyCode::PageDown);
    h.key(KeyCode::F(8));
    let screen = h.screen(80, 24);
    assert!(screen.contains("Bij Stap 1 — Inventarisatie"), "{screen}");
    assert!(
        screen.contains("Taak: Aanvragen van ouders beoordelen"),
        "{screen}"
    );
    assert_snapshot!("case_on_step_1_60x20", h.terminal(60, 20).backend());
}

#[test]
fn an_embedded_case_is_found_without_a_kept_copy() {
    let mut h = group_plan(false);
    h.key(KeyCode::F(8));
    assert!(h.editor().case.is_some());
    assert!(h.screen(80, 24).contains("Leerlingenvervoer"));
}

#[test]
fn a_plan_without_a_case_has_no_case_tab() {
    let mut h = Harness::with_plan("Eigen plan");
    let screen = h.screen(80, 24);
    assert!(!screen.contains("F8"), "{screen}");
    assert!(
        screen.contains(" F7 Exporteren "),
        "the usual row: {screen}"
    );
    h.key(KeyCode::F(8));
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("niet vanuit een casus begonnen"),
        "{screen}"
    );
}

/// A group plan whose workshop folder the app remembers (as `join` does).
fn joined(h: &mut Harness) -> std::path::PathBuf {
    let guide = h.app.guide.clone();
    let case = embedded(&guide).expect("cases").remove(0);
    let dir = h.data_dir().join("training");
    samenwerkwijzer::workshop::folder::create(
        &dir,
        &case,
        &guide,
        &samenwerkwijzer::workshop::folder::NewWorkshop::default(),
    )
    .expect("workshop");
    let data = DataDir::new(h.data_dir());
    samenwerkwijzer::workshop::case::remember_workshop(&data, &case.case.id, &dir)
        .expect("remembered");
    dir
}

/// F7, down to the row `n`, Enter.
fn choose_export_row(h: &mut Harness, n: usize) {
    h.key(KeyCode::F(7));
    for _ in 0..n {
        h.key(KeyCode::Down);
    }
    h.key(KeyCode::Enter);
}

#[test]
fn f7_hands_the_plan_in_to_the_workshop_folder_without_the_name() {
    let mut h = group_plan(true);
    let dir = joined(&mut h);
    if let samenwerkwijzer::tui::state::Screen::Editor(e) = &mut h.app.screen {
        e.plan.meta.author = "Anna Jansen".into();
    }
    choose_export_row(&mut h, 5);
    let screen = h.screen(80, 24);
    assert!(screen.contains("Inleveren bij de trainer"), "{screen}");
    assert!(
        screen.contains("training"),
        "the workshop folder is offered: {screen}"
    );
    assert!(
        screen.contains("wordt nooit"),
        "the prompt says nothing is replaced: {screen}"
    );
    h.key(KeyCode::Enter);
    let message = h.app.message.clone().expect("a message");
    assert!(message.text.contains("Ingeleverd in"), "{message:?}");
    assert!(message.text.contains("zonder uw naam"), "{message:?}");
    let inbox: Vec<_> = std::fs::read_dir(dir.join("inleveren"))
        .expect("inbox")
        .filter_map(Result::ok)
        .collect();
    assert_eq!(inbox.len(), 1);
    let copy = std::fs::read_to_string(inbox[0].path()).expect("copy");
    assert!(!copy.contains("Anna Jansen"), "no author: {copy}");
    assert_eq!(
        h.editor().plan.meta.author,
        "Anna Jansen",
        "the own plan keeps it"
    );
    // Again, unchanged: nothing new is written, and the app says so.
    choose_export_row(&mut h, 5);
    h.key(KeyCode::Enter);
    let message = h.app.message.clone().expect("a message");
    assert!(message.text.contains("al ingeleverd"), "{message:?}");
    // With the name, on the row below: a second file beside the first.
    choose_export_row(&mut h, 6);
    h.key(KeyCode::Enter);
    let message = h.app.message.clone().expect("a message");
    assert!(message.text.contains("met uw naam"), "{message:?}");
    assert_eq!(
        std::fs::read_dir(dir.join("inleveren"))
            .expect("inbox")
            .count(),
        2
    );
}

#[test]
fn a_folder_that_is_not_there_keeps_the_prompt_open_with_the_reason() {
    let mut h = group_plan(false);
    choose_export_row(&mut h, 5);
    assert!(matches!(
        h.app.overlays.last(),
        Some(samenwerkwijzer::tui::state::Overlay::HandIn { .. })
    ));
    h.type_text("/bestaat/niet");
    h.key(KeyCode::Enter);
    let message = h.app.message.clone().expect("a message");
    assert!(message.is_error, "{message:?}");
    assert!(message.text.contains("bestaat niet"), "{message:?}");
    assert!(
        matches!(
            h.app.overlays.last(),
            Some(samenwerkwijzer::tui::state::Overlay::HandIn { .. })
        ),
        "the prompt is offered again"
    );
    h.key(KeyCode::Esc);
    assert!(h.app.overlays.is_empty());
}
