//! Reading a plan the way the advice needs it: only answers that the guide
//! still asks, in the shape the guide expects.
//!
//! An answer to a question whose `show_if` no longer holds (say, the
//! "toestemming" answer after the form changed to a stichting), or one of a
//! shape the guide no longer asks for, is kept in the file but ignored here,
//! so the advice never reasons from stale answers.

use jiff::civil::Date;

use std::cell::OnceCell;

use std::collections::HashSet;

use crate::guide::{Guide, Question};
use crate::plan::progress::{applies, field_applies, is_touched, valid};
use crate::plan::{Answer, Item, Plan, Record, YesNo};
use crate::present::{item_title, title_field};

use super::ids;

/// Which family a form belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
pub enum Family {
    Wgr,
    Private,
    Contract,
}

/// A partner of step 2, with the fields the advice reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Partner<'a> {
    pub id: &'a str,
    pub name: String,
    pub kind: Option<&'a str>,
    pub commitment: Option<u8>,
    pub lead: Option<YesNo>,
    pub tasks: &'a [String],
    /// Works on at least one task the gemeente wants to do together.
    pub joins_shared_task: bool,
}

/// Whether a partner can take part in a Wgr regeling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerClass {
    Government,
    NonGovernment,
    /// No kind chosen, or "anders".
    Unknown,
}

impl Partner<'_> {
    pub fn class(&self) -> PartnerClass {
        match self.kind {
            Some(k) if ids::GOVERNMENT_KINDS.contains(&k) => PartnerClass::Government,
            Some(k) if ids::NON_GOVERNMENT_KINDS.contains(&k) => PartnerClass::NonGovernment,
            _ => PartnerClass::Unknown,
        }
    }

    /// Known to be non-government: a woningcorporatie, bedrijf,
    /// maatschappelijke organisatie or inwonersinitiatief. "Anders" and no
    /// kind at all are unknown, never non-government.
    pub fn is_non_government(&self) -> bool {
        self.class() == PartnerClass::NonGovernment
    }
}

/// A plan read through its guide.
pub struct View<'a> {
    pub guide: &'a Guide,
    pub plan: &'a Plan,
    /// The partners, read once: several rules need them, and a big plan
    /// has hundreds.
    partners: OnceCell<Vec<Partner<'a>>>,
}

impl<'a> View<'a> {
    pub fn new(guide: &'a Guide, plan: &'a Plan) -> View<'a> {
        View {
            guide,
            plan,
            partners: OnceCell::new(),
        }
    }

    /// The top-level question `id`, if the guide has it and it applies now.
    pub fn question(&self, id: &str) -> Option<&'a Question> {
        let q = self.guide.question(id)?.question;
        applies(self.plan, q).then_some(q)
    }

    /// The answer to `id`, if the question applies and the answer fits it.
    pub fn answer(&self, id: &str) -> Option<&'a Answer> {
        let q = self.question(id)?;
        valid(q, self.plan.answer(id))
    }

    pub fn choice(&self, id: &str) -> Option<&'a str> {
        self.answer(id).and_then(Answer::as_choice)
    }

    pub fn yes_no(&self, id: &str) -> Option<YesNo> {
        self.answer(id).and_then(Answer::as_yes_no)
    }

    pub fn is_yes(&self, id: &str) -> bool {
        self.yes_no(id) == Some(YesNo::Ja)
    }

    /// Question `id` applies and has no answer yet, while the user has
    /// begun its step: an open legal question is a gap to name, but a step
    /// nobody has reached yet is not nagged about.
    pub fn is_open(&self, id: &str) -> bool {
        let Some(at) = self.guide.question(id) else {
            return false;
        };
        if !applies(self.plan, at.question) || self.answer(id).is_some() {
            return false;
        }
        self.guide.steps[at.step]
            .questions
            .iter()
            .any(|q| applies(self.plan, q) && is_touched(self.plan, q))
    }

    pub fn scale(&self, id: &str) -> Option<u8> {
        self.answer(id).and_then(Answer::as_scale).filter(in_scale)
    }

    pub fn text(&self, id: &str) -> Option<&'a str> {
        self.answer(id).and_then(Answer::as_text)
    }

    pub fn multi(&self, id: &str) -> Option<&'a [String]> {
        match self.answer(id)? {
            Answer::Multi(v) => Some(v),
            _ => None,
        }
    }

    pub fn number(&self, id: &str) -> Option<i64> {
        match self.answer(id)? {
            Answer::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn date(&self, id: &str) -> Option<Date> {
        match self.answer(id)? {
            Answer::Date(d) => Some(*d),
            _ => None,
        }
    }

    /// The items of list question `list` (none if the guide lacks it).
    pub fn items(&self, list: &str) -> &'a [Item] {
        if self.question(list).is_none() {
            return &[];
        }
        self.plan.items(list)
    }

    /// Field `field` of `record` in list or per-item question `question`,
    /// if the guide has that field, it applies, and the answer fits.
    pub fn field(
        &self,
        question: &str,
        record: Option<&'a Record>,
        field: &str,
    ) -> Option<&'a Answer> {
        let f = self.guide.field(question, field)?;
        if !field_applies(record, f) {
            return None;
        }
        valid(f, record.and_then(|r| r.get(field)))
    }

    pub fn field_choice(&self, q: &str, r: Option<&'a Record>, f: &str) -> Option<&'a str> {
        self.field(q, r, f).and_then(Answer::as_choice)
    }

    pub fn field_yes_no(&self, q: &str, r: Option<&'a Record>, f: &str) -> Option<YesNo> {
        self.field(q, r, f).and_then(Answer::as_yes_no)
    }

    pub fn field_scale(&self, q: &str, r: Option<&'a Record>, f: &str) -> Option<u8> {
        self.field(q, r, f)
            .and_then(Answer::as_scale)
            .filter(in_scale)
    }

    pub fn field_text(&self, q: &str, r: Option<&'a Record>, f: &str) -> Option<&'a str> {
        self.field(q, r, f).and_then(Answer::as_text)
    }

    pub fn field_refs(&self, q: &str, r: Option<&'a Record>, f: &str) -> &'a [String] {
        match self.field(q, r, f) {
            Some(Answer::Refs(ids)) => ids,
            _ => &[],
        }
    }

    /// The name an item is shown by, e.g. "Warmteplan opstellen".
    pub fn item_name(&self, list: &str, item: &Item) -> String {
        item_title(item, title_field(self.guide, list))
    }

    /// The form chosen in step 3; `None` while no form is chosen.
    pub fn form(&self) -> Option<&'a str> {
        self.choice(ids::FORM).filter(|f| *f != ids::FORM_NONE)
    }

    /// Who makes the regeling, while a Wgr form is chosen.
    pub fn maker(&self) -> Option<&'a str> {
        self.choice(ids::MAKER)
    }

    /// A Wgr form made by colleges or burgemeesters: the raad's toestemming
    /// and the 8-week zienswijze apply (Wgr art. 1 lid 2-4).
    pub fn maker_needs_consent(&self) -> bool {
        self.maker()
            .is_some_and(|m| ids::MAKERS_NEEDING_CONSENT.contains(&m))
    }

    pub fn family(&self) -> Option<Family> {
        let form = self.form()?;
        if ids::WGR_FORMS.contains(&form) {
            Some(Family::Wgr)
        } else if ids::PRIVATE_FORMS.contains(&form) {
            Some(Family::Private)
        } else if form == ids::CONTRACT_FORM {
            Some(Family::Contract)
        } else {
            None
        }
    }

    pub fn partners(&self) -> &[Partner<'a>] {
        self.partners.get_or_init(|| self.read_partners())
    }

    /// The ids of the tasks the gemeente wants to do together.
    pub fn shared_tasks(&self) -> HashSet<&'a str> {
        self.items(ids::TASKS)
            .iter()
            .filter(|t| self.task_approach(t) == Some(ids::APPROACH_TOGETHER))
            .map(|t| t.id.as_str())
            .collect()
    }

    fn read_partners(&self) -> Vec<Partner<'a>> {
        let list = ids::PARTNERS;
        let shared = self.shared_tasks();
        self.items(list)
            .iter()
            .map(|item| {
                let r = Some(&item.fields);
                let tasks = self.field_refs(list, r, ids::PARTNER_TASKS);
                Partner {
                    id: &item.id,
                    name: self.item_name(list, item),
                    kind: self.field_choice(list, r, ids::PARTNER_KIND),
                    commitment: self.field_scale(list, r, ids::PARTNER_COMMITMENT),
                    lead: self.field_yes_no(list, r, ids::PARTNER_LEAD),
                    tasks,
                    joins_shared_task: tasks.iter().any(|t| shared.contains(t.as_str())),
                }
            })
            .collect()
    }

    /// How task `item` of step 1 is to be carried out, if chosen.
    pub fn task_approach(&self, item: &'a Item) -> Option<&'a str> {
        self.field_choice(ids::TASKS, Some(&item.fields), ids::TASK_APPROACH)
    }
}

/// Scale answers run from 1 to 5; anything else (a hand-edited file) is
/// treated as unanswered.
fn in_scale(v: &u8) -> bool {
    (1..=5).contains(v)
}

/// Names joined for a message: "A, B en C".
pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} en {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::load_embedded;
    use crate::plan::Slot;

    fn plan() -> Plan {
        Plan::new("t", jiff::Timestamp::UNIX_EPOCH)
    }

    #[test]
    fn answers_of_questions_that_no_longer_apply_are_ignored() {
        let guide = load_embedded().expect("guide");
        let mut p = plan();
        p.set(
            &Slot::question(ids::CONSENT),
            Some(Answer::YesNo(YesNo::Nee)),
        );
        p.set(
            &Slot::question(ids::FORM),
            Some(Answer::Choice("ol".into())),
        );
        assert_eq!(
            View::new(&guide, &p).yes_no(ids::CONSENT),
            None,
            "who makes it?"
        );
        p.set(
            &Slot::question(ids::MAKER),
            Some(Answer::Choice(ids::MAKER_COLLEGE.into())),
        );
        assert_eq!(View::new(&guide, &p).yes_no(ids::CONSENT), Some(YesNo::Nee));
        // The maker's answer stays in the file, but without a Wgr form the
        // toestemming no longer applies.
        p.set(
            &Slot::question(ids::FORM),
            Some(Answer::Choice("sti".into())),
        );
        assert_eq!(View::new(&guide, &p).yes_no(ids::CONSENT), None);
    }

    #[test]
    fn answers_of_the_wrong_shape_or_out_of_range_are_ignored() {
        let guide = load_embedded().expect("guide");
        let mut p = plan();
        p.set(&Slot::question(ids::VISIE), Some(Answer::Text("ja".into())));
        p.set(&Slot::question(ids::AMBITION), Some(Answer::Scale(9)));
        let view = View::new(&guide, &p);
        assert_eq!(view.yes_no(ids::VISIE), None);
        assert_eq!(view.scale(ids::AMBITION), None);
    }

    #[test]
    fn no_form_chosen_has_no_family() {
        let guide = load_embedded().expect("guide");
        let mut p = plan();
        p.set(
            &Slot::question(ids::FORM),
            Some(Answer::Choice("nog_niet".into())),
        );
        assert_eq!(View::new(&guide, &p).family(), None);
        for (form, family) in [
            ("cg", Family::Wgr),
            ("coop", Family::Private),
            ("conv", Family::Contract),
        ] {
            p.set(
                &Slot::question(ids::FORM),
                Some(Answer::Choice(form.into())),
            );
            assert_eq!(View::new(&guide, &p).family(), Some(family), "{form}");
        }
    }

    #[test]
    fn join_names_reads_as_dutch() {
        let n = |v: &[&str]| join_names(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(n(&[]), "");
        assert_eq!(n(&["A"]), "A");
        assert_eq!(n(&["A", "B"]), "A en B");
        assert_eq!(n(&["A", "B", "C"]), "A, B en C");
    }
}
