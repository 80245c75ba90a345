//! `samenwerkwijzer validate FILE...`: good files pass, each bad file gets
//! a message with its place, and the exit code tells whether all are good.

use crate::export_support;

use export_support::{example_plan, samenwerkwijzer, stderr, stdout};
use samenwerkwijzer::plan;

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    name.to_string()
}

#[test]
fn valid_plans_pass() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = plan::to_string(&example_plan());
    let a = write(dir.path(), "a.ron", text.as_bytes());
    let b = write(dir.path(), "b.ron", text.as_bytes());
    let out = samenwerkwijzer(&["validate", &a, &b], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "a.ron: in orde.\nb.ron: in orde.\n");
    assert_eq!(stderr(&out), "");
}

#[test]
fn every_bad_file_is_named_with_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = plan::to_string(&example_plan());
    let files = [
        write(dir.path(), "goed.ron", good.as_bytes()),
        write(
            dir.path(),
            "kapot.ron",
            good.replace("step: \"monitoring\",", "step: vier,")
                .as_bytes(),
        ),
        write(dir.path(), "binair.ron", b"(\n  version: 1,\x00\xff\xfe"),
        write(dir.path(), "leeg.ron", b""),
        write(
            dir.path(),
            "nieuwer.ron",
            good.replace("version: 3,", "version: 4,").as_bytes(),
        ),
    ];
    let args: Vec<&str> = std::iter::once("validate")
        .chain(files.iter().map(String::as_str))
        .chain(["ontbreekt.ron"])
        .collect();
    let out = samenwerkwijzer(&args, dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "goed.ron: in orde.\n");
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    let line_of = |s: &str| {
        good.lines()
            .position(|l| l.contains(s))
            .expect("in the plan")
            + 1
    };
    assert!(
        lines[0].starts_with(&format!(
            "kapot.ron: regel {}, kolom ",
            line_of("step: \"monitoring\"")
        )),
        "{err}"
    );
    assert!(
        lines[0].contains(": hier staat een verkeerd soort waarde"),
        "{err}"
    );
    // The first byte that is not text: \xff after "  version: 1,\0".
    assert!(
        lines[1].starts_with("binair.ron: regel 2, kolom 15: hier staan onleesbare tekens"),
        "{err}"
    );
    assert!(
        lines[2].starts_with("leeg.ron: regel 1, kolom 1: het bestand is leeg."),
        "{err}"
    );
    assert!(
        lines[3].starts_with(
            "nieuwer.ron: regel 2, kolom 5: dit plan is gemaakt met een nieuwere versie van Samenwerkwijzer"
        ),
        "{err}"
    );
    assert_eq!(lines[4], "ontbreekt.ron: het bestand bestaat niet (meer).");
    assert_eq!(
        lines[5],
        "samenwerkwijzer: 5 van de 6 bestanden zijn geen geldig plan."
    );
    assert_eq!(lines.len(), 6);
}

#[test]
fn plans_that_parse_but_break_the_guide_are_not_valid() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = plan::to_string(&example_plan());
    // A choice the guide does not offer: the file parses, the guide check
    // finds it.
    let bad = good.replace("Choice(\"regisseren\")", "Choice(\"baas\")");
    assert_ne!(bad, good);
    let file = write(dir.path(), "plan.ron", bad.as_bytes());
    let out = samenwerkwijzer(&["validate", &file], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    // Line and column (1-based) of the only occurrence of `needle`.
    let place = |text: &str, needle: &str| {
        assert_eq!(text.matches(needle).count(), 1, "{needle}");
        let (n, line) = text
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains(needle))
            .expect("in the plan");
        (n + 1, line.find(needle).expect("in the line") + 1)
    };
    let (line, col) = place(&bad, "\"baas\"");
    assert_eq!(
        lines[0],
        format!(
            "plan.ron: regel {line}, kolom {col}: bij \"Welke rol kiest de gemeente bij deze \
             opgave?\" staat keuze \"baas\", maar die keuze bestaat niet in de gids."
        )
    );
    assert_eq!(lines[1], "samenwerkwijzer: plan.ron is geen geldig plan.");

    // A partner that works on a task that is gone: such a file is not even
    // opened (answers would attach to the wrong item), with its place.
    let dangling = good.replace(
        "Refs([\n                        \"i3\",",
        "Refs([\n                        \"i99\",",
    );
    assert_ne!(dangling, good);
    let file = write(dir.path(), "los.ron", dangling.as_bytes());
    let out = samenwerkwijzer(&["validate", &file], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let (line, col) = place(&dangling, "\"i99\"");
    assert!(
        err.starts_with(&format!(
            "los.ron: regel {line}, kolom {col}: hier wordt verwezen naar \"i99\", maar dat onderdeel bestaat niet"
        )),
        "{err}"
    );
}

#[test]
fn remarks_do_not_make_a_plan_invalid() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut p = example_plan();
    p.answers.insert(
        "oud.vraag".into(),
        samenwerkwijzer::plan::Answer::Text("uit een oudere gids".into()),
    );
    let file = write(dir.path(), "plan.ron", plan::to_string(&p).as_bytes());
    let out = samenwerkwijzer(&["validate", &file], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("opmerking: er staat een antwoord op \"oud.vraag\""),
        "{text}"
    );
    assert!(text.ends_with("plan.ron: in orde.\n"));
}

#[test]
fn validate_needs_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = samenwerkwijzer(&["validate"], dir.path());
    assert!(!out.status.success());
}
