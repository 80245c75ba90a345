//! The projector of `workshop compare` as the real binary in a
//! pseudo-terminal: it draws, the keys work, and the terminal is handed
//! back as it was, with the skipped files told after.
#![cfg(unix)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use nix::sys::termios::LocalFlags;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use crate::compare_support::six_dir;

const TIMEOUT: Duration = Duration::from_secs(20);

fn contents(screen: &Mutex<vt100::Parser>) -> String {
    screen
        .lock()
        .map(|p| p.screen().contents())
        .unwrap_or_default()
}

/// Wait until `text` is on the screen (a deadline for a slow machine, not
/// a wait for one of the app's timers: the projector has none).
fn wait_for(screen: &Mutex<vt100::Parser>, text: &str) {
    let start = Instant::now();
    while start.elapsed() < TIMEOUT {
        if contents(screen).contains(text) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("{text:?} never appeared; screen:\n{}", contents(screen));
}

struct Run {
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    master: Box<dyn portable_pty::MasterPty + Send>,
    _dir: tempfile::TempDir,
}

/// The projector on three plans and a file that is no plan, at 80x24.
fn start() -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    let hand_ins = dir.path().join("inleveren");
    std::fs::create_dir(&hand_ins).expect("folder");
    for f in ["jansen.ron", "bakker.ron", "visser.ron"] {
        std::fs::copy(six_dir().join(f), hand_ins.join(f)).expect("copy");
    }
    std::fs::write(hand_ins.join("rommel.ron"), "geen plan").expect("write");
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_samenwerkwijzer"));
    cmd.args(["workshop", "compare", "inleveren"]);
    cmd.cwd(dir.path());
    cmd.env("TERM", "xterm-256color");
    cmd.env("HOME", dir.path());
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
    Run {
        screen,
        raw,
        writer,
        child,
        master: pty.master,
        _dir: dir,
    }
}

impl Run {
    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write");
        self.writer.flush().expect("flush");
    }

    fn exit_code(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.exit_code();
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("did not stop; screen:\n{}", contents(&self.screen));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The terminal is as it was: cooked mode, the main screen.
    fn assert_restored(&self) {
        let restored = self.master.get_termios().expect("termios");
        assert!(
            restored
                .local_flags
                .contains(LocalFlags::ICANON | LocalFlags::ECHO)
        );
        let out = self.raw.lock().map(|r| r.clone()).unwrap_or_default();
        let out = String::from_utf8_lossy(&out);
        assert!(
            out.rfind("\x1b[?1049l") > out.rfind("\x1b[?1049h"),
            "left the alternate screen"
        );
    }
}

#[test]
fn the_projector_runs_in_a_terminal_and_gives_it_back() {
    let mut run = start();
    wait_for(&run.screen, "Vergelijking van 3 plannen");
    let running = run.master.get_termios().expect("termios");
    assert!(
        !running.local_flags.contains(LocalFlags::ICANON),
        "raw mode"
    );
    run.send(b"1");
    wait_for(&run.screen, "De antwoorden zijn verborgen");
    run.send(b" ");
    wait_for(&run.screen, "gaven antwoord · verschil ");
    wait_for(&run.screen, "█");
    run.send(b"q");
    assert_eq!(run.exit_code(), 0);
    // After the screen is given back, the trainer reads what was skipped;
    // once that is read, everything before it has been read too.
    wait_for(&run.screen, "inleveren/rommel.ron: geen plan");
    run.assert_restored();
}

#[test]
fn a_signal_stops_the_projector_and_gives_the_terminal_back() {
    let mut run = start();
    wait_for(&run.screen, "Vergelijking van 3 plannen");
    let pid = run.child.process_id().expect("pid");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    assert_eq!(run.exit_code(), 1, "stopped, not quit");
    wait_for(&run.screen, "gestopt door signaal 15");
    run.assert_restored();
}
