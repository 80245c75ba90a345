//! Reading the terminal on a thread of its own, in bursts: everything that
//! is there at once (and after a paste, what follows within a moment) goes
//! to the loop together, so a paste and the bytes behind it are judged
//! together (see [`crate::tui::event::from_burst`]).

use std::sync::mpsc::Sender;
use std::time::Duration;

use ratatui::crossterm::event::{self, Event};

use super::Incoming;

/// After a paste, input this soon after it still belongs to it: the rest
/// of one hostile paste can arrive in a second read, and no one types a
/// key within ten milliseconds of pasting.
const PASTE_TAIL: Duration = Duration::from_millis(10);

pub fn listen(tx: Sender<Incoming>) {
    std::thread::spawn(move || {
        loop {
            let Ok(first) = event::read() else {
                let _ = tx.send(Incoming::Lost);
                return;
            };
            let mut burst = vec![first];
            loop {
                let pasted = burst.iter().any(|e| matches!(e, Event::Paste(_)));
                let wait = if pasted { PASTE_TAIL } else { Duration::ZERO };
                match event::poll(wait) {
                    Ok(true) => match event::read() {
                        Ok(ev) => burst.push(ev),
                        Err(_) => break,
                    },
                    Ok(false) | Err(_) => break,
                }
            }
            if tx.send(Incoming::Burst(burst)).is_err() {
                return;
            }
        }
    });
}
