//! The commands that open an interactive front-end: `new`, `open`,
//! `example`, and no command at all. They check what they can as plain
//! text (a plan that is not found, a damaged file) and then say what to
//! show first; `main.rs` starts the front-end with it. The command line
//! does not know the TUI.

use std::sync::Arc;

use crate::guide::Guide;
use crate::session::{Opening, Start};
use crate::store::{Library, Session, recovery};
use crate::text::describe_load_error;

use super::EXAMPLE_PLAN;

fn start(guide: Arc<Guide>, library: &Library, opening: Opening) -> Result<Option<Start>, String> {
    Ok(Some(Start {
        guide,
        data: library.data_dir().clone(),
        opening,
        // The command line sets the front-end it chose after this.
        front: crate::session::FrontEnd::default(),
        mouse: true,
    }))
}

pub fn example(guide: Arc<Guide>, library: Library) -> Result<Option<Start>, String> {
    let mut plan = crate::plan::from_str(EXAMPLE_PLAN, &guide)
        .map_err(|e| format!("het voorbeeldplan is beschadigd: {e}"))?
        .plan;
    // Its file is written now: the header's "saved at" must say so.
    plan.meta.updated = jiff::Timestamp::now();
    let path = library
        .add("voorbeeld", &plan)
        .map_err(|e| format!("kan het voorbeeldplan niet neerzetten: {e}"))?;
    start(guide, &library, Opening::Open(path))
}

pub fn new(
    guide: Arc<Guide>,
    library: Library,
    title: Option<String>,
) -> Result<Option<Start>, String> {
    let title = title.unwrap_or_else(|| crate::text::Txt::DefaultPlanTitle.get().to_string());
    start(guide, &library, Opening::Create(title))
}

pub fn open(guide: Arc<Guide>, library: Library, name: &str) -> Result<Option<Start>, String> {
    let path = library
        .resolve(name, &guide)
        .ok_or_else(|| super::files::not_found(name))?;
    let loaded = crate::store::load(&path, &guide)
        .map_err(|e| format!("{}: {}", path.display(), describe_load_error(&e)))?;
    start(guide, &library, Opening::Loaded(path, Box::new(loaded)))
}

/// No command: the last plan, unless a recovery copy is waiting (the
/// picker offers it first), or the list of plans.
pub fn resume(guide: Arc<Guide>, library: Library) -> Result<Option<Start>, String> {
    let data = library.data_dir().clone();
    let recovering = !recovery::find(&data, &guide).is_empty();
    let last = Session::load(&data)
        .last_plan
        .filter(|_| !recovering)
        .and_then(|p| crate::store::load(&p, &guide).ok().map(|plan| (p, plan)));
    let opening = match last {
        Some((path, plan)) => Opening::Loaded(path, Box::new(plan)),
        None => Opening::Picker,
    };
    start(guide, &library, opening)
}
