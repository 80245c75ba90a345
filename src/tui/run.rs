//! The event loop: draw, wait for input or the autosave deadline, update.

use std::io;
use std::time::Instant;

use ratatui::crossterm::event;

use super::driver::Driver;
use super::event::Event;
use super::state::App;
use super::terminal::TerminalGuard;
use super::ui;

/// Run until the user quits. A panic inside is caught here: the terminal
/// is restored by the guard's panic hook, the open plan is written to a
/// recovery copy, and the panic goes on (the process ends with an error).
pub fn run(app: &mut App, driver: &mut Driver) -> io::Result<()> {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_loop(app, driver)));
    match result {
        Ok(r) => r,
        Err(panic) => {
            if let Some(note) = driver.rescue(app, true) {
                eprintln!("\n{note}");
            }
            std::panic::resume_unwind(panic)
        }
    }
}

fn run_loop(app: &mut App, driver: &mut Driver) -> io::Result<()> {
    let mut guard = TerminalGuard::enter()?;
    loop {
        guard.terminal.draw(|frame| ui::render(app, frame))?;
        if event::poll(driver.wait_time(app, Instant::now()))?
            && let Some(ev) = Event::from_terminal(event::read()?)
        {
            crash_on_request(&ev);
            driver.handle(app, ev);
        }
        driver.tick(app, Instant::now());
        if app.quit {
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
