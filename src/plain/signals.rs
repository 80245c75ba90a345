//! SIGTERM, SIGHUP (the window was closed), SIGINT (Ctrl-C) and SIGQUIT
//! become inputs of the loop, as in the TUI: the plan is saved (or a
//! recovery copy written) before the line mode stops.

use std::io;
use std::sync::mpsc::Sender;

use super::effect::Incoming;

#[cfg(unix)]
pub fn listen(tx: Sender<Incoming>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
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
