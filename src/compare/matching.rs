//! Which items of a list (tasks, partners, agreements) are the same item
//! across groups.
//!
//! Items a case puts in every starting plan carry the case's own ids
//! (`taak-inkoop`) in every group's plan, so those match by id, whatever a
//! group renamed them to. Items a group added itself have app ids (`i7`)
//! that mean nothing across plans; they match by normalised name (see
//! [`super::names`]), and join a case item of the same name when the group
//! does not have that one. Items that only look alike stay apart and are
//! marked, so the trainer can ask.

use std::collections::HashMap;

use crate::guide::Guide;
use crate::plan::{Item, Plan};
use crate::present::title_field;

use super::names::{alike, normalise};

/// Above this many different items in one list, looking for names that
/// look alike (every pair) is skipped: it would cost more than the rest of
/// the comparison, and such a list is not one a room discusses item by item.
pub const MAX_NEAR_MATCHING: usize = 200;

/// One item as the groups have it.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchedItem {
    /// The name most groups use.
    pub name: String,
    /// Other names for it, with the groups (indices) using each.
    pub other_names: Vec<(String, Vec<usize>)>,
    /// (group index, item id in that group's plan), in group order.
    pub members: Vec<(usize, String)>,
    /// It came with the case (matched by id).
    pub from_case: bool,
    /// Other items of this list whose names look alike (indices).
    pub alike: Vec<usize>,
}

impl MatchedItem {
    pub fn groups(&self) -> impl Iterator<Item = usize> + '_ {
        self.members.iter().map(|(g, _)| *g)
    }

    /// The item id in group `group`'s plan, if it has the item.
    pub fn id_in(&self, group: usize) -> Option<&str> {
        self.members
            .iter()
            .find(|(g, _)| *g == group)
            .map(|(_, id)| id.as_str())
    }
}

/// The matched items of one list question.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMatch {
    pub items: Vec<MatchedItem>,
    /// More different items than [`MAX_NEAR_MATCHING`]: no "lijkt op".
    pub near_skipped: bool,
    lookup: HashMap<(usize, String), usize>,
}

impl ListMatch {
    /// The matched item that group `group`'s item `id` belongs to.
    pub fn find(&self, group: usize, id: &str) -> Option<usize> {
        self.lookup.get(&(group, id.to_string())).copied()
    }
}

/// Ids the app gives its own items: `i` and a number.
fn is_app_id(id: &str) -> bool {
    id.strip_prefix('i')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Id(String),
    Name(String),
    /// Nameless, or a second item of that name in the same plan.
    Alone(usize, String),
}

struct Cluster {
    members: Vec<(usize, String, String)>,
    first: (usize, usize),
    from_case: bool,
}

#[derive(Default)]
struct Builder {
    clusters: Vec<Cluster>,
    by_key: HashMap<Key, usize>,
}

impl Builder {
    fn add(&mut self, key: Key, g: usize, pos: usize, id: &str, name: String) {
        let from_case = matches!(key, Key::Id(_));
        let clusters = &mut self.clusters;
        let at = *self.by_key.entry(key).or_insert_with(|| {
            clusters.push(Cluster {
                members: Vec::new(),
                first: (g, pos),
                from_case,
            });
            clusters.len() - 1
        });
        self.join(at, g, pos, id, name);
    }

    fn join(&mut self, at: usize, g: usize, pos: usize, id: &str, name: String) {
        let c = &mut self.clusters[at];
        c.members.push((g, id.to_string(), name));
        c.first = c.first.min((g, pos));
    }

    fn has(&self, at: usize, g: usize) -> bool {
        self.clusters[at].members.iter().any(|(m, _, _)| *m == g)
    }
}

/// The first line of an item's name field, trimmed.
fn name_of(item: &Item, field: &str) -> String {
    item.fields
        .get(field)
        .and_then(|a| a.as_text())
        .and_then(|t| t.lines().next())
        .map(str::trim)
        .unwrap_or("")
        .to_string()
}

/// Match the items of list question `list` across `plans` (one per group).
pub fn match_list(guide: &Guide, list: &str, plans: &[&Plan]) -> ListMatch {
    let field = title_field(guide, list);
    let mut b = Builder::default();
    // Case items first, so that a group's own item of the same name can
    // join them.
    for (g, plan) in plans.iter().enumerate() {
        for (pos, item) in plan.items(list).iter().enumerate() {
            if !is_app_id(&item.id) {
                let key = Key::Id(item.id.clone());
                b.add(key, g, pos, &item.id, name_of(item, field));
            }
        }
    }
    let mut case_names: HashMap<String, usize> = HashMap::new();
    for (at, c) in b.clusters.iter().enumerate() {
        for (_, _, name) in &c.members {
            case_names.entry(normalise(name)).or_insert(at);
        }
    }
    case_names.remove("");
    for (g, plan) in plans.iter().enumerate() {
        for (pos, item) in plan.items(list).iter().enumerate() {
            if !is_app_id(&item.id) {
                continue;
            }
            let name = name_of(item, field);
            let norm = normalise(&name);
            if norm.is_empty() {
                b.add(Key::Alone(g, item.id.clone()), g, pos, &item.id, name);
                continue;
            }
            if let Some(&at) = case_names.get(&norm)
                && !b.has(at, g)
            {
                b.join(at, g, pos, &item.id, name);
                continue;
            }
            let key = match b.by_key.get(&Key::Name(norm.clone())) {
                Some(&at) if b.has(at, g) => Key::Alone(g, item.id.clone()),
                _ => Key::Name(norm),
            };
            b.add(key, g, pos, &item.id, name);
        }
    }
    finish(b.clusters)
}

fn finish(mut clusters: Vec<Cluster>) -> ListMatch {
    clusters.sort_by(|a, b| {
        b.members
            .len()
            .cmp(&a.members.len())
            .then(a.first.cmp(&b.first))
    });
    let mut out = ListMatch::default();
    for (at, c) in clusters.iter_mut().enumerate() {
        c.members.sort_by_key(|(g, _, _)| *g);
        for (g, id, _) in &c.members {
            out.lookup.insert((*g, id.clone()), at);
        }
        let (name, other_names) = names_of(&c.members);
        out.items.push(MatchedItem {
            name,
            other_names,
            members: c
                .members
                .iter()
                .map(|(g, id, _)| (*g, id.clone()))
                .collect(),
            from_case: c.from_case,
            alike: Vec::new(),
        });
    }
    let keys: Vec<String> = out.items.iter().map(|i| normalise(&i.name)).collect();
    if keys.len() > MAX_NEAR_MATCHING {
        out.near_skipped = true;
        return out;
    }
    for a in 0..keys.len() {
        for b in a + 1..keys.len() {
            if alike(&keys[a], &keys[b]) {
                out.items[a].alike.push(b);
                out.items[b].alike.push(a);
            }
        }
    }
    out
}

/// The most used name (first used on a tie), and the others with their
/// groups. Names that differ only in spaces at the ends are one name.
fn names_of(members: &[(usize, String, String)]) -> (String, Vec<(String, Vec<usize>)>) {
    let mut names: Vec<(String, Vec<usize>)> = Vec::new();
    for (g, _, name) in members {
        match names.iter_mut().find(|(n, _)| n == name) {
            Some((_, groups)) => groups.push(*g),
            None => names.push((name.clone(), vec![*g])),
        }
    }
    let best = names
        .iter()
        .enumerate()
        .max_by(|(i, a), (j, b)| a.1.len().cmp(&b.1.len()).then(j.cmp(i)))
        .map_or(0, |(i, _)| i);
    let shown = names.remove(best).0;
    names.retain(|(n, _)| !n.is_empty());
    (shown, names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Answer;

    fn plan_with(tasks: &[(&str, &str)]) -> Plan {
        let mut p = Plan::new("t", jiff::Timestamp::UNIX_EPOCH);
        let items = tasks
            .iter()
            .map(|(id, name)| {
                let mut item = Item {
                    id: id.to_string(),
                    fields: Default::default(),
                };
                item.fields
                    .insert("naam".into(), Answer::Text(name.to_string()));
                item
            })
            .collect();
        p.answers
            .insert("inventaris.taken".into(), Answer::List(items));
        p
    }

    fn names(m: &ListMatch) -> Vec<(String, Vec<usize>)> {
        m.items
            .iter()
            .map(|i| (i.name.clone(), i.groups().collect()))
            .collect()
    }

    #[test]
    fn case_items_match_by_id_and_own_items_by_name() {
        let guide = crate::guide::load_embedded().expect("guide");
        let a = plan_with(&[("taak-inkoop", "Inkoop"), ("i1", "Energieloket")]);
        let b = plan_with(&[("taak-inkoop", "Vervoer inkopen"), ("i4", "energie-loket")]);
        let c = plan_with(&[("i1", "Inkoop"), ("i2", "Leerlingvervoer")]);
        let d = plan_with(&[
            ("taak-inkoop", "Inkoop"),
            ("i9", "Leerlingenvervoer"),
            ("i10", ""),
        ]);
        let m = match_list(&guide, "inventaris.taken", &[&a, &b, &c, &d]);
        assert_eq!(
            names(&m),
            vec![
                ("Inkoop".to_string(), vec![0, 1, 2, 3]),
                ("Energieloket".to_string(), vec![0, 1]),
                ("Leerlingvervoer".to_string(), vec![2]),
                ("Leerlingenvervoer".to_string(), vec![3]),
                (String::new(), vec![3]),
            ]
        );
        let inkoop = &m.items[0];
        assert!(inkoop.from_case);
        assert_eq!(
            inkoop.other_names,
            vec![("Vervoer inkopen".to_string(), vec![1])]
        );
        assert_eq!(inkoop.id_in(2), Some("i1"), "C's own task joined by name");
        assert_eq!(m.find(2, "i1"), Some(0));
        assert_eq!(m.items[2].alike, vec![3]);
        assert_eq!(m.items[3].alike, vec![2]);
        assert!(m.items[4].alike.is_empty(), "no name, nothing alike");
    }

    #[test]
    fn two_items_of_one_name_in_one_plan_stay_two() {
        let guide = crate::guide::load_embedded().expect("guide");
        let a = plan_with(&[("i1", "Loket"), ("i2", "loket")]);
        let b = plan_with(&[("i1", "Loket")]);
        let m = match_list(&guide, "inventaris.taken", &[&a, &b]);
        assert_eq!(m.items.len(), 2);
        assert_eq!(m.items[0].groups().collect::<Vec<_>>(), vec![0, 1]);
        assert_eq!(m.find(0, "i2"), Some(1));
    }
}
