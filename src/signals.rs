//! The signals that ask a front-end to stop — SIGTERM, SIGHUP (the window
//! was closed), SIGINT (Ctrl-C) and SIGQUIT — delivered as messages into
//! the front-end's own input channel, so its loop saves (or writes a
//! recovery copy) and restores the terminal before it stops. One listener
//! for the app, the line mode, the presenter and the compare projector.

use std::io;
use std::sync::mpsc::Sender;

/// The hangup a lost terminal stands for.
#[cfg(unix)]
pub const SIGHUP: i32 = signal_hook::consts::SIGHUP;
#[cfg(not(unix))]
pub const SIGHUP: i32 = 1;

/// From now on, each stop signal is sent into `tx` as `wrap(signal)`,
/// from a thread of its own, until the receiver is gone.
#[cfg(unix)]
pub fn listen<T: Send + 'static>(tx: Sender<T>, wrap: fn(i32) -> T) -> io::Result<()> {
    use signal_hook::consts::{SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if tx.send(wrap(signal)).is_err() {
                return;
            }
        }
    });
    Ok(())
}

#[cfg(not(unix))]
pub fn listen<T: Send + 'static>(_tx: Sender<T>, _wrap: fn(i32) -> T) -> io::Result<()> {
    Ok(())
}
