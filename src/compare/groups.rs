//! From handed-in plans to anonymous groups: duplicates and other cases
//! set aside, the rest named "Groep A", "Groep B", … in a stable order.
//!
//! The order is by a SHA-256 hash of what makes a plan itself: the moment
//! it was created, its title and its case. So renaming or copying files
//! never reshuffles the letters, a group that hands in a corrected version
//! keeps its letter (its plan was created at the same moment), and the
//! letters say nothing about file names, titles or who joined first.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::load::{HandedIn, SkipReason, Skipped};
use crate::plan::Plan;

/// One group's plan, under its letter.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// "A", "B", … "Z", "AA", …
    pub letter: String,
    pub plan: Plan,
    /// The file it came from; shown only with `--names`.
    pub file: String,
}

impl Group {
    /// "Groep A".
    pub fn label(&self) -> String {
        format!("Groep {}", self.letter)
    }
}

/// The groups to compare and the plans set aside.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub groups: Vec<Group>,
    pub skipped: Vec<Skipped>,
    /// The case compared: as given, else the one most plans were started
    /// from; `None` when no plan names a case.
    pub case: Option<String>,
}

/// Set aside duplicates and plans of another case, and order the rest.
/// `case`: the workshop's case, when the plans come from a workshop folder.
pub fn select(plans: Vec<HandedIn>, case: Option<&str>) -> Selection {
    let case = case
        .map(str::to_string)
        .or_else(|| most_common_case(&plans));
    let mut skipped = Vec::new();
    let mut keyed = Vec::new();
    for handed in plans {
        match (&handed.plan.case, &case) {
            (Some(found), Some(compared)) if found != compared => skipped.push(Skipped {
                file: handed.file,
                reason: SkipReason::OtherCase {
                    found: found.clone(),
                    compared: compared.clone(),
                },
            }),
            _ => keyed.push((identity(&handed.plan), handed)),
        }
    }
    keyed.sort_by(|(a, x), (b, y)| {
        a.cmp(b)
            .then(x.plan.meta.updated.cmp(&y.plan.meta.updated))
            .then(x.file.cmp(&y.file))
    });
    let mut kept: Vec<([u8; 32], HandedIn)> = Vec::with_capacity(keyed.len());
    for (key, handed) in keyed {
        // Same content means the same identity, so duplicates sort together.
        let twin = kept
            .iter()
            .rev()
            .take_while(|(k, _)| *k == key)
            .find(|(_, h)| h.plan == handed.plan);
        match twin {
            Some((_, original)) => skipped.push(Skipped {
                file: handed.file,
                reason: SkipReason::Duplicate {
                    of: original.file.clone(),
                },
            }),
            None => kept.push((key, handed)),
        }
    }
    let groups = kept
        .into_iter()
        .enumerate()
        .map(|(n, (_, h))| Group {
            letter: letter(n),
            plan: h.plan,
            file: h.file,
        })
        .collect();
    Selection {
        groups,
        skipped,
        case,
    }
}

/// The case most plans name; on a tie the first by id, so the choice never
/// depends on the order of the files.
pub fn most_common_case(plans: &[HandedIn]) -> Option<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for p in plans {
        if let Some(c) = &p.plan.case {
            *counts.entry(c.as_str()).or_default() += 1;
        }
    }
    let best = counts.values().copied().max()?;
    counts
        .into_iter()
        .find(|(_, n)| *n == best)
        .map(|(c, _)| c.to_string())
}

/// The hash the order follows (see the module comment).
fn identity(plan: &Plan) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(plan.meta.created.to_string().as_bytes());
    h.update([0]);
    h.update(plan.meta.title.as_bytes());
    h.update([0]);
    h.update(plan.case.as_deref().unwrap_or("").as_bytes());
    h.finalize().into()
}

/// The letter of the group at `index`: A … Z, then AA, AB, … (as columns
/// in a spreadsheet).
pub fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    fn plan(title: &str, created: i64, case: Option<&str>) -> Plan {
        let t = Timestamp::from_second(created).expect("time");
        let mut p = Plan::new(title, t);
        p.case = case.map(str::to_string);
        p
    }

    fn handed(file: &str, plan: Plan) -> HandedIn {
        HandedIn {
            file: file.into(),
            plan,
        }
    }

    #[test]
    fn letters_run_like_spreadsheet_columns() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(27), "AB");
        assert_eq!(letter(26 * 27), "AAA");
        assert_eq!(letter(499), "SF");
    }

    #[test]
    fn the_order_does_not_follow_file_names() {
        let plans = || {
            vec![
                handed("a.ron", plan("Een", 1, Some("c"))),
                handed("b.ron", plan("Twee", 2, Some("c"))),
                handed("c.ron", plan("Drie", 3, Some("c"))),
            ]
        };
        let first = select(plans(), None);
        let mut renamed = plans();
        renamed.reverse();
        for (h, name) in renamed.iter_mut().zip(["x.ron", "y.ron", "z.ron"]) {
            h.file = name.into();
        }
        let second = select(renamed, None);
        let titles = |s: &Selection| {
            s.groups
                .iter()
                .map(|g| (g.letter.clone(), g.plan.meta.title.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(titles(&first), titles(&second));
    }

    #[test]
    fn a_corrected_plan_keeps_its_letter() {
        let mut plans = vec![
            handed("a.ron", plan("Een", 1, None)),
            handed("b.ron", plan("Twee", 2, None)),
            handed("c.ron", plan("Drie", 3, None)),
        ];
        let before = select(plans.clone(), None);
        plans[1].plan.step = "doelen".into();
        plans[1].plan.meta.updated = Timestamp::from_second(99).expect("time");
        let after = select(plans, None);
        let letter_of = |s: &Selection, t: &str| {
            s.groups
                .iter()
                .find(|g| g.plan.meta.title == t)
                .map(|g| g.letter.clone())
        };
        assert_eq!(letter_of(&before, "Twee"), letter_of(&after, "Twee"));
    }

    #[test]
    fn duplicates_and_other_cases_are_set_aside() {
        let same = plan("Een", 1, Some("c"));
        let plans = vec![
            handed("a.ron", same.clone()),
            handed("kopie.ron", same),
            handed("b.ron", plan("Twee", 2, Some("c"))),
            handed("d.ron", plan("Ander", 3, Some("ander"))),
            handed("e.ron", plan("Eigen", 4, None)),
        ];
        let s = select(plans, None);
        assert_eq!(s.case.as_deref(), Some("c"));
        assert_eq!(s.groups.len(), 3, "{:?}", s.groups);
        let reasons: Vec<_> = s
            .skipped
            .iter()
            .map(|k| (k.file.as_str(), &k.reason))
            .collect();
        assert!(reasons.contains(&("kopie.ron", &SkipReason::Duplicate { of: "a.ron".into() })));
        assert!(reasons.contains(&(
            "d.ron",
            &SkipReason::OtherCase {
                found: "ander".into(),
                compared: "c".into()
            }
        )));
    }

    #[test]
    fn a_given_case_wins_and_ties_go_to_the_first_id() {
        let plans = vec![
            handed("a.ron", plan("Een", 1, Some("b"))),
            handed("b.ron", plan("Twee", 2, Some("a"))),
        ];
        assert_eq!(select(plans.clone(), None).case.as_deref(), Some("a"));
        assert_eq!(select(plans, Some("b")).case.as_deref(), Some("b"));
    }
}
