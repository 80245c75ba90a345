//! Reading cases: the ones compiled into the binary, a single file, or a
//! trainer's folder of them.

use std::path::Path;

use crate::guide::Guide;

use super::schema::Case;
use super::validate::validate;
use crate::workshop::error::{ErrorKind, FileError, parse, read};
use crate::workshop::problem::CaseRemark;
use crate::workshop::problem::FolderProblem;

/// The cases that ship with the app, by file name.
pub const EMBEDDED_CASES: &[(&str, &str)] = &[
    (
        "leerlingenvervoer.ron",
        include_str!("../../../assets/cases/leerlingenvervoer.ron"),
    ),
    (
        "energiehuis.ron",
        include_str!("../../../assets/cases/energiehuis.ron"),
    ),
    (
        "fietsroutes.ron",
        include_str!("../../../assets/cases/fietsroutes.ron"),
    ),
];

/// A case file is a few pages of text; anything far bigger is not one.
pub const MAX_CASE_BYTES: u64 = 1024 * 1024;
/// A trainer's case folder holds a handful of cases; more is a wrong folder.
const MAX_CASE_FILES: usize = 200;

/// Where a case came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Embedded,
    /// A trainer's own file (its path as given).
    File(String),
}

/// A case that loaded and validated, with its text (a workshop folder gets
/// a byte-for-byte copy) and what is worth fixing in it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedCase {
    pub case: Case,
    pub text: String,
    /// The file name or path, for messages.
    pub file: String,
    pub source: Source,
    pub remarks: Vec<CaseRemark>,
}

/// Parse and validate the text of a case file named `file`.
pub fn parse_case(
    file: &str,
    text: &str,
    source: Source,
    guide: &Guide,
) -> Result<LoadedCase, FileError> {
    let case: Case = parse(file, text)?;
    let remarks = validate(&case, guide)
        .map_err(|f| FileError::at(file, text, &f.anchors, ErrorKind::Case(f.problem)))?;
    Ok(LoadedCase {
        case,
        text: text.to_string(),
        file: file.to_string(),
        source,
        remarks,
    })
}

/// The embedded cases, in their shipped order.
pub fn embedded(guide: &Guide) -> Result<Vec<LoadedCase>, FileError> {
    EMBEDDED_CASES
        .iter()
        .map(|(name, text)| parse_case(name, text, Source::Embedded, guide))
        .collect()
}

/// One case file.
pub fn load_file(path: &Path, guide: &Guide) -> Result<LoadedCase, FileError> {
    let text = read(path, MAX_CASE_BYTES)?;
    let file = path.display().to_string();
    parse_case(&file, &text, Source::File(file.clone()), guide)
}

/// Every `.ron` file in `dir`, by file name; two with the same id are an
/// error, as is a folder without cases.
pub fn load_folder(dir: &Path, guide: &Guide) -> Result<Vec<LoadedCase>, FileError> {
    let folder = dir.display().to_string();
    if crate::workshop::names::is_workshop(dir) {
        return Err(FileError::new(
            &folder,
            ErrorKind::Folder(FolderProblem::IsWorkshop),
        ));
    }
    let io = |e: std::io::Error| {
        let kind = match e.kind() {
            std::io::ErrorKind::NotFound => FolderProblem::Missing,
            std::io::ErrorKind::NotADirectory => FolderProblem::NotAFolder,
            _ => FolderProblem::Unreadable(e.to_string()),
        };
        FileError::new(&folder, ErrorKind::Folder(kind))
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .take(MAX_CASE_FILES + 1)
        .collect();
    if paths.len() > MAX_CASE_FILES {
        let problem = FolderProblem::TooManyFiles(MAX_CASE_FILES);
        return Err(FileError::new(&folder, ErrorKind::Folder(problem)));
    }
    paths.sort();
    let mut cases: Vec<LoadedCase> = Vec::new();
    for path in paths {
        let loaded = load_file(&path, guide)?;
        if let Some(other) = cases.iter().find(|c| c.case.id == loaded.case.id) {
            let problem = FolderProblem::DuplicateCase {
                id: loaded.case.id.clone(),
                other: other.file.clone(),
            };
            let mut error = FileError::new(&loaded.file, ErrorKind::Folder(problem));
            error.position = crate::workshop::locate::locate(
                &loaded.text,
                &[crate::workshop::locate::Anchor::Key("id")],
            );
            return Err(error);
        }
        cases.push(loaded);
    }
    if cases.is_empty() {
        return Err(FileError::new(
            &folder,
            ErrorKind::Folder(FolderProblem::NoCases),
        ));
    }
    Ok(cases)
}

/// The embedded cases, with a trainer's folder on top: a case there with
/// the id of an embedded one replaces it (an adapted copy).
pub fn catalogue(guide: &Guide, folder: Option<&Path>) -> Result<Vec<LoadedCase>, FileError> {
    let mut cases = embedded(guide)?;
    if let Some(dir) = folder {
        for own in load_folder(dir, guide)? {
            match cases.iter_mut().find(|c| c.case.id == own.case.id) {
                Some(slot) => *slot = own,
                None => cases.push(own),
            }
        }
    }
    Ok(cases)
}

/// A case by id from the catalogue (the embedded cases and `folder`), or a
/// case file when `id` is the path of one.
pub fn find(guide: &Guide, folder: Option<&Path>, id: &str) -> Result<LoadedCase, FileError> {
    let as_path = Path::new(id);
    if id.ends_with(".ron") || as_path.is_file() {
        return load_file(as_path, guide);
    }
    let cases = catalogue(guide, folder)?;
    let known: Vec<String> = cases.iter().map(|c| c.case.id.clone()).collect();
    cases.into_iter().find(|c| c.case.id == id).ok_or_else(|| {
        let problem = FolderProblem::UnknownCase {
            id: id.to_string(),
            known,
        };
        FileError::new("", ErrorKind::Folder(problem))
    })
}
