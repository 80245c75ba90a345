//! The commands that work on plan files without the terminal interface:
//! `export`, `validate` and `diff`.

use std::path::{Path, PathBuf};

use clap::ValueEnum;

use crate::check::{Severity, check};
use crate::export::{self, Export, Extras, Format};
use crate::guide::Guide;
use crate::plan::{MAX_PLAN_BYTES, Plan};
use crate::present::lower_first;
use crate::store::{DataDir, Library, is_path_like, read_bounded};
use crate::text::describe_load_error;

use super::output::{line, note, out};

/// `--format` as typed; Dutch names are accepted too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Het plan als Markdown
    Md,
    /// Het plan als HTML-pagina, ook om af te drukken
    Html,
    /// De momenten van stap 4 als agenda (iCalendar)
    #[value(alias = "agenda")]
    Ics,
    /// Een leeg werkblad om op papier in te vullen (HTML)
    #[value(alias = "werkblad")]
    Worksheet,
    /// Een leeg werkblad als Markdown
    #[value(name = "worksheet-md", alias = "werkblad-md")]
    WorksheetMd,
}

impl FormatArg {
    fn format(self) -> Format {
        match self {
            FormatArg::Md => Format::Markdown,
            FormatArg::Html => Format::Html,
            FormatArg::Ics => Format::Calendar,
            FormatArg::Worksheet => Format::Worksheet,
            FormatArg::WorksheetMd => Format::WorksheetMarkdown,
        }
    }
}

/// The format: as asked, else from the extension of the output file, else
/// Markdown.
fn pick_format(asked: Option<FormatArg>, output: Option<&Path>) -> Format {
    if let Some(f) = asked {
        return f.format();
    }
    let ext = output
        .and_then(Path::extension)
        .map(|e| e.to_string_lossy().to_lowercase());
    match ext.as_deref() {
        Some("html" | "htm") => Format::Html,
        Some("ics") => Format::Calendar,
        _ => Format::Markdown,
    }
}

/// A plan named on the command line, as `open` takes it: a name, file name
/// or title in the plans folder, or a path when it has a folder in it or
/// ends in `.ron` ([`is_path_like`]).
pub fn resolve(guide: &Guide, data_dir: Option<&PathBuf>, name: &str) -> Result<PathBuf, String> {
    let library = DataDir::resolve(data_dir.cloned()).map(Library::new);
    if let Some(found) = library.as_ref().and_then(|l| l.resolve(name, guide)) {
        return Ok(found);
    }
    if is_path_like(name) && std::fs::symlink_metadata(name).is_ok() {
        return Ok(PathBuf::from(name));
    }
    Err(not_found(name))
}

/// "Not found", with a hint when a file of that name is right here.
pub fn not_found(name: &str) -> String {
    let mut message = format!("plan \"{name}\" niet gevonden; zie `samenwerkwijzer list`");
    if !is_path_like(name) && Path::new(name).exists() {
        message.push_str(&format!(
            ". Bedoelt u het bestand {name} in deze map? Schrijf dan ./{name}"
        ));
    }
    message
}

fn load(guide: &Guide, path: &Path) -> Result<Plan, String> {
    crate::store::load(path, guide)
        .map(|loaded| loaded.plan)
        .map_err(|e| format!("{}: {}", path.display(), describe_load_error(&e)))
}

/// Where `export` puts its result: the screen, or a file.
pub struct Output<'a> {
    /// `None` or `-`: standard output.
    pub path: Option<&'a Path>,
    /// Replace an existing file (never a plan).
    pub force: bool,
}

impl Output<'_> {
    fn file(&self) -> Option<&Path> {
        self.path.filter(|p| p.as_os_str() != "-")
    }
}

pub fn export(
    guide: &Guide,
    data_dir: Option<&PathBuf>,
    plan: Option<&str>,
    format: Option<FormatArg>,
    output: Output,
) -> Result<(), String> {
    let format = pick_format(format, output.file());
    let exported = match (format, plan) {
        (Format::Worksheet, _) => worksheet(export::worksheet_html(guide)),
        (Format::WorksheetMarkdown, _) => worksheet(export::worksheet_markdown(guide)),
        (_, None) => {
            return Err(
                "geef het plan op dat u wilt exporteren, of kies --format worksheet voor een \
                 leeg werkblad"
                    .to_string(),
            );
        }
        (_, Some(name)) => {
            let path = resolve(guide, data_dir, name)?;
            let plan = load(guide, &path)?;
            let extras = Extras {
                tz: jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC),
                report: export::Report::from_advice(guide, &plan),
            };
            export::export(guide, &plan, format, &extras)
        }
    };
    if plan.is_some() && !format.needs_plan() {
        note("Let op: een werkblad is altijd leeg; het plan wordt niet gebruikt.");
    }
    for n in &exported.notes {
        note(n);
    }
    write_output(&output, data_dir, &exported.text)
}

/// Where the bytes go: standard output, or a file under the export rule
/// of the store (never a plan, never the data folder, no special files,
/// an existing file only with `--force`).
fn write_output(output: &Output, data_dir: Option<&PathBuf>, text: &str) -> Result<(), String> {
    let Some(path) = output.file() else {
        return out(text);
    };
    let data = DataDir::resolve(data_dir.cloned());
    crate::store::write_export(path, text.as_bytes(), output.force, data.as_ref())
        .map_err(|e| format!("niet geëxporteerd: {e}"))?;
    line(&format!("Geëxporteerd naar {}.", path.display()))
}

fn worksheet(text: String) -> Export {
    Export {
        text,
        notes: Vec::new(),
    }
}

/// Check each file; `Err` with a summary when one or more are not valid.
pub fn validate(guide: &Guide, files: &[PathBuf]) -> Result<(), String> {
    let mut bad = 0;
    for file in files {
        if !validate_one(guide, file) {
            bad += 1;
        }
    }
    match bad {
        0 => Ok(()),
        1 if files.len() == 1 => Err(format!("{} is geen geldig plan.", files[0].display())),
        1 => Err(format!(
            "1 van de {} bestanden is geen geldig plan.",
            files.len()
        )),
        n => Err(format!(
            "{n} van de {} bestanden zijn geen geldig plan.",
            files.len()
        )),
    }
}

/// Report on one file; true when it is a valid plan.
fn validate_one(guide: &Guide, file: &Path) -> bool {
    let name = file.display();
    let plan = match crate::store::load(file, guide) {
        Ok(loaded) => loaded.plan,
        Err(e) => {
            note(&format!(
                "{name}: {}",
                lower_first(&describe_load_error(&e))
            ));
            return false;
        }
    };
    // The text again, only to point at lines (same reader, same limit).
    let text = read_bounded(file, MAX_PLAN_BYTES as u64)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let issues = check(guide, &plan);
    let mut valid = true;
    for issue in &issues {
        let place = issue
            .locate(&text)
            .map(|(line, col)| format!("regel {line}, kolom {col}: "))
            .unwrap_or_default();
        match issue.severity {
            Severity::Problem => {
                valid = false;
                note(&format!("{name}: {place}{}.", issue.message));
            }
            Severity::Remark => {
                let _ = line(&format!("{name}: {place}opmerking: {}.", issue.message));
            }
        }
    }
    if valid {
        let _ = line(&format!("{name}: in orde."));
    }
    valid
}

pub fn diff(guide: &Guide, data_dir: Option<&PathBuf>, old: &str, new: &str) -> Result<(), String> {
    let old = load(guide, &resolve(guide, data_dir, old)?)?;
    let new = load(guide, &resolve(guide, data_dir, new)?)?;
    let changes = crate::diff::diff(guide, &old, &new);
    out(&crate::diff::render(guide, &changes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_follows_the_flag_then_the_extension() {
        let out = |s: &str| Some(PathBuf::from(s));
        assert_eq!(pick_format(None, None), Format::Markdown);
        assert_eq!(pick_format(None, out("a.HTML").as_deref()), Format::Html);
        assert_eq!(pick_format(None, out("a.ics").as_deref()), Format::Calendar);
        assert_eq!(pick_format(None, out("a.txt").as_deref()), Format::Markdown);
        assert_eq!(
            pick_format(Some(FormatArg::WorksheetMd), out("a.html").as_deref()),
            Format::WorksheetMarkdown
        );
    }
}
