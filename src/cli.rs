//! The command line: `samenwerkwijzer [new|open|list|export|validate|diff|guide]
//! [--data-dir] [--guide] [--plain] [--contrast]`.
//!
//! This file holds the arguments and sends each command to its module in
//! `cli/`: `files` (export, validate, diff), `list`, `guide` (guide copy
//! and check) and `interactive` (the commands that start the terminal
//! interface). Everything printed goes through `output`.

pub mod compare;
mod files;
mod guide;
mod interactive;
mod list;
pub mod output;
mod parse_error;
mod workshop;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{ArgAction, Parser, Subcommand};

use crate::session::{Colours, FrontEnd, Start};
use crate::store::{DataDir, Library};

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
    /// Regel voor regel, zonder schermopmaak: voor een schermlezer of een
    /// script (ook: SAMENWERKWIJZER_PLAIN=1, en vanzelf bij TERM=dumb of zonder terminal)
    #[arg(long, global = true, env = "SAMENWERKWIJZER_PLAIN", hide_env = true,
          value_parser = clap::builder::FalseyValueParser::new())]
    pub plain: bool,
    /// Hoog contrast op het scherm: geen grijze tekst, nadruk met vet,
    /// onderstreept en omgekeerd (ook: SAMENWERKWIJZER_CONTRAST=hoog)
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "CONTRAST",
        env = "SAMENWERKWIJZER_CONTRAST",
        hide_env = true,
        hide_possible_values = true
    )]
    pub contrast: Option<Contrast>,
    /// Gebruik de muis niet in het programma, zodat u tekst kunt
    /// selecteren en kopiëren (F12 zet de muis aan en uit)
    #[arg(long = "zonder-muis", global = true)]
    pub no_mouse: bool,
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
    #[command(
        help_template = SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer new [NAAM] [--case ID]"
    )]
    New {
        /// Naam van het plan (met --case: de naam van uw groep)
        #[arg(value_name = "NAAM")]
        title: Option<String>,
        /// Begin vanuit een workshopcasus (zie: samenwerkwijzer workshop cases)
        #[arg(long, value_name = "ID")]
        case: Option<String>,
    },
    /// Open een plan op naam, bestandsnaam of pad
    #[command(
        help_template = SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer open PLAN"
    )]
    Open {
        /// Naam, bestandsnaam of pad van het plan
        plan: String,
    },
    /// Toon alle plannen met hun voortgang
    #[command(
        help_template = workshop::NO_ARGS_HELP,
        override_usage = "samenwerkwijzer list"
    )]
    List,
    /// Zet het voorbeeldplan (warmtenet in de regio) bij uw plannen en open het
    #[command(
        help_template = workshop::NO_ARGS_HELP,
        override_usage = "samenwerkwijzer example"
    )]
    Example,
    /// Zet een plan om naar HTML, Word, Markdown of een agenda, of maak een leeg werkblad
    #[command(
        help_template = SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer export [PLAN] [--format SOORT] [-o BESTAND] [--force]",
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
        /// Schrijf naar BESTAND in plaats van naar het scherm (- is het scherm)
        #[arg(short, long, value_name = "BESTAND")]
        output: Option<PathBuf>,
        /// Overschrijf BESTAND als het al bestaat (een plan nooit)
        #[arg(long)]
        force: bool,
        /// Toon ook de vragen die nog open staan, op hun plaats
        #[arg(long)]
        all: bool,
        /// Vul op een werkblad de gemeente al in
        #[arg(long, value_name = "NAAM")]
        gemeente: Option<String>,
        /// Bij een werkblad: druk er de casus ID bij af (zie: samenwerkwijzer workshop cases)
        #[arg(long, value_name = "ID")]
        case: Option<String>,
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
    #[command(
        subcommand,
        help_template = workshop::HELP,
        override_usage = "samenwerkwijzer guide OPDRACHT"
    )]
    Guide(GuideCommand),
    /// Voor trainers: casussen, workshops voorbereiden en geven, plannen inleveren en vergelijken
    #[command(
        subcommand,
        help_template = workshop::HELP,
        override_usage = "samenwerkwijzer workshop OPDRACHT ..."
    )]
    Workshop(workshop::WorkshopCommand),
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

/// `--contrast`: the screen's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Contrast {
    Normaal,
    Hoog,
}

/// Which front-end to start: line by line when asked for (`--plain`) or
/// when the terminal cannot do more (`TERM=dumb`); otherwise the screen,
/// without colour when `NO_COLOR` is set (<https://no-color.org>: any
/// value but the empty one) and in high contrast when asked for.
#[must_use]
pub fn front_end(
    plain: bool,
    contrast: Option<Contrast>,
    term: Option<&std::ffi::OsStr>,
    no_color: Option<&std::ffi::OsStr>,
) -> FrontEnd {
    if plain || term.is_some_and(|t| t == "dumb") {
        return FrontEnd::Lines;
    }
    let no_color = no_color.is_some_and(|v| !v.is_empty());
    FrontEnd::Screen(match contrast {
        Some(Contrast::Hoog) => Colours::HighContrast,
        Some(Contrast::Normaal) | None if no_color => Colours::None,
        Some(Contrast::Normaal) | None => Colours::Normal,
    })
}

#[derive(Debug, Subcommand)]
pub enum GuideCommand {
    /// Schrijf de ingebouwde gids naar MAP, om die aan te passen
    #[command(
        help_template = SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer guide copy MAP"
    )]
    Copy {
        /// Lege of nieuwe map voor de kopie
        #[arg(value_name = "MAP")]
        dir: PathBuf,
    },
    /// Controleer de gids (die van --guide, of de ingebouwde)
    #[command(
        help_template = workshop::NO_ARGS_HELP,
        override_usage = "samenwerkwijzer guide check"
    )]
    Check,
}

/// What the command line did: a command that ran to the end, or what a
/// front-end should show (the binary's `main` starts it).
pub enum Outcome {
    Done(ExitCode),
    Interactive(Box<Start>),
    /// The workshop presenter for the projector, a front-end of its own.
    Present(Box<crate::workshop::presenter::Launch>),
}

/// What a command that did not run to the end asks to start.
enum Launch {
    App(Start),
    Presenter(Box<crate::workshop::presenter::Launch>),
}

/// Whether both standard input and output are a terminal, as a full
/// screen needs.
fn has_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// An interactive command's start, as a [`Launch`].
fn app(start: Result<Option<Start>, String>) -> Result<Option<Launch>, String> {
    start.map(|s| s.map(Launch::App))
}

/// Parse the command line and run it.
pub fn main() -> Outcome {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => match parse_error::describe(&e) {
            Some(text) => {
                output::note(&text);
                return Outcome::Done(ExitCode::from(2));
            }
            None => e.exit(),
        },
    };
    let front = front_end(
        cli.plain,
        cli.contrast,
        std::env::var_os("TERM").as_deref(),
        std::env::var_os("NO_COLOR").as_deref(),
    );
    let mouse = !cli.no_mouse;
    // Input from a pipe or output into a file: the full screen cannot work
    // there, line by line can (a script, `echo stoppen | … open plan`).
    let front = match front {
        FrontEnd::Screen(_) if !has_terminal() => FrontEnd::Lines,
        other => other,
    };
    match run(cli) {
        Ok(Some(Launch::App(start))) => Outcome::Interactive(Box::new(Start {
            front,
            mouse,
            ..start
        })),
        Ok(Some(Launch::Presenter(launch))) => Outcome::Present(launch),
        Ok(None) => Outcome::Done(ExitCode::SUCCESS),
        Err(message) => {
            output::note(&format!("samenwerkwijzer: {message}"));
            Outcome::Done(ExitCode::FAILURE)
        }
    }
}

/// A command that ran to the end (`Ok(None)`), or what to start.
fn run(mut cli: Cli) -> Result<Option<Launch>, String> {
    if let Some(Command::Guide(GuideCommand::Copy { dir })) = &cli.command {
        return guide::copy(dir).map(|()| None);
    }
    let loaded = Arc::new(guide::load(cli.guide.as_ref())?);
    // The file commands need no data folder when given paths.
    match &cli.command {
        Some(Command::Guide(GuideCommand::Check)) => return guide::check(&loaded).map(|()| None),
        Some(Command::Export {
            plan,
            format,
            output,
            force,
            all,
            gemeente,
            case,
        }) => {
            let args = files::ExportArgs {
                plan: plan.as_deref(),
                format: *format,
                output: output.as_deref(),
                force: *force,
                all_questions: *all,
                gemeente: gemeente.as_deref(),
                case: case.as_deref(),
            };
            return files::export(&loaded, cli.data_dir.as_ref(), &args).map(|()| None);
        }
        Some(Command::Validate { files: paths }) => {
            return files::validate(&loaded, paths).map(|()| None);
        }
        Some(Command::Diff { old, new }) => {
            return files::diff(&loaded, cli.data_dir.as_ref(), old, new).map(|()| None);
        }
        _ => {}
    }
    match cli.command {
        Some(Command::Workshop(command)) => {
            // Line by line, `workshop compare` gives its report as text;
            // the presenter and the projector follow NO_COLOR and --contrast.
            let front = front_end(
                cli.plain,
                cli.contrast,
                std::env::var_os("TERM").as_deref(),
                std::env::var_os("NO_COLOR").as_deref(),
            );
            return workshop::run(command, loaded, cli.data_dir, front);
        }
        Some(Command::New {
            title,
            case: Some(case),
        }) => return workshop::new_from_case(loaded, cli.data_dir, &case, title.as_deref()),
        command => cli.command = command,
    }
    let data = DataDir::resolve(cli.data_dir.clone())
        .ok_or("geen map voor gegevens gevonden; geef er een op met --data-dir")?;
    let library = Library::new(data);
    match cli.command {
        Some(Command::List) => list::list(&library, &loaded).map(|()| None),
        Some(Command::Example) => app(interactive::example(loaded, library)),
        Some(Command::New { title, .. }) => app(interactive::new(loaded, library, title)),
        Some(Command::Open { plan }) => app(interactive::open(loaded, library, &plan)),
        None => app(interactive::resume(loaded, library)),
        // Handled above, before a data folder is needed.
        Some(Command::Guide(_) | Command::Export { .. } | Command::Workshop(_))
        | Some(Command::Validate { .. } | Command::Diff { .. }) => Ok(None),
    }
}
