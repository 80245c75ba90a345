//! The one way the app reads a file: plans, guide and step files,
//! `state.ron`, recovery copies, history copies.
//!
//! Only regular files are read. A FIFO would block the app forever and a
//! device such as `/dev/zero` never ends, so the kind is checked on the
//! opened handle (opened without blocking), and every read stops at a byte
//! limit whatever the file claims its size is. A UTF-8 byte order mark, as
//! Notepad writes it, is dropped.
//!
//! This file depends only on `os_error.rs` (a leaf), so any loader
//! (the guide, later workshops and comparisons) can use it.

use std::fmt;
use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::Path;

/// What a path is when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Directory,
    Fifo,
    Device,
    Socket,
    /// A symbolic link whose target does not exist.
    DanglingLink,
    Other,
}

impl FileKind {
    /// The kind of a non-regular file, `None` for a regular one.
    pub fn of(meta: &Metadata) -> Option<FileKind> {
        let t = meta.file_type();
        if t.is_file() {
            return None;
        }
        if t.is_dir() {
            return Some(FileKind::Directory);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_fifo() {
                return Some(FileKind::Fifo);
            }
            if t.is_char_device() || t.is_block_device() {
                return Some(FileKind::Device);
            }
            if t.is_socket() {
                return Some(FileKind::Socket);
            }
        }
        if t.is_symlink() {
            return Some(FileKind::DanglingLink);
        }
        Some(FileKind::Other)
    }

    /// "een map", "een FIFO (named pipe)": what to call it in a sentence.
    pub fn dutch(self) -> &'static str {
        match self {
            FileKind::Directory => "een map",
            FileKind::Fifo => "een FIFO (named pipe)",
            FileKind::Device => "een apparaatbestand",
            FileKind::Socket => "een socket",
            FileKind::DanglingLink => "een koppeling naar een bestand dat niet (meer) bestaat",
            FileKind::Other => "een bijzonder soort bestand",
        }
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    NotFound,
    PermissionDenied,
    /// It exists but is not a regular file.
    NotRegular(FileKind),
    /// Longer than the limit; `size` is what the file system says, or
    /// `limit + 1` when it could not say (a pipe, a growing file).
    TooLarge {
        limit: u64,
        size: u64,
    },
    /// Anything else, already in plain Dutch.
    Other {
        kind: io::ErrorKind,
        message: String,
    },
}

impl ReadError {
    fn from_io(e: &io::Error) -> ReadError {
        match e.kind() {
            io::ErrorKind::NotFound => ReadError::NotFound,
            io::ErrorKind::PermissionDenied => ReadError::PermissionDenied,
            io::ErrorKind::IsADirectory => ReadError::NotRegular(FileKind::Directory),
            kind => ReadError::Other {
                kind,
                message: super::os_error::os_error(e),
            },
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotFound => f.write_str("het bestand bestaat niet (meer)"),
            ReadError::PermissionDenied => {
                f.write_str("u hebt geen toestemming om dit bestand te lezen")
            }
            ReadError::NotRegular(kind) => write!(
                f,
                "dit is geen gewoon bestand maar {}; Samenwerkwijzer leest alleen gewone bestanden",
                kind.dutch()
            ),
            ReadError::TooLarge { limit, size } => write!(
                f,
                "het bestand is {}; meer dan {} is het nooit",
                megabytes(*size),
                megabytes(*limit)
            ),
            ReadError::Other { message, .. } => f.write_str(message),
        }
    }
}

impl std::error::Error for ReadError {}

/// A size for people: "17 MB", "300 kB".
pub fn megabytes(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        format!("{} MB", bytes.div_ceil(MB))
    } else {
        format!("{} kB", bytes.div_ceil(1024).max(1))
    }
}

/// The UTF-8 byte order mark some editors put at the start of a file.
pub const BOM: &[u8] = b"\xef\xbb\xbf";

/// Read the regular file at `path`, at most `limit` bytes, without a
/// leading byte order mark. Symbolic links to regular files are followed.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    // Refuse what is plainly not a file before opening it at all.
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(not_found(path)),
        Err(e) => return Err(ReadError::from_io(&e)),
    };
    if let Some(kind) = FileKind::of(&meta) {
        return Err(ReadError::NotRegular(kind));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            limit,
            size: meta.len(),
        });
    }
    let file = open_nonblocking(path).map_err(|e| ReadError::from_io(&e))?;
    // The path may have been swapped for something else since: the handle
    // is what counts.
    let meta = file.metadata().map_err(|e| ReadError::from_io(&e))?;
    if let Some(kind) = FileKind::of(&meta) {
        return Err(ReadError::NotRegular(kind));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::from_io(&e))?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            limit,
            size: meta.len().max(limit.saturating_add(1)),
        });
    }
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    Ok(bytes)
}

/// The first `n` bytes (or fewer) of the regular file at `path`, under the
/// same rules as [`read_bounded`] except that a longer file is no error.
pub fn read_prefix(path: &Path, n: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_nonblocking(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => not_found(path),
        _ => ReadError::from_io(&e),
    })?;
    let meta = file.metadata().map_err(|e| ReadError::from_io(&e))?;
    if let Some(kind) = FileKind::of(&meta) {
        return Err(ReadError::NotRegular(kind));
    }
    let mut bytes = Vec::new();
    file.take(n)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::from_io(&e))?;
    Ok(bytes)
}

/// Missing, or a link pointing nowhere: say which.
fn not_found(path: &Path) -> ReadError {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => ReadError::NotRegular(FileKind::DanglingLink),
        _ => ReadError::NotFound,
    }
}

/// Open for reading without waiting: on a FIFO a plain open blocks until
/// a writer appears, which can be never.
fn open_nonblocking(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    options.open(path)
}

/// The kind of what is at `path` when it is not a regular file, without
/// following a final symbolic link; `None` for a regular file, a link or
/// nothing at all.
pub fn special_kind(path: &Path) -> Option<FileKind> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if meta.file_type().is_symlink() {
        return None;
    }
    FileKind::of(&meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file_without_its_byte_order_mark() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.ron");
        std::fs::write(&path, b"\xef\xbb\xbf(x)").expect("write");
        assert_eq!(read_bounded(&path, 100), Ok(b"(x)".to_vec()));
    }

    #[test]
    fn stops_at_the_limit() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a.ron");
        std::fs::write(&path, b"12345").expect("write");
        assert_eq!(read_bounded(&path, 5), Ok(b"12345".to_vec()));
        assert_eq!(
            read_bounded(&path, 4),
            Err(ReadError::TooLarge { limit: 4, size: 5 })
        );
    }

    #[cfg(unix)]
    #[test]
    fn names_what_is_not_a_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(
            read_bounded(dir.path(), 10),
            Err(ReadError::NotRegular(FileKind::Directory))
        );
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(dir.path().join("weg"), &link).expect("symlink");
        assert_eq!(
            read_bounded(&link, 10),
            Err(ReadError::NotRegular(FileKind::DanglingLink))
        );
        assert_eq!(
            read_bounded(Path::new("/dev/zero"), 10),
            Err(ReadError::NotRegular(FileKind::Device))
        );
        assert_eq!(
            read_bounded(&dir.path().join("nergens"), 10),
            Err(ReadError::NotFound)
        );
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(megabytes(17 * 1024 * 1024), "17 MB");
        assert_eq!(megabytes(16 * 1024 * 1024 + 1), "17 MB");
        assert_eq!(megabytes(300 * 1024), "300 kB");
        assert_eq!(megabytes(1), "1 kB");
    }
}
