//! Helpers for the reader, writer and terminal-text rules: the real binary
//! with a watchdog (a FIFO must never hang it), special files, and plans.
#![cfg(unix)]
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use samenwerkwijzer::plan::{self, Plan};

/// Longer than anything the app does on a small file, even on a loaded
/// machine; reaching it means the app hangs.
pub const HANG: Duration = Duration::from_secs(20);

/// Run the binary in `cwd` with `data` as its data folder. Panics when it
/// does not finish within [`HANG`] (it is killed first). The memory limit
/// makes an unbounded read fail fast instead of filling the machine.
pub fn run_in(cwd: &Path, data: &Path, args: &[&str]) -> Output {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 2000000; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .args(args)
        .current_dir(cwd)
        .env("SAMENWERKWIJZER_DATA_DIR", data)
        .env("TZ", "UTC")
        .env("HOME", cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut o = Vec::new();
        let _ = out.read_to_end(&mut o);
        o
    });
    let err_reader = std::thread::spawn(move || {
        let mut e = Vec::new();
        let _ = err.read_to_end(&mut e);
        e
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > HANG {
            let _ = child.kill();
            let _ = child.wait();
            panic!("samenwerkwijzer {args:?} hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: reader.join().expect("stdout reader"),
        stderr: err_reader.join().expect("stderr reader"),
    }
}

/// Run `f` on another thread; `Err` when it does not return within
/// [`HANG`] (a blocking open of a FIFO, say; the thread is left behind).
pub fn within<T: Send + 'static>(
    what: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(HANG).map_err(|_| format!("{what} hangs"))
}

/// The output of the binary, or why there is none: it hangs.
pub fn try_run_in(cwd: &Path, data: &Path, args: &[&str]) -> Result<Output, String> {
    let (cwd, data) = (cwd.to_path_buf(), data.to_path_buf());
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    std::panic::catch_unwind(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run_in(&cwd, &data, &args)
    })
    .map_err(|_| "samenwerkwijzer hangs".to_string())
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A FIFO at `path`.
pub fn mkfifo(path: &Path) {
    nix::unistd::mkfifo(path, nix::sys::stat::Mode::S_IRWXU).expect("mkfifo");
}

pub fn symlink(target: impl AsRef<Path>, link: &Path) {
    std::os::unix::fs::symlink(target, link).expect("symlink");
}

pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

/// A small plan, as its file text.
pub fn plan_text(title: &str) -> String {
    plan::to_string(&Plan::new(title, crate::common::test_now()))
}

/// A data folder with its plans folder, and a plan `name.ron` in it.
pub fn data_with_plan(root: &Path, name: &str, title: &str) -> (PathBuf, PathBuf) {
    let data = root.join("data");
    std::fs::create_dir_all(data.join("plans")).expect("plans");
    let plan = data.join("plans").join(format!("{name}.ron"));
    std::fs::write(&plan, plan_text(title)).expect("plan");
    (data, plan)
}

/// What is at `path`, to compare before and after: the kind, and the
/// bytes of a file or the target of a link.
pub fn what_is_at(path: &Path) -> String {
    match std::fs::symlink_metadata(path) {
        Err(_) => "niets".into(),
        Ok(m) if m.file_type().is_symlink() => {
            format!("link {:?}", std::fs::read_link(path).expect("link"))
        }
        Ok(m) if m.is_file() => format!("file {:?}", std::fs::read(path).expect("read")),
        Ok(m) => format!("{:?}", m.file_type()),
    }
}
