//! The presenter's state machine, driven by events with an injected clock:
//! no test sleeps. Amber at a fifth left, red at zero, pause and resume,
//! +/−, moving on with a running clock, resuming after a restart, and a
//! key bar that names only keys that work.

use jiff::{SignedDuration, Timestamp};
use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::workshop::case::embedded;
use samenwerkwijzer::workshop::folder::{self, Folder, NewWorkshop};
use samenwerkwijzer::workshop::presenter::{
    self, Action, Effect, Event, Presenter, Status, Tone, View, apply, available, bar, clock_text,
    clock_words, slides, update,
};

pub fn guide() -> Guide {
    load_embedded().expect("embedded guide")
}

/// 15 March 2027, 19:00: the start of the evening in every test.
pub fn t0() -> Timestamp {
    "2027-03-15T19:00:00Z".parse().expect("timestamp")
}

pub fn at(secs: i64) -> Timestamp {
    t0() + SignedDuration::from_secs(secs)
}

/// A workshop folder for the first shipped case (leerlingenvervoer).
pub fn workshop(dir: &std::path::Path) -> Folder {
    let case = embedded(&guide()).expect("cases").remove(0);
    let new = NewWorkshop {
        title: Some("Training raad Dalwijk".into()),
        date: folder::parse_date("15-03-2027"),
        trainer: String::new(),
    };
    folder::create(&dir.join("training"), &case, &guide(), &new).expect("workshop")
}

pub fn presenter(folder: &Folder) -> Presenter {
    let w = &folder.workshop;
    Presenter::new(
        w.title.clone(),
        w.date.clone(),
        slides(folder, &guide()),
        t0(),
    )
}

/// Press `action` at `secs` seconds after t0.
pub fn press(p: &mut Presenter, action: Action, secs: i64) -> Vec<Effect> {
    update(p, Event::Action(action), at(secs))
}

pub fn tick(p: &mut Presenter, secs: i64) {
    update(p, Event::Tick, at(secs));
}

/// The presenter on the first step item (15 minutes planned).
fn on_first_step() -> (tempfile::TempDir, Folder, Presenter) {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = workshop(dir.path());
    let mut p = presenter(&folder);
    press(&mut p, Action::Next, 0);
    press(&mut p, Action::Next, 0);
    assert_eq!(p.slide().expect("slide").id, "stap-opgave");
    assert_eq!(p.slide().expect("slide").minutes, 15);
    (dir, folder, p)
}

#[test]
fn a_new_item_waits_for_space() {
    let (_dir, _folder, mut p) = on_first_step();
    assert_eq!(p.status(), Status::Ready);
    tick(&mut p, 600);
    assert_eq!(
        p.remaining(),
        (900, Tone::Normal),
        "no time passes before Space"
    );
    assert_eq!(clock_text(&p), "15:00");
    assert_eq!(clock_words(&p)[0], "Nog niet gestart");
    assert_eq!(clock_words(&p)[1], "Spatie: klok starten");
}

#[test]
fn amber_at_a_fifth_left_and_red_at_zero_with_words() {
    let (_dir, _folder, mut p) = on_first_step();
    press(&mut p, Action::StartPause, 100);
    tick(&mut p, 100 + 719);
    assert_eq!(p.remaining(), (181, Tone::Normal));
    assert_eq!(clock_words(&p)[0], "Nog 4 minuten");
    tick(&mut p, 100 + 720);
    assert_eq!(
        p.remaining(),
        (180, Tone::Amber),
        "3 of 15 minutes left: 20%"
    );
    assert_eq!(clock_words(&p)[0], "Bijna tijd: nog 3 minuten");
    tick(&mut p, 100 + 840);
    assert_eq!(clock_words(&p)[0], "Bijna tijd: nog 1 minuut");
    tick(&mut p, 100 + 899);
    assert_eq!(p.remaining(), (1, Tone::Amber));
    assert_eq!(clock_words(&p)[0], "Bijna tijd: nog minder dan een minuut");
    tick(&mut p, 100 + 900);
    assert_eq!(p.remaining(), (0, Tone::Red));
    assert_eq!(clock_words(&p)[0], "De tijd is om");
    tick(&mut p, 100 + 1030);
    assert_eq!(p.remaining(), (-130, Tone::Red));
    assert_eq!(clock_text(&p), "+02:10");
    assert_eq!(clock_words(&p)[0], "De tijd is om: 2 min over");
    assert_eq!(clock_words(&p)[1], "De klok loopt");
}

#[test]
fn pause_keeps_the_time_used_and_space_resumes() {
    let (_dir, _folder, mut p) = on_first_step();
    let saved = press(&mut p, Action::StartPause, 0);
    assert!(matches!(saved.as_slice(), [Effect::Save(_)]), "{saved:?}");
    press(&mut p, Action::StartPause, 60);
    assert_eq!(p.status(), Status::Paused);
    tick(&mut p, 1000);
    assert_eq!(p.time(p.current).used_secs, 60, "paused: no time passes");
    assert_eq!(clock_words(&p)[1], "Gepauzeerd");
    press(&mut p, Action::StartPause, 1000);
    tick(&mut p, 1030);
    assert_eq!(p.time(p.current).used_secs, 90);
    assert_eq!(p.status(), Status::Running);
}

#[test]
fn plus_and_minus_change_the_plan_not_the_time_used() {
    let (_dir, _folder, mut p) = on_first_step();
    press(&mut p, Action::StartPause, 0);
    tick(&mut p, 760);
    assert_eq!(p.remaining().1, Tone::Amber);
    press(&mut p, Action::AddMinute, 760);
    press(&mut p, Action::AddMinute, 760);
    assert_eq!(p.remaining(), (260, Tone::Normal), "17 minutes planned now");
    assert_eq!(clock_words(&p)[2], "gepland 17 min (+2)");
    assert_eq!(p.time(p.current).used_secs, 760);
    for _ in 0..30 {
        press(&mut p, Action::RemoveMinute, 760);
    }
    assert_eq!(p.time(p.current).planned_secs, 60, "never below one minute");
    assert!(!available(&p, Action::RemoveMinute));
    assert!(
        !bar(&p).iter().any(|(k, _)| k.contains('−')),
        "{:?}",
        bar(&p)
    );
    assert_eq!(p.remaining().1, Tone::Red);
    assert_eq!(clock_words(&p)[2], "gepland 1 min (−14)");
}

#[test]
fn moving_on_takes_a_running_clock_to_the_next_item() {
    let (_dir, _folder, mut p) = on_first_step();
    press(&mut p, Action::StartPause, 0);
    press(&mut p, Action::Next, 300);
    assert_eq!(p.slide().expect("slide").id, "stap-inventaris");
    assert_eq!(
        p.time(p.current - 1).used_secs,
        300,
        "the old item keeps its time"
    );
    tick(&mut p, 360);
    assert_eq!(p.time(p.current).used_secs, 60, "the new item's clock runs");
    // A paused clock stays paused when moving.
    press(&mut p, Action::StartPause, 360);
    press(&mut p, Action::Previous, 400);
    tick(&mut p, 500);
    assert_eq!(p.time(p.current).used_secs, 300);
    assert_eq!(p.status(), Status::Paused);
}

#[test]
fn the_run_sheet_says_how_far_behind_or_ahead() {
    let (_dir, _folder, mut p) = on_first_step();
    // Items 1 and 2 (10 minutes each) were skipped; step 1 takes 18 of 15.
    press(&mut p, Action::StartPause, 0);
    press(&mut p, Action::Next, 18 * 60);
    assert_eq!(p.behind_secs(), (-10 - 10 + 3) * 60, "17 minutes ahead");
    tick(&mut p, 18 * 60 + 16 * 60);
    assert_eq!(
        p.behind_secs(),
        (-17 + 1) * 60,
        "1 minute over on this item"
    );
    let total: i64 = (0..p.slides.len()).map(|i| p.time(i).planned_secs).sum();
    assert_eq!(total, 145 * 60);
    press(&mut p, Action::ToggleRunSheet, 2000);
    assert_eq!(p.view, View::RunSheet);
    assert!(available(&p, Action::Back));
    press(&mut p, Action::Back, 2000);
    assert_eq!(p.view, View::Item);
}

#[test]
fn notes_are_hidden_until_asked_for() {
    let (_dir, _folder, mut p) = on_first_step();
    assert!(!p.notes);
    assert!(!p.slide().expect("slide").notes.is_empty());
    press(&mut p, Action::ToggleNotes, 0);
    assert!(p.notes);
    assert!(bar(&p).contains(&("n", "notities weg")));
}

#[test]
fn the_first_and_last_items_have_no_way_further() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = workshop(dir.path());
    let mut p = presenter(&folder);
    assert!(!available(&p, Action::Previous));
    assert_eq!(
        press(&mut p, Action::Previous, 0),
        vec![],
        "nothing happens"
    );
    assert_eq!(p.current, 0);
    for _ in 0..50 {
        press(&mut p, Action::Next, 0);
    }
    assert_eq!(p.current, p.slides.len() - 1);
    assert!(!available(&p, Action::Next));
    assert!(bar(&p).contains(&("←", "vorige")));
}

/// Every key the bar names does something in every state we can reach.
#[test]
fn the_key_bar_names_only_keys_that_work() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = workshop(dir.path());
    let mut p = presenter(&folder);
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    let actions_of = |label: &str| -> Vec<Action> {
        let codes: Vec<KeyCode> = match label {
            "Spatie" => vec![KeyCode::Char(' ')],
            "←/→" => vec![KeyCode::Left, KeyCode::Right],
            "←" => vec![KeyCode::Left],
            "→" => vec![KeyCode::Right],
            "+/−" => vec![KeyCode::Char('+'), KeyCode::Char('-')],
            "+" => vec![KeyCode::Char('+')],
            "−" => vec![KeyCode::Char('-')],
            "↑/↓" => vec![KeyCode::Up, KeyCode::Down],
            "Esc" => vec![KeyCode::Esc],
            other => vec![KeyCode::Char(other.chars().next().expect("key"))],
        };
        codes
            .into_iter()
            .filter_map(|c| presenter::action_for(key(c)))
            .collect()
    };
    let script = [
        Action::StartPause,
        Action::Next,
        Action::Next,
        Action::ToggleNotes,
        Action::ToggleRunSheet,
        Action::TogglePauseScreen,
        Action::Help,
        Action::Back,
        Action::RemoveMinute,
        Action::Next,
        Action::StartPause,
    ];
    for size in [(80, 24), (60, 20), (160, 45)] {
        update(&mut p, Event::Resize(size.0, size.1), t0());
        for (n, action) in script.iter().enumerate() {
            press(&mut p, *action, n as i64 * 30);
            for (label, what) in bar(&p) {
                let actions = actions_of(label);
                assert!(!actions.is_empty(), "{label} maps to an action");
                assert!(
                    actions.iter().any(|a| available(&p, *a)),
                    "{label} ({what}) shown but does nothing in {:?}",
                    p.view
                );
            }
        }
    }
}

#[test]
fn scrolling_stops_at_the_end_of_the_text() {
    let (_dir, _folder, mut p) = on_first_step();
    update(&mut p, Event::Resize(60, 20), t0());
    assert!(
        available(&p, Action::ScrollDown),
        "the text is longer than the screen"
    );
    assert!(!available(&p, Action::ScrollUp));
    let mut steps = 0;
    while available(&p, Action::ScrollDown) {
        press(&mut p, Action::ScrollDown, 0);
        steps += 1;
        assert!(steps < 100, "scrolling ends");
    }
    assert!(steps > 0);
    assert!(available(&p, Action::ScrollUp));
    // A larger window needs less scrolling: the offset follows.
    update(&mut p, Event::Resize(160, 45), t0());
    assert!(!available(&p, Action::ScrollDown));
    assert_eq!(p.scroll, 0, "all text fits at 160x45");
}

#[test]
fn quitting_saves_the_state_first() {
    let (_dir, _folder, mut p) = on_first_step();
    let effects = press(&mut p, Action::Quit, 0);
    assert!(
        matches!(effects.as_slice(), [Effect::Save(_), Effect::Quit]),
        "{effects:?}"
    );
}

#[test]
fn a_restart_resumes_the_item_and_the_clock() {
    let (_dir, folder, mut p) = on_first_step();
    press(&mut p, Action::AddMinute, 0);
    press(&mut p, Action::StartPause, 10);
    let effects = press(&mut p, Action::Next, 130);
    let Some(Effect::Save(text)) = effects.into_iter().next() else {
        panic!("moving on saves the state");
    };
    // The presenter crashes here; it is started again 5 minutes later.
    let mut again = presenter(&folder);
    apply(&mut again, "presentatie.ron", &text).expect("the saved state reads back");
    tick(&mut again, 130 + 300);
    assert_eq!(again.slide().expect("slide").id, "stap-inventaris");
    assert_eq!(
        again.status(),
        Status::Running,
        "the clock ran on meanwhile"
    );
    assert_eq!(again.time(again.current).used_secs, 300);
    assert_eq!(again.time(again.current - 1).used_secs, 120);
    assert_eq!(
        again.time(again.current - 1).planned_secs,
        16 * 60,
        "+1 kept"
    );
}

#[test]
fn the_driver_resumes_from_the_folder_and_keeps_a_damaged_state() {
    let (_dir, folder, mut p) = on_first_step();
    let Some(Effect::Save(text)) = press(&mut p, Action::StartPause, 0).into_iter().next() else {
        panic!("starting saves");
    };
    std::fs::write(folder.state_file(), &text).expect("write state");
    let resumed = presenter::open(&folder, &guide(), at(90));
    assert_eq!(resumed.slide().expect("slide").id, "stap-opgave");
    assert_eq!(resumed.time(resumed.current).used_secs, 90);
    assert_eq!(
        resumed.message.as_deref(),
        Some("Verder waar u was: Stap 0 — Opgave en visie.")
    );

    std::fs::write(folder.state_file(), "(version: 1, current: ").expect("damage");
    let fresh = presenter::open(&folder, &guide(), at(90));
    assert_eq!(fresh.current, 0, "starts at the first item");
    let aside = folder.dir.join("presentatie-beschadigd.ron");
    assert_eq!(
        std::fs::read_to_string(&aside).expect("kept aside"),
        "(version: 1, current: "
    );
    assert!(
        fresh
            .message
            .as_deref()
            .is_some_and(|m| m.contains("presentatie-beschadigd.ron")),
        "{:?}",
        fresh.message
    );
    // A second damaged state never replaces the first one set aside.
    presenter::open(&folder, &guide(), at(90));
    assert!(folder.dir.join("presentatie-beschadigd-2.ron").is_file());
    assert_eq!(
        std::fs::read_to_string(&aside).expect("kept"),
        "(version: 1, current: "
    );

    // A state from a newer Samenwerkwijzer is kept too, not overwritten.
    std::fs::write(folder.state_file(), "(version: 9, current: \"welkom\")").expect("newer");
    let fresh = presenter::open(&folder, &guide(), at(90));
    assert!(fresh.message.is_some());
    assert!(folder.dir.join("presentatie-beschadigd-3.ron").is_file());
}

#[test]
fn items_removed_from_the_agenda_do_not_break_a_resume() {
    let (_dir, folder, p) = on_first_step();
    let text = presenter::to_text(&p).replace("stap-opgave", "verdwenen-onderdeel");
    let mut again = presenter(&folder);
    apply(&mut again, "presentatie.ron", &text).expect("reads");
    assert_eq!(again.current, 0);
    assert!(!again.is_running());
}

#[test]
fn a_failed_save_is_told_and_the_clock_goes_on() {
    let (_dir, _folder, mut p) = on_first_step();
    press(&mut p, Action::StartPause, 0);
    update(&mut p, Event::Saved(Err("schijf vol".into())), at(1));
    assert!(
        p.message
            .as_deref()
            .is_some_and(|m| m.contains("schijf vol"))
    );
    tick(&mut p, 61);
    assert_eq!(p.time(p.current).used_secs, 61);
    press(&mut p, Action::ToggleNotes, 62);
    assert_eq!(p.message, None, "the next key clears the message");
}

#[test]
fn escape_sequences_in_a_trainers_files_never_reach_the_terminal() {
    let (_dir, _folder, mut p) = on_first_step();
    p.title = "Titel\x1b]0;overgenomen\x07\x1b[2J".into();
    if let Some(slide) = p.slides.get_mut(p.current) {
        slide.title = "Stap\x1b[31m rood".into();
        slide.notes = vec!["notitie\x1b[?1049l".into()];
    }
    press(&mut p, Action::ToggleNotes, 0);
    update(&mut p, Event::Resize(80, 24), t0());
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("terminal");
    terminal.draw(|f| presenter::render(&p, f)).expect("draw");
    let buffer = terminal.backend().buffer();
    assert!(
        buffer
            .content
            .iter()
            .all(|c| !c.symbol().chars().any(|ch| ch.is_control())),
        "no control characters in any cell"
    );
    let text = format!("{}", terminal.backend());
    assert!(text.contains("Titel") && text.contains("rood") && text.contains("notitie"));
}

#[cfg(unix)]
#[test]
fn a_fifo_as_state_file_never_hangs_the_presenter() {
    let (_dir, folder, _p) = on_first_step();
    let made = std::process::Command::new("mkfifo")
        .arg(folder.state_file())
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let p = presenter::open(&folder, &guide(), at(0));
    assert_eq!(p.current, 0);
    assert!(
        p.message
            .as_deref()
            .is_some_and(|m| m.contains("geen gewoon bestand")),
        "{:?}",
        p.message
    );
    assert!(!folder.dir.join("presentatie-beschadigd.ron").exists());
}

#[test]
fn help_scrolls_when_the_screen_is_small() {
    let (_dir, _folder, mut p) = on_first_step();
    update(&mut p, Event::Resize(44, 14), t0());
    press(&mut p, Action::Help, 0);
    assert!(
        available(&p, Action::ScrollDown),
        "help is longer than 14 rows"
    );
    assert!(bar(&p).iter().any(|(k, _)| *k == "↑/↓"));
    while available(&p, Action::ScrollDown) {
        press(&mut p, Action::ScrollDown, 0);
    }
    assert!(p.help_scroll > 0);
    assert_eq!(p.scroll, 0, "the item's own scroll is untouched");
    press(&mut p, Action::Back, 0);
    press(&mut p, Action::Help, 0);
    assert_eq!(p.help_scroll, 0, "help opens at the top");
}

/// The notes pane scrolls with ↑/↓ (together with the text), so a long
/// note is never cut off at 80x24, and the last note's last word shows.
#[test]
fn the_notes_scroll_to_their_last_line() {
    use ratatui::{Terminal, backend::TestBackend};
    let (_dir, _folder, mut p) = on_first_step();
    // A long set of notes: far more than the pane can hold at 80x24.
    let long: Vec<String> = (1..=12)
        .map(|n| format!("Notitie {n}: wat de trainer hier wil zeggen, lang genoeg om te breken."))
        .collect();
    p.slides[p.current].notes = long;
    update(&mut p, Event::Resize(80, 24), at(0));
    press(&mut p, Action::ToggleNotes, 0);
    let screen = |p: &Presenter| {
        let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        t.draw(|f| presenter::render(p, f)).expect("draw");
        let buf = t.backend().buffer().clone();
        (0..24)
            .map(|y| (0..80).map(|x| buf[(x, y)].symbol()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let first = screen(&p);
    assert!(!first.contains("Notitie 12"), "{first}");
    assert!(first.contains("↓ meer"), "{first}");
    for _ in 0..60 {
        press(&mut p, Action::ScrollDown, 0);
    }
    let last = screen(&p);
    assert!(last.contains("Notitie 12"), "{last}");
    assert!(last.contains("breken."), "{last}");
}

/// A debrief note names the plan questions in quotes, so a question's own
/// "?" is never followed by the sentence's full stop.
#[test]
fn debrief_notes_quote_the_questions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = workshop(dir.path());
    let p = presenter(&folder);
    let notes: Vec<&String> = p.slides.iter().flat_map(|s| &s.notes).collect();
    let look: Vec<&&String> = notes
        .iter()
        .filter(|n| n.contains("Kijk in de plannen"))
        .collect();
    assert!(!look.is_empty(), "{notes:?}");
    for n in look {
        assert!(!n.contains("?."), "{n}");
        assert!(n.contains("bij: \""), "{n}");
    }
}

/// With `NO_COLOR` the presenter sends no colour, also when the clock is
/// red; the words still say the time is up.
#[test]
fn no_color_keeps_the_red_clock_in_words_only() {
    use ratatui::style::Color;
    use ratatui::{Terminal, backend::TestBackend};
    use samenwerkwijzer::session::Colours;
    let (_dir, _folder, mut p) = on_first_step();
    update(&mut p, Event::Resize(120, 40), at(0));
    press(&mut p, Action::StartPause, 0);
    tick(&mut p, 20 * 60);
    let draw = |p: &Presenter| {
        let mut t = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        t.draw(|f| presenter::render(p, f)).expect("draw");
        t.backend().buffer().clone()
    };
    let red = |buf: &ratatui::buffer::Buffer| buf.content.iter().any(|c| c.fg == Color::Red);
    assert!(red(&draw(&p)), "normally the clock is red");
    p.colours = Colours::None;
    let buf = draw(&p);
    assert!(!red(&buf));
    assert!(
        buf.content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    assert!(clock_words(&p)[0].starts_with("De tijd is om"));
}
