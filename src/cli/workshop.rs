//! `samenwerkwijzer workshop …`: the trainer's commands (cases, new, check,
//! present, compare) and the groups' (join, hand-in), plus the case hooks of `new
//! --case` and `export -f worksheet --case`.

use crate::session::FrontEnd;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Subcommand;

mod groups;

pub use groups::new_from_case;

use super::Launch;
use super::output::out as emit;
use crate::guide::Guide;
use crate::store::write_new;
use crate::workshop::case::{LoadedCase, Source, catalogue};
use crate::workshop::folder::{self, NewWorkshop, parse_date};
use crate::workshop::presenter;
use crate::workshop::{describe_error, describe_remark};

/// Dutch headings for `samenwerkwijzer workshop --help`.
pub const HELP: &str = "\
{about}

Gebruik: {usage}

Opdrachten:
{subcommands}

Opties:
{options}
";

/// Dutch headings for a workshop command without arguments.
pub const NO_ARGS_HELP: &str = "\
{about}

Gebruik: {usage}

Opties:
{options}
";

#[derive(Debug, Subcommand)]
pub enum WorkshopCommand {
    /// Toon de casussen: de ingebouwde, en die in --cases MAP
    #[command(
        help_template = NO_ARGS_HELP,
        override_usage = "samenwerkwijzer workshop cases [--cases MAP | --copy MAP]"
    )]
    Cases {
        /// Een map met eigen casussen (.ron), om te controleren en te tonen
        #[arg(long, value_name = "MAP")]
        cases: Option<PathBuf>,
        /// Zet een kopie van de ingebouwde casussen in MAP, om aan te passen
        #[arg(long, value_name = "MAP", conflicts_with = "cases")]
        copy: Option<PathBuf>,
    },
    /// Maak een workshopmap voor een casus: agenda, casus, werkblad en map inleveren
    #[command(
        help_template = super::SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer workshop new MAP --case ID [--title TITEL] [--date DATUM] [--trainer NAAM]"
    )]
    New {
        /// De nieuwe (of lege) map voor de workshop
        #[arg(value_name = "MAP")]
        dir: PathBuf,
        /// Het id van de casus (zie: samenwerkwijzer workshop cases)
        #[arg(long, value_name = "ID")]
        case: String,
        /// De titel van de bijeenkomst (anders die van de casus)
        #[arg(long, value_name = "TITEL")]
        title: Option<String>,
        /// De datum, als dd-mm-jjjj
        #[arg(long, value_name = "DATUM")]
        date: Option<String>,
        /// Uw naam als trainer
        #[arg(long, value_name = "NAAM")]
        trainer: Option<String>,
        /// Een map met eigen casussen
        #[arg(long, value_name = "MAP")]
        cases: Option<PathBuf>,
    },
    /// Controleer een workshopmap (na het aanpassen van workshop.ron of casus.ron)
    #[command(
        help_template = super::SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer workshop check MAP"
    )]
    Check {
        #[arg(value_name = "MAP")]
        dir: PathBuf,
    },
    /// Toon de workshop schermvullend, voor de beamer, met een klok
    #[command(
        help_template = super::SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer workshop present MAP"
    )]
    Present {
        #[arg(value_name = "MAP")]
        dir: PathBuf,
    },
    /// Begin als groep een plan vanuit de casus van een workshop, en open het
    #[command(
        help_template = super::SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer workshop join MAP [--group NAAM] [--no-open]"
    )]
    Join {
        /// De map van de workshop (bijvoorbeeld op de USB-stick)
        #[arg(value_name = "MAP")]
        dir: PathBuf,
        /// De naam van uw groep, bijvoorbeeld "Tafel 1"
        #[arg(long, value_name = "NAAM")]
        group: Option<String>,
        /// Alleen het plan maken, niet openen
        #[arg(long)]
        no_open: bool,
    },
    /// Lever een kopie van uw plan in bij de trainer (zonder uw naam)
    #[command(
        help_template = super::SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer workshop hand-in PLAN MAP [--with-author]"
    )]
    HandIn {
        /// Naam, bestandsnaam of pad van het plan
        plan: String,
        /// De map van de workshop, of een andere map (bijvoorbeeld een USB-stick)
        #[arg(value_name = "MAP")]
        dir: PathBuf,
        /// Neem uw naam en fractie mee in de kopie
        #[arg(long)]
        with_author: bool,
    },
    /// Vergelijk de ingeleverde plannen van de groepen: op het scherm of als rapport
    #[command(
        help_template = super::SUB_HELP_TEMPLATE,
        override_usage = "samenwerkwijzer workshop compare MAP|BESTAND... [-f md|html] [-o BESTAND [--force]] [--names]",
        after_help = super::compare::COMPARE_HELP
    )]
    Compare(super::compare::CompareArgs),
}

/// Run a workshop command: `Ok(None)` when it ran to the end, or the
/// front-end to start (the app for a group's plan, the presenter).
/// `front`: line by line (`--plain`), or the screen in which colours.
pub(super) fn run(
    command: WorkshopCommand,
    guide: Arc<Guide>,
    data_dir: Option<PathBuf>,
    front: FrontEnd,
) -> Result<Option<Launch>, String> {
    let colours = front.colours();
    let done = |r: Result<(), String>| r.map(|()| None);
    match command {
        WorkshopCommand::Cases { cases, copy } => done(match copy {
            Some(dir) => copy_cases(&dir),
            None => list_cases(&guide, cases.as_deref()),
        }),
        WorkshopCommand::New {
            dir,
            case,
            title,
            date,
            trainer,
            cases,
        } => {
            let date = match date.as_deref() {
                None => None,
                Some(d) => Some(parse_date(d).ok_or_else(|| {
                    format!("\"{}\" is geen datum; schrijf die als dd-mm-jjjj", d)
                })?),
            };
            let found = find_case(&guide, cases.as_deref(), &case)?;
            let new = NewWorkshop {
                title,
                date,
                trainer: trainer.unwrap_or_default(),
            };
            let made =
                folder::create(&dir, &found, &guide, &new).map_err(|e| describe_error(&e))?;
            done(emit(&created_note(&made)))
        }
        WorkshopCommand::Check { dir } => done(check(&guide, &dir)),
        WorkshopCommand::Present { dir } => {
            // Checked here, so a bad folder is told as plain text before
            // the screen changes.
            let folder = folder::open(&dir, &guide).map_err(|e| describe_error(&e))?;
            if !super::has_terminal() {
                return Err(
                    "de presentatie heeft een terminalvenster nodig (voor de beamer); \
                     start deze opdracht in een terminal, niet met invoer of uitvoer omgeleid"
                        .to_string(),
                );
            }
            Ok(Some(Launch::Presenter(Box::new(presenter::Launch {
                folder,
                guide,
                colours,
            }))))
        }
        WorkshopCommand::Join {
            dir,
            group,
            no_open,
        } => groups::join(guide, data_dir, &dir, group.as_deref(), no_open),
        WorkshopCommand::HandIn {
            plan,
            dir,
            with_author,
        } => done(groups::hand_in_plan(
            &guide,
            data_dir.as_ref(),
            &plan,
            &dir,
            with_author,
        )),
        WorkshopCommand::Compare(args) => {
            done(super::compare::run(&guide, &args, data_dir.as_ref(), front))
        }
    }
}

fn list_cases(guide: &Guide, folder: Option<&Path>) -> Result<(), String> {
    let cases = catalogue(guide, folder).map_err(|e| describe_error(&e))?;
    let mut out = format!("Casussen ({}):\n", cases.len());
    for loaded in &cases {
        let c = &loaded.case;
        let minutes: u32 = guide
            .steps
            .iter()
            .filter_map(|s| {
                c.step(&s.id)
                    .map(|m| u32::from(m.minutes.or(s.minutes).unwrap_or(15)))
            })
            .sum();
        let own = match &loaded.source {
            Source::Embedded => String::new(),
            Source::File(f) => format!(" (eigen casus: {})", f),
        };
        out.push_str(&format!(
            "\n  {}  {}{own}\n    {}\n    {} stappen, samen {minutes} minuten groepswerk\n",
            c.id,
            c.title,
            c.summary,
            c.steps.len(),
        ));
        for remark in &loaded.remarks {
            let remark = crate::workshop::FileRemark {
                file: loaded.file.clone(),
                remark: crate::workshop::Remark::Case(remark.clone()),
            };
            out.push_str(&format!("    {}\n", describe_remark(&remark)));
        }
    }
    out.push_str("\nEen workshop maken: samenwerkwijzer workshop new MAP --case ID\n");
    emit(&out)
}

/// Write the embedded cases into `dir` for adapting; never over a file.
fn copy_cases(dir: &Path) -> Result<(), String> {
    crate::store::create_private_dir(dir)
        .map_err(|e| format!("kan map {} niet maken: {e}", dir.display()))?;
    for (name, text) in crate::workshop::case::EMBEDDED_CASES {
        let path = dir.join(name);
        write_new(&path, text.as_bytes()).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => format!(
                "{} bestaat al en wordt niet overschreven; kies een lege map",
                path.display()
            ),
            _ => format!("kan {} niet schrijven: {e}", path.display()),
        })?;
    }
    emit(&format!(
        "De casussen staan in {}. Pas ze aan (geef een nieuwe casus een eigen id) en \
         controleer ze met: samenwerkwijzer workshop cases --cases {}\n",
        dir.display(),
        dir.display()
    ))
}

/// A case by id from the catalogue, or a case file by path.
pub(super) fn find_case(
    guide: &Guide,
    folder: Option<&Path>,
    id: &str,
) -> Result<LoadedCase, String> {
    crate::workshop::case::find(guide, folder, id).map_err(|e| describe_error(&e))
}

fn created_note(made: &folder::Folder) -> String {
    let dir = made.dir.display();
    let w = &made.workshop;
    let hand_in = format!("{}/", folder::HAND_IN_DIR);
    let rows = [
        (
            folder::WORKSHOP_FILE,
            format!(
                "titel, datum en agenda ({} onderdelen, {} minuten); pas die gerust aan",
                w.agenda.len(),
                w.total_minutes()
            ),
        ),
        (
            folder::CASE_FILE,
            format!("de casus \"{}\"", made.case.case.title),
        ),
        (
            folder::HANDOUT_FILE,
            "de casus en het werkblad, om af te drukken of te delen".to_string(),
        ),
        (
            hand_in.as_str(),
            "hier komen de plannen van de groepen".to_string(),
        ),
    ];
    let mut out = format!("De workshop staat in {dir}:\n");
    for (name, what) in rows {
        out.push_str(&format!("  {name:<16} {what}\n"));
    }
    out.push_str(&format!(
        "\nVolgende stappen:\n\
         \x20 samenwerkwijzer workshop check {dir}\n\
         \x20     controleer de map na het aanpassen van workshop.ron\n\
         \x20 samenwerkwijzer workshop present {dir}\n\
         \x20     de presentatie met de klok, voor de beamer\n\
         \x20 samenwerkwijzer workshop join {dir} --group \"Tafel 1\"\n\
         \x20     zo begint een groep een plan vanuit de casus\n"
    ));
    out
}

fn check(guide: &Guide, dir: &Path) -> Result<(), String> {
    let opened = folder::open(dir, guide).map_err(|e| describe_error(&e))?;
    let w = &opened.workshop;
    let mut out = format!(
        "De workshop in {} is in orde: \"{}\", casus \"{}\", {} onderdelen, {} minuten.\n",
        dir.display(),
        w.title,
        opened.case.case.id,
        w.agenda.len(),
        w.total_minutes()
    );
    for remark in &opened.remarks {
        out.push_str(&describe_remark(remark));
        out.push('\n');
    }
    emit(&out)
}
