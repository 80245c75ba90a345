//! The real binary in a pseudo-terminal: start it, type, quit, and check
//! that the plan was written and the terminal was given back as it was.
#![cfg(unix)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nix::sys::termios::LocalFlags;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    master: Box<dyn portable_pty::MasterPty + Send>,
}

/// Generous: CI machines can be slow to start a binary.
const TIMEOUT: Duration = Duration::from_secs(20);

impl Session {
    fn start(args: &[&str]) -> Session {
        Session::start_with(args, &[])
    }

    fn start_with(args: &[&str], env: &[(&str, &str)]) -> Session {
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
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::default()));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (screen.clone(), raw.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
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
            writer,
            child,
            master: pty.master,
        }
    }

    fn contents(&self) -> String {
        self.screen
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < TIMEOUT {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{text:?} never appeared; screen:\n{}", self.contents());
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write");
        self.writer.flush().expect("flush");
        std::thread::sleep(Duration::from_millis(50));
    }

    fn wait_exit(&mut self) -> u32 {
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
    let raw = s.master.get_termios().expect("termios");
    assert!(
        !raw.local_flags.contains(LocalFlags::ICANON),
        "raw mode while running"
    );

    s.send(b"\r"); // Enter: answer the first question
    s.send("Zoë typt één zin".as_bytes());
    s.wait_for("Zoë typt één zin");
    s.send(b"\x1b"); // Esc: done
    // A bracketed paste on a text question answers it, keys and all.
    s.send(b"\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B"); // down to the kaders question
    s.wait_for("▶ 7.");
    s.send(b"\x1b[200~Betaalbaar\r\nn q\x1b[201~");
    s.wait_for("Betaalbaar");
    s.send(b"\x1b"); // Esc: done
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
    let restored = s.master.get_termios().expect("termios");
    assert!(
        restored
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO)
    );
    let out = s.raw.lock().map(|r| r.clone()).unwrap_or_default();
    let out = String::from_utf8_lossy(&out);
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
    s.send("Bijna kwijt".as_bytes());
    s.wait_for("Bijna kwijt");
    // F12 at once: within the second before autosave would have saved it.
    s.send(b"\x1b[24~");
    let code = s.wait_exit();
    assert_ne!(code, 0, "a crash is not a clean exit");
    let restored = s.master.get_termios().expect("termios");
    assert!(
        restored
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO)
    );
    let out = s.raw.lock().map(|r| r.clone()).unwrap_or_default();
    let out = String::from_utf8_lossy(&out);
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
