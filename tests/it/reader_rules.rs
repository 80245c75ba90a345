//! The one reader rule, as a table: every reader of the app against every
//! kind of file that is not a plain file (R12, R13, R16), plus a file that
//! is too large and one with a byte order mark. Nothing may hang or read
//! without limit; each refusal says in Dutch what the file is; a BOM is
//! accepted. Every row that breaks the rule is listed when the test fails.
#![cfg(unix)]

use std::path::{Path, PathBuf};

use samenwerkwijzer::guide::load_embedded;
use samenwerkwijzer::plan::MAX_PLAN_BYTES;
use samenwerkwijzer::store::{self, DataDir, Library, Session, history, recovery};
use samenwerkwijzer::text::describe_load_error;

use crate::rules_support::{data_with_plan, mkfifo, plan_text, symlink, text, try_run_in, within};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Fifo,
    /// A link to `/dev/zero`: endless, and 0 bytes long by its size.
    Device,
    Folder,
    DanglingLink,
    /// Larger than the reader's limit (a sparse file, quick to make).
    TooLarge,
    /// A good file that starts with a UTF-8 byte order mark.
    Bom,
}

const KINDS: [Kind; 6] = [
    Kind::Fifo,
    Kind::Device,
    Kind::Folder,
    Kind::DanglingLink,
    Kind::TooLarge,
    Kind::Bom,
];

impl Kind {
    /// What the message must name; `None`: the file must be accepted.
    fn says(self) -> Option<&'static str> {
        match self {
            Kind::Fifo => Some("FIFO"),
            Kind::Device => Some("apparaatbestand"),
            Kind::Folder => Some("een map"),
            Kind::DanglingLink => Some("koppeling naar een bestand dat niet"),
            Kind::TooLarge => Some("nooit"),
            Kind::Bom => None,
        }
    }

    /// Put this kind of file at `path`; `good` is what a good file holds.
    fn make(self, path: &Path, good: &[u8], limit: u64) {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("folder");
        }
        match self {
            Kind::Fifo => mkfifo(path),
            Kind::Device => symlink("/dev/zero", path),
            Kind::Folder => std::fs::create_dir(path).expect("folder"),
            Kind::DanglingLink => symlink(path.with_extension("weg"), path),
            Kind::TooLarge => {
                std::fs::write(path, good).expect("write");
                let f = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .expect("open");
                f.set_len(limit + 1).expect("grow");
            }
            Kind::Bom => {
                let mut bytes = store::BOM.to_vec();
                bytes.extend_from_slice(good);
                std::fs::write(path, bytes).expect("write");
            }
        }
    }
}

/// A row's outcome: the text the app said (message, or "ok").
type Said = Result<String, String>;

/// One reader: given a fresh folder and a kind of file, what it said.
type Reader = fn(&Path, Kind) -> Said;

/// Check `said` against what `kind` requires.
fn judge(kind: Kind, said: Said) -> Result<(), String> {
    match (kind.says(), said) {
        (Some(words), Err(message)) if message.contains(words) => {
            if message.contains("os error") {
                Err(format!("English in {message:?}"))
            } else {
                Ok(())
            }
        }
        (Some(words), Err(message)) => Err(format!("does not say {words:?}: {message:?}")),
        (Some(_), Ok(what)) => Err(format!("accepted: {what}")),
        (None, Ok(_)) => Ok(()),
        (None, Err(message)) => Err(format!("refused: {message}")),
    }
}

const PLAN_LIMIT: u64 = MAX_PLAN_BYTES as u64;
const GUIDE_LIMIT: u64 = 4 * 1024 * 1024;

/// The readers. Each gets a fresh folder and the kind, and reports what
/// the app said.
fn readers() -> Vec<(&'static str, Reader)> {
    vec![
        ("store::load", store_load),
        ("picker list", picker_list),
        ("cli validate", cli_validate),
        ("cli list", cli_list),
        ("cli open", cli_open),
        ("cli export", cli_export),
        ("guide.ron", guide_index),
        ("step file", guide_step),
        ("history version", history_version),
        ("history restore", history_restore),
    ]
}

fn store_load(dir: &Path, kind: Kind) -> Said {
    let path = dir.join("plan.ron");
    kind.make(&path, plan_text("Goed").as_bytes(), PLAN_LIMIT);
    within("store::load", move || {
        let guide = load_embedded().expect("guide");
        store::load(&path, &guide)
            .map(|l| l.plan.meta.title)
            .map_err(|e| describe_load_error(&e))
    })?
}

fn picker_list(dir: &Path, kind: Kind) -> Said {
    let (data, _) = data_with_plan(dir, "ander", "Ander");
    kind.make(
        &data.join("plans/vreemd.ron"),
        plan_text("Goed").as_bytes(),
        PLAN_LIMIT,
    );
    within("Library::list", move || {
        let guide = load_embedded().expect("guide");
        let entries = Library::new(DataDir::new(&data))
            .list(&guide)
            .map_err(|e| e.to_string())?;
        let entry = entries
            .iter()
            .find(|e| e.name() == "vreemd")
            .ok_or("not listed")?;
        samenwerkwijzer::listing::summary(entry, &guide)
            .status
            .map(|p| format!("{}%", p.percent()))
    })?
}

fn cli_validate(dir: &Path, kind: Kind) -> Said {
    let path = dir.join("plan.ron");
    kind.make(&path, plan_text("Goed").as_bytes(), PLAN_LIMIT);
    let out = try_run_in(dir, &dir.join("data"), &["validate", "plan.ron"])?;
    if out.status.success() {
        Ok(text(&out.stdout))
    } else {
        Err(text(&out.stderr))
    }
}

fn cli_list(dir: &Path, kind: Kind) -> Said {
    let (data, _) = data_with_plan(dir, "ander", "Ander");
    kind.make(
        &data.join("plans/vreemd.ron"),
        plan_text("Goed").as_bytes(),
        PLAN_LIMIT,
    );
    let out = try_run_in(dir, &data, &["list"])?;
    let listed = text(&out.stdout);
    let line = listed
        .lines()
        .find(|l| l.starts_with("vreemd"))
        .ok_or_else(|| format!("not listed: {listed}{}", text(&out.stderr)))?;
    match line.split_once("beschadigd:") {
        Some((_, why)) => Err(why.to_string()),
        None => Ok(line.to_string()),
    }
}

/// `open NAME` finds it and says what is wrong with it (not "not found").
/// A good plan would start the interface, which needs a terminal (and
/// could find the developer's): the BOM row is left to the other readers.
fn cli_open(dir: &Path, kind: Kind) -> Said {
    if kind == Kind::Bom {
        return Ok("not run".into());
    }
    let (data, _) = data_with_plan(dir, "ander", "Ander");
    kind.make(
        &data.join("plans/vreemd.ron"),
        plan_text("Goed").as_bytes(),
        PLAN_LIMIT,
    );
    let out = try_run_in(dir, &data, &["open", "vreemd"])?;
    if out.status.success() {
        Ok("opened".into())
    } else {
        Err(text(&out.stderr))
    }
}

fn cli_export(dir: &Path, kind: Kind) -> Said {
    let (data, _) = data_with_plan(dir, "ander", "Ander");
    kind.make(
        &data.join("plans/vreemd.ron"),
        plan_text("Goed").as_bytes(),
        PLAN_LIMIT,
    );
    let out = try_run_in(dir, &data, &["export", "vreemd"])?;
    if out.status.success() {
        Ok(text(&out.stdout))
    } else {
        Err(text(&out.stderr))
    }
}

fn guide_copy(dir: &Path) -> PathBuf {
    let guide = dir.join("gids");
    std::fs::create_dir_all(&guide).expect("guide");
    for (name, text) in samenwerkwijzer::guide::EMBEDDED_FILES {
        std::fs::write(guide.join(name), text).expect("guide file");
    }
    guide
}

fn guide_with(dir: &Path, kind: Kind, file: &str) -> Said {
    let guide = guide_copy(dir);
    let path = guide.join(file);
    let good = std::fs::read(&path).expect("good");
    std::fs::remove_file(&path).expect("remove");
    kind.make(&path, &good, GUIDE_LIMIT);
    let arg = guide.to_string_lossy().into_owned();
    let out = try_run_in(dir, &dir.join("data"), &["--guide", &arg, "guide", "check"])?;
    if out.status.success() {
        Ok(text(&out.stdout))
    } else {
        Err(text(&out.stderr))
    }
}

fn guide_index(dir: &Path, kind: Kind) -> Said {
    guide_with(dir, kind, "guide.ron")
}

fn guide_step(dir: &Path, kind: Kind) -> Said {
    guide_with(dir, kind, "stap2.ron")
}

/// A history copy of this kind, as the versions dialog (`v`) reads it.
fn history_setup(dir: &Path, kind: Kind) -> (DataDir, PathBuf, PathBuf) {
    let (data, plan) = data_with_plan(dir, "plan", "Plan");
    let data = DataDir::new(data);
    let folder = history::folder(&data, &plan);
    let version = folder.join("20260101T000000Z.ron");
    kind.make(&version, plan_text("Oud").as_bytes(), PLAN_LIMIT);
    (data, plan, version)
}

fn history_version(dir: &Path, kind: Kind) -> Said {
    let (data, plan, _) = history_setup(dir, kind);
    within("history versions", move || {
        let guide = load_embedded().expect("guide");
        let versions = history::versions(&data, &plan).map_err(|e| e.to_string())?;
        let v = versions.first().ok_or("not listed")?;
        store::load(&v.path, &guide)
            .map(|l| l.plan.meta.title)
            .map_err(|e| describe_load_error(&e))
    })?
}

fn history_restore(dir: &Path, kind: Kind) -> Said {
    let (data, plan, version) = history_setup(dir, kind);
    let before = std::fs::read(&plan).expect("plan");
    let result = within("history restore", move || {
        history::restore(&data, &plan, &version, crate::common::test_now())
            .map(|()| std::fs::read(&plan).expect("plan"))
            .map_err(|e| (e.to_string(), std::fs::read(&plan).expect("plan")))
    })?;
    match result {
        Ok(_) => Ok("restored".into()),
        Err((message, after)) if after == before => Err(message),
        Err((message, _)) => Err(format!("refused but the plan changed: {message}")),
    }
}

#[test]
fn every_reader_refuses_what_is_not_a_plain_file() {
    let mut failures = Vec::new();
    for (reader, read) in readers() {
        for kind in KINDS {
            let dir = tempfile::tempdir().expect("tempdir");
            if let Err(why) = judge(kind, read(dir.path(), kind)) {
                failures.push(format!("{reader} / {kind:?}: {why}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Readers of files that hold no user work: a bad file there means
/// "nothing there", quickly, and the file is left alone.
#[test]
fn state_and_recovery_readers_skip_what_is_not_a_plain_file() {
    let guide = load_embedded().expect("guide");
    let mut failures = Vec::new();
    for kind in KINDS {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().join("data")).with_fallback(dir.path().join("tmp"));
        let state = data.state_file();
        let state_text = format!("(last_plan: Some({:?}))", dir.path().join("p.ron"));
        kind.make(&state, state_text.as_bytes(), 64 * 1024);
        let d = data.clone();
        let session = within("Session::load", move || Session::load(&d));
        let expect_remembered = kind == Kind::Bom;
        match session {
            Ok(s) if s.last_plan.is_some() == expect_remembered => {}
            other => failures.push(format!("state.ron / {kind:?}: {other:?}")),
        }

        let copy = data.root().join("recovery").join("plan-1.ron");
        let mut written = DataDir::new(dir.path().join("bron"));
        written = written.with_fallback(dir.path().join("tmp"));
        let made = recovery::write(
            &written,
            &dir.path().join("p.ron"),
            &samenwerkwijzer::plan::Plan::new("Herstel", crate::common::test_now()),
            crate::common::test_now(),
        )
        .expect("a recovery copy");
        let good = std::fs::read(&made).expect("copy");
        kind.make(&copy, &good, 64 * 1024 * 1024);
        let (d, g) = (data.clone(), guide.clone());
        let found = within("recovery::find", move || recovery::find(&d, &g).len());
        if found != Ok(usize::from(kind == Kind::Bom)) {
            failures.push(format!("recovery / {kind:?}: {found:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// R17: `export NAME` and `open NAME` mean the plan NAME in the plans
/// folder, even when the current folder has a file of that name; a path
/// (with a folder in it, or ending in `.ron`) means that file.
#[test]
fn a_name_means_a_plan_and_a_path_means_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (data, _) = data_with_plan(dir.path(), "warmte", "Uit de plannen");
    std::fs::write(dir.path().join("warmte"), plan_text("Uit de huidige map")).expect("here");
    std::fs::write(dir.path().join("warmte.ron"), plan_text("Pad")).expect("here");
    let title = |args: &[&str]| {
        let out = try_run_in(dir.path(), &data, args).expect("runs");
        text(&out.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(title(&["export", "warmte"]), "# Uit de plannen");
    assert_eq!(title(&["export", "./warmte"]), "# Uit de huidige map");
    assert_eq!(title(&["export", "warmte.ron"]), "# Pad");
    // Not among the plans: said so, with a hint at the file that is here.
    std::fs::remove_file(data.join("plans/warmte.ron")).expect("remove");
    let out = try_run_in(dir.path(), &data, &["open", "warmte"]).expect("runs");
    let err = text(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("niet gevonden") && err.contains("./warmte"),
        "{err}"
    );
}
