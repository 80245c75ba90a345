//! The real presenter in a pseudo-terminal: it starts on the first item,
//! takes keys, saves its state on every change and on quitting, and gives
//! the terminal back; started again, it resumes where it was.
#![cfg(unix)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nix::sys::termios::LocalFlags;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const TIMEOUT: Duration = Duration::from_secs(20);

struct Presenter {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Presenter {
    fn start(dir: &std::path::Path) -> Presenter {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_samenwerkwijzer"));
        cmd.args(["workshop", "present", "training"]);
        cmd.cwd(dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env("SAMENWERKWIJZER_DATA_DIR", dir);
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::default()));
        let s = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = s.lock() {
                    p.process(&buf[..n]);
                }
            }
        });
        Presenter {
            screen,
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
        panic!("the presenter did not stop; screen:\n{}", self.contents());
    }
}

/// `workshop new training --case CASE` in `dir`.
fn new_workshop(dir: &std::path::Path, case: &str) {
    let made = std::process::Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .args(["workshop", "new", "training", "--case", case])
        .current_dir(dir)
        .output()
        .expect("workshop new");
    assert!(made.status.success());
}

#[test]
fn present_take_keys_quit_and_resume() {
    let dir = tempfile::tempdir().expect("tempdir");
    new_workshop(dir.path(), "leerlingenvervoer");

    let mut p = Presenter::start(dir.path());
    p.wait_for("Onderdeel 1 van 11");
    p.wait_for("Welkom en uitleg");
    let raw = p.master.get_termios().expect("termios");
    assert!(!raw.local_flags.contains(LocalFlags::ICANON), "raw mode");
    p.send(b" ");
    p.wait_for("De klok loopt");
    p.send(b"\x1b[C"); // →
    p.wait_for("Onderdeel 2 van 11");
    p.wait_for("De casus lezen");
    p.send(b"n");
    p.wait_for("Notities voor de trainer");
    p.send(b"q");
    assert_eq!(p.wait_exit(), 0);
    let restored = p.master.get_termios().expect("termios");
    assert!(
        restored
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO)
    );

    let state =
        std::fs::read_to_string(dir.path().join("training/presentatie.ron")).expect("state saved");
    assert!(state.contains("current: \"casus\""), "{state}");
    assert!(state.contains("running_since: Some("), "{state}");

    let mut p = Presenter::start(dir.path());
    p.wait_for("Verder waar u was: De casus lezen.");
    p.wait_for("Onderdeel 2 van 11");
    p.send(b"q");
    assert_eq!(p.wait_exit(), 0);
}

/// Closing the window or a `kill` stops the presenter cleanly: the state
/// is saved and the terminal handed back, not left in raw mode.
#[test]
fn a_signal_stops_the_presenter_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    new_workshop(dir.path(), "fietsroutes");
    let mut p = Presenter::start(dir.path());
    p.wait_for("Onderdeel 1 van 11");
    p.send(b"\x1b[C");
    p.wait_for("Onderdeel 2 van 11");
    let pid = p.child.process_id().expect("pid");
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .expect("kill");
    assert_eq!(p.wait_exit(), 0, "a clean stop");
    let restored = p.master.get_termios().expect("termios");
    assert!(
        restored
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO)
    );
    let state =
        std::fs::read_to_string(dir.path().join("training/presentatie.ron")).expect("state saved");
    assert!(state.contains("current: \"casus\""), "{state}");
}

/// Closing the projector's terminal window stops the presenter: it saves
/// and exits, instead of spinning on a terminal that is gone.
#[test]
fn closing_the_window_stops_the_presenter() {
    let dir = tempfile::tempdir().expect("tempdir");
    new_workshop(dir.path(), "fietsroutes");
    let training = dir.path().join("training");
    let training = training.to_str().expect("utf-8 path");
    let mut s = crate::pty::Session::start(&["workshop", "present", training]);
    s.wait_for("Onderdeel 1 van 11");
    s.send(b"\x1b[C");
    s.wait_for("Onderdeel 2 van 11");
    s.close_window();
    s.wait_exit();
    let state =
        std::fs::read_to_string(dir.path().join("training/presentatie.ron")).expect("state saved");
    assert!(state.contains("current: \"casus\""), "{state}");
}
