//! The line mode's edge: standard input on a thread, signals on a thread,
//! the real clock, standard output. It waits for a line, a signal or the
//! next autosave, whichever comes first, and feeds it to the sitting.
//! An idle line mode sleeps; it does not poll.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use crate::listing::summary;
use crate::session::clock::{Clock, SystemClock};
use crate::session::{Opening, SavePolicy, Start};
use crate::store::{Library, recovery};
use crate::text::Txt;

use super::effect::Incoming;
use super::input;
use super::picker::{Choice, Picker};
use super::print::Printer;
use super::saving::exit_code;
use super::session::Sitting;

/// How long the loop sleeps when nothing is due (it wakes on input anyway).
const IDLE: Duration = Duration::from_secs(3600);

/// Run the line-by-line interview until the user stops, the input ends or
/// a signal stops it.
#[must_use]
pub fn run(start: Start) -> ExitCode {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let mut print = Printer::stdout();
    let (tx, rx) = mpsc::channel();
    if let Err(e) = crate::signals::listen(tx.clone(), Incoming::Signal) {
        print.lines(&[format!("samenwerkwijzer: {e}")]);
    }
    // A script (a file or a pipe) stops at the first line it cannot use.
    let scripted = !std::io::stdin().is_terminal();
    input::listen(tx);

    let opening = match start.opening {
        Opening::Picker => match pick(&start, &rx, &mut print) {
            Ok(opening) => opening,
            Err(code) => return code,
        },
        opening => opening,
    };
    let policy = SavePolicy::configured();
    let (mut sitting, lines) = match Sitting::open(
        start.guide,
        start.data,
        opening,
        clock.clone(),
        policy,
        scripted,
    ) {
        Ok(opened) => opened,
        Err(why) => {
            // As the command line says what stops it: on stderr.
            Printer::new(std::io::stderr()).lines(&[format!("samenwerkwijzer: {why}")]);
            return ExitCode::FAILURE;
        }
    };
    print.lines(&lines);
    // A panic inside is caught here: the open plan goes to a recovery
    // copy (as in the TUI) and the panic goes on.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        serve(&mut sitting, &rx, &mut print, clock.as_ref(), scripted);
    }));
    if let Err(panic) = result {
        print.lines(&sitting.rescue_after_crash());
        std::panic::resume_unwind(panic);
    }
    // The plan's lock goes with the sitting.
    let code = exit_code(sitting.stopped());
    drop(sitting);
    ExitCode::from(code)
}

/// Feed the sitting until it stops: a line, a signal, or the next
/// autosave, whichever comes first.
fn serve(
    sitting: &mut Sitting,
    rx: &Receiver<Incoming>,
    print: &mut Printer<std::io::Stdout>,
    clock: &dyn Clock,
    scripted: bool,
) {
    while sitting.stopped().is_none() {
        let wait = sitting
            .deadline()
            .map_or(IDLE, |due| due.saturating_duration_since(clock.now()));
        let lines = match rx.recv_timeout(wait) {
            Ok(incoming @ Incoming::Signal(_)) if !scripted => {
                // Ctrl-C leaves the cursor after "^C": start on a line of our own.
                print.lines(&[String::new()]);
                sitting.handle(incoming)
            }
            Ok(incoming) => {
                crash_on_request(&incoming);
                sitting.handle(incoming)
            }
            Err(RecvTimeoutError::Timeout) => sitting.tick(),
            Err(RecvTimeoutError::Disconnected) => sitting.handle(Incoming::End),
        };
        print.lines(&lines);
    }
}

/// Test builds crash on a line saying `crash!` when
/// `SAMENWERKWIJZER_TEST_CRASH` is set, so the crash path can be tested on
/// the real binary (as the TUI's F12). Release builds have no such line.
fn crash_on_request(incoming: &Incoming) {
    #[cfg(debug_assertions)]
    if matches!(incoming, Incoming::Line(l) if l == "crash!")
        && std::env::var_os("SAMENWERKWIJZER_TEST_CRASH").is_some()
    {
        panic!("crash requested for a test");
    }
    let _ = incoming;
}

/// The list of plans: what to open, or how the program ends.
fn pick(
    start: &Start,
    rx: &Receiver<Incoming>,
    print: &mut Printer<std::io::Stdout>,
) -> Result<Opening, ExitCode> {
    let tz = crate::store::system_time_zone();
    let library = Library::new(start.data.clone());
    let plans = match library.list(&start.guide) {
        Ok(entries) => entries.iter().map(|e| summary(e, &start.guide)).collect(),
        Err(e) => {
            print.lines(&[crate::text::fill(Txt::MsgListFailed, &[&e])]);
            Vec::new()
        }
    };
    let recover = recovery::find(library.data_dir(), &start.guide)
        .into_iter()
        .next();
    let mut picker = Picker::new(plans, recover);
    print.lines(&[Txt::PlainWelcome.get().to_string()]);
    print.lines(&picker.prompt(&tz));
    loop {
        let text = match rx.recv() {
            Ok(Incoming::Line(text)) => text,
            Ok(Incoming::TooLong) => String::new(),
            Ok(Incoming::End) | Err(_) => return Err(ExitCode::SUCCESS),
            Ok(Incoming::Signal(s)) => {
                return Err(ExitCode::from(u8::try_from(128 + s).unwrap_or(1)));
            }
        };
        let reply = picker.line(&text);
        print.lines(&reply.lines);
        match reply.choice {
            None => print.lines(&picker.prompt(&tz)),
            Some(Choice::Quit) => return Err(ExitCode::SUCCESS),
            Some(Choice::Open(path)) => return Ok(Opening::Open(path)),
            Some(Choice::Create(title)) => return Ok(Opening::Create(title)),
            Some(Choice::Recover(found)) => {
                let clock: Arc<dyn Clock> = Arc::new(SystemClock);
                let mut disk = super::disk::Disk::new(start.data.clone(), clock);
                match disk.recover(&found) {
                    Ok(path) => {
                        print.lines(&[Txt::RecoverDone.get().to_string()]);
                        return Ok(Opening::Open(path));
                    }
                    Err(why) => {
                        print.lines(&[crate::text::fill(Txt::MsgPickerFailed, &[&why])]);
                        print.lines(&picker.prompt(&tz));
                    }
                }
            }
        }
    }
}
