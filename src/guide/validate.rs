//! The rules a guide must meet before the app uses it: ids are unique and
//! well-formed, kinds are complete, and every reference resolves to
//! something asked earlier in the walk.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::Guide;
use super::schema::{Condition, Kind, Question};

/// A broken rule, named by the ids involved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NoSteps,
    StepFileName(String),
    BadId(String),
    DuplicateStepId(String),
    DuplicateId(String),
    EmptyText { id: String, what: &'static str },
    NoChoices(String),
    DuplicateChoice { question: String, choice: String },
    NumberRange(String),
    NoFields(String),
    TitleField { list: String, field: String },
    NestedList(String),
    RefsOutsideList(String),
    UnknownList { question: String, list: String },
    UnknownCondition { question: String, target: String },
    ConditionValue { question: String, value: String },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NoSteps => write!(f, "the guide has no steps"),
            Problem::StepFileName(n) => write!(f, "step file name {n:?} must be a plain file name"),
            Problem::BadId(id) => write!(f, "id {id:?} may only hold a-z, 0-9, '.', '_' and '-'"),
            Problem::DuplicateStepId(id) => write!(f, "step id {id:?} is used twice"),
            Problem::DuplicateId(id) => write!(f, "id {id:?} is used twice"),
            Problem::EmptyText { id, what } => write!(f, "{id:?} has an empty {what}"),
            Problem::NoChoices(id) => write!(f, "{id:?} has no choices"),
            Problem::DuplicateChoice { question, choice } => {
                write!(f, "{question:?} has choice {choice:?} twice")
            }
            Problem::NumberRange(id) => write!(f, "{id:?} has min greater than max"),
            Problem::NoFields(id) => write!(f, "{id:?} has no fields"),
            Problem::TitleField { list, field } => {
                write!(
                    f,
                    "title_field {field:?} of {list:?} is not a text field of that list"
                )
            }
            Problem::NestedList(id) => write!(f, "{id:?}: lists cannot be nested"),
            Problem::RefsOutsideList(id) => {
                write!(f, "{id:?}: Refs is only allowed in list fields")
            }
            Problem::UnknownList { question, list } => {
                write!(
                    f,
                    "{question:?} refers to {list:?}, which is not a list asked before it"
                )
            }
            Problem::UnknownCondition { question, target } => write!(
                f,
                "{question:?} depends on {target:?}, which is not a choice or yes/no question asked before it"
            ),
            Problem::ConditionValue { question, value } => {
                write!(
                    f,
                    "{question:?} depends on value {value:?}, which is not one of its choices"
                )
            }
        }
    }
}

/// A problem and where to point the user: the step it is in and a quoted
/// string to find in that step's file (with how many to skip).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub step: Option<usize>,
    pub needle: Option<(String, usize)>,
    pub problem: Problem,
}

/// The answers a yes/no question can have, as condition values.
pub const YES_NO_VALUES: [&str; 3] = ["ja", "nee", "weet_niet"];

pub fn validate(guide: &Guide) -> Result<(), Found> {
    if guide.steps.is_empty() {
        return Err(Found {
            step: None,
            needle: None,
            problem: Problem::NoSteps,
        });
    }
    let mut checker = Checker::default();
    for (index, step) in guide.steps.iter().enumerate() {
        checker.step = index;
        checker.seen_in_step.clear();
        checker.check_id(&step.id)?;
        if !checker.step_ids.insert(step.id.clone()) {
            return Err(checker.found(&step.id, Problem::DuplicateStepId(step.id.clone())));
        }
        for (what, text) in [("title", &step.title), ("short_title", &step.short_title)] {
            if text.trim().is_empty() {
                let problem = Problem::EmptyText {
                    id: step.id.clone(),
                    what,
                };
                return Err(checker.found(&step.id, problem));
            }
        }
        for q in &step.questions {
            checker.check_question(q, None)?;
            checker.asked.insert(q.id.clone(), q.clone());
        }
    }
    Ok(())
}

#[derive(Default)]
struct Checker {
    step: usize,
    step_ids: HashSet<String>,
    /// Top-level questions asked so far, by id.
    asked: HashMap<String, Question>,
    /// How often each id was seen in the current step, to point at the
    /// right occurrence in the file.
    seen_in_step: HashMap<String, usize>,
}

impl Checker {
    fn found(&self, id: &str, problem: Problem) -> Found {
        let nth = self
            .seen_in_step
            .get(id)
            .copied()
            .unwrap_or(1)
            .saturating_sub(1);
        Found {
            step: Some(self.step),
            needle: Some((format!("\"{id}\""), nth)),
            problem,
        }
    }

    fn check_id(&mut self, id: &str) -> Result<(), Found> {
        *self.seen_in_step.entry(id.to_string()).or_default() += 1;
        let ok = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
        if ok {
            Ok(())
        } else {
            Err(self.found(id, Problem::BadId(id.to_string())))
        }
    }

    /// `list` is the enclosing list's fields when `q` is a field.
    fn check_question(
        &mut self,
        q: &Question,
        list: Option<(&str, &[Question])>,
    ) -> Result<(), Found> {
        self.check_id(&q.id)?;
        let duplicate = match list {
            None => self.asked.contains_key(&q.id),
            Some((_, siblings)) => siblings.iter().filter(|s| s.id == q.id).count() > 1,
        };
        if duplicate {
            return Err(self.found(&q.id, Problem::DuplicateId(q.id.clone())));
        }
        for (what, text) in [("label", &q.label), ("help", &q.help)] {
            if text.trim().is_empty() {
                let problem = Problem::EmptyText {
                    id: q.id.clone(),
                    what,
                };
                return Err(self.found(&q.id, problem));
            }
        }
        if let Some(cond) = &q.show_if {
            let earlier: Option<&Question> = match list {
                None => self.asked.get(&cond.question),
                Some((_, siblings)) => siblings
                    .iter()
                    .take_while(|s| s.id != q.id)
                    .find(|s| s.id == cond.question),
            };
            self.check_condition(&q.id, cond, earlier)?;
        }
        match &q.kind {
            Kind::ShortText | Kind::LongText | Kind::YesNo | Kind::Date | Kind::Scale { .. } => {}
            Kind::Choice(choices) | Kind::Multi(choices) => {
                if choices.is_empty() {
                    return Err(self.found(&q.id, Problem::NoChoices(q.id.clone())));
                }
                let mut ids = HashSet::new();
                for c in choices {
                    self.check_id(&c.id)?;
                    if !ids.insert(c.id.as_str()) {
                        let problem = Problem::DuplicateChoice {
                            question: q.id.clone(),
                            choice: c.id.clone(),
                        };
                        return Err(self.found(&c.id, problem));
                    }
                    if c.label.trim().is_empty() {
                        let problem = Problem::EmptyText {
                            id: c.id.clone(),
                            what: "label",
                        };
                        return Err(self.found(&c.id, problem));
                    }
                }
            }
            Kind::Number { min, max, .. } => {
                if min > max {
                    return Err(self.found(&q.id, Problem::NumberRange(q.id.clone())));
                }
            }
            Kind::List {
                fields,
                title_field,
                ..
            } => {
                if list.is_some() {
                    return Err(self.found(&q.id, Problem::NestedList(q.id.clone())));
                }
                self.check_fields(&q.id, fields)?;
                let title_ok = fields.iter().any(|f| {
                    f.id == *title_field && matches!(f.kind, Kind::ShortText | Kind::LongText)
                });
                if !title_ok {
                    let problem = Problem::TitleField {
                        list: q.id.clone(),
                        field: title_field.clone(),
                    };
                    return Err(self.found(&q.id, problem));
                }
            }
            Kind::PerItem {
                list: target,
                fields,
            } => {
                if list.is_some() {
                    return Err(self.found(&q.id, Problem::NestedList(q.id.clone())));
                }
                self.earlier_list(&q.id, target)?;
                self.check_fields(&q.id, fields)?;
                if let Some(f) = fields.iter().find(|f| matches!(f.kind, Kind::Refs { .. })) {
                    return Err(self.found(&f.id, Problem::RefsOutsideList(f.id.clone())));
                }
            }
            Kind::Refs { list: target, only } => {
                if list.is_none() {
                    return Err(self.found(&q.id, Problem::RefsOutsideList(q.id.clone())));
                }
                let fields = self.earlier_list(&q.id, target)?;
                if let Some(cond) = only {
                    let field = fields.iter().find(|f| f.id == cond.question);
                    self.check_condition(&q.id, cond, field)?;
                }
            }
        }
        Ok(())
    }

    fn check_fields(&mut self, id: &str, fields: &[Question]) -> Result<(), Found> {
        if fields.is_empty() {
            return Err(self.found(id, Problem::NoFields(id.to_string())));
        }
        for f in fields {
            self.check_question(f, Some((id, fields)))?;
        }
        Ok(())
    }

    /// The fields of the list `target`, which must be asked before `id`.
    fn earlier_list(&self, id: &str, target: &str) -> Result<Vec<Question>, Found> {
        match self.asked.get(target).map(|q| &q.kind) {
            Some(Kind::List { fields, .. }) => Ok(fields.clone()),
            _ => Err(self.found(
                id,
                Problem::UnknownList {
                    question: id.to_string(),
                    list: target.to_string(),
                },
            )),
        }
    }

    fn check_condition(
        &self,
        id: &str,
        cond: &Condition,
        target: Option<&Question>,
    ) -> Result<(), Found> {
        let allowed: Vec<&str> = match target.map(|t| &t.kind) {
            Some(Kind::Choice(c) | Kind::Multi(c)) => c.iter().map(|c| c.id.as_str()).collect(),
            Some(Kind::YesNo) => YES_NO_VALUES.to_vec(),
            _ => {
                let problem = Problem::UnknownCondition {
                    question: id.to_string(),
                    target: cond.question.clone(),
                };
                return Err(self.found(id, problem));
            }
        };
        if let Some(bad) = cond.any_of.iter().find(|v| !allowed.contains(&v.as_str())) {
            let problem = Problem::ConditionValue {
                question: id.to_string(),
                value: bad.clone(),
            };
            return Err(self.found(id, problem));
        }
        Ok(())
    }
}
