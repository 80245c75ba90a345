//! The plans folder: list, create, find and remove plans.

use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use jiff::Timestamp;

use crate::guide::Guide;
use crate::plan::Plan;

use super::atomic::{clean_stale_temps, write_new};
use super::explain::{self, Refusal, refuse};
use super::file_name::stem_from_title;
use super::paths::{DataDir, create_new_dir, create_own_dir};
use super::plan_file::{LoadError, load};

/// A plan file in the plans folder, parsed or not.
#[derive(Debug, Clone)]
pub struct Entry {
    pub path: PathBuf,
    pub modified: Option<SystemTime>,
    pub plan: Result<Plan, LoadError>,
}

impl Entry {
    /// The file name without `.ron`, as the user can type it after `open`.
    pub fn name(&self) -> String {
        self.path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// When the plan last changed: its own `updated` time, or the file's.
    pub fn updated(&self) -> Option<Timestamp> {
        match &self.plan {
            Ok(p) => Some(p.meta.updated),
            Err(_) => self.modified.and_then(|m| Timestamp::try_from(m).ok()),
        }
    }
}

/// Does a name typed after `open`, `export` or `diff` mean a path? Only
/// with a folder in it or ending in `.ron`; a bare name means a plan in
/// the plans folder, even when the current folder has a file so named.
pub fn is_path_like(name: &str) -> bool {
    name.contains(['/', '\\']) || name.to_lowercase().ends_with(".ron")
}

/// The plans in a data folder.
#[derive(Debug, Clone)]
pub struct Library {
    data: DataDir,
}

impl Library {
    pub fn new(data: DataDir) -> Library {
        Library { data }
    }

    pub fn data_dir(&self) -> &DataDir {
        &self.data
    }

    /// Every `.ron` entry in the plans folder, newest change first. One
    /// that cannot be opened (damaged, a folder, a FIFO, a link to nothing)
    /// is listed with its error, never skipped.
    pub fn list(&self, guide: &Guide) -> io::Result<Vec<Entry>> {
        let mut entries: Vec<Entry> = self
            .plan_files()?
            .into_iter()
            .map(|(path, modified)| Entry {
                modified,
                plan: load(&path, guide).map(|l| l.plan),
                path,
            })
            .collect();
        entries.sort_by(|a, b| b.updated().cmp(&a.updated()).then(a.path.cmp(&b.path)));
        Ok(entries)
    }

    /// The `.ron` entries in the plans folder with their modification
    /// times, unread and in no order (the list of plans reads them through
    /// its summary cache, `crate::listing`).
    pub fn plan_files(&self) -> io::Result<Vec<(PathBuf, Option<SystemTime>)>> {
        let dir = self.data.plans();
        let read = match std::fs::read_dir(&dir) {
            Ok(r) => r,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(explain::at(&dir, e)),
        };
        clean_stale_temps(&dir, SystemTime::now());
        Ok(read
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .map(|path| {
                let modified = std::fs::symlink_metadata(&path)
                    .and_then(|m| m.modified())
                    .ok();
                (path, modified)
            })
            .collect())
    }

    /// Create a new plan file named after `title` and return its path.
    pub fn create(&self, title: &str, now: Timestamp) -> io::Result<(PathBuf, Plan)> {
        let plan = Plan::new(title, now);
        let path = self.add(&stem_from_title(title), &plan)?;
        Ok((path, plan))
    }

    /// Write `plan` as a new file named after `stem` (`stem-2.ron` and so
    /// on when taken) and return its path.
    pub fn add(&self, stem: &str, plan: &Plan) -> io::Result<PathBuf> {
        self.data.ensure()?;
        for n in 1..1000 {
            let name = if n == 1 {
                format!("{stem}.ron")
            } else {
                format!("{stem}-{n}.ron")
            };
            let path = self.data.plans().join(name);
            match super::plan_file::save_new(&path, plan) {
                Ok(()) => return Ok(path),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(refuse(
            io::ErrorKind::AlreadyExists,
            Refusal::TooManyNamesakes {
                stem: stem.to_string(),
            },
        ))
    }

    /// Find a plan by name: a path when [`is_path_like`] (else a file in
    /// the plans folder, with or without `.ron`), or a title. Anything at
    /// that place counts, so that opening it can say what is wrong with it
    /// (a folder, a FIFO) instead of "not found".
    pub fn resolve(&self, name: &str, guide: &Guide) -> Option<PathBuf> {
        if is_path_like(name) && exists(Path::new(name)) {
            return Some(PathBuf::from(name));
        }
        let stem = name.strip_suffix(".ron").unwrap_or(name);
        let in_folder = self.data.plans().join(format!("{stem}.ron"));
        if !stem.contains(['/', '\\']) && !stem.is_empty() && exists(&in_folder) {
            return Some(in_folder);
        }
        let wanted = name.trim().to_lowercase();
        self.list(guide)
            .ok()?
            .into_iter()
            .find_map(|e| match &e.plan {
                Ok(p) if p.meta.title.trim().to_lowercase() == wanted => Some(e.path),
                _ => None,
            })
    }

    /// Move a plan file (or a recovery copy) to the trash and return where
    /// it went: `trash/<time>/<name>`, in a folder of its own so that two
    /// plans with the same name deleted in the same second both stay, and
    /// the name is kept exactly.
    pub fn trash(&self, path: &Path, now: Timestamp) -> io::Result<PathBuf> {
        let trash = self.data.trash();
        create_own_dir(&trash)?;
        let name = path
            .file_name()
            .ok_or_else(|| explain::at(path, io::Error::from(io::ErrorKind::InvalidFilename)))?;
        let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
        for n in 1..10_000 {
            let folder = if n == 1 {
                trash.join(&stamp)
            } else {
                trash.join(format!("{stamp}-{n}"))
            };
            match create_new_dir(&folder) {
                Ok(()) => {
                    let target = folder.join(name);
                    move_file(path, &target)?;
                    // The lock file beside it has no use any more.
                    let _ = std::fs::remove_file(super::lock::lock_path(path));
                    return Ok(target);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(explain::at(&folder, e)),
            }
        }
        Err(explain::at(
            &trash,
            io::Error::from(io::ErrorKind::AlreadyExists),
        ))
    }
}

/// Is anything at `path`, even a link to nothing?
fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Rename, or copy and remove when `to` is on another disk (a recovery
/// copy in the temporary folder).
fn move_file(from: &Path, to: &Path) -> io::Result<()> {
    match std::fs::rename(from, to) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::CrossesDevices => {
            let bytes = super::read::read_bounded(from, u64::MAX)
                .map_err(|e| io::Error::other(e.to_string()))?;
            write_new(to, &bytes)?;
            std::fs::remove_file(from).map_err(|e| explain::at(from, e))
        }
        Err(e) => Err(explain::at(from, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guide() -> Guide {
        crate::guide::load_embedded().expect("guide")
    }

    fn library() -> (tempfile::TempDir, Library) {
        let dir = tempfile::tempdir().expect("tempdir");
        let lib = Library::new(DataDir::new(dir.path().join("data")));
        (dir, lib)
    }

    #[test]
    fn create_list_resolve_and_trash() {
        let (_dir, lib) = library();
        let now = Timestamp::UNIX_EPOCH;
        let (a, _) = lib.create("Afval regio", now).expect("create");
        let (b, _) = lib.create("Afval regio", now).expect("create again");
        assert_ne!(a, b, "same title gets a second file");
        assert!(b.ends_with("plans/afval-regio-2.ron"));
        let (c, _) = lib.create("Sociaal domein", now).expect("create");
        assert_eq!(lib.list(&guide()).expect("list").len(), 3);
        assert_eq!(lib.resolve("afval-regio", &guide()), Some(a.clone()));
        assert_eq!(lib.resolve("afval-regio.ron", &guide()), Some(a.clone()));
        assert_eq!(lib.resolve(" SOCIAAL DOMEIN ", &guide()), Some(c.clone()));
        assert_eq!(lib.resolve("bestaat-niet", &guide()), None);
        let gone = lib.trash(&a, now).expect("trash");
        assert!(gone.exists() && !a.exists());
        assert_eq!(lib.list(&guide()).expect("list").len(), 2);
    }

    #[test]
    fn damaged_files_are_listed_with_their_error() {
        let (_dir, lib) = library();
        lib.data_dir().ensure().expect("dirs");
        let path = lib.data_dir().plans().join("kapot.ron");
        std::fs::write(&path, "(version: 2, meta: (").expect("write");
        let entries = lib.list(&guide()).expect("list");
        assert_eq!(entries.len(), 1);
        assert!(matches!(entries[0].plan, Err(LoadError::Format(_))));
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "(version: 2, meta: ("
        );
    }

    #[test]
    fn missing_folder_lists_nothing() {
        let (_dir, lib) = library();
        assert!(lib.list(&guide()).expect("list").is_empty());
    }

    #[test]
    fn names_mean_plans_and_paths_mean_paths() {
        assert!(!is_path_like("warmte"));
        assert!(is_path_like("warmte.RON"));
        assert!(is_path_like("./warmte"));
        assert!(is_path_like("map\\warmte"));
    }
}
