//! The .ics file read back by two parsers that did not write it (`ical`,
//! and the parser half of `icalendar`), with the right dates and rules, and
//! the raw RFC 5545 rules checked by hand.

use crate::export_support;

use std::io::BufReader;

use export_support::{HOSTILE, example_plan, guide, hostile_plan};
use icalendar::{Component, DatePerhapsTime};
use samenwerkwijzer::export;
use samenwerkwijzer::plan::Plan;

/// CRLF after every line, no bare LF or CR, no line over 75 octets.
/// The calendar of a plan that has dates.
fn calendar_text(
    guide: &samenwerkwijzer::guide::Guide,
    plan: &samenwerkwijzer::plan::Plan,
) -> String {
    export::calendar(guide, plan)
        .expect("a calendar")
        .as_text()
        .expect("text")
        .to_string()
}

fn assert_rfc_lines(text: &str) {
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let body = text.strip_suffix("\r\n").expect("ends with CRLF");
    for line in body.split("\r\n") {
        assert!(!line.contains(['\r', '\n']), "bare line break in {line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
}

/// (name, parameters, value) of each property of each event, via `ical`.
fn ical_events(text: &str) -> Vec<Vec<(String, String, String)>> {
    let mut parser = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = parser.next().expect("one calendar").expect("parses");
    assert!(parser.next().is_none(), "only one calendar");
    calendar
        .events
        .iter()
        .map(|e| {
            e.properties
                .iter()
                .map(|p| {
                    let params = p
                        .params
                        .iter()
                        .flatten()
                        .map(|(k, v)| format!("{k}={}", v.join(",")))
                        .collect::<Vec<_>>()
                        .join(";");
                    (p.name.clone(), params, p.value.clone().unwrap_or_default())
                })
                .collect()
        })
        .collect()
}

fn prop<'a>(
    event: &'a [(String, String, String)],
    name: &str,
) -> Option<&'a (String, String, String)> {
    event.iter().find(|(n, _, _)| n == name)
}

#[test]
fn dates_and_rules_read_back_with_ical() {
    let out = calendar_text(&guide(), &example_plan());
    assert_rfc_lines(&out);
    let events = ical_events(&out);
    let summary = |e: &[(String, String, String)]| prop(e, "SUMMARY").expect("summary").2.clone();
    let got: Vec<(String, String, String, Option<String>)> = events
        .iter()
        .map(|e| {
            let start = prop(e, "DTSTART").expect("start");
            let end = prop(e, "DTEND").expect("end");
            assert_eq!(start.1, "VALUE=DATE", "all-day event");
            assert_eq!(end.1, "VALUE=DATE");
            (
                summary(e),
                start.2.clone(),
                end.2.clone(),
                prop(e, "RRULE").map(|r| r.2.clone()),
            )
        })
        .collect();
    let rule = |s: &str| Some(s.to_string());
    assert_eq!(
        got,
        vec![
            (
                "Rapportage: Aangesloten woningen".into(),
                "20270331".into(),
                "20270401".into(),
                rule("FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=31,-1;BYSETPOS=1"),
            ),
            (
                "Rapportage: Kosten per aansluiting".into(),
                "20270615".into(),
                "20270616".into(),
                rule("FREQ=YEARLY"),
            ),
            (
                "Rapportage: Tevredenheid van inwoners".into(),
                "20270901".into(),
                "20270902".into(),
                None,
            ),
            (
                "Evaluatie van de samenwerking: Warmte in de regio".into(),
                "20281002".into(),
                "20281003".into(),
                rule("FREQ=YEARLY;INTERVAL=2"),
            ),
        ]
    );
    for e in &events {
        assert_eq!(prop(e, "DTSTAMP").expect("stamp").2, "20261126T100000Z");
        assert!(
            prop(e, "UID")
                .expect("uid")
                .2
                .ends_with("-20260901T083000Z@samenwerkwijzer")
        );
    }
    let mut uids: Vec<_> = events
        .iter()
        .map(|e| prop(e, "UID").expect("uid").2.clone())
        .collect();
    uids.dedup();
    assert_eq!(uids.len(), 4, "UIDs are unique");
}

#[test]
fn text_reads_back_unescaped_with_icalendar() {
    let out = calendar_text(&guide(), &example_plan());
    let calendar: icalendar::Calendar = out.parse().expect("parses");
    let events: Vec<_> = calendar.events().collect();
    assert_eq!(events.len(), 4);
    let costs = events[1];
    assert_eq!(
        costs.get_start(),
        Some(DatePerhapsTime::Date("2027-06-15".parse().expect("date")))
    );
    assert_eq!(costs.get_uid(), Some("i8-20260901T083000Z@samenwerkwijzer"));
    let description = costs.get_description().expect("description");
    assert!(description.contains("Wat is de streefwaarde? Hoogstens € 9.500; liever minder\n"));
    assert!(description.contains("Aan wie wordt gerapporteerd? Raden, via de griffie\n"));
    // Commas in the plan's details come back unescaped too (W14).
    assert!(description.ends_with(
        "\n\nUit het plan \"Warmte in de regio\" van Zuiderveld, Fatima el Amrani, Lokaal Zuiderveld."
    ));
    assert!(
        !description.contains("Kosten per aansluiting"),
        "the name is the summary"
    );
}

#[test]
fn hostile_text_survives_escaping_and_folding() {
    let g = guide();
    let out = calendar_text(&g, &hostile_plan(&g));
    assert_rfc_lines(&out);
    let calendar: icalendar::Calendar = out.parse().expect("parses");
    let first = calendar.events().next().expect("an event");
    assert_eq!(
        first.get_summary(),
        Some("Rapportage: <script>alert(1)</script>")
    );
    let description = first.get_description().expect("description");
    assert!(description.contains(&HOSTILE.join("\n")), "{description}");
    assert_eq!(
        ical_events(&out).len(),
        3,
        "two agreements and the evaluation"
    );
}

#[test]
fn a_plan_without_dates_gives_no_calendar_but_the_reason() {
    // W21: an empty calendar is not written; the user learns why.
    let plan = Plan::new("Leeg plan", "2026-01-01T00:00:00Z".parse().expect("time"));
    let none = export::calendar(&guide(), &plan).expect_err("no calendar");
    assert!(
        none.reason
            .starts_with("Geen agenda gemaakt: er staan nog geen datums in het plan."),
        "{none}"
    );
    assert!(none.reason.contains("stap 4"));
    let via_export = export::export(
        &guide(),
        &plan,
        export::Format::Calendar,
        &export::Extras::default(),
    );
    assert_eq!(via_export, Err(none));
}

#[test]
fn evaluation_only_counts_when_agreed() {
    let mut plan = example_plan();
    plan.answers.insert(
        "monitoring.evaluatie".into(),
        samenwerkwijzer::plan::Answer::YesNo(samenwerkwijzer::plan::YesNo::Nee),
    );
    let out = calendar_text(&guide(), &plan);
    let events = ical_events(&out);
    assert_eq!(events.len(), 3, "the evaluation date no longer applies");
    assert!(events.iter().all(|e| {
        !prop(e, "SUMMARY")
            .expect("summary")
            .2
            .starts_with("Evaluatie")
    }));
}

#[test]
fn a_yearly_evaluation_says_every_year() {
    let describe = |years: i64| {
        let mut plan = example_plan();
        plan.answers.insert(
            "monitoring.evaluatie_interval".into(),
            samenwerkwijzer::plan::Answer::Number(years),
        );
        let out = calendar_text(&guide(), &plan);
        let events = ical_events(&out);
        let evaluation = events
            .iter()
            .find(|e| {
                prop(e, "SUMMARY")
                    .expect("summary")
                    .2
                    .starts_with("Evaluatie")
            })
            .expect("evaluation event");
        prop(evaluation, "DESCRIPTION")
            .expect("description")
            .2
            .clone()
    };
    assert!(describe(1).contains("Daarna elk jaar."), "{}", describe(1));
    assert!(
        describe(3).contains("Daarna om de 3 jaar."),
        "{}",
        describe(3)
    );
}
