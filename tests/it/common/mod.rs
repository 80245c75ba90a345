//! A headless Samenwerkwijzer: the real state, update and driver against a
//! temporary data folder, fed with key events, rendered into a TestBackend.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::plan::Plan;
use samenwerkwijzer::store::{DataDir, Library};
use samenwerkwijzer::tui::driver::Driver;
use samenwerkwijzer::tui::event::Event;
use samenwerkwijzer::tui::state::{App, Editor, Input, Picker, Screen, View};
use samenwerkwijzer::tui::ui;
use samenwerkwijzer::tui::update::Effect;
use tempfile::TempDir;

/// The fixed "now" of every test: 26 November 2026, 10:00 UTC.
pub fn test_now() -> Timestamp {
    "2026-11-26T10:00:00Z".parse().expect("timestamp")
}

pub struct Harness {
    pub app: App,
    pub driver: Driver,
    pub dir: TempDir,
}

impl Harness {
    /// The plan picker on an empty data folder.
    pub fn new() -> Harness {
        let guide = Arc::new(load_embedded().expect("embedded guide"));
        Harness::with_guide(guide)
    }

    pub fn with_guide(guide: Arc<Guide>) -> Harness {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().join("data"));
        Harness::build(guide, dir, data)
    }

    /// A second window on the data folder of `other`.
    pub fn beside(other: &Harness) -> Harness {
        let dir = tempfile::tempdir().expect("tempdir");
        Harness::build(other.app.guide.clone(), dir, DataDir::new(other.data_dir()))
    }

    fn build(guide: Arc<Guide>, dir: TempDir, data: DataDir) -> Harness {
        let library = Library::new(data);
        let driver = Driver::with_clock(library, Box::new(test_now));
        let screen = Screen::Picker(Box::new(Picker::new(Vec::new())));
        let app = App::new(
            guide,
            screen,
            jiff::tz::TimeZone::UTC,
            "/data/plans".to_string(),
        );
        let mut h = Harness { app, driver, dir };
        h.driver.show_picker(&mut h.app);
        h
    }

    /// A new plan, open in the editor.
    pub fn with_plan(title: &str) -> Harness {
        let mut h = Harness::new();
        h.driver
            .run_effect(&mut h.app, Effect::Create(title.to_string()));
        assert!(h.editor_opt().is_some(), "plan opened");
        h
    }

    pub fn data_dir(&self) -> std::path::PathBuf {
        self.driver.library().data_dir().root().to_path_buf()
    }

    /// A key press, then a pause (the advice catches up, as it does when
    /// a real user stops for a moment).
    pub fn press(&mut self, code: KeyCode, mods: KeyModifiers) {
        self.driver
            .handle(&mut self.app, Event::Key(KeyEvent::new(code, mods)));
        self.driver.settle(&mut self.app);
    }

    pub fn key(&mut self, code: KeyCode) {
        self.press(code, KeyModifiers::NONE);
    }

    pub fn keys(&mut self, codes: &[KeyCode]) {
        for c in codes {
            self.key(*c);
        }
    }

    pub fn ctrl(&mut self, c: char) {
        self.press(KeyCode::Char(c), KeyModifiers::CONTROL);
    }

    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let mods = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            self.press(KeyCode::Char(c), mods);
        }
    }

    pub fn paste(&mut self, text: &str) {
        self.driver
            .handle(&mut self.app, Event::Paste(text.to_string()));
        self.driver.settle(&mut self.app);
    }

    /// Let the autosave deadline pass.
    pub fn wait_for_autosave(&mut self) {
        self.driver
            .tick(&mut self.app, Instant::now() + Duration::from_secs(2));
    }

    pub fn editor_opt(&self) -> Option<&Editor> {
        match &self.app.screen {
            Screen::Editor(e) => Some(e),
            Screen::Picker(_) => None,
        }
    }

    pub fn editor(&self) -> &Editor {
        self.editor_opt().expect("the editor is open")
    }

    pub fn picker(&self) -> &Picker {
        match &self.app.screen {
            Screen::Picker(p) => p,
            Screen::Editor(_) => panic!("the picker is not shown"),
        }
    }

    /// The plan file of the open plan, as saved on disk.
    pub fn saved(&self) -> Plan {
        let path = &self.editor().path;
        samenwerkwijzer::store::load(path, &self.app.guide)
            .expect("saved plan loads")
            .plan
    }

    pub fn saved_text(&self) -> String {
        std::fs::read_to_string(&self.editor().path).expect("plan file")
    }

    /// The id of the focused question, or field inside an item.
    pub fn focused(&self) -> String {
        let e = self.editor();
        let guide = &self.app.guide;
        e.help_subject(guide)
            .map(|q| q.id.clone())
            .unwrap_or_default()
    }

    /// Tab forwards until question or field `id` has focus.
    pub fn goto(&mut self, id: &str) {
        for _ in 0..60 {
            if self.focused() == id {
                return;
            }
            self.key(KeyCode::Tab);
        }
        panic!("never reached {id}; focus is on {}", self.focused());
    }

    /// In an open picker, move to option `id` and choose it (Enter).
    pub fn choose(&mut self, id: &str) {
        self.cursor_to(id);
        self.key(KeyCode::Enter);
    }

    /// In an open multi-select picker, toggle option `id` (Space).
    pub fn toggle(&mut self, id: &str) {
        self.cursor_to(id);
        self.key(KeyCode::Char(' '));
    }

    fn cursor_to(&mut self, id: &str) {
        let target = {
            let fe = match &self.editor().view {
                View::Form { edit: Some(fe) } | View::Record { edit: Some(fe), .. } => fe,
                _ => panic!("no picker open at {}", self.focused()),
            };
            let Input::Pick {
                options, cursor, ..
            } = &fe.input
            else {
                panic!("the open editor is not a picker");
            };
            let to = options
                .iter()
                .position(|o| o.id == id)
                .unwrap_or_else(|| panic!("no option {id} in {options:?}"));
            to as isize - *cursor as isize
        };
        let code = if target < 0 {
            KeyCode::Up
        } else {
            KeyCode::Down
        };
        for _ in 0..target.unsigned_abs() {
            self.key(code);
        }
    }

    /// Answer the focused choice question with option `id`.
    pub fn answer_choice(&mut self, question: &str, id: &str) {
        self.goto(question);
        self.key(KeyCode::Enter);
        self.choose(id);
    }

    /// Answer the focused text question with `text` (Enter, type, Esc).
    pub fn answer_text(&mut self, question: &str, text: &str) {
        self.goto(question);
        self.key(KeyCode::Enter);
        self.type_text(text);
        self.key(KeyCode::Esc);
    }

    /// The screen as text, `width` x `height`.
    pub fn screen(&self, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        terminal
            .draw(|frame| ui::render(&self.app, frame))
            .expect("draw");
        terminal.backend().to_string()
    }

    pub fn terminal(&self, width: u16, height: u16) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        terminal
            .draw(|frame| ui::render(&self.app, frame))
            .expect("draw");
        terminal
    }
}

/// The number of cases: the default here, or `PROPTEST_CASES` for a long
/// run by hand (an explicit count would otherwise override it).
pub fn proptest_cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
