//! Plans for the export, validate and diff tests: a realistic example that
//! walks all five steps, and a hostile one with dangerous text everywhere;
//! and a way to run the real binary.
// Each test file uses a part of this.
#![allow(dead_code, unused_imports)]

mod example;
mod hostile;

pub use example::example_plan;
pub use hostile::{HOSTILE, hostile_plan, hostile_text};

use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::plan::{Answer, Item, Plan, Record};

pub fn guide() -> Guide {
    load_embedded().expect("embedded guide")
}

pub fn text(s: &str) -> Answer {
    Answer::Text(s.to_string())
}

pub fn choice(s: &str) -> Answer {
    Answer::Choice(s.to_string())
}

pub fn multi(ids: &[&str]) -> Answer {
    Answer::Multi(ids.iter().map(|s| s.to_string()).collect())
}

pub fn refs(ids: &[&str]) -> Answer {
    Answer::Refs(ids.iter().map(|s| s.to_string()).collect())
}

pub fn date(s: &str) -> Answer {
    Answer::Date(s.parse().expect("date"))
}

pub fn item(id: &str, fields: Vec<(&str, Answer)>) -> Item {
    Item {
        id: id.to_string(),
        fields: record(fields),
    }
}

pub fn record(fields: Vec<(&str, Answer)>) -> Record {
    fields
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

/// Run the real binary in `data`, with that as its data folder and UTC as
/// time zone.
pub fn samenwerkwijzer(args: &[&str], data: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .args(args)
        .current_dir(data)
        .env("SAMENWERKWIJZER_DATA_DIR", data)
        .env("TZ", "UTC")
        .output()
        .expect("the binary runs")
}

/// Save `plan` as `name.ron` in the plans folder of `data`.
pub fn save(data: &std::path::Path, name: &str, plan: &Plan) -> std::path::PathBuf {
    let dir = data.join("plans");
    std::fs::create_dir_all(&dir).expect("plans folder");
    let path = dir.join(format!("{name}.ron"));
    std::fs::write(&path, samenwerkwijzer::plan::to_string(plan)).expect("save plan");
    path
}

pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
