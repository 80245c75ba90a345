//! Reading a trainer's files by one rule: regular files only, a byte cap,
//! a UTF-8 BOM accepted, and a reason a trainer can act on.
//!
//! This mirrors the reader rule the storage layer is getting (regular files
//! only, bounded reads, BOM accepted); once that lands, [`read_text`] becomes
//! a call to it and the callers stay as they are.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Why a file could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    Missing,
    /// Not a regular file: a folder, a FIFO, a device or a socket.
    NotAFile(FileKind),
    /// Larger than the limit for this kind of file (bytes seen so far).
    TooLarge {
        limit: u64,
    },
    /// Not UTF-8 text, or text with a NUL byte, at this place.
    NotText {
        line: usize,
        col: usize,
    },
    /// Any other failure, with the system's message.
    Io {
        denied: bool,
        message: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Directory,
    Fifo,
    Device,
    Socket,
    Other,
}

/// The text of the regular file at `path`, at most `limit` bytes.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(kind_of(&meta)));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge { limit });
    }
    let file = File::open(path).map_err(io_error)?;
    // The file may have changed between the two looks; check the handle.
    let meta = file.metadata().map_err(io_error)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(kind_of(&meta)));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    text_of(bytes)
}

/// Bytes as text: the BOM that Notepad writes is dropped; invalid UTF-8
/// and NUL bytes are refused with their place.
pub fn text_of(mut bytes: Vec<u8>) -> Result<String, ReadError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let (line, col) = position(&String::from_utf8_lossy(good));
        ReadError::NotText { line, col }
    })?;
    if let Some(at) = text.find('\0') {
        let (line, col) = position(&text[..at]);
        return Err(ReadError::NotText { line, col });
    }
    Ok(text)
}

fn io_error(e: io::Error) -> ReadError {
    match e.kind() {
        io::ErrorKind::NotFound => ReadError::Missing,
        kind => ReadError::Io {
            denied: kind == io::ErrorKind::PermissionDenied,
            message: e.to_string(),
        },
    }
}

fn kind_of(meta: &std::fs::Metadata) -> FileKind {
    let t = meta.file_type();
    if t.is_dir() {
        return FileKind::Directory;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return FileKind::Fifo;
        }
        if t.is_block_device() || t.is_char_device() {
            return FileKind::Device;
        }
        if t.is_socket() {
            return FileKind::Socket;
        }
    }
    FileKind::Other
}

/// 1-based line and column just after `before`.
pub fn position(before: &str) -> (usize, usize) {
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bom_is_dropped_and_bad_bytes_are_placed() {
        assert_eq!(text_of(b"\xEF\xBB\xBF(a: 1)".to_vec()), Ok("(a: 1)".into()));
        assert_eq!(
            text_of(b"ab\ncd\xFFef".to_vec()),
            Err(ReadError::NotText { line: 2, col: 3 })
        );
        assert_eq!(
            text_of(b"a\0".to_vec()),
            Err(ReadError::NotText { line: 1, col: 2 })
        );
    }

    #[test]
    fn only_regular_files_within_the_limit_are_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(
            read_text(dir.path(), 10),
            Err(ReadError::NotAFile(FileKind::Directory))
        );
        assert_eq!(
            read_text(&dir.path().join("x"), 10),
            Err(ReadError::Missing)
        );
        let big = dir.path().join("big");
        std::fs::write(&big, "x".repeat(11)).expect("write");
        assert_eq!(read_text(&big, 10), Err(ReadError::TooLarge { limit: 10 }));
        assert_eq!(read_text(&big, 11), Ok("x".repeat(11)));
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_refused_unread() {
        assert_eq!(
            read_text(Path::new("/dev/zero"), 10),
            Err(ReadError::NotAFile(FileKind::Device))
        );
    }
}
