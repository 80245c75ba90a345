//! Shared by the `compare_*` tests: the six fixture plans, the comparison
//! of them, and running the real binary with a deadline (a hang is a
//! failure, not a stuck test run).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use samenwerkwijzer::compare::{self, Comparison, Options};
use samenwerkwijzer::guide::{Guide, load_embedded};

pub fn guide() -> Guide {
    load_embedded().expect("embedded guide")
}

/// Six plans of case "leerlingenvervoer" with known differences: an even
/// split on the ambition (three at 1, three at 5), three ways on exit
/// terms, five forms, one group without a form; everyone says Ja on the
/// visie; own tasks that match by name ("Toezicht op vervoerders") and
/// that only look alike ("Klachtenregeling", "Klachten regelen").
pub fn six_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/fixtures/compare/six")
}

/// What only `--names` may show: every title, author, gemeente and
/// fractie in the six plans, and their file names.
pub const SECRETS: &[&str] = &[
    "Groep Jansen",
    "Groep Bakker",
    "Groep Visser",
    "Groep Smit",
    "Groep Mulder",
    "Groep Dekker",
    "Piet Jansen",
    "Anna Bakker",
    "Kees Visser",
    "Els Smit",
    "Jan Mulder",
    "Ria Dekker",
    "Fractie De Brug",
    "Fractie Het Dorp",
    "Fractie Nieuw",
    "Fractie Samen",
    "Lindenhoven",
    "jansen.ron",
    "bakker.ron",
    "dekker.ron",
];

/// The six compared against their case as the command finds it without
/// a workshop folder or a data folder: the built-in "leerlingenvervoer",
/// with its title and debrief points.
pub fn six(names: bool) -> Comparison {
    let guide = guide();
    let gathered = compare::gather(&[six_dir()], &guide);
    let case = samenwerkwijzer::cli::compare::case_of(&guide, &gathered, None);
    compare::compare(&guide, gathered, case.as_ref(), Options { names })
}

/// Run the binary with `args` in `dir`; panic if it takes longer than a
/// minute (on a FIFO a careless reader waits forever).
pub fn run(args: &[&str], dir: &Path) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .args(args)
        .current_dir(dir)
        .env("SAMENWERKWIJZER_DATA_DIR", dir.join("data"))
        .env("HOME", dir)
        .env("TZ", "UTC")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let pid = child.id();
    // Output is read while the child runs (a full pipe would block it).
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(child.wait_with_output());
    });
    match receive.recv_timeout(Duration::from_secs(60)) {
        Ok(out) => out.expect("output"),
        Err(_) => {
            let _ = Command::new("kill").arg(pid.to_string()).status();
            panic!("samenwerkwijzer {args:?} hangs");
        }
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
