//! The council guide as data: steps, questions, choices and help texts.
//!
//! The guide ships embedded in the binary (`assets/guide/`) and can be
//! replaced by an adapted copy with `--guide PATH`.

mod load;
mod schema;
mod validate;

pub use load::{EMBEDDED_FILES, GuideError, GuideErrorKind, load_dir, load_embedded, load_texts};
pub use schema::{Choice, Condition, GuideIndex, Kind, Question, RaadRole, Step};
pub use validate::Problem;

use std::collections::HashMap;

/// A loaded, validated guide.
#[derive(Debug, Clone, PartialEq)]
pub struct Guide {
    pub title: String,
    pub intro: String,
    pub steps: Vec<Step>,
    /// Step and position of every top-level question, by id: lookups by id
    /// happen thousands of times per change on a big plan.
    index: HashMap<String, (usize, usize)>,
}

/// Where a question lives in the guide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuestionRef<'g> {
    pub step: usize,
    pub question: &'g Question,
}

impl Guide {
    pub fn new(title: String, intro: String, mut steps: Vec<Step>) -> Guide {
        inherit_conditions(&mut steps);
        let index = steps
            .iter()
            .enumerate()
            .flat_map(|(s, step)| {
                step.questions
                    .iter()
                    .enumerate()
                    .map(move |(q, question)| (question.id.clone(), (s, q)))
            })
            .collect();
        Guide {
            title,
            intro,
            steps,
            index,
        }
    }

    /// The top-level question with this id, with its step index.
    pub fn question(&self, id: &str) -> Option<QuestionRef<'_>> {
        let &(step, position) = self.index.get(id)?;
        let question = self.steps.get(step)?.questions.get(position)?;
        Some(QuestionRef { step, question })
    }

    /// The field `field` of the list or per-item question `question`.
    pub fn field(&self, question: &str, field: &str) -> Option<&Question> {
        self.question(question)?
            .question
            .kind
            .fields()
            .iter()
            .find(|f| f.id == field)
    }

    /// Every top-level question in walk order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.steps.iter().flat_map(|s| s.questions.iter())
    }
}

/// Fill in [`Question::inherited`]: top-level questions inherit from the
/// top-level question their `show_if` names, list fields from the sibling
/// field theirs names. Only questions asked earlier count (the validator
/// refuses anything else), so a hostile guide with a cycle cannot loop.
fn inherit_conditions(steps: &mut [Step]) {
    let mut asked: HashMap<String, Vec<Condition>> = HashMap::new();
    for step in steps.iter_mut() {
        for q in &mut step.questions {
            q.inherited = chain(&asked, q.show_if.as_ref());
            asked.insert(q.id.clone(), own_and_inherited(q));
            if let Kind::List { fields, .. } | Kind::PerItem { fields, .. } = &mut q.kind {
                let mut siblings: HashMap<String, Vec<Condition>> = HashMap::new();
                for f in fields.iter_mut() {
                    f.inherited = chain(&siblings, f.show_if.as_ref());
                    siblings.insert(f.id.clone(), own_and_inherited(f));
                }
            }
        }
    }
}

/// The conditions a question with condition `cond` inherits: those of the
/// question `cond` names, if it was asked before.
fn chain(asked: &HashMap<String, Vec<Condition>>, cond: Option<&Condition>) -> Vec<Condition> {
    cond.and_then(|c| asked.get(&c.question))
        .cloned()
        .unwrap_or_default()
}

/// Everything that must hold for `q` to apply.
fn own_and_inherited(q: &Question) -> Vec<Condition> {
    q.show_if
        .iter()
        .cloned()
        .chain(q.inherited.iter().cloned())
        .collect()
}
