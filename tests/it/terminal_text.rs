//! What the command line prints is safe for a terminal (R14) and survives
//! a reader that stops early (B2). Each command runs on plans and a guide
//! full of control sequences (a window title, clear screen, 8-bit CSI),
//! and nothing of them may reach standard output or standard error.
#![cfg(unix)]

use std::process::{Command, Stdio};

use crate::rules_support::{data_with_plan, run_in, text};
use samenwerkwijzer::plan::{self, Answer, Plan, Slot};

/// Sequences a terminal acts on: OSC (window title), CSI (clear screen),
/// C1 CSI, a bell, a carriage return that hides what came before, DEL.
const EVIL: &str = "T\u{1b}]0;GEHACKT\u{7}\u{1b}[2J\u{9b}31m\r\u{7f}x";

fn evil_plan() -> Plan {
    let mut p = Plan::new(EVIL, crate::common::test_now());
    p.meta.gemeente = EVIL.into();
    p.answers
        .insert("opgave.omschrijving".into(), Answer::Text(EVIL.into()));
    // An answer to a question the guide does not know: `validate` names it.
    p.answers.insert(EVIL.into(), Answer::Text("x".into()));
    let task = p.add_item("inventaris.taken");
    p.set(
        &Slot::field("inventaris.taken", &task, "naam"),
        Some(Answer::Text(EVIL.into())),
    );
    p
}

/// No byte of a control sequence: ESC, BEL, CR, DEL, or a C1 character.
fn assert_clean(what: &str, bytes: &[u8]) {
    let s = text(bytes);
    let bad: Vec<char> = s
        .chars()
        .filter(|c| c.is_control() && *c != '\n' && *c != '\t')
        .collect();
    assert!(bad.is_empty(), "{what}: {bad:?} in\n{s}");
}

#[test]
fn no_control_sequence_reaches_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (data, path) = data_with_plan(dir.path(), "kwaad", "x");
    std::fs::write(&path, plan::to_string(&evil_plan())).expect("plan");
    let mut older = evil_plan();
    older.answers.remove("opgave.omschrijving");
    let old = dir.path().join("oud.ron");
    std::fs::write(&old, plan::to_string(&older)).expect("plan");
    let path_arg = path.to_string_lossy().into_owned();

    // A guide whose title and an id carry the sequences too.
    let guide = dir.path().join("gids");
    let guide_arg = guide.to_string_lossy().into_owned();
    assert!(
        run_in(dir.path(), &data, &["guide", "copy", &guide_arg])
            .status
            .success()
    );
    let index = guide.join("guide.ron");
    let good = std::fs::read_to_string(&index).expect("guide.ron");
    let evil_ron = EVIL
        .replace('\u{1b}', "\\u{1b}")
        .replace('\u{7}', "\\u{7}")
        .replace('\u{9b}', "\\u{9b}")
        .replace('\r', "\\r")
        .replace('\u{7f}', "\\u{7f}");
    std::fs::write(
        &index,
        good.replace("Samenwerken: de raadgever stap voor stap", &evil_ron),
    )
    .expect("title");
    let broken_guide = dir.path().join("kapot");
    std::fs::create_dir(&broken_guide).expect("dir");
    std::fs::write(
        broken_guide.join("guide.ron"),
        format!("(title: \"x\", intro: \"x\", steps: [\"{evil_ron}.ron\"])"),
    )
    .expect("guide");
    let broken_arg = broken_guide.to_string_lossy().into_owned();

    let runs: Vec<(&str, Vec<&str>)> = vec![
        ("list", vec!["list"]),
        ("validate", vec!["validate", &path_arg]),
        ("diff", vec!["diff", "oud.ron", &path_arg]),
        ("export md", vec!["export", "kwaad"]),
        ("export html", vec!["export", "kwaad", "-f", "html"]),
        ("export ics", vec!["export", "kwaad", "-f", "ics"]),
        (
            "worksheet",
            vec!["--guide", &guide_arg, "export", "-f", "worksheet-md"],
        ),
        ("guide check", vec!["--guide", &guide_arg, "guide", "check"]),
        (
            "guide error",
            vec!["--guide", &broken_arg, "guide", "check"],
        ),
        ("not found", vec!["open", EVIL]),
    ];
    for (what, args) in runs {
        let out = run_in(dir.path(), &data, &args);
        assert!(
            !out.stdout.is_empty() || !out.stderr.is_empty(),
            "{what}: says something"
        );
        assert_clean(&format!("{what} stdout"), &out.stdout);
        assert_clean(&format!("{what} stderr"), &out.stderr);
    }
    // The text is still there, only its controls are made visible.
    let out = run_in(dir.path(), &data, &["list"]);
    assert!(
        text(&out.stdout).contains("]0;GEHACKT"),
        "{}",
        text(&out.stdout)
    );
}

/// `samenwerkwijzer list | head -1`: the reader goes away; no panic, no
/// error message, exit code 0.
#[test]
fn a_reader_that_stops_early_is_no_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (data, _) = data_with_plan(dir.path(), "eerste", "Eerste");
    for n in 0..300 {
        let p = data.join("plans").join(format!("plan-{n}.ron"));
        std::fs::write(&p, crate::rules_support::plan_text(&format!("Plan {n}"))).expect("plan");
    }
    let plan = data.join("plans").join("eerste.ron");
    let plan_arg = plan.to_string_lossy().into_owned();
    for args in [
        vec!["list"],
        vec!["export", "-f", "worksheet"],
        vec!["export", "eerste"],
        vec!["validate", &plan_arg, &plan_arg, &plan_arg],
        vec!["guide", "check"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
            .args(&args)
            .env("SAMENWERKWIJZER_DATA_DIR", &data)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        // Close the reading end before the app has written anything.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        let err = text(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(out.status.success(), "{args:?}: {:?} {err}", out.status);
    }
}
