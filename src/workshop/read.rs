//! Reading a trainer's files as text, by the store's one reader rule
//! ([`crate::store::read_bounded`]: regular files only, a byte cap, a BOM
//! dropped) plus what text needs: UTF-8 without NUL bytes, or the place
//! where it stops being text.

use std::path::Path;

use crate::store::read_bounded;

/// Why a file could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The store's reader refused: missing, not a regular file, too large,
    /// no permission (its Display says so in Dutch).
    File(crate::store::ReadError),
    /// Not UTF-8 text, or text with a NUL byte, at this place.
    NotText { line: usize, col: usize },
}

/// The text of the regular file at `path`, at most `limit` bytes.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    read_bounded(path, limit)
        .map_err(ReadError::File)
        .and_then(text_of)
}

/// Bytes as text: invalid UTF-8 and NUL bytes are refused with their place.
pub fn text_of(bytes: Vec<u8>) -> Result<String, ReadError> {
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

/// 1-based line and column just after `before`.
pub fn position(before: &str) -> (usize, usize) {
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{FileKind, ReadError as Refused};

    #[test]
    fn bad_bytes_are_placed() {
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
    fn the_store_rule_decides_what_is_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(
            read_text(dir.path(), 10),
            Err(ReadError::File(Refused::NotRegular(FileKind::Directory)))
        );
        assert_eq!(
            read_text(&dir.path().join("x"), 10),
            Err(ReadError::File(Refused::NotFound))
        );
        let bom = dir.path().join("bom");
        std::fs::write(&bom, b"\xEF\xBB\xBF(a: 1)").expect("write");
        assert_eq!(read_text(&bom, 100), Ok("(a: 1)".to_string()));
        let big = dir.path().join("big");
        std::fs::write(&big, "x".repeat(11)).expect("write");
        assert!(matches!(
            read_text(&big, 10),
            Err(ReadError::File(Refused::TooLarge { .. }))
        ));
    }
}
