//! The user's folders: where exports go and where "save as" starts. Read
//! from the system once; tests put them in a temporary folder so nothing
//! lands in a real home folder.

use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Places {
    /// The home folder: typed relative paths start here.
    pub home: Option<PathBuf>,
    /// The documents folder: exports go here.
    pub documents: Option<PathBuf>,
}

impl Places {
    /// The folders of the user running the app.
    pub fn of_user() -> Places {
        match directories::UserDirs::new() {
            Some(d) => Places {
                home: Some(d.home_dir().to_path_buf()),
                documents: d.document_dir().map(Path::to_path_buf),
            },
            None => Places {
                home: None,
                documents: None,
            },
        }
    }

    /// A home folder at `home` with `Documenten` in it (tests).
    #[must_use]
    pub fn inside(home: &Path) -> Places {
        Places {
            home: Some(home.to_path_buf()),
            documents: Some(home.join("Documenten")),
        }
    }

    /// Where exports go: the documents folder, else home, else `fallback`.
    #[must_use]
    pub fn export_folder(&self, fallback: &Path) -> PathBuf {
        self.documents
            .clone()
            .or_else(|| self.home.clone())
            .unwrap_or_else(|| fallback.to_path_buf())
    }

    /// `path` as a user reads it: inside the home folder with `~`.
    #[must_use]
    pub fn shown(&self, path: &Path) -> String {
        match self.home.as_ref().map(|h| path.strip_prefix(h)) {
            Some(Ok(rest)) if rest.as_os_str().is_empty() => "~".to_string(),
            Some(Ok(rest)) => format!("~/{}", rest.display()),
            _ => path.display().to_string(),
        }
    }

    /// A path as typed: `~` and relative paths are taken from the home
    /// folder, which is where a user expects "Documenten/plan.ron" to be.
    #[must_use]
    pub fn resolve(&self, typed: &str) -> PathBuf {
        let path = self.resolve_folder(typed);
        if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path
        }
    }

    /// A folder as typed: `~` and relative paths from the home folder, as
    /// [`Places::resolve`], but without an extension added.
    #[must_use]
    pub fn resolve_folder(&self, typed: &str) -> PathBuf {
        let typed = typed.trim();
        let path = match (
            typed.strip_prefix("~/").or(typed.strip_prefix("~")),
            &self.home,
        ) {
            (Some(rest), Some(home)) => home.join(rest),
            _ => PathBuf::from(typed),
        };
        match (path.is_relative(), &self.home) {
            (true, Some(home)) => home.join(path),
            _ => path,
        }
    }

    /// Where "save as" suggests to go: the same file name in the documents
    /// folder (written with `~` for home), which a user can then change.
    #[must_use]
    pub fn suggest(&self, current: &Path) -> String {
        let name = current.file_name().map_or_else(
            || "plan.ron".to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let Some(home) = &self.home else {
            return name;
        };
        let folder = self.documents.clone().unwrap_or_else(|| home.clone());
        match folder.strip_prefix(home) {
            Ok(rest) if rest.as_os_str().is_empty() => format!("~/{name}"),
            Ok(rest) => format!("~/{}/{name}", rest.display()),
            Err(_) => folder.join(name).display().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_paths_start_at_home_and_get_an_extension() {
        let p = Places::inside(Path::new("/h"));
        assert_eq!(p.resolve("~/a/b"), PathBuf::from("/h/a/b.ron"));
        assert_eq!(
            p.resolve("Documenten/x.ron"),
            PathBuf::from("/h/Documenten/x.ron")
        );
        assert_eq!(p.resolve("/abs/y.txt"), PathBuf::from("/abs/y.txt"));
        assert_eq!(
            p.suggest(Path::new("/data/plans/w.ron")),
            "~/Documenten/w.ron"
        );
        assert_eq!(p.shown(Path::new("/h/Documenten")), "~/Documenten");
        assert_eq!(p.shown(Path::new("/h")), "~");
        assert_eq!(p.shown(Path::new("/elders/map")), "/elders/map");
    }
}
