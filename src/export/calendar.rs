//! The monitoring and evaluation moments of step 4 as an iCalendar file
//! (RFC 5545). The `icalendar` crate writes the lines (CRLF, folding at 75
//! octets, escaping of `,;\` and newlines); this module decides what goes
//! in them. Output is deterministic: UIDs come from the plan and item ids,
//! DTSTAMP from the plan's last change, so a calendar app recognises an
//! event again when the file is imported a second time.

use icalendar::{Calendar, Component, Event, Property};
use jiff::civil::Date;

use crate::guide::{Guide, Question};
use crate::plan::progress;
use crate::plan::{Answer, Item, Plan};
use crate::present::{ListParts, answer_text, item_title, list_parts};
use crate::text::Doc;

use crate::present::capitalise;

// The guide ids the calendar is made from, shared with the advice so
// `guide check` can warn when an adapted guide drops one.
use crate::advice::ids::{
    AGREEMENT_FIRST_DATE as FIRST_DATE, AGREEMENT_FREQUENCY as FREQUENCY, AGREEMENTS,
    EVALUATION_DATE, EVALUATION_INTERVAL, FREQUENCY_HALF_YEAR, FREQUENCY_QUARTER, FREQUENCY_YEAR,
};

/// The calendar text, notes for the user about what was left out, and how
/// many events it holds (none: the caller writes no file).
pub(crate) struct CalendarOut {
    pub text: String,
    pub notes: Vec<String>,
    pub events: usize,
}

/// How often a moment comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Every {
    Months(u8),
    Years(i64),
}

impl Every {
    /// The frequency choice of a monitoring agreement; "anders" and
    /// unknown choices are a single event.
    fn from_choice(choice: &str) -> Option<Every> {
        match choice {
            FREQUENCY_QUARTER => Some(Every::Months(3)),
            FREQUENCY_HALF_YEAR => Some(Every::Months(6)),
            FREQUENCY_YEAR => Some(Every::Years(1)),
            _ => None,
        }
    }
}

pub(crate) fn render(guide: &Guide, plan: &Plan) -> CalendarOut {
    let title = plan.meta.title.trim();
    let stamp = plan.meta.updated.strftime("%Y%m%dT%H%M%SZ").to_string();
    let plan_key = plan.meta.created.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut calendar = Calendar::empty();
    for (key, value) in [
        ("VERSION", "2.0"),
        ("PRODID", "-//Samenwerkwijzer//Samenwerkwijzer//NL"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
    ] {
        calendar.append_property(Property::new(key, value));
    }
    // icalendar 0.17 escapes X- properties as TEXT, but not NAME (RFC
    // 7986), so that one is escaped here; a test pins both.
    let name = clean(&Doc::CalendarName.fill(&[&title]));
    calendar.append_property(Property::new("NAME", escape_text(&name)));
    calendar.append_property(Property::new("X-WR-CALNAME", name));
    // Whose plan it is, as every export says (W14).
    let meta = &plan.meta;
    let who: Vec<&str> = [&meta.gemeente, &meta.author, &meta.fractie]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    let footer = if who.is_empty() {
        Doc::CalendarFromPlan.fill(&[&title])
    } else {
        Doc::CalendarFromPlanBy.fill(&[&title, &who.join(", ")])
    };
    let mut notes = Vec::new();
    let mut events = 0;

    if let Some(ListParts {
        question: q,
        noun,
        title_field,
        fields,
    }) = agreements(guide, plan)
    {
        for item in plan.items(&q.id) {
            let name = item_title(item, title_field);
            let Some(Answer::Date(start)) = item.fields.get(FIRST_DATE) else {
                notes.push(Doc::CalendarItemWithoutDate.fill(&[&capitalise(noun), &name]));
                continue;
            };
            let every = item
                .fields
                .get(FREQUENCY)
                .and_then(Answer::as_choice)
                .and_then(Every::from_choice);
            let mut lines = describe(guide, plan, item, fields, title_field);
            lines.push(String::new());
            lines.push(footer.clone());
            let summary = Doc::CalendarReport.fill(&[&name]);
            let uid = format!("{}-{plan_key}@samenwerkwijzer", item.id);
            calendar.push(event(&uid, &stamp, *start, every, &summary, &lines));
            events += 1;
        }
    }

    if let Some((start, years)) = evaluation(guide, plan) {
        let mut lines = Vec::new();
        match years {
            Some(1) => lines.push(Doc::CalendarEvaluationEveryYear.get().to_string()),
            Some(n) => lines.push(Doc::CalendarEvaluationEvery.fill(&[&n])),
            None => {}
        }
        lines.push(footer.clone());
        let summary = Doc::CalendarEvaluation.fill(&[&title]);
        let uid = format!("evaluatie-{plan_key}@samenwerkwijzer");
        let every = years.map(Every::Years);
        calendar.push(event(&uid, &stamp, start, every, &summary, &lines));
        events += 1;
    }

    CalendarOut {
        text: calendar.to_string(),
        notes,
        events,
    }
}

/// The agreements list, when the guide has it and it applies.
fn agreements<'g>(guide: &'g Guide, plan: &Plan) -> Option<ListParts<'g>> {
    list_parts(guide, AGREEMENTS).filter(|l| progress::applies(plan, l.question))
}

/// The first evaluation date and the interval in years, when asked.
fn evaluation(guide: &Guide, plan: &Plan) -> Option<(Date, Option<i64>)> {
    let asked = |id: &str| {
        guide
            .question(id)
            .map(|r| r.question)
            .filter(|q| progress::applies(plan, q))
            .and_then(|q| plan.answer(&q.id))
    };
    let Some(Answer::Date(start)) = asked(EVALUATION_DATE) else {
        return None;
    };
    let years = match asked(EVALUATION_INTERVAL) {
        Some(Answer::Number(n)) if *n > 0 => Some(*n),
        _ => None,
    };
    Some((*start, years))
}

/// "Label antwoord" lines for the fields of an agreement other than its
/// name and date, which are already the event's summary and start.
fn describe(
    guide: &Guide,
    plan: &Plan,
    item: &Item,
    fields: &[Question],
    title_field: &str,
) -> Vec<String> {
    fields
        .iter()
        .filter(|f| f.id != title_field && f.id != FIRST_DATE)
        .filter(|f| progress::field_applies(Some(&item.fields), f))
        .filter_map(|f| {
            let value = answer_text(guide, plan, f, item.fields.get(&f.id))?;
            let label = f.label.trim();
            let sep = if label.ends_with(['?', ':']) {
                " "
            } else {
                ": "
            };
            Some(format!("{label}{sep}{value}"))
        })
        .collect()
}

fn event(
    uid: &str,
    stamp: &str,
    start: Date,
    every: Option<Every>,
    summary: &str,
    lines: &[String],
) -> Event {
    let mut e = Event::new();
    e.uid(uid)
        .add_property("DTSTAMP", stamp)
        .append_property(date_property("DTSTART", start))
        .summary(&clean(summary))
        .description(&clean(&lines.join("\n")))
        // A reminder of a report, not a meeting: it should not block time.
        .add_property("TRANSP", "TRANSPARENT");
    if let Ok(end) = start.tomorrow() {
        e.append_property(date_property("DTEND", end));
    }
    if let Some(every) = every {
        e.add_property("RRULE", rrule(start, every));
    }
    e.done()
}

fn date_property(key: &str, date: Date) -> Property {
    Property::new(key, date.strftime("%Y%m%d").to_string())
        .add_parameter("VALUE", "DATE")
        .done()
}

/// The recurrence rule for a moment starting on `start`. A start late in
/// the month (29-31) falls on the month's last day in shorter months, the
/// way a person would read "every quarter from 31 January", instead of
/// being skipped in those months as a bare rule would.
pub(crate) fn rrule(start: Date, every: Every) -> String {
    let day = start.day();
    match every {
        Every::Months(n) => {
            let mut rule = format!("FREQ=MONTHLY;INTERVAL={n}");
            if day > 28 {
                rule.push_str(&format!(";BYMONTHDAY={day},-1;BYSETPOS=1"));
            }
            rule
        }
        Every::Years(n) => {
            let mut rule = "FREQ=YEARLY".to_string();
            if n > 1 {
                rule.push_str(&format!(";INTERVAL={n}"));
            }
            if start.month() == 2 && day == 29 {
                rule.push_str(";BYMONTH=2;BYMONTHDAY=29,-1;BYSETPOS=1");
            }
            rule
        }
    }
}

/// TEXT values may hold neither carriage returns nor other control
/// characters (RFC 5545, 3.3.11); newlines and tabs stay.
fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// TEXT escaping of RFC 5545, 3.3.11, for the properties the crate leaves
/// alone.
fn escape_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().expect("date")
    }

    #[test]
    fn rules_for_every_frequency() {
        assert_eq!(
            rrule(d("2027-01-15"), Every::Months(3)),
            "FREQ=MONTHLY;INTERVAL=3"
        );
        assert_eq!(
            rrule(d("2027-01-15"), Every::Months(6)),
            "FREQ=MONTHLY;INTERVAL=6"
        );
        assert_eq!(rrule(d("2027-01-15"), Every::Years(1)), "FREQ=YEARLY");
        assert_eq!(
            rrule(d("2027-01-15"), Every::Years(4)),
            "FREQ=YEARLY;INTERVAL=4"
        );
    }

    #[test]
    fn late_days_fall_back_to_the_last_day_of_short_months() {
        assert_eq!(
            rrule(d("2027-01-31"), Every::Months(3)),
            "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=31,-1;BYSETPOS=1"
        );
        assert_eq!(
            rrule(d("2028-02-29"), Every::Years(1)),
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29,-1;BYSETPOS=1"
        );
        assert_eq!(
            rrule(d("2027-03-29"), Every::Years(1)),
            "FREQ=YEARLY",
            "29 March exists every year"
        );
    }

    #[test]
    fn frequencies_from_the_guide_choices() {
        assert_eq!(Every::from_choice("kwartaal"), Some(Every::Months(3)));
        assert_eq!(Every::from_choice("halfjaar"), Some(Every::Months(6)));
        assert_eq!(Every::from_choice("jaar"), Some(Every::Years(1)));
        assert_eq!(Every::from_choice("anders"), None);
    }

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn the_calendar_name_is_escaped_once() {
        let guide = crate::guide::load_embedded().expect("guide");
        let plan = Plan::new("Wonen, zorg; en\\meer", jiff::Timestamp::UNIX_EPOCH);
        let text = render(&guide, &plan).text;
        assert!(
            text.contains("\r\nNAME:Samenwerkwijzer: Wonen\\, zorg\\; en\\\\meer\r\n"),
            "{text}"
        );
        assert!(
            text.contains("\r\nX-WR-CALNAME:Samenwerkwijzer: Wonen\\, zorg\\; en\\\\meer\r\n"),
            "{text}"
        );
    }

    #[test]
    fn clean_drops_control_characters() {
        assert_eq!(clean("a\r\nb\rc\u{0}d\te\u{7}"), "a\nb\ncd\te");
    }
}
