//! Exporting the open plan from the app: the file goes to the documents
//! folder (where a user looks for it to mail or print), never over an
//! existing file, and the answer says where it went.

use std::io;
use std::path::{Path, PathBuf};

use crate::export::{self, Extras, Format, Report};
use crate::plan::Plan;
use crate::store;
use crate::tui::effect::Done;

use super::Driver;

impl Driver {
    pub(super) fn export(&mut self, format: Format, plan: &Plan, plan_path: &Path) -> Done {
        let extras = Extras {
            tz: self.tz.clone(),
            report: Report::from_advice(&self.guide, plan),
            ..Extras::default()
        };
        let out = match export::export(&self.guide, plan, format, &extras) {
            Ok(out) => out,
            // Nothing to export (an agenda without dates): no file (W21).
            Err(none) => return Done::NothingToExport(none.reason),
        };
        let stem = plan_path
            .file_stem()
            .map_or_else(|| "plan".to_string(), |s| s.to_string_lossy().into_owned());
        let folder = self.export_folder();
        match write_unique(&folder, &format.file_name(&stem), out.bytes()) {
            Ok(path) => Done::Exported {
                path,
                notes: out.notes,
            },
            Err(e) => Done::ExportFailed(e.to_string()),
        }
    }
}

impl Driver {
    /// Where exports go: the documents folder, else home, else a folder
    /// in the data folder.
    fn export_folder(&self) -> PathBuf {
        let fallback = self.library.data_dir().root().join("exports");
        self.places.export_folder(&fallback)
    }

    /// That folder as the export dialog names it (W20): the real one, with
    /// `~` for the home folder.
    pub(super) fn export_folder_shown(&self) -> String {
        let folder = self.export_folder();
        if self.places.home.as_deref() == Some(folder.as_path()) {
            // "~" alone says nothing to most users.
            return crate::text::Txt::HomeFolder.get().to_string();
        }
        self.places.shown(&folder)
    }
}

/// Write `bytes` to `folder/name`, or `name-2`, `name-3` … when taken.
fn write_unique(folder: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    store::create_private_dir(folder)?;
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    for n in 1..1000 {
        let candidate = if n == 1 {
            name.to_string()
        } else {
            format!("{stem}-{n}.{ext}")
        };
        let path = folder.join(candidate);
        match store::write_new(&path, bytes) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        name.to_string(),
    ))
}
