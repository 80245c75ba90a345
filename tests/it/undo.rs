//! Undo and redo (W18): typing goes back word by word or up to a pause,
//! and list operations and choices are undone too, in the place where
//! they were made.

use crate::common;

use common::Harness;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use samenwerkwijzer::plan::{Answer, Item, Slot};
use samenwerkwijzer::tui::state::{Overlay, View};
use std::time::Duration;

const TASKS: &str = "inventaris.taken";

fn text_of(h: &Harness, slot: &Slot) -> String {
    h.editor()
        .plan
        .get(slot)
        .and_then(Answer::as_text)
        .unwrap_or_default()
        .to_string()
}

fn tasks(h: &Harness) -> Vec<Item> {
    h.editor().plan.items(TASKS).to_vec()
}

fn names(h: &Harness) -> Vec<String> {
    tasks(h)
        .iter()
        .map(|i| i.fields["naam"].as_text().unwrap_or_default().to_string())
        .collect()
}

fn message(h: &Harness) -> String {
    h.app
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

/// Step 1, in the list of tasks, with tasks `named` added (each with its
/// name and the choice "Samen met anderen").
fn with_tasks(named: &[&str]) -> Harness {
    let mut h = Harness::with_plan("Test");
    h.key(KeyCode::PageDown);
    h.goto(TASKS);
    h.key(KeyCode::Enter);
    for name in named {
        h.key(KeyCode::Char('n'));
        h.type_text(name);
        h.key(KeyCode::Tab);
        h.goto("aanpak");
        h.key(KeyCode::Enter);
        h.choose("samen");
        h.key(KeyCode::Esc);
    }
    h
}

#[test]
fn typing_a_sentence_is_undone_word_by_word_and_redone() {
    let mut h = Harness::with_plan("Test");
    let slot = Slot::question("opgave.omschrijving");
    h.goto("opgave.omschrijving");
    h.key(KeyCode::Enter);
    h.type_text("Dit is een zin");
    h.key(KeyCode::Esc);
    let mut seen = Vec::new();
    for _ in 0..4 {
        h.ctrl('z');
        seen.push(text_of(&h, &slot));
    }
    assert_eq!(seen, ["Dit is een ", "Dit is ", "Dit ", ""]);
    assert!(message(&h).contains("Ctrl-Y"), "{}", message(&h));
    h.ctrl('z');
    assert!(message(&h).contains("niets meer"), "{}", message(&h));
    h.ctrl('y');
    assert_eq!(text_of(&h, &slot), "Dit ");
    // A new change after undoing: what was undone cannot come back.
    h.key(KeyCode::Enter);
    h.type_text("x");
    h.key(KeyCode::Esc);
    h.ctrl('y');
    assert_eq!(text_of(&h, &slot), "Dit x");
}

#[test]
fn undo_while_typing_keeps_the_editor_open_on_the_text_before() {
    let mut h = Harness::with_plan("Test");
    let slot = Slot::question("opgave.omschrijving");
    h.goto("opgave.omschrijving");
    h.key(KeyCode::Enter);
    h.type_text("Afval inzamelen");
    h.ctrl('z');
    assert_eq!(text_of(&h, &slot), "Afval ");
    // Still typing, at the end of what is left.
    h.type_text("scheiden");
    assert_eq!(text_of(&h, &slot), "Afval scheiden");
}

#[test]
fn a_pause_in_typing_starts_a_new_change() {
    let mut h = Harness::with_plan("Test");
    let slot = Slot::question("opgave.omschrijving");
    h.goto("opgave.omschrijving");
    h.key(KeyCode::Enter);
    h.type_text("Warm");
    h.advance(Duration::from_secs(3));
    h.type_text("te");
    h.ctrl('z');
    assert_eq!(text_of(&h, &slot), "Warm");
    // Deleting is a change of its own, not part of the typing before it.
    h.type_text("te");
    h.key(KeyCode::Backspace);
    h.key(KeyCode::Backspace);
    h.ctrl('z');
    assert_eq!(text_of(&h, &slot), "Warmte");
}

#[test]
fn a_removed_item_comes_back_with_its_fields_and_redo_removes_it_again() {
    let mut h = with_tasks(&["Afval", "Groen", "Wegen"]);
    let before = tasks(&h);
    // Select "Groen" and remove it.
    let at = |h: &Harness| match &h.editor().view {
        View::List { selected, .. } => *selected,
        _ => panic!("not in the list"),
    };
    while at(&h) > 1 {
        h.key(KeyCode::Up);
    }
    h.key(KeyCode::Delete);
    assert!(matches!(
        h.app.overlays.last(),
        Some(Overlay::ConfirmRemove { .. })
    ));
    let dialog = h.screen(80, 24);
    assert!(
        dialog.contains("Met Ctrl-Z haalt u alles terug"),
        "{dialog}"
    );
    h.key(KeyCode::Enter);
    assert_eq!(names(&h), ["Afval", "Wegen"]);
    assert!(
        message(&h).contains("Ctrl-Z zet het terug"),
        "{}",
        message(&h)
    );

    h.ctrl('z');
    assert_eq!(tasks(&h), before, "back with its id and every field");
    assert_eq!(at(&h), 1, "the item that came back is selected");
    assert!(message(&h).contains("Groen"), "{}", message(&h));

    h.ctrl('y');
    assert_eq!(names(&h), ["Afval", "Wegen"]);
    h.ctrl('z');
    assert_eq!(tasks(&h), before);
}

#[test]
fn adding_and_moving_items_are_undone_one_by_one() {
    let mut h = with_tasks(&["A", "B"]);
    h.press(KeyCode::Up, KeyModifiers::ALT);
    assert_eq!(names(&h), ["B", "A"]);
    h.ctrl('z');
    assert_eq!(names(&h), ["A", "B"]);
    // Undo B's choice, its name, then adding it.
    h.ctrl('z');
    assert_eq!(tasks(&h)[1].fields.get("aanpak"), None);
    h.ctrl('z');
    h.ctrl('z');
    assert_eq!(names(&h), ["A"]);
    h.ctrl('y');
    h.ctrl('y');
    assert_eq!(names(&h), ["A", "B"]);
}

#[test]
fn a_changed_choice_is_undone_on_its_question() {
    let mut h = Harness::with_plan("Test");
    h.answer_choice("opgave.rol", "regisseren");
    h.answer_choice("opgave.rol", "stimuleren");
    let slot = Slot::question("opgave.rol");
    h.key(KeyCode::Tab);
    assert_ne!(h.focused(), "opgave.rol");
    h.ctrl('z');
    assert_eq!(
        h.editor().plan.get(&slot),
        Some(&Answer::Choice("regisseren".into()))
    );
    assert_eq!(
        h.focused(),
        "opgave.rol",
        "undo goes to where the change was"
    );
    h.ctrl('z');
    assert_eq!(h.editor().plan.get(&slot), None);
}

#[test]
fn an_empty_item_dropped_on_leaving_leaves_nothing_to_undo() {
    let mut h = with_tasks(&["A"]);
    h.key(KeyCode::Char('n'));
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    assert_eq!(names(&h), ["A"]);
    // The first undo takes back A's choice, not the dropped item.
    h.ctrl('z');
    assert_eq!(names(&h), ["A"]);
    assert_eq!(tasks(&h)[0].fields.get("aanpak"), None);
}

#[test]
fn undo_on_a_date_that_does_not_parse_takes_the_typing_back() {
    let mut h = Harness::with_plan("Test");
    for _ in 0..4 {
        h.key(KeyCode::PageDown);
    }
    h.answer_choice("monitoring.evaluatie", "ja");
    h.goto("monitoring.evaluatie_datum");
    h.key(KeyCode::Enter);
    h.type_text("31-02-2027");
    h.key(KeyCode::Esc);
    assert!(
        h.editor().field_editor().is_some(),
        "a wrong date keeps the field open"
    );
    h.ctrl('z');
    assert!(message(&h).contains("teruggezet"), "{}", message(&h));
    // The field is empty again and can be left.
    h.key(KeyCode::Esc);
    assert!(h.editor().field_editor().is_none());
    assert_eq!(h.editor().plan.answer("monitoring.evaluatie_datum"), None);
    // The next undo takes back the choice before it.
    h.ctrl('z');
    assert_eq!(h.editor().plan.answer("monitoring.evaluatie"), None);
}

#[test]
fn undo_goes_back_to_the_step_where_the_change_was_made() {
    let mut h = Harness::with_plan("Test");
    h.answer_text("opgave.omschrijving", "Afval");
    h.key(KeyCode::PageDown);
    assert_eq!(h.editor().step, 1);
    h.ctrl('z');
    assert_eq!(h.editor().step, 0, "back on step 0");
    assert_eq!(h.focused(), "opgave.omschrijving");
    assert_eq!(h.editor().plan.answer("opgave.omschrijving"), None);
    h.ctrl('y');
    assert_eq!(
        h.editor().plan.answer("opgave.omschrijving"),
        Some(&Answer::Text("Afval".into()))
    );
}
