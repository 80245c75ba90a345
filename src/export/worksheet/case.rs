//! A workshop case printed with the worksheet: the situation up front, and
//! per step what the case gives the groups. Plain text in, so the export
//! knows nothing of how cases are stored.

/// The case as the worksheet prints it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseSheet {
    pub title: String,
    /// Paragraphs separated by an empty line.
    pub situation: String,
    pub steps: Vec<CaseSheetStep>,
}

/// What the case adds to one guide step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseSheetStep {
    /// The guide step's id.
    pub step: String,
    pub facts: Vec<String>,
    pub questions: Vec<String>,
    /// Answers the case already gives: question label and the answer.
    pub given: Vec<(String, String)>,
}

impl CaseSheet {
    pub fn step(&self, id: &str) -> Option<&CaseSheetStep> {
        self.steps
            .iter()
            .find(|s| s.step == id)
            .filter(|s| !(s.facts.is_empty() && s.questions.is_empty() && s.given.is_empty()))
    }
}
