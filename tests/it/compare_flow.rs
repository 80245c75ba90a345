//! A workshop from the trainer's folder to the debrief, through the real
//! binary: `workshop new`, three groups `join`, fill in their plans and
//! `hand-in`; then `workshop compare DIR -f md` shows the groups as
//! Groep A, B, C, the case's title and its debrief points checked against
//! the plans, and nobody's name or title unless `--names`.

use std::path::{Path, PathBuf};

use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::plan::{Answer, Plan, YesNo};

use crate::compare_support::{run, stderr, stdout};

fn guide() -> Guide {
    load_embedded().expect("embedded guide")
}

fn load(path: &Path) -> Plan {
    let bytes = std::fs::read(path).expect("read plan");
    samenwerkwijzer::plan::from_bytes(&bytes, &guide())
        .expect("a valid plan")
        .plan
}

/// The plans a group made, by file name.
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

/// What a group does in the app, done to its plan file: who they are,
/// and their answers.
fn fill(path: &Path, author: &str, answers: &[(&str, Answer)]) {
    let mut plan = load(path);
    plan.meta.author = author.to_string();
    plan.meta.fractie = "Fractie Tafelronde".to_string();
    for (id, answer) in answers {
        plan.answers.insert((*id).to_string(), answer.clone());
    }
    std::fs::write(path, samenwerkwijzer::plan::to_string(&plan)).expect("save");
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.to_string())
}

#[test]
fn from_a_new_workshop_to_the_debrief_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let ok = |args: &[&str]| {
        let out = run(args, root);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    ok(&[
        "workshop",
        "new",
        "training",
        "--case",
        "leerlingenvervoer",
        "--trainer",
        "Anne de Vries",
    ]);

    for table in ["Tafel 1", "Tafel 2", "Tafel 3"] {
        ok(&[
            "workshop",
            "join",
            "training",
            "--group",
            table,
            "--no-open",
        ]);
    }
    let plans = plans_in(&root.join("data/plans"));
    assert_eq!(plans.len(), 3, "{plans:?}");
    // Tafel 1 chooses a centrumgemeente and says why: no organisation of
    // its own, mandaat. Tafel 2 a gemeenschappelijk orgaan, Tafel 3 a
    // convenant; neither answers the two questions.
    fill(
        &plans[0],
        "Anna Jansen",
        &[
            ("doelen.vorm", choice("cg")),
            ("doelen.eigen_organisatie", Answer::YesNo(YesNo::Nee)),
            ("doelen.bevoegdheden", choice("mandaat")),
        ],
    );
    fill(
        &plans[1],
        "Bert de Boer",
        &[
            ("doelen.vorm", choice("go")),
            ("doelen.uittreding", Answer::YesNo(YesNo::Nee)),
        ],
    );
    fill(&plans[2], "Carla Smit", &[("doelen.vorm", choice("conv"))]);
    let file = |p: &PathBuf| p.to_string_lossy().into_owned();
    ok(&["workshop", "hand-in", &file(&plans[0]), "training"]);
    // A group may hand in with its names; the report still leaves them out.
    ok(&[
        "workshop",
        "hand-in",
        &file(&plans[1]),
        "training",
        "--with-author",
    ]);
    ok(&["workshop", "hand-in", &file(&plans[2]), "training"]);
    assert_eq!(plans_in(&root.join("training/inleveren")).len(), 3);

    // Before the debrief the trainer words one point in her own way: the
    // report follows the workshop's casus.ron, not the copy the groups'
    // laptops keep (here the same data folder) nor the built-in one.
    let case_file = root.join("training/casus.ron");
    let case = std::fs::read_to_string(&case_file).expect("casus.ron");
    let own = "Wie trekt de kar? Wat belooft Heerveen, en wat als het team krimpt?";
    let changed = case.replacen(
        "Bij een centrumgemeente hangt veel af van de trekker. Wat belooft Heerveen, en wat \
         gebeurt er als het team kleiner wordt?",
        own,
        1,
    );
    assert_ne!(changed, case, "the point is in the case file");
    std::fs::write(&case_file, changed).expect("write casus.ron");
    ok(&["workshop", "check", "training"]);

    let out = run(&["workshop", "compare", "training", "-f", "md"], root);
    assert!(out.status.success(), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(
        md.starts_with(
            "# Vergelijking van 3 plannen — Leerlingenvervoer: samen inkopen, wie beslist?\n"
        ),
        "the case's title, not its id:\n{md}"
    );
    assert!(md.contains("3 groepen: Groep A tot en met C."), "{md}");
    assert!(
        stderr(&out).contains("Vergeleken: 3 groepen."),
        "the workshop's own files are no plans and not listed: {}",
        stderr(&out)
    );
    assert!(!md.contains("Niet meegenomen"), "{md}");

    // The debrief: every point of the workshop's case, checked.
    let debrief = &md[md
        .find("## Nabespreking van de casus")
        .expect("the debrief section")..];
    let debrief = &debrief[..debrief.find("\n## ").unwrap_or(debrief.len())];
    let points = samenwerkwijzer::workshop::folder::open(&root.join("training"), &guide())
        .expect("the workshop opens")
        .case
        .case
        .debrief;
    assert_eq!(points.len(), 6);
    for point in &points {
        assert!(
            debrief.contains(&format!("- **{}**", point.text)),
            "{}:\n{debrief}",
            point.id
        );
    }
    assert!(debrief.contains(own), "the folder's wording:\n{debrief}");
    // Which letter is which group follows a hash, not the order of
    // joining; find Tafel 1's letter through --names.
    let named = stdout(&run(
        &["workshop", "compare", "training", "-f", "md", "--names"],
        root,
    ));
    let row = named
        .lines()
        .find(|l| l.starts_with("| Groep ") && l.contains("Tafel 1"))
        .expect("Tafel 1 in the names table");
    let tafel_1 = row
        .trim_start_matches("| Groep ")
        .split(' ')
        .next()
        .expect("a letter")
        .to_string();
    assert!(
        debrief.contains(&format!(
            "1 van 3 groepen kwam eraan toe ({tafel_1}). Passende vorm: Centrumgemeente."
        )),
        "only Tafel 1 dealt with the form:\n{debrief}"
    );
    assert!(
        debrief.contains(
            "niet (helemaal) beantwoord: \"Heeft de samenwerking eigen personeel, bezit of \
             contracten nodig?\" en \"Welke bevoegdheden gaan over naar de samenwerking?\"; \
             koos Gemeenschappelijk orgaan"
        ),
        "{debrief}"
    );
    assert!(
        debrief.contains("koos Convenant of overeenkomst"),
        "{debrief}"
    );

    // Anonymous: no table names, titles, authors, fractie or trainer.
    for secret in [
        "Tafel",
        "Anna Jansen",
        "Bert de Boer",
        "Carla Smit",
        "Fractie Tafelronde",
        "Anne de Vries",
        "inleveren/",
    ] {
        assert!(!md.contains(secret), "{secret} in the report:\n{md}");
    }
    // The test can fail: with --names they are there, the handed-in
    // author too (Tafel 1 and 3 handed in without theirs).
    for shown in ["Tafel 1", "Tafel 2", "Tafel 3", "Bert de Boer"] {
        assert!(named.contains(shown), "{shown} with --names:\n{named}");
    }
    assert!(
        !named.contains("Anna Jansen"),
        "not handed in with the copy"
    );
}

#[test]
fn a_workshop_file_that_does_not_read_leaves_the_case_to_the_plans() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let ok = |args: &[&str]| {
        let out = run(args, root);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    };
    ok(&["workshop", "new", "training", "--case", "fietsroutes"]);
    ok(&[
        "workshop",
        "join",
        "training",
        "--group",
        "Tafel 1",
        "--no-open",
    ]);
    let plan = plans_in(&root.join("data/plans")).remove(0);
    ok(&["workshop", "hand-in", &plan.to_string_lossy(), "training"]);
    std::fs::write(root.join("training/workshop.ron"), "(title: \"kapot").expect("break it");
    let out = run(&["workshop", "compare", "training", "-f", "md"], root);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Fout in training/workshop.ron, regel 1")
            && stderr(&out).contains("De casus voor de vergelijking volgt daarom uit de plannen."),
        "the trainer is told: {}",
        stderr(&out)
    );
    let md = stdout(&out);
    // The plans name the case; the built-in copy gives title and debrief.
    let case = samenwerkwijzer::workshop::case::find(&guide(), None, "fietsroutes")
        .expect("built in")
        .case;
    assert!(
        md.starts_with(&format!("# Vergelijking van 1 plan — {}\n", case.title)),
        "{md}"
    );
    assert!(md.contains("## Nabespreking van de casus"), "{md}");
}
