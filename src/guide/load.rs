//! Reading the guide: the embedded copy or an adapted one from disk.

use std::fmt;
use std::path::Path;

use super::Guide;
use super::schema::{GuideIndex, Step};
use super::validate::{Problem, validate};
use crate::ron_error::{SyntaxKind, classify};
// The reader module itself, not the store's re-exports: it is a leaf, so
// the guide does not depend on the rest of the store (which reads guides).
use crate::store::read::{ReadError, read_bounded};

/// The guide files compiled into the binary, by file name.
pub const EMBEDDED_FILES: &[(&str, &str)] = &[
    ("guide.ron", include_str!("../../assets/guide/guide.ron")),
    ("stap0.ron", include_str!("../../assets/guide/stap0.ron")),
    ("stap1.ron", include_str!("../../assets/guide/stap1.ron")),
    ("stap2.ron", include_str!("../../assets/guide/stap2.ron")),
    ("stap3.ron", include_str!("../../assets/guide/stap3.ron")),
    ("stap4.ron", include_str!("../../assets/guide/stap4.ron")),
];

/// Guide files larger than this are refused unread: a real guide is a few
/// hundred kilobytes at most.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Why a guide could not be loaded, with the place in the file where known.
#[derive(Debug, Clone, PartialEq)]
pub struct GuideError {
    pub file: String,
    /// 1-based line and column, when the problem has a place in the file.
    pub position: Option<(usize, usize)>,
    pub kind: GuideErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum GuideErrorKind {
    /// The file could not be read (missing, no permission, a FIFO); what
    /// the reader says, in Dutch.
    Read(String),
    /// The file is larger than a guide file can be.
    TooLarge(u64),
    /// Not UTF-8 text, or text with NUL bytes.
    NotText,
    /// The file is not valid RON for its shape.
    Syntax(SyntaxKind),
    /// The file parses but breaks a rule of the guide format.
    Invalid(Problem),
}

impl fmt::Display for GuideError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, col)) = self.position {
            write!(f, ":{line}:{col}")?;
        }
        match &self.kind {
            GuideErrorKind::Read(e) => write!(f, ": cannot read: {e}"),
            GuideErrorKind::TooLarge(n) => write!(f, ": {n} bytes is too large for a guide file"),
            GuideErrorKind::NotText => write!(f, ": not UTF-8 text"),
            GuideErrorKind::Syntax(e) => write!(f, ": {e:?}"),
            GuideErrorKind::Invalid(p) => write!(f, ": {p}"),
        }
    }
}

impl std::error::Error for GuideError {}

/// Load the guide compiled into the binary.
pub fn load_embedded() -> Result<Guide, GuideError> {
    load_texts(EMBEDDED_FILES)
}

/// Load a guide from file texts in memory, `guide.ron` first (used for the
/// embedded guide, and by tests and fuzzing).
pub fn load_texts(files: &[(&str, &str)]) -> Result<Guide, GuideError> {
    load_with(|name| {
        files
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, text)| (*text).to_string())
            .ok_or_else(|| (GuideErrorKind::Read(format!("{name} is missing")), None))
    })
}

/// Load an adapted guide: `path` is a folder holding `guide.ron`, or the
/// `guide.ron` file itself; step files are read from the same folder.
pub fn load_dir(path: &Path) -> Result<Guide, GuideError> {
    let (dir, index_name) = if path.is_dir() {
        (path.to_path_buf(), "guide.ron".to_string())
    } else {
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "guide.ron".to_string());
        (dir, name)
    };
    let read = |name: &str| read_limited(&dir.join(name));
    load_named(&index_name, read).map_err(|mut e| {
        e.file = display_path(&dir.join(&e.file));
        e
    })
}

fn display_path(p: &Path) -> String {
    p.display().to_string()
}

/// Why a file could not be read, with the place when it is in the text.
type ReadFailure = (GuideErrorKind, Option<(usize, usize)>);

fn read_limited(path: &Path) -> Result<String, ReadFailure> {
    let bytes = read_bounded(path, MAX_FILE_BYTES).map_err(|e| match e {
        ReadError::TooLarge { size, .. } => (GuideErrorKind::TooLarge(size), None),
        e => (GuideErrorKind::Read(e.to_string()), None),
    })?;
    match String::from_utf8(bytes) {
        Ok(text) if text.contains('\0') => {
            let at = text.find('\0').unwrap_or(0);
            Err((GuideErrorKind::NotText, Some(position(&text[..at]))))
        }
        Ok(text) => Ok(text),
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let at = position(&String::from_utf8_lossy(good));
            Err((GuideErrorKind::NotText, Some(at)))
        }
    }
}

/// 1-based line and column just after `before`.
fn position(before: &str) -> (usize, usize) {
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn load_with(read: impl Fn(&str) -> Result<String, ReadFailure>) -> Result<Guide, GuideError> {
    load_named("guide.ron", read)
}

fn load_named(
    index_name: &str,
    read: impl Fn(&str) -> Result<String, ReadFailure>,
) -> Result<Guide, GuideError> {
    let index_text = read(index_name).map_err(|(kind, position)| GuideError {
        file: index_name.to_string(),
        position,
        kind,
    })?;
    let index: GuideIndex = parse(index_name, &index_text)?;
    let mut steps = Vec::with_capacity(index.steps.len());
    let mut texts = Vec::with_capacity(index.steps.len());
    for name in &index.steps {
        if !is_plain_file_name(name) {
            return Err(GuideError {
                file: index_name.to_string(),
                position: locate(&index_text, &format!("\"{name}\""), 0),
                kind: GuideErrorKind::Invalid(Problem::StepFileName(name.clone())),
            });
        }
        let text = read(name).map_err(|(kind, position)| GuideError {
            file: name.clone(),
            position,
            kind,
        })?;
        steps.push(parse::<Step>(name, &text)?);
        texts.push(text);
    }
    let guide = Guide::new(index.title, index.intro, steps);
    if let Err(found) = validate(&guide) {
        // Point at the file and line where the offending id is written.
        let (file, position) = match found.step {
            Some(step) => {
                let position = found
                    .needle
                    .as_ref()
                    .and_then(|(needle, nth)| locate(&texts[step], needle, *nth));
                (index.steps[step].clone(), position)
            }
            None => (index_name.to_string(), None),
        };
        return Err(GuideError {
            file,
            position,
            kind: GuideErrorKind::Invalid(found.problem),
        });
    }
    Ok(guide)
}

/// Step files must sit beside `guide.ron`: no folders, no way out of it.
fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty() && !name.contains(['/', '\\', '\0']) && name != "." && name != ".."
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, GuideError> {
    ron::Options::default()
        .with_recursion_limit(64)
        .from_str(text)
        .map_err(|e| GuideError {
            file: file.to_string(),
            position: Some((e.span.start.line, e.span.start.col)),
            kind: GuideErrorKind::Syntax(classify(&e, text)),
        })
}

/// The 1-based line and column of the `nth` occurrence of `needle`.
fn locate(text: &str, needle: &str, nth: usize) -> Option<(usize, usize)> {
    let offset = text.match_indices(needle).nth(nth)?.0;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    Some((line, col))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_counts_lines_and_characters() {
        let text = "a\nbë \"x\"\n\"x\"";
        assert_eq!(locate(text, "\"x\"", 0), Some((2, 4)));
        assert_eq!(locate(text, "\"x\"", 1), Some((3, 1)));
        assert_eq!(locate(text, "\"y\"", 0), None);
    }

    #[test]
    fn step_file_names_may_not_leave_the_folder() {
        assert!(is_plain_file_name("stap1.ron"));
        for bad in ["../x.ron", "/etc/passwd", "a\\b", "..", ""] {
            assert!(!is_plain_file_name(bad), "{bad}");
        }
    }
}
