//! The real binary in a pseudo-terminal: start it, type, quit, and check
//! that the plan was written and the terminal was given back as it was.
//! `Session` is the harness; the plain line mode's tests use it too.
#![cfg(unix)]

use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nix::sys::termios::LocalFlags;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

pub(crate) struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Option<Box<dyn Write + Send>>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    master: Option<Box<dyn portable_pty::MasterPty + Send>>,
    /// Tells the reading thread to let go of the terminal.
    stop: Arc<AtomicBool>,
}

/// Generous: CI machines can be slow to start a binary.
const TIMEOUT: Duration = Duration::from_secs(20);

/// Autosave waits an hour (a test-build hook), so only the path under
/// test can have saved what was typed; no test races the app's timer.
pub(crate) const NO_AUTOSAVE: (&str, &str) = ("SAMENWERKWIJZER_TEST_AUTOSAVE_MS", "3600000");

/// On the form: the key bar names the keys of the form.
const ON_THE_FORM: &str = "Enter  beantwoorden";
/// A text field is open.
const TYPING: &str = "Typ uw antwoord.";

impl Session {
    pub(crate) fn start(args: &[&str]) -> Session {
        Session::start_with(args, &[])
    }

    pub(crate) fn start_with(args: &[&str], env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_samenwerkwijzer"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove(samenwerkwijzer::store::DATA_DIR_ENV);
        cmd.env(NO_AUTOSAVE.0, NO_AUTOSAVE.1);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::default()));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (s, r, halt) = (screen.clone(), raw.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || halt.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(mut p) = s.lock() {
                    p.process(&buf[..n]);
                }
                if let Ok(mut r) = r.lock() {
                    r.extend_from_slice(&buf[..n]);
                }
            }
        });
        Session {
            screen,
            raw,
            writer: Some(writer),
            child,
            master: Some(pty.master),
            stop,
        }
    }

    pub(crate) fn pid(&self) -> nix::unistd::Pid {
        let pid = self.child.process_id().expect("pid");
        nix::unistd::Pid::from_raw(i32::try_from(pid).expect("pid fits"))
    }

    pub(crate) fn termios(&self) -> nix::sys::termios::Termios {
        self.master
            .as_ref()
            .and_then(|m| m.get_termios())
            .expect("termios")
    }

    /// Close the terminal window: every handle on the terminal's side goes,
    /// and the system sends the app a hangup.
    pub(crate) fn close_window(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // A resize makes the app redraw, which wakes the reading thread so
        // it sees `stop` and lets go of its handle.
        if let Some(m) = &self.master {
            let _ = m.resize(PtySize {
                rows: 25,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            });
        }
        std::thread::sleep(Duration::from_millis(100));
        self.writer = None;
        self.master = None;
    }

    /// Everything the app wrote, once it has left the alternate screen
    /// (the reading thread may still be catching up after the app exits).
    pub(crate) fn output(&self) -> String {
        self.output_until(|out| out.rfind("\x1b[?1049l") > out.rfind("\x1b[?1049h"))
    }

    /// Everything the app wrote, once `done` holds for it (or time is up).
    pub(crate) fn output_until(&self, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let out = self.raw.lock().map(|r| r.clone()).unwrap_or_default();
            let out = String::from_utf8_lossy(&out).into_owned();
            if done(&out) || start.elapsed() > TIMEOUT {
                return out;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Every byte the app wrote so far, as it came.
    pub(crate) fn raw(&self) -> Vec<u8> {
        self.raw.lock().map(|r| r.clone()).unwrap_or_default()
    }

    pub(crate) fn contents(&self) -> String {
        self.screen
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    pub(crate) fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{text:?} never appeared; screen:\n{}", self.contents());
    }

    /// Write bytes as the terminal would. No pause after: a test waits for
    /// what the screen shows before it goes on.
    pub(crate) fn send(&mut self, bytes: &[u8]) {
        let writer = self.writer.as_mut().expect("terminal open");
        writer.write_all(bytes).expect("write");
        writer.flush().expect("flush");
    }

    pub(crate) fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("the app did not stop; screen:\n{}", self.contents());
    }
}

#[test]
fn type_quit_and_find_the_plan_written_and_the_terminal_restored() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path").to_string();
    let mut s = Session::start(&["--data-dir", &data, "new", "Proef in de terminal"]);
    s.wait_for("Stap 0 — Opgave en visie");
    // While running, the terminal is in raw mode.
    let raw = s.termios();
    assert!(
        !raw.local_flags.contains(LocalFlags::ICANON),
        "raw mode while running"
    );

    s.send(b"\r"); // Enter: answer the first question
    s.wait_for(TYPING);
    s.send("Zoë typt één zin".as_bytes());
    s.wait_for("Zoë typt één zin");
    // A lone Esc: waited for, so the next byte is not read with it as Alt.
    s.send(b"\x1b");
    s.wait_for(ON_THE_FORM);
    // A bracketed paste on a text question answers it, keys and all.
    s.send(b"\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B"); // down to the kaders question
    s.wait_for("▶ 7.");
    s.send(b"\x1b[200~Betaalbaar\r\nn q\x1b[201~");
    s.wait_for("Betaalbaar");
    s.send(b"\x1b"); // Esc: done
    s.wait_for(ON_THE_FORM);
    s.send(b"\x11"); // Ctrl-Q
    assert_eq!(s.wait_exit(), 0, "clean exit");

    let plan_file = dir.path().join("plans").join("proef-in-de-terminal.ron");
    let text = std::fs::read_to_string(&plan_file).expect("plan written");
    assert!(text.contains("Zoë typt één zin"), "{text}");
    assert!(
        text.contains("\"opgave.kaders\": Text(\"Betaalbaar\\nn q\")"),
        "{text}"
    );

    // The terminal is handed back: raw mode off, main screen, paste mode off.
    let restored = s.termios();
    assert!(
        restored
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO)
    );
    let out = s.output();
    assert!(out.contains("\x1b[?2004h"), "bracketed paste was on");
    assert!(out.contains("\x1b[?2004l"), "bracketed paste is off again");
    assert!(
        out.rfind("\x1b[?1049l") > out.rfind("\x1b[?1049h"),
        "left the alternate screen"
    );
}

#[test]
fn list_prints_plans_without_a_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .args(["--data-dir", data, "list"])
        .output()
        .expect("run list");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Nog geen plannen"));
}

#[test]
fn a_bad_guide_is_refused_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("guide.ron"),
        "(title: \"x\", steps: [\"stap0.ron\"],)",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("stap0.ron"),
        "(id: \"s\", title: \"t\",\n  short_title: 5)",
    )
    .expect("write");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .args(["--guide", dir.path().to_str().expect("path"), "list"])
        .output()
        .expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("stap0.ron, regel 2, kolom"), "{err}");
}

/// A crash (a panic, forced with F12 in test builds) gives the terminal
/// back, keeps the typed text in a recovery copy, and the next start
/// offers to put it back.
#[cfg(debug_assertions)]
#[test]
fn after_a_crash_the_terminal_is_restored_and_the_plan_is_offered_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path").to_string();
    let crash = [("SAMENWERKWIJZER_TEST_CRASH", "1")];
    let mut s = Session::start_with(&["--data-dir", &data, "new", "Crash"], &crash);
    s.wait_for("Stap 0 — Opgave en visie");
    s.send(b"\r");
    s.wait_for(TYPING);
    s.send("Bijna kwijt".as_bytes());
    s.wait_for("Bijna kwijt");
    // F12: autosave is off (NO_AUTOSAVE), so only the crash path keeps it.
    s.send(b"\x1b[24~");
    let code = s.wait_exit();
    assert_ne!(code, 0, "a crash is not a clean exit");
    let restored = s.termios();
    assert!(
        restored
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO)
    );
    let out = s.output_until(|out| out.contains("herstelkopie"));
    assert!(
        out.rfind("\x1b[?1049l") > out.rfind("\x1b[?1049h"),
        "left the alternate screen"
    );
    assert!(out.contains("herstelkopie"), "told about the recovery copy");

    let recovery = std::fs::read_dir(dir.path().join("recovery"))
        .expect("recovery folder")
        .count();
    assert_eq!(recovery, 1);

    let mut again = Session::start(&["--data-dir", &data]);
    again.wait_for("Herstelkopie gevonden");
    again.send(b"\r");
    again.wait_for("Bijna kwijt");
    again.wait_for("teruggezet");
    again.send(b"\x11");
    assert_eq!(again.wait_exit(), 0);
    let text = std::fs::read_to_string(dir.path().join("plans").join("crash.ron")).expect("plan");
    assert!(text.contains("Bijna kwijt"), "{text}");
}

#[test]
fn the_example_plan_opens_as_a_copy_in_the_plans_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path").to_string();
    let mut s = Session::start(&["--data-dir", &data, "example"]);
    s.wait_for("Warmtenet in de regio");
    s.send(b"\x11");
    assert_eq!(s.wait_exit(), 0);
    let copy = dir.path().join("plans").join("voorbeeld.ron");
    let text = std::fs::read_to_string(copy).expect("the example was copied");
    assert!(text.contains("Woonstichting De Linde"));
}

fn plan_text(dir: &std::path::Path, file: &str) -> String {
    std::fs::read_to_string(dir.join("plans").join(file)).expect("plan file")
}

/// Start a new plan, open the first question and type `text`.
fn typed(data: &str, title: &str, text: &str) -> Session {
    let mut s = Session::start(&["--data-dir", data, "new", title]);
    s.wait_for("Stap 0 — Opgave en visie");
    s.send(b"\r");
    s.wait_for(TYPING);
    s.send(text.as_bytes());
    s.wait_for(text);
    s
}

/// R7: SIGTERM, SIGHUP, SIGINT and SIGQUIT within moments of typing save
/// the text (autosave is off, so only the signal path can have saved it)
/// and give the terminal back.
#[test]
fn a_signal_right_after_typing_saves_the_text_and_restores_the_terminal() {
    use nix::sys::signal::{Signal, kill};
    for signal in [
        Signal::SIGHUP,
        Signal::SIGTERM,
        Signal::SIGINT,
        Signal::SIGQUIT,
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = dir.path().to_str().expect("utf-8 path").to_string();
        let mut s = typed(&data, "Signaal", "Niet kwijtraken");
        let typed_at = Instant::now();
        kill(s.pid(), signal).expect("signal");
        assert!(typed_at.elapsed() < Duration::from_millis(300));
        let code = s.wait_exit();
        assert_eq!(
            code,
            128 + signal as u32,
            "{signal:?}: stopped by the signal"
        );
        let text = plan_text(dir.path(), "signaal.ron");
        assert!(text.contains("Niet kwijtraken"), "{signal:?}: {text}");
        let out = s.output();
        assert!(
            out.rfind("\x1b[?1049l") > out.rfind("\x1b[?1049h"),
            "{signal:?}: left the alternate screen"
        );
        assert!(s.termios().local_flags.contains(LocalFlags::ICANON));
    }
}

/// R7: closing the terminal window a moment after typing loses nothing;
/// the text is there at the next start.
#[test]
fn closing_the_window_right_after_typing_loses_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path").to_string();
    let mut s = typed(&data, "Venster dicht", "Net op tijd");
    s.close_window();
    s.wait_exit();
    let mut again = Session::start(&["--data-dir", &data]);
    again.wait_for("Net op tijd");
    again.send(b"\x11");
    assert_eq!(again.wait_exit(), 0);
}

/// R5: pasted text that contains the end-of-paste marker must not let what
/// follows run as keys. Here 30 Ctrl-W after a false end would delete the
/// words of both answers; they become part of the pasted text instead.
#[test]
fn a_paste_that_ends_itself_early_never_runs_as_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path").to_string();
    let mut s = typed(&data, "Plakken", "Eerste antwoord blijft");
    s.send(b" en");
    s.wait_for("blijft en");
    let mut hostile = b"\x1b[200~ wat er al stond\x1b[201~".to_vec();
    hostile.extend(std::iter::repeat_n(0x17u8, 30)); // Ctrl-W, thirty times
    hostile.extend(b"\x1b[Ahier\x1b[201~");
    s.send(&hostile);
    s.wait_for("␗hier");
    s.send(b"\x1b");
    s.wait_for(ON_THE_FORM);
    s.send(b"\x11");
    assert_eq!(s.wait_exit(), 0);
    let text = plan_text(dir.path(), "plakken.ron");
    let expected = format!(
        "Eerste antwoord blijft en wat er al stond{}hier",
        "\u{2417}".repeat(30)
    );
    assert!(text.contains(&expected), "{text}");
}

/// `list`: one plan a line, the columns in line whatever the title, the
/// title last and whole; a damaged plan says why at the end of its line.
#[test]
fn list_keeps_its_columns_and_every_title_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
            .arg("--data-dir")
            .arg(data)
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run")
    };
    let long = "Een heel lange titel over warmte, water en wegen in de hele regio samen";
    for (file, title) in [("lang", long), ("kort", "Kort")] {
        let plan = samenwerkwijzer::plan::Plan::new(title, jiff::Timestamp::UNIX_EPOCH);
        let path = dir.path().join(format!("plans/{file}.ron"));
        samenwerkwijzer::store::save_new(&path, &plan).expect("save");
    }
    std::fs::write(dir.path().join("plans/kapot.ron"), "x").expect("write");
    let out = run(&["list"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(text.contains(long), "the long title whole:\n{text}");
    let line_of = |needle: &str| {
        lines
            .iter()
            .find(|l| l.contains(needle))
            .copied()
            .unwrap_or_else(|| panic!("{needle}:\n{text}"))
    };
    assert!(line_of("Kort").ends_with("0%  Kort"), "{text}");
    assert!(line_of("kapot").contains("!  beschadigd:"), "{text}");
    // The date starts in the same column on every line.
    let columns: Vec<usize> = lines
        .iter()
        .map(|l| l.find(char::is_numeric).expect("a date"))
        .collect();
    assert!(columns.windows(2).all(|w| w[0] == w[1]), "{text}");
}

/// Without a terminal (input from a pipe) the app goes line by line
/// instead of failing with a system error; the presenter says in Dutch
/// that it needs a terminal.
#[test]
fn without_a_terminal_the_app_goes_line_by_line() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path");
    let plan = samenwerkwijzer::plan::Plan::new("Zonder scherm", jiff::Timestamp::UNIX_EPOCH);
    samenwerkwijzer::store::save_new(&dir.path().join("plans/zonder.ron"), &plan).expect("save");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .args(["--data-dir", data, "open", "zonder"])
        .env_remove("SAMENWERKWIJZER_PLAIN")
        .env("TERM", "xterm-256color")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"stoppen\n")
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("regel voor regel"), "{text}");
    assert!(!text.contains('\u{1b}'), "no escape sequence: {text:?}");

    let made = std::process::Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .args(["workshop", "new", "training", "--case", "fietsroutes"])
        .current_dir(dir.path())
        .output()
        .expect("workshop new");
    assert!(made.status.success());
    let present = std::process::Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .args(["workshop", "present", "training"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("present");
    assert_eq!(present.status.code(), Some(1));
    let said = String::from_utf8_lossy(&present.stderr);
    assert!(said.contains("heeft een terminalvenster nodig"), "{said}");
    assert!(!said.contains("os error"), "{said}");
}
