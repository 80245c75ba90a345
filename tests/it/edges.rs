//! The edges of the terminal: every screen at every size from 1x1 to
//! 300x100 without a panic, resizing while typing keeps the text, and long
//! runs of random keys, pastes and resizes leave a valid plan.

use crate::common;

use common::Harness;
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use samenwerkwijzer::plan;
use samenwerkwijzer::tui::event::Event;

const SIZES: &[(u16, u16)] = &[
    (1, 1),
    (2, 1),
    (1, 2),
    (5, 3),
    (10, 5),
    (20, 5),
    (40, 12),
    (59, 15),
    (59, 16),
    (60, 15),
    (60, 16),
    (61, 17),
    (80, 24),
    (100, 30),
    (120, 40),
    (200, 60),
    (300, 100),
];

/// Every screen the app has, each as a harness in that state.
fn screens() -> Vec<(&'static str, Harness)> {
    let mut out = Vec::new();
    out.push(("picker, empty", Harness::new()));
    let mut h = Harness::new();
    h.key(KeyCode::Char('n'));
    h.type_text("Een heel lange naam voor een plan dat niet op het scherm past 日本");
    out.push(("new plan dialog", h));

    let sample = || {
        let mut h = Harness::with_plan("Randen");
        h.answer_text(
            "opgave.omschrijving",
            "Zoë's 日本 🎉 tekst die lang genoeg is om af te breken op smalle schermen",
        );
        h.key(KeyCode::PageDown);
        h.goto("inventaris.taken");
        h.key(KeyCode::Enter);
        h.key(KeyCode::Char('n'));
        h.type_text("Taak één");
        h.key(KeyCode::Esc);
        h.key(KeyCode::Esc);
        h.key(KeyCode::Esc);
        h
    };
    for step in 0..5 {
        let mut h = sample();
        h.key(KeyCode::PageUp);
        for _ in 0..step {
            h.key(KeyCode::PageDown);
        }
        out.push(("a step", h));
    }
    let mut h = sample();
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    out.push(("list", h));
    let mut h = sample();
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Delete);
    out.push(("remove dialog", h));
    let mut h = sample();
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    out.push(("item, editing its name", h));
    let mut h = sample();
    h.key(KeyCode::PageUp);
    h.goto("opgave.omschrijving");
    h.key(KeyCode::Enter);
    out.push(("editing long text", h));
    let mut h = sample();
    h.key(KeyCode::PageUp);
    h.goto("opgave.rol");
    h.key(KeyCode::Enter);
    out.push(("choosing", h));
    let mut h = sample();
    h.key(KeyCode::F(1));
    out.push(("help", h));
    let mut h = sample();
    h.key(KeyCode::F(2));
    out.push(("save as", h));
    let mut h = sample();
    h.ctrl('s');
    h.ctrl('o');
    h.key(KeyCode::Char('v'));
    out.push(("versions", h));
    let mut h = sample();
    h.ctrl('o');
    h.key(KeyCode::Delete);
    out.push(("delete dialog", h));
    for (name, key) in [
        ("findings", KeyCode::F(3)),
        ("form aid", KeyCode::F(4)),
        ("raad", KeyCode::F(5)),
        ("overview", KeyCode::F(6)),
        ("export dialog", KeyCode::F(7)),
    ] {
        let mut h = sample();
        h.key(KeyCode::PageUp);
        h.answer_choice("opgave.visie", "nee");
        h.key(KeyCode::F(key_number(key)));
        out.push((name, h));
    }
    let mut h = sample();
    h.key(KeyCode::F(4));
    h.key(KeyCode::Tab);
    h.key(KeyCode::Down);
    out.push(("form aid details", h));
    out
}

fn key_number(key: KeyCode) -> u8 {
    match key {
        KeyCode::F(n) => n,
        _ => 0,
    }
}

#[test]
fn every_screen_renders_at_every_size() {
    for (name, h) in screens() {
        for &(w, hgt) in SIZES {
            let screen = h.screen(w, hgt);
            if w >= 60 && hgt >= 16 {
                assert!(
                    screen.contains("F1") || screen.contains("Ctrl-Q"),
                    "{name} {w}x{hgt}: no key bar\n{screen}"
                );
            } else if w >= 20 && hgt >= 8 {
                assert!(
                    screen.contains("Venster te klein"),
                    "{name} {w}x{hgt}:\n{screen}"
                );
            }
        }
    }
}

/// The character just left of the terminal cursor, and the cursor.
fn left_of_caret(h: &Harness, w: u16, hgt: u16) -> (char, (u16, u16)) {
    let mut t = h.terminal(w, hgt);
    let pos = t.get_cursor_position().expect("cursor");
    let buffer = t.backend().buffer();
    let cell = &buffer[(pos.x.saturating_sub(1), pos.y)];
    (cell.symbol().chars().next().unwrap_or(' '), (pos.x, pos.y))
}

#[test]
fn resizing_while_typing_keeps_the_caret_on_the_text() {
    let mut h = Harness::with_plan("Resize");
    h.goto("opgave.omschrijving");
    h.key(KeyCode::Enter);
    // More lines than the editor box shows, so it must scroll to the caret.
    for n in 1..=9 {
        h.type_text(&format!("Regel {n} van een tekst die doorloopt"));
        h.key(KeyCode::Enter);
    }
    h.type_text("Voor");
    let mut seen = Vec::new();
    for (w, hgt) in [(120, 40), (60, 20), (1, 1), (80, 24), (200, 60), (60, 20)] {
        h.handle(Event::Resize);
        if w < 60 {
            let _ = h.screen(w, hgt);
            continue;
        }
        let (c, at) = left_of_caret(&h, w, hgt);
        assert_eq!(c, 'r', "{w}x{hgt}: the caret is not after the typed text");
        seen.push(at);
    }
    assert!(
        seen.windows(2).any(|p| p[0] != p[1]),
        "the caret moved with the layout: {seen:?}"
    );
    h.type_text(" en na");
    let (c, _) = left_of_caret(&h, 60, 20);
    assert_eq!(c, 'a');
    let text = h
        .editor()
        .plan
        .answer("opgave.omschrijving")
        .and_then(|a| a.as_text())
        .expect("text")
        .to_string();
    assert!(
        text.ends_with("Regel 9 van een tekst die doorloopt\nVoor en na"),
        "{text}"
    );
}

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode, KeyModifiers),
    Paste(String),
    Resize(u16, u16),
}

fn input() -> impl Strategy<Value = Input> {
    let keys = prop_oneof![
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        Just(KeyCode::Backspace),
        Just(KeyCode::Delete),
        Just(KeyCode::Insert),
        Just(KeyCode::F(1)),
        Just(KeyCode::F(2)),
        Just(KeyCode::F(3)),
        Just(KeyCode::F(4)),
        Just(KeyCode::F(5)),
        Just(KeyCode::F(6)),
        Just(KeyCode::F(7)),
        Just(KeyCode::Char(' ')),
        Just(KeyCode::Char('n')),
        Just(KeyCode::Char('j')),
        Just(KeyCode::Char('v')),
        Just(KeyCode::Char('r')),
        Just(KeyCode::Char('3')),
        Just(KeyCode::Char('ë')),
        Just(KeyCode::Char('日')),
        Just(KeyCode::Char('🎉')),
        // No path characters: "save as" (F2) resolves what is typed under the
        // harness's home folder, and only a typed "/" or "~" could leave it.
        any::<char>()
            .prop_filter("no path characters", |c| !matches!(c, '/' | '\\' | '~'))
            .prop_map(KeyCode::Char),
    ];
    let mods = prop_oneof![
        6 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::ALT),
        1 => Just(KeyModifiers::CONTROL),
    ];
    prop_oneof![
        20 => (keys, mods).prop_map(|(k, m)| {
            // Ctrl-Q would end the run early; Ctrl with other letters stays.
            if m == KeyModifiers::CONTROL && k == KeyCode::Char('q') {
                Input::Key(k, KeyModifiers::NONE)
            } else {
                Input::Key(k, m)
            }
        }),
        2 => "[ a-zA-Zëé日本🎉\n\r\t]{0,40}".prop_map(Input::Paste),
        1 => (1u16..220, 1u16..70).prop_map(|(w, h)| Input::Resize(w, h)),
    ]
}

proptest! {
    // 200 runs of 500 inputs: 100,000 random events per `cargo test`.
    #![proptest_config(ProptestConfig::with_cases(common::proptest_cases(200)))]

    #[test]
    fn random_input_never_panics_and_leaves_a_valid_plan(inputs in prop::collection::vec(input(), 500)) {
        let mut h = Harness::with_plan("Willekeurig");
        let mut size = (80u16, 24u16);
        for (i, input) in inputs.into_iter().enumerate() {
            match input {
                Input::Key(code, mods) => h.press(code, mods),
                Input::Paste(text) => h.paste(&text),
                Input::Resize(w, hgt) => {
                    size = (w, hgt);
                    h.handle(Event::Resize);
                }
            }
            if i % 25 == 0 {
                let _ = h.screen(size.0, size.1);
            }
        }
        let _ = h.screen(size.0, size.1);
        if let Some(editor) = h.editor_opt() {
            let text = plan::to_string(&editor.plan);
            let back = plan::from_str(&text, &h.app.guide).map(|l| l.plan);
            prop_assert_eq!(back, Ok(editor.plan.clone()));
        }
        h.wait_for_autosave();
        // Whatever was saved in the plans folder loads again.
        for entry in std::fs::read_dir(h.data_dir().join("plans")).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "ron") {
                prop_assert!(samenwerkwijzer::store::load(&path, &h.app.guide).is_ok(), "{}", path.display());
            }
        }
    }
}

#[test]
fn key_events_with_release_kind_are_ignored() {
    use ratatui::crossterm::event::{Event as TermEvent, KeyEventKind, KeyEventState};
    let release = TermEvent::Key(KeyEvent {
        code: KeyCode::Char('x'),
        modifiers: KeyModifiers::NONE,
        kind: KeyEventKind::Release,
        state: KeyEventState::NONE,
    });
    assert_eq!(
        Event::from_terminal(release),
        None,
        "no doubled keys on Windows"
    );
}
