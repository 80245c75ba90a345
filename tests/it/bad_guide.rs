//! Every kind of bad guide file, in one table: loading fails with the file,
//! line and column where there is one, in Dutch, and the files are left as
//! they were. The command line refuses to start with that message.

use std::path::Path;

use samenwerkwijzer::guide::{EMBEDDED_FILES, load_dir};
use samenwerkwijzer::text::describe_guide_error;

struct Case {
    name: &'static str,
    /// The file to damage and how.
    file: &'static str,
    damage: fn(&str) -> Vec<u8>,
    /// Text the message must contain.
    says: &'static str,
    /// Whether the message must name a line and column.
    placed: bool,
}

fn text(s: String) -> Vec<u8> {
    s.into_bytes()
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "afgebroken",
            file: "stap1.ron",
            damage: |t| text(t[..t.len() / 2].to_string()),
            says: "plotseling op",
            placed: true,
        },
        Case {
            name: "verkeerd type",
            file: "stap0.ron",
            damage: |t| text(t.replacen("short_title: \"Opgave\"", "short_title: 5", 1)),
            says: "verkeerd soort waarde",
            placed: true,
        },
        Case {
            name: "onbekend veld",
            file: "stap2.ron",
            damage: |t| text(t.replacen("    intro:", "    kleur: \"rood\",\n    intro:", 1)),
            says: "\"kleur\" is onbekend",
            placed: true,
        },
        Case {
            name: "onbekend soort vraag",
            file: "stap0.ron",
            damage: |t| text(t.replacen("kind: LongText", "kind: Slider", 1)),
            says: "\"Slider\" is onbekend",
            placed: true,
        },
        Case {
            name: "dubbel id",
            file: "stap1.ron",
            damage: |t| {
                text(t.replacen(
                    "id: \"inventaris.wettelijk\"",
                    "id: \"inventaris.taken\"",
                    1,
                ))
            },
            says: "komt twee keer voor",
            placed: true,
        },
        Case {
            name: "losse verwijzing",
            file: "stap2.ron",
            damage: |t| text(t.replacen("list: \"inventaris.taken\"", "list: \"bestaat.niet\"", 1)),
            says: "verwijst naar \"bestaat.niet\"",
            placed: true,
        },
        Case {
            name: "voorwaarde op onbekende vraag",
            file: "stap3.ron",
            damage: |t| {
                text(t.replacen("question: \"doelen.vorm\"", "question: \"doelen.kleur\"", 1))
            },
            says: "hangt af van \"doelen.kleur\"",
            placed: true,
        },
        Case {
            name: "onbekende keuze in voorwaarde",
            file: "stap0.ron",
            damage: |t| text(t.replacen("any_of: [\"anders\"]", "any_of: [\"iets\"]", 1)),
            says: "waarde \"iets\"",
            placed: true,
        },
        Case {
            name: "stapbestand buiten de map",
            file: "guide.ron",
            damage: |t| text(t.replacen("\"stap4.ron\"", "\"../stap4.ron\"", 1)),
            says: "gewone bestandsnaam",
            placed: true,
        },
        Case {
            name: "stapbestand ontbreekt",
            file: "guide.ron",
            damage: |t| text(t.replacen("\"stap4.ron\"", "\"stap9.ron\"", 1)),
            says: "stap9.ron",
            placed: false,
        },
        Case {
            name: "rommel",
            file: "stap3.ron",
            damage: |_| (0..3000u32).map(|i| (i * 7919 % 251) as u8).collect(),
            says: "onleesbare tekens",
            placed: true,
        },
        Case {
            name: "nul-bytes",
            file: "stap3.ron",
            damage: |t| text(t.replacen("Doelen", "Doe\0len", 1)),
            says: "onleesbare tekens",
            placed: true,
        },
        Case {
            name: "te groot",
            file: "stap4.ron",
            damage: |t| {
                let mut b = t.as_bytes().to_vec();
                b.resize(5 * 1024 * 1024, b' ');
                b
            },
            says: "nooit zo groot",
            placed: false,
        },
        Case {
            name: "leeg",
            file: "stap0.ron",
            damage: |_| Vec::new(),
            says: "plotseling op",
            placed: true,
        },
        Case {
            name: "diep genest",
            file: "stap0.ron",
            damage: |t| {
                text(t.replacen(
                    "questions: [",
                    &format!("questions: [{}", "(".repeat(3000)),
                    1,
                ))
            },
            says: "stap0.ron",
            placed: true,
        },
    ]
}

fn write_guide(dir: &Path) {
    for (name, text) in EMBEDDED_FILES {
        std::fs::write(dir.join(name), text).expect("write guide file");
    }
}

#[test]
fn every_bad_guide_file_is_reported_with_its_place() {
    for case in cases() {
        let dir = tempfile::tempdir().expect("tempdir");
        write_guide(dir.path());
        let original = EMBEDDED_FILES
            .iter()
            .find(|(n, _)| *n == case.file)
            .map(|(_, t)| *t)
            .expect("known file");
        let damaged = (case.damage)(original);
        assert_ne!(
            damaged,
            original.as_bytes(),
            "{}: the damage changes the file",
            case.name
        );
        std::fs::write(dir.path().join(case.file), &damaged).expect("damage");

        let err = match load_dir(dir.path()) {
            Ok(_) => panic!("{}: the damaged guide loaded", case.name),
            Err(e) => e,
        };
        let message = describe_guide_error(&err);
        assert!(message.contains(case.says), "{}: {message}", case.name);
        if case.placed {
            assert!(
                message.contains(&format!("{}, regel ", case.file)) && message.contains("kolom"),
                "{}: no file, line and column in {message}",
                case.name
            );
        } else {
            assert!(
                message.contains("Fout in de gids"),
                "{}: {message}",
                case.name
            );
        }
        let after = std::fs::read(dir.path().join(case.file)).expect("read");
        assert_eq!(after, damaged, "{}: the file was changed", case.name);
    }
}

#[test]
fn an_unchanged_copy_of_the_guide_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_guide(dir.path());
    let guide = load_dir(dir.path()).expect("a plain copy loads");
    assert_eq!(
        guide,
        samenwerkwijzer::guide::load_embedded().expect("embedded")
    );
}

/// `guide check` on an adapted guide that still loads but switches advice
/// off: it says which rule or feature falls away, and still succeeds.
#[test]
fn guide_check_warns_when_an_adapted_guide_switches_advice_off() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_guide(dir.path());
    let check = |dir: &Path| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
            .arg("--guide")
            .arg(dir)
            .args(["guide", "check"])
            .output()
            .expect("run guide check");
        assert!(out.status.success(), "{out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let clean = check(dir.path());
    assert!(clean.contains("De gids is in orde"), "{clean}");
    assert!(
        !clean.contains("Let op"),
        "the shipped guide switches nothing off: {clean}"
    );

    // Drop the visie question, and the first-report date of the calendar.
    let stap0 = EMBEDDED_FILES
        .iter()
        .find(|(n, _)| *n == "stap0.ron")
        .map(|(_, t)| *t)
        .expect("stap0");
    let start = stap0
        .find("        (\n            id: \"opgave.visie\"")
        .expect("visie");
    let end = start + stap0[start..].find("        ),\n").expect("end") + "        ),\n".len();
    let without = format!("{}{}", &stap0[..start], &stap0[end..]);
    std::fs::write(dir.path().join("stap0.ron"), without).expect("write");
    let stap4 = EMBEDDED_FILES
        .iter()
        .find(|(n, _)| *n == "stap4.ron")
        .map(|(_, t)| *t)
        .expect("stap4")
        .replace(
            "kind: Date,\n                        optional: true,",
            "kind: ShortText,\n                        optional: true,",
        );
    std::fs::write(dir.path().join("stap4.ron"), stap4).expect("write");
    let warned = check(dir.path());
    assert!(
        warned.contains("De gids is in orde"),
        "it still loads: {warned}"
    );
    assert!(
        warned.contains("vraag \"opgave.visie\" staat niet meer in de gids")
            && warned.contains("adviesregel geen_visie"),
        "{warned}"
    );
    assert!(
        warned.contains("monitoring.afspraken.eerste_datum") && warned.contains("de agenda-export"),
        "{warned}"
    );
}
