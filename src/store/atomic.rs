//! The one way the app writes a file: plans, exports, history, trash,
//! recovery copies, state.
//!
//! - Atomic: a temporary file in the same folder is written and synced,
//!   then renamed into place and the folder synced, so a reader sees the
//!   old file or the new one, never a mix, even after a power cut.
//! - Private: files are 0600 and folders the store makes are 0700, set
//!   explicitly, whatever the umask.
//! - Only over a regular file: a FIFO, device, folder or symbolic link at
//!   the target is refused (renaming onto `/dev/stdout` would replace the
//!   link), and so is a read-only file or one with a second name (a hard
//!   link, which an atomic replace would split off).
//! - Temporary files left by a save that was killed are removed by the
//!   next write in that folder, once they are clearly abandoned.

use std::fs::Metadata;
use std::io::{self, Write};
use std::path::Path;
use std::time::{Duration, SystemTime};

use tempfile::NamedTempFile;

use super::explain::{self, Refusal, refuse};
use super::read::FileKind;

/// Names of our temporary files: `.samenwerkwijzer-XXXXXX.tmp`.
const TEMP_PREFIX: &str = ".samenwerkwijzer-";
const TEMP_SUFFIX: &str = ".tmp";

/// A temporary file this old belongs to a save that was killed: no save
/// takes an hour, and one that is paused that long only fails its rename
/// (and is retried), it loses nothing.
const STALE_AFTER: Duration = Duration::from_secs(60 * 60);

/// Write `bytes` to `path`, replacing the regular file there (or creating
/// it). The low-level writer: plans go through [`super::save`], exports
/// through [`super::write_export`].
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    check_replace(path)?;
    write_via_temp(path, bytes, |tmp, path| {
        tmp.persist(path).map(drop).map_err(|e| e.error)
    })
    .map_err(|e| explain::at(path, e))
}

/// Write a new file at `path`, failing with `AlreadyExists` rather than
/// replacing anything that is there. Just as durable as [`write_atomic`].
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_via_temp(path, bytes, |tmp, path| {
        tmp.persist_noclobber(path).map(drop).map_err(|e| e.error)
    })
    .map_err(|e| explain::at(path, e))
}

/// May `path` be replaced? Nothing there, or a regular, writable file
/// with one name.
pub(crate) fn check_replace(path: &Path) -> io::Result<()> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(explain::at(path, e)),
    };
    let path = path.to_path_buf();
    if meta.file_type().is_symlink() {
        return Err(refuse(
            io::ErrorKind::InvalidInput,
            Refusal::Symlink { path },
        ));
    }
    if let Some(kind) = FileKind::of(&meta) {
        return Err(refuse(
            io::ErrorKind::InvalidInput,
            Refusal::NotRegular { path, kind },
        ));
    }
    if meta.permissions().readonly() {
        return Err(refuse(
            io::ErrorKind::PermissionDenied,
            Refusal::ReadOnly { path },
        ));
    }
    if links(&meta) > 1 {
        return Err(refuse(io::ErrorKind::Other, Refusal::HardLinked { path }));
    }
    Ok(())
}

#[cfg(unix)]
fn links(meta: &Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(meta)
}

#[cfg(not(unix))]
fn links(_meta: &Metadata) -> u64 {
    1
}

/// Write and fsync a temporary file beside `path`, `put` it in place,
/// then fsync the folder so the new name survives a power cut too.
fn write_via_temp(
    path: &Path,
    bytes: &[u8],
    put: impl FnOnce(NamedTempFile, &Path) -> io::Result<()>,
) -> io::Result<()> {
    let dir = folder_of(path);
    clean_stale_temps(dir, SystemTime::now());
    // A random name, so two writers never share a temporary file.
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    make_private_file(tmp.as_file())?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    put(tmp, path)?;
    sync_dir(dir)
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// 0600 on the open file, not left to the umask (which can be 000, or
/// take away the owner's own write permission).
fn make_private_file(file: &std::fs::File) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    let _ = file;
    Ok(())
}

/// Remove our own temporary files in `dir` that a killed save left
/// behind. Only files with our name pattern, owned by this user, regular,
/// and untouched for [`STALE_AFTER`]. Failing to clean is not an error.
pub(crate) fn clean_stale_temps(dir: &Path, now: SystemTime) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age >= STALE_AFTER);
        if meta.file_type().is_file() && owned_by_me(&meta) && old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(unix)]
pub(crate) fn owned_by_me(meta: &Metadata) -> bool {
    std::os::unix::fs::MetadataExt::uid(meta) == rustix::process::getuid().as_raw()
}

#[cfg(not(unix))]
pub(crate) fn owned_by_me(_meta: &Metadata) -> bool {
    true
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows has no portable way to fsync a folder; rename is durable
    // enough there once the file itself is synced.
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<std::ffi::OsString> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .expect("list")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("plan.ron");
        write_atomic(&path, b"old").expect("first write");
        write_atomic(&path, b"new").expect("second write");
        assert_eq!(std::fs::read(&path).expect("read"), b"new");
        assert_eq!(
            names(dir.path()),
            vec![std::ffi::OsString::from("plan.ron")]
        );
    }

    #[test]
    fn write_new_never_replaces() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.html");
        write_new(&path, b"1").expect("first");
        let e = write_new(&path, b"2").expect_err("second");
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert!(!e.to_string().contains("os error"), "{e}");
        assert_eq!(std::fs::read(&path).expect("read"), b"1");
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("plan.ron");
        write_atomic(&path, b"x").expect("write");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn only_abandoned_temporary_files_are_cleaned() {
        let dir = tempfile::tempdir().expect("tempdir");
        let stale = dir.path().join(".samenwerkwijzer-abc.tmp");
        let other = dir.path().join("notities.tmp");
        std::fs::write(&stale, "half").expect("write");
        std::fs::write(&other, "van de gebruiker").expect("write");
        // Just written: another save may be busy with it.
        clean_stale_temps(dir.path(), SystemTime::now());
        assert!(stale.exists());
        clean_stale_temps(dir.path(), SystemTime::now() + STALE_AFTER * 2);
        assert!(!stale.exists(), "an hour old: left by a killed save");
        assert!(other.exists(), "not ours");
    }
}
