//! The clock lives in the core (`session::clock`), so every front-end
//! shares it; the TUI's own name for it stays for its callers and tests.

pub use crate::session::clock::{Clock, FakeClock, SystemClock};
