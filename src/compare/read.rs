//! Reading one file by the store's reader rule (regular files only, a
//! byte cap, a BOM dropped, a FIFO never waited on): the comparison uses
//! the store's own reader, so the two can never drift apart.

pub use crate::store::read::{FileKind, ReadError, megabytes, read_bounded};
