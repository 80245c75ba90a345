//! `workshop new`: a fresh workshop folder, never over existing files.

use std::path::Path;

use jiff::civil::Date;

use crate::guide::Guide;
use crate::present::format_date;
use crate::store::{create_private_dir, write_new};

use super::agenda::default_agenda;
use super::schema::Workshop;
use super::{Folder, open};
use crate::workshop::case::LoadedCase;
use crate::workshop::error::{ErrorKind, FileError};
use crate::workshop::handout::handout_html;
use crate::workshop::names::{CASE_FILE, HAND_IN_DIR, HANDOUT_FILE, WORKSHOP_FILE};
use crate::workshop::problem::FolderProblem;

/// What the trainer chose on the command line.
#[derive(Debug, Clone, Default)]
pub struct NewWorkshop {
    /// Without one, the case's title.
    pub title: Option<String>,
    pub date: Option<Date>,
    pub trainer: String,
}

/// Explains the fields to a trainer who opens the file in an editor.
const HEADER: &str = "\
// Workshop voor Samenwerkwijzer. U kunt dit bestand aanpassen in een teksteditor.
// Controleer het daarna met: samenwerkwijzer workshop check MAP
//
// title    de titel van de bijeenkomst
// date     de datum (dd-mm-jjjj), of \"\"
// trainer  uw naam, of \"\"
// case     de casus in casus.ron (verander dit alleen samen met casus.ron)
// agenda   de onderdelen, in volgorde. Per onderdeel:
//   id             een vaste naam: kleine letters, cijfers en -
//   kind           Step(\"id van een stap\"), Case, Plenary (iedereen samen), Break of Debrief
//   title          de kop op het scherm; bij een stap mag die leeg blijven
//   minutes        de geplande minuten
//   points         wat de zaal op het scherm ziet
//   trainer_notes  alleen voor u: toets n in de presentatie
";

/// The text of `workshop.ron`: the header, then the workshop as RON.
pub fn workshop_text(workshop: &Workshop) -> String {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false);
    match ron::ser::to_string_pretty(workshop, config) {
        Ok(body) => format!("{HEADER}{body}\n"),
        Err(e) => unreachable!("a workshop always serialises: {e}"),
    }
}

/// Make the workshop folder `dir` for `case`: it must not exist yet, or be
/// an empty folder. Nothing that is there is ever replaced.
pub fn create(
    dir: &Path,
    case: &LoadedCase,
    guide: &Guide,
    new: &NewWorkshop,
) -> Result<Folder, FileError> {
    let folder = dir.display().to_string();
    let problem = |p: FolderProblem| FileError::new(&folder, ErrorKind::Folder(p));
    match std::fs::read_dir(dir).map(|mut entries| entries.next().is_some()) {
        Ok(true) => return Err(problem(FolderProblem::NotEmpty)),
        Ok(false) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
            return Err(problem(FolderProblem::NotAFolder));
        }
        Err(e) => return Err(problem(FolderProblem::Unreadable(e.to_string()))),
    }
    let write_error = |path: &Path, e: std::io::Error| {
        FileError::new(
            &path.display().to_string(),
            ErrorKind::Folder(FolderProblem::Write(e.to_string())),
        )
    };
    create_private_dir(dir).map_err(|e| write_error(dir, e))?;
    let inbox = dir.join(HAND_IN_DIR);
    create_private_dir(&inbox).map_err(|e| write_error(&inbox, e))?;
    let workshop = Workshop {
        title: new
            .title
            .clone()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| case.case.title.clone()),
        date: new.date.map(format_date).unwrap_or_default(),
        trainer: new.trainer.clone(),
        case: case.case.id.clone(),
        agenda: default_agenda(&case.case, guide),
    };
    let files = [
        (WORKSHOP_FILE, workshop_text(&workshop)),
        (CASE_FILE, case.text.clone()),
        (HANDOUT_FILE, handout_html(&case.case, guide)),
    ];
    for (name, text) in files {
        let path = dir.join(name);
        write_new(&path, text.as_bytes()).map_err(|e| write_error(&path, e))?;
    }
    open(dir, guide)
}
