//! The terminal front-end's loop: draw, wait for input, a signal or the
//! next deadline, and feed what came through [`dispatch`]. Input and
//! signals arrive from their own threads over one channel, so the loop
//! sleeps until something happens: an idle app (even one whose saves keep
//! failing) uses no CPU.

mod input;
pub mod terminal;

use std::io::{self, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use crate::session::{FrontEnd, SavePolicy, Start};
use crate::store::{Library, system_time_zone};
use crate::tui::clock::{Clock, SystemClock};
use crate::tui::drawn::Drawn;
use crate::tui::driver::Driver;
use crate::tui::event::{Event, from_burst};
use crate::tui::runtime::{begin, collect, dispatch, finish_saves};
use crate::tui::state::App;
use crate::tui::ui;
use crate::tui::update::rescue_on_crash;

use terminal::TerminalGuard;

/// How long the loop sleeps when nothing is due (it wakes on input anyway).
const IDLE: Duration = Duration::from_secs(3600);

/// What reaches the loop from its helper threads.
pub(crate) enum Incoming {
    /// Terminal events that arrived together.
    Burst(Vec<ratatui::crossterm::event::Event>),
    Signal(i32),
    /// The terminal cannot be read any more (the window was closed).
    Lost,
    /// A background save has answered (`Driver::finished`).
    Saved,
}

/// Run the full-screen app until the user quits or a signal stops it.
#[must_use]
pub fn run(start: Start) -> ExitCode {
    if let FrontEnd::Screen(colours) = start.front {
        ui::theme::set(colours);
    }
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let tz = system_time_zone();
    let plans_dir = start.data.plans().display().to_string();
    let mut app = App::new(start.guide.clone(), tz.clone(), plans_dir, clock.now());
    app.policy = SavePolicy::configured();
    app.mouse = start.mouse;
    let library = Library::new(start.data);
    let mut driver = Driver::new(library, start.guide, clock.clone()).with_tz(tz);
    let (tx, rx) = mpsc::channel();
    // Saves write on their own thread and knock when done, and the state
    // file is written there too, after the first frame rather than before
    // it (issue 16). If that thread cannot start, they are written here.
    let knock = tx.clone();
    let _ = driver.save_in_background(move || {
        let _ = knock.send(Incoming::Saved);
    });
    begin(&mut app, &mut driver, start.opening);

    // A panic inside is caught here: the terminal is restored by the
    // guard's panic hook, the open plan is written to a recovery copy, and
    // the panic goes on (the process ends with an error).
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_loop(&mut app, &mut driver, clock.as_ref(), (tx, rx))
    }));
    match result {
        Ok(result) => {
            // Release the plan's lock (and remove its file) before anything else.
            drop(driver);
            finish(&app, result)
        }
        Err(panic) => {
            if let Some(rescue) = rescue_on_crash(&app)
                && let Some(crate::tui::effect::Done::Rescued {
                    written,
                    why,
                    crashed,
                }) = driver.execute(rescue)
            {
                let note = crate::tui::update::exit_note(&app, &written, &why, crashed);
                say(&format!("\n{note}"));
            }
            std::panic::resume_unwind(panic)
        }
    }
}

/// After the terminal is back to normal: anything the user must know.
fn finish(app: &App, result: io::Result<()>) -> ExitCode {
    if let Some(note) = &app.exit_note {
        say(note);
    }
    if let Err(e) = result {
        say(&format!("samenwerkwijzer: terminalfout: {e}"));
        return ExitCode::FAILURE;
    }
    match app.signal {
        // The usual exit status of a program stopped by a signal.
        Some(signal) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(1)),
        None => ExitCode::SUCCESS,
    }
}

/// Print to stderr without panicking: after the window was closed there is
/// nobody to read it, and that must not turn a clean exit into a crash.
/// Control characters (from a plan's text) are neutralised (R14).
fn say(text: &str) {
    let _ = writeln!(io::stderr(), "{}", crate::text::neutralise_controls(text));
}

fn run_loop(
    app: &mut App,
    driver: &mut Driver,
    clock: &dyn Clock,
    (tx, rx): (mpsc::Sender<Incoming>, mpsc::Receiver<Incoming>),
) -> io::Result<()> {
    let mut guard = TerminalGuard::enter()?;
    crate::signals::listen(tx.clone(), Incoming::Signal)?;
    input::listen(tx);
    loop {
        // The terminal takes the mouse only while the app wants it (F12,
        // --zonder-muis): without, the terminal selects text as usual.
        guard.set_mouse(app.mouse)?;
        let mut drawn = Drawn::default();
        if let Err(e) = guard.terminal.draw(|frame| drawn = ui::render(app, frame)) {
            // The terminal is gone: save as for a hangup, then report.
            dispatch(app, driver, Event::Signal(crate::signals::SIGHUP));
            finish_saves(app, driver);
            return Err(e);
        }
        // What is where on the screen, for the scroll keys and clicks.
        dispatch(app, driver, Event::Drawn(Box::new(drawn)));
        let wait = app
            .deadline()
            .map_or(IDLE, |due| due.saturating_duration_since(clock.now()));
        match rx.recv_timeout(wait) {
            Ok(Incoming::Burst(burst)) => {
                dispatch(app, driver, Event::Tick(clock.now()));
                for event in from_burst(burst) {
                    crash_on_request(&event);
                    dispatch(app, driver, event);
                    if app.quit {
                        break;
                    }
                }
                dispatch(app, driver, Event::Tick(clock.now()));
            }
            Ok(Incoming::Signal(signal)) => dispatch(app, driver, Event::Signal(signal)),
            Ok(Incoming::Saved) => collect(app, driver),
            Ok(Incoming::Lost) | Err(RecvTimeoutError::Disconnected) => {
                dispatch(app, driver, Event::Signal(crate::signals::SIGHUP));
            }
            Err(RecvTimeoutError::Timeout) => dispatch(app, driver, Event::Tick(clock.now())),
        }
        if app.quit {
            // Quitting waits for its save; anything still in flight (and
            // what its answer leads to) finishes before the terminal goes.
            finish_saves(app, driver);
            return Ok(());
        }
    }
}

/// Test builds crash on F12 when `SAMENWERKWIJZER_TEST_CRASH` is set, so
/// the crash path (terminal restored, recovery copy written) can be tested
/// on the real binary. Release builds have no such key.
fn crash_on_request(ev: &Event) {
    #[cfg(debug_assertions)]
    if matches!(ev, Event::Key(k) if k.code == ratatui::crossterm::event::KeyCode::F(12))
        && std::env::var_os("SAMENWERKWIJZER_TEST_CRASH").is_some()
    {
        panic!("crash requested for a test");
    }
    let _ = ev;
}
