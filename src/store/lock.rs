//! One writer per plan: a second Samenwerkwijzer that opens the same plan
//! is told so instead of silently overwriting the first one's work.
//!
//! The lock is an operating-system file lock on a small hidden file beside
//! the plan (0600, removed again when the plan is closed). The system
//! releases it when the process ends, however it ends, so a crash never
//! leaves a stale lock behind; a leftover file is just reused.
//!
//! A plan is locked under its canonical path, so opening it through a
//! symbolic link meets the same lock. A plan with a second name (a hard
//! link) may be open twice, but saving it is refused (see `plan_file`), so
//! the two names are never split.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

use super::plan_file::identity;

/// Held while a plan is open; dropping it releases the lock and removes
/// the lock file.
#[derive(Debug)]
pub struct PlanLock {
    file: File,
    path: PathBuf,
}

impl Drop for PlanLock {
    fn drop(&mut self) {
        // Still holding the lock: anyone who opened this file meanwhile
        // sees that it is no longer at its path and starts over.
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

#[derive(Debug)]
pub enum LockError {
    /// Another process has the plan open.
    Busy,
}

/// The lock file of `plan`: `.NAME.ron.lock` beside the file it really is.
pub fn lock_path(plan: &Path) -> PathBuf {
    let real = identity(plan);
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    real.with_file_name(format!(".{name}.lock"))
}

/// Lock `plan` for this process. `Ok(None)` when no lock file can be made
/// (e.g. a read-only folder): then only the change check before each save
/// protects the file, which is still safe, just less early.
pub fn lock(plan: &Path) -> Result<Option<PlanLock>, LockError> {
    let path = lock_path(plan);
    // A lock file removed by its holder between our open and our lock is
    // no lock at all: try again on the new one.
    for _ in 0..10 {
        let Ok(file) = open_private(&path) else {
            return Ok(None);
        };
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(LockError::Busy),
            Err(TryLockError::Error(_)) => return Ok(None),
        }
        if same_file(&file, &path) {
            return Ok(Some(PlanLock { file, path }));
        }
    }
    Ok(None)
}

#[cfg(unix)]
fn open_private(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
        .open(path)?;
    // Not left to the umask.
    file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    Ok(file)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
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
        assert!(!lock_path(&plan).exists(), "removed on release");
        assert!(lock(&plan).expect("after release").is_some());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_a_plan_meets_the_same_lock() {
        let dir = tempfile::tempdir().expect("tempdir");
        let plan = dir.path().join("p.ron");
        std::fs::write(&plan, "x").expect("write");
        let alias = dir.path().join("alias.ron");
        std::os::unix::fs::symlink(&plan, &alias).expect("symlink");
        let _held = lock(&plan).expect("lock").expect("lock file");
        assert!(matches!(lock(&alias), Err(LockError::Busy)));
    }
}
