//! `samenwerkwijzer workshop compare DIR|FILE... [-f md|html] [-o FILE]
//! [--names]`: the room's plans side by side. Without `-f` (and without
//! `-o`) the projector screen; otherwise a report.

use crate::session::FrontEnd;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::output::{note, out};
use crate::compare::{self, CaseInfo, Comparison, Gathered, Options, words};
use crate::guide::Guide;
use crate::store::DataDir;
use crate::workshop;

#[derive(Debug, Clone, Args)]
pub struct CompareArgs {
    /// Mappen met ingeleverde plannen (ook de map van de workshop), of planbestanden
    #[arg(required = true, value_name = "MAP|BESTAND")]
    pub paths: Vec<PathBuf>,
    /// md of html: een rapport in plaats van het scherm voor de beamer. Zonder deze
    /// optie volgt de soort de extensie van -o
    #[arg(
        short,
        long,
        value_enum,
        value_name = "SOORT",
        hide_possible_values = true
    )]
    pub format: Option<ReportFormat>,
    /// Schrijf het rapport naar BESTAND in plaats van naar het scherm
    #[arg(short, long, value_name = "BESTAND")]
    pub output: Option<PathBuf>,
    /// Overschrijf BESTAND als het al bestaat (een plan nooit)
    #[arg(long)]
    pub force: bool,
    /// Toon titels, auteurs, gemeente, fractie en bestandsnamen (standaard anoniem)
    #[arg(long)]
    pub names: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Het rapport als Markdown
    Md,
    /// Het rapport als HTML-pagina, ook om af te drukken
    Html,
}

pub const COMPARE_HELP: &str = "\
Zonder -f en -o verschijnt de vergelijking op het scherm, voor de beamer: één punt van de
gespreksagenda per scherm, met de antwoorden verborgen tot u op de spatiebalk drukt.

Regel voor regel (--plain, of TERM=dumb) komt de vergelijking als tekst, zoals met -f md.

De groepen heten Groep A, B, C …; namen, titels, gemeente en fractie staan er alleen bij met
--names. Bestanden die geen plan zijn, beschadigd zijn, dubbel zijn of bij een andere casus
horen, worden genoemd en overgeslagen. Niets wordt veranderd.

Voorbeelden:
  samenwerkwijzer workshop compare training                      op het scherm (de beamer)
  samenwerkwijzer workshop compare training -o verschil.html     als webpagina
  samenwerkwijzer workshop compare usb/plannen -f md             als tekst, op het scherm";

/// Run the command. `data_dir`: the app's folder, which a report is
/// never written into. `lines`: line by line (`--plain`, `TERM=dumb`), where
/// the projector's screen cannot be read; the report comes as text instead.
pub fn run(
    guide: &Guide,
    args: &CompareArgs,
    data_dir: Option<&PathBuf>,
    front: FrontEnd,
) -> Result<(), String> {
    let lines = front == FrontEnd::Lines;
    let report =
        pick_format(args.format, args.output.as_deref()).or(lines.then_some(ReportFormat::Md));
    if let Some(out) = &args.output {
        refuse_plan_name(out)?;
    }
    if report.is_none() && !std::io::stdout().is_terminal() {
        return Err(
            "het scherm voor de beamer heeft een terminal nodig; kies een rapport met -f md \
             of -f html"
                .to_string(),
        );
    }
    let gathered = compare::gather(&args.paths, guide);
    let data = DataDir::resolve(data_dir.cloned());
    let case = case_of(guide, &gathered, data.as_ref());
    let comparison = compare::compare(
        guide,
        gathered,
        case.as_ref(),
        Options { names: args.names },
    );
    if comparison.groups.is_empty() {
        print_skipped(&comparison);
        return Err(format!(
            "geen plannen om te vergelijken in {}",
            args.paths
                .iter()
                .map(|p| compare::load::shown(p))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    match report {
        Some(format) => {
            let text = match format {
                ReportFormat::Md => compare::report::markdown(&comparison),
                ReportFormat::Html => compare::report::html(&comparison),
            };
            match &args.output {
                None => out(&text)?,
                Some(path) => {
                    // The export's writer rule: never over a plan or into
                    // the app's folders, an existing file only with --force.
                    crate::store::write_export(path, text.as_bytes(), args.force, data.as_ref())
                        .map_err(|e| format!("geen rapport geschreven: {e}"))?;
                    note(&format!(
                        "Het rapport staat in {}.",
                        compare::load::shown(path)
                    ));
                }
            }
            summary(&comparison);
            Ok(())
        }
        None => {
            let ended = compare::view::run(&comparison, front.colours())
                .map_err(|e| format!("terminalfout: {e}"))?;
            print_skipped(&comparison);
            match ended {
                compare::view::Ended::Quit => Ok(()),
                compare::view::Ended::Signal(n) => Err(format!("gestopt door signaal {n}")),
            }
        }
    }
}

/// The case the plans are compared against, with its title and debrief
/// points: the workshop's own (`casus.ron` beside `workshop.ron`) when a
/// folder given is a workshop folder; else the case most plans were
/// started from, as the data folder keeps it for a group that joined on
/// this computer, or as built in. `None` when no plan names a case.
pub fn case_of(guide: &Guide, gathered: &Gathered, data: Option<&DataDir>) -> Option<CaseInfo> {
    for dir in &gathered.workshops {
        match workshop::folder::open(dir, guide) {
            Ok(folder) => return Some(CaseInfo::from(&folder.case.case)),
            // A hand-edited workshop.ron that no longer reads must not
            // stand in the way of the debrief: say so, and go by the plans.
            Err(e) => {
                note(&workshop::describe_error(&e));
                note(&format!(
                    "De casus voor de vergelijking volgt daarom uit de plannen. Controleer de \
                     workshop met: samenwerkwijzer workshop check {}",
                    compare::load::shown(dir)
                ));
            }
        }
    }
    let id = compare::groups::most_common_case(&gathered.plans)?;
    let found = match data {
        Some(data) => workshop::case::case_for_plan(guide, data, &id),
        None => workshop::case::find(guide, None, &id).ok(),
    };
    Some(found.map_or_else(
        || CaseInfo {
            id: id.clone(),
            ..CaseInfo::default()
        },
        |loaded| CaseInfo::from(&loaded.case),
    ))
}

/// The report's format: as asked, else from the extension of `-o`, else
/// none (the screen).
fn pick_format(asked: Option<ReportFormat>, output: Option<&Path>) -> Option<ReportFormat> {
    if asked.is_some() {
        return asked;
    }
    let ext = output?
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    match ext.as_deref() {
        Some("html" | "htm") => Some(ReportFormat::Html),
        _ => Some(ReportFormat::Md),
    }
}

/// A report is never written over a plan.
fn refuse_plan_name(out: &Path) -> Result<(), String> {
    if out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        return Err(format!(
            "{} lijkt een plan (.ron); kies een andere naam voor het rapport",
            compare::load::shown(out)
        ));
    }
    Ok(())
}

/// One line on the terminal after a report: how many were compared.
fn summary(c: &Comparison) {
    let mut text = format!("Vergeleken: {}.", words::groups(c.groups.len()));
    if !c.skipped.is_empty() {
        let n = c.skipped.len();
        let files = if n == 1 {
            "1 bestand".to_string()
        } else {
            format!("{n} bestanden")
        };
        text.push_str(&format!(" Niet meegenomen: {files} (zie het rapport)."));
    }
    note(&text);
}

/// The files not compared, with the reason, for the trainer's terminal.
fn print_skipped(c: &Comparison) {
    if c.skipped.is_empty() {
        return;
    }
    note("Niet meegenomen:");
    for s in &c.skipped {
        note(&format!(
            "  {}: {}",
            words::one_line(&s.file),
            words::skip_reason(&s.reason, c.names)
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_follows_the_flag_then_the_extension() {
        let out = |s: &str| Some(PathBuf::from(s));
        assert_eq!(pick_format(None, None), None);
        assert_eq!(
            pick_format(None, out("a.HTML").as_deref()),
            Some(ReportFormat::Html)
        );
        assert_eq!(
            pick_format(None, out("a.txt").as_deref()),
            Some(ReportFormat::Md)
        );
        assert_eq!(
            pick_format(Some(ReportFormat::Md), out("a.html").as_deref()),
            Some(ReportFormat::Md)
        );
        assert!(refuse_plan_name(Path::new("x.RON")).is_err());
    }
}
