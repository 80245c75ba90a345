//! Speed of the things a user waits for, on a big plan: 1,000 tasks and
//! 200 partners, drawn at 200x60.
//!
//! Targets (see BENCHMARKS.md): under 1 ms per keystroke (update + render),
//! no keystroke above 2 ms while an autosave of this plan is being
//! written (issue 16), and the first frame within a few milliseconds of
//! start.

#[path = "support/big_plan.rs"]
mod big_plan;

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::plan::Plan;
use samenwerkwijzer::session::SavePolicy;
use samenwerkwijzer::store::{self, DataDir, Library};
use samenwerkwijzer::tui::clock::{Clock, FakeClock};
use samenwerkwijzer::tui::driver::Driver;
use samenwerkwijzer::tui::event::Event;
use samenwerkwijzer::tui::runtime::{collect, dispatch};
use samenwerkwijzer::tui::state::{App, Editor, Screen};
use samenwerkwijzer::tui::ui;

fn big_plan() -> Plan {
    big_plan::big_plan(1_000, 200)
}

/// The app with `plan` open as `plan.ron` in the bench's own folder
/// (a step change saves it there, never into a shared folder).
fn app_with(guide: Arc<Guide>, plan: Plan, dir: &std::path::Path) -> App {
    app_saving(guide, plan, dir.join("plan.ron"), SavePolicy::default())
}

fn app_saving(guide: Arc<Guide>, plan: Plan, path: std::path::PathBuf, policy: SavePolicy) -> App {
    let mut editor = Editor::new(path, plan, &guide, policy);
    editor.refresh_advice(&guide);
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
    let mut app = app_with(guide.clone(), plan.clone(), dir.path());
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
                .draw(|f| {
                    ui::render(black_box(&app), f);
                })
                .expect("draw");
        })
    });

    // Moving through the 1,000 tasks in the list view of step 1.
    let mut app = app_with(guide.clone(), plan.clone(), dir.path());
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
                    .draw(|f| {
                        ui::render(black_box(&app), f);
                    })
                    .expect("draw");
            })
        },
    );

    // Step 3 asks per partner: 200 partners summarised on the form.
    let mut app = app_with(guide.clone(), plan.clone(), dir.path());
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
                    .draw(|f| {
                        ui::render(black_box(&app), f);
                    })
                    .expect("draw");
            })
        },
    );

    // Answering a choice changes the plan: progress and advice (all rules
    // over 1,000 tasks and 200 partners) are recomputed, then drawn.
    let mut app = app_with(guide.clone(), plan.clone(), dir.path());
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
                .draw(|f| {
                    ui::render(black_box(&app), f);
                })
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
            let app = app_with(guide, plan, dir.path());
            terminal
                .draw(|f| {
                    ui::render(&app, f);
                })
                .expect("draw");
        })
    });
    c.bench_function("first frame: load guide + plan, draw 200x60", |b| {
        b.iter(|| {
            let guide = Arc::new(load_embedded().expect("guide"));
            let plan = store::load(&path, &guide).expect("load").plan;
            let app = app_with(guide, plan, dir.path());
            terminal
                .draw(|f| {
                    ui::render(&app, f);
                })
                .expect("draw");
        })
    });
}

/// Keys while the writer thread saves the big plan: each round makes the
/// plan dirty, lets the autosave start (it goes to the writer thread),
/// and times the next key + frame while that save is still in flight.
fn during_autosave(c: &mut Criterion) {
    let guide = Arc::new(load_embedded().expect("guide"));
    let dir = tempfile::tempdir().expect("tempdir");
    let library = Library::new(DataDir::new(dir.path()));
    let path = dir.path().join("groot.ron");
    let plan = big_plan();
    store::save(&path, &plan).expect("save");
    let policy = SavePolicy {
        delay: Duration::ZERO,
        ..SavePolicy::default()
    };
    let mut app = app_saving(guide.clone(), plan.clone(), path.clone(), policy);
    let clock = Arc::new(FakeClock::new(jiff::Timestamp::UNIX_EPOCH));
    let shared: Arc<dyn Clock> = clock.clone();
    let mut driver = Driver::new(library, guide.clone(), shared);
    driver.save_in_background(|| {}).expect("writer thread");
    // The driver holds the file as after opening it (its lock and stamp),
    // so the autosaves go over it rather than beside it.
    driver.execute(samenwerkwijzer::tui::effect::Effect::Open(path.clone()));
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    dispatch(&mut app, &mut driver, key(KeyCode::Enter));
    let mut during: Vec<Duration> = Vec::new();
    let mut idle: Vec<Duration> = Vec::new();
    let mut typed = false;
    let mut frame = |app: &mut App, driver: &mut Driver, code: KeyCode| {
        let start = Instant::now();
        dispatch(app, driver, key(code));
        terminal
            .draw(|f| {
                ui::render(black_box(app), f);
            })
            .expect("draw");
        start.elapsed()
    };
    c.bench_function(
        "keystroke while an autosave of the big plan is written",
        |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    // A change, then the tick that starts its autosave.
                    typed = !typed;
                    let code = if typed {
                        KeyCode::Char('x')
                    } else {
                        KeyCode::Backspace
                    };
                    dispatch(&mut app, &mut driver, key(code));
                    dispatch(&mut app, &mut driver, Event::Tick(clock.now()));
                    let started = driver.saves_in_flight() > 0;
                    let took = frame(&mut app, &mut driver, KeyCode::Left);
                    if started && driver.saves_in_flight() > 0 {
                        during.push(took);
                    }
                    total += took;
                    driver.wait_for_saves();
                    collect(&mut app, &mut driver);
                    // The same key with no save in flight, for comparison.
                    idle.push(frame(&mut app, &mut driver, KeyCode::Right));
                    clock.advance(Duration::from_millis(1));
                }
                total
            })
        },
    );
    eprintln!(
        "key + frame (200x60), ms: {}",
        spread("during an autosave", &mut during)
    );
    eprintln!(
        "key + frame (200x60), ms: {}",
        spread("no save in flight", &mut idle)
    );
}

/// Median, 99th percentile and maximum of `times`, in milliseconds.
fn spread(what: &str, times: &mut [Duration]) -> String {
    times.sort();
    let at = |q: f64| {
        let i = ((times.len() as f64 - 1.0) * q).round() as usize;
        times.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    format!(
        "{what}: n {}, median {:.2}, p99 {:.2}, max {:.2}",
        times.len(),
        at(0.5),
        at(0.99),
        at(1.0)
    )
}

criterion_group! {
    name = walkthrough;
    config = Criterion::default().sample_size(50);
    targets = benches, during_autosave
}
criterion_main!(walkthrough);
