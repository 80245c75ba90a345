//! Storage at the edge: paths, atomic writes, the plans folder.

mod atomic;
mod file_name;
pub mod history;
mod library;
mod lock;
mod paths;
pub mod recovery;
mod session;

pub use atomic::{write_atomic, write_new};
pub use file_name::stem_from_title;
pub use library::{Entry, FileStamp, Library, LoadError, load, save};
pub use lock::{LockError, PlanLock, lock, lock_path};
pub use paths::{DATA_DIR_ENV, DataDir, create_private_dir};
pub use session::Session;
