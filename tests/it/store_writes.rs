//! The one writer rule for the plan store and the app's own files in the
//! data folder: what may be replaced, links and FIFOs, names that never
//! collide, leftovers cleaned, private modes whatever the umask.
#![cfg(unix)]

use std::path::{Path, PathBuf};

use crate::rules_support::{
    data_with_plan, mkfifo, mode, plan_text, run_in, symlink, text, what_is_at,
};

/// What is at a plan's path when the plan store saves over it.
#[derive(Debug, Clone, Copy)]
enum AtPlan {
    Fifo,
    Folder,
    /// chmod 444 (R17).
    ReadOnly,
    /// A second name for the file (R10): replacing would split them.
    HardLinked,
    /// A link to the real plan (R10): written through, the link stays.
    Link,
    Plain,
}

/// `store::save` under the writer rule; `Err` says what went wrong.
fn save_case(at: AtPlan) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let real = dir.path().join("echt.ron");
    std::fs::write(&real, plan_text("Oud")).map_err(|e| e.to_string())?;
    let path = dir.path().join("plan.ron");
    match at {
        AtPlan::Fifo => mkfifo(&path),
        AtPlan::Folder => std::fs::create_dir(&path).map_err(|e| e.to_string())?,
        AtPlan::ReadOnly => {
            std::fs::write(&path, plan_text("Oud")).map_err(|e| e.to_string())?;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444))
                .map_err(|e| e.to_string())?;
        }
        AtPlan::HardLinked => std::fs::hard_link(&real, &path).map_err(|e| e.to_string())?,
        AtPlan::Link => symlink(&real, &path),
        AtPlan::Plain => std::fs::write(&path, plan_text("Oud")).map_err(|e| e.to_string())?,
    }
    let before = (what_is_at(&path), what_is_at(&real));
    let plan = samenwerkwijzer::plan::Plan::new("Nieuw", crate::common::test_now());
    let p = path.clone();
    let saved = crate::rules_support::within("store::save", move || {
        samenwerkwijzer::store::save(&p, &plan).map_err(|e| e.to_string())
    })?;
    let reads_new = |p: &Path| std::fs::read_to_string(p).is_ok_and(|t| t.contains("\"Nieuw\""));
    match (at, saved) {
        (AtPlan::Plain, Ok(())) if reads_new(&path) => Ok(()),
        (AtPlan::Link, Ok(())) => {
            let link_kept =
                std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
            if link_kept && reads_new(&real) {
                Ok(())
            } else {
                Err("the link was replaced instead of written through".into())
            }
        }
        (AtPlan::Plain | AtPlan::Link, other) => Err(format!("not saved: {other:?}")),
        (_, Ok(())) => Err("saved anyway".into()),
        (_, Err(message)) => {
            if (what_is_at(&path), what_is_at(&real)) != before {
                return Err(format!("refused but changed: {message}"));
            }
            let says = match at {
                AtPlan::Fifo => "FIFO",
                AtPlan::Folder => "een map",
                AtPlan::ReadOnly => "alleen-lezen",
                _ => "tweede naam",
            };
            if message.contains(says) {
                Ok(())
            } else {
                Err(format!("does not say {says:?}: {message}"))
            }
        }
    }
}

#[test]
fn saving_a_plan_follows_the_writer_rule() {
    let failures: Vec<String> = [
        AtPlan::Fifo,
        AtPlan::Folder,
        AtPlan::ReadOnly,
        AtPlan::HardLinked,
        AtPlan::Link,
        AtPlan::Plain,
    ]
    .into_iter()
    .filter_map(|at| save_case(at).err().map(|why| format!("{at:?}: {why}")))
    .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The app's own files in the data folder never go through a link that
/// leads out of it, and never into a FIFO.
#[test]
fn the_data_folder_writers_never_follow_a_link_out() {
    use samenwerkwijzer::store::{DataDir, Library, Session, history, recovery};
    let dir = tempfile::tempdir().expect("tempdir");
    let outside = dir.path().join("buiten");
    std::fs::create_dir(&outside).expect("outside");
    let (root, plan) = data_with_plan(dir.path(), "plan", "Plan");
    let data = DataDir::new(&root).with_fallback(dir.path().join("tmp"));
    std::fs::create_dir(data.fallback()).expect("tmp");
    let now = crate::common::test_now();
    let mut failures = Vec::new();

    // state.ron as a link to a file outside, then as a FIFO.
    let victim = outside.join("bestand");
    std::fs::write(&victim, "van iemand anders").expect("victim");
    symlink(&victim, &data.state_file());
    if Session::remember(&data, &plan).is_ok() {
        failures.push("state.ron: written through a link".to_string());
    }
    std::fs::remove_file(data.state_file()).expect("unlink");
    mkfifo(&data.state_file());
    let d = data.clone();
    let p = plan.clone();
    match crate::rules_support::within("Session::save", move || Session::remember(&d, &p)) {
        Ok(Err(e)) if e.to_string().contains("FIFO") => {}
        other => failures.push(format!("state.ron FIFO: {other:?}")),
    }

    // history/ as a link out of the data folder.
    symlink(&outside, &root.join("history"));
    match history::snapshot(&data, &plan, now) {
        Err(e) if e.to_string().contains("koppeling") => {}
        other => failures.push(format!("history: {other:?}")),
    }
    // recovery/ too: the copy goes to the fallback folder instead.
    symlink(&outside, &root.join("recovery"));
    let p = samenwerkwijzer::plan::Plan::new("Herstel", now);
    match recovery::write(&data, &plan, &p, now) {
        Ok(path) if path.starts_with(data.fallback()) => {}
        other => failures.push(format!("recovery: {other:?}")),
    }
    // trash/ too: the plan stays where it is.
    symlink(&outside, &root.join("trash"));
    match Library::new(data.clone()).trash(&plan, now) {
        Err(e) if e.to_string().contains("koppeling") && plan.exists() => {}
        other => failures.push(format!("trash: {other:?}")),
    }
    let leaked: Vec<_> = std::fs::read_dir(&outside)
        .expect("outside")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    if leaked.len() != 1
        || std::fs::read_to_string(&victim).ok().as_deref() != Some("van iemand anders")
    {
        failures.push(format!("written outside: {leaked:?}"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// R4: two plans of the same name deleted in the same second both stay
/// in the trash, each with its own content.
#[test]
fn two_deletions_in_one_second_both_stay() {
    use samenwerkwijzer::store::{DataDir, Library};
    let dir = tempfile::tempdir().expect("tempdir");
    let (root, plan) = data_with_plan(dir.path(), "plan", "Eerste");
    let library = Library::new(DataDir::new(&root));
    let now = crate::common::test_now();
    let first = library.trash(&plan, now).expect("first");
    std::fs::write(&plan, plan_text("Tweede")).expect("again");
    let second = library.trash(&plan, now).expect("second");
    assert_ne!(first, second);
    assert!(
        std::fs::read_to_string(&first)
            .expect("first")
            .contains("Eerste")
    );
    assert!(
        std::fs::read_to_string(&second)
            .expect("second")
            .contains("Tweede")
    );
    assert_eq!(first.file_name(), plan.file_name(), "the name is kept");
}

/// R8: plans whose file names are not valid UTF-8 keep their own history;
/// restoring one never writes the other's content.
#[test]
fn history_folders_never_collide() {
    use samenwerkwijzer::store::{DataDir, history};
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let (root, _) = data_with_plan(dir.path(), "x", "X");
    let data = DataDir::new(&root);
    let now = crate::common::test_now();
    let names: [&[u8]; 3] = [b"A\xff.ron", b"A\xfe.ron", "A\u{fffd}.ron".as_bytes()];
    let paths: Vec<PathBuf> = names
        .iter()
        .enumerate()
        .map(|(n, name)| {
            let p = root.join("plans").join(OsStr::from_bytes(name));
            std::fs::write(&p, plan_text(&format!("Plan {n}"))).expect("plan");
            history::snapshot(&data, &p, now).expect("snapshot");
            p
        })
        .collect();
    for (n, p) in paths.iter().enumerate() {
        let versions = history::versions(&data, p).expect("versions");
        assert_eq!(versions.len(), 1, "{n}: only its own copy");
        std::fs::write(p, plan_text("Vergissing")).expect("mistake");
        history::restore(&data, p, &versions[0].path, now).expect("restore");
        let back = std::fs::read_to_string(p).expect("read");
        assert!(back.contains(&format!("Plan {n}")), "{n}: {back}");
    }
}

/// R17: a temporary file left by a save that was killed is removed by the
/// next look at the plans folder once it is clearly abandoned; one that
/// may belong to a save in progress stays.
#[test]
fn a_killed_saves_leftovers_are_cleaned_up() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (data, _) = data_with_plan(dir.path(), "plan", "Plan");
    let old = data.join("plans").join(".samenwerkwijzer-Ab12Cd.tmp");
    let fresh = data.join("plans").join(".samenwerkwijzer-Ef34Gh.tmp");
    let mine = data.join("plans").join("notities.tmp");
    for p in [&old, &fresh, &mine] {
        std::fs::write(p, "(version: 3, meta: (tit").expect("leftover");
    }
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    for p in [&old, &mine] {
        std::fs::File::options()
            .write(true)
            .open(p)
            .and_then(|f| f.set_modified(two_hours_ago))
            .expect("age");
    }
    let out = run_in(dir.path(), &data, &["list"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!old.exists(), "abandoned: removed");
    assert!(fresh.exists(), "maybe in use: kept");
    assert!(mine.exists(), "not ours: kept");
}

const UMASK_CHILD: &str = "SAMENWERKWIJZER_UMASK_CHILD";

/// R18: every file the app writes is 0600 and every folder it makes 0700,
/// under umask 000 (nothing taken away) and 277 (even the owner's write
/// permission taken away). The writing runs in a child with that umask.
#[test]
fn files_and_folders_are_private_whatever_the_umask() {
    if std::env::var_os(UMASK_CHILD).is_some() {
        return write_everything_and_check_modes();
    }
    for umask in ["000", "277"] {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
            .arg(std::env::current_exe().expect("test binary"))
            .args([
                "store_writes::files_and_folders_are_private_whatever_the_umask",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(UMASK_CHILD, "1")
            .output()
            .expect("child");
        assert!(
            out.status.success(),
            "umask {umask}:\n{}",
            text(&out.stderr)
        );
    }
}

/// In the child: every writer once, then every mode under the folder.
fn write_everything_and_check_modes() {
    use crate::common::Harness;
    use samenwerkwijzer::export::Format;
    use samenwerkwijzer::store::{self, DataDir, Library, recovery};

    let mut h = Harness::with_plan("Privé");
    let base = h.dir.path().to_path_buf();
    h.answer_text("opgave.omschrijving", "Gevoelig");
    h.ctrl('s'); // the plan, its history copy, state.ron, the lock file
    let elsewhere = base.join("elders").join("dieper").join("plan.ron");
    h.save_as(&elsewhere.to_string_lossy());
    assert_eq!(h.editor().path, elsewhere, "{:?}", h.app.message);
    h.set_export_dir(&base.join("export").join("nieuw"));
    h.export(Format::Markdown);
    let data = DataDir::new(h.data_dir()).with_fallback(base.join("tmp").join("herstel"));
    let now = crate::common::test_now();
    let plan = h.editor().plan.clone();
    recovery::write(&data, &elsewhere, &plan, now).expect("recovery copy");
    store::create_private_dir(data.fallback()).expect("fallback");
    let blocked = DataDir::new(base.join("elders").join("dieper").join("plan.ron"))
        .with_fallback(data.fallback());
    recovery::write(&blocked, &elsewhere, &plan, now).expect("fallback copy");
    let library = Library::new(data.clone());
    let (second, _) = library.create("Weg ermee", now).expect("create");
    library.trash(&second, now).expect("trash");
    store::write_export(&base.join("export.md"), b"# x", false, None).expect("export");
    let guide = base.join("gids").join("nieuw");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .args(["guide", "copy", &guide.to_string_lossy()])
        .output()
        .expect("guide copy");
    assert!(out.status.success(), "{}", text(&out.stderr));

    let mut wrong = Vec::new();
    let mut stack = vec![base.clone()];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("dir").filter_map(Result::ok) {
            let path = entry.path();
            let meta = std::fs::symlink_metadata(&path).expect("meta");
            let want = if meta.is_dir() {
                stack.push(path.clone());
                0o700
            } else {
                files += 1;
                0o600
            };
            if mode(&path) != want {
                wrong.push(format!("{:o} {}", mode(&path), path.display()));
            }
        }
    }
    assert!(files >= 15, "only {files} files written");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
