//! Atomic saving, proven the hard way: a child process saves a plan over
//! and over, alternating two versions, and is killed with SIGKILL at random
//! moments. After every kill the plan file must parse and be exactly one of
//! the two versions.
#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use samenwerkwijzer::guide::load_embedded;
use samenwerkwijzer::plan::{Answer, Plan, Slot};
use samenwerkwijzer::store;

const WRITER_ENV: &str = "SAMENWERKWIJZER_KILL_TEST_WRITER";
const KILLS: usize = 200;

/// A plan of a few hundred kilobytes, so each save takes long enough for
/// kills to land in the middle of writing.
fn version(label: &str) -> Plan {
    let mut plan = Plan::new(label, jiff::Timestamp::UNIX_EPOCH);
    for n in 0..400 {
        let id = plan.add_item("inventaris.taken");
        let text =
            format!("{label}: taak {n} met een lange omschrijving om het bestand groot te maken");
        plan.set(
            &Slot::field("inventaris.taken", &id, "naam"),
            Some(Answer::Text(text)),
        );
    }
    plan
}

/// The child: save the two versions in turn, forever. The text is made
/// once up front, so nearly all the time goes to the atomic write itself,
/// which is what the kills must hit. "ready" on stdout after the first save.
fn writer_loop(path: &Path) -> ! {
    use std::io::Write;
    let texts = [version("A"), version("B")].map(|p| samenwerkwijzer::plan::to_string(&p));
    let mut announced = false;
    loop {
        for text in &texts {
            if let Err(e) = store::write_atomic(path, text.as_bytes()) {
                eprintln!("save failed: {e}");
                std::process::exit(3);
            }
            if !announced {
                announced = true;
                let mut out = std::io::stdout();
                let _ = writeln!(out, "ready");
                let _ = out.flush();
            }
        }
    }
}

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|r| {
            r.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "tmp"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn saving_survives_sigkill_at_any_moment() {
    if let Some(path) = std::env::var_os(WRITER_ENV) {
        writer_loop(Path::new(&path));
    }
    let guide = load_embedded().expect("guide");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.ron");
    let (a, b) = (version("A"), version("B"));
    store::save(&path, &a).expect("first version");

    let exe = std::env::current_exe().expect("test binary");
    let mut rng = fastrand::Rng::with_seed(0x5eed_2026);
    let mut mid_write = 0;
    let started = Instant::now();
    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                "kill::saving_survives_sigkill_at_any_moment",
                "--exact",
                "--nocapture",
                "--quiet",
            ])
            .env(WRITER_ENV, &path)
            .stdout(Stdio::piped())
            .spawn()
            .expect("spawn writer");
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        while !line.contains("ready") {
            line.clear();
            if out.read_line(&mut line).expect("read") == 0 {
                panic!("round {round}: the writer stopped before it was ready");
            }
        }
        std::thread::sleep(Duration::from_micros(rng.u64(0..4_000)));
        child.kill().expect("SIGKILL");
        let status = child.wait().expect("wait");
        assert!(
            !status.success(),
            "round {round}: the writer was killed, not finished"
        );

        let bytes = std::fs::read(&path).expect("the plan file is always there");
        let loaded = samenwerkwijzer::plan::from_bytes(&bytes, &guide)
            .unwrap_or_else(|e| panic!("round {round}: the plan file does not parse: {e}"));
        assert!(
            loaded.plan == a || loaded.plan == b,
            "round {round}: the plan file is neither the old nor the new version"
        );
        // A temporary file left behind means the kill hit a save halfway.
        let leftovers = temp_files(dir.path());
        if !leftovers.is_empty() {
            mid_write += 1;
            for f in leftovers {
                let _ = std::fs::remove_file(f);
            }
        }
    }
    eprintln!(
        "{KILLS} kills in {:.1?}, {mid_write} of them in the middle of a save",
        started.elapsed()
    );
    // Without kills inside a save this test would prove nothing.
    assert!(
        mid_write >= KILLS / 10,
        "only {mid_write} kills landed mid-save"
    );
}
