//! Where Samenwerkwijzer keeps its files.

use std::io;
use std::path::{Path, PathBuf};

use super::explain::{self, Refusal, refuse};

/// Environment variable that overrides the data folder (after `--data-dir`).
pub const DATA_DIR_ENV: &str = "SAMENWERKWIJZER_DATA_DIR";

/// The data folder and the fixed layout inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
    /// Where a recovery copy goes when the data folder cannot be written.
    fallback: PathBuf,
}

impl DataDir {
    /// The data folder at `root`; recovery copies fall back to the
    /// system's temporary folder.
    pub fn new(root: impl Into<PathBuf>) -> DataDir {
        DataDir {
            root: root.into(),
            fallback: std::env::temp_dir(),
        }
    }

    /// The same, with recovery copies falling back to `dir` (tests, which
    /// must not leave copies in the shared temporary folder).
    pub fn with_fallback(mut self, dir: impl Into<PathBuf>) -> DataDir {
        self.fallback = dir.into();
        self
    }

    /// Where a recovery copy goes when nothing in the data folder can be
    /// written; the next start looks there too.
    pub fn fallback(&self) -> &Path {
        &self.fallback
    }

    /// `--data-dir`, else `$SAMENWERKWIJZER_DATA_DIR`, else the platform's
    /// data folder (e.g. `~/.local/share/samenwerkwijzer` on Linux).
    pub fn resolve(flag: Option<PathBuf>) -> Option<DataDir> {
        flag.or_else(|| {
            std::env::var_os(DATA_DIR_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .or_else(|| {
            directories::ProjectDirs::from("nl", "", "samenwerkwijzer")
                .map(|d| d.data_dir().to_path_buf())
        })
        .map(DataDir::new)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// One `.ron` file per plan.
    pub fn plans(&self) -> PathBuf {
        self.root.join("plans")
    }

    /// Deleted plans are moved here, not destroyed.
    pub fn trash(&self) -> PathBuf {
        self.root.join("trash")
    }

    /// Small state between runs: the last opened plan.
    pub fn state_file(&self) -> PathBuf {
        self.root.join("state.ron")
    }

    /// What can be made again from the plans (the summaries of the plan
    /// list); deleting it loses nothing.
    pub fn cache(&self) -> PathBuf {
        self.root.join("cache")
    }

    /// Create the folders that are needed, private to the user on Unix
    /// (plans can hold confidential political notes).
    pub fn ensure(&self) -> io::Result<()> {
        for dir in [self.root.clone(), self.plans()] {
            create_private_dir(&dir)?;
        }
        Ok(())
    }
}

/// Create `dir` and any missing parents, each with mode 0700 on Unix
/// (set explicitly, whatever the umask). Folders that exist are left as
/// they are; a file in the way is named in the error.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut missing = Vec::new();
    for ancestor in dir.ancestors().filter(|a| !a.as_os_str().is_empty()) {
        match std::fs::metadata(ancestor) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => return Err(not_a_folder(ancestor)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => missing.push(ancestor),
            Err(e) => return Err(explain::at(ancestor, e)),
        }
    }
    for folder in missing.into_iter().rev() {
        match std::fs::create_dir(folder) {
            Ok(()) => make_private_dir(folder).map_err(|e| explain::at(folder, e))?,
            // Made by someone else at the same moment: fine if a folder.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && folder.is_dir() => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                return Err(not_a_folder(folder));
            }
            Err(e) => return Err(explain::at(folder, e)),
        }
    }
    Ok(())
}

/// Create one of the app's own folders in the data folder (history,
/// trash, recovery): like [`create_private_dir`], and it must be a real
/// folder, not a link that leads the app's files somewhere else.
pub fn create_own_dir(dir: &Path) -> io::Result<()> {
    create_private_dir(dir)?;
    match std::fs::symlink_metadata(dir) {
        Ok(m) if m.file_type().is_symlink() => Err(refuse(
            io::ErrorKind::InvalidInput,
            Refusal::LinkedFolder {
                path: dir.to_path_buf(),
            },
        )),
        Ok(_) => Ok(()),
        Err(e) => Err(explain::at(dir, e)),
    }
}

/// Create the folder `dir` (its parent must exist), 0700; fails with
/// `AlreadyExists` when anything is there, so a caller can use it to claim
/// a unique name.
pub(crate) fn create_new_dir(dir: &Path) -> io::Result<()> {
    std::fs::create_dir(dir)?;
    make_private_dir(dir)
}

fn not_a_folder(path: &Path) -> io::Error {
    refuse(
        io::ErrorKind::NotADirectory,
        Refusal::NotAFolder {
            path: path.to_path_buf(),
        },
    )
}

#[cfg(unix)]
fn make_private_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn make_private_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_in_the_way_is_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("data");
        std::fs::write(&file, "geen map").expect("write");
        let e = create_private_dir(&file.join("plans")).expect_err("refused");
        let text = e.to_string();
        assert!(text.contains("is een bestand en geen map"), "{text}");
        assert!(text.contains(&file.display().to_string()), "{text}");
    }

    #[cfg(unix)]
    #[test]
    fn own_folders_may_not_be_links() {
        let dir = tempfile::tempdir().expect("tempdir");
        let elsewhere = tempfile::tempdir().expect("tempdir");
        let history = dir.path().join("history");
        std::os::unix::fs::symlink(elsewhere.path(), &history).expect("symlink");
        let e = create_own_dir(&history).expect_err("refused");
        assert!(e.to_string().contains("koppeling"), "{e}");
        assert!(
            create_private_dir(&history).is_ok(),
            "a user's own link is fine"
        );
    }
}
