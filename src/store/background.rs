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
