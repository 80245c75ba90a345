//! `samenwerkwijzer workshop compare` on the command line: reports to a
//! file or the screen, never over a plan, and the projector only on a
//! terminal.

use crate::compare_support::{SECRETS, run, six_dir, stderr, stdout};

fn six() -> String {
    six_dir().display().to_string()
}

#[test]
fn the_report_goes_to_a_file_in_the_format_of_its_extension() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = run(
        &["workshop", "compare", &six(), "-o", "verschil.html"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains("Het rapport staat in verschil.html."),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("Vergeleken: 6 groepen."));
    let html = std::fs::read_to_string(dir.path().join("verschil.html")).expect("written");
    assert!(html.starts_with("<!DOCTYPE html>"));
    let out = run(
        &["workshop", "compare", &six(), "-o", "verschil.txt"],
        dir.path(),
    );
    assert!(out.status.success());
    let md = std::fs::read_to_string(dir.path().join("verschil.txt")).expect("written");
    assert!(md.starts_with("# Vergelijking van 6 plannen"), "{md}");
}

#[test]
fn a_report_is_never_written_over_a_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("plan.ron");
    std::fs::write(&plan, "mijn plan").expect("write");
    let out = run(
        &["workshop", "compare", &six(), "-o", "plan.ron"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("plan.ron lijkt een plan (.ron)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&plan).expect("read"), "mijn plan");
}

#[test]
fn the_projector_needs_a_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = run(&["workshop", "compare", &six()], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("het scherm voor de beamer heeft een terminal nodig; kies een rapport met -f md of -f html"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn names_only_when_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let anonymous = stdout(&run(
        &["workshop", "compare", &six(), "-f", "md"],
        dir.path(),
    ));
    let named = stdout(&run(
        &["workshop", "compare", &six(), "-f", "md", "--names"],
        dir.path(),
    ));
    for secret in SECRETS {
        assert!(!anonymous.contains(secret), "{secret}");
        assert!(named.contains(secret), "{secret} with --names");
    }
}

#[test]
fn the_help_says_what_the_command_does() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = run(&["workshop", "compare", "--help"], dir.path());
    assert!(out.status.success());
    let help = stdout(&out);
    assert!(
        help.contains("Gebruik: samenwerkwijzer workshop compare MAP|BESTAND..."),
        "{help}"
    );
    assert!(help.contains("--names"), "{help}");
    assert!(help.contains("Niets wordt veranderd."), "{help}");
}

#[test]
fn an_existing_report_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("verschil.md"), "mijn aantekeningen").expect("write");
    let out = run(
        &["workshop", "compare", &six(), "-o", "verschil.md"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("geen rapport geschreven"),
        "{}",
        stderr(&out)
    );
    let kept = std::fs::read_to_string(dir.path().join("verschil.md")).expect("read");
    assert_eq!(kept, "mijn aantekeningen");
    let out = run(
        &[
            "workshop",
            "compare",
            &six(),
            "-o",
            "verschil.md",
            "--force",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let new = std::fs::read_to_string(dir.path().join("verschil.md")).expect("read");
    assert!(new.starts_with("# Vergelijking"), "{new}");
}

#[test]
fn line_by_line_the_comparison_comes_as_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Without a terminal and without -f the projector refuses …
    let out = run(&["workshop", "compare", &six()], dir.path());
    assert!(!out.status.success());
    assert!(stderr(&out).contains("terminal nodig"), "{}", stderr(&out));
    // … but line by line (a screen reader, a script) the report is text.
    let out = run(&["--plain", "workshop", "compare", &six()], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(md.starts_with("# Vergelijking van 6 plannen — "), "{md}");
    assert!(md.contains("## Nabespreking van de casus"), "{md}");
    assert!(!md.contains('\u{1b}'), "no escape sequence");
}
