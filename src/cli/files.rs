//! The commands that work on plan files without the terminal interface:
//! `export`, `validate` and `diff`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use crate::check::{Severity, check};
use crate::export::{self, Export, Extras, Format};
use crate::guide::Guide;
use crate::plan::Plan;
use crate::present::lower_first;
use crate::store::{DataDir, Library};
use crate::text::describe_load_error;

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

/// A plan named on the command line: a path to a file, or a name or file
/// name in the plans folder (as `open` takes it).
pub(super) fn resolve(
    guide: &Guide,
    data_dir: Option<&PathBuf>,
    name: &str,
) -> Result<PathBuf, String> {
    let as_path = PathBuf::from(name);
    if as_path.is_file() {
        return Ok(as_path);
    }
    DataDir::resolve(data_dir.cloned())
        .and_then(|data| Library::new(data).resolve(name, guide))
        .ok_or_else(|| format!("plan \"{name}\" niet gevonden; zie `samenwerkwijzer list`"))
}

pub(super) fn load(guide: &Guide, path: &Path) -> Result<Plan, String> {
    crate::store::load(path, guide)
        .map(|loaded| loaded.plan)
        .map_err(|e| format!("{}: {}", path.display(), describe_load_error(&e)))
}

pub fn export(
    guide: &Guide,
    data_dir: Option<&PathBuf>,
    plan: Option<&str>,
    format: Option<FormatArg>,
    output: Option<&Path>,
    case: Option<&str>,
) -> Result<(), String> {
    let format = pick_format(format, output);
    let exported = match (format, plan, case) {
        (Format::Worksheet | Format::WorksheetMarkdown, _, Some(case)) => {
            let markdown = format == Format::WorksheetMarkdown;
            worksheet(super::workshop::case_worksheet(guide, case, markdown)?)
        }
        (_, _, Some(_)) => {
            return Err(
                "--case hoort bij een werkblad: gebruik --format worksheet of worksheet-md"
                    .to_string(),
            );
        }
        (Format::Worksheet, _, None) => worksheet(export::worksheet_html(guide)),
        (Format::WorksheetMarkdown, _, None) => worksheet(export::worksheet_markdown(guide)),
        (_, None, None) => {
            return Err(
                "geef het plan op dat u wilt exporteren, of kies --format worksheet voor een \
                 leeg werkblad"
                    .to_string(),
            );
        }
        (_, Some(name), None) => {
            let path = resolve(guide, data_dir, name)?;
            if let Some(out) = output {
                refuse_overwriting_plan(&path, out)?;
            }
            let plan = load(guide, &path)?;
            let extras = Extras {
                tz: jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC),
                report: export::Report::from_advice(guide, &plan),
            };
            export::export(guide, &plan, format, &extras)
        }
    };
    if plan.is_some() && !format.needs_plan() {
        eprintln!("Let op: een werkblad is altijd leeg; het plan wordt niet gebruikt.");
    }
    for note in &exported.notes {
        eprintln!("{note}");
    }
    match output {
        None => emit(&exported.text),
        Some(out) => {
            crate::store::write_atomic(out, exported.text.as_bytes())
                .map_err(|e| format!("kan {} niet schrijven: {e}", out.display()))?;
            emit(&format!("Geëxporteerd naar {}.\n", out.display()))
        }
    }
}

/// Write to standard output. A reader that stops early (`| head`) is not
/// an error; print! would panic there.
pub(super) fn emit(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("kan niet naar het scherm schrijven: {e}"))
        }
        _ => Ok(()),
    }
}

fn worksheet(text: String) -> Export {
    Export {
        text,
        notes: Vec::new(),
    }
}

/// An export must never replace a plan: not the one exported, and no
/// other `.ron` file.
fn refuse_overwriting_plan(plan: &Path, out: &Path) -> Result<(), String> {
    let same = match (plan.canonicalize(), out.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same
        || out
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        return Err(format!(
            "{} is een plan of lijkt erop (.ron); kies een andere naam voor de export",
            out.display()
        ));
    }
    Ok(())
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
            eprintln!("{name}: {}", lower_first(&describe_load_error(&e)));
            return false;
        }
    };
    // The text again, only to point at lines; the plan parsed, so it is
    // readable and within the size limit.
    let text = std::fs::read_to_string(file).unwrap_or_default();
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
                eprintln!("{name}: {place}{}.", issue.message);
            }
            Severity::Remark => {
                let _ = emit(&format!("{name}: {place}opmerking: {}.\n", issue.message));
            }
        }
    }
    if valid {
        let _ = emit(&format!("{name}: in orde.\n"));
    }
    valid
}

pub fn diff(guide: &Guide, data_dir: Option<&PathBuf>, old: &str, new: &str) -> Result<(), String> {
    let old = load(guide, &resolve(guide, data_dir, old)?)?;
    let new = load(guide, &resolve(guide, data_dir, new)?)?;
    let changes = crate::diff::diff(guide, &old, &new);
    emit(&crate::diff::render(guide, &changes))
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

    #[test]
    fn exports_never_replace_a_plan() {
        let dir = tempfile::tempdir().expect("tempdir");
        let plan = dir.path().join("plan.ron");
        std::fs::write(&plan, "x").expect("write");
        assert!(refuse_overwriting_plan(&plan, &plan).is_err());
        assert!(refuse_overwriting_plan(&plan, &dir.path().join("ander.RON")).is_err());
        assert!(refuse_overwriting_plan(&plan, &dir.path().join("plan.html")).is_ok());
    }
}
