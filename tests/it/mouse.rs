//! The mouse (issue 11, item 6): crossterm mouse events fed to `update`
//! act on what the last frame drew where they land.

use crate::common;

use common::Harness;
use ratatui::crossterm::event::KeyCode;
use samenwerkwijzer::plan::{Answer, Slot};
use samenwerkwijzer::tui::drawn::Pane;
use samenwerkwijzer::tui::state::{Overlay, View};

const SIZE: (u16, u16) = (80, 24);

/// Draw, find `text` on the screen and click on it.
fn click_on(h: &mut Harness, text: &str) {
    h.show(SIZE.0, SIZE.1);
    let (x, y) = h
        .find(text, SIZE.0, SIZE.1)
        .unwrap_or_else(|| panic!("{text:?} not on the screen:\n{}", h.screen(80, 24)));
    h.click(x, y);
}

fn help_scroll(h: &Harness) -> Option<u16> {
    match h.app.overlays.last() {
        Some(Overlay::Help { scroll }) => Some(*scroll),
        _ => None,
    }
}

#[test]
fn a_click_on_a_step_goes_there() {
    let mut h = Harness::with_plan("Test");
    click_on(&mut h, "2 Partners");
    assert_eq!(h.editor().step, 2);
    assert!(h.show(80, 24).contains("Stap 2 —"));
}

#[test]
fn a_click_on_a_question_opens_it_and_a_click_on_a_choice_chooses() {
    let mut h = Harness::with_plan("Test");
    click_on(&mut h, "Op welk terrein");
    assert_eq!(h.focused(), "opgave.domein");
    assert!(h.editor().field_editor().is_some(), "the question is open");
    click_on(&mut h, "Sociaal domein");
    assert_eq!(
        h.editor().plan.get(&Slot::question("opgave.domein")),
        Some(&Answer::Multi(vec!["sociaal_domein".into()]))
    );
    assert!(h.editor().field_editor().is_some(), "several: still open");
    click_on(&mut h, "Sociaal domein");
    assert_eq!(
        h.editor().plan.get(&Slot::question("opgave.domein")),
        None,
        "a second click switches it off"
    );
    // One choice: a click chooses and closes.
    h.key(KeyCode::Esc);
    h.goto("opgave.rol");
    h.key(KeyCode::Enter);
    click_on(&mut h, "Stimuleren");
    assert_eq!(
        h.editor().plan.get(&Slot::question("opgave.rol")),
        Some(&Answer::Choice("stimuleren".into()))
    );
    assert!(h.editor().field_editor().is_none(), "one choice: done");
}

#[test]
fn a_click_on_a_list_item_selects_it_and_a_second_click_opens_it() {
    let mut h = Harness::with_plan("Test");
    h.key(KeyCode::PageDown);
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    for name in ["Afval", "Groen"] {
        h.key(KeyCode::Char('n'));
        h.type_text(name);
        h.key(KeyCode::Esc);
        h.key(KeyCode::Esc);
    }
    let selected = |h: &Harness| match &h.editor().view {
        View::List { selected, .. } => Some(*selected),
        _ => None,
    };
    assert_eq!(selected(&h), Some(1));
    click_on(&mut h, "Afval");
    assert_eq!(selected(&h), Some(0));
    click_on(&mut h, "Afval");
    assert!(
        matches!(&h.editor().view, View::Record { item, .. } if *item == h.editor().plan.items("inventaris.taken")[0].id),
        "the second click opens the item"
    );
}

#[test]
fn a_click_on_a_tab_or_a_key_in_the_bar_does_what_the_key_does() {
    let mut h = Harness::with_plan("Test");
    click_on(&mut h, "F6 Overzicht");
    assert!(h.editor().panel.is_some(), "F6 opened");
    assert!(h.show(80, 24).contains("Opgave"));
    click_on(&mut h, "Vragen");
    assert!(h.editor().panel.is_none(), "back to the questions");
    click_on(&mut h, "F1  hulp");
    assert!(help_scroll(&h).is_some(), "help opened");
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut h = Harness::with_plan("Test");
    h.key(KeyCode::F(1));
    h.show(80, 24);
    assert_eq!(help_scroll(&h), Some(0));
    h.wheel(40, 12, true);
    let down = help_scroll(&h).unwrap_or_default();
    assert!(down > 0, "help scrolled down");
    h.show(80, 24);
    h.wheel(40, 12, false);
    assert!(help_scroll(&h).unwrap_or(99) < down, "and back up");
    h.key(KeyCode::Esc);
    // Over the questions, the wheel moves the focus as ↓ does.
    h.show(80, 24);
    let (x, y) = h.find("Op welk terrein", 80, 24).expect("question 2");
    h.wheel(x, y, true);
    assert_eq!(h.focused(), "opgave.domein");
}

#[test]
fn the_wheel_over_the_details_of_f4_scrolls_them_not_the_list() {
    let mut h = Harness::example();
    h.key(KeyCode::F(4));
    h.show(80, 24);
    let details = h.app.drawn.view(Pane::Details, 0).expect("details drawn");
    let selected = h.editor().panel.as_ref().map(|p| p.selected);
    h.wheel(details.area.x + 1, details.area.y + 1, true);
    let panel = h.editor().panel.as_ref().expect("F4 still open");
    assert!(panel.scroll > 0, "the details scrolled");
    assert_eq!(Some(panel.selected), selected, "the list stayed");
}

#[test]
fn with_the_mouse_off_a_click_does_nothing_and_says_how_to_turn_it_on() {
    let mut h = Harness::with_plan("Test");
    h.key(KeyCode::F(12));
    assert!(!h.app.mouse);
    let said = h.show(80, 24);
    assert!(said.contains("F12 zet hem weer aan"), "{said}");
    click_on(&mut h, "2 Partners");
    assert_eq!(h.editor().step, 0, "the terminal has the mouse now");
    h.key(KeyCode::F(12));
    click_on(&mut h, "2 Partners");
    assert_eq!(h.editor().step, 2);
}

#[test]
fn zonder_muis_on_the_command_line_leaves_the_mouse_to_the_terminal() {
    use clap::Parser;
    use samenwerkwijzer::cli::Cli;
    let off = Cli::try_parse_from(["samenwerkwijzer", "--zonder-muis"]).expect("parses");
    assert!(off.no_mouse);
    let on = Cli::try_parse_from(["samenwerkwijzer"]).expect("parses");
    assert!(!on.no_mouse);
}

#[test]
fn a_click_on_a_dialog_button_answers_it_and_the_screen_under_it_is_shielded() {
    let mut h = Harness::with_plan("Test");
    h.key(KeyCode::PageDown);
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('n'));
    h.type_text("Afval");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Delete);
    // A step in the step list is under the dialog's layer: nothing.
    click_on(&mut h, "0 Opgave");
    assert_eq!(h.editor().step, 1);
    assert!(!h.app.overlays.is_empty(), "the dialog is still open");
    click_on(&mut h, "Esc/n: nee");
    assert!(h.app.overlays.is_empty(), "no closes the dialog");
    assert_eq!(h.editor().plan.items("inventaris.taken").len(), 1);
    h.key(KeyCode::Delete);
    click_on(&mut h, "Enter/j: ja");
    assert!(h.editor().plan.items("inventaris.taken").is_empty());
}
