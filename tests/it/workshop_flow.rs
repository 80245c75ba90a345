//! A workshop from start to finish through the real binary: the trainer
//! makes the folder, two groups join, fill in their plans and hand them
//! in; the trainer's folder holds one anonymous copy per group, and no
//! group's file is ever replaced.

use std::path::{Path, PathBuf};

use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::plan::{Answer, Plan, YesNo};

use crate::export_support::{samenwerkwijzer, stderr, stdout};

fn guide() -> Guide {
    load_embedded().expect("embedded guide")
}

fn load(path: &Path) -> Plan {
    let bytes = std::fs::read(path).expect("read plan");
    samenwerkwijzer::plan::from_bytes(&bytes, &guide())
        .expect("a valid plan")
        .plan
}

/// The plan files in `dir`, by name.
fn plans_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    files
}

/// What a group does in the app, done to the file: answer some questions
/// and fill in who they are.
fn fill(path: &Path, form: &str, author: &str) {
    let mut plan = load(path);
    plan.meta.author = author.to_string();
    plan.meta.fractie = "Lokaal Belang".to_string();
    plan.answers
        .insert("doelen.vorm".into(), Answer::Choice(form.to_string()));
    plan.answers
        .insert("doelen.uittreding".into(), Answer::YesNo(YesNo::Nee));
    std::fs::write(path, samenwerkwijzer::plan::to_string(&plan)).expect("save");
}

#[test]
fn new_join_fill_and_hand_in() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let run = |args: &[&str]| {
        let out = samenwerkwijzer(args, root);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    run(&["workshop", "new", "training", "--case", "energiehuis"]);

    // Two groups join from the folder (on a USB stick, in real life).
    let said = run(&[
        "workshop",
        "join",
        "training",
        "--group",
        "Groep A",
        "--no-open",
    ]);
    assert!(
        said.contains("Plan \"Een Energiehuis met inwoners en corporatie — Groep A\" gemaakt"),
        "{said}"
    );
    run(&[
        "workshop",
        "join",
        "training",
        "--group",
        "Groep B",
        "--no-open",
    ]);
    let plans = plans_in(&root.join("plans"));
    assert_eq!(plans.len(), 2, "{plans:?}");
    // The case is kept beside the plans, for the app to show later.
    let kept = std::fs::read_to_string(root.join("cases/energiehuis.ron")).expect("kept");
    assert_eq!(
        kept,
        std::fs::read_to_string(root.join("training/casus.ron")).expect("case")
    );
    let (a, b) = (&plans[0], &plans[1]);
    let plan_a = load(a);
    assert_eq!(plan_a.case.as_deref(), Some("energiehuis"));
    assert_eq!(plan_a.meta.gemeente, "Weerdam");
    assert!(
        plan_a.answers.contains_key("opgave.omschrijving"),
        "the case's context"
    );
    let tasks: Vec<&str> = plan_a.answers["inventaris.taken"]
        .as_items()
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(
        tasks[0], "taak-advies",
        "case item ids, the same for every group"
    );

    fill(a, "conv", "Anna Jansen");
    fill(b, "sti", "Bert de Boer");

    // Group A hands in without names; group B chooses to include them.
    let said = run(&[
        "workshop",
        "hand-in",
        "Een Energiehuis met inwoners en corporatie — Groep A",
        "training",
    ]);
    assert!(said.contains("zonder uw naam en fractie"), "{said}");
    let b_arg = b.to_string_lossy().into_owned();
    let said = run(&["workshop", "hand-in", &b_arg, "training", "--with-author"]);
    assert!(said.contains("met uw naam en fractie"), "{said}");

    let inbox = root.join("training/inleveren");
    let handed = plans_in(&inbox);
    assert_eq!(handed.len(), 2, "{handed:?}");
    let copy_a = load(&handed[0]);
    let copy_b = load(&handed[1]);
    assert_eq!(copy_a.meta.author, "", "no author unless chosen");
    assert_eq!(copy_a.meta.fractie, "");
    assert_eq!(copy_a.answers["doelen.vorm"], Answer::Choice("conv".into()));
    assert_eq!(copy_a.case.as_deref(), Some("energiehuis"));
    assert_eq!(copy_b.meta.author, "Bert de Boer");
    assert_eq!(copy_b.meta.fractie, "Lokaal Belang");
    // The groups' own plans keep their names.
    assert_eq!(load(a).meta.author, "Anna Jansen");

    // Handing in the same copy again writes nothing new.
    let again = &[
        "workshop",
        "hand-in",
        "Een Energiehuis met inwoners en corporatie — Groep A",
        "training",
    ];
    let said = run(again);
    assert!(said.contains("Dit plan is al ingeleverd"), "{said}");
    assert_eq!(plans_in(&inbox).len(), 2);
    // A changed plan gets a file of its own; the first copy stays as it was.
    let first = std::fs::read(inbox.join("energiehuis-groep-a.ron")).expect("read");
    fill(a, "rzm", "Anna Jansen");
    let said = run(again);
    assert!(said.contains("energiehuis-groep-a-2.ron"), "{said}");
    assert_eq!(
        std::fs::read(inbox.join("energiehuis-groep-a.ron")).expect("read"),
        first
    );
    assert_eq!(plans_in(&inbox).len(), 3);

    // A USB stick is any folder.
    let stick = root.join("usb");
    std::fs::create_dir(&stick).expect("stick");
    let a_arg = a.to_string_lossy().into_owned();
    run(&["workshop", "hand-in", &a_arg, "usb"]);
    assert_eq!(plans_in(&stick).len(), 1);

    // The trainer's check still passes with plans handed in.
    let said = run(&["workshop", "check", "training"]);
    assert!(said.contains("is in orde"), "{said}");
}

#[test]
fn hand_in_says_what_is_wrong() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let out = samenwerkwijzer(
        &["workshop", "new", "training", "--case", "fietsroutes"],
        root,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = samenwerkwijzer(&["workshop", "join", "training", "--no-open"], root);
    assert!(out.status.success(), "{}", stderr(&out));
    let plan = plans_in(&root.join("plans")).remove(0);
    let plan_arg = plan.to_string_lossy().into_owned();

    let out = samenwerkwijzer(&["workshop", "hand-in", &plan_arg, "bestaat-niet"], root);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("De map bestaat-niet bestaat niet"),
        "{}",
        stderr(&out)
    );

    let out = samenwerkwijzer(&["workshop", "hand-in", "geen-plan", "training"], root);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("niet gevonden"), "{}", stderr(&out));

    // A plan from another case is handed in, with a note for the group.
    let other = samenwerkwijzer(&["workshop", "new", "ander", "--case", "energiehuis"], root);
    assert!(other.status.success());
    let out = samenwerkwijzer(&["workshop", "hand-in", &plan_arg, "ander"], root);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("dit plan hoort bij casus \"fietsroutes\""),
        "{}",
        stdout(&out)
    );
    // Without its inbox, a workshop folder gets one.
    std::fs::remove_dir_all(root.join("training/inleveren")).expect("remove");
    let out = samenwerkwijzer(&["workshop", "hand-in", &plan_arg, "training"], root);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(plans_in(&root.join("training/inleveren")).len(), 1);
}

#[test]
fn new_with_a_case_and_no_terminal_still_makes_the_plan() {
    // `new --case` opens the app; without a terminal that fails after the
    // plan was made, so the plan is there and the message says why.
    let dir = tempfile::tempdir().expect("tempdir");
    let out = samenwerkwijzer(
        &["new", "Groep C", "--case", "leerlingenvervoer"],
        dir.path(),
    );
    let plans = plans_in(&dir.path().join("plans"));
    assert_eq!(plans.len(), 1, "{}", stderr(&out));
    let plan = load(&plans[0]);
    assert_eq!(
        plan.meta.title,
        "Leerlingenvervoer: samen inkopen, wie beslist? — Groep C"
    );
    assert_eq!(plan.case.as_deref(), Some("leerlingenvervoer"));
}

/// A group that joins again (the laptop restarted, the command typed
/// twice) goes on in its own plan: no second plan that reads the same.
#[test]
fn joining_twice_with_one_name_keeps_one_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let run = |args: &[&str]| {
        let out = samenwerkwijzer(args, root);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    run(&["workshop", "new", "training", "--case", "energiehuis"]);
    let join = [
        "workshop",
        "join",
        "training",
        "--group",
        "Tafel 1",
        "--no-open",
    ];
    run(&join);
    let first = plans_in(&root.join("plans"));
    fill(&first[0], "stichting", "Ans de Vries");
    let again = run(&join);
    assert!(again.contains("U hebt al een plan"), "{again}");
    assert_eq!(plans_in(&root.join("plans")), first, "no second plan");
    assert_eq!(
        load(&first[0]).meta.author,
        "Ans de Vries",
        "the plan is kept"
    );
    let other = run(&[
        "workshop",
        "join",
        "training",
        "--group",
        "Tafel 2",
        "--no-open",
    ]);
    assert!(other.contains("gemaakt"), "{other}");
    assert_eq!(plans_in(&root.join("plans")).len(), 2);
}
