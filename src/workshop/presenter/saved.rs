//! The presenter's state on disk (`presentatie.ron` in the workshop
//! folder), so a restart resumes the item and the clock.
//!
//! A running clock is saved as the moment it started, so the time the
//! presenter was closed (a crash, a reboot) counts, as it did in the room.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::clock::ItemClock;
use super::state::Presenter;
use crate::workshop::error::{FileError, parse};

/// The state file format; a newer one is not read (the presenter starts
/// afresh and keeps the file).
pub const STATE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedState {
    version: u32,
    /// The id of the agenda item on the screen.
    current: String,
    #[serde(default)]
    running_since: Option<Timestamp>,
    /// Per agenda item id: seconds used and minutes added.
    #[serde(default)]
    items: BTreeMap<String, SavedClock>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedClock {
    used: i64,
    #[serde(default)]
    extra_minutes: i32,
}

/// A week: no workshop item runs longer.
const MAX_USED_SECS: i64 = 7 * 24 * 3600;
/// Minutes added or taken off, as far as +/− can go.
const MAX_EXTRA: i32 = super::clock::MAX_MINUTES as i32;

const HEADER: &str = "// De stand van de presentatie. Samenwerkwijzer houdt dit bestand bij;\n\
                      // verwijder het om opnieuw bij het eerste onderdeel te beginnen.\n";

pub fn to_text(p: &Presenter) -> String {
    let items = p
        .slides
        .iter()
        .zip(&p.clocks)
        .filter(|(_, c)| **c != ItemClock::default())
        .map(|(s, c)| {
            let clock = SavedClock {
                used: c.used_secs,
                extra_minutes: c.extra_minutes,
            };
            (s.id.clone(), clock)
        })
        .collect();
    let state = SavedState {
        version: STATE_VERSION,
        current: p.slide().map(|s| s.id.clone()).unwrap_or_default(),
        running_since: p.running_since,
        items,
    };
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false);
    match ron::ser::to_string_pretty(&state, config) {
        Ok(body) => format!("{HEADER}{body}\n"),
        Err(e) => unreachable!("the presenter state always serialises: {e}"),
    }
}

/// Why a saved state is not used.
#[derive(Debug, Clone, PartialEq)]
pub enum NotResumed {
    /// Damaged or not a state file.
    Damaged(FileError),
    /// Written by a newer Samenwerkwijzer.
    Newer(u32),
}

/// Put the saved state `text` (from file `file`) into `p`. Items that are
/// no longer on the agenda are left out; an unknown current item means the
/// first one. Returns the current item's title, for the "resumed" note.
pub fn apply(p: &mut Presenter, file: &str, text: &str) -> Result<(), NotResumed> {
    let state: SavedState = parse(file, text).map_err(NotResumed::Damaged)?;
    if state.version > STATE_VERSION {
        return Err(NotResumed::Newer(state.version));
    }
    for (slide, clock) in p.slides.iter().zip(p.clocks.iter_mut()) {
        if let Some(saved) = state.items.get(&slide.id) {
            // A hand-edited file may hold anything: keep the numbers to
            // what a session can have, so the sums stay far from overflow.
            *clock = ItemClock {
                used_secs: saved.used.clamp(0, MAX_USED_SECS),
                extra_minutes: saved.extra_minutes.clamp(-MAX_EXTRA, MAX_EXTRA),
            };
        }
    }
    match p.slides.iter().position(|s| s.id == state.current) {
        Some(i) => {
            p.current = i;
            p.running_since = state.running_since;
        }
        None => {
            p.current = 0;
            p.running_since = None;
        }
    }
    Ok(())
}
