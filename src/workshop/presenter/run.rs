//! The driver: reads the saved state, runs the terminal loop, executes the
//! effects `update` asks for and feeds their results back as events. The
//! only place here that touches the terminal, the files or the real clock.

use crate::session::Colours;
use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use jiff::Timestamp;
use ratatui::crossterm::event::{self, Event as TermEvent, KeyEventKind};

use super::keymap::action_for;
use super::render::render;
use super::saved::{NotResumed, apply};
use super::slide::slides;
use super::state::Presenter;
use super::terminal::Screen;
use super::update::{Effect, Event, update};
use super::words::W;
use crate::guide::Guide;
use crate::store::{write_atomic, write_new};
use crate::workshop::folder::Folder;
use crate::workshop::read::{ReadError, read_text};
use std::sync::Arc;

/// The state file is a few lines per agenda item.
const MAX_STATE_BYTES: u64 = 256 * 1024;

/// The presenter for `folder`, where it was left: the saved state applied
/// if there is one. A state file that cannot be used is kept under another
/// name (never lost, never overwritten) and the presenter starts afresh.
pub fn open(folder: &Folder, guide: &Guide, now: Timestamp) -> Presenter {
    let w = &folder.workshop;
    let mut p = Presenter::new(w.title.clone(), w.date.clone(), slides(folder, guide), now);
    let path = folder.state_file();
    let file = path.display().to_string();
    let text = match read_text(&path, MAX_STATE_BYTES) {
        Ok(text) => text,
        Err(ReadError::File(crate::store::ReadError::NotFound)) => return p,
        Err(_) => {
            p.message = Some(set_aside(&path));
            return p;
        }
    };
    match apply(&mut p, &file, &text) {
        Ok(()) => {
            let title = p.slide().map(|s| s.title.clone()).unwrap_or_default();
            p.message = Some(W::Resumed.fill(&[&title]));
        }
        Err(NotResumed::Damaged(_) | NotResumed::Newer(_)) => {
            p.message = Some(set_aside(&path));
        }
    }
    p
}

/// Move an unusable state file out of the way, to a free name beside it
/// (copied when it can be read, else renamed); the message that says where
/// it went. A FIFO or device stays put: the store's writer refuses to save
/// over it, and says so.
fn set_aside(path: &Path) -> String {
    let dir = path.parent().unwrap_or(Path::new("."));
    let readable = crate::store::read_bounded(path, MAX_ASIDE_BYTES);
    if crate::store::special_kind(path).is_some() {
        return W::StateNotAFile.fill(&[&path.display()]);
    }
    for n in 1..100 {
        let name = match n {
            1 => "presentatie-beschadigd.ron".to_string(),
            n => format!("presentatie-beschadigd-{n}.ron"),
        };
        let aside = dir.join(&name);
        let result = match &readable {
            Ok(bytes) => write_new(&aside, bytes),
            Err(_) if aside.exists() => continue,
            Err(_) => std::fs::rename(path, &aside),
        };
        match result {
            Ok(()) => return W::DamagedState.fill(&[&name]),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return W::SaveFailed.fill(&[&e]),
        }
    }
    W::SaveFailed.fill(&[&path.display()])
}

/// A damaged state copied aside is read up to this size; larger ones are
/// renamed instead.
const MAX_ASIDE_BYTES: u64 = 16 * 1024 * 1024;

/// What the command line hands the presenter: a workshop folder that
/// loaded and validated, and the guide.
pub struct Launch {
    pub folder: Folder,
    pub guide: Arc<Guide>,
    /// `NO_COLOR` or high contrast, as the command line chose.
    pub colours: Colours,
}

/// Run the presenter for `launch` and say how it ended; the binary's
/// `main` calls this, as it starts the app for other commands.
pub fn launch(launch: Launch) -> std::process::ExitCode {
    let dir = launch.folder.dir.display().to_string();
    let say = |text: &str| eprintln!("{}", crate::text::neutralise_controls(text));
    match run(&launch.folder, &launch.guide, launch.colours) {
        Ok(()) => {
            say(&W::Stopped.fill(&[&dir]));
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            say(&format!("samenwerkwijzer: {e}"));
            std::process::ExitCode::FAILURE
        }
    }
}

/// Run the presenter full screen until the trainer quits (or a signal asks
/// it to stop). The state is saved after every change of item or clock, so
/// a crash loses nothing.
pub fn run(folder: &Folder, guide: &Guide, colours: Colours) -> Result<(), String> {
    let now = Timestamp::now;
    let mut p = open(folder, guide, now());
    p.colours = colours;
    let state_file = folder.state_file();
    // Signals first, so none between here and the loop kills the presenter
    // with the terminal in raw mode.
    let (tx, input) = mpsc::channel();
    crate::signals::listen(tx.clone(), |_| Incoming::Stop)
        .map_err(|e| format!("terminalfout: {e}"))?;
    let mut screen = Screen::enter().map_err(|e| format!("terminalfout: {e}"))?;
    let size = screen
        .terminal
        .size()
        .map_err(|e| format!("terminalfout: {e}"))?;
    update(&mut p, Event::Resize(size.width, size.height), now());
    read_terminal(tx);
    loop {
        screen
            .terminal
            .draw(|frame| render(&p, frame))
            .map_err(|e| format!("terminalfout: {e}"))?;
        // A signal, or the terminal is gone: save and stop.
        let event = next_event(&p, &input).unwrap_or(Event::Action(super::update::Action::Quit));
        let mut pending = update(&mut p, event, now());
        while !pending.is_empty() {
            let mut results = Vec::new();
            for effect in pending {
                match effect {
                    Effect::Save(text) => {
                        let result =
                            write_atomic(&state_file, text.as_bytes()).map_err(|e| e.to_string());
                        results.extend(update(&mut p, Event::Saved(result), now()));
                    }
                    Effect::Quit => return Ok(()),
                }
            }
            pending = results;
        }
    }
}

/// What reaches the loop: something from the terminal, or a stop.
enum Incoming {
    Terminal(TermEvent),
    /// A signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT) or a terminal that can
    /// no longer be read.
    Stop,
}

/// Terminal input on a thread of its own, into the loop's channel (where
/// the signals arrive too). Reading a terminal that was closed can spin
/// inside crossterm without ever returning, so the loop must not wait in
/// `read` itself: a closed window sends SIGHUP, which arrives whatever the
/// reader does.
fn read_terminal(tx: mpsc::Sender<Incoming>) {
    std::thread::spawn(move || {
        loop {
            let incoming = event::read().map_or(Incoming::Stop, Incoming::Terminal);
            let stop = matches!(incoming, Incoming::Stop);
            if tx.send(incoming).is_err() || stop {
                return;
            }
        }
    });
}

/// The next key or resize, a tick when the shown second may change, or
/// `None` when the presenter must stop.
fn next_event(p: &Presenter, input: &Receiver<Incoming>) -> Option<Event> {
    // Wake up a little after the next whole second of the running clock.
    let wait = match p.running_since {
        Some(since) => {
            let ms = Timestamp::now()
                .duration_since(since)
                .as_millis()
                .rem_euclid(1000);
            Duration::from_millis(u64::try_from(1000 - ms).unwrap_or(1000) + 5)
        }
        None => Duration::from_millis(1000),
    };
    match input.recv_timeout(wait) {
        Err(RecvTimeoutError::Timeout) => Some(Event::Tick),
        Err(RecvTimeoutError::Disconnected) | Ok(Incoming::Stop) => None,
        Ok(Incoming::Terminal(TermEvent::Key(key))) if key.kind != KeyEventKind::Release => {
            Some(action_for(key).map_or(Event::Tick, Event::Action))
        }
        Ok(Incoming::Terminal(TermEvent::Resize(w, h))) => Some(Event::Resize(w, h)),
        Ok(Incoming::Terminal(_)) => Some(Event::Tick),
    }
}
