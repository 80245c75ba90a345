//! `samenwerkwijzer export`: the real binary, writing to the screen and to
//! files.

use crate::export_support;

use export_support::{example_plan, guide, samenwerkwijzer, save, stderr, stdout};
use samenwerkwijzer::export::{self, Extras, Report, SheetHeading};

/// What the command line passes to an export: the advice on the plan and
/// the time zone of this machine.
fn cli_extras(plan: &samenwerkwijzer::plan::Plan) -> Extras {
    Extras {
        tz: jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC),
        report: Report::from_advice(&guide(), plan),
        ..Extras::default()
    }
}

#[test]
fn markdown_to_the_screen_by_plan_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    save(dir.path(), "warmte", &example_plan());
    let out = samenwerkwijzer(&["export", "warmte"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let expected = export::markdown(&guide(), &example_plan(), &cli_extras(&example_plan()));
    assert!(expected.contains("## Advies"), "with the advice");
    assert_eq!(stdout(&out), expected);
    assert_eq!(stderr(&out), "");
}

#[test]
fn the_format_follows_the_extension_of_the_output_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = save(dir.path(), "warmte", &example_plan());
    let target = dir.path().join("Warmte.html");
    let plan_arg = plan.to_string_lossy().into_owned();
    let target_arg = target.to_string_lossy().into_owned();
    let out = samenwerkwijzer(&["export", &plan_arg, "-o", &target_arg], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!("Geëxporteerd naar {}.\n", target.display())
    );
    let written = std::fs::read_to_string(&target).expect("written");
    assert_eq!(
        written,
        export::html(&guide(), &example_plan(), &cli_extras(&example_plan()))
    );
}

#[test]
fn the_calendar_notes_what_it_left_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    save(dir.path(), "warmte", &example_plan());
    let target = dir.path().join("agenda.txt");
    let target_arg = target.to_string_lossy().into_owned();
    let out = samenwerkwijzer(
        &["export", "warmte", "--format", "ics", "-o", &target_arg],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("Afspraak \"CO2-besparing\" heeft nog geen datum"));
    let written = std::fs::read(&target).expect("written");
    assert!(written.starts_with(b"BEGIN:VCALENDAR\r\n"));
}

#[test]
fn a_worksheet_needs_no_plan_and_follows_the_guide() {
    let dir = tempfile::tempdir().expect("tempdir");
    for format in ["worksheet", "werkblad"] {
        let out = samenwerkwijzer(&["export", "--format", format], dir.path());
        assert!(out.status.success(), "{}", stderr(&out));
        let blank = SheetHeading::default();
        assert_eq!(stdout(&out), export::worksheet_html(&guide(), &blank));
    }
    let out = samenwerkwijzer(&["export", "-f", "worksheet-md"], dir.path());
    assert_eq!(
        stdout(&out),
        export::worksheet_markdown(&guide(), &SheetHeading::default())
    );
    // An adapted guide: a copy with a reworded title.
    let copy = dir.path().join("gids");
    let copy_arg = copy.to_string_lossy().into_owned();
    assert!(
        samenwerkwijzer(&["guide", "copy", &copy_arg], dir.path())
            .status
            .success()
    );
    let index = copy.join("guide.ron");
    let text = std::fs::read_to_string(&index).expect("guide.ron");
    let adapted = text.replace(
        "Samenwerken: de raadgever stap voor stap",
        "Training Westland",
    );
    std::fs::write(&index, adapted).expect("write");
    let out = samenwerkwijzer(
        &["--guide", &copy_arg, "export", "-f", "worksheet-md"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("# Training Westland\n\n*Werkblad*\n"));
}

#[test]
fn all_shows_the_open_questions_in_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    save(dir.path(), "warmte", &example_plan());
    let default = stdout(&samenwerkwijzer(&["export", "warmte"], dir.path()));
    assert!(!default.contains("nog niet ingevuld"));
    assert!(default.contains("## Nog open"));
    let out = samenwerkwijzer(&["export", "warmte", "--all"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let all = stdout(&out);
    assert!(all.contains("*(nog niet ingevuld)*"));
    assert!(!all.contains("## Nog open"));
}

#[test]
fn a_trainer_fills_in_the_gemeente_on_the_worksheet() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = samenwerkwijzer(
        &["export", "-f", "werkblad-md", "--gemeente", "Westland"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("- **Gemeente:** Westland\n"), "{text}");
    assert!(text.contains("- **Fractie:** ……"), "a line to write on");
    let html = samenwerkwijzer(
        &["export", "-f", "werkblad", "--gemeente", "Westland"],
        dir.path(),
    );
    assert!(stdout(&html).contains("<th scope=\"row\">Gemeente</th><td>Westland</td>"));
}

#[test]
fn an_agenda_without_dates_writes_nothing_and_says_why() {
    // W21: no empty calendar, and a non-zero exit code.
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = samenwerkwijzer::plan::Plan::new("Leeg", jiff::Timestamp::UNIX_EPOCH);
    save(dir.path(), "leeg", &plan);
    let target = dir.path().join("leeg.ics");
    let target_arg = target.to_string_lossy().into_owned();
    let out = samenwerkwijzer(&["export", "leeg", "-o", &target_arg], dir.path());
    assert!(!out.status.success());
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).starts_with("samenwerkwijzer: geen agenda gemaakt: er staan nog geen datums"),
        "{}",
        stderr(&out)
    );
    assert!(!target.exists(), "no empty calendar file");
}

#[test]
fn word_goes_to_a_file_or_a_pipe_never_as_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    save(dir.path(), "warmte", &example_plan());
    let target = dir.path().join("warmte.docx");
    let target_arg = target.to_string_lossy().into_owned();
    let out = samenwerkwijzer(&["export", "warmte", "-o", &target_arg], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let written = std::fs::read(&target).expect("written");
    assert!(written.starts_with(b"PK\x03\x04"), "a zip package");
    // Standard output is a pipe here, not a terminal: the bytes go there.
    let piped = samenwerkwijzer(&["export", "warmte", "-f", "docx"], dir.path());
    assert!(piped.status.success(), "{}", stderr(&piped));
    assert!(piped.stdout.starts_with(b"PK\x03\x04"));
}

#[test]
fn plan_formats_need_a_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = samenwerkwijzer(&["export", "--format", "html"], dir.path());
    assert!(!out.status.success());
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "samenwerkwijzer: geef het plan op dat u wilt exporteren, of kies --format \
         worksheet voor een leeg werkblad\n"
    );
    let out = samenwerkwijzer(&["export", "bestaat-niet"], dir.path());
    assert!(!out.status.success());
    assert!(stderr(&out).contains("plan \"bestaat-niet\" niet gevonden"));
}

#[test]
fn an_export_never_overwrites_a_plan() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = save(dir.path(), "warmte", &example_plan());
    let before = std::fs::read(&plan).expect("plan");
    let plan_arg = plan.to_string_lossy().into_owned();
    for target in [plan_arg.as_str(), "ander.ron"] {
        let out = samenwerkwijzer(&["export", "warmte", "-o", target], dir.path());
        assert!(!out.status.success(), "{target}");
        assert!(stderr(&out).contains("kies een andere naam voor de export"));
    }
    assert_eq!(std::fs::read(&plan).expect("plan"), before);
}

#[test]
fn a_damaged_plan_is_not_exported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = save(dir.path(), "warmte", &example_plan());
    let text = std::fs::read_to_string(&path).expect("plan");
    std::fs::write(&path, text.replace("version: 3,", "version: 9,")).expect("write");
    let out = samenwerkwijzer(&["export", "warmte", "-f", "html"], dir.path());
    assert!(!out.status.success());
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("gemaakt met een nieuwere versie van Samenwerkwijzer"));
}

/// `open voorbeeld` before the example exists says how to get it.
#[test]
fn a_missing_example_plan_says_how_to_get_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_samenwerkwijzer"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["open", "voorbeeld"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("samenwerkwijzer example"), "{said}");
    assert!(!said.contains('`'), "{said}");
}
