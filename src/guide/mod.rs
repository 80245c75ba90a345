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

/// A loaded, validated guide.
#[derive(Debug, Clone, PartialEq)]
pub struct Guide {
    pub title: String,
    pub intro: String,
    pub steps: Vec<Step>,
}

/// Where a question lives in the guide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuestionRef<'g> {
    pub step: usize,
    pub question: &'g Question,
}

impl Guide {
    /// The top-level question with this id, with its step index.
    pub fn question(&self, id: &str) -> Option<QuestionRef<'_>> {
        self.steps.iter().enumerate().find_map(|(step, s)| {
            s.questions
                .iter()
                .find(|q| q.id == id)
                .map(|question| QuestionRef { step, question })
        })
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
