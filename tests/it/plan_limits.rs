//! What the app saves, it can always open again (R2), and the item counter
//! never runs over (R3).

use crate::common;

use common::Harness;
use ratatui::crossterm::event::KeyCode;
use samenwerkwijzer::plan::{self, Answer, Item, MAX_ITEM_NUMBER, MAX_PLAN_BYTES, Plan};
use samenwerkwijzer::store;

fn guide() -> samenwerkwijzer::guide::Guide {
    samenwerkwijzer::guide::load_embedded().expect("guide")
}

/// A plan whose file is exactly `size` bytes: one long answer of plain
/// letters (nothing to escape).
fn plan_of_size(size: usize) -> Plan {
    let mut p = Plan::new("Groot", common::test_now());
    p.answers
        .insert("opgave.omschrijving".into(), Answer::Text(String::new()));
    let base = plan::to_string(&p).len();
    p.answers.insert(
        "opgave.omschrijving".into(),
        Answer::Text("x".repeat(size - base)),
    );
    assert_eq!(plan::to_string(&p).len(), size);
    p
}

#[test]
fn the_largest_plan_that_can_be_saved_opens_again() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("groot.ron");
    let largest = plan_of_size(MAX_PLAN_BYTES);
    store::save(&path, &largest).expect("the largest plan saves");
    let loaded = store::load(&path, &guide()).expect("and opens again");
    assert_eq!(loaded.plan, largest);

    // One byte more is refused before anything is written.
    let before = std::fs::read(&path).expect("read");
    let e = store::save(&path, &plan_of_size(MAX_PLAN_BYTES + 1)).expect_err("too large");
    assert_eq!(e.kind(), std::io::ErrorKind::FileTooLarge);
    assert!(e.to_string().contains("te groot om op te slaan"), "{e}");
    assert!(
        std::fs::read(&path).expect("read") == before,
        "left as it was"
    );
}

/// A 17 MB paste: saving is refused with what to do, the text stays in
/// memory, and the file on disk still opens.
#[test]
fn a_paste_too_large_to_save_loses_nothing() {
    let mut h = Harness::with_plan("Plakken");
    h.goto("opgave.omschrijving");
    h.key(KeyCode::Enter);
    h.paste(&"plakwerk ".repeat(17 * 1024 * 1024 / 9));
    h.key(KeyCode::Esc);
    h.ctrl('s');
    let msg = h.app.message.clone().expect("message");
    assert!(
        msg.is_error && msg.text.contains("te groot om op te slaan"),
        "{:.300}",
        msg.text
    );
    let path = h.editor().path.clone();
    assert!(store::load(&path, &guide()).is_ok(), "the file opens");
    let kept = h.editor().plan.answer("opgave.omschrijving");
    assert!(
        matches!(kept, Some(Answer::Text(t)) if t.len() > 16 * 1024 * 1024),
        "still in memory"
    );
}

/// A file that opens but would not fit once saved the way the app saves
/// (pretty printed): the save is refused, the file is left as it was.
#[test]
fn a_plan_that_grows_too_large_when_saved_is_not_written() {
    let mut p = Plan::new("Veel taken", common::test_now());
    let items = (1..=120_000)
        .map(|n| Item {
            id: format!("i{n}"),
            fields: [("naam".to_string(), Answer::Text(format!("taak {n}")))].into(),
        })
        .collect();
    p.answers
        .insert("inventaris.taken".into(), Answer::List(items));
    p.next_item = 120_001;
    let compact = ron::to_string(&p).expect("compact");
    assert!(compact.len() < MAX_PLAN_BYTES, "{} bytes", compact.len());
    assert!(
        plan::to_string(&p).len() > MAX_PLAN_BYTES,
        "grows when saved"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("compact.ron");
    std::fs::write(&path, &compact).expect("write");
    let loaded = store::load(&path, &guide()).expect("it opens");
    let e = store::save(&path, &loaded.plan).expect_err("but does not fit");
    assert!(e.to_string().contains("te groot"), "{e}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), compact);
}

/// R3: at the top of the counter's range, new items still get new ids, and
/// a counter past the range is refused on save instead of wrapping to i0.
#[test]
fn the_item_counter_never_runs_over() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("teller.ron");
    let mut p = Plan::new("Teller", common::test_now());
    p.next_item = MAX_ITEM_NUMBER - 1;
    store::save(&path, &p).expect("at the top: still a plan");
    let mut loaded = store::load(&path, &guide()).expect("opens").plan;
    let a = loaded.add_item("inventaris.taken");
    let b = loaded.add_item("inventaris.taken");
    assert_ne!(a, b);
    assert_ne!(b, "i0");
    let e = store::save(&path, &loaded).expect_err("past the top");
    assert!(
        e.to_string().contains("CounterTooHigh") || e.to_string().contains("klopt niet"),
        "{e}"
    );
    assert!(store::load(&path, &guide()).is_ok(), "the file still opens");

    // Even a counter at u64::MAX in memory never hands out an id twice
    // into a saved file.
    loaded.next_item = u64::MAX;
    loaded.add_item("inventaris.taken");
    loaded.add_item("inventaris.taken");
    assert!(store::save(&path, &loaded).is_err());
    assert!(store::load(&path, &guide()).is_ok());
}
