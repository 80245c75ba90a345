//! The groups' side of a workshop: join (a plan from the case, opened in
//! the app), `new --case`, and hand-in.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::Timestamp;

use super::find_case;
use crate::cli::Launch;
use crate::cli::files;
use crate::cli::output::{note, out as emit};
use crate::guide::Guide;
use crate::store::{DataDir, Library};
use crate::workshop::describe_hand_in_error;
use crate::workshop::participant::{HandedIn, file_stem, hand_in, plan_for_group};
use crate::workshop::{describe_error, folder};

fn library(data_dir: Option<PathBuf>) -> Result<(DataDir, Library), String> {
    let data = DataDir::resolve(data_dir)
        .ok_or("geen map voor gegevens gevonden; geef er een op met --data-dir")?;
    Ok((data.clone(), Library::new(data)))
}

pub(super) fn join(
    guide: Arc<Guide>,
    data_dir: Option<PathBuf>,
    dir: &Path,
    group: Option<&str>,
    no_open: bool,
) -> Result<Option<Launch>, String> {
    let opened = folder::open(dir, &guide).map_err(|e| describe_error(&e))?;
    let plan = plan_for_group(&opened.case.case, group, Timestamp::now());
    // A copy of the case beside the plans, so the app can show it later,
    // also without the workshop folder. Not fatal: the plan matters most.
    if let Ok((data, _)) = library(data_dir.clone())
        && let Err(e) = crate::workshop::case::keep(&data, &opened.case).and_then(|_| {
            crate::workshop::case::remember_workshop(&data, &opened.case.case.id, dir)
        })
    {
        note(&format!(
            "Let op: de casus kon niet bij uw plannen worden bewaard ({e})."
        ));
    }
    start_plan(guide, data_dir, plan, no_open, &dir.display().to_string())
}

/// Save a plan started from a case in the plans folder, say how to hand it
/// in (to `target`), and open it in the app.
fn start_plan(
    guide: Arc<Guide>,
    data_dir: Option<PathBuf>,
    plan: crate::plan::Plan,
    no_open: bool,
    target: &str,
) -> Result<Option<Launch>, String> {
    let (data, library) = library(data_dir)?;
    // Joining twice with the same group name reopens that group's plan
    // instead of making a second one that reads the same in every list.
    let existing = data.plans().join(format!("{}.ron", file_stem(&plan)));
    if let Ok(loaded) = crate::store::load(&existing, &guide)
        && loaded.plan.meta.title == plan.meta.title
        && loaded.plan.case == plan.case
    {
        emit(&format!(
            "U hebt al een plan \"{}\" ({}); u gaat daarin verder, er komt geen tweede bij.\n\
             Inleveren bij de trainer: samenwerkwijzer workshop hand-in {} {target}\n",
            plan.meta.title,
            existing.display(),
            file_stem(&plan),
        ))?;
        if no_open {
            return Ok(None);
        }
        let start = crate::cli::interactive::open(guide, library, &existing.to_string_lossy())?;
        return Ok(start.map(Launch::App));
    }
    let path = library
        .add(&file_stem(&plan), &plan)
        .map_err(|e| format!("kan het plan niet maken in {}: {e}", data.plans().display()))?;
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    emit(&format!(
        "Plan \"{}\" gemaakt: {}\nInleveren bij de trainer: samenwerkwijzer workshop hand-in {name} {target}\n",
        plan.meta.title,
        path.display(),
    ))?;
    if no_open {
        return Ok(None);
    }
    let start = crate::cli::interactive::open(guide, library, &path.to_string_lossy())?;
    Ok(start.map(Launch::App))
}

/// `new [GROEP] --case ID`: a plan from an embedded case, opened at once.
pub fn new_from_case(
    guide: Arc<Guide>,
    data_dir: Option<PathBuf>,
    case: &str,
    group: Option<&str>,
) -> Result<Option<Launch>, String> {
    let found = find_case(&guide, None, case)?;
    let plan = plan_for_group(&found.case, group, Timestamp::now());
    start_plan(guide, data_dir, plan, false, "MAP")
}

pub(super) fn hand_in_plan(
    guide: &Guide,
    data_dir: Option<&PathBuf>,
    name: &str,
    dir: &Path,
    with_author: bool,
) -> Result<(), String> {
    let path = files::resolve(guide, data_dir, name)?;
    let plan = files::load(guide, &path)?;
    let mut notes = Vec::new();
    if let Ok(opened) = folder::open(dir, guide) {
        match &plan.case {
            Some(id) if *id != opened.case.case.id => notes.push(format!(
                "Let op: dit plan hoort bij casus \"{}\"; de workshop gaat over \"{}\".",
                id, opened.case.case.id
            )),
            None => notes.push(
                "Let op: dit plan is niet vanuit de casus begonnen; de trainer vergelijkt het \
                 gewoon met de andere."
                    .to_string(),
            ),
            _ => {}
        }
    }
    let handed = hand_in(&plan, dir, with_author).map_err(|e| describe_hand_in_error(&e))?;
    let who = if with_author {
        "met uw naam en fractie"
    } else {
        "zonder uw naam en fractie"
    };
    let mut out = match handed {
        HandedIn::Written(path) => format!("Ingeleverd: {} ({who}).\n", path.display()),
        HandedIn::AlreadyThere(path) => format!(
            "Dit plan is al ingeleverd, precies zo: {}. Er is niets nieuws geschreven.\n",
            path.display()
        ),
    };
    for note in notes {
        out.push_str(&note);
        out.push('\n');
    }
    emit(&out)
}
