//! Earlier versions of each plan, so a user can go back after a mistake.
//!
//! Before a plan file is overwritten, the version on disk is copied into
//! `<data>/history/<plan>/` — once when a plan is opened and saved for the
//! first time, then at most every ten minutes — and only the newest
//! [`KEEP`] copies are kept.

use std::ffi::OsStr;
use std::io;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::plan::MAX_PLAN_BYTES;

use super::atomic::write_new;
use super::explain;
use super::paths::{DataDir, create_own_dir};
use super::plan_file::{identity, replace_plan_file};
use super::read::{ReadError, read_bounded};

/// Versions kept per plan.
pub const KEEP: usize = 10;

/// How long a working session goes on before the next copy is taken.
pub const INTERVAL_SECONDS: i64 = 10 * 60;

/// One earlier version of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub path: PathBuf,
    pub taken: Timestamp,
}

/// The history folder of the plan at `plan` (by its canonical path, so a
/// link to a plan shares its history): named after the plan file, with a
/// hash of its full path for plans outside the plans folder (two such
/// plans can share a file name). The name is made without loss, so two
/// different file names never share a folder.
pub fn folder(data: &DataDir, plan: &Path) -> PathBuf {
    let real = identity(plan);
    let stem = real
        .file_stem()
        .map_or_else(|| "plan".to_string(), folder_name);
    let inside = real.parent().is_some_and(|p| p == identity(&data.plans()));
    let name = if inside {
        stem
    } else {
        format!("{stem}-{:08x}", fnv1a(real.as_os_str().as_encoded_bytes()))
    };
    data.root().join("history").join(name)
}

/// A file stem as a folder name, one to one: text stays as it is, and
/// `%`, control characters and bytes that are not UTF-8 become `%XX`.
fn folder_name(stem: &OsStr) -> String {
    let mut name = String::new();
    for chunk in stem.as_encoded_bytes().utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == '%' || c.is_control() {
                let mut buf = [0; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    name.push_str(&format!("%{b:02X}"));
                }
            } else {
                name.push(c);
            }
        }
        for b in chunk.invalid() {
            name.push_str(&format!("%{b:02X}"));
        }
    }
    name
}

/// A small, stable hash (FNV-1a, 32 bits) for folder names.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}

fn read_copy(path: &Path) -> io::Result<Option<Vec<u8>>> {
    match read_bounded(path, MAX_PLAN_BYTES as u64) {
        Ok(b) => Ok(Some(b)),
        Err(ReadError::NotFound) => Ok(None),
        Err(e) => Err(explain::refuse(
            io::ErrorKind::InvalidData,
            explain::Refusal::Os {
                path: path.to_path_buf(),
                text: e.to_string(),
            },
        )),
    }
}

/// Copy the plan file as it is now into its history (if it exists), then
/// drop the oldest copies beyond [`KEEP`]. Returns the copy's path.
pub fn snapshot(data: &DataDir, plan: &Path, now: Timestamp) -> io::Result<Option<PathBuf>> {
    let Some(bytes) = read_copy(plan)? else {
        return Ok(None);
    };
    let dir = folder(data, plan);
    create_own_dir(&data.root().join("history"))?;
    create_own_dir(&dir)?;
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    for n in 0..10_000 {
        let name = if n == 0 {
            format!("{stamp}.ron")
        } else {
            format!("{stamp}-{n}.ron")
        };
        let path = dir.join(name);
        match write_new(&path, &bytes) {
            Ok(()) => {
                prune(data, plan)?;
                return Ok(Some(path));
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(explain::at(
        &dir,
        io::Error::from(io::ErrorKind::AlreadyExists),
    ))
}

fn prune(data: &DataDir, plan: &Path) -> io::Result<()> {
    for old in versions(data, plan)?.into_iter().skip(KEEP) {
        std::fs::remove_file(&old.path).map_err(|e| explain::at(&old.path, e))?;
    }
    Ok(())
}

fn list_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    match std::fs::read_dir(dir) {
        Ok(read) => Ok(read
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(explain::at(dir, e)),
    }
}

/// The earlier versions of a plan, newest first.
pub fn versions(data: &DataDir, plan: &Path) -> io::Result<Vec<Version>> {
    let mut versions: Vec<(Version, u32)> = list_files(&folder(data, plan))?
        .into_iter()
        .filter_map(|path| {
            let stem = path.file_stem()?.to_string_lossy().into_owned();
            // "<stamp>" or "<stamp>-<n>" for later copies in the same second.
            let (stamp, n) = match stem.split_once('-') {
                Some((stamp, n)) => (stamp.to_string(), n.parse().ok()?),
                None => (stem, 0),
            };
            let taken = jiff::civil::DateTime::strptime("%Y%m%dT%H%M%SZ", &stamp)
                .ok()?
                .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .ok()?
                .timestamp();
            Some((Version { path, taken }, n))
        })
        .collect();
    versions.sort_by(|(a, an), (b, bn)| b.taken.cmp(&a.taken).then(bn.cmp(an)));
    Ok(versions.into_iter().map(|(v, _)| v).collect())
}

/// Put `version` back as the plan file. The current file is copied into
/// the history first, so restoring can itself be undone.
pub fn restore(data: &DataDir, plan: &Path, version: &Path, now: Timestamp) -> io::Result<()> {
    let bytes = read_copy(version)?
        .ok_or_else(|| explain::at(version, io::Error::from(io::ErrorKind::NotFound)))?;
    snapshot(data, plan, now)?;
    replace_plan_file(plan, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(second: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + second).expect("time")
    }

    #[test]
    fn keeps_the_newest_versions_and_restores_one() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path());
        data.ensure().expect("dirs");
        let plan = data.plans().join("p.ron");
        for n in 0..(KEEP + 3) {
            std::fs::write(&plan, format!("versie {n}")).expect("write");
            snapshot(&data, &plan, at(n as i64)).expect("snapshot");
        }
        let versions = versions(&data, &plan).expect("list");
        assert_eq!(versions.len(), KEEP);
        assert_eq!(versions[0].taken, at((KEEP + 2) as i64), "newest first");
        let oldest = versions.last().expect("oldest");
        assert_eq!(
            std::fs::read_to_string(&oldest.path).expect("read"),
            "versie 3"
        );

        std::fs::write(&plan, "vergissing").expect("write");
        restore(&data, &plan, &oldest.path, at(100)).expect("restore");
        assert_eq!(std::fs::read_to_string(&plan).expect("read"), "versie 3");
        let newest = &versions_now(&data, &plan)[0];
        assert_eq!(
            std::fs::read_to_string(&newest.path).expect("read"),
            "vergissing"
        );
    }

    fn versions_now(data: &DataDir, plan: &Path) -> Vec<Version> {
        versions(data, plan).expect("list")
    }

    #[test]
    fn two_copies_in_one_second_both_stay() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path());
        data.ensure().expect("dirs");
        let plan = data.plans().join("p.ron");
        std::fs::write(&plan, "a").expect("write");
        snapshot(&data, &plan, at(0)).expect("snapshot");
        std::fs::write(&plan, "b").expect("write");
        snapshot(&data, &plan, at(0)).expect("snapshot");
        let both = versions_now(&data, &plan);
        assert_eq!(both.len(), 2);
        assert_eq!(
            std::fs::read_to_string(&both[0].path).expect("read"),
            "b",
            "newest first"
        );
    }

    #[cfg(unix)]
    #[test]
    fn file_names_that_are_not_text_keep_their_own_history() {
        use std::os::unix::ffi::OsStrExt;
        let data = DataDir::new("/data");
        let name = |b: &[u8]| {
            let mut p = PathBuf::from("/data/plans");
            p.push(OsStr::from_bytes(b));
            folder(&data, &p)
        };
        let a = name(b"A\xff.ron");
        let b = name(b"A\xfe.ron");
        let c = name("A\u{fffd}.ron".as_bytes());
        assert_ne!(a, b);
        assert_ne!(a, c);
        assert_eq!(a, PathBuf::from("/data/history/A%FF"));
        assert_ne!(name(b"100%.ron"), name(b"100%25.ron"));
    }

    #[test]
    fn plans_outside_the_folder_get_their_own_history() {
        let data = DataDir::new("/data");
        let a = folder(&data, Path::new("/elders/a/plan.ron"));
        let b = folder(&data, Path::new("/elders/b/plan.ron"));
        assert_ne!(a, b);
        assert_eq!(
            folder(&data, Path::new("/data/plans/plan.ron")),
            PathBuf::from("/data/history/plan")
        );
    }
}
