//! The plain, accessible front-end (issue 15): the whole journey line by
//! line, for screen readers, large magnified text and scripts. No
//! alternate screen, no cursor movement, no colour, no escape sequences:
//! only lines, each change said as a sentence.
//!
//! A third thin front-end over the same core as the TUI and the command
//! line: the guide, the plan, the advice, the store, and the save policy
//! of `session`. The parts:
//!
//! - `interview`: the state (plan, step, cursor) with its queries;
//!   `turn` reads one line (a command or an answer, via `command` and
//!   `read`), `moves` goes to other questions, `saving` decides when to
//!   write, `ask` says the question, `reports` the panels and the advice.
//!   All pure: lines in, lines and [`effect::Effect`]s out.
//! - `disk` carries out the effects with the store; `session` ties the
//!   interview to the disk, one input at a time (tests drive it with a
//!   fake clock); `run` is the edge: stdin and signals on threads, the
//!   real clock, stdout through `print`.

mod ask;
mod command;
mod disk;
pub mod effect;
pub mod input;
pub mod interview;
mod moves;
mod picker;
mod print;
mod read;
mod reports;
mod run;
mod saving;
pub mod session;
mod speak;
mod turn;

pub use effect::Incoming;
pub use run::run;
pub use saving::exit_code;
pub use session::Sitting;
