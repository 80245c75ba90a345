//! SIGTERM, SIGHUP (the window was closed), SIGINT and SIGQUIT become
//! events in the loop: the plan is saved (or a recovery copy written) and
//! the terminal restored before the app stops, instead of dying mid-way.

use std::io;
use std::sync::mpsc::Sender;

use super::Incoming;

#[cfg(unix)]
pub use signal_hook::consts::SIGHUP;
#[cfg(not(unix))]
pub const SIGHUP: i32 = 1;

#[cfg(unix)]
pub fn listen(tx: Sender<Incoming>) -> io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGQUIT, SIGTERM};
    use signal_hook::iterator::Signals;
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if tx.send(Incoming::Signal(signal)).is_err() {
                return;
            }
        }
    });
    Ok(())
}

#[cfg(not(unix))]
pub fn listen(_tx: Sender<Incoming>) -> io::Result<()> {
    Ok(())
}
