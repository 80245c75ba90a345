//! A plan as a list of plans shows it: its title and progress, or why it
//! cannot be opened. Shared by the command line (`list`) and the picker,
//! so neither front-end needs the other.

mod cache;

use std::io;
use std::path::PathBuf;
use std::time::SystemTime;

use jiff::Timestamp;

use crate::guide::Guide;
use crate::plan::Progress;
use crate::plan::progress::overall;
use crate::store::{Entry, Library, LoadError, parse_plan, read_plan_bytes};
use crate::text::describe_load_error;

use cache::{Cached, Stamp, SummaryCache, guide_key, name_of};

/// A plan as the picker and `list` show it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanSummary {
    pub path: PathBuf,
    pub title: String,
    pub updated: Option<Timestamp>,
    /// Progress, or why the plan cannot be opened.
    pub status: Result<Progress, String>,
}

/// The summary of one entry of the plans folder.
pub fn summary(entry: &Entry, guide: &Guide) -> PlanSummary {
    let updated = entry.updated();
    match &entry.plan {
        Ok(plan) => PlanSummary {
            path: entry.path.clone(),
            title: plan.meta.title.clone(),
            updated,
            status: Ok(overall(plan, guide)),
        },
        Err(e) => PlanSummary {
            path: entry.path.clone(),
            title: entry.name(),
            updated,
            status: Err(describe_load_error(e)),
        },
    }
}

/// The summaries of every plan in the plans folder, newest change first
/// (the order of [`Library::list`]), through the summary cache: a plan
/// whose file is byte for byte what it was is not parsed again.
pub fn summaries(library: &Library, guide: &Guide) -> io::Result<Vec<PlanSummary>> {
    let files = library.plan_files()?;
    let key = guide_key(guide);
    let data = library.data_dir();
    let old = SummaryCache::read(data, key);
    let mut new = SummaryCache::new_for(key);
    let mut out: Vec<PlanSummary> = files
        .into_iter()
        .map(|(path, modified)| summary_of_file(path, modified, guide, &old, &mut new))
        .collect();
    out.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.path.cmp(&b.path)));
    if new != old {
        new.write(data);
    }
    Ok(out)
}

fn summary_of_file(
    path: PathBuf,
    modified: Option<SystemTime>,
    guide: &Guide,
    old: &SummaryCache,
    new: &mut SummaryCache,
) -> PlanSummary {
    let file_time = || modified.and_then(|m| Timestamp::try_from(m).ok());
    let failed = |path: PathBuf, e: &LoadError| PlanSummary {
        title: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        updated: file_time(),
        status: Err(describe_load_error(e)),
        path,
    };
    let bytes = match read_plan_bytes(&path) {
        Ok(b) => b,
        Err(e) => return failed(path, &e),
    };
    let stamp = Stamp::new(&bytes, modified);
    let name = name_of(&path).unwrap_or_default();
    let cached = match old.get(&name, &stamp) {
        Some(c) => c.clone(),
        None => match parse_plan(&bytes, guide) {
            Ok(loaded) => {
                let p = overall(&loaded.plan, guide);
                Cached {
                    title: loaded.plan.meta.title,
                    updated: loaded.plan.meta.updated,
                    answered: p.answered,
                    total: p.total,
                }
            }
            Err(e) => return failed(path, &e),
        },
    };
    new.put(name, stamp, cached.clone());
    PlanSummary {
        path,
        title: cached.title,
        updated: Some(cached.updated),
        status: Ok(Progress {
            answered: cached.answered,
            total: cached.total,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Plan;
    use crate::store::DataDir;

    fn setup() -> (tempfile::TempDir, Library, Guide) {
        let dir = tempfile::tempdir().expect("tempdir");
        let library = Library::new(DataDir::new(dir.path().join("data")));
        let guide = crate::guide::load_embedded().expect("guide");
        (dir, library, guide)
    }

    fn titles(library: &Library, guide: &Guide) -> Vec<String> {
        summaries(library, guide)
            .expect("list")
            .into_iter()
            .map(|s| s.title)
            .collect()
    }

    /// Put a summary with this title in the cache for the file as it is.
    fn plant(library: &Library, guide: &Guide, path: &std::path::Path, title: &str) {
        let data = library.data_dir();
        let bytes = std::fs::read(path).expect("read");
        let modified = std::fs::symlink_metadata(path)
            .and_then(|m| m.modified())
            .ok();
        let mut cache = SummaryCache::read(data, guide_key(guide));
        cache.put(
            name_of(path).expect("name"),
            Stamp::new(&bytes, modified),
            Cached {
                title: title.into(),
                updated: Timestamp::UNIX_EPOCH,
                answered: 0,
                total: 1,
            },
        );
        cache.write(data);
    }

    #[test]
    fn the_same_as_parsing_every_plan() {
        let (_dir, library, guide) = setup();
        let now = Timestamp::UNIX_EPOCH;
        library.create("Afval", now).expect("create");
        library.create("Sociaal domein", now).expect("create");
        library.data_dir().ensure().expect("dirs");
        std::fs::write(library.data_dir().plans().join("kapot.ron"), "(").expect("write");
        let parsed: Vec<PlanSummary> = library
            .list(&guide)
            .expect("list")
            .iter()
            .map(|e| summary(e, &guide))
            .collect();
        let cold = summaries(&library, &guide).expect("cold");
        assert!(library.data_dir().cache().join("plans.ron").exists());
        let warm = summaries(&library, &guide).expect("warm");
        assert_eq!(cold, parsed);
        assert_eq!(warm, parsed);
    }

    #[test]
    fn a_cached_summary_is_used_only_for_the_bytes_it_was_made_from() {
        let (_dir, library, guide) = setup();
        let (path, _) = library
            .create("Echt", Timestamp::UNIX_EPOCH)
            .expect("create");
        plant(&library, &guide, &path, "Uit de cache");
        assert_eq!(
            titles(&library, &guide),
            ["Uit de cache"],
            "used when it fits"
        );
        // Same length, same modification time, other content: the file wins.
        let modified = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .expect("mtime");
        let text = std::fs::read_to_string(&path).expect("read");
        let plan = Plan::new("Ecth", Timestamp::UNIX_EPOCH);
        let changed = crate::plan::to_string(&plan);
        assert_eq!(changed.len(), text.len());
        std::fs::write(&path, changed).expect("write");
        let file = std::fs::File::options()
            .write(true)
            .open(&path)
            .expect("open");
        file.set_modified(modified).expect("set mtime");
        assert_eq!(titles(&library, &guide), ["Ecth"]);
    }

    #[test]
    fn a_damaged_cache_or_another_guide_is_not_used() {
        let (_dir, library, guide) = setup();
        let (path, _) = library
            .create("Echt", Timestamp::UNIX_EPOCH)
            .expect("create");
        let cache = library.data_dir().cache().join("plans.ron");
        std::fs::create_dir_all(cache.parent().expect("folder")).expect("mkdir");
        std::fs::write(&cache, "(guide: 1, plans: {\"echt.ron\": (").expect("write");
        assert_eq!(titles(&library, &guide), ["Echt"]);
        plant(&library, &guide, &path, "Uit de cache");
        let mut other = guide.clone();
        other.steps.pop();
        assert_eq!(
            titles(&library, &other),
            ["Echt"],
            "counted with another guide"
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_cache_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, library, guide) = setup();
        library
            .create("Echt", Timestamp::UNIX_EPOCH)
            .expect("create");
        summaries(&library, &guide).expect("list");
        let mode = |p: std::path::PathBuf| {
            std::fs::metadata(p).expect("meta").permissions().mode() & 0o777
        };
        assert_eq!(mode(library.data_dir().cache()), 0o700);
        assert_eq!(mode(library.data_dir().cache().join("plans.ron")), 0o600);
    }
}
