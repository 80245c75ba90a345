//! The driver carries out [`Effect`]s against the disk and the user's
//! folders and answers each with a [`Done`]. It is the only part of the
//! shell that reads or writes files; it never changes the app state (the
//! answers go back through `update`), and it needs no terminal, so tests
//! run the whole app through it.
//!
//! Besides the store it keeps only file bookkeeping: the open plan's lock
//! and what its file looked like when last read or written.

mod exports;
mod hand_in;
mod places;
mod plans;
mod saving;

use std::sync::Arc;

use jiff::tz::TimeZone;

use crate::guide::Guide;
use crate::store::{FileStamp, Library, PlanLock};
use crate::tui::clock::Clock;
use crate::tui::effect::{Done, Effect};

pub use places::Places;

pub struct Driver {
    library: Library,
    guide: Arc<Guide>,
    clock: Arc<dyn Clock>,
    places: Places,
    /// For the times in exports.
    tz: TimeZone,
    /// The open plan's lock, held until another plan is opened.
    lock: Option<PlanLock>,
    /// The open plan's file as we last read or wrote it.
    stamp: Option<FileStamp>,
}

impl Driver {
    /// A driver for the plans in `library`, with the user's own folders
    /// and time zone.
    pub fn new(library: Library, guide: Arc<Guide>, clock: Arc<dyn Clock>) -> Driver {
        Driver {
            library,
            guide,
            clock,
            places: Places::of_user(),
            tz: TimeZone::try_system().unwrap_or(TimeZone::UTC),
            lock: None,
            stamp: None,
        }
    }

    /// Other folders for exports and "save as" (tests).
    #[must_use]
    pub fn with_places(mut self, places: Places) -> Driver {
        self.places = places;
        self
    }

    /// Change the folders in place (tests).
    pub fn set_places(&mut self, places: Places) {
        self.places = places;
    }

    #[must_use]
    pub fn with_tz(mut self, tz: TimeZone) -> Driver {
        self.tz = tz;
        self
    }

    #[must_use]
    pub fn library(&self) -> &Library {
        &self.library
    }

    /// Carry out one effect and say how it went.
    pub fn execute(&mut self, effect: Effect) -> Option<Done> {
        Some(match effect {
            Effect::Save(job) => self.save(job),
            Effect::Open(path) => self.open(&path),
            Effect::OpenLoaded {
                path,
                plan,
                migrated_from,
            } => self.show(
                path,
                plan,
                crate::tui::effect::Opened::File { migrated_from },
            ),
            Effect::Create(title) => self.create(&title),
            Effect::Close => {
                self.lock = None;
                self.stamp = None;
                return None;
            }
            Effect::ListPlans { select } => self.list(select),
            Effect::Rename { path, title } => self.rename(&path, &title),
            Effect::Trash(path) => self.trash(&path),
            Effect::ListVersions(path) => self.versions(&path),
            Effect::RestoreVersion { plan, version } => self.restore_version(&plan, &version),
            Effect::Recover(path) => self.recover(&path),
            Effect::DiscardRecovery(path) => self.discard_recovery(&path),
            Effect::SuggestSaveAs(path) => Done::SaveAsSuggested(self.places.suggest(&path)),
            Effect::SaveAs {
                typed,
                plan,
                revision,
            } => self.save_as(&typed, &plan, revision),
            Effect::Export { format, plan, path } => self.export(format, &plan, &path),
            Effect::SuggestHandIn { case, with_author } => {
                self.suggest_hand_in(case.as_deref(), with_author)
            }
            Effect::HandIn {
                typed,
                plan,
                with_author,
            } => self.hand_in(&typed, &plan, with_author),
            Effect::Rescue(job) => self.rescue(&job),
        })
    }
}
