//! The presenter's full-screen mode, its own (front-ends never import each
//! other): raw mode and the alternate screen, undone exactly once on every
//! way out — a return, an error, a panic — and a flag that SIGTERM, SIGHUP,
//! SIGINT and SIGQUIT raise, so the loop can stop cleanly instead of
//! leaving the projector in raw mode.

use std::io::{self, Write, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::DefaultTerminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

/// The full screen, restored when dropped.
pub struct Screen {
    pub terminal: DefaultTerminal,
    /// Raised by a signal that asks the presenter to stop.
    pub stop: Arc<AtomicBool>,
}

/// Whether the terminal is in our mode; restoring twice would move the
/// cursor back over what was printed after the first restore.
static ACTIVE: AtomicBool = AtomicBool::new(false);

impl Screen {
    pub fn enter() -> io::Result<Screen> {
        let stop = Arc::new(AtomicBool::new(false));
        #[cfg(unix)]
        for signal in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
            signal_hook::consts::SIGQUIT,
        ] {
            signal_hook::flag::register(signal, Arc::clone(&stop))?;
        }
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        if let Err(e) = execute!(stdout(), EnterAlternateScreen, cursor::Hide) {
            restore();
            return Err(e);
        }
        match ratatui::Terminal::new(CrosstermBackend::new(stdout())) {
            Ok(terminal) => Ok(Screen { terminal, stop }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    pub fn stop_requested(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        restore();
    }
}

/// Undo `enter`, once; errors are ignored on the way out.
fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let mut out = stdout();
    let _ = execute!(out, LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
}
