//! Damaged trainer files never crash anything: mutated case files,
//! `workshop.ron` files and presenter states load or are refused with a
//! Dutch message; a presenter resumed from any state takes random keys and
//! draws at any size. For a long run set PROPTEST_CASES (see TESTING.md).

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use samenwerkwijzer::workshop::case::{EMBEDDED_CASES, Source, parse_case};
use samenwerkwijzer::workshop::folder::{self, WORKSHOP_FILE};
use samenwerkwijzer::workshop::presenter::{Action, Event, apply, render, update};
use samenwerkwijzer::workshop::{ErrorKind, describe_error};

use crate::common;
use crate::workshop_presenter::{at, guide, presenter, workshop};

/// Replace, insert or delete a few bytes somewhere in `text`.
fn damage(text: &str, edits: &[(usize, u8, u8)]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &(at, byte, how) in edits {
        let i = at % bytes.len().max(1);
        match how % 3 {
            0 if i < bytes.len() => bytes[i] = byte,
            1 => bytes.insert(i.min(bytes.len()), byte),
            _ if i < bytes.len() => {
                bytes.drain(i..(i + usize::from(byte % 8) + 1).min(bytes.len()));
            }
            _ => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn edits() -> impl Strategy<Value = Vec<(usize, u8, u8)>> {
    prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..5)
}

const ACTIONS: [Action; 13] = [
    Action::StartPause,
    Action::Previous,
    Action::Next,
    Action::AddMinute,
    Action::RemoveMinute,
    Action::ToggleNotes,
    Action::ToggleRunSheet,
    Action::TogglePauseScreen,
    Action::ScrollUp,
    Action::ScrollDown,
    Action::Help,
    Action::Back,
    Action::Quit,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::proptest_cases(600)))]

    #[test]
    fn damaged_cases_load_or_are_explained(file in 0usize..3, edits in edits()) {
        let text = damage(EMBEDDED_CASES[file].1, &edits);
        match parse_case("casus.ron", &text, Source::Embedded, &guide()) {
            Ok(loaded) => prop_assert!(!loaded.case.steps.is_empty()),
            Err(e) => {
                let m = describe_error(&e);
                prop_assert!(m.starts_with("Fout in casus.ron"), "{}", m);
                if !matches!(e.kind, ErrorKind::Read(_)) {
                    prop_assert!(e.position.is_some() || m.contains("leeg"), "{}", m);
                }
            }
        }
    }
}

#[test]
fn damaged_workshop_files_are_explained() {
    let dir = tempfile::tempdir().expect("tempdir");
    let made = workshop(dir.path());
    let path = made.dir.join(WORKSHOP_FILE);
    let original = std::fs::read_to_string(&path).expect("read");
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(
        common::proptest_cases(300),
    ));
    runner
        .run(&edits(), |edits| {
            std::fs::write(&path, damage(&original, &edits)).expect("write");
            match folder::open(&made.dir, &guide()) {
                Ok(opened) => prop_assert!(!opened.workshop.agenda.is_empty()),
                Err(e) => {
                    let m = describe_error(&e);
                    prop_assert!(m.starts_with("Fout in"), "{}", m);
                }
            }
            Ok(())
        })
        .expect("no damaged workshop.ron crashes the loader");
}

#[test]
fn damaged_states_resume_or_start_afresh_and_never_crash() {
    // One folder for every case: making it is the slow part.
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = workshop(dir.path());
    let mut p = presenter(&folder);
    update(&mut p, Event::Action(Action::Next), at(0));
    update(&mut p, Event::Action(Action::StartPause), at(0));
    let saved = samenwerkwijzer::workshop::presenter::to_text(&p);
    let keys = prop::collection::vec((0usize..ACTIONS.len(), 0i64..3600), 0..30);
    let strategy = (edits(), keys, (1u16..200, 1u16..60));
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(
        common::proptest_cases(300),
    ));
    runner
        .run(&strategy, |(edits, keys, size)| {
            let mut p = presenter(&folder);
            let _ = apply(&mut p, "presentatie.ron", &damage(&saved, &edits));
            update(&mut p, Event::Resize(size.0, size.1), at(0));
            let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("terminal");
            for (key, secs) in keys {
                update(&mut p, Event::Action(ACTIONS[key]), at(secs));
                terminal.draw(|f| render(&p, f)).expect("draw");
            }
            prop_assert!(p.current < p.slides.len());
            Ok(())
        })
        .expect("no damaged state crashes the presenter");
}
