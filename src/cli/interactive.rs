//! The commands that open the terminal interface: `new`, `open`,
//! `example`, and no command at all. The only part of the command line
//! that knows the TUI.

use std::sync::Arc;

use crate::guide::Guide;
use crate::store::{DataDir, Library, Session, recovery};
use crate::text::describe_load_error;
use crate::tui::driver::Driver;
use crate::tui::state::{App, Picker, Screen};

use super::EXAMPLE_PLAN;
use super::output::note;

pub fn example(guide: Arc<Guide>, library: Library) -> Result<(), String> {
    let plan = crate::plan::from_str(EXAMPLE_PLAN, &guide)
        .map_err(|e| format!("het voorbeeldplan is beschadigd: {e}"))?
        .plan;
    let path = library
        .add("voorbeeld", &plan)
        .map_err(|e| format!("kan het voorbeeldplan niet neerzetten: {e}"))?;
    let data = library.data_dir().clone();
    let mut driver = Driver::new(library);
    let mut app = new_app(guide, &data);
    driver.open(&mut app, &path);
    run(app, driver)
}

pub fn new(guide: Arc<Guide>, library: Library, title: Option<String>) -> Result<(), String> {
    let title = title.unwrap_or_else(|| crate::text::Txt::DefaultPlanTitle.get().to_string());
    let data = library.data_dir().clone();
    let mut driver = Driver::new(library);
    let mut app = new_app(guide, &data);
    driver.run_effect(&mut app, crate::tui::update::Effect::Create(title));
    run(app, driver)
}

pub fn open(guide: Arc<Guide>, library: Library, name: &str) -> Result<(), String> {
    let path = library
        .resolve(name, &guide)
        .ok_or_else(|| super::files::not_found(name))?;
    let loaded = crate::store::load(&path, &guide)
        .map_err(|e| format!("{}: {}", path.display(), describe_load_error(&e)))?;
    let data = library.data_dir().clone();
    let mut driver = Driver::new(library);
    let mut app = new_app(guide, &data);
    driver.show_loaded(&mut app, path, loaded);
    run(app, driver)
}

/// No command: the last plan, unless a recovery copy is waiting (the
/// picker offers it first), or the list of plans.
pub fn resume(guide: Arc<Guide>, library: Library) -> Result<(), String> {
    let data = library.data_dir().clone();
    let recovering = !recovery::find(&data, &guide).is_empty();
    let last = Session::load(&data)
        .last_plan
        .filter(|_| !recovering)
        .and_then(|p| crate::store::load(&p, &guide).ok().map(|plan| (p, plan)));
    let mut driver = Driver::new(library);
    let mut app = new_app(guide, &data);
    match last {
        Some((path, plan)) => driver.show_loaded(&mut app, path, plan),
        None => driver.show_picker(&mut app),
    }
    run(app, driver)
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

fn run(mut app: App, mut driver: Driver) -> Result<(), String> {
    let result = crate::tui::run::run(&mut app, &mut driver);
    // Release the plan's lock (and remove its file) before anything else.
    drop(driver);
    // After the terminal is back to normal: anything the user must know.
    if let Some(note_text) = &app.exit_note {
        note(note_text);
    }
    result.map_err(|e| format!("terminalfout: {e}"))
}
