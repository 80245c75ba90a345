//! Exporting the open plan from the app: the file goes to the documents
//! folder (where a user looks for it to mail or print), never over an
//! existing file, and the message says where it went.

use std::io;
use std::path::{Path, PathBuf};

use crate::export::{self, Extras, Format, Report};
use crate::store;
use crate::text::{Txt, fill};
use crate::tui::state::{App, Message, Screen};

use super::Driver;

impl Driver {
    /// Write exports to `dir` instead of the documents folder (tests).
    pub fn set_export_dir(&mut self, dir: PathBuf) {
        self.export_dir = Some(dir);
    }

    fn export_folder(&self) -> PathBuf {
        if let Some(dir) = &self.export_dir {
            return dir.clone();
        }
        directories::UserDirs::new()
            .map(|d| d.document_dir().unwrap_or(d.home_dir()).to_path_buf())
            .unwrap_or_else(|| self.library.data_dir().root().join("exports"))
    }

    pub(super) fn export(&mut self, app: &mut App, format: Format) {
        let Screen::Editor(editor) = &app.screen else {
            return;
        };
        let extras = Extras {
            tz: app.tz.clone(),
            report: Report::from_advice(&app.guide, &editor.plan),
            ..Extras::default()
        };
        let out = match export::export(&app.guide, &editor.plan, format, &extras) {
            Ok(out) => out,
            // Nothing to export (an agenda without dates): no file (W21).
            Err(none) => {
                app.message = Some(Message::error(none.reason));
                return;
            }
        };
        let stem = editor
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "plan".to_string());
        let folder = self.export_folder();
        app.message = Some(
            match write_unique(&folder, &format.file_name(&stem), out.bytes()) {
                Ok(path) => {
                    let mut text = fill(Txt::ExportDone, &[&path.display()]);
                    for note in &out.notes {
                        text.push_str(". ");
                        text.push_str(note);
                    }
                    Message::info(text)
                }
                Err(e) => Message::error(fill(Txt::ExportFailed, &[&e])),
            },
        );
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
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        name.to_string(),
    ))
}
