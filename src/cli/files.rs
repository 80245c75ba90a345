//! The commands that work on plan files without the terminal interface:
//! `export`, `validate` and `diff`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::check::{Severity, check};
use crate::export::{self, Extras, Format};
use crate::guide::Guide;
use crate::plan::{MAX_PLAN_BYTES, Plan};
use crate::present::lower_first;
use crate::store::{DataDir, Library, is_path_like, read_bounded};
use crate::text::describe_load_error;

use super::output::{line, note, out, out_bytes};

/// The format: as asked, else from the extension of the output file, else
/// Markdown.
fn pick_format(asked: Option<Format>, output: Option<&Path>) -> Format {
    asked
        .or_else(|| {
            output
                .and_then(Path::extension)
                .and_then(|e| Format::from_extension(&e.to_string_lossy()))
        })
        .unwrap_or(Format::Markdown)
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
    let hint = if name == "voorbeeld" {
        "Het voorbeeldplan zet u klaar met: samenwerkwijzer example"
    } else {
        "Welke plannen er zijn, ziet u met: samenwerkwijzer list"
    };
    let mut message = format!("plan \"{name}\" niet gevonden. {hint}");
    if !is_path_like(name) && Path::new(name).exists() {
        message.push_str(&format!(
            ". Bedoelt u het bestand {name} in deze map? Schrijf dan ./{name}"
        ));
    }
    message
}

pub(super) fn load(guide: &Guide, path: &Path) -> Result<Plan, String> {
    crate::store::load(path, guide)
        .map(|loaded| loaded.plan)
        .map_err(|e| format!("{}: {}", path.display(), describe_load_error(&e)))
}

/// What `export` was asked for on the command line.
pub struct ExportArgs<'a> {
    pub plan: Option<&'a str>,
    pub format: Option<Format>,
    /// `-o`: a file, or `-` for standard output.
    pub output: Option<&'a Path>,
    /// `--force`: replace an existing file (never a plan).
    pub force: bool,
    /// `--all`: open questions in place instead of under "Nog open".
    pub all_questions: bool,
    /// `--gemeente`: filled in on a worksheet.
    pub gemeente: Option<&'a str>,
    /// `--case`: a workshop case printed with the worksheet.
    pub case: Option<&'a str>,
}

pub fn export(guide: &Guide, data_dir: Option<&PathBuf>, args: &ExportArgs) -> Result<(), String> {
    let plan = args.plan;
    // `-o -` is standard output, like no `-o` at all.
    let output = args.output.filter(|p| p.as_os_str() != "-");
    let format = pick_format(args.format, output);
    refuse_binary_on_a_terminal(format, output, plan, std::io::stdout().is_terminal())?;
    let mut extras = Extras {
        all_questions: args.all_questions,
        ..Extras::default()
    };
    if let Some(case) = args.case {
        if format.needs_plan() {
            return Err(
                "--case hoort bij een werkblad: gebruik --format worksheet of worksheet-md"
                    .to_string(),
            );
        }
        let found = crate::workshop::case::find(guide, None, case)
            .map_err(|e| crate::workshop::describe_error(&e))?;
        extras.worksheet = crate::workshop::handout::sheet_heading(&found.case, guide);
    }
    if let Some(gemeente) = args.gemeente {
        extras.worksheet.gemeente = gemeente.to_string();
    }
    let exported = match (format.needs_plan(), plan) {
        (false, _) => export::export(
            guide,
            &Plan::new("", jiff::Timestamp::UNIX_EPOCH),
            format,
            &extras,
        ),
        (true, None) => {
            return Err(
                "geef het plan op dat u wilt exporteren, of kies --format worksheet voor een \
                 leeg werkblad"
                    .to_string(),
            );
        }
        (true, Some(name)) => {
            let path = resolve(guide, data_dir, name)?;
            let plan = load(guide, &path)?;
            extras.tz = crate::store::system_time_zone();
            extras.report = export::Report::from_advice(guide, &plan);
            export::export(guide, &plan, format, &extras)
        }
    };
    if plan.is_some() && !format.needs_plan() {
        note("Let op: een werkblad is altijd leeg; het plan wordt niet gebruikt.");
    }
    // Nothing to export (an agenda without dates) writes no file (W21).
    let exported = exported.map_err(|e| lower_first(&e.reason))?;
    for n in &exported.notes {
        note(n);
    }
    write_output(&exported, output, args.force, data_dir)
}

/// Where the bytes go: standard output (text with its control characters
/// neutralised, Word as it is), or a file under the store's export rule:
/// never a plan, never the app's own folders, no special files, an
/// existing file only with `--force`.
fn write_output(
    exported: &export::Export,
    output: Option<&Path>,
    force: bool,
    data_dir: Option<&PathBuf>,
) -> Result<(), String> {
    let Some(path) = output else {
        return match exported.as_text() {
            Some(text) => out(text),
            None => out_bytes(exported.bytes()),
        };
    };
    let data = DataDir::resolve(data_dir.cloned());
    crate::store::write_export(path, exported.bytes(), force, data.as_ref())
        .map_err(|e| format!("niet geëxporteerd: {e}"))?;
    line(&format!("Geëxporteerd naar {}.", path.display()))
}

/// A Word file printed on a terminal is garbage on the screen (and may
/// upset the terminal): without `-o` it may only go to a pipe or a file.
fn refuse_binary_on_a_terminal(
    format: Format,
    output: Option<&Path>,
    plan: Option<&str>,
    stdout_is_terminal: bool,
) -> Result<(), String> {
    if format.is_binary() && output.is_none() && stdout_is_terminal {
        let stem = plan
            .map(Path::new)
            .and_then(Path::file_stem)
            .map_or_else(|| "plan".to_string(), |s| s.to_string_lossy().into_owned());
        return Err(format!(
            "een Word-bestand kan niet op het scherm; geef een bestand op met -o, bijvoorbeeld \
             -o {}",
            format.file_name(&stem)
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
        assert_eq!(pick_format(None, out("a.docx").as_deref()), Format::Docx);
        assert_eq!(pick_format(None, out("a.md").as_deref()), Format::Markdown);
        assert_eq!(
            pick_format(Some(Format::WorksheetMarkdown), out("a.html").as_deref()),
            Format::WorksheetMarkdown
        );
    }

    #[test]
    fn word_never_goes_to_a_terminal() {
        let docx = Format::Docx;
        let refused = refuse_binary_on_a_terminal(docx, None, Some("plans/warmte.ron"), true);
        assert_eq!(
            refused,
            Err(
                "een Word-bestand kan niet op het scherm; geef een bestand op met -o, \
                 bijvoorbeeld -o warmte.docx"
                    .to_string()
            )
        );
        assert!(refuse_binary_on_a_terminal(docx, None, Some("warmte"), false).is_ok());
        let file = Path::new("warmte.docx");
        assert!(refuse_binary_on_a_terminal(docx, Some(file), Some("warmte"), true).is_ok());
        assert!(refuse_binary_on_a_terminal(Format::Html, None, Some("warmte"), true).is_ok());
    }
}
