//! A headless Samenwerkwijzer: the real state, update and driver against a
//! temporary data folder, fed with key events, rendered into a TestBackend.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::plan::Plan;
use samenwerkwijzer::session::Opening;
use samenwerkwijzer::store::{DataDir, Library};
use samenwerkwijzer::tui::clock::{Clock, FakeClock};
use samenwerkwijzer::tui::drawn::Drawn;
use samenwerkwijzer::tui::driver::{Driver, Places};
use samenwerkwijzer::tui::effect::Effect;
use samenwerkwijzer::tui::event::Event;
use samenwerkwijzer::tui::runtime::{begin, dispatch, dispatch_watched, perform};
use samenwerkwijzer::tui::state::{App, Editor, Input, Picker, Screen, View};
use samenwerkwijzer::tui::ui;
use tempfile::TempDir;

/// The example plan shipped with the app.
pub const EXAMPLE: &str = include_str!("../../../assets/examples/voorbeeld.ron");

/// `text` with every run of white space made one space.
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The fixed "now" of every test: 26 November 2026, 10:00 UTC.
pub fn test_now() -> Timestamp {
    "2026-11-26T10:00:00Z".parse().expect("timestamp")
}

pub struct Harness {
    pub app: App,
    pub driver: Driver,
    /// The clock of the app and the driver; tests move it by hand.
    pub clock: Arc<FakeClock>,
    /// Holds the data folder and a home folder (exports, "save as").
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

    /// A new start on an existing data folder.
    pub fn on_data(data: &Path) -> Harness {
        let guide = Arc::new(load_embedded().expect("embedded guide"));
        let dir = tempfile::tempdir().expect("tempdir");
        Harness::build(guide, dir, DataDir::new(data))
    }

    /// A second window on the data folder of `other`.
    pub fn beside(other: &Harness) -> Harness {
        let dir = tempfile::tempdir().expect("tempdir");
        Harness::build(other.app.guide.clone(), dir, DataDir::new(other.data_dir()))
    }

    fn build(guide: Arc<Guide>, dir: TempDir, data: DataDir) -> Harness {
        let clock = Arc::new(FakeClock::new(test_now()));
        let library = Library::new(data);
        let utc = jiff::tz::TimeZone::UTC;
        // Exports and "save as" go to a home folder inside the temporary
        // folder, never to the real one.
        let driver = Driver::new(library, guide.clone(), clock.clone())
            .with_places(Places::inside(&dir.path().join("home")))
            .with_tz(utc.clone());
        let app = App::new(guide, utc, "/data/plans".to_string(), clock.now());
        let mut h = Harness {
            app,
            driver,
            clock,
            dir,
        };
        h.start(Opening::Picker);
        h
    }

    /// The example plan from assets/, open in the editor.
    pub fn example() -> Harness {
        let mut h = Harness::new();
        let path = h.data_dir().join("plans").join("voorbeeld.ron");
        std::fs::create_dir_all(path.parent().expect("dir")).expect("plans dir");
        std::fs::write(&path, EXAMPLE).expect("write example");
        h.open(&path);
        assert!(h.editor_opt().is_some(), "the example opens");
        h.app.message = None;
        h
    }

    /// The text in `area` of the screen drawn at `size`, rows joined by
    /// spaces and runs of spaces made one: what a reader of that pane sees.
    pub fn text_in(&self, area: ratatui::layout::Rect, size: (u16, u16)) -> String {
        let terminal = self.terminal(size.0, size.1);
        let buffer = terminal.backend().buffer();
        let mut rows = Vec::new();
        for y in area.y..area.y + area.height {
            let row: String = (area.x..area.x + area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect();
            rows.push(row);
        }
        squeeze(&rows.join(" "))
    }

    /// A new plan, open in the editor.
    pub fn with_plan(title: &str) -> Harness {
        let mut h = Harness::new();
        h.start(Opening::Create(title.to_string()));
        assert!(h.editor_opt().is_some(), "plan opened");
        h
    }

    /// Show what a start from the command line would show.
    pub fn start(&mut self, opening: Opening) {
        begin(&mut self.app, &mut self.driver, opening);
    }

    /// Carry out an effect as if `update` had asked for it.
    pub fn perform(&mut self, effect: Effect) {
        perform(&mut self.app, &mut self.driver, effect);
    }

    /// Work on another data folder from now on (e.g. one with its own
    /// fallback folder for recovery copies).
    pub fn set_data(&mut self, data: DataDir) {
        let places = Places::inside(&self.home());
        self.driver = Driver::new(
            Library::new(data),
            self.app.guide.clone(),
            self.clock.clone(),
        )
        .with_places(places)
        .with_tz(jiff::tz::TimeZone::UTC);
    }

    /// Exports go to `dir` instead of the home folder's Documenten.
    pub fn set_export_dir(&mut self, dir: &Path) {
        self.driver.set_places(Places {
            home: Some(self.home()),
            documents: Some(dir.to_path_buf()),
        });
    }

    /// "Save as" at `typed`, as the dialog does after Enter.
    pub fn save_as(&mut self, typed: &str) {
        let e = self.editor();
        let effect = Effect::SaveAs {
            typed: typed.to_string(),
            plan: e.plan.clone(),
            revision: e.revision,
        };
        self.perform(effect);
    }

    /// Export the open plan, as the F7 dialog does.
    pub fn export(&mut self, format: samenwerkwijzer::export::Format) {
        let e = self.editor();
        let effect = Effect::Export {
            format,
            plan: e.plan.clone(),
            path: e.path.clone(),
        };
        self.perform(effect);
    }

    /// Open the plan at `path`, as from the picker.
    pub fn open(&mut self, path: &Path) {
        self.perform(Effect::Open(path.to_path_buf()));
    }

    /// List the plans again, as after Ctrl-O.
    pub fn show_picker(&mut self) {
        self.perform(Effect::ListPlans { select: None });
    }

    /// One event through the loop's own step, without a tick.
    pub fn handle(&mut self, event: Event) {
        dispatch(&mut self.app, &mut self.driver, event);
    }

    /// One event, showing every effect it leads to to `watch`.
    pub fn handle_watched(&mut self, event: Event, watch: &mut dyn FnMut(&Effect)) {
        dispatch_watched(&mut self.app, &mut self.driver, event, watch);
    }

    /// A burst of input as the loop feeds it: a tick, the events, a tick.
    pub fn input(&mut self, events: Vec<Event>) {
        self.tick();
        for e in events {
            self.handle(e);
        }
        self.tick();
    }

    /// The clock as it is now.
    pub fn tick(&mut self) {
        let now = self.clock.now();
        self.handle(Event::Tick(now));
    }

    /// Move the clock on and tick.
    pub fn advance(&mut self, by: Duration) {
        self.clock.advance(by);
        self.tick();
    }

    /// Recompute out-of-date advice now, as after a pause.
    pub fn settle(&mut self) {
        if let Screen::Editor(e) = &mut self.app.screen {
            e.settle_advice(&self.app.guide);
        }
    }

    pub fn data_dir(&self) -> std::path::PathBuf {
        self.driver.library().data_dir().root().to_path_buf()
    }

    /// A key press, then a pause (the advice catches up, as it does when
    /// a real user stops for a moment).
    pub fn press(&mut self, code: KeyCode, mods: KeyModifiers) {
        self.input(vec![Event::Key(KeyEvent::new(code, mods))]);
        self.settle();
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
        self.input(vec![Event::Paste(text.to_string())]);
        self.settle();
    }

    /// Let the autosave deadline pass.
    pub fn wait_for_autosave(&mut self) {
        self.advance(Duration::from_secs(2));
    }

    /// The home folder the driver uses (exports go to its Documenten).
    pub fn home(&self) -> std::path::PathBuf {
        self.dir.path().join("home")
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
        self.terminal(width, height).backend().to_string()
    }

    pub fn terminal(&self, width: u16, height: u16) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        terminal
            .draw(|frame| {
                ui::render(&self.app, frame);
            })
            .expect("draw");
        terminal
    }

    /// Draw a frame as the loop does, and hand what it shows where back to
    /// `update` (scroll keys and clicks act on the last frame). Returns the
    /// screen as text.
    pub fn show(&mut self, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        let mut drawn = Drawn::default();
        terminal
            .draw(|frame| drawn = ui::render(&self.app, frame))
            .expect("draw");
        self.handle(Event::Drawn(Box::new(drawn)));
        terminal.backend().to_string()
    }

    /// A key press at this window size: drawn before and after, as the
    /// loop does.
    pub fn key_at(&mut self, code: KeyCode, size: (u16, u16)) -> String {
        self.show(size.0, size.1);
        self.key(code);
        self.show(size.0, size.1)
    }

    /// A left click at column `x`, row `y` of the last frame drawn.
    pub fn click(&mut self, x: u16, y: u16) {
        self.mouse(MouseEventKind::Down(MouseButton::Left), x, y);
    }

    /// The wheel turned down (`down`) or up over column `x`, row `y`.
    pub fn wheel(&mut self, x: u16, y: u16, down: bool) {
        let kind = if down {
            MouseEventKind::ScrollDown
        } else {
            MouseEventKind::ScrollUp
        };
        self.mouse(kind, x, y);
    }

    fn mouse(&mut self, kind: MouseEventKind, x: u16, y: u16) {
        let event = MouseEvent {
            kind,
            column: x,
            row: y,
            modifiers: KeyModifiers::NONE,
        };
        self.input(vec![Event::Mouse(event)]);
        self.settle();
    }

    /// Where `text` starts on the screen as last drawn at this size: (x, y).
    pub fn find(&self, text: &str, width: u16, height: u16) -> Option<(u16, u16)> {
        let terminal = self.terminal(width, height);
        let buffer = terminal.backend().buffer();
        for y in 0..height {
            let row: String = (0..width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect();
            if let Some(at) = row.find(text) {
                let x = row[..at].chars().count();
                return Some((u16::try_from(x).ok()?, y));
            }
        }
        None
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
