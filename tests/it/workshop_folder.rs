//! The workshop folder: `workshop new` makes plain files and never writes
//! over anything; `workshop check` refuses every kind of bad
//! `workshop.ron` with a Dutch message naming the file, line and column.

use std::path::Path;

use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::workshop::case::embedded;
use samenwerkwijzer::workshop::folder::{
    self, CASE_FILE, HAND_IN_DIR, HANDOUT_FILE, NewWorkshop, WORKSHOP_FILE,
};
use samenwerkwijzer::workshop::{Remark, describe_error};

use crate::export_support::{samenwerkwijzer, stderr, stdout};

fn guide() -> Guide {
    load_embedded().expect("embedded guide")
}

/// A fresh workshop for the first shipped case in `dir/training`.
fn new_workshop(dir: &Path) -> std::path::PathBuf {
    let case = embedded(&guide()).expect("cases").remove(0);
    let target = dir.join("training");
    let new = NewWorkshop {
        title: Some("Training raad Dalwijk".into()),
        date: folder::parse_date("15-03-2027"),
        trainer: "Anne de Vries".into(),
    };
    folder::create(&target, &case, &guide(), &new).expect("created");
    target
}

#[test]
fn a_new_workshop_is_plain_private_files_that_check_clean() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = new_workshop(dir.path());
    let opened = folder::open(&target, &guide()).expect("opens");
    assert_eq!(opened.remarks, vec![], "nothing to remark");
    let w = &opened.workshop;
    assert_eq!(w.title, "Training raad Dalwijk");
    assert_eq!(w.date, "15-03-2027");
    assert_eq!(w.case, "leerlingenvervoer");
    let kinds: Vec<String> = w.agenda.iter().map(|i| format!("{:?}", i.kind)).collect();
    assert_eq!(
        kinds,
        [
            "Plenary",
            "Case",
            "Step(\"opgave\")",
            "Step(\"inventaris\")",
            "Step(\"partners\")",
            "Break",
            "Step(\"doelen\")",
            "Step(\"monitoring\")",
            "Plenary",
            "Debrief",
            "Plenary"
        ]
    );
    // The case's minutes per step make it onto the agenda.
    let doelen = w
        .agenda
        .iter()
        .find(|i| i.id == "stap-doelen")
        .expect("step");
    assert_eq!(doelen.minutes, 25);
    assert_eq!(w.total_minutes(), 145);
    // The case is copied byte for byte, so the folder works on its own.
    let case_text = std::fs::read_to_string(target.join(CASE_FILE)).expect("case");
    assert_eq!(case_text, embedded(&guide()).expect("cases")[0].text);
    let handout = std::fs::read_to_string(target.join(HANDOUT_FILE)).expect("handout");
    assert!(handout.contains("Leerlingenvervoer: samen inkopen, wie beslist?"));
    assert!(handout.contains("Om in de groep te bespreken"));
    assert!(target.join(HAND_IN_DIR).is_dir());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&target), 0o700);
        assert_eq!(mode(&target.join(HAND_IN_DIR)), 0o700);
        assert_eq!(mode(&target.join(WORKSHOP_FILE)), 0o600);
    }
}

#[test]
fn new_never_writes_into_a_folder_with_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("bezet");
    std::fs::create_dir(&target).expect("dir");
    std::fs::write(target.join("workshop.ron"), "van iemand anders").expect("write");
    let case = embedded(&guide()).expect("cases").remove(0);
    let e = folder::create(&target, &case, &guide(), &NewWorkshop::default()).expect_err("refused");
    assert!(describe_error(&e).contains("staan al bestanden"), "{e}");
    assert_eq!(
        std::fs::read_to_string(target.join("workshop.ron")).expect("read"),
        "van iemand anders"
    );
    let file = dir.path().join("een-bestand");
    std::fs::write(&file, "x").expect("write");
    let e = folder::create(&file, &case, &guide(), &NewWorkshop::default()).expect_err("refused");
    assert!(describe_error(&e).contains("is geen map"), "{e}");
    // An empty folder is fine.
    let empty = dir.path().join("leeg");
    std::fs::create_dir(&empty).expect("dir");
    folder::create(&empty, &case, &guide(), &NewWorkshop::default()).expect("created");
}

struct Bad {
    name: &'static str,
    damage: fn(&str) -> String,
    says: &'static str,
    /// Text on the line the message points at.
    line_has: &'static str,
}

fn bad_workshops() -> Vec<Bad> {
    vec![
        Bad {
            name: "afgebroken",
            damage: |t| t[..t.len() / 2].to_string(),
            says: "plotseling op",
            line_has: "",
        },
        Bad {
            name: "lege titel",
            damage: |t| t.replacen("title: \"Training raad Dalwijk\"", "title: \"\"", 1),
            says: "de titel (title) is leeg",
            line_has: "title: \"\"",
        },
        Bad {
            name: "geen datum",
            damage: |t| t.replacen("\"15-03-2027\"", "\"31-02-2027\"", 1),
            says: "\"31-02-2027\" is geen datum",
            line_has: "31-02-2027",
        },
        Bad {
            name: "andere casus",
            damage: |t| t.replacen("case: \"leerlingenvervoer\"", "case: \"fietsroutes\"", 1),
            says: "casus.ron bevat casus \"leerlingenvervoer\"",
            line_has: "fietsroutes",
        },
        Bad {
            name: "onbekende stap",
            damage: |t| t.replacen("Step(\"partners\")", "Step(\"stap9\")", 1),
            says: "noemt stap \"stap9\"",
            line_has: "stap9",
        },
        Bad {
            name: "onbekend soort onderdeel",
            damage: |t| t.replacen("kind: Break,", "kind: Lunch,", 1),
            says: "\"Lunch\" is onbekend",
            line_has: "Lunch",
        },
        Bad {
            name: "onderdeel twee keer",
            damage: |t| t.replacen("id: \"pauze\"", "id: \"welkom\"", 1),
            says: "onderdeel \"welkom\" staat twee keer",
            line_has: "\"welkom\"",
        },
        Bad {
            name: "slecht id",
            damage: |t| t.replacen("id: \"pauze\"", "id: \"Koffie pauze\"", 1),
            says: "id \"Koffie pauze\" mag alleen",
            line_has: "Koffie pauze",
        },
        Bad {
            name: "pauze zonder titel",
            damage: |t| t.replacen("title: \"Pauze\"", "title: \" \"", 1),
            says: "onderdeel \"pauze\" heeft geen titel",
            line_has: "\"pauze\"",
        },
        Bad {
            name: "nul minuten",
            damage: |t| t.replacen("minutes: 25,", "minutes: 0,", 1),
            says: "onderdeel \"stap-doelen\" duurt 0 minuten",
            line_has: "minutes: 0",
        },
        Bad {
            name: "negatieve minuten",
            damage: |t| t.replacen("minutes: 25,", "minutes: -5,", 1),
            says: "verkeerd soort waarde",
            line_has: "minutes: -5",
        },
        Bad {
            name: "lege regel",
            damage: |t| t.replacen("\"Over een kwartier gaan we verder.\"", "\"\"", 1),
            says: "lege regel in \"points\"",
            line_has: "\"\"",
        },
        Bad {
            name: "lege agenda",
            damage: |t| {
                let start = t.find("agenda: [").expect("agenda");
                format!("{}agenda: [],\n)\n", &t[..start])
            },
            says: "de agenda is leeg",
            line_has: "agenda",
        },
    ]
}

#[test]
fn bad_workshop_files_get_a_dutch_message_with_file_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = new_workshop(dir.path());
    let path = target.join(WORKSHOP_FILE);
    let original = std::fs::read_to_string(&path).expect("read");
    for bad in bad_workshops() {
        let text = (bad.damage)(&original);
        assert!(text != original, "{}: the damage applies", bad.name);
        std::fs::write(&path, &text).expect("write");
        let e = folder::open(&target, &guide()).expect_err(bad.name);
        let m = describe_error(&e);
        assert!(
            m.contains(&format!("Fout in {}", path.display())),
            "{}: {m}",
            bad.name
        );
        assert!(m.contains(bad.says), "{}: {m}", bad.name);
        let (l, _) = e
            .position
            .unwrap_or_else(|| panic!("{}: no place: {m}", bad.name));
        if !bad.line_has.is_empty() {
            let at = text.lines().nth(l - 1).unwrap_or("");
            assert!(
                at.contains(bad.line_has),
                "{}: line {l} is {at:?}",
                bad.name
            );
        }
        // The bad file is left exactly as it was.
        assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
    }
}

#[test]
fn a_damaged_case_in_the_folder_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = new_workshop(dir.path());
    let case = target.join(CASE_FILE);
    let text = std::fs::read_to_string(&case).expect("read");
    std::fs::write(
        &case,
        text.replacen("step: \"doelen\"", "step: \"doel\"", 1),
    )
    .expect("write");
    let m = describe_error(&folder::open(&target, &guide()).expect_err("refused"));
    assert!(
        m.contains(&format!("Fout in {}, regel", case.display())),
        "{m}"
    );
    assert!(m.contains("stap \"doel\" staat niet in de gids"), "{m}");
}

#[test]
fn missing_parts_are_remarks_and_a_missing_workshop_file_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = new_workshop(dir.path());
    std::fs::remove_file(target.join(HANDOUT_FILE)).expect("remove");
    std::fs::remove_dir(target.join(HAND_IN_DIR)).expect("remove");
    let opened = folder::open(&target, &guide()).expect("opens");
    let remarks: Vec<&Remark> = opened.remarks.iter().map(|r| &r.remark).collect();
    assert_eq!(remarks, [&Remark::NoHandout, &Remark::NoHandInFolder]);
    std::fs::remove_file(target.join(WORKSHOP_FILE)).expect("remove");
    let m = describe_error(&folder::open(&target, &guide()).expect_err("refused"));
    assert!(m.contains("workshop.ron: het bestand bestaat niet"), "{m}");
}

#[test]
fn the_command_line_creates_checks_and_lists() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = samenwerkwijzer(&["workshop", "cases"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    for id in ["leerlingenvervoer", "energiehuis", "fietsroutes"] {
        assert!(stdout(&out).contains(id), "{}", stdout(&out));
    }
    let out = samenwerkwijzer(
        &[
            "workshop",
            "new",
            "sessie",
            "--case",
            "energiehuis",
            "--date",
            "2027-04-01",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("workshop check sessie"),
        "{}",
        stdout(&out)
    );
    let out = samenwerkwijzer(&["workshop", "check", "sessie"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("is in orde"), "{}", stdout(&out));
    let w = std::fs::read_to_string(dir.path().join("sessie/workshop.ron")).expect("read");
    assert!(w.contains("date: \"01-04-2027\""), "stored the Dutch way");

    let out = samenwerkwijzer(
        &["workshop", "new", "sessie", "--case", "energiehuis"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("staan al bestanden"),
        "{}",
        stderr(&out)
    );
    let out = samenwerkwijzer(&["workshop", "new", "x", "--case", "onbekend"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Er is geen casus \"onbekend\". Kies uit: leerlingenvervoer"));
    assert!(
        !dir.path().join("x").exists(),
        "nothing made for a wrong case"
    );
    let out = samenwerkwijzer(
        &[
            "workshop",
            "new",
            "y",
            "--case",
            "energiehuis",
            "--date",
            "morgen",
        ],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("\"morgen\" is geen datum"),
        "{}",
        stderr(&out)
    );

    std::fs::write(dir.path().join("sessie/workshop.ron"), "(title: \"x\"").expect("write");
    let out = samenwerkwijzer(&["workshop", "check", "sessie"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("regel 1, kolom"), "{}", stderr(&out));
}

#[test]
fn the_case_and_the_worksheet_print_together() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = samenwerkwijzer(
        &["export", "-f", "worksheet-md", "--case", "fietsroutes"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(md.contains("## Casus: Fietsroutes langs de rivier"), "{md}");
    assert!(md.contains("**Uit de casus**"));
    assert!(
        md.contains("- Taak: Een gezamenlijke kaart en website"),
        "the starting tasks"
    );
    assert!(md.contains("- Welke maatschappelijke opgave wilt u samen aanpakken? Fiets"));
    // The worksheet itself is all there.
    let blank = samenwerkwijzer::export::worksheet_markdown(&guide(), &Default::default());
    let first_question = blank.find("### Vraag 1.").expect("a question");
    assert!(md.contains(&blank[first_question..first_question + 60]));
    assert!(
        md.contains("- **Gemeente:** Lingedal"),
        "the case gemeente filled in: {md}"
    );
    let out = samenwerkwijzer(&["export", "-f", "md", "--case", "fietsroutes"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--case hoort bij een werkblad"),
        "{}",
        stderr(&out)
    );
}
