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

#[test]
fn the_projector_runs_in_a_terminal_and_gives_it_back() {
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
    let mut child = pty.slave.spawn_command(cmd).expect("spawn");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let mut writer = pty.master.take_writer().expect("writer");
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
    let mut send = |bytes: &[u8]| {
        writer.write_all(bytes).expect("write");
        writer.flush().expect("flush");
    };
    wait_for(&screen, "Vergelijking van 3 plannen");
    let running = pty.master.get_termios().expect("termios");
    assert!(
        !running.local_flags.contains(LocalFlags::ICANON),
        "raw mode"
    );
    send(b"1");
    wait_for(&screen, "De antwoorden zijn verborgen");
    send(b" ");
    wait_for(&screen, "gaven antwoord · verschil ");
    wait_for(&screen, "█");
    send(b"q");
    let start = Instant::now();
    let status = loop {
        if let Ok(Some(status)) = child.try_wait() {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("did not stop; screen:\n{}", contents(&screen));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.exit_code(), 0);
    let restored = pty.master.get_termios().expect("termios");
    assert!(
        restored
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO)
    );
    // After the screen is given back, the trainer reads what was skipped;
    // once that is read, everything before it has been read too.
    wait_for(&screen, "inleveren/rommel.ron: geen plan");
    let out = raw.lock().map(|r| r.clone()).unwrap_or_default();
    let out = String::from_utf8_lossy(&out);
    assert!(
        out.rfind("\x1b[?1049l") > out.rfind("\x1b[?1049h"),
        "left the alternate screen"
    );
}
