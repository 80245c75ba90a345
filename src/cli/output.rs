//! Everything the command line prints goes through here:
//!
//! - control characters from plans and guides are neutralised, so a plan
//!   title cannot set the window title or move the cursor (R14);
//! - a reader that stops early (`samenwerkwijzer list | head -1`) is not
//!   an error and no panic: after a broken pipe, standard output stays
//!   quiet (B2). `print!` would panic there.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::text::neutralise_controls;

/// Standard output was closed by its reader; write nothing more there.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Write `text` to standard output (it holds its own newlines), with its
/// control characters neutralised.
pub fn out(text: &str) -> Result<(), String> {
    out_bytes(neutralise_controls(text).as_bytes())
}

/// Write bytes to standard output unchanged: only for a binary export
/// (Word) going to a pipe or file, never to a terminal.
pub fn out_bytes(bytes: &[u8]) -> Result<(), String> {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return Ok(());
    }
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
            STDOUT_CLOSED.store(true, Ordering::Relaxed);
            Ok(())
        }
        Err(e) => Err(format!(
            "kan niet naar het scherm schrijven: {}",
            crate::store::explain_os_error(&e)
        )),
    }
}

/// `out` with a newline.
pub fn line(text: &str) -> Result<(), String> {
    out(&format!("{text}\n"))
}

/// A message on standard error, with a newline. Failing to write a
/// message cannot be reported anywhere, so it is ignored.
pub fn note(text: &str) {
    let text = neutralise_controls(text);
    let mut stderr = io::stderr().lock();
    let _ = stderr
        .write_all(text.as_bytes())
        .and_then(|()| stderr.write_all(b"\n"))
        .and_then(|()| stderr.flush());
}
