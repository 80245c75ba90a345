//! One turn of the loop, shared by the terminal loop and the tests:
//! event → `update` → effects → driver → result events → `update` …,
//! until nothing is left to do.

use std::collections::VecDeque;

use crate::session::Opening;

use super::driver::Driver;
use super::effect::{Done, Effect};
use super::event::Event;
use super::state::App;
use super::update::{start, update};

/// Feed one event through `update` and carry out what it asks, feeding
/// every result back in.
pub fn dispatch(app: &mut App, driver: &mut Driver, event: Event) {
    dispatch_watched(app, driver, event, &mut |_| {});
}

/// [`dispatch`], showing each effect to `watch` before it is carried out
/// (tests count saves this way).
pub fn dispatch_watched(
    app: &mut App,
    driver: &mut Driver,
    event: Event,
    watch: &mut dyn FnMut(&Effect),
) {
    let mut queue = VecDeque::from([event]);
    while let Some(event) = queue.pop_front() {
        for effect in update(app, event) {
            watch(&effect);
            let done = driver.execute(effect);
            // Background saves that answered meanwhile go first: an effect
            // waits for them, so they happened before it.
            queue.extend(driver.finished().into_iter().map(done_event));
            queue.extend(done.map(done_event));
        }
    }
}

fn done_event(done: Done) -> Event {
    Event::Done(Box::new(done))
}

/// Feed the answers of background saves that have finished into `update`.
pub fn collect(app: &mut App, driver: &mut Driver) {
    for done in driver.finished() {
        dispatch(app, driver, done_event(done));
    }
}

/// Wait for every background save in flight and feed its answer in, and
/// the answers of the saves those lead to (a failed save on a signal
/// writes a recovery copy), until none is left.
pub fn finish_saves(app: &mut App, driver: &mut Driver) {
    loop {
        driver.wait_for_saves();
        collect(app, driver);
        if driver.saves_in_flight() == 0 {
            return;
        }
    }
}

/// Show what the command line asked for.
pub fn begin(app: &mut App, driver: &mut Driver, opening: Opening) {
    perform(app, driver, start(opening));
}

/// Carry out one effect and feed its result back in.
pub fn perform(app: &mut App, driver: &mut Driver, effect: Effect) {
    let done = driver.execute(effect);
    collect(app, driver);
    if let Some(done) = done {
        dispatch(app, driver, done_event(done));
    }
}
