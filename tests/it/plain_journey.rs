//! Issue 15, "done when": the whole journey typed line by line into the
//! real binary in plain mode saves the same plan as the TUI's flow test
//! (`flow::the_whole_journey`), and nothing it writes holds an ESC byte.
//! Once in a terminal (a person typing), once from a file (a script).
#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Stdio};

use samenwerkwijzer::guide::load_embedded;
use samenwerkwijzer::plan::Plan;

use crate::flow::the_whole_journey;
use crate::pty::Session;

/// The journey as an answers file, with comments (the README's example).
pub(crate) const WARMTE: &str = include_str!("plain_support/warmte.txt");

/// The answers without the comment lines: what a person types.
fn typed_lines() -> Vec<&'static str> {
    WARMTE
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect()
}

fn saved_plan(data: &Path) -> Plan {
    let guide = load_embedded().expect("guide");
    let file = data.join("plans").join("warmte-in-de-regio.ron");
    samenwerkwijzer::store::load(&file, &guide)
        .expect("the plain mode saved the plan")
        .plan
}

/// The same answers, items and step as the TUI's journey (not the times).
fn assert_same_as_the_tui(plain: &Plan) {
    let tui = the_whole_journey().saved();
    assert_eq!(plain.meta.title, tui.meta.title);
    for (id, answer) in &tui.answers {
        assert_eq!(plain.answers.get(id), Some(answer), "answer {id}");
    }
    assert_eq!(plain.answers, tui.answers, "no answers beyond the TUI's");
    assert_eq!(plain.step, tui.step, "reopens on the same step");
    assert_eq!(plain.next_item, tui.next_item, "the same item ids");
}

#[test]
fn typed_in_a_terminal_the_journey_saves_what_the_tui_saves_and_no_escape_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path");
    let mut s = Session::start(&["--plain", "--data-dir", data, "new", "Warmte in de regio"]);
    s.output_until(|o| o.contains("Vraag 1 van 8"));
    let mut input = typed_lines().join("\n");
    input.push('\n');
    s.send(input.as_bytes());
    let out = s.output_until(|o| o.contains("Tot ziens."));
    assert_eq!(s.wait_exit(), 0, "a clean stop:\n{out}");
    let raw = s.raw();
    assert!(
        !raw.contains(&0x1b),
        "an ESC byte in the output:\n{}",
        String::from_utf8_lossy(&raw)
    );
    // The lines say where the user is and what happened.
    for said in [
        "Stap 0, nog 4 stappen: Opgave en visie.",
        "Vraag 2 van 8: Op welk terrein ligt de opgave?",
        "Gekozen: Energietransitie, Anders.",
        "Stap 2, nog 2 stappen: Partners zoeken.",
        "Plan opgeslagen.",
        "Nieuw aandachtspunt, tip: De gemeente heeft geen visie op samenwerken.",
        "Genoteerd: 1 juli 2027.",
    ] {
        assert!(out.contains(said), "{said:?} not said:\n{out}");
    }
    assert_same_as_the_tui(&saved_plan(dir.path()));
}

#[test]
fn from_a_file_the_same_answers_fill_the_same_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let answers = dir.path().join("antwoorden.txt");
    std::fs::write(&answers, WARMTE).expect("write answers");
    let data = dir.path().join("data");
    let run = Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .arg("--plain")
        .arg("--data-dir")
        .arg(&data)
        .args(["new", "Warmte in de regio"])
        .env_remove(samenwerkwijzer::store::DATA_DIR_ENV)
        .stdin(Stdio::from(std::fs::File::open(&answers).expect("open")))
        .output()
        .expect("run");
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{out}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(!run.stdout.contains(&0x1b), "no escape sequences");
    assert!(out.ends_with("Plan opgeslagen. Tot ziens.\n"), "{out}");
    assert_same_as_the_tui(&saved_plan(&data));
}

/// The end of a script saves and stops, wherever it is; and a script that
/// ends in the middle of a long text keeps what was typed.
#[test]
fn the_end_of_the_input_saves_and_stops_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut child = Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .arg("--plain")
        .arg("--data-dir")
        .arg(&data)
        .args(["new", "Half af"])
        .env_remove(samenwerkwijzer::store::DATA_DIR_ENV)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin
            .write_all("Eerste regel\nen een tweede, zonder punt erna".as_bytes())
            .expect("write");
    }
    let run = child.wait_with_output().expect("wait");
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{out}");
    assert!(out.contains("Einde van de invoer."), "{out}");
    let guide = load_embedded().expect("guide");
    let plan = samenwerkwijzer::store::load(&data.join("plans").join("half-af.ron"), &guide)
        .expect("saved")
        .plan;
    assert_eq!(
        plan.answer("opgave.omschrijving"),
        Some(&samenwerkwijzer::plan::Answer::Text(
            "Eerste regel\nen een tweede, zonder punt erna".into()
        ))
    );
}

/// The short answers file in the README works as it says.
#[test]
fn the_readme_example_answers_file_runs_to_its_end() {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("```text\n# antwoorden.txt")
        .expect("the README has the example")
        + "```text\n".len();
    let example = &readme[start..];
    let example = &example[..example.find("```").expect("the block ends")];
    let mut p = crate::plain_support::Plain::scripted("Warmte in de regio");
    let said = p.lines(&example.lines().collect::<Vec<_>>());
    assert!(!said.contains("niet gebruikt"), "a refused line:\n{said}");
    assert!(said.ends_with("Plan opgeslagen. Tot ziens."), "{said}");
    let saved = p.saved();
    assert_eq!(saved.items("inventaris.taken").len(), 1);
    assert_eq!(
        saved.answer("opgave.rol"),
        Some(&samenwerkwijzer::plan::Answer::Choice("regisseren".into()))
    );
    // The question shown in the README is asked just so.
    assert!(
        p.said.contains(
            "Vraag 5 van 9: Welke rol kiest de gemeente bij deze opgave?\n1. Reguleren: regels stellen en handhaven"
        ),
        "{}",
        p.said
    );
}

/// R14 in the line mode: a title (or any plan text) with escape sequences
/// is printed with them neutralised.
#[test]
fn escape_sequences_in_a_plan_never_reach_the_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let run = Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .arg("--plain")
        .arg("--data-dir")
        .arg(dir.path())
        .args(["new", "Titel\u{1b}]0;gekaapt\u{7}\u{1b}[2J\u{9b}31m"])
        .env_remove(samenwerkwijzer::store::DATA_DIR_ENV)
        .stdin(Stdio::null())
        .output()
        .expect("run");
    assert!(run.status.success());
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(out.contains("Nieuw plan: Titel"), "{out}");
    assert!(!run.stdout.contains(&0x1b), "{out:?}");
    assert!(!out.contains('\u{9b}'), "{out:?}");
}

fn plain_run(data: &Path, args: &[&str], input: &str) -> (bool, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .arg("--plain")
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove(samenwerkwijzer::store::DATA_DIR_ENV)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let run = child.wait_with_output().expect("wait");
    (
        run.status.success(),
        String::from_utf8_lossy(&run.stdout).into_owned(),
    )
}

/// Without a command and without a last plan, the plans are listed by
/// number; a recovery copy is offered first and put back on `j`.
#[test]
fn the_list_of_plans_offers_a_recovery_copy_and_opens_by_number() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let (ok, out) = plain_run(&data, &[], "nieuw Eerste plan\nstoppen\n");
    assert!(ok, "{out}");
    assert!(out.contains("U hebt nog geen plannen."), "{out}");
    assert!(out.contains("Nieuw plan: Eerste plan."), "{out}");

    // A recovery copy of that plan, as a crash would leave it.
    let guide = load_embedded().expect("guide");
    let path = data.join("plans").join("eerste-plan.ron");
    let mut plan = samenwerkwijzer::store::load(&path, &guide)
        .expect("saved")
        .plan;
    plan.answers.insert(
        "opgave.omschrijving".into(),
        samenwerkwijzer::plan::Answer::Text("Uit de herstelkopie".into()),
    );
    let store_data = samenwerkwijzer::store::DataDir::new(&data);
    samenwerkwijzer::store::recovery::write(&store_data, &path, &plan, crate::common::test_now())
        .expect("recovery copy");
    // The last plan is not opened while a recovery copy waits.
    let (ok, out) = plain_run(&data, &[], "j\nstoppen\n");
    assert!(ok, "{out}");
    assert!(
        out.contains("Er is een herstelkopie van plan Eerste plan"),
        "{out}"
    );
    assert!(out.contains("De herstelkopie is teruggezet."), "{out}");
    let text = std::fs::read_to_string(&path).expect("plan");
    assert!(text.contains("Uit de herstelkopie"), "{text}");

    // A second plan; the list offers both by number.
    let (ok, _) = plain_run(&data, &["new", "Tweede plan"], "stoppen\n");
    assert!(ok);
    std::fs::remove_file(data.join("state.ron")).expect("forget the last plan");
    let (ok, out) = plain_run(&data, &[], "7\n2\nstoppen\n");
    assert!(ok, "{out}");
    assert!(out.contains("Uw plannen: 2."), "{out}");
    assert!(
        out.contains("Dat plan is er niet. Typ een nummer van 1 tot en met 2."),
        "{out}"
    );
    assert!(out.contains("Plan: "), "{out}");
}

/// A crash (forced in test builds) keeps what was typed in a recovery copy,
/// as the TUI does, and the next start offers it back.
#[cfg(debug_assertions)]
#[test]
fn after_a_crash_the_answers_are_in_a_recovery_copy() {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let mut child = Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .arg("--plain")
        .arg("--data-dir")
        .arg(&data)
        .args(["new", "Crash"])
        .env_remove(samenwerkwijzer::store::DATA_DIR_ENV)
        .env("SAMENWERKWIJZER_TEST_CRASH", "1")
        .env(crate::pty::NO_AUTOSAVE.0, crate::pty::NO_AUTOSAVE.1)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"Bijna kwijt\n.\ncrash!\n")
        .expect("write");
    let run = child.wait_with_output().expect("wait");
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(!run.status.success(), "a crash is not a clean exit");
    assert!(out.contains("herstelkopie"), "{out}");
    let (ok, out) = plain_run(&data, &[], "j\nstoppen\n");
    assert!(ok, "{out}");
    assert!(out.contains("De herstelkopie is teruggezet."), "{out}");
    let text = std::fs::read_to_string(data.join("plans").join("crash.ron")).expect("plan");
    assert!(text.contains("Bijna kwijt"), "{text}");
}
