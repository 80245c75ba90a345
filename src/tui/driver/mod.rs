//! The driver carries out [`Effect`]s against the disk and the user's
//! folders and answers each with a [`Done`]. It is the only part of the
//! shell that reads or writes files; it never changes the app state (the
//! answers go back through `update`), and it needs no terminal, so tests
//! run the whole app through it.
//!
//! Besides the store it keeps only file bookkeeping: the open plan's lock
//! and what its file looked like when last read or written.
//!
//! Saves run on the caller's thread until [`Driver::save_in_background`]
//! is called (the terminal loop does; tests may). Then a save answers
//! later: its `Done` waits in [`Driver::finished`], and every other effect
//! first waits for the saves in flight, so nothing else touches the plan's
//! file or lock meanwhile (issue 16).

mod exports;
mod hand_in;
mod places;
mod plans;
mod saving;

use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use jiff::tz::TimeZone;

use crate::guide::Guide;
use crate::store::{BackgroundSaver, Library, OpenPlan, PlanLock, SaveOrder, Session};
use crate::tui::clock::Clock;
use crate::tui::effect::{Done, Effect, Then};

pub use places::Places;

pub struct Driver {
    library: Library,
    guide: Arc<Guide>,
    clock: Arc<dyn Clock>,
    places: Places,
    /// For the times in exports.
    tz: TimeZone,
    /// The open plan's lock and its file as we last read or wrote it;
    /// shared with the writer thread.
    open: Arc<Mutex<OpenPlan>>,
    /// The writer thread, once saves run in the background.
    saver: Option<BackgroundSaver<(u64, Then)>>,
    /// Answers of background saves not yet handed to `update`, with the
    /// orders they answer (to be dropped on this thread).
    finished: Option<Receiver<(Done, SaveOrder)>>,
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
            tz: crate::store::system_time_zone(),
            open: Arc::new(Mutex::new(OpenPlan::default())),
            saver: None,
            finished: None,
        }
    }

    /// From now on, save on a writer thread: `execute` answers a save with
    /// `None`, and its `Done` comes out of [`Driver::finished`] later.
    /// `wake` is called (on the writer thread) after each answer, so the
    /// loop can pick it up.
    pub fn save_in_background(&mut self, wake: impl Fn() + Send + 'static) -> std::io::Result<()> {
        let (answers, finished) = mpsc::channel();
        let saver = BackgroundSaver::start(
            self.library.data_dir().clone(),
            self.open.clone(),
            move |(revision, then), outcome, order| {
                let _ = answers.send((saving::answer(revision, then, outcome), order));
                wake();
            },
        )?;
        self.saver = Some(saver);
        self.finished = Some(finished);
        Ok(())
    }

    /// The answers of background saves that have finished, in order.
    /// Their orders (a copy of the plan each) are dropped here, on the
    /// thread that made them.
    pub fn finished(&mut self) -> Vec<Done> {
        self.finished
            .as_ref()
            .map(|f| f.try_iter().map(|(done, _order)| done).collect())
            .unwrap_or_default()
    }

    /// Background saves given and not answered yet.
    #[must_use]
    pub fn saves_in_flight(&self) -> usize {
        self.saver.as_ref().map_or(0, BackgroundSaver::in_flight)
    }

    /// Block until every background save given so far has answered.
    pub fn wait_for_saves(&self) {
        if let Some(saver) = &self.saver {
            saver.wait();
        }
    }

    /// Remember `plan` as the last one opened (`state.ron`): on the writer
    /// thread when there is one, so the first frame does not wait for two
    /// fsyncs (issue 16). A convenience; failing is not worth a message.
    fn remember(&self, plan: &std::path::Path) {
        let data = self.library.data_dir().clone();
        let plan = plan.to_path_buf();
        let remember = move || {
            let _ = Session::remember(&data, &plan);
        };
        match &self.saver {
            Some(saver) => saver.chore(remember),
            None => remember(),
        }
    }

    /// Hold the lock of the plan at `path`, just read, and remember what
    /// its file looks like: on the writer thread when there is one (the
    /// stamp reads the whole file again), before any save it is given.
    fn hold(&self, path: &std::path::Path, lock: Option<PlanLock>) {
        let Some(saver) = &self.saver else {
            self.open_plan().opened(path, lock);
            return;
        };
        {
            let mut open = self.open_plan();
            open.lock = lock;
            open.stamp = None;
        }
        let (open, path) = (self.open.clone(), path.to_path_buf());
        saver.chore(move || {
            open.lock()
                .unwrap_or_else(PoisonError::into_inner)
                .restamp(&path);
        });
    }

    fn open_plan(&self) -> MutexGuard<'_, OpenPlan> {
        self.open.lock().unwrap_or_else(PoisonError::into_inner)
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

    /// Carry out one effect and say how it went (a background save says
    /// so later, through [`Driver::finished`]).
    pub fn execute(&mut self, effect: Effect) -> Option<Done> {
        if let Effect::Save(job) = effect {
            return self.save(job);
        }
        // Nothing else touches the plan's file or lock while it is written.
        self.wait_for_saves();
        Some(match effect {
            Effect::Save(_) => return None,
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
                self.open_plan().close();
                return None;
            }
            Effect::ListPlans { select } => self.list(select),
            Effect::ReadDetails(path) => Done::DetailsRead {
                result: self.read_details(&path),
                path,
            },
            Effect::SaveDetails { path, details } => self.save_details(&path, &details),
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
            Effect::FindExportFolder => Done::ExportFolder(self.export_folder_shown()),
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
