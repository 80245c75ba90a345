//! The plans folder: list, create, load, save and remove plans.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use jiff::Timestamp;

use crate::guide::Guide;
use crate::plan::{self, FormatError, Loaded, MAX_PLAN_BYTES, Plan};

use super::atomic::{write_atomic, write_new};
use super::file_name::stem_from_title;
use super::paths::{DataDir, create_private_dir};

/// Why a plan file could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Io {
        kind: io::ErrorKind,
        message: String,
    },
    Format(FormatError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { message, .. } => f.write_str(message),
            LoadError::Format(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for LoadError {}

impl From<io::Error> for LoadError {
    fn from(e: io::Error) -> Self {
        LoadError::Io {
            kind: e.kind(),
            message: e.to_string(),
        }
    }
}

/// Read and parse a plan file. The size is checked before reading, so a
/// huge file is refused without filling memory.
pub fn load(path: &Path, guide: &Guide) -> Result<Loaded, LoadError> {
    let meta = std::fs::metadata(path)?;
    if meta.len() > MAX_PLAN_BYTES as u64 {
        let bytes = usize::try_from(meta.len()).unwrap_or(usize::MAX);
        return Err(LoadError::Format(FormatError::TooLarge { bytes }));
    }
    let bytes = std::fs::read(path)?;
    plan::from_bytes(&bytes, guide).map_err(LoadError::Format)
}

/// What a plan file looked like when we last read or wrote it. Compared
/// before each save, so a change by someone else is never overwritten.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    modified: Option<SystemTime>,
    #[cfg(unix)]
    inode: u64,
}

impl FileStamp {
    /// The stamp of the file at `path`; `None` when it does not exist.
    pub fn of(path: &Path) -> io::Result<Option<FileStamp>> {
        match std::fs::metadata(path) {
            Ok(m) => Ok(Some(FileStamp {
                len: m.len(),
                modified: m.modified().ok(),
                #[cfg(unix)]
                inode: std::os::unix::fs::MetadataExt::ino(&m),
            })),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// Save a plan over its file, atomically.
pub fn save(path: &Path, plan: &Plan) -> io::Result<()> {
    write_atomic(path, plan::to_string(plan).as_bytes())
}

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

    /// Every `.ron` file in the plans folder, newest change first. A file
    /// that does not parse is listed with its error, never skipped.
    pub fn list(&self, guide: &Guide) -> io::Result<Vec<Entry>> {
        let dir = self.data.plans();
        let read = match std::fs::read_dir(&dir) {
            Ok(r) => r,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut entries: Vec<Entry> = read
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
            .map(|path| Entry {
                modified: std::fs::metadata(&path).and_then(|m| m.modified()).ok(),
                plan: load(&path, guide).map(|l| l.plan),
                path,
            })
            .collect();
        entries.sort_by(|a, b| b.updated().cmp(&a.updated()).then(a.path.cmp(&b.path)));
        Ok(entries)
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
        let bytes = plan::to_string(plan);
        for n in 1..1000 {
            let name = if n == 1 {
                format!("{stem}.ron")
            } else {
                format!("{stem}-{n}.ron")
            };
            let path = self.data.plans().join(name);
            match write_new(&path, bytes.as_bytes()) {
                Ok(()) => return Ok(path),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "too many plans with this title",
        ))
    }

    /// Find a plan by path, file name (with or without `.ron`) or title.
    pub fn resolve(&self, name: &str, guide: &Guide) -> Option<PathBuf> {
        let as_path = PathBuf::from(name);
        if as_path.is_file() {
            return Some(as_path);
        }
        let stem = name.strip_suffix(".ron").unwrap_or(name);
        let in_folder = self.data.plans().join(format!("{stem}.ron"));
        if !stem.contains(['/', '\\']) && in_folder.is_file() {
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

    /// Move a plan file to the trash folder; returns where it went.
    pub fn trash(&self, path: &Path) -> io::Result<PathBuf> {
        let trash = self.data.trash();
        create_private_dir(&trash)?;
        let name = path
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file"))?;
        let stamp = Timestamp::now().as_second();
        let target = trash.join(format!("{stamp}-{}", name.to_string_lossy()));
        std::fs::rename(path, &target)?;
        // The lock file beside it has no use any more.
        let _ = std::fs::remove_file(super::lock::lock_path(path));
        Ok(target)
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
        let gone = lib.trash(&a).expect("trash");
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
}
