//! What the user sees, pinned at 80x24: the picker, every step, lists,
//! items, dialogs, help and the too-small screen.

use crate::common;

use common::Harness;
use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;

fn sample_plan() -> Harness {
    let mut h = Harness::with_plan("Warmte in de regio");
    h.answer_text(
        "opgave.omschrijving",
        "Samen met twee buurgemeenten één warmtenet aanleggen.",
    );
    h.goto("opgave.domein");
    h.key(KeyCode::Enter);
    h.toggle("energietransitie");
    h.key(KeyCode::Enter);
    h.answer_choice("opgave.rol", "regisseren");
    h.key(KeyCode::PageDown);
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    for (name, how) in [
        ("Warmtebronnen in kaart brengen", "samen"),
        ("Vergunningen verlenen", "zelf"),
    ] {
        h.key(KeyCode::Char('n'));
        h.type_text(name);
        h.key(KeyCode::Tab);
        h.answer_choice("aanpak", how);
        h.key(KeyCode::Esc);
    }
    h.key(KeyCode::Esc);
    h.key(KeyCode::PageDown);
    h.goto("partners.lijst");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('n'));
    h.type_text("Gemeente Noorderveld");
    h.key(KeyCode::Tab);
    h.answer_choice("soort", "gemeente");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    h.key(KeyCode::PageUp);
    h.key(KeyCode::PageUp);
    h.app.message = None;
    h
}

#[test]
fn picker_empty() {
    let h = Harness::new();
    assert_snapshot!(h.terminal(80, 24).backend());
}

#[test]
fn picker_with_a_plan_and_a_damaged_file() {
    let mut h = sample_plan();
    h.ctrl('s');
    let plans = h.data_dir().join("plans");
    let damaged = plans.join("kapot.ron");
    std::fs::write(&damaged, "(version: 1, meta: (title: 5))").expect("write");
    // A fixed time, so the picker's "last change" column is stable.
    let file = std::fs::File::options()
        .write(true)
        .open(&damaged)
        .expect("open");
    let when = std::time::SystemTime::try_from(common::test_now()).expect("time");
    file.set_modified(when).expect("set mtime");
    h.ctrl('o');
    h.app.message = None;
    assert_snapshot!(h.terminal(80, 24).backend());
}

#[test]
fn picker_new_plan_dialog() {
    let mut h = Harness::new();
    h.key(KeyCode::Char('n'));
    h.type_text("Sociaal domein");
    assert_snapshot!(h.terminal(80, 24).backend());
}

#[test]
fn every_step() {
    let mut h = sample_plan();
    for step in 0..5 {
        assert_eq!(h.editor().step, step);
        assert_snapshot!(format!("step_{step}"), h.terminal(80, 24).backend());
        h.key(KeyCode::PageDown);
        h.app.message = None;
    }
}

#[test]
fn editing_text_and_choosing() {
    let mut h = sample_plan();
    h.goto("opgave.omschrijving");
    h.key(KeyCode::Enter);
    assert_snapshot!("editing_long_text", h.terminal(80, 24).backend());
    h.key(KeyCode::Esc);
    h.goto("opgave.rol");
    h.key(KeyCode::Enter);
    assert_snapshot!("choosing_one", h.terminal(80, 24).backend());
}

#[test]
fn list_item_and_remove_dialog() {
    let mut h = sample_plan();
    h.key(KeyCode::PageDown);
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    assert_snapshot!("list_view", h.terminal(80, 24).backend());
    h.key(KeyCode::Enter);
    assert_snapshot!("item_view", h.terminal(80, 24).backend());
    h.key(KeyCode::Esc);
    h.key(KeyCode::Delete);
    assert_snapshot!("remove_dialog", h.terminal(80, 24).backend());
}

#[test]
fn help_overlay() {
    let mut h = sample_plan();
    h.key(KeyCode::F(1));
    assert_snapshot!(h.terminal(80, 24).backend());
}

#[test]
fn too_small() {
    let h = sample_plan();
    assert_snapshot!(h.terminal(50, 12).backend());
}

#[test]
fn a_long_choice_wraps_instead_of_being_cut_off() {
    let mut h = Harness::with_plan("Lange keuzes");
    for _ in 0..4 {
        h.key(KeyCode::PageDown);
    }
    h.goto("monitoring.betrokkenheid");
    h.key(KeyCode::Enter);
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("[ ] Gemeenschappelijke adviescommissie (alleen bij"),
        "{screen}"
    );
    assert!(screen.contains("        een openbaar lichaam)"), "{screen}");
}
