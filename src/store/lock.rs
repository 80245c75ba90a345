//! One writer per plan: a second Samenwerkwijzer that opens the same plan
//! is told so instead of silently overwriting the first one's work.
//!
//! The lock is an operating-system file lock on a small hidden file beside
//! the plan. The system releases it when the process ends, however it
//! ends, so a crash never leaves a stale lock behind.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

/// Held while a plan is open; dropping it releases the lock.
#[derive(Debug)]
pub struct PlanLock {
    _file: File,
}

#[derive(Debug)]
pub enum LockError {
    /// Another process has the plan open.
    Busy,
}

pub fn lock_path(plan: &Path) -> PathBuf {
    let name = plan
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    plan.with_file_name(format!(".{name}.lock"))
}

/// Lock `plan` for this process. `Ok(None)` when no lock file can be made
/// (e.g. a read-only folder): then only the change check before each save
/// protects the file, which is still safe, just less early.
pub fn lock(plan: &Path) -> Result<Option<PlanLock>, LockError> {
    let file = match OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path(plan))
    {
        Ok(f) => f,
        Err(_) => return Ok(None),
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(PlanLock { _file: file })),
        Err(TryLockError::WouldBlock) => Err(LockError::Busy),
        Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => Ok(None),
        Err(TryLockError::Error(_)) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_plan_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().expect("tempdir");
        let plan = dir.path().join("p.ron");
        let first = lock(&plan).expect("first lock").expect("lock file");
        assert!(matches!(lock(&plan), Err(LockError::Busy)));
        drop(first);
        assert!(lock(&plan).expect("after release").is_some());
    }
}
