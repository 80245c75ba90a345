//! The rules `workshop.ron` meets: a title, a known case, a date that is a
//! date, and an agenda of well-formed items with sensible minutes.

use std::collections::HashSet;

use jiff::civil::Date;

use crate::guide::Guide;

use super::schema::{ItemKind, Workshop};
use crate::workshop::case::{Case, MAX_MINUTES, is_good_id};
use crate::workshop::locate::Anchor;
use crate::workshop::problem::{Found, WorkshopProblem};

/// A date as a trainer types it: dd-mm-jjjj (the Dutch way) or jjjj-mm-dd.
pub fn parse_date(text: &str) -> Option<Date> {
    let t = text.trim();
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let num = |s: &str| s.parse::<i16>().ok();
    let (year, month, day) = if a.len() == 4 {
        (num(a)?, num(b)?, num(c)?)
    } else if c.len() == 4 {
        (num(c)?, num(b)?, num(a)?)
    } else {
        return None;
    };
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

fn found(problem: WorkshopProblem, anchors: Vec<Anchor>) -> Found<WorkshopProblem> {
    Found { problem, anchors }
}

pub fn validate(w: &Workshop, case: &Case, guide: &Guide) -> Result<(), Found<WorkshopProblem>> {
    if w.title.trim().is_empty() {
        return Err(found(
            WorkshopProblem::EmptyTitle,
            vec![Anchor::Key("title")],
        ));
    }
    if !w.date.trim().is_empty() && parse_date(&w.date).is_none() {
        let at = vec![Anchor::Key("date")];
        return Err(found(WorkshopProblem::BadDate(w.date.clone()), at));
    }
    if w.case != case.id {
        let problem = WorkshopProblem::CaseMismatch {
            named: w.case.clone(),
            found: case.id.clone(),
        };
        return Err(found(problem, vec![Anchor::Key("case")]));
    }
    if w.agenda.is_empty() {
        return Err(found(
            WorkshopProblem::NoAgenda,
            vec![Anchor::Key("agenda")],
        ));
    }
    let mut seen = HashSet::new();
    for item in &w.agenda {
        let at = vec![Anchor::Key("agenda"), Anchor::str(&item.id)];
        let with = |key: &'static str| {
            let mut at = at.clone();
            at.push(Anchor::Key(key));
            at
        };
        let id = || item.id.clone();
        if !is_good_id(&item.id) {
            return Err(found(WorkshopProblem::BadItemId(id()), at));
        }
        if !seen.insert(item.id.as_str()) {
            let mut twice = at;
            twice.push(Anchor::str(&item.id));
            return Err(found(WorkshopProblem::DuplicateItem(id()), twice));
        }
        match &item.kind {
            ItemKind::Step(step) if !guide.steps.iter().any(|s| &s.id == step) => {
                let problem = WorkshopProblem::UnknownStep {
                    item: id(),
                    step: step.clone(),
                };
                let mut at = with("kind");
                at.push(Anchor::str(step));
                return Err(found(problem, at));
            }
            ItemKind::Step(_) => {}
            _ if item.title.trim().is_empty() => {
                return Err(found(WorkshopProblem::ItemWithoutTitle(id()), at));
            }
            _ => {}
        }
        if !(1..=MAX_MINUTES).contains(&item.minutes) {
            let problem = WorkshopProblem::Minutes {
                item: id(),
                minutes: item.minutes,
            };
            return Err(found(problem, with("minutes")));
        }
        for (what, key, entries) in [
            ("points", "points", &item.points),
            ("trainer_notes", "trainer_notes", &item.trainer_notes),
        ] {
            if entries.iter().any(|e| e.trim().is_empty()) {
                let mut at = with(key);
                at.push(Anchor::str(""));
                return Err(found(WorkshopProblem::EmptyEntry { item: id(), what }, at));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_the_dutch_way_and_the_iso_way() {
        let d = Date::new(2027, 3, 15).expect("date");
        assert_eq!(parse_date("15-03-2027"), Some(d));
        assert_eq!(parse_date(" 2027-03-15 "), Some(d));
        assert_eq!(parse_date("15/3/2027"), Some(d));
        for bad in ["", "31-02-2027", "2027", "15-03-27", "morgen", "1-2-3"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
