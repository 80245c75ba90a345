//! One turn of the loop, shared by the terminal loop and the tests:
//! event → `update` → effects → driver → result events → `update` …,
//! until nothing is left to do.

use std::collections::VecDeque;

use crate::session::Opening;

use super::driver::Driver;
use super::effect::Effect;
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
            queue.extend(
                driver
                    .execute(effect)
                    .map(|done| Event::Done(Box::new(done))),
            );
        }
    }
}

/// Show what the command line asked for.
pub fn begin(app: &mut App, driver: &mut Driver, opening: Opening) {
    perform(app, driver, start(opening));
}

/// Carry out one effect and feed its result back in.
pub fn perform(app: &mut App, driver: &mut Driver, effect: Effect) {
    if let Some(done) = driver.execute(effect) {
        dispatch(app, driver, Event::Done(Box::new(done)));
    }
}
