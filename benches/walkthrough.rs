//! Speed of the things a user waits for, on a big plan: 1,000 tasks and
//! 200 partners, drawn at 200x60.
//!
//! Targets (see BENCHMARKS.md): under 1 ms per keystroke (update + render),
//! and the first frame within a few milliseconds of start.

use std::hint::black_box;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::plan::{Answer, Plan, Slot, YesNo};
use samenwerkwijzer::session::SavePolicy;
use samenwerkwijzer::store::{self, DataDir, Library};
use samenwerkwijzer::tui::clock::{Clock, FakeClock};
use samenwerkwijzer::tui::driver::Driver;
use samenwerkwijzer::tui::event::Event;
use samenwerkwijzer::tui::runtime::dispatch;
use samenwerkwijzer::tui::state::{App, Editor, Screen};
use samenwerkwijzer::tui::ui;

fn big_plan() -> Plan {
    let mut plan = Plan::new("Grote regio", jiff::Timestamp::UNIX_EPOCH);
    let text = |s: String| Some(Answer::Text(s));
    for n in 0..1000 {
        let id = plan.add_item("inventaris.taken");
        let slot = |f: &str| Slot::field("inventaris.taken", &id, f);
        plan.set(
            &slot("naam"),
            text(format!("Taak nummer {n} met een redelijk lange naam")),
        );
        let how = if n % 2 == 0 { "samen" } else { "zelf" };
        plan.set(&slot("aanpak"), Some(Answer::Choice(how.into())));
        plan.set(
            &slot("motieven"),
            Some(Answer::Multi(vec!["kosten".into(), "schaal".into()])),
        );
        plan.set(&slot("alleen"), Some(Answer::Scale(3)));
        plan.set(&slot("business_case"), Some(Answer::YesNo(YesNo::Ja)));
    }
    let tasks: Vec<String> = plan
        .items("inventaris.taken")
        .iter()
        .map(|i| i.id.clone())
        .collect();
    for n in 0..200 {
        let id = plan.add_item("partners.lijst");
        let slot = |f: &str| Slot::field("partners.lijst", &id, f);
        plan.set(&slot("naam"), text(format!("Partner {n}")));
        plan.set(&slot("soort"), Some(Answer::Choice("gemeente".into())));
        plan.set(
            &slot("inbreng"),
            text("Kennis, geld en mensen voor de uitvoering.".into()),
        );
        plan.set(
            &slot("taken"),
            Some(Answer::Refs(tasks.iter().step_by(40).cloned().collect())),
        );
        plan.set(&slot("inzet"), Some(Answer::Scale(4)));
        let per = |f: &str| Slot::field("doelen.per_partner", &id, f);
        plan.set(&per("hetzelfde"), Some(Answer::Scale(4)));
        plan.set(&per("zelfde_manier"), Some(Answer::Scale(3)));
    }
    plan.set(
        &Slot::question("opgave.omschrijving"),
        text("Een warmtenet voor de hele regio.".repeat(10)),
    );
    plan
}

fn app_with(guide: Arc<Guide>, plan: Plan) -> App {
    let editor = Editor::new("/tmp/plan.ron".into(), plan, &guide, SavePolicy::default());
    let mut app = App::new(
        guide,
        jiff::tz::TimeZone::UTC,
        String::new(),
        std::time::Instant::now(),
    );
    app.screen = Screen::Editor(Box::new(editor));
    app
}

/// The clock stands still: no autosave interrupts the measurements.
fn new_driver(library: &Library, guide: &Arc<Guide>) -> Driver {
    let clock: Arc<dyn Clock> = Arc::new(FakeClock::new(jiff::Timestamp::UNIX_EPOCH));
    Driver::new(library.clone(), guide.clone(), clock)
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn benches(c: &mut Criterion) {
    let guide = Arc::new(load_embedded().expect("guide"));
    let plan = big_plan();
    let dir = tempfile::tempdir().expect("tempdir");
    let library = Library::new(DataDir::new(dir.path()));
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");

    // Typing into a text field of step 0.
    let mut app = app_with(guide.clone(), plan.clone());
    let mut driver = new_driver(&library, &guide);
    dispatch(&mut app, &mut driver, key(KeyCode::Enter));
    // Type and erase in turn, so the text keeps its length.
    let mut typed = false;
    c.bench_function("keystroke: type a character + render 200x60", |b| {
        b.iter(|| {
            typed = !typed;
            let code = if typed {
                KeyCode::Char('x')
            } else {
                KeyCode::Backspace
            };
            dispatch(&mut app, &mut driver, key(code));
            terminal
                .draw(|f| ui::render(black_box(&app), f))
                .expect("draw");
        })
    });

    // Moving through the 1,000 tasks in the list view of step 1.
    let mut app = app_with(guide.clone(), plan.clone());
    let mut driver = new_driver(&library, &guide);
    dispatch(&mut app, &mut driver, key(KeyCode::PageDown));
    dispatch(&mut app, &mut driver, key(KeyCode::Enter));
    let mut down = true;
    c.bench_function(
        "keystroke: move in a 1,000-task list + render 200x60",
        |b| {
            b.iter(|| {
                down = !down;
                let code = if down { KeyCode::Down } else { KeyCode::Up };
                dispatch(&mut app, &mut driver, key(code));
                terminal
                    .draw(|f| ui::render(black_box(&app), f))
                    .expect("draw");
            })
        },
    );

    // Step 3 asks per partner: 200 partners summarised on the form.
    let mut app = app_with(guide.clone(), plan.clone());
    let mut driver = new_driver(&library, &guide);
    for _ in 0..3 {
        dispatch(&mut app, &mut driver, key(KeyCode::PageDown));
    }
    c.bench_function(
        "keystroke: next question on step 3 (200 partners) + render",
        |b| {
            b.iter(|| {
                dispatch(&mut app, &mut driver, key(KeyCode::Tab));
                dispatch(&mut app, &mut driver, key(KeyCode::BackTab));
                terminal
                    .draw(|f| ui::render(black_box(&app), f))
                    .expect("draw");
            })
        },
    );

    // Answering a choice changes the plan: progress and advice (all rules
    // over 1,000 tasks and 200 partners) are recomputed, then drawn.
    let mut app = app_with(guide.clone(), plan.clone());
    let mut driver = new_driver(&library, &guide);
    dispatch(&mut app, &mut driver, key(KeyCode::Tab));
    dispatch(&mut app, &mut driver, key(KeyCode::Tab));
    let mut pick = false;
    c.bench_function("keystroke: answer a choice + render", |b| {
        b.iter(|| {
            pick = !pick;
            let choice = if pick { '1' } else { '2' };
            dispatch(&mut app, &mut driver, key(KeyCode::Char(choice)));
            terminal
                .draw(|f| ui::render(black_box(&app), f))
                .expect("draw");
        })
    });
    // After a pause the advice catches up: all rules over the big plan.
    c.bench_function("advice after a pause: findings + self-scan", |b| {
        b.iter(|| {
            if let Screen::Editor(e) = &mut app.screen {
                e.advice_stale = true;
                e.settle_advice(&guide);
            }
        })
    });
    let findings = match &app.screen {
        Screen::Editor(e) => e.advice.findings.len(),
        Screen::Picker(_) => 0,
    };
    eprintln!("findings on the big plan: {findings}");

    let path = dir.path().join("groot.ron");
    store::save(&path, &plan).expect("save");
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    eprintln!("plan file: {bytes} bytes");
    c.bench_function("save the big plan (atomic, fsync)", |b| {
        b.iter(|| store::save(&path, black_box(&plan)).expect("save"))
    });
    c.bench_function("load the big plan", |b| {
        b.iter(|| black_box(store::load(&path, &guide).expect("load")))
    });
    c.bench_function("load the embedded guide", |b| {
        b.iter(|| black_box(load_embedded().expect("guide")))
    });
    // A realistic plan: the example (6 tasks, 4 partners), from its file.
    let example = dir.path().join("voorbeeld.ron");
    std::fs::write(&example, samenwerkwijzer::cli::EXAMPLE_PLAN).expect("example");
    c.bench_function("first frame: load guide + example plan, draw 200x60", |b| {
        b.iter(|| {
            let guide = Arc::new(load_embedded().expect("guide"));
            let plan = store::load(&example, &guide).expect("load").plan;
            let app = app_with(guide, plan);
            terminal.draw(|f| ui::render(&app, f)).expect("draw");
        })
    });
    c.bench_function("first frame: load guide + plan, draw 200x60", |b| {
        b.iter(|| {
            let guide = Arc::new(load_embedded().expect("guide"));
            let plan = store::load(&path, &guide).expect("load").plan;
            let app = app_with(guide, plan);
            terminal.draw(|f| ui::render(&app, f)).expect("draw");
        })
    });
}

criterion_group! {
    name = walkthrough;
    config = Criterion::default().sample_size(50);
    targets = benches
}
criterion_main!(walkthrough);
