//! A plain line mode without threads or a terminal: the real interview
//! and disk against a temporary data folder, fed line by line on a fake
//! clock. What it prints comes back as text.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use samenwerkwijzer::guide::load_embedded;
use samenwerkwijzer::plain::interview::Interview;
use samenwerkwijzer::plain::{Incoming, Sitting};
use samenwerkwijzer::plan::Plan;
use samenwerkwijzer::session::clock::{Clock, FakeClock};
use samenwerkwijzer::session::{Opening, SavePolicy};
use samenwerkwijzer::store::DataDir;
use tempfile::TempDir;

use crate::common::test_now;

pub struct Plain {
    pub sitting: Sitting,
    pub clock: Arc<FakeClock>,
    pub dir: TempDir,
    /// Everything printed so far.
    pub said: String,
}

impl Plain {
    /// A new plan, typed into by a person.
    pub fn new(title: &str) -> Plain {
        Plain::start(title, false)
    }

    /// A new plan, filled from a script (stdin not a terminal).
    pub fn scripted(title: &str) -> Plain {
        Plain::start(title, true)
    }

    fn start(title: &str, scripted: bool) -> Plain {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().join("data"));
        Plain::open(dir, data, Opening::Create(title.to_string()), scripted)
    }

    pub fn open(dir: TempDir, data: DataDir, opening: Opening, scripted: bool) -> Plain {
        let guide = Arc::new(load_embedded().expect("guide"));
        let clock = Arc::new(FakeClock::new(test_now()));
        let (sitting, lines) = Sitting::open(
            guide,
            data,
            opening,
            clock.clone(),
            SavePolicy::default(),
            scripted,
        )
        .expect("the plan opens");
        Plain {
            sitting,
            clock,
            dir,
            said: lines.join("\n"),
        }
    }

    /// Type one line; what the app said back.
    pub fn line(&mut self, text: &str) -> String {
        self.feed(Incoming::Line(text.to_string()))
    }

    /// Type several lines; everything said back.
    pub fn lines(&mut self, lines: &[&str]) -> String {
        lines
            .iter()
            .map(|l| self.line(l))
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn feed(&mut self, incoming: Incoming) -> String {
        let said = self.sitting.handle(incoming).join("\n");
        self.said.push('\n');
        self.said.push_str(&said);
        said
    }

    /// Move the clock on; what an autosave said, if anything.
    pub fn advance(&mut self, by: Duration) -> String {
        self.clock.advance(by);
        let said = self.sitting.tick().join("\n");
        self.said.push_str(&said);
        said
    }

    pub fn interview(&self) -> &Interview {
        &self.sitting.interview
    }

    pub fn plan(&self) -> &Plan {
        &self.sitting.interview.plan
    }

    pub fn data_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("data")
    }

    /// The plan as saved on disk.
    pub fn saved(&self) -> Plan {
        let guide = load_embedded().expect("guide");
        samenwerkwijzer::store::load(&self.sitting.interview.path, &guide)
            .expect("saved plan loads")
            .plan
    }

    /// Make the plans folder unwritable by putting a file in its place;
    /// the returned closure puts it back.
    pub fn break_the_disk(&self) -> impl FnOnce() + use<> {
        let plans = self.data_dir().join("plans");
        let moved = self.data_dir().join("plans-weg");
        std::fs::rename(&plans, &moved).expect("move plans away");
        std::fs::write(&plans, "geen map").expect("a file where the folder was");
        move || {
            std::fs::remove_file(&plans).expect("remove the file");
            std::fs::rename(&moved, &plans).expect("put the folder back");
        }
    }

    pub fn now(&self) -> std::time::Instant {
        self.clock.now()
    }
}
