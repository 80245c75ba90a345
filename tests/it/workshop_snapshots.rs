//! The presenter's screens, as the room sees them: 80x24 and 160x45 in the
//! normal, amber and red states and with notes, plus 60x20, 120x35, the
//! run-sheet, the pause screen, help and a window that is too small. The
//! colours are checked on the buffer itself (a snapshot shows only text).

use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use samenwerkwijzer::workshop::presenter::{Action, Event, Presenter, render, update};

use crate::workshop_presenter::{at, presenter, press, tick, workshop};

fn draw(p: &mut Presenter, w: u16, h: u16) -> Terminal<TestBackend> {
    update(p, Event::Resize(w, h), p.now);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal.draw(|frame| render(p, frame)).expect("draw");
    terminal
}

/// The first step item, its clock started at t0 + 0.
fn running_step() -> (tempfile::TempDir, Presenter) {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = workshop(dir.path());
    let mut p = presenter(&folder);
    press(&mut p, Action::Next, 0);
    press(&mut p, Action::Next, 0);
    press(&mut p, Action::StartPause, 0);
    (dir, p)
}

/// The colour of the big digits: the first drawn cell of the clock.
fn digit_colour(buffer: &Buffer) -> Option<Color> {
    buffer
        .content
        .iter()
        .find(|c| matches!(c.symbol(), "█" | "▀" | "▄"))
        .map(|c| c.fg)
}

#[test]
fn normal_amber_and_red_at_80x24_and_160x45() {
    let (_dir, mut p) = running_step();
    for (w, h) in [(80, 24), (160, 45)] {
        tick(&mut p, 200);
        let t = draw(&mut p, w, h);
        assert_snapshot!(format!("normal_{w}x{h}"), t.backend());
        assert_eq!(digit_colour(t.backend().buffer()), Some(Color::Reset));
        tick(&mut p, 13 * 60);
        let t = draw(&mut p, w, h);
        assert_snapshot!(format!("amber_{w}x{h}"), t.backend());
        assert_eq!(digit_colour(t.backend().buffer()), Some(Color::Yellow));
        tick(&mut p, 17 * 60 + 5);
        let t = draw(&mut p, w, h);
        assert_snapshot!(format!("red_{w}x{h}"), t.backend());
        assert_eq!(digit_colour(t.backend().buffer()), Some(Color::Red));
    }
}

#[test]
fn notes_at_80x24_and_160x45() {
    let (_dir, mut p) = running_step();
    tick(&mut p, 200);
    press(&mut p, Action::ToggleNotes, 200);
    assert_snapshot!("notes_80x24", draw(&mut p, 80, 24).backend());
    assert_snapshot!("notes_160x45", draw(&mut p, 160, 45).backend());
}

#[test]
fn small_and_projector_sizes_keep_the_clock() {
    let (_dir, mut p) = running_step();
    tick(&mut p, 200);
    assert_snapshot!("normal_60x20", draw(&mut p, 60, 20).backend());
    assert_snapshot!("normal_120x35", draw(&mut p, 120, 35).backend());
    let t = draw(&mut p, 30, 10);
    assert_snapshot!("too_small_30x10", t.backend());
    let text = format!("{}", t.backend());
    assert!(
        text.contains("11:40"),
        "the clock stays on a tiny screen: {text}"
    );
}

#[test]
fn every_item_of_the_agenda_at_80x24() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = workshop(dir.path());
    let mut p = presenter(&folder);
    for n in 0..p.slides.len() {
        let id = p.slide().expect("slide").id.clone();
        assert_snapshot!(format!("item_{n:02}_{id}"), draw(&mut p, 80, 24).backend());
        press(&mut p, Action::Next, 0);
    }
}

#[test]
fn run_sheet_pause_screen_and_help() {
    let (_dir, mut p) = running_step();
    press(&mut p, Action::Next, 18 * 60);
    tick(&mut p, 20 * 60);
    press(&mut p, Action::ToggleRunSheet, 20 * 60);
    assert_snapshot!("run_sheet_80x24", draw(&mut p, 80, 24).backend());
    press(&mut p, Action::TogglePauseScreen, 20 * 60);
    assert_snapshot!("pause_screen_80x24", draw(&mut p, 80, 24).backend());
    assert_snapshot!("pause_screen_160x45", draw(&mut p, 160, 45).backend());
    press(&mut p, Action::Help, 20 * 60);
    assert_snapshot!("help_80x24", draw(&mut p, 80, 24).backend());
    let _ = at(0);
}
