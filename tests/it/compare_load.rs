//! A hostile folder of hand-ins: junk, a huge file, a FIFO, a newer
//! format, a duplicate, another case, links out of the folder, a folder
//! too deep. Everything that is not a plan is listed with its reason, the
//! good plans are compared, the exit code is 0, nothing hangs and no file
//! changes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::compare_support::{run, six_dir, stderr, stdout};

fn copy(name: &str, to: &Path) {
    std::fs::copy(six_dir().join(name), to).expect("copy fixture");
}

/// Every file under `dir` (not following links) with its bytes and
/// modification time, to prove nothing changed.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, Option<std::time::SystemTime>)> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).expect("list") {
            let p = e.expect("entry").path();
            let meta = std::fs::symlink_metadata(&p).expect("meta");
            if meta.is_dir() {
                todo.push(p);
            } else if meta.is_file() {
                let bytes = std::fs::read(&p).expect("read");
                out.insert(p, (bytes, meta.modified().ok()));
            } else {
                out.insert(p, (Vec::new(), meta.modified().ok()));
            }
        }
    }
    out
}

#[cfg(unix)]
fn fifo(path: &Path) {
    rustix::fs::mknodat(
        rustix::fs::CWD,
        path,
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::from_raw_mode(0o600),
        0,
    )
    .expect("mkfifo");
}

#[cfg(unix)]
#[test]
fn a_hostile_folder_is_compared_safely_and_every_skip_says_why() {
    use std::os::unix::fs::symlink;
    let root = tempfile::tempdir().expect("tempdir");
    let outside = root.path().join("buiten");
    std::fs::create_dir(&outside).expect("outside");
    copy("smit.ron", &outside.join("geheim.ron"));
    let dir = root.path().join("inleveren");
    std::fs::create_dir(&dir).expect("folder");
    copy("jansen.ron", &dir.join("a.ron"));
    copy("bakker.ron", &dir.join("b.ron"));
    copy("jansen.ron", &dir.join("kopie.ron"));
    // A BOM, as Notepad writes it, is no reason to skip a plan.
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend(std::fs::read(six_dir().join("visser.ron")).expect("read"));
    std::fs::write(dir.join("bom.ron"), bom).expect("write");
    std::fs::write(dir.join("rommel.ron"), b"\x00\xff\xfe rommel \x1b[31m").expect("write");
    std::fs::write(dir.join("leeg.ron"), b"").expect("write");
    let huge = std::fs::File::create(dir.join("groot.ron")).expect("create");
    huge.set_len(17 * 1024 * 1024).expect("grow");
    let newer = std::fs::read_to_string(six_dir().join("mulder.ron"))
        .expect("read")
        .replace("version: 3,", "version: 9,");
    std::fs::write(dir.join("nieuw.ron"), newer).expect("write");
    let other = std::fs::read_to_string(six_dir().join("dekker.ron"))
        .expect("read")
        .replace("Some(\"leerlingenvervoer\")", "Some(\"andere-casus\")");
    std::fs::write(dir.join("ander.ron"), other).expect("write");
    std::fs::write(dir.join("notities.txt"), "boodschappen").expect("write");
    std::fs::write(dir.join("._a.ron"), b"\x00\x05\x16\x07 macOS").expect("write");
    fifo(&dir.join("pijp.ron"));
    symlink(outside.join("geheim.ron"), dir.join("uit.ron")).expect("link");
    symlink(&outside, dir.join("map-uit")).expect("link");
    symlink(dir.join("weg.ron"), dir.join("los.ron")).expect("link");
    let sub = dir.join("groep-c");
    std::fs::create_dir_all(sub.join("diep")).expect("sub");
    copy("smit.ron", &sub.join("c.ron"));
    copy("mulder.ron", &sub.join("diep").join("d.ron"));
    let before = snapshot(root.path());

    let out = run(
        &["workshop", "compare", "inleveren", "-f", "md"],
        root.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        snapshot(root.path()),
        before,
        "no file was changed, added or removed"
    );
    let md = stdout(&out);
    assert!(md.starts_with("# Vergelijking van 4 plannen"), "{md}");
    let skipped = &md[md.find("## Niet meegenomen").expect("skip list")..];
    let expect = [
        (
            "inleveren/kopie.ron",
            "dezelfde inhoud als een ander ingeleverd plan",
        ),
        (
            "inleveren/rommel.ron",
            "regel 1, kolom 2: hier staan onleesbare tekens",
        ),
        ("inleveren/leeg.ron", "het bestand is leeg"),
        ("inleveren/groot.ron", "het bestand is 17 MB"),
        (
            "inleveren/nieuw.ron",
            "nieuwere versie van Samenwerkwijzer (bestandsversie 9",
        ),
        ("inleveren/ander.ron", "hoort bij casus \"andere-casus\""),
        ("inleveren/notities.txt", "geen planbestand"),
        ("inleveren/pijp.ron", "een FIFO (named pipe)"),
        ("inleveren/uit.ron", "een koppeling naar iets buiten de map"),
        ("inleveren/map-uit", "een koppeling naar iets buiten de map"),
        (
            "inleveren/los.ron",
            "een koppeling naar een bestand dat niet (meer) bestaat",
        ),
        ("inleveren/groep-c/diep", "een map in een map"),
    ];
    for (file, why) in expect {
        let line = skipped
            .lines()
            .find(|l| l.starts_with(&format!("- `{file}`: ")))
            .unwrap_or_else(|| panic!("{file} not listed:\n{skipped}"));
        assert!(line.contains(why), "{file}: {line}");
    }
    assert_eq!(
        skipped.lines().filter(|l| l.starts_with("- `")).count(),
        expect.len(),
        "nothing else is listed (hidden files are passed over):\n{skipped}"
    );
    assert!(
        !md.contains('\u{1b}'),
        "no escape sequence reaches the output"
    );
    assert!(
        stderr(&out).contains("Vergeleken: 4 groepen. Niet meegenomen: 12 bestanden"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_folder_without_plans_says_so_and_fails() {
    let root = tempfile::tempdir().expect("tempdir");
    let dir = root.path().join("leeg");
    std::fs::create_dir(&dir).expect("folder");
    std::fs::write(dir.join("rommel.ron"), "geen plan").expect("write");
    let out = run(&["workshop", "compare", "leeg", "-f", "md"], root.path());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("leeg/rommel.ron: geen plan: regel 1, kolom 1"),
        "{err}"
    );
    assert!(
        err.contains("geen plannen om te vergelijken in leeg"),
        "{err}"
    );
    assert_eq!(stdout(&out), "");
}

#[test]
fn named_files_and_a_missing_path_are_taken_as_given() {
    let root = tempfile::tempdir().expect("tempdir");
    copy("jansen.ron", &root.path().join("een.ron"));
    copy("bakker.ron", &root.path().join("twee.plan"));
    let out = run(
        &[
            "workshop",
            "compare",
            "een.ron",
            "twee.plan",
            "weg.ron",
            "-f",
            "md",
        ],
        root.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(
        md.starts_with("# Vergelijking van 2 plannen"),
        "a named file need not end in .ron"
    );
    assert!(
        md.contains("- `weg.ron`: het bestand bestaat niet (meer)"),
        "{md}"
    );
}

#[test]
fn at_most_five_hundred_plans_are_read() {
    let guide = crate::compare_support::guide();
    let root = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(six_dir().join("jansen.ron")).expect("read");
    for n in 0..505 {
        let plan = text.replace(
            "2026-12-03T09:00:00Z",
            &format!("2026-12-03T09:00:{:02}.{n:03}Z", n % 60),
        );
        std::fs::write(root.path().join(format!("{n:03}.ron")), plan).expect("write");
    }
    let gathered = samenwerkwijzer::compare::gather(&[root.path().to_path_buf()], &guide);
    assert_eq!(gathered.plans.len(), 500);
    let too_many: Vec<&str> = gathered
        .skipped
        .iter()
        .filter(|s| s.reason == samenwerkwijzer::compare::SkipReason::TooMany)
        .map(|s| s.file.as_str())
        .collect();
    assert_eq!(too_many.len(), 5, "{:?}", gathered.skipped);
    assert!(
        too_many[0].ends_with("500.ron"),
        "sorted by name: {too_many:?}"
    );
}
