//! Reading plan files written by earlier versions of the format.
//!
//! Format 3 also changed the shape of some answers, because the guide now
//! asks some things apart that it used to ask together. [`answers_into_v3`]
//! rewrites the answers of an older file so they mean what they meant when
//! they were given; the file itself is rewritten only at its next save (the
//! old version is kept in the plan's history).

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::guide::Guide;

use super::model::{Answer, FORMAT_VERSION, Meta, Plan, YesNo, first_item_number};

/// Up to format 2, one yes/no question asked whether the raad had "een
/// visie op samenwerken of een nota verbonden partijen". Format 3 asks the
/// two apart (review G13), under the old id for the visie and this one for
/// the nota.
const VISIE: &str = "opgave.visie";
const NOTA: &str = "opgave.nota_verbonden_partijen";

/// Rewrite answers given under format 1 or 2 into their format-3 shape.
///
/// - The combined visie/nota answer: "nee" (neither exists) and "weet ik
///   niet" (not known for either) hold for both questions and are copied
///   to the nota question. "Ja" said that at least one of the two exists;
///   the old question and its help spoke of the visie first, so it stays
///   the visie's answer and the nota question is left open to be asked,
///   rather than claiming a nota nobody mentioned.
///
/// Answers already in the new shape are never overwritten.
pub fn answers_into_v3(answers: &mut BTreeMap<String, Answer>) {
    if answers.contains_key(NOTA) {
        return;
    }
    if let Some(Answer::YesNo(old @ (YesNo::Nee | YesNo::WeetNiet))) = answers.get(VISIE) {
        let copy = Answer::YesNo(*old);
        answers.insert(NOTA.to_string(), copy);
    }
}

/// Format 1: like format 2, but the step the user was on is an index.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanV1 {
    #[allow(dead_code)] // read to match the file; always 1
    version: u32,
    meta: Meta,
    #[serde(default)]
    answers: BTreeMap<String, Answer>,
    #[serde(default)]
    current_step: usize,
    #[serde(default = "first_item_number")]
    next_item: u64,
}

impl PlanV1 {
    /// The same plan in the current format; the step index becomes the id
    /// of that step in `guide` (the first step if the index is past the end).
    pub fn migrate(self, guide: &Guide) -> Plan {
        let step = guide
            .steps
            .get(self.current_step)
            .map(|s| s.id.clone())
            .unwrap_or_default();
        let mut answers = self.answers;
        answers_into_v3(&mut answers);
        Plan {
            version: FORMAT_VERSION,
            meta: self.meta,
            answers,
            step,
            next_item: self.next_item,
            case: None,
            position: None,
            index: super::index::ItemIndex::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(visie: Option<YesNo>) -> BTreeMap<String, Answer> {
        let mut a = BTreeMap::new();
        if let Some(v) = visie {
            a.insert(VISIE.to_string(), Answer::YesNo(v));
        }
        a
    }

    #[test]
    fn the_combined_visie_answer_is_split_where_it_holds_for_both() {
        for (old, nota) in [
            (YesNo::Nee, Some(YesNo::Nee)),
            (YesNo::WeetNiet, Some(YesNo::WeetNiet)),
            (YesNo::Ja, None),
        ] {
            let mut a = answers(Some(old));
            answers_into_v3(&mut a);
            assert_eq!(a.get(VISIE), Some(&Answer::YesNo(old)), "{old:?}");
            assert_eq!(a.get(NOTA), nota.map(Answer::YesNo).as_ref(), "{old:?}");
        }
        let mut none = answers(None);
        answers_into_v3(&mut none);
        assert!(none.is_empty());
    }

    #[test]
    fn an_answer_in_the_new_shape_is_kept() {
        let mut a = answers(Some(YesNo::Nee));
        a.insert(NOTA.to_string(), Answer::YesNo(YesNo::Ja));
        answers_into_v3(&mut a);
        assert_eq!(a.get(NOTA), Some(&Answer::YesNo(YesNo::Ja)));
    }
}
