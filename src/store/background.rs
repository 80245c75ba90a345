//! Saves off the key path (issue 16): the front-end hands a snapshot of
//! the plan to a writer thread and goes on; serialising, the history copy,
//! writing and both fsyncs happen there, with exactly the rules of
//! [`OpenPlan::save`]. A key pressed during an autosave no longer waits for
//! the disk.
//!
//! - One thread, orders in turn: a save's change check sees the file as
//!   the save before it left it.
//! - Every order is answered, through `report`, even when the save panics.
//! - [`BackgroundSaver::wait`] returns once every order given so far has
//!   been answered; a front-end calls it before it touches the plan's file
//!   or lock any other way (open, rename, restore, a recovery copy).
//! - Dropping the saver finishes every order first: the last save of a
//!   quit or a signal is on disk before the process ends.

use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;

use super::open_plan::{OpenPlan, SaveOrder, SaveOutcome};
use super::paths::DataDir;

/// Orders given and not yet answered.
#[derive(Default)]
struct InFlight {
    count: Mutex<usize>,
    done: Condvar,
}

impl InFlight {
    fn add(&self) {
        *self.count.lock().unwrap_or_else(PoisonError::into_inner) += 1;
    }

    fn finish(&self) {
        let mut count = self.count.lock().unwrap_or_else(PoisonError::into_inner);
        *count = count.saturating_sub(1);
        self.done.notify_all();
    }

    fn get(&self) -> usize {
        *self.count.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn wait_for_none(&self) {
        let mut count = self.count.lock().unwrap_or_else(PoisonError::into_inner);
        while *count > 0 {
            count = self
                .done
                .wait(count)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// Work for the writer thread.
enum Order<T> {
    Save(Box<(SaveOrder, T)>),
    /// Other writing that need not hold up the screen (the state file).
    Chore(Box<dyn FnOnce() + Send>),
}

/// A writer thread for the open plan. `T` is what the front-end wants
/// back with each outcome (the revision saved, what to do next).
pub struct BackgroundSaver<T: Send + 'static> {
    orders: Option<Sender<Order<T>>>,
    thread: Option<JoinHandle<()>>,
    in_flight: Arc<InFlight>,
}

impl<T: Send + 'static> BackgroundSaver<T> {
    /// Start the writer. It saves into `plan` (shared with the front-end,
    /// which sets it when a plan is opened) and calls `report` on its own
    /// thread with each outcome, in order, and the order itself: the
    /// front-end should drop it on its own thread. (glibc frees memory
    /// into the arena of the thread that allocated it, under that arena's
    /// lock: freeing a big plan here held up the loop's allocations, and
    /// keys during an autosave took up to 11 ms instead of 0.4.)
    pub fn start(
        data: DataDir,
        plan: Arc<Mutex<OpenPlan>>,
        mut report: impl FnMut(T, SaveOutcome, SaveOrder) + Send + 'static,
    ) -> io::Result<BackgroundSaver<T>> {
        let (orders, inbox) = mpsc::channel::<Order<T>>();
        let in_flight = Arc::new(InFlight::default());
        let counter = in_flight.clone();
        let thread = std::thread::Builder::new()
            .name("opslaan".into())
            .spawn(move || {
                lower_priority();
                for order in inbox {
                    let (mut order, tag) = match order {
                        Order::Save(save) => *save,
                        Order::Chore(chore) => {
                            let _ = catch_unwind(AssertUnwindSafe(chore));
                            counter.finish();
                            continue;
                        }
                    };
                    let outcome = catch_unwind(AssertUnwindSafe(|| {
                        plan.lock()
                            .unwrap_or_else(PoisonError::into_inner)
                            .save(&data, &mut order)
                    }))
                    .unwrap_or_else(|_| SaveOutcome::Failed(PANICKED.to_string()));
                    // Answered first, counted second: once `wait` returns,
                    // every outcome has been reported.
                    report(tag, outcome, order);
                    counter.finish();
                }
            })?;
        Ok(BackgroundSaver {
            orders: Some(orders),
            thread: Some(thread),
            in_flight,
        })
    }

    /// Hand a save to the writer. When the writer is gone (it can only
    /// stop by panicking outside a save), the order comes back so the
    /// caller can save it itself.
    pub fn submit(&self, order: SaveOrder, tag: T) -> Result<(), Box<(SaveOrder, T)>> {
        let Some(orders) = &self.orders else {
            return Err(Box::new((order, tag)));
        };
        self.in_flight.add();
        match orders.send(Order::Save(Box::new((order, tag)))) {
            Ok(()) => Ok(()),
            Err(mpsc::SendError(back)) => {
                self.in_flight.finish();
                match back {
                    Order::Save(save) => Err(save),
                    // Not what was sent; nothing to give back.
                    Order::Chore(_) => Ok(()),
                }
            }
        }
    }

    /// Run `chore` on the writer thread, after the saves given before it;
    /// here when the writer is gone.
    pub fn chore(&self, chore: impl FnOnce() + Send + 'static) {
        let Some(orders) = &self.orders else {
            chore();
            return;
        };
        self.in_flight.add();
        if let Err(e) = orders.send(Order::Chore(Box::new(chore))) {
            self.in_flight.finish();
            if let Order::Chore(chore) = e.0 {
                chore();
            }
        }
    }

    /// Saves given and not answered yet.
    #[must_use]
    pub fn in_flight(&self) -> usize {
        self.in_flight.get()
    }

    /// Block until every save given so far has been answered.
    pub fn wait(&self) {
        self.in_flight.wait_for_none();
    }
}

impl<T: Send + 'static> Drop for BackgroundSaver<T> {
    /// Finish every save that was given, then stop the writer.
    fn drop(&mut self) {
        drop(self.orders.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The writer gives way to the thread that draws: on a busy machine a
/// key pressed during a save should not wait for a core. On Linux the
/// nice value of a thread is its own (the 0 is the calling thread).
fn lower_priority() {
    #[cfg(target_os = "linux")]
    let _ = rustix::process::setpriority_process(None, WRITER_NICE);
}

/// How much the writer gives way (0 is normal, 19 the most).
#[cfg(target_os = "linux")]
const WRITER_NICE: i32 = 10;

/// The outcome of a save that panicked (a bug): the front-end says it
/// failed and its policy tries again, as after any failed save.
const PANICKED: &str = "er ging iets mis in het programma tijdens het opslaan";

#[cfg(test)]
mod tests {
    //! The writer's promises, made deterministic by holding the open
    //! plan's lock (the writer takes it for every save): orders given
    //! meanwhile are queued, not yet written.

    use std::path::{Path, PathBuf};
    use std::sync::MutexGuard;

    use super::*;
    use crate::plan::Plan;

    type Reports = Arc<Mutex<Vec<(u32, SaveOutcome, String)>>>;

    struct Setup {
        _dir: tempfile::TempDir,
        data: DataDir,
        path: PathBuf,
        plan: Arc<Mutex<OpenPlan>>,
        reports: Reports,
    }

    fn setup() -> Setup {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path());
        let path = dir.path().join("plan.ron");
        Setup {
            data,
            path,
            _dir: dir,
            plan: Arc::new(Mutex::new(OpenPlan::default())),
            reports: Arc::default(),
        }
    }

    impl Setup {
        /// A writer that records each answer with the title of the plan
        /// it handed back.
        fn saver(&self) -> BackgroundSaver<u32> {
            let reports = self.reports.clone();
            BackgroundSaver::start(self.data.clone(), self.plan.clone(), move |tag, out, o| {
                reports
                    .lock()
                    .expect("reports")
                    .push((tag, out, o.plan.meta.title));
            })
            .expect("writer thread")
        }

        fn order(&self, title: &str) -> SaveOrder {
            SaveOrder {
                path: self.path.clone(),
                plan: Plan::new(title, jiff::Timestamp::UNIX_EPOCH),
                history: false,
                at: "2026-12-01T10:00:00Z".parse().expect("time"),
            }
        }

        /// Keep the writer from starting a save until the guard is dropped.
        fn hold(&self) -> MutexGuard<'_, OpenPlan> {
            self.plan.lock().expect("open plan")
        }

        fn tags(&self) -> Vec<u32> {
            let reports = self.reports.lock().expect("reports");
            reports.iter().map(|r| r.0).collect()
        }
    }

    fn on_disk(path: &Path) -> String {
        std::fs::read_to_string(path).expect("the plan file")
    }

    #[test]
    fn two_queued_saves_are_written_in_turn_and_the_latest_stays() {
        let s = setup();
        let saver = s.saver();
        let held = s.hold();
        saver.submit(s.order("Versie een"), 1).expect("queued");
        saver.submit(s.order("Versie twee"), 2).expect("queued");
        assert_eq!(saver.in_flight(), 2, "both wait for the writer");
        assert!(!s.path.exists(), "nothing written while the lock is held");
        drop(held);
        saver.wait();
        assert_eq!(saver.in_flight(), 0);
        // Every answer is in before `wait` returns, in the order given.
        assert_eq!(s.tags(), vec![1, 2]);
        let text = on_disk(&s.path);
        assert!(text.contains("Versie twee"), "{text}");
        assert!(!text.contains("Versie een"), "{text}");
        let reports = s.reports.lock().expect("reports");
        for (tag, outcome, _) in reports.iter() {
            assert!(
                matches!(outcome, SaveOutcome::Saved { copy: false, .. }),
                "save {tag}: {outcome:?}"
            );
        }
        // The copies come back to be freed by the front-end.
        let titles: Vec<&str> = reports.iter().map(|r| r.2.as_str()).collect();
        assert_eq!(titles, ["Versie een", "Versie twee"]);
    }

    #[test]
    fn dropping_the_saver_finishes_every_order_first() {
        let s = setup();
        let saver = s.saver();
        let held = s.hold();
        saver.submit(s.order("Eerste"), 1).expect("queued");
        saver
            .submit(s.order("Laatste voor het stoppen"), 2)
            .expect("queued");
        drop(held);
        // What a quit does at the end: the saver goes, the process ends.
        drop(saver);
        assert_eq!(s.tags(), vec![1, 2]);
        assert!(on_disk(&s.path).contains("Laatste voor het stoppen"));
    }

    #[test]
    fn a_chore_runs_after_the_saves_given_before_it() {
        let s = setup();
        let saver = s.saver();
        let seen = Arc::new(Mutex::new(None));
        let held = s.hold();
        saver.submit(s.order("Voor de klus"), 1).expect("queued");
        let (path, into) = (s.path.clone(), seen.clone());
        saver.chore(move || {
            *into.lock().expect("seen") = std::fs::read_to_string(path).ok();
        });
        assert_eq!(saver.in_flight(), 2, "the chore counts as work in flight");
        drop(held);
        saver.wait();
        let seen = seen
            .lock()
            .expect("seen")
            .clone()
            .expect("the file was there");
        assert!(seen.contains("Voor de klus"), "{seen}");
    }

    /// A failing save answers with the same Dutch reason as the same save
    /// on the caller's thread (the front-end puts it into its message).
    #[test]
    fn a_failed_save_answers_with_the_same_dutch_reason_as_on_the_loop() {
        let mut s = setup();
        // A file where the plan's folder should be.
        let folder = s.path.with_file_name("plannen");
        std::fs::write(&folder, "geen map").expect("file");
        s.path = folder.join("plan.ron");
        let here = OpenPlan::default().save(&s.data, &mut s.order("Hier"));
        let SaveOutcome::Failed(why) = &here else {
            panic!("nothing can be written under a file: {here:?}");
        };
        assert!(why.contains("geen map"), "a Dutch reason: {why}");
        let saver = s.saver();
        saver.submit(s.order("Hier"), 7).expect("queued");
        saver.wait();
        let reports = s.reports.lock().expect("reports");
        assert_eq!(reports.len(), 1);
        assert_eq!(reports[0].1, here, "the same outcome, word for word");
        assert_eq!(on_disk(&folder), "geen map", "the file is untouched");
    }

    /// A chore that panics (a bug) does not stop the writer: the next
    /// save is still written and answered.
    #[test]
    fn a_panicking_chore_does_not_stop_the_writer() {
        let s = setup();
        let saver = s.saver();
        let held = s.hold();
        saver.chore(|| panic!("a bug in a chore"));
        saver.submit(s.order("Na de fout"), 1).expect("queued");
        drop(held);
        // Dropping joins the writer (`wait` would hang if it had died).
        drop(saver);
        assert_eq!(s.tags(), vec![1]);
        assert!(on_disk(&s.path).contains("Na de fout"));
    }
}
