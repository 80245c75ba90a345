//! Atomic file replacement: a reader sees the old file or the new one,
//! never a mix, even if the machine dies halfway.

use std::io::{self, Write};
use std::path::Path;

use tempfile::NamedTempFile;

/// Write `bytes` to `path` via a temporary file in the same folder: write,
/// fsync the file, rename over `path`, fsync the folder. The new file is
/// readable by its owner only (0600 on Unix).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_via_temp(path, bytes, |tmp, path| {
        tmp.persist(path).map(drop).map_err(|e| e.error)
    })
}

/// Write a new file at `path`, failing with `AlreadyExists` rather than
/// replacing a file that is there. Just as durable as [`write_atomic`].
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_via_temp(path, bytes, |tmp, path| {
        tmp.persist_noclobber(path).map(drop).map_err(|e| e.error)
    })
}

/// Write and fsync a temporary file beside `path`, `put` it in place,
/// then fsync the folder so the new name survives a power cut too.
fn write_via_temp(
    path: &Path,
    bytes: &[u8],
    put: impl FnOnce(NamedTempFile, &Path) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // tempfile creates the file with mode 0600 and a random name, so two
    // writers never share a temporary file.
    let mut tmp = tempfile::Builder::new()
        .prefix(".samenwerkwijzer-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    put(tmp, path)?;
    sync_dir(dir)
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

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("plan.ron");
        write_atomic(&path, b"old").expect("first write");
        write_atomic(&path, b"new").expect("second write");
        assert_eq!(std::fs::read(&path).expect("read"), b"new");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("plan.ron")]);
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
}
