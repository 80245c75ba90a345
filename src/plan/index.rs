//! Where each list item is: an id → position index per list, so that
//! following a reference (`Plan::item`, `Plan::record`) costs the same in
//! a plan of 20,000 tasks as in one of 6 (issue 16: validate and the
//! exports were quadratic, 88–92 % of their time scanning for ids).
//!
//! The index is a cache beside the answers, never a second truth:
//! - every hit is checked against the list (`items[at].id == id`), so a
//!   position that went stale is noticed and the list is indexed again;
//! - a miss falls back to a scan of the list, so an item added behind the
//!   index's back (the answers are a public field) is still found, and
//!   its list indexed again.
//!
//! The plan's own changes (`add_item`, `remove_item`, `move_item`) keep
//! the index up to date, so the checks above only catch changes made
//! through the field. A miss that is a real miss (a reference to nothing,
//! which loading repairs away) costs one scan, as before.
//!
//! Ids are unique in a plan that loads or saves (`check.rs`); with a
//! duplicate id in memory, a lookup finds one of the two items.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

/// Something with an id: a list item (`model.rs`; the index does not
/// import the model, which holds the index).
pub trait Keyed {
    fn key(&self) -> &str;
}

/// Positions of items by id, per list question. Not saved, not compared,
/// not cloned (a clone builds its own on first use).
#[derive(Default)]
pub struct ItemIndex {
    lists: Mutex<HashMap<String, Positions>>,
}

/// Item id → index into the list's items.
type Positions = HashMap<String, usize>;

impl ItemIndex {
    /// The position of item `id` in `items`, the items of list `list`.
    pub fn find<T: Keyed>(&self, list: &str, items: &[T], id: &str) -> Option<usize> {
        let mut lists = self.lists.lock().unwrap_or_else(PoisonError::into_inner);
        find_in(&mut lists, list, items, id)
    }

    /// [`ItemIndex::find`] without locking, for callers that hold the plan
    /// mutably.
    pub fn find_mut<T: Keyed>(&mut self, list: &str, items: &[T], id: &str) -> Option<usize> {
        let lists = self.lists.get_mut().unwrap_or_else(PoisonError::into_inner);
        find_in(lists, list, items, id)
    }

    /// Item `id` was appended to `list` at position `at`.
    pub fn appended(&mut self, list: &str, id: &str, at: usize) {
        if let Some(positions) = self.positions(list) {
            positions.insert(id.to_string(), at);
        }
    }

    /// Items `a` and `b` of `list` traded places.
    pub fn swapped<T: Keyed>(&mut self, list: &str, items: &[T], a: usize, b: usize) {
        if let Some(positions) = self.positions(list) {
            for at in [a, b] {
                if let Some(item) = items.get(at) {
                    positions.insert(item.key().to_string(), at);
                }
            }
        }
    }

    /// The positions in `list` changed wholesale (an item was removed):
    /// index it again on next use.
    pub fn forget(&mut self, list: &str) {
        self.lists
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(list);
    }

    fn positions(&mut self, list: &str) -> Option<&mut Positions> {
        self.lists
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .get_mut(list)
    }
}

fn find_in<T: Keyed>(
    lists: &mut HashMap<String, Positions>,
    list: &str,
    items: &[T],
    id: &str,
) -> Option<usize> {
    let known = match lists.get(list) {
        Some(positions) => {
            if let Some(&at) = positions.get(id)
                && items.get(at).is_some_and(|i| i.key() == id)
            {
                return Some(at);
            }
            positions.len()
        }
        None => usize::MAX,
    };
    // Stale, missing or not indexed yet: the list itself says where the
    // item is, and is indexed (again) unless the index has every item.
    #[cfg(test)]
    SCANS.with(|n| n.set(n.get() + 1));
    let at = items.iter().position(|i| i.key() == id);
    if at.is_some() || known != items.len() {
        lists.insert(list.to_string(), index(items));
    }
    at
}

#[cfg(test)]
thread_local! {
    /// Lookups that fell back to a scan, on this thread.
    static SCANS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The first position of every id, as a scan from the front would find it.
fn index<T: Keyed>(items: &[T]) -> Positions {
    let mut positions = HashMap::with_capacity(items.len());
    for (at, item) in items.iter().enumerate() {
        positions.entry(item.key().to_string()).or_insert(at);
    }
    positions
}

impl Clone for ItemIndex {
    fn clone(&self) -> ItemIndex {
        ItemIndex::default()
    }
}

/// Two plans with the same answers are equal, whatever they have looked up.
impl PartialEq for ItemIndex {
    fn eq(&self, _other: &ItemIndex) -> bool {
        true
    }
}

impl std::fmt::Debug for ItemIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ItemIndex")
    }
}

#[cfg(test)]
mod tests {
    use crate::plan::{Answer, Item, Plan, Record, Slot};
    use proptest::prelude::*;

    const LIST: &str = "taken";

    fn plan_with(n: usize) -> (Plan, Vec<String>) {
        let mut plan = Plan::new("t", jiff::Timestamp::UNIX_EPOCH);
        let ids = (0..n).map(|_| plan.add_item(LIST)).collect();
        (plan, ids)
    }

    /// What a scan from the front finds: the truth the index must match.
    fn scanned<'p>(plan: &'p Plan, id: &str) -> Option<&'p Item> {
        plan.items(LIST).iter().find(|i| i.id == id)
    }

    fn found(plan: &Plan, id: &str) -> Option<String> {
        plan.item(LIST, id).map(|i| i.id.clone())
    }

    fn scans() -> usize {
        super::SCANS.with(std::cell::Cell::get)
    }

    #[test]
    fn following_every_reference_scans_once() {
        let (mut plan, ids) = plan_with(2000);
        let before = scans();
        for id in ids.iter().rev() {
            assert_eq!(found(&plan, id), Some(id.clone()));
        }
        assert_eq!(
            scans() - before,
            1,
            "only the first lookup indexes the list"
        );
        // Changes through the plan keep the index: no scan after them.
        let extra = plan.add_item(LIST);
        plan.move_item(LIST, &ids[0], 1);
        let before = scans();
        for id in ids.iter().chain([&extra]) {
            assert_eq!(found(&plan, id), Some(id.clone()));
        }
        assert_eq!(scans(), before);
    }

    #[test]
    fn finds_items_added_after_the_first_lookup() {
        let (mut plan, mut ids) = plan_with(3);
        assert_eq!(found(&plan, &ids[1]), Some(ids[1].clone()));
        ids.push(plan.add_item(LIST));
        ids.push(plan.add_item(LIST));
        for id in &ids {
            assert_eq!(found(&plan, id), Some(id.clone()));
        }
        assert_eq!(found(&plan, "i999"), None);
    }

    #[test]
    fn a_removed_item_is_gone_and_the_rest_are_found_in_their_new_places() {
        let (mut plan, ids) = plan_with(5);
        assert!(plan.item(LIST, &ids[4]).is_some(), "index built");
        plan.remove_item(LIST, &ids[1]);
        assert_eq!(found(&plan, &ids[1]), None);
        for id in [&ids[0], &ids[2], &ids[3], &ids[4]] {
            assert_eq!(found(&plan, id), Some(id.clone()));
        }
        // Fields are written to the right item after the removal.
        let slot = Slot::field(LIST, &ids[4], "naam");
        plan.set(&slot, Some(Answer::Text("vijf".into())));
        assert_eq!(plan.items(LIST)[3].fields.len(), 1);
        assert_eq!(plan.get(&slot), Some(&Answer::Text("vijf".into())));
    }

    #[test]
    fn a_moved_item_is_found_where_it_went() {
        let (mut plan, ids) = plan_with(3);
        assert!(plan.item(LIST, &ids[0]).is_some(), "index built");
        assert_eq!(plan.move_item(LIST, &ids[2], -1), Some(1));
        assert_eq!(plan.move_item(LIST, &ids[2], -1), Some(0));
        for id in &ids {
            assert_eq!(found(&plan, id), Some(id.clone()));
        }
        let slot = Slot::field(LIST, &ids[0], "naam");
        plan.set(&slot, Some(Answer::Text("eerste".into())));
        assert_eq!(plan.items(LIST)[1].id, ids[0]);
        assert_eq!(plan.items(LIST)[1].fields.len(), 1);
    }

    #[test]
    fn changes_made_through_the_answers_field_are_seen() {
        let (mut plan, ids) = plan_with(3);
        assert!(plan.item(LIST, &ids[0]).is_some(), "index built");
        // The same length, other ids: a list put in place by hand.
        let fresh: Vec<Item> = ["x1", "x2", "x3"]
            .iter()
            .map(|id| Item {
                id: (*id).to_string(),
                fields: Record::new(),
            })
            .collect();
        plan.answers.insert(LIST.into(), Answer::List(fresh));
        assert_eq!(found(&plan, &ids[0]), None);
        assert_eq!(found(&plan, "x2"), Some("x2".into()));
        // Swapped and renamed in place.
        if let Some(Answer::List(items)) = plan.answers.get_mut(LIST) {
            items.swap(0, 2);
            items[1].id = "y".into();
        }
        assert_eq!(plan.items(LIST)[0].id, "x3");
        assert_eq!(found(&plan, "x3"), Some("x3".into()));
        assert_eq!(found(&plan, "x1"), Some("x1".into()));
        assert_eq!(found(&plan, "y"), Some("y".into()));
        assert_eq!(found(&plan, "x2"), None);
    }

    #[test]
    fn a_clone_does_not_share_positions() {
        let (plan, ids) = plan_with(2);
        assert!(plan.item(LIST, &ids[1]).is_some());
        let mut copy = plan.clone();
        copy.remove_item(LIST, &ids[0]);
        assert_eq!(found(&copy, &ids[1]), Some(ids[1].clone()));
        assert_eq!(found(&plan, &ids[0]), Some(ids[0].clone()));
        assert_eq!(copy, {
            let mut p = plan.clone();
            p.remove_item(LIST, &ids[0]);
            p
        });
    }

    #[derive(Debug, Clone)]
    enum Step {
        Add,
        Remove(usize),
        Move(usize, bool),
        /// Through the public field, behind the index's back.
        SwapByHand(usize, usize),
        RenameByHand(usize),
        Lookup(usize),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            3 => Just(Step::Add),
            1 => any::<usize>().prop_map(Step::Remove),
            2 => (any::<usize>(), any::<bool>()).prop_map(|(i, up)| Step::Move(i, up)),
            1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Step::SwapByHand(a, b)),
            1 => any::<usize>().prop_map(Step::RenameByHand),
            4 => any::<usize>().prop_map(Step::Lookup),
        ]
    }

    proptest! {
        /// After any mix of changes, every id ever used is found exactly
        /// where a scan finds it (or not at all, like the scan).
        #[test]
        fn lookups_agree_with_a_scan(steps in proptest::collection::vec(step(), 1..60)) {
            let (mut plan, _) = plan_with(0);
            let mut seen: Vec<String> = Vec::new();
            let mut renamed = 0;
            for step in steps {
                let n = plan.items(LIST).len();
                let id_at = |plan: &Plan, i: usize| plan.items(LIST)[i % n].id.clone();
                match step {
                    Step::Add => seen.push(plan.add_item(LIST)),
                    Step::Remove(i) if n > 0 => { let id = id_at(&plan, i); plan.remove_item(LIST, &id) }
                    Step::Move(i, up) if n > 0 => {
                        let id = id_at(&plan, i);
                        plan.move_item(LIST, &id, if up { -1 } else { 1 });
                    }
                    Step::SwapByHand(a, b) if n > 0 => {
                        if let Some(Answer::List(items)) = plan.answers.get_mut(LIST) {
                            items.swap(a % n, b % n);
                        }
                    }
                    Step::RenameByHand(i) if n > 0 => {
                        renamed += 1;
                        let id = format!("hand{renamed}");
                        seen.push(id.clone());
                        if let Some(Answer::List(items)) = plan.answers.get_mut(LIST) {
                            items[i % n].id = id;
                        }
                    }
                    Step::Lookup(i) if !seen.is_empty() => {
                        let id = &seen[i % seen.len()];
                        prop_assert_eq!(plan.item(LIST, id), scanned(&plan, id));
                    }
                    _ => {}
                }
            }
            for id in &seen {
                prop_assert_eq!(plan.item(LIST, id), scanned(&plan, id));
                let at = plan.item(LIST, id).map(|i| i as *const Item);
                prop_assert_eq!(at, scanned(&plan, id).map(|i| i as *const Item));
            }
        }
    }
}
