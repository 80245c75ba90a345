//! The command line: `samenwerkwijzer [new|open|list|export|validate|diff|guide]
//! [--data-dir] [--guide]`.

pub mod compare;
mod files;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{ArgAction, Parser, Subcommand};

use crate::guide::{self, Guide};
use crate::present::format_datetime;
use crate::store::{DataDir, Library, Session};
use crate::text::{describe_guide_error, describe_load_error};
use crate::tui::driver::{Driver, summary};
use crate::tui::state::{App, Picker, Screen};

/// A worked example plan, for a first look and for trainers.
pub const EXAMPLE_PLAN: &str = include_str!("../assets/examples/voorbeeld.ron");

const HELP_TEMPLATE: &str = "\
{about}

Gebruik: {usage}

Opdrachten:
{subcommands}

Opties:
{options}

Zonder opdracht opent Samenwerkwijzer het laatst gebruikte plan, of de lijst met plannen.
";

#[derive(Debug, Parser)]
#[command(
    name = "samenwerkwijzer",
    version,
    about = "Samenwerkwijzer: bereid als raadslid stap voor stap een samenwerking voor.",
    help_template = HELP_TEMPLATE,
    override_usage = "samenwerkwijzer [OPTIES] [OPDRACHT]",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Map voor plannen en instellingen (ook: SAMENWERKWIJZER_DATA_DIR)
    #[arg(long, global = true, value_name = "MAP")]
    pub data_dir: Option<PathBuf>,
    /// Gebruik een aangepaste gids (map met guide.ron, of guide.ron zelf)
    #[arg(long, global = true, value_name = "PAD")]
    pub guide: Option<PathBuf>,
    /// Toon deze hulp
    #[arg(short = 'h', long, action = ArgAction::Help, global = true)]
    help: Option<bool>,
    /// Toon het versienummer
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Maak een nieuw plan en open het
    New {
        /// Naam van het plan
        title: Option<String>,
    },
    /// Open een plan op naam, bestandsnaam of pad
    Open {
        /// Naam, bestandsnaam of pad van het plan
        plan: String,
    },
    /// Toon alle plannen met hun voortgang
    List,
    /// Zet het voorbeeldplan (warmtenet in de regio) bij uw plannen en open het
    Example,
    /// Zet een plan om naar HTML, Word, Markdown of een agenda, of maak een leeg werkblad
    #[command(
        help_template = SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer export [PLAN] [--format SOORT] [-o BESTAND]",
        after_help = EXPORT_HELP
    )]
    Export {
        /// Naam, bestandsnaam of pad van het plan (niet nodig voor een werkblad)
        plan: Option<String>,
        /// html, docx (Word), md, ics, worksheet (werkblad in HTML) of worksheet-md
        /// (werkblad in Markdown). Zonder deze optie volgt de soort de extensie van -o,
        /// anders md
        #[arg(
            short,
            long,
            value_enum,
            value_name = "SOORT",
            hide_possible_values = true
        )]
        format: Option<crate::export::Format>,
        /// Schrijf naar BESTAND in plaats van naar het scherm
        #[arg(short, long, value_name = "BESTAND")]
        output: Option<PathBuf>,
        /// Toon ook de vragen die nog open staan, op hun plaats
        #[arg(long)]
        all: bool,
        /// Vul op een werkblad de gemeente al in
        #[arg(long, value_name = "NAAM")]
        gemeente: Option<String>,
    },
    /// Controleer of bestanden geldige plannen zijn
    #[command(
        help_template = SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer validate BESTAND...",
        after_help = "Eindcode: 0 als elk bestand een geldig plan is, anders 1."
    )]
    Validate {
        /// Een of meer planbestanden
        #[arg(required = true, value_name = "BESTAND")]
        files: Vec<PathBuf>,
    },
    /// Toon wat er veranderd is tussen twee versies van een plan
    #[command(
        help_template = SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer diff OUD NIEUW"
    )]
    Diff {
        /// De oude versie: naam, bestandsnaam of pad
        #[arg(value_name = "OUD")]
        old: String,
        /// De nieuwe versie: naam, bestandsnaam of pad
        #[arg(value_name = "NIEUW")]
        new: String,
    },
    /// Werk met de gids: een kopie maken om aan te passen, of controleren
    #[command(subcommand)]
    Guide(GuideCommand),
    /// Voor trainers: workshops voorbereiden, geven en nabespreken
    #[command(subcommand)]
    Workshop(WorkshopCommand),
}

/// The trainer's commands. For now only `compare`; the workshop engineer's
/// `src/cli/workshop.rs` brings the others, and this enum moves there.
#[derive(Debug, Subcommand)]
pub enum WorkshopCommand {
    /// Vergelijk de ingeleverde plannen van de groepen: op het scherm of als rapport
    #[command(
        help_template = SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer workshop compare MAP|BESTAND... [-f md|html] [-o BESTAND] [--names]",
        after_help = compare::COMPARE_HELP
    )]
    Compare(compare::CompareArgs),
}

/// Dutch headings for the help of a subcommand.
const SUB_HELP_TEMPLATE: &str = "\
{about}

Gebruik: {usage}

Argumenten:
{positionals}

Opties:
{options}{after-help}
";

const EXPORT_HELP: &str = "\
Voorbeelden:
  samenwerkwijzer export warmte                  het plan als Markdown, op het scherm
  samenwerkwijzer export warmte -o warmte.html   als HTML-pagina (de soort volgt de extensie)
  samenwerkwijzer export warmte -o warmte.docx   als Word-document, voor de griffie
  samenwerkwijzer export warmte -o warmte.ics    de momenten van stap 4 voor uw agenda
  samenwerkwijzer export -f worksheet -o werkblad.html    een leeg werkblad om af te drukken";

#[derive(Debug, Subcommand)]
pub enum GuideCommand {
    /// Schrijf de ingebouwde gids naar MAP, om die aan te passen
    Copy {
        /// Lege of nieuwe map voor de kopie
        dir: PathBuf,
    },
    /// Controleer de gids (die van --guide, of de ingebouwde)
    Check,
}

/// Run the program; the binary's `main` is just this.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("samenwerkwijzer: {message}");
            ExitCode::FAILURE
        }
    }
}

fn load_guide(path: Option<&PathBuf>) -> Result<Guide, String> {
    let loaded = match path {
        Some(p) => guide::load_dir(p),
        None => guide::load_embedded(),
    };
    loaded.map_err(|e| describe_guide_error(&e))
}

fn run(cli: Cli) -> Result<(), String> {
    if let Some(Command::Guide(GuideCommand::Copy { dir })) = &cli.command {
        return copy_guide(dir);
    }
    let guide = Arc::new(load_guide(cli.guide.as_ref())?);
    if let Some(Command::Guide(GuideCommand::Check)) = &cli.command {
        let questions = guide.questions().count();
        println!(
            "De gids is in orde: {} stappen, {questions} vragen.",
            guide.steps.len()
        );
        return Ok(());
    }
    // The file commands need no data folder when given paths.
    match &cli.command {
        Some(Command::Export {
            plan,
            format,
            output,
            all,
            gemeente,
        }) => {
            let args = files::ExportArgs {
                plan: plan.as_deref(),
                format: *format,
                output: output.as_deref(),
                all_questions: *all,
                gemeente: gemeente.as_deref(),
            };
            return files::export(&guide, cli.data_dir.as_ref(), &args);
        }
        Some(Command::Validate { files: paths }) => return files::validate(&guide, paths),
        Some(Command::Diff { old, new }) => {
            return files::diff(&guide, cli.data_dir.as_ref(), old, new);
        }
        Some(Command::Workshop(WorkshopCommand::Compare(args))) => {
            return compare::run(&guide, args);
        }
        _ => {}
    }
    let data = DataDir::resolve(cli.data_dir.clone())
        .ok_or("geen map voor gegevens gevonden; geef er een op met --data-dir")?;
    let library = Library::new(data.clone());
    match cli.command {
        Some(Command::List) => list(&library, &guide),
        Some(Command::Example) => {
            let plan = crate::plan::from_str(EXAMPLE_PLAN, &guide)
                .map_err(|e| format!("het voorbeeldplan is beschadigd: {e}"))?
                .plan;
            let path = library
                .add("voorbeeld", &plan)
                .map_err(|e| format!("kan het voorbeeldplan niet neerzetten: {e}"))?;
            let mut driver = Driver::new(library);
            let mut app = new_app(guide, &data);
            driver.open(&mut app, &path);
            interactive(app, driver)
        }
        // Handled above, before a data folder is needed.
        Some(Command::Guide(_) | Command::Export { .. } | Command::Workshop(_))
        | Some(Command::Validate { .. } | Command::Diff { .. }) => Ok(()),
        Some(Command::New { title }) => {
            let title =
                title.unwrap_or_else(|| crate::text::Txt::DefaultPlanTitle.get().to_string());
            let mut driver = Driver::new(library);
            let mut app = new_app(guide, &data);
            driver.run_effect(&mut app, crate::tui::update::Effect::Create(title));
            interactive(app, driver)
        }
        Some(Command::Open { plan }) => {
            let path = library.resolve(&plan, &guide).ok_or_else(|| {
                format!("plan \"{plan}\" niet gevonden; zie `samenwerkwijzer list`")
            })?;
            let loaded = crate::store::load(&path, &guide)
                .map_err(|e| format!("{}: {}", path.display(), describe_load_error(&e)))?;
            let mut driver = Driver::new(library);
            let mut app = new_app(guide, &data);
            driver.show_loaded(&mut app, path, loaded);
            interactive(app, driver)
        }
        None => {
            let mut driver = Driver::new(library);
            // A recovery copy waiting comes first: the picker offers it.
            let recovering = !crate::store::recovery::find(&data, &guide).is_empty();
            let last = Session::load(&data)
                .last_plan
                .filter(|p| !recovering && p.is_file())
                .and_then(|p| crate::store::load(&p, &guide).ok().map(|plan| (p, plan)));
            let mut app = new_app(guide, &data);
            match last {
                Some((path, plan)) => driver.show_loaded(&mut app, path, plan),
                None => driver.show_picker(&mut app),
            }
            interactive(app, driver)
        }
    }
}

fn new_app(guide: Arc<Guide>, data: &DataDir) -> App {
    let tz = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
    let plans = data.plans().display().to_string();
    App::new(
        guide,
        Screen::Picker(Box::new(Picker::new(Vec::new()))),
        tz,
        plans,
    )
}

fn interactive(mut app: App, mut driver: Driver) -> Result<(), String> {
    let result = crate::tui::run::run(&mut app, &mut driver);
    // After the terminal is back to normal: anything the user must know.
    if let Some(note) = &app.exit_note {
        eprintln!("{note}");
    }
    result.map_err(|e| format!("terminalfout: {e}"))
}

fn list(library: &Library, guide: &Guide) -> Result<(), String> {
    let entries = library.list(guide).map_err(|e| {
        format!(
            "kan {} niet lezen: {e}",
            library.data_dir().plans().display()
        )
    })?;
    if entries.is_empty() {
        println!(
            "Nog geen plannen in {}.",
            library.data_dir().plans().display()
        );
        return Ok(());
    }
    let tz = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
    for entry in &entries {
        let s = summary(entry, guide);
        let when = s
            .updated
            .map(|t| format_datetime(t, &tz))
            .unwrap_or_default();
        let status = match &s.status {
            Ok(p) => format!("{:>3}%", p.percent()),
            Err(why) => format!("beschadigd: {why}"),
        };
        println!("{:<28} {:<40} {when}  {status}", entry.name(), s.title);
    }
    Ok(())
}

/// Write the embedded guide files to `dir`, never over existing files.
fn copy_guide(dir: &std::path::Path) -> Result<(), String> {
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("kan map {} niet maken: {e}", dir.display()))?;
    for (name, text) in guide::EMBEDDED_FILES {
        let path = dir.join(name);
        crate::store::write_new(&path, text.as_bytes())
            .map_err(|e| format!("kan {} niet schrijven: {e}", path.display()))?;
    }
    println!(
        "De gids staat in {}. Pas de bestanden aan en start met: samenwerkwijzer --guide {}",
        dir.display(),
        dir.display()
    );
    Ok(())
}
