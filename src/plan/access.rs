//! Reading and changing answers by where they live.

use super::model::{Answer, Item, Plan, Record};

/// Where an answer lives: a top-level question, or a field of a list item
/// (or of a per-item record, where `item` is the id of the other list's item).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Slot {
    Question(String),
    Field {
        question: String,
        item: String,
        field: String,
    },
}

impl Slot {
    pub fn question(id: &str) -> Slot {
        Slot::Question(id.to_string())
    }

    pub fn field(question: &str, item: &str, field: &str) -> Slot {
        Slot::Field {
            question: question.to_string(),
            item: item.to_string(),
            field: field.to_string(),
        }
    }
}

impl Plan {
    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.answers.get(id)
    }

    pub fn get(&self, slot: &Slot) -> Option<&Answer> {
        match slot {
            Slot::Question(q) => self.answers.get(q),
            Slot::Field {
                question,
                item,
                field,
            } => self.record(question, item)?.get(field),
        }
    }

    /// Store `answer` at `slot`; `None` or an empty answer clears it.
    /// Setting a field of an item that does not exist does nothing.
    pub fn set(&mut self, slot: &Slot, answer: Option<Answer>) {
        let answer = answer.filter(|a| !a.is_empty());
        match slot {
            Slot::Question(q) => match answer {
                Some(a) => {
                    self.answers.insert(q.clone(), a);
                }
                None => {
                    self.answers.remove(q);
                }
            },
            Slot::Field {
                question,
                item,
                field,
            } => {
                let Some(record) = self.record_mut(question, item) else {
                    return;
                };
                match answer {
                    Some(a) => {
                        record.insert(field.clone(), a);
                    }
                    None => {
                        record.remove(field);
                    }
                }
            }
        }
    }

    /// The items of list question `list` (none when unanswered).
    pub fn items(&self, list: &str) -> &[Item] {
        self.answers.get(list).map_or(&[], Answer::as_items)
    }

    /// Item `id` of list `list`, found through the index (no scan).
    pub fn item(&self, list: &str, id: &str) -> Option<&Item> {
        let items = self.items(list);
        self.index
            .find(list, items, id)
            .and_then(|at| items.get(at))
    }

    /// The record of `item` in list or per-item question `question`.
    pub fn record(&self, question: &str, item: &str) -> Option<&Record> {
        match self.answers.get(question)? {
            Answer::List(_) => self.item(question, item).map(|i| &i.fields),
            Answer::PerItem(map) => map.get(item),
            _ => None,
        }
    }

    /// Like [`Plan::record`], but creates the per-item record on first use.
    fn record_mut(&mut self, question: &str, item: &str) -> Option<&mut Record> {
        let answer = self
            .answers
            .entry(question.to_string())
            .or_insert_with(|| Answer::PerItem(Default::default()));
        match answer {
            Answer::List(items) => {
                let at = self.index.find_mut(question, items, item)?;
                items.get_mut(at).map(|i| &mut i.fields)
            }
            Answer::PerItem(map) => Some(map.entry(item.to_string()).or_default()),
            _ => None,
        }
    }

    /// Append a new, empty item to `list` and return its id.
    pub fn add_item(&mut self, list: &str) -> String {
        let id = self.new_item_id();
        let entry = self
            .answers
            .entry(list.to_string())
            .or_insert_with(|| Answer::List(Vec::new()));
        // A stored answer of another kind is never overwritten (the file
        // keeps it); callers check kinds against the guide before adding.
        if let Answer::List(items) = entry {
            items.push(Item {
                id: id.clone(),
                fields: Record::new(),
            });
            self.index.appended(list, &id, items.len() - 1);
        }
        id
    }

    /// Remove item `id` from `list`, and every reference to it elsewhere
    /// (task links, per-partner records), so nothing points at it.
    pub fn remove_item(&mut self, list: &str, id: &str) {
        if let Some(Answer::List(items)) = self.answers.get_mut(list) {
            items.retain(|i| i.id != id);
            if items.is_empty() {
                self.answers.remove(list);
            }
        }
        // Every item after it moved up one place.
        self.index.forget(list);
        self.forget_references(id);
    }

    fn forget_references(&mut self, id: &str) {
        for answer in self.answers.values_mut() {
            match answer {
                Answer::PerItem(map) => {
                    map.remove(id);
                }
                Answer::List(items) => {
                    for item in items.iter_mut() {
                        for field in item.fields.values_mut() {
                            if let Answer::Refs(refs) = field {
                                refs.retain(|r| r != id);
                            }
                        }
                        item.fields.retain(|_, a| !a.is_empty());
                    }
                }
                _ => {}
            }
        }
        self.answers
            .retain(|_, a| !a.is_empty() || matches!(a, Answer::List(_)));
    }

    /// Move item `id` of `list` one place up (`-1`) or down (`1`); returns
    /// its new index.
    pub fn move_item(&mut self, list: &str, id: &str, delta: isize) -> Option<usize> {
        let Some(Answer::List(items)) = self.answers.get_mut(list) else {
            return None;
        };
        let from = self.index.find_mut(list, items, id)?;
        let Some(to) = from.checked_add_signed(delta).filter(|t| *t < items.len()) else {
            return Some(from);
        };
        items.swap(from, to);
        self.index.swapped(list, items, from, to);
        Some(to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;

    fn plan() -> Plan {
        Plan::new("t", Timestamp::UNIX_EPOCH)
    }

    #[test]
    fn set_and_clear_a_question() {
        let mut p = plan();
        let slot = Slot::question("q");
        p.set(&slot, Some(Answer::Text("x".into())));
        assert_eq!(p.get(&slot), Some(&Answer::Text("x".into())));
        p.set(&slot, Some(Answer::Text("  ".into())));
        assert_eq!(p.get(&slot), None, "blank text clears the answer");
    }

    #[test]
    fn item_ids_are_never_reused() {
        let mut p = plan();
        let a = p.add_item("l");
        p.remove_item("l", &a);
        let b = p.add_item("l");
        assert_ne!(a, b);
    }

    #[test]
    fn fields_of_items_and_per_item_records() {
        let mut p = plan();
        let id = p.add_item("partners");
        p.set(
            &Slot::field("partners", &id, "naam"),
            Some(Answer::Text("X".into())),
        );
        p.set(&Slot::field("per", &id, "score"), Some(Answer::Scale(2)));
        assert_eq!(p.item("partners", &id).map(|i| i.fields.len()), Some(1));
        assert_eq!(
            p.get(&Slot::field("per", &id, "score")),
            Some(&Answer::Scale(2))
        );
        // A field of an item that does not exist is not created.
        p.set(
            &Slot::field("partners", "i99", "naam"),
            Some(Answer::Text("Y".into())),
        );
        assert_eq!(p.items("partners").len(), 1);
    }

    #[test]
    fn removing_an_item_removes_references_to_it() {
        let mut p = plan();
        let task = p.add_item("taken");
        let other = p.add_item("taken");
        let partner = p.add_item("partners");
        p.set(
            &Slot::field("partners", &partner, "taken"),
            Some(Answer::Refs(vec![task.clone(), other.clone()])),
        );
        p.set(
            &Slot::field("per", &partner, "score"),
            Some(Answer::Scale(3)),
        );
        p.remove_item("taken", &task);
        assert_eq!(
            p.get(&Slot::field("partners", &partner, "taken")),
            Some(&Answer::Refs(vec![other]))
        );
        p.remove_item("partners", &partner);
        assert_eq!(p.get(&Slot::field("per", &partner, "score")), None);
        assert!(
            p.answer("per").is_none(),
            "an empty per-item answer is dropped"
        );
    }

    #[test]
    fn move_item_stays_in_bounds() {
        let mut p = plan();
        let a = p.add_item("l");
        let b = p.add_item("l");
        assert_eq!(p.move_item("l", &b, -1), Some(0));
        assert_eq!(p.items("l")[0].id, b);
        assert_eq!(p.move_item("l", &b, -1), Some(0), "already first: stays");
        assert_eq!(p.move_item("l", &a, 1), Some(1), "already last: stays");
    }
}
