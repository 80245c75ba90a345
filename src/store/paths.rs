//! Where Samenwerkwijzer keeps its files.

use std::io;
use std::path::{Path, PathBuf};

/// Environment variable that overrides the data folder (after `--data-dir`).
pub const DATA_DIR_ENV: &str = "SAMENWERKWIJZER_DATA_DIR";

/// The data folder and the fixed layout inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    pub fn new(root: impl Into<PathBuf>) -> DataDir {
        DataDir { root: root.into() }
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

    /// Create the folders that are needed, private to the user on Unix
    /// (plans can hold confidential political notes).
    pub fn ensure(&self) -> io::Result<()> {
        for dir in [self.root.clone(), self.plans()] {
            create_private_dir(&dir)?;
        }
        Ok(())
    }
}

/// Create `dir` (and parents) with mode 0700 on Unix.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}
