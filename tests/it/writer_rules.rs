//! The one writer rule for exports, as a table: every kind of target,
//! what must happen (the plan store and the data folder: `store_writes`). A refusal leaves the target byte for byte as
//! it was and says why in Dutch; nothing ever hangs.
#![cfg(unix)]

use std::path::PathBuf;

use crate::rules_support::{
    data_with_plan, mkfifo, mode, plan_text, run_in, symlink, text, what_is_at,
};

/// What is at the target before the export.
#[derive(Debug, Clone, Copy)]
enum Target {
    /// The exported plan itself (R1).
    ThePlan,
    /// Another plan in the plans folder.
    OtherPlan,
    /// A plan saved under a name without `.ron`.
    PlanUnderOtherName,
    /// A new `.html` file in the plans folder.
    InPlansFolder,
    Fifo,
    /// A link to a device, like `/dev/stdout` (R11).
    LinkToDevice,
    /// A link to a file of the user's.
    LinkToFile,
    Folder,
    /// A file of the user's that is not a plan.
    UserFile,
    /// Nothing there yet.
    New,
}

#[derive(Debug, PartialEq)]
enum Expect {
    Refused(&'static str),
    /// Refused without `--force`, replaced with it.
    NeedsForce,
    Written,
}

fn expected(target: Target) -> Expect {
    match target {
        Target::ThePlan | Target::OtherPlan | Target::PlanUnderOtherName => {
            Expect::Refused("nooit een plan")
        }
        Target::InPlansFolder => Expect::Refused("zelf beheert"),
        Target::Fifo => Expect::Refused("FIFO"),
        Target::LinkToDevice | Target::LinkToFile => Expect::Refused("koppeling"),
        Target::Folder => Expect::Refused("een map"),
        Target::UserFile => Expect::NeedsForce,
        Target::New => Expect::Written,
    }
}

const TARGETS: [Target; 10] = [
    Target::ThePlan,
    Target::OtherPlan,
    Target::PlanUnderOtherName,
    Target::InPlansFolder,
    Target::Fifo,
    Target::LinkToDevice,
    Target::LinkToFile,
    Target::Folder,
    Target::UserFile,
    Target::New,
];

struct Setup {
    _dir: tempfile::TempDir,
    cwd: PathBuf,
    data: PathBuf,
    target: PathBuf,
}

fn setup(target: Target) -> Setup {
    let dir = tempfile::tempdir().expect("tempdir");
    let cwd = dir.path().join("werk");
    std::fs::create_dir(&cwd).expect("cwd");
    let (data, plan) = data_with_plan(dir.path(), "warmte", "Warmte");
    let other = data.join("plans").join("ander.ron");
    std::fs::write(&other, plan_text("Ander")).expect("plan");
    let path = match target {
        Target::ThePlan => plan,
        Target::OtherPlan => other,
        Target::PlanUnderOtherName => {
            let p = cwd.join("warmte-kopie.txt");
            std::fs::write(&p, plan_text("Kopie")).expect("copy");
            p
        }
        Target::InPlansFolder => data.join("plans").join("warmte.html"),
        Target::Fifo => {
            let p = cwd.join("pijp.md");
            mkfifo(&p);
            p
        }
        Target::LinkToDevice => {
            let p = cwd.join("stdout");
            symlink("/dev/null", &p);
            p
        }
        Target::LinkToFile => {
            let real = cwd.join("echt.md");
            std::fs::write(&real, "van mij").expect("file");
            let p = cwd.join("link.md");
            symlink(&real, &p);
            p
        }
        Target::Folder => {
            let p = cwd.join("map.md");
            std::fs::create_dir(&p).expect("dir");
            p
        }
        Target::UserFile => {
            let p = cwd.join("notities.md");
            std::fs::write(&p, "mijn notities").expect("file");
            p
        }
        Target::New => cwd.join("nieuw.md"),
    };
    Setup {
        _dir: dir,
        cwd,
        data,
        target: path,
    }
}

/// `export -o` under the writer rule, for a plan export and both
/// worksheets (R1: the worksheets skipped the guard), with and without
/// `--force` (W20).
#[test]
fn export_to_a_file_follows_the_writer_rule() {
    let formats: [&[&str]; 3] = [
        &["export", "warmte", "-f", "md"],
        &["export", "-f", "worksheet"],
        &["export", "-f", "worksheet-md"],
    ];
    let mut failures = Vec::new();
    for target in TARGETS {
        for format in formats {
            for force in [false, true] {
                let mut args: Vec<&str> = format.to_vec();
                if force {
                    args.push("--force");
                }
                if let Err(why) = export_case(target, &args) {
                    failures.push(format!("{target:?} {args:?}: {why}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One row of the table: `Err` says what went wrong.
fn export_case(target: Target, args: &[&str]) -> Result<(), String> {
    let s = setup(target);
    let before = what_is_at(&s.target);
    let target_arg = s.target.to_string_lossy().into_owned();
    let mut args = args.to_vec();
    args.extend(["-o", &target_arg]);
    let force = args.contains(&"--force");
    let out = run_in(&s.cwd, &s.data, &args);
    let err = text(&out.stderr);
    let refused = match (expected(target), force) {
        (Expect::Written, _) | (Expect::NeedsForce, true) => None,
        (Expect::NeedsForce, false) => Some("--force"),
        (Expect::Refused(says), _) => Some(says),
    };
    match refused {
        Some(says) => {
            if what_is_at(&s.target) != before {
                return Err("the target was changed".into());
            }
            if out.status.success() {
                return Err("exit code 0".into());
            }
            if !err.contains(says) || err.contains("os error") {
                return Err(format!("the message does not say {says:?}: {err}"));
            }
        }
        None => {
            if !out.status.success() {
                return Err(format!("refused: {err}"));
            }
            let written = std::fs::read_to_string(&s.target).unwrap_or_default();
            if written.len() < 100 {
                return Err(format!("not written: {written:?}"));
            }
            if mode(&s.target) != 0o600 {
                return Err(format!("mode {:o}", mode(&s.target)));
            }
        }
    }
    let stray: Vec<_> = std::fs::read_dir(&s.cwd)
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    if !stray.is_empty() {
        return Err(format!("left behind: {stray:?}"));
    }
    Ok(())
}

/// `-o -` is standard output, not a file named `-` (R17).
#[test]
fn a_dash_means_the_screen() {
    let s = setup(Target::New);
    let out = run_in(&s.cwd, &s.data, &["export", "warmte", "-o", "-"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("# Warmte"),
        "{}",
        text(&out.stdout)
    );
    assert!(!s.cwd.join("-").exists(), "no file named -");
    let out = run_in(
        &s.cwd,
        &s.data,
        &["export", "-f", "worksheet-md", "-o", "-"],
    );
    assert!(
        text(&out.stdout).contains("*Werkblad*"),
        "{}",
        text(&out.stdout)
    );
    // Word is binary: to a pipe it goes byte for byte, nothing neutralised.
    let out = run_in(
        &s.cwd,
        &s.data,
        &["export", "warmte", "-f", "docx", "-o", "-"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.starts_with(b"PK\x03\x04"), "a zip file");
    assert!(out.stdout.contains(&0u8), "raw bytes, not neutralised");
    assert!(!s.cwd.join("-").exists());
}
