//! Every kind of bad plan file, in one table: the picker marks it damaged
//! with a Dutch message naming the line and column and what to do, opening
//! it is refused with that message, the app keeps running, and the file
//! stays byte for byte as it was.

use crate::common;

use common::Harness;
use ratatui::crossterm::event::KeyCode;
use samenwerkwijzer::plan::{self, Answer, Plan, Slot};

fn valid_plan() -> String {
    let mut p = Plan::new("Goed plan", common::test_now());
    let task = p.add_item("inventaris.taken");
    p.set(
        &Slot::field("inventaris.taken", &task, "naam"),
        Some(Answer::Text("Afval".into())),
    );
    let partner = p.add_item("partners.lijst");
    p.set(
        &Slot::field("partners.lijst", &partner, "taken"),
        Some(Answer::Refs(vec![task.clone()])),
    );
    plan::to_string(&p)
}

struct Case {
    name: &'static str,
    bytes: Vec<u8>,
    /// Text the message must contain, besides line and column.
    says: &'static str,
}

fn cases() -> Vec<Case> {
    let good = valid_plan();
    let mut junk = Vec::new();
    let mut rng = fastrand::Rng::with_seed(7);
    for _ in 0..4096 {
        junk.push(rng.u8(..));
    }
    vec![
        Case { name: "afgebroken", bytes: good[..good.len() / 2].into(), says: "plotseling op" },
        Case {
            name: "verkeerd-type",
            bytes: good.replace("title: \"Goed plan\"", "title: 42").into(),
            says: "verkeerd soort waarde",
        },
        Case {
            name: "onbekend-veld",
            bytes: good.replace("    answers:", "    kleur: \"rood\",\n    answers:").into(),
            says: "\"kleur\" is onbekend",
        },
        Case {
            name: "nieuwer",
            bytes: good.replace("version: 3,", "version: 9,").into(),
            says: "nieuwere versie van Samenwerkwijzer",
        },
        Case {
            name: "te-groot",
            bytes: {
                let mut b = good.clone().into_bytes();
                b.resize(50 * 1024 * 1024, b' ');
                b
            },
            says: "nooit zo groot",
        },
        Case { name: "rommel", bytes: junk, says: "onleesbare tekens" },
        Case {
            name: "geen-utf8",
            bytes: good.replace("Goed plan", "Goed \u{0}plan").replace('\0', "\u{fffd}").into_bytes()
                .into_iter()
                .map(|b| if b == 0xbd { 0xff } else { b })
                .collect(),
            says: "onleesbare tekens",
        },
        Case {
            name: "nul-bytes",
            bytes: good.replace("Goed plan", "Goed\0plan").into(),
            says: "onleesbare tekens",
        },
        Case {
            name: "diep-genest",
            bytes: format!(
                "(version: 2, meta: (title: \"x\", created: \"2026-01-01T00:00:00Z\", updated: \"2026-01-01T00:00:00Z\"), answers: {{\"x\": Multi({}{})}})",
                "[".repeat(5000),
                "]".repeat(5000)
            )
            .into(),
            says: "Regel 1",
        },
        Case {
            name: "dubbel-id",
            bytes: good.replacen("id: \"i2\"", "id: \"i1\"", 1).into(),
            says: "twee onderdelen",
        },
        Case {
            name: "losse-verwijzing",
            bytes: good.replace("Refs([\n", "Refs([\n                            \"i77\",\n").into(),
            says: "bestaat niet",
        },
        Case { name: "leeg", bytes: Vec::new(), says: "leeg" },
        // R3: a counter at the end of its range would hand out ids in use.
        Case {
            name: "teller-op",
            bytes: good.replace("next_item: 3", "next_item: 18446744073709551615").into(),
            says: "next_item",
        },
        Case {
            name: "nummer-op",
            bytes: good.replace("id: \"i2\"", "id: \"i18446744073709551615\"").into(),
            says: "hoogste dat kan",
        },
        // R17: an answer given twice is not silently dropped.
        Case {
            name: "dubbel-antwoord",
            bytes: good.replacen("    answers: {\n", "    answers: {\n        \"x\": Text(\"a\"),\n        \"x\": Text(\"b\"),\n", 1).into(),
            says: "staat er twee keer",
        },
        // R16: not a plan at all; its first word is not quoted back.
        Case { name: "geen-plan", bytes: b"wachtwoord geheim123\n".to_vec(), says: "geen plan" },
    ]
}

#[test]
fn every_bad_file_is_reported_refused_and_left_untouched() {
    for case in cases() {
        let mut h = Harness::new();
        let path = h
            .data_dir()
            .join("plans")
            .join(format!("{}.ron", case.name));
        std::fs::create_dir_all(path.parent().expect("dir")).expect("plans dir");
        std::fs::write(&path, &case.bytes).expect("write bad file");
        h.show_picker();

        let entry = h
            .picker()
            .plans
            .iter()
            .find(|s| s.path == path)
            .unwrap_or_else(|| panic!("{}: not listed", case.name))
            .clone();
        let why = entry
            .status
            .clone()
            .err()
            .unwrap_or_else(|| panic!("{}: not marked damaged", case.name));
        assert!(why.contains("Regel "), "{}: no line in {why:?}", case.name);
        assert!(
            why.contains("kolom "),
            "{}: no column in {why:?}",
            case.name
        );
        assert!(
            why.contains(case.says),
            "{}: {why:?} does not say {:?}",
            case.name,
            case.says
        );

        // The damaged mark is on screen, with the reason under the list.
        let index = h
            .picker()
            .plans
            .iter()
            .position(|s| s.path == path)
            .expect("index");
        while h.picker().selected < index {
            h.key(KeyCode::Down);
        }
        let screen = h.screen(100, 30);
        assert!(screen.contains("beschadigd"), "{}:\n{screen}", case.name);
        assert!(
            screen.contains("⚠ Regel "),
            "{}: reason shown\n{screen}",
            case.name
        );
        // Opening is refused, and the app goes on.
        h.key(KeyCode::Enter);
        let msg = h.app.message.clone().expect("a message");
        assert!(
            msg.is_error && msg.text.contains("beschadigd"),
            "{}: {msg:?}",
            case.name
        );
        assert!(h.editor_opt().is_none(), "{}: opened anyway", case.name);
        h.key(KeyCode::Down);
        h.ctrl('q');
        assert!(h.app.quit);

        assert!(
            !why.contains("geheim") && !why.contains("wachtwoord"),
            "{}: {why}",
            case.name
        );
        let after = std::fs::read(&path).expect("still there");
        assert!(after == case.bytes, "{}: the file was changed", case.name);
    }
}

#[test]
fn an_older_format_opens_and_is_only_rewritten_after_a_change() {
    let mut h = Harness::new();
    let v1 = valid_plan()
        .replace("version: 3,", "version: 1,")
        .replace("    step: \"\",\n", "    current_step: 2,\n");
    let path = h.data_dir().join("plans").join("oud.ron");
    std::fs::create_dir_all(path.parent().expect("dir")).expect("plans dir");
    std::fs::write(&path, &v1).expect("write");
    h.show_picker();
    h.key(KeyCode::Enter);
    assert_eq!(h.editor().step, 2, "opens on the step it was on");
    let msg = h.app.message.clone().expect("a message");
    assert!(msg.text.contains("oudere bestandsvorm"), "{msg:?}");
    h.ctrl('s');
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        v1,
        "no change, no rewrite"
    );
    h.key(KeyCode::PageUp); // a step change is a change, and saves

    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("version: 3,") && text.contains("step: \"inventaris\""),
        "{text}"
    );
    // The version-1 file is kept in the history.
    let history = h.data_dir().join("history").join("oud");
    let kept: Vec<String> = std::fs::read_dir(history)
        .expect("history")
        .filter_map(Result::ok)
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    assert!(kept.contains(&v1), "the old file is in the history");
}
