//! Entering and leaving the terminal's full-screen mode. The terminal is
//! restored on every way out: normal return, error, and panic.

use std::io::{self, BufWriter, Stdout, Write, stdout};
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

/// Standard output is line-buffered in 1 KiB: a frame of a few kilobytes
/// went out in several writes, each of which the terminal may show on its
/// own. A buffer that holds a whole frame sends it in one write, at the
/// flush that ends each draw (issue 16).
const FRAME_BUFFER: usize = 64 * 1024;

pub type Screen = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Restores the terminal when dropped.
pub struct TerminalGuard {
    pub terminal: Screen,
    /// Whether mouse events are asked for now.
    mouse: bool,
}

impl TerminalGuard {
    /// Raw mode, alternate screen, bracketed paste; and a panic hook that
    /// undoes them before the panic message is printed.
    pub fn enter() -> io::Result<TerminalGuard> {
        install_panic_hook();
        enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        let setup = execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste);
        if let Err(e) = setup {
            restore();
            return Err(e);
        }
        let out = BufWriter::with_capacity(FRAME_BUFFER, stdout());
        match Terminal::new(CrosstermBackend::new(out)) {
            Ok(terminal) => Ok(TerminalGuard {
                terminal,
                mouse: false,
            }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

impl TerminalGuard {
    /// Ask the terminal for mouse events, or stop asking, when that
    /// changes.
    pub fn set_mouse(&mut self, on: bool) -> io::Result<()> {
        if on == self.mouse {
            return Ok(());
        }
        if on {
            execute!(stdout(), EnableMouseCapture)?;
        } else {
            execute!(stdout(), DisableMouseCapture)?;
        }
        MOUSE.store(on, Ordering::SeqCst);
        self.mouse = on;
        Ok(())
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Whether the terminal is in our full-screen mode. Restoring twice must
/// be avoided: leaving the alternate screen a second time moves the cursor
/// back to where it was before the app started, and later output (a panic
/// message, a note about a recovery copy) would overwrite the screen.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Whether mouse capture is on, so a restore from the panic hook turns it
/// off (the shell would otherwise print escape codes on every click).
static MOUSE: AtomicBool = AtomicBool::new(false);

/// Undo everything `enter` did, once; later calls do nothing. Errors are
/// ignored because there is nothing better to do on the way out.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let mut out = stdout();
    if MOUSE.swap(false, Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(
        out,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = out.flush();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
