//! The workshop folder: plain files a trainer can copy to a USB stick.
//!
//! ```text
//! DIR/workshop.ron     title, date, trainer, case id, agenda
//! DIR/casus.ron        a copy of the case, so the folder works on its own
//! DIR/deelnemers.html  the handout: the case and the worksheet
//! DIR/inleveren/       where groups hand in their plans
//! DIR/presentatie.ron  the presenter's state (made by `workshop present`)
//! ```

mod agenda;
mod create;
mod schema;
mod validate;

use std::path::{Path, PathBuf};

use crate::guide::Guide;

use super::case::{LoadedCase, Source, parse_case};
use super::error::{ErrorKind, FileError, FileRemark, parse, read};
use super::problem::Remark;

pub use crate::workshop::problem::{FolderProblem, WorkshopProblem};
pub use agenda::default_agenda;
pub use create::{NewWorkshop, create};
pub use schema::{AgendaItem, ItemKind, Workshop};
pub use validate::parse_date;

pub use super::names::{
    CASE_FILE, HAND_IN_DIR, HANDOUT_FILE, STATE_FILE, WORKSHOP_FILE, is_workshop,
};

/// `workshop.ron` is a page of text at most.
pub const MAX_WORKSHOP_BYTES: u64 = 1024 * 1024;

/// A workshop folder that loaded and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Folder {
    pub dir: PathBuf,
    pub workshop: Workshop,
    pub case: LoadedCase,
    pub remarks: Vec<FileRemark>,
}

impl Folder {
    pub fn hand_in_dir(&self) -> PathBuf {
        self.dir.join(HAND_IN_DIR)
    }

    pub fn state_file(&self) -> PathBuf {
        self.dir.join(STATE_FILE)
    }
}

/// Open the workshop in `dir`: read and check `workshop.ron` and
/// `casus.ron` against each other and the guide.
pub fn open(dir: &Path, guide: &Guide) -> Result<Folder, FileError> {
    let folder = dir.display().to_string();
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(FileError::new(
                &folder,
                ErrorKind::Folder(FolderProblem::NotAFolder),
            ));
        }
        Err(_) => {
            return Err(FileError::new(
                &folder,
                ErrorKind::Folder(FolderProblem::Missing),
            ));
        }
    }
    let case_path = dir.join(CASE_FILE);
    let case_text = read(&case_path, super::case::MAX_CASE_BYTES)?;
    let case_file = case_path.display().to_string();
    let case = parse_case(
        &case_file,
        &case_text,
        Source::File(case_file.clone()),
        guide,
    )?;
    let path = dir.join(WORKSHOP_FILE);
    let file = path.display().to_string();
    let text = read(&path, MAX_WORKSHOP_BYTES)?;
    let workshop: Workshop = parse(&file, &text)?;
    validate::validate(&workshop, &case.case, guide)
        .map_err(|f| FileError::at(&file, &text, &f.anchors, ErrorKind::Workshop(f.problem)))?;
    let mut remarks: Vec<FileRemark> = case
        .remarks
        .iter()
        .map(|r| FileRemark {
            file: case_file.clone(),
            remark: Remark::Case(r.clone()),
        })
        .collect();
    for step in &case.case.steps {
        let on_agenda = workshop
            .agenda
            .iter()
            .any(|i| i.kind == ItemKind::Step(step.step.clone()));
        if !on_agenda {
            let title = guide
                .steps
                .iter()
                .find(|s| s.id == step.step)
                .map_or_else(|| step.step.clone(), |s| s.title.clone());
            remarks.push(FileRemark {
                file: file.clone(),
                remark: Remark::StepNotOnAgenda(title),
            });
        }
    }
    let beside = |name: &str, remark: Remark, is: fn(&Path) -> bool| {
        let p = dir.join(name);
        (!is(&p)).then(|| FileRemark {
            file: p.display().to_string(),
            remark,
        })
    };
    remarks.extend(beside(HANDOUT_FILE, Remark::NoHandout, Path::is_file));
    remarks.extend(beside(HAND_IN_DIR, Remark::NoHandInFolder, Path::is_dir));
    Ok(Folder {
        dir: dir.to_path_buf(),
        workshop,
        case,
        remarks,
    })
}
