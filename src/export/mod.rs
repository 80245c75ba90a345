//! Exports for people who do not run the app: the plan as a notitie in
//! Markdown, HTML or Word, the blank guide as a worksheet (HTML or
//! Markdown), and the monitoring moments as an iCalendar file.
//!
//! Every function here is pure: guide and plan in, bytes out. Writing them
//! to a file is the caller's job (the CLI uses
//! [`crate::store::write_atomic`]).

mod calendar;
mod docx;
mod from_advice;
pub(crate) mod html;
mod markdown;
mod model;
mod notitie;
mod report;
mod worksheet;

use clap::ValueEnum;
use jiff::tz::TimeZone;

use crate::guide::Guide;
use crate::plan::Plan;

pub use report::{Finding, FormNote, Level, MomentStatus, RaadMoment, Report, ScanLine};
pub use worksheet::{CaseSheet, CaseSheetStep, SheetHeading};

/// What to export. The one list of formats: the command line takes these
/// names (`-f docx`), the app's export dialog offers them in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ValueEnum)]
pub enum Format {
    /// The plan as one self-contained HTML file, printable on A4.
    Html,
    /// The plan as a Word document.
    #[value(alias = "word")]
    Docx,
    /// The plan as Markdown.
    #[value(name = "md", alias = "markdown")]
    Markdown,
    /// The monitoring and evaluation moments as iCalendar.
    #[value(name = "ics", alias = "agenda")]
    Calendar,
    /// The blank guide as printable HTML, for paper workshops.
    #[value(alias = "werkblad")]
    Worksheet,
    /// The blank guide as Markdown.
    #[value(name = "worksheet-md", alias = "werkblad-md")]
    WorksheetMarkdown,
}

impl Format {
    /// Every format, in the order the export dialog shows them.
    pub fn all() -> &'static [Format] {
        Format::value_variants()
    }

    /// The file extension, without a dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown | Format::WorksheetMarkdown => "md",
            Format::Html | Format::Worksheet => "html",
            Format::Docx => "docx",
            Format::Calendar => "ics",
        }
    }

    /// The format a file name asks for by its extension: plan formats
    /// before worksheets (`.md` is the plan, not the worksheet).
    pub fn from_extension(ext: &str) -> Option<Format> {
        let ext = ext.to_lowercase();
        let ext = if ext == "htm" { "html" } else { ext.as_str() };
        Format::all()
            .iter()
            .copied()
            .filter(|f| f.extension() == ext)
            .min_by_key(|f| !f.needs_plan())
    }

    /// Does this format show the answers of a plan? The worksheets are
    /// made from the guide alone.
    pub fn needs_plan(self) -> bool {
        match self {
            Format::Markdown | Format::Html | Format::Docx | Format::Calendar => true,
            Format::Worksheet | Format::WorksheetMarkdown => false,
        }
    }

    /// Is the result binary (not to be printed on a terminal)?
    pub fn is_binary(self) -> bool {
        match self {
            Format::Docx => true,
            Format::Markdown
            | Format::Html
            | Format::Calendar
            | Format::Worksheet
            | Format::WorksheetMarkdown => false,
        }
    }

    /// Does the app's export dialog offer it? The Markdown worksheet is for
    /// trainers who edit it first, on the command line.
    pub fn in_app(self) -> bool {
        match self {
            Format::Html
            | Format::Docx
            | Format::Markdown
            | Format::Calendar
            | Format::Worksheet => true,
            Format::WorksheetMarkdown => false,
        }
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
    /// Time zone for the dates and times in the document.
    pub tz: TimeZone,
    /// Sections from the advice; empty sections are left out.
    pub report: Report,
    /// Show open questions in place (`--all`), instead of once under
    /// "Nog open" at the end.
    pub all_questions: bool,
    /// The title block of a worksheet.
    pub worksheet: SheetHeading,
}

impl Default for Extras {
    fn default() -> Extras {
        Extras {
            tz: TimeZone::UTC,
            report: Report::default(),
            all_questions: false,
            worksheet: SheetHeading::default(),
        }
    }
}

/// An exported document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub body: Body,
    /// Remarks for the user in Dutch, e.g. which monitoring agreements have
    /// no date and so are not in the calendar. Show them beside the
    /// message that says where the file was written.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Text(String),
    /// A file that is not text (Word): never print it on a terminal.
    Binary(Vec<u8>),
}

impl Export {
    fn text(text: String) -> Export {
        Export {
            body: Body::Text(text),
            notes: Vec::new(),
        }
    }

    /// The bytes to write.
    pub fn bytes(&self) -> &[u8] {
        match &self.body {
            Body::Text(t) => t.as_bytes(),
            Body::Binary(b) => b,
        }
    }

    /// The text, for a text format.
    pub fn as_text(&self) -> Option<&str> {
        match &self.body {
            Body::Text(t) => Some(t),
            Body::Binary(_) => None,
        }
    }
}

/// Why nothing was exported, in Dutch, for the user: no file is better
/// than an empty one (W21).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoExport {
    pub reason: String,
}

impl std::fmt::Display for NoExport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

/// Export `plan` (ignored by the worksheet formats) as `format`.
pub fn export(
    guide: &Guide,
    plan: &Plan,
    format: Format,
    extras: &Extras,
) -> Result<Export, NoExport> {
    Ok(match format {
        Format::Markdown => Export::text(markdown(guide, plan, extras)),
        Format::Html => Export::text(html(guide, plan, extras)),
        Format::Docx => Export {
            body: Body::Binary(docx(guide, plan, extras)?),
            notes: Vec::new(),
        },
        Format::Worksheet => Export::text(worksheet_html(guide, &extras.worksheet)),
        Format::WorksheetMarkdown => Export::text(worksheet_markdown(guide, &extras.worksheet)),
        Format::Calendar => return calendar(guide, plan),
    })
}

/// The plan as a notitie in Markdown.
pub fn markdown(guide: &Guide, plan: &Plan, extras: &Extras) -> String {
    markdown::render(&notitie::build(guide, plan, extras))
}

/// The plan as a notitie on one self-contained HTML page.
pub fn html(guide: &Guide, plan: &Plan, extras: &Extras) -> String {
    html::render(&notitie::build(guide, plan, extras))
}

/// The plan as a notitie in a Word document (.docx).
pub fn docx(guide: &Guide, plan: &Plan, extras: &Extras) -> Result<Vec<u8>, NoExport> {
    docx::render(&notitie::build(guide, plan, extras), &plan.meta)
}

/// The blank guide as a printable HTML worksheet.
pub fn worksheet_html(guide: &Guide, heading: &SheetHeading) -> String {
    worksheet::render_html(guide, heading)
}

/// The blank guide as a Markdown worksheet.
pub fn worksheet_markdown(guide: &Guide, heading: &SheetHeading) -> String {
    worksheet::render_markdown(guide, heading)
}

/// The monitoring and evaluation moments of step 4 as iCalendar text
/// (CRLF line ends). A plan without any date gives no calendar but the
/// reason, so no empty file is written.
pub fn calendar(guide: &Guide, plan: &Plan) -> Result<Export, NoExport> {
    let out = calendar::render(guide, plan);
    if out.events == 0 {
        return Err(NoExport {
            reason: crate::text::Doc::CalendarNoDates.get().to_string(),
        });
    }
    Ok(Export {
        body: Body::Text(out.text),
        notes: out.notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_follow_the_format() {
        assert_eq!(Format::Html.file_name("warmte"), "warmte.html");
        assert_eq!(Format::Calendar.file_name("warmte"), "warmte.ics");
        assert_eq!(Format::Markdown.file_name("warmte"), "warmte.md");
        assert_eq!(Format::Docx.file_name("warmte"), "warmte.docx");
        assert_eq!(Format::Worksheet.file_name("warmte"), "werkblad.html");
        assert_eq!(Format::WorksheetMarkdown.file_name("x"), "werkblad.md");
    }

    #[test]
    fn extensions_pick_the_plan_formats() {
        assert_eq!(Format::from_extension("HTM"), Some(Format::Html));
        assert_eq!(Format::from_extension("html"), Some(Format::Html));
        assert_eq!(Format::from_extension("md"), Some(Format::Markdown));
        assert_eq!(Format::from_extension("docx"), Some(Format::Docx));
        assert_eq!(Format::from_extension("ics"), Some(Format::Calendar));
        assert_eq!(Format::from_extension("txt"), None);
    }

    #[test]
    fn the_command_line_names_are_short_and_dutch_aliases_work() {
        let parse = |s: &str| Format::from_str(s, true).ok();
        assert_eq!(parse("md"), Some(Format::Markdown));
        assert_eq!(parse("docx"), Some(Format::Docx));
        assert_eq!(parse("word"), Some(Format::Docx));
        assert_eq!(parse("agenda"), Some(Format::Calendar));
        assert_eq!(parse("werkblad-md"), Some(Format::WorksheetMarkdown));
        assert_eq!(Format::all().len(), 6);
    }
}
