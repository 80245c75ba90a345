//! Workshops for trainers: cases as data, the workshop folder, starting
//! and handing in plans, and the presenter for the projector.
//!
//! Everything here but `presenter::run` is pure core or file I/O at the
//! edge; the presenter is its own small front-end (state, `update`,
//! `render`) with time from an injected clock.

pub mod case;
pub mod describe;
pub mod error;
pub mod folder;
pub mod handout;
pub mod locate;
pub mod names;
pub mod participant;
pub mod presenter;
pub mod problem;
pub mod read;

pub use describe::{describe_error, describe_hand_in_error, describe_remark};
pub use error::{ErrorKind, FileError, FileRemark};
pub use problem::Remark;
