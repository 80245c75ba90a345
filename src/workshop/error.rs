//! Why a workshop file cannot be used, with the file and the place in it.

use crate::ron_error::{SyntaxKind, classify};

use super::locate::{Anchor, locate};
use super::problem::{CaseProblem, FolderProblem, Remark, WorkshopProblem};
use super::read::ReadError;

#[derive(Debug, Clone, PartialEq)]
pub struct FileError {
    /// The path as given, or the name of an embedded file.
    pub file: String,
    /// 1-based line and column, when the problem has a place in the file.
    pub position: Option<(usize, usize)>,
    pub kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind {
    Read(ReadError),
    Syntax(SyntaxKind),
    Case(CaseProblem),
    Workshop(WorkshopProblem),
    Folder(FolderProblem),
}

/// Something worth fixing in a file that can still be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRemark {
    pub file: String,
    pub remark: Remark,
}

impl FileError {
    pub fn new(file: &str, kind: ErrorKind) -> FileError {
        FileError {
            file: file.to_string(),
            position: None,
            kind,
        }
    }

    /// An error at the place `anchors` lead to in `text`.
    pub fn at(file: &str, text: &str, anchors: &[Anchor], kind: ErrorKind) -> FileError {
        FileError {
            file: file.to_string(),
            position: locate(text, anchors),
            kind,
        }
    }
}

/// Parse RON text into `T`, or the syntax error with its place. A trainer
/// may write `minutes: 15` for an optional value (no `Some(…)` needed).
pub fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, FileError> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(64)
        .from_str(text)
        .map_err(|e| FileError {
            file: file.to_string(),
            position: Some((e.span.start.line, e.span.start.col)),
            kind: ErrorKind::Syntax(classify(&e, text)),
        })
}

/// Read a file by the reader rule, as an error naming the file.
pub fn read(path: &std::path::Path, limit: u64) -> Result<String, FileError> {
    super::read::read_text(path, limit).map_err(|e| {
        let position = match e {
            ReadError::NotText { line, col } => Some((line, col)),
            _ => None,
        };
        FileError {
            file: path.display().to_string(),
            position,
            kind: ErrorKind::Read(e),
        }
    })
}
