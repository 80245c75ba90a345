//! What changed between two versions of a plan, in the guide's terms:
//! answers, list items by id, per-item answers and order, not lines of
//! text. [`diff`] finds the changes; [`text::render`] tells them in Dutch.

mod text;

use crate::guide::{Guide, Kind, Question};
use crate::plan::{Answer, Item, Plan, Record};
use crate::present::{answer_text, format_date, item_title, title_field, yes_no_label};

pub use text::render;

/// One change, in the step whose question it concerns (`None`: the plan's
/// own details, or answers to questions the guide does not have).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub step: Option<usize>,
    pub what: What,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    Meta {
        field: MetaField,
        edit: Edit,
    },
    Answer {
        question: String,
        edit: Edit,
    },
    ItemAdded {
        noun: String,
        name: String,
    },
    ItemRemoved {
        noun: String,
        name: String,
    },
    /// A field of a list item, or a per-item answer for an item.
    ItemChanged {
        noun: String,
        name: String,
        field: String,
        edit: Edit,
    },
    /// The items kept in a list are in another order.
    Reordered {
        question: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaField {
    Title,
    Gemeente,
    Author,
}

/// An answer as text, before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Added(String),
    Removed(String),
    Changed { old: String, new: String },
}

/// The changes from `old` to `new`, in the order of the guide.
pub fn diff(guide: &Guide, old: &Plan, new: &Plan) -> Vec<Change> {
    let mut changes = Vec::new();
    for (field, a, b) in [
        (MetaField::Title, &old.meta.title, &new.meta.title),
        (MetaField::Gemeente, &old.meta.gemeente, &new.meta.gemeente),
        (MetaField::Author, &old.meta.author, &new.meta.author),
    ] {
        let edit = edit(non_empty(a.trim()), non_empty(b.trim()));
        if let Some(edit) = edit {
            changes.push(Change {
                step: None,
                what: What::Meta { field, edit },
            });
        }
    }
    let cx = Context { guide, old, new };
    for (step, s) in guide.steps.iter().enumerate() {
        for q in &s.questions {
            let mut push = |what| {
                changes.push(Change {
                    step: Some(step),
                    what,
                })
            };
            match &q.kind {
                Kind::List {
                    item, title_field, ..
                } => cx.list(q, item, title_field, &mut push),
                Kind::PerItem { list, fields } => cx.per_item(q, list, fields, &mut push),
                _ => {
                    if let Some(edit) = cx.answer(q, old.answer(&q.id), new.answer(&q.id)) {
                        push(What::Answer {
                            question: q.label.clone(),
                            edit,
                        });
                    }
                }
            }
        }
    }
    unknown_answers(guide, old, new, &mut changes);
    changes
}

struct Context<'a> {
    guide: &'a Guide,
    old: &'a Plan,
    new: &'a Plan,
}

impl Context<'_> {
    /// The edit of one answer, or `None` when it means the same.
    fn answer(&self, q: &Question, a: Option<&Answer>, b: Option<&Answer>) -> Option<Edit> {
        if normalised(a) == normalised(b) {
            return None;
        }
        let before = answer_text(self.guide, self.old, q, a);
        let after = answer_text(self.guide, self.new, q, b);
        edit(before, after)
    }

    fn list(&self, q: &Question, noun: &str, title: &str, push: &mut impl FnMut(What)) {
        let (olds, news) = (self.old.items(&q.id), self.new.items(&q.id));
        let noun = noun.to_string();
        for item in olds.iter().filter(|i| find(news, &i.id).is_none()) {
            push(What::ItemRemoved {
                noun: noun.clone(),
                name: item_title(item, title),
            });
        }
        for item in news {
            let name = item_title(item, title);
            match find(olds, &item.id) {
                None => push(What::ItemAdded {
                    noun: noun.clone(),
                    name,
                }),
                Some(before) => self.record(
                    q.kind.fields(),
                    Some(&before.fields),
                    Some(&item.fields),
                    &noun,
                    &name,
                    push,
                ),
            }
        }
        let kept_old: Vec<&str> = olds
            .iter()
            .filter(|i| find(news, &i.id).is_some())
            .map(|i| i.id.as_str())
            .collect();
        let kept_new: Vec<&str> = news
            .iter()
            .filter(|i| find(olds, &i.id).is_some())
            .map(|i| i.id.as_str())
            .collect();
        if kept_old != kept_new {
            push(What::Reordered {
                question: q.label.clone(),
            });
        }
    }

    /// Per-item answers of the items in the new plan's list; those of
    /// removed items went with them and are not listed again.
    fn per_item(&self, q: &Question, list: &str, fields: &[Question], push: &mut impl FnMut(What)) {
        let noun = match self.guide.question(list).map(|r| &r.question.kind) {
            Some(Kind::List { item, .. }) => item.clone(),
            _ => String::new(),
        };
        let title = title_field(self.guide, list);
        for item in self.new.items(list) {
            let name = item_title(item, title);
            let before = self.old.record(&q.id, &item.id);
            let after = self.new.record(&q.id, &item.id);
            self.record(fields, before, after, &noun, &name, push);
        }
    }

    fn record(
        &self,
        fields: &[Question],
        before: Option<&Record>,
        after: Option<&Record>,
        noun: &str,
        name: &str,
        push: &mut impl FnMut(What),
    ) {
        for f in fields {
            let a = before.and_then(|r| r.get(&f.id));
            let b = after.and_then(|r| r.get(&f.id));
            if let Some(edit) = self.answer(f, a, b) {
                push(What::ItemChanged {
                    noun: noun.to_string(),
                    name: name.to_string(),
                    field: f.label.clone(),
                    edit,
                });
            }
        }
    }
}

fn find<'a>(items: &'a [Item], id: &str) -> Option<&'a Item> {
    items.iter().find(|i| i.id == id)
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn edit(before: Option<String>, after: Option<String>) -> Option<Edit> {
    match (before, after) {
        (None, None) => None,
        (None, Some(new)) => Some(Edit::Added(new)),
        (Some(old), None) => Some(Edit::Removed(old)),
        (Some(old), Some(new)) if old == new => None,
        (Some(old), Some(new)) => Some(Edit::Changed { old, new }),
    }
}

/// An answer with what does not change its meaning taken out: emptiness,
/// trailing white space, and the order of picked choices or items.
fn normalised(a: Option<&Answer>) -> Option<Answer> {
    let a = a.filter(|a| !a.is_empty())?;
    Some(match a {
        Answer::Text(t) => Answer::Text(t.trim_end().to_string()),
        Answer::Multi(v) | Answer::Refs(v) => {
            let mut v = v.clone();
            v.sort();
            v.dedup();
            match a {
                Answer::Multi(_) => Answer::Multi(v),
                _ => Answer::Refs(v),
            }
        }
        other => other.clone(),
    })
}

/// Answers under ids the guide does not know (kept from an older or
/// adapted guide), compared as plain values.
fn unknown_answers(guide: &Guide, old: &Plan, new: &Plan, changes: &mut Vec<Change>) {
    let unknown = |id: &&String| guide.question(id).is_none();
    let mut ids: Vec<&String> = old
        .answers
        .keys()
        .chain(new.answers.keys())
        .filter(unknown)
        .collect();
    ids.sort();
    ids.dedup();
    for id in ids {
        let (a, b) = (old.answer(id), new.answer(id));
        if normalised(a) == normalised(b) {
            continue;
        }
        if let Some(edit) = edit(a.and_then(plain), b.and_then(plain)) {
            changes.push(Change {
                step: None,
                what: What::Answer {
                    question: id.clone(),
                    edit,
                },
            });
        }
    }
}

/// A value without the guide to give it labels.
fn plain(a: &Answer) -> Option<String> {
    let text = match a {
        Answer::Text(t) => t.trim().to_string(),
        Answer::Choice(c) => c.clone(),
        Answer::Multi(v) | Answer::Refs(v) => v.join(", "),
        Answer::Scale(n) => n.to_string(),
        Answer::YesNo(v) => yes_no_label(*v).to_string(),
        Answer::Number(n) => n.to_string(),
        Answer::Date(d) => format_date(*d),
        Answer::List(items) => items.len().to_string(),
        Answer::PerItem(map) => map.len().to_string(),
    };
    non_empty(&text)
}
