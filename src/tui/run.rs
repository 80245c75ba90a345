//! The event loop: draw, wait for input or the autosave deadline, update.

use std::io;
use std::time::Instant;

use ratatui::crossterm::event;

use super::driver::Driver;
use super::event::Event;
use super::state::App;
use super::terminal::TerminalGuard;
use super::ui;

pub fn run(app: &mut App, driver: &mut Driver) -> io::Result<()> {
    let mut guard = TerminalGuard::enter()?;
    loop {
        guard.terminal.draw(|frame| ui::render(app, frame))?;
        if event::poll(driver.wait_time(Instant::now()))?
            && let Some(ev) = Event::from_terminal(event::read()?)
        {
            driver.handle(app, ev);
        }
        driver.tick(app, Instant::now());
        if app.quit {
            return Ok(());
        }
    }
}
