//! Every question of the guide as the groups answered it: one topic per
//! top-level question, and one per field of every item that at least two
//! groups share (the case's tasks, a partner several groups named).

use std::collections::HashMap;

use crate::guide::{Guide, Kind, Question};
use crate::plan::progress::{applies, field_applies, valid};
use crate::plan::{Answer, Plan, Record};
use crate::present::{capitalise, item_noun};

use super::matching::{ListMatch, match_list};
use super::score;
use super::stats::{self, ItemRow, Stats};

/// What a topic is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopicId {
    Question(String),
    /// Field `field` of matched item `item` of list or per-item question
    /// `question`.
    Field {
        question: String,
        item: usize,
        field: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub id: TopicId,
    /// Index into the guide's steps.
    pub step: usize,
    /// The question's label, or the field's.
    pub title: String,
    /// For an item's field: which item (`Taak "Inkoop"`).
    pub context: Option<String>,
    /// Groups the question applies to (its `show_if`; for a field, the
    /// groups with the item).
    pub asked: usize,
    pub answered: usize,
    pub optional: bool,
    pub stats: Stats,
    /// See [`super::score`]; `None` for free text and fewer than two answers.
    pub score: Option<f64>,
}

impl Topic {
    /// The top-level question this topic belongs to.
    pub fn question(&self) -> &str {
        match &self.id {
            TopicId::Question(q) | TopicId::Field { question: q, .. } => q,
        }
    }

    pub fn is_field(&self) -> bool {
        matches!(self.id, TopicId::Field { .. })
    }
}

/// The topics in guide order (a list's item fields right after it), and
/// the matched items of every list.
pub fn build(guide: &Guide, plans: &[&Plan]) -> (Vec<Topic>, HashMap<String, ListMatch>) {
    let mut matches = HashMap::new();
    for q in guide.questions() {
        if matches!(q.kind, Kind::List { .. }) {
            matches.insert(q.id.clone(), match_list(guide, &q.id, plans));
        }
    }
    let mut topics = Vec::new();
    for (step, s) in guide.steps.iter().enumerate() {
        for q in &s.questions {
            let asked: Vec<usize> = (0..plans.len()).filter(|g| applies(plans[*g], q)).collect();
            match &q.kind {
                Kind::List {
                    title_field,
                    fields,
                    ..
                } => {
                    let empty = ListMatch::default();
                    let m = matches.get(&q.id).unwrap_or(&empty);
                    let records = |g: usize, id: &str| plans[g].record(&q.id, id);
                    let ctx = Ctx {
                        guide,
                        matches: &matches,
                        step,
                        question: q,
                    };
                    let fields: Vec<&Question> =
                        fields.iter().filter(|f| f.id != *title_field).collect();
                    let (rows, mut field_topics) = ctx.items(m, &fields, &asked, records);
                    let sets: Vec<Vec<usize>> = asked
                        .iter()
                        .filter(|g| !plans[**g].items(&q.id).is_empty())
                        .map(|g| {
                            let mut set: Vec<usize> = plans[*g]
                                .items(&q.id)
                                .iter()
                                .filter_map(|i| m.find(*g, &i.id))
                                .collect();
                            set.sort_unstable();
                            set.dedup();
                            set
                        })
                        .collect();
                    topics.push(Topic {
                        id: TopicId::Question(q.id.clone()),
                        step,
                        title: q.label.clone(),
                        context: None,
                        asked: asked.len(),
                        answered: sets.len(),
                        optional: q.optional,
                        score: score::overlap(&sets),
                        stats: Stats::Items(rows),
                    });
                    topics.append(&mut field_topics);
                }
                Kind::PerItem { list, fields } => {
                    let empty = ListMatch::default();
                    let m = matches.get(list).unwrap_or(&empty);
                    let records = |g: usize, id: &str| plans[g].record(&q.id, id);
                    let ctx = Ctx {
                        guide,
                        matches: &matches,
                        step,
                        question: q,
                    };
                    let fields: Vec<&Question> = fields.iter().collect();
                    let (rows, mut field_topics) = ctx.items(m, &fields, &asked, records);
                    let answered = asked
                        .iter()
                        .filter(|g| valid(q, plans[**g].answer(&q.id)).is_some())
                        .count();
                    topics.push(Topic {
                        id: TopicId::Question(q.id.clone()),
                        step,
                        title: q.label.clone(),
                        context: None,
                        asked: asked.len(),
                        answered,
                        optional: q.optional,
                        score: None,
                        stats: Stats::Items(rows),
                    });
                    topics.append(&mut field_topics);
                }
                _ => {
                    let answers: Vec<(usize, &Answer)> = asked
                        .iter()
                        .filter_map(|g| valid(q, plans[*g].answer(&q.id)).map(|a| (*g, a)))
                        .collect();
                    let (stats, score) = stats::of(q, &answers, None);
                    topics.push(Topic {
                        id: TopicId::Question(q.id.clone()),
                        step,
                        title: q.label.clone(),
                        context: None,
                        asked: asked.len(),
                        answered: answers.len(),
                        optional: q.optional,
                        score,
                        stats,
                    });
                }
            }
        }
    }
    (topics, matches)
}

/// What the item walk of one list or per-item question needs.
struct Ctx<'a> {
    guide: &'a Guide,
    matches: &'a HashMap<String, ListMatch>,
    step: usize,
    question: &'a Question,
}

impl Ctx<'_> {
    /// A row per matched item with the answers to each field, and a topic
    /// per field of the items two or more groups share.
    fn items<'p>(
        &self,
        m: &ListMatch,
        fields: &[&Question],
        asked: &[usize],
        record: impl Fn(usize, &str) -> Option<&'p Record>,
    ) -> (Vec<ItemRow>, Vec<Topic>) {
        let noun = capitalise(&item_noun(self.guide, &self.question.id));
        let mut rows = Vec::new();
        let mut topics = Vec::new();
        for (at, item) in m.items.iter().enumerate() {
            let members: Vec<(usize, &str)> = item
                .members
                .iter()
                .filter(|(g, _)| asked.contains(g))
                .map(|(g, id)| (*g, id.as_str()))
                .collect();
            if members.is_empty() {
                continue;
            }
            let mut row = ItemRow {
                item: at,
                name: item.name.clone(),
                groups: members.iter().map(|(g, _)| *g).collect(),
                from_case: item.from_case,
                other_names: item.other_names.clone(),
                alike: item
                    .alike
                    .iter()
                    .map(|i| m.items[*i].name.clone())
                    .collect(),
                fields: Vec::new(),
            };
            for f in fields {
                let refs = match &f.kind {
                    Kind::Refs { list, .. } => self.matches.get(list),
                    _ => None,
                };
                let mut field_asked = 0;
                let mut answers = Vec::new();
                for (g, id) in &members {
                    let rec = record(*g, id);
                    if field_applies(rec, f) {
                        field_asked += 1;
                        if let Some(a) = valid(f, rec.and_then(|r| r.get(&f.id))) {
                            answers.push((*g, a));
                        }
                    }
                }
                let (stats, score) = stats::of(f, &answers, refs);
                if members.len() >= 2 && answers.len() >= 2 {
                    topics.push(Topic {
                        id: TopicId::Field {
                            question: self.question.id.clone(),
                            item: at,
                            field: f.id.clone(),
                        },
                        step: self.step,
                        title: f.label.clone(),
                        context: Some(format!("{noun} \"{}\"", display_name(&item.name))),
                        asked: field_asked,
                        answered: answers.len(),
                        optional: f.optional,
                        stats: stats.clone(),
                        score,
                    });
                }
                if !stats.is_empty() {
                    row.fields.push((f.label.clone(), stats));
                }
            }
            rows.push(row);
        }
        (rows, topics)
    }
}

/// An item name for a heading: the name, or "(zonder naam)".
pub fn display_name(name: &str) -> &str {
    if name.trim().is_empty() {
        crate::text::Txt::Unnamed.get()
    } else {
        name
    }
}
