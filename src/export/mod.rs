//! Exports for people who do not run the app: the plan as Markdown or as
//! one HTML file, the blank guide as a worksheet (HTML or Markdown), and the
//! monitoring moments as an iCalendar file.
//!
//! Every function here is pure: guide and plan in, text out. Writing the
//! text to a file is the caller's job (the CLI uses
//! [`crate::store::write_atomic`]).

mod calendar;
mod doc;
mod from_advice;
mod html;
mod markdown;
mod report;
mod worksheet;

use jiff::tz::TimeZone;

use crate::guide::Guide;
use crate::plan::Plan;

pub use report::{Finding, FormNote, Level, RaadMoment, Report, ScanLine};
pub use worksheet::{CaseSheet, CaseSheetStep};

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The plan as Markdown.
    Markdown,
    /// The plan as one self-contained HTML file, printable on A4.
    Html,
    /// The blank guide as printable HTML, for paper workshops.
    Worksheet,
    /// The blank guide as Markdown.
    WorksheetMarkdown,
    /// The monitoring and evaluation moments as iCalendar.
    Calendar,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Markdown,
        Format::Html,
        Format::Worksheet,
        Format::WorksheetMarkdown,
        Format::Calendar,
    ];

    /// The file extension, without a dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown | Format::WorksheetMarkdown => "md",
            Format::Html | Format::Worksheet => "html",
            Format::Calendar => "ics",
        }
    }

    /// Does this format show the answers of a plan? The worksheets are
    /// made from the guide alone.
    pub fn needs_plan(self) -> bool {
        !matches!(self, Format::Worksheet | Format::WorksheetMarkdown)
    }

    /// A file name for the export of a plan saved as `stem.ron`, e.g.
    /// `warmte.html`, `warmte.ics`, or `werkblad.html` for a worksheet.
    pub fn file_name(self, stem: &str) -> String {
        let stem = if self.needs_plan() { stem } else { "werkblad" };
        format!("{stem}.{}", self.extension())
    }
}

/// What an export needs besides guide and plan.
#[derive(Debug, Clone)]
pub struct Extras {
    /// Time zone for the "aangemaakt" and "gewijzigd" times.
    pub tz: TimeZone,
    /// Sections from the advice; empty sections are left out.
    pub report: Report,
}

impl Default for Extras {
    fn default() -> Extras {
        Extras {
            tz: TimeZone::UTC,
            report: Report::default(),
        }
    }
}

/// An exported document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub text: String,
    /// Remarks for the user in Dutch, e.g. which monitoring agreements have
    /// no date and so are not in the calendar. Show them beside the
    /// message that says where the file was written.
    pub notes: Vec<String>,
}

/// Export `plan` (ignored by the worksheet formats) as `format`.
pub fn export(guide: &Guide, plan: &Plan, format: Format, extras: &Extras) -> Export {
    let text = match format {
        Format::Markdown => markdown(guide, plan, extras),
        Format::Html => html(guide, plan, extras),
        Format::Worksheet => worksheet_html(guide),
        Format::WorksheetMarkdown => worksheet_markdown(guide),
        Format::Calendar => return calendar(guide, plan),
    };
    Export {
        text,
        notes: Vec::new(),
    }
}

/// The whole plan by step as Markdown.
pub fn markdown(guide: &Guide, plan: &Plan, extras: &Extras) -> String {
    markdown::render(&doc::build(guide, plan, extras))
}

/// The whole plan by step as one self-contained HTML page.
pub fn html(guide: &Guide, plan: &Plan, extras: &Extras) -> String {
    html::render(&doc::build(guide, plan, extras))
}

/// The blank guide as a printable HTML worksheet.
pub fn worksheet_html(guide: &Guide) -> String {
    worksheet::render_html(guide)
}

/// The blank guide as a Markdown worksheet.
pub fn worksheet_markdown(guide: &Guide) -> String {
    worksheet::render_markdown(guide)
}

/// A workshop case and the worksheet together, as printable HTML: the
/// situation first, then each step with what the case gives for it.
pub fn case_worksheet_html(guide: &Guide, case: &CaseSheet) -> String {
    worksheet::render_html_with_case(guide, Some(case))
}

/// A workshop case and the worksheet together, as Markdown.
pub fn case_worksheet_markdown(guide: &Guide, case: &CaseSheet) -> String {
    worksheet::render_markdown_with_case(guide, Some(case))
}

/// The monitoring and evaluation moments of step 4 as iCalendar text
/// (CRLF line ends). A plan without dates gives a valid, empty calendar
/// and a note that says so.
pub fn calendar(guide: &Guide, plan: &Plan) -> Export {
    let out = calendar::render(guide, plan);
    Export {
        text: out.text,
        notes: out.notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_follow_the_format() {
        assert_eq!(Format::Html.file_name("warmte"), "warmte.html");
        assert_eq!(Format::Calendar.file_name("warmte"), "warmte.ics");
        assert_eq!(Format::Markdown.file_name("warmte"), "warmte.md");
        assert_eq!(Format::Worksheet.file_name("warmte"), "werkblad.html");
        assert_eq!(Format::WorksheetMarkdown.file_name("x"), "werkblad.md");
    }
}
