//! Fuzzing the loaders: arbitrary bytes and mutated real files must never
//! crash plan or guide loading; what loads must be a valid plan or guide.
//! CI runs a few thousand cases; for a long run set PROPTEST_CASES (see
//! TESTING.md).

use crate::common;

use proptest::prelude::*;
use samenwerkwijzer::guide::{EMBEDDED_FILES, load_embedded, load_texts};
use samenwerkwijzer::plan::{self, Answer, FormatError, Plan, Slot, YesNo};
use samenwerkwijzer::text::{describe_format_error, describe_guide_error};

fn sample_text() -> String {
    let mut p = Plan::new("Fuzz — coöperatie", jiff::Timestamp::UNIX_EPOCH);
    p.set(
        &Slot::question("opgave.omschrijving"),
        Some(Answer::Text("Zoë 日本\nregel 2".into())),
    );
    p.set(
        &Slot::question("opgave.visie"),
        Some(Answer::YesNo(YesNo::Ja)),
    );
    let task = p.add_item("inventaris.taken");
    p.set(
        &Slot::field("inventaris.taken", &task, "naam"),
        Some(Answer::Text("Afval".into())),
    );
    p.set(
        &Slot::field("inventaris.taken", &task, "aanpak"),
        Some(Answer::Choice("samen".into())),
    );
    let partner = p.add_item("partners.lijst");
    p.set(
        &Slot::field("partners.lijst", &partner, "taken"),
        Some(Answer::Refs(vec![task])),
    );
    p.set(
        &Slot::field("doelen.per_partner", &partner, "hetzelfde"),
        Some(Answer::Scale(2)),
    );
    p.set(
        &Slot::question("monitoring.evaluatie_datum"),
        Some(Answer::Date("2027-03-01".parse().expect("date"))),
    );
    plan::to_string(&p)
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Insert(usize, u8),
    Delete(usize, usize),
    Truncate(usize),
    DuplicateLine(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<usize>(), 1usize..40).prop_map(|(i, n)| Mutation::Delete(i, n)),
        any::<usize>().prop_map(Mutation::Truncate),
        any::<usize>().prop_map(Mutation::DuplicateLine),
    ]
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = bytes.len().max(1);
        match *m {
            Mutation::Flip(i, b) => {
                if let Some(x) = bytes.get_mut(i % len) {
                    *x ^= b | 1;
                }
            }
            Mutation::Insert(i, b) => bytes.insert((i % len).min(bytes.len()), b),
            Mutation::Delete(i, n) => {
                let start = (i % len).min(bytes.len());
                let end = (start + n).min(bytes.len());
                bytes.drain(start..end);
            }
            Mutation::Truncate(i) => bytes.truncate(i % len),
            Mutation::DuplicateLine(i) => {
                let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
                let pick = lines[i % lines.len()].to_vec();
                let at = bytes.iter().position(|b| *b == b'\n').unwrap_or(0);
                let mut line = pick;
                line.push(b'\n');
                bytes.splice(at..at, line);
            }
        }
    }
    bytes
}

fn check_plan_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    let guide = load_embedded().expect("guide");
    match plan::from_bytes(bytes, &guide) {
        Ok(loaded) => {
            // Anything accepted is a plan that survives a save and reload.
            let again = plan::from_str(&plan::to_string(&loaded.plan), &guide);
            prop_assert_eq!(again.map(|l| l.plan), Ok(loaded.plan));
        }
        Err(e) => {
            let message = describe_format_error(&e);
            prop_assert!(!message.is_empty());
            if !matches!(e, FormatError::TooLarge { .. }) {
                prop_assert!(message.starts_with("Regel "), "{}", message);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::proptest_cases(3000)))]

    #[test]
    fn arbitrary_bytes_never_crash_plan_loading(bytes in prop::collection::vec(any::<u8>(), 0..3000)) {
        check_plan_bytes(&bytes)?;
    }

    #[test]
    fn mutated_plans_never_crash_plan_loading(ms in prop::collection::vec(mutation(), 1..6)) {
        let bytes = mutate(sample_text().into_bytes(), &ms);
        check_plan_bytes(&bytes)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::proptest_cases(1000)))]

    #[test]
    fn mutated_guides_never_crash_guide_loading(
        file in 0usize..EMBEDDED_FILES.len(),
        ms in prop::collection::vec(mutation(), 1..4),
    ) {
        let damaged = mutate(EMBEDDED_FILES[file].1.as_bytes().to_vec(), &ms);
        let Ok(text) = String::from_utf8(damaged) else {
            return Ok(()); // the loader reads files; non-UTF-8 is tested in bad_guide.rs
        };
        let files: Vec<(&str, &str)> = EMBEDDED_FILES
            .iter()
            .enumerate()
            .map(|(i, (name, t))| (*name, if i == file { text.as_str() } else { *t }))
            .collect();
        match load_texts(&files) {
            Ok(guide) => prop_assert!(!guide.steps.is_empty()),
            Err(e) => prop_assert!(describe_guide_error(&e).starts_with("Fout in de gids")),
        }
    }
}
