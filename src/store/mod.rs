//! Storage at the edge: paths, the one reader and the one writer, the
//! plans folder, history, recovery and locks.

mod atomic;
mod background;
mod explain;
mod export_file;
mod file_name;
pub mod history;
mod library;
mod lock;
mod open_plan;
mod os_error;
mod paths;
mod plan_file;
pub mod read;
pub mod recovery;
mod session;
mod time_zone;

pub use atomic::{write_atomic, write_new};
pub use background::BackgroundSaver;
pub use explain::{Refusal, refusal};
pub use export_file::write_export;
pub use file_name::stem_from_title;
pub use library::{Entry, Library, is_path_like};
pub use lock::{LockError, PlanLock, lock, lock_path};
pub use open_plan::{OpenPlan, SaveOrder, SaveOutcome, Written, save_checked};
pub use os_error::os_error as explain_os_error;
pub use paths::{DATA_DIR_ENV, DataDir, create_private_dir};
pub use plan_file::{
    FileStamp, LoadError, content_hash, identity, load, parse_plan, read_plan_bytes, save, save_new,
};
pub use read::{BOM, FileKind, ReadError, megabytes, read_bounded, read_prefix, special_kind};
pub use session::Session;
pub use time_zone::system_time_zone;
