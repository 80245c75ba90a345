//! Building plans for the advice tests by question id, and checking which
//! findings a rule gives on them.
#![allow(dead_code)]

use std::collections::HashMap;

use samenwerkwijzer::advice::{Finding, Severity, findings};
use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::plan::{Answer, Plan, Slot, YesNo};

pub const TASKS: &str = "inventaris.taken";
pub const PARTNERS: &str = "partners.lijst";
pub const PER_PARTNER: &str = "doelen.per_partner";
pub const AGREEMENTS: &str = "monitoring.afspraken";
pub const FORM: &str = "doelen.vorm";

pub fn guide() -> Guide {
    load_embedded().expect("embedded guide")
}

/// A plan under construction; list items are named so tests can speak of
/// "the task Warmteplan" rather than of generated ids.
pub struct Build {
    pub plan: Plan,
    names: HashMap<String, String>,
}

impl Default for Build {
    fn default() -> Self {
        Build::new()
    }
}

impl Build {
    pub fn new() -> Build {
        let now = "2026-11-26T10:00:00Z".parse().expect("timestamp");
        Build {
            plan: Plan::new("Test", now),
            names: HashMap::new(),
        }
    }

    pub fn set(&mut self, question: &str, answer: Answer) -> &mut Build {
        self.plan.set(&Slot::question(question), Some(answer));
        self
    }

    pub fn yes(&mut self, q: &str) -> &mut Build {
        self.set(q, Answer::YesNo(YesNo::Ja))
    }

    pub fn no(&mut self, q: &str) -> &mut Build {
        self.set(q, Answer::YesNo(YesNo::Nee))
    }

    pub fn unknown(&mut self, q: &str) -> &mut Build {
        self.set(q, Answer::YesNo(YesNo::WeetNiet))
    }

    pub fn choice(&mut self, q: &str, c: &str) -> &mut Build {
        self.set(q, ch(c))
    }

    pub fn form(&mut self, form: &str) -> &mut Build {
        self.choice(FORM, form)
    }

    pub fn multi(&mut self, q: &str, cs: &[&str]) -> &mut Build {
        self.set(q, Answer::Multi(cs.iter().map(|c| c.to_string()).collect()))
    }

    pub fn text(&mut self, q: &str, t: &str) -> &mut Build {
        self.set(q, Answer::Text(t.to_string()))
    }

    pub fn scale(&mut self, q: &str, n: u8) -> &mut Build {
        self.set(q, Answer::Scale(n))
    }

    /// A new item of `list` titled `name` (in field "naam" or "resultaat").
    pub fn item(&mut self, list: &str, name: &str, fields: &[(&str, Answer)]) -> String {
        let id = self.plan.add_item(list);
        let title = if list == AGREEMENTS {
            "resultaat"
        } else {
            "naam"
        };
        if !name.is_empty() {
            self.field(list, &id, title, txt(name));
        }
        for (field, answer) in fields {
            self.field(list, &id, field, answer.clone());
        }
        self.names.insert(id.clone(), name.to_string());
        id
    }

    pub fn field(&mut self, list: &str, id: &str, field: &str, answer: Answer) -> &mut Build {
        self.plan.set(&Slot::field(list, id, field), Some(answer));
        self
    }

    /// A task of step 1 with approach `aanpak` ("" for none) and more fields.
    pub fn task(&mut self, name: &str, aanpak: &str, fields: &[(&str, Answer)]) -> String {
        let id = self.item(TASKS, name, fields);
        if !aanpak.is_empty() {
            self.field(TASKS, &id, "aanpak", ch(aanpak));
        }
        id
    }

    /// A partner of step 2 of kind `soort` ("" for none) and more fields.
    pub fn partner(&mut self, name: &str, soort: &str, fields: &[(&str, Answer)]) -> String {
        let id = self.item(PARTNERS, name, fields);
        if !soort.is_empty() {
            self.field(PARTNERS, &id, "soort", ch(soort));
        }
        id
    }

    pub fn link(&mut self, partner: &str, tasks: &[&str]) -> &mut Build {
        let refs = Answer::Refs(tasks.iter().map(|t| t.to_string()).collect());
        self.field(PARTNERS, partner, "taken", refs)
    }

    pub fn per_partner(&mut self, partner: &str, field: &str, answer: Answer) -> &mut Build {
        self.field(PER_PARTNER, partner, field, answer)
    }

    pub fn name_of(&self, id: &str) -> String {
        self.names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    pub fn findings(&self) -> Vec<Finding> {
        findings(&guide(), &self.plan)
    }
}

pub fn ch(c: &str) -> Answer {
    Answer::Choice(c.to_string())
}

pub fn txt(t: &str) -> Answer {
    Answer::Text(t.to_string())
}

pub fn yn(v: YesNo) -> Answer {
    Answer::YesNo(v)
}

pub fn sc(n: u8) -> Answer {
    Answer::Scale(n)
}

/// What a case expects of the rule under test.
#[derive(Debug, Clone, Copy)]
pub enum Expect {
    Quiet,
    /// One finding that is not about a list item.
    Once,
    /// One finding per named item, in this order.
    On(&'static [&'static str]),
}

pub type Case = (&'static str, fn(&mut Build), Expect);

/// Run the table of `cases` for `rule`: each case builds a plan and says
/// whether the rule fires, and on which items. A table must show the rule
/// both firing and staying quiet.
pub fn check(rule: &str, severity: Severity, cases: &[Case]) {
    let guide = guide();
    assert!(
        cases.iter().any(|(_, _, e)| matches!(e, Expect::Quiet))
            && cases.iter().any(|(_, _, e)| !matches!(e, Expect::Quiet)),
        "{rule}: the table must show the rule firing and staying quiet"
    );
    for (label, setup, expect) in cases {
        let mut b = Build::new();
        setup(&mut b);
        let all = findings(&guide, &b.plan);
        let got: Vec<&Finding> = all.iter().filter(|f| f.rule == rule).collect();
        let items: Vec<Option<String>> = got
            .iter()
            .map(|f| f.item.as_deref().map(|id| b.name_of(id)))
            .collect();
        let want: Vec<Option<String>> = match expect {
            Expect::Quiet => Vec::new(),
            Expect::Once => vec![None],
            Expect::On(names) => names.iter().map(|n| Some(n.to_string())).collect(),
        };
        assert_eq!(items, want, "{rule}, case {label:?}");
        for f in got {
            assert_eq!(f.severity, severity, "{rule}: severity");
            let at = guide
                .question(&f.question)
                .expect("finding's question exists");
            assert_eq!(f.step, at.step, "{rule}: step of {}", f.question);
            assert!(!f.message.is_empty() && !f.why.is_empty() && !f.action.is_empty());
            assert!(!f.source.is_empty(), "{rule}: names its source");
            assert!(
                !f.message.contains('{'),
                "{rule}: unfilled place in {:?}",
                f.message
            );
            // W26: a finding about a field names one of its item's fields.
            if let Some(field) = &f.field {
                assert!(f.item.is_some(), "{rule}: a field without an item");
                assert!(
                    guide.field(&f.question, field).is_some(),
                    "{rule}: {field} is no field of {}",
                    f.question
                );
            }
        }
    }
}
