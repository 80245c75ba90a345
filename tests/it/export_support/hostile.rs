//! A plan full of text that breaks HTML, Markdown or iCalendar when it is
//! not escaped.

use std::collections::BTreeMap;

use samenwerkwijzer::guide::{Guide, Kind, Question};
use samenwerkwijzer::plan::{Answer, Item, Plan, Record, YesNo};

/// Text that breaks HTML, Markdown or iCalendar when not escaped.
pub const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "&amp; &lt;b&gt; 'enkel' \"dubbel\"",
    "*vet* _schuin_ [link](javascript:alert(1)) `code` ~~weg~~ $x$",
    "# kop",
    "- lijst",
    "1. genummerd",
    "| a | b |",
    "|---|---|",
    "> citaat",
    "a,b;c\\d:e",
];

/// All hostile lines as one multi-line text.
pub fn hostile_text() -> String {
    HOSTILE.join("\n")
}

/// A plan with hostile text in the metadata, in every text answer and item
/// field, and as choice ids (which are shown as typed when the guide does
/// not know them). Choices that other questions depend on get the value
/// that shows those questions, so every text question is on display.
pub fn hostile_plan(guide: &Guide) -> Plan {
    let created = "2026-09-01T08:30:00Z".parse().expect("timestamp");
    let mut plan = Plan::new("<script>alert(1)</script>", created);
    plan.meta.gemeente = "\"><img src=x onerror=alert(1)>".into();
    plan.meta.author = "&amp; 'Jan' \"Piet\"".into();
    plan.meta.updated = "2026-11-26T10:00:00Z".parse().expect("timestamp");
    let mut shows: BTreeMap<String, String> = BTreeMap::new();
    for q in guide.questions() {
        for c in std::iter::once(&q.show_if)
            .chain(q.kind.fields().iter().map(|f| &f.show_if))
            .flatten()
        {
            if let Some(v) = c.any_of.first() {
                shows.entry(c.question.clone()).or_insert_with(|| v.clone());
            }
        }
    }
    let hostile = Hostile {
        text: hostile_text(),
        shows,
    };
    for q in guide.questions() {
        let answer = match &q.kind {
            Kind::List { fields, .. } => Answer::List(
                (1..=2)
                    .map(|n| Item {
                        id: format!("{}-i{n}", q.id),
                        fields: hostile.record(fields),
                    })
                    .collect(),
            ),
            Kind::PerItem { list, fields } => Answer::PerItem(
                (1..=2)
                    .map(|n| (format!("{list}-i{n}"), hostile.record(fields)))
                    .collect(),
            ),
            _ => hostile.answer(q),
        };
        plan.answers.insert(q.id.clone(), answer);
    }
    plan
}

struct Hostile {
    text: String,
    /// Question id -> a choice that makes a dependent question show.
    shows: BTreeMap<String, String>,
}

impl Hostile {
    fn record(&self, fields: &[Question]) -> Record {
        fields
            .iter()
            .map(|f| (f.id.clone(), self.answer(f)))
            .collect()
    }

    fn answer(&self, q: &Question) -> Answer {
        match &q.kind {
            Kind::ShortText | Kind::LongText => Answer::Text(self.text.clone()),
            Kind::Choice(_) => Answer::Choice(
                self.shows
                    .get(&q.id)
                    .cloned()
                    .unwrap_or_else(|| HOSTILE[0].to_string()),
            ),
            Kind::Multi(_) => {
                let mut ids = vec![HOSTILE[1].to_string(), HOSTILE[3].to_string()];
                ids.extend(self.shows.get(&q.id).cloned());
                Answer::Multi(ids)
            }
            Kind::Scale { .. } => Answer::Scale(3),
            Kind::YesNo => Answer::YesNo(YesNo::Ja),
            Kind::Number { min, .. } => Answer::Number(*min),
            Kind::Date => Answer::Date("2027-01-31".parse().expect("date")),
            Kind::Refs { list, .. } => Answer::Refs(vec![format!("{list}-i1")]),
            Kind::List { .. } | Kind::PerItem { .. } => Answer::Text(self.text.clone()),
        }
    }
}
