//! Workshop cases: the three shipped cases are complete and legally tied to
//! the guide and the advice, and every kind of bad case file is refused
//! with a Dutch message naming the file, line and column.

use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::workshop::case::{
    CaseRemark, EMBEDDED_CASES, Source, catalogue, embedded, load_file, load_folder, parse_case,
};
use samenwerkwijzer::workshop::{FileError, describe_error};

fn guide() -> Guide {
    load_embedded().expect("embedded guide")
}

fn shipped(name: &str) -> &'static str {
    EMBEDDED_CASES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .expect("shipped case")
}

#[test]
fn the_three_shipped_cases_load_without_remarks() {
    let cases = embedded(&guide()).expect("shipped cases load");
    let ids: Vec<&str> = cases.iter().map(|c| c.case.id.as_str()).collect();
    assert_eq!(ids, ["leerlingenvervoer", "energiehuis", "fietsroutes"]);
    for c in &cases {
        assert_eq!(c.remarks, Vec::<CaseRemark>::new(), "{}", c.case.id);
        let words = c.case.situation_words();
        assert!((150..=300).contains(&words), "{}: {words} words", c.case.id);
        assert!(!c.case.debrief.is_empty(), "{}", c.case.id);
    }
}

#[test]
fn the_cases_lead_to_three_different_answers() {
    let cases = embedded(&guide()).expect("shipped cases load");
    let forms = |id: &str| -> Vec<String> {
        cases
            .iter()
            .find(|c| c.case.id == id)
            .expect("case")
            .case
            .debrief
            .iter()
            .flat_map(|p| p.forms.clone())
            .collect()
    };
    assert_eq!(forms("leerlingenvervoer"), ["cg"]);
    assert!(forms("energiehuis").contains(&"conv".to_string()));
    assert!(forms("energiehuis").contains(&"sti".to_string()));
    assert_eq!(forms("fietsroutes"), ["conv", "rzm"]);
}

#[test]
fn starting_plans_share_item_ids_across_groups() {
    use samenwerkwijzer::workshop::participant::plan_for_group;
    let cases = embedded(&guide()).expect("shipped cases load");
    let now = jiff::Timestamp::UNIX_EPOCH;
    for c in &cases {
        let a = plan_for_group(&c.case, Some("Groep A"), now);
        let b = plan_for_group(&c.case, Some("Groep B"), now);
        assert_eq!(a.case.as_deref(), Some(c.case.id.as_str()));
        assert_eq!(a.meta.title, format!("{} — Groep A", c.case.title));
        let ids = |p: &samenwerkwijzer::plan::Plan| -> Vec<String> {
            p.answers
                .values()
                .flat_map(|a| a.as_items().iter().map(|i| i.id.clone()))
                .collect()
        };
        assert!(!ids(&a).is_empty(), "{} has list items", c.case.id);
        assert_eq!(ids(&a), ids(&b), "{}", c.case.id);
        // A new item in a group's plan never takes a case item's id.
        let mut a = a;
        let fresh = a.new_item_id();
        assert!(!ids(&a).contains(&fresh));
        // Each plan is valid for the guide, as the app will save it.
        let text = samenwerkwijzer::plan::to_string(&a);
        samenwerkwijzer::plan::from_str(&text, &guide()).expect("a valid plan");
    }
}

/// One bad case file: how to damage the shipped one, what the message
/// says, and what the line it points at holds.
struct Bad {
    name: &'static str,
    damage: fn(&str) -> String,
    says: &'static str,
    /// Text on the line the message points at; empty: no place expected.
    line_has: &'static str,
}

fn bad_cases() -> Vec<Bad> {
    vec![
        Bad {
            name: "afgebroken",
            damage: |t| t[..t.len() / 2].to_string(),
            says: "plotseling op",
            line_has: "",
        },
        Bad {
            name: "onbekend veld",
            damage: |t| t.replacen("    summary:", "    kleur: \"rood\",\n    summary:", 1),
            says: "\"kleur\" is onbekend",
            line_has: "kleur",
        },
        Bad {
            name: "verkeerd soort waarde",
            damage: |t| t.replacen("minutes: 15,", "minutes: \"kwartier\",", 1),
            says: "verkeerd soort waarde",
            line_has: "kwartier",
        },
        Bad {
            name: "slecht id",
            damage: |t| t.replacen("id: \"leerlingenvervoer\"", "id: \"Leerlingen Vervoer\"", 1),
            says: "mag alleen kleine letters",
            line_has: "Leerlingen Vervoer",
        },
        Bad {
            name: "lege titel",
            damage: |t| {
                t.replacen(
                    "title: \"Leerlingenvervoer: samen inkopen, wie beslist?\"",
                    "title: \"  \"",
                    1,
                )
            },
            says: "\"title\" is leeg",
            line_has: "title:",
        },
        Bad {
            name: "onbekende stap",
            damage: |t| t.replacen("step: \"partners\"", "step: \"stap9\"", 1),
            says: "stap \"stap9\" staat niet in de gids",
            line_has: "stap9",
        },
        Bad {
            name: "stap twee keer",
            damage: |t| t.replacen("step: \"partners\"", "step: \"opgave\"", 1),
            says: "stap \"opgave\" staat er twee keer",
            line_has: "step: \"opgave\"",
        },
        Bad {
            name: "nul minuten",
            damage: |t| t.replacen("minutes: 25,", "minutes: 0,", 1),
            says: "staat 0 minuten; kies 1 tot en met 240",
            line_has: "minutes: 0",
        },
        Bad {
            name: "te veel minuten",
            damage: |t| t.replacen("minutes: 25,", "minutes: 999,", 1),
            says: "staat 999 minuten",
            line_has: "minutes: 999",
        },
        Bad {
            name: "lege feitregel",
            damage: |t| {
                t.replacen(
                    "\"Heerveen wil de taak graag trekken en heeft het team al.\"",
                    "\"\"",
                    1,
                )
            },
            says: "lege regel in \"facts\"",
            line_has: "\"\",",
        },
        Bad {
            name: "antwoord op onbekende vraag",
            damage: |t| t.replacen("\"opgave.omschrijving\":", "\"opgave.bestaat_niet\":", 1),
            says: "\"opgave.bestaat_niet\", maar die vraag staat niet in de gids",
            line_has: "opgave.bestaat_niet",
        },
        Bad {
            name: "onbekende keuze in het startplan",
            damage: |t| {
                t.replacen(
                    "\"soort\": Choice(\"gemeente\")",
                    "\"soort\": Choice(\"ufo\")",
                    1,
                )
            },
            says: "keuze \"ufo\"",
            line_has: "ufo",
        },
        Bad {
            name: "antwoord van het verkeerde soort",
            damage: |t| {
                t.replacen(
                    "\"opgave.omschrijving\": Text(",
                    "\"opgave.omschrijving\": Multi([\"a\"]), \"opgave.kaders\": Text(",
                    1,
                )
            },
            says: "past niet bij deze soort vraag",
            line_has: "opgave.omschrijving",
        },
        Bad {
            name: "item-id zoals de app ze geeft",
            damage: |t| t.replacen("id: \"taak-inkoop\"", "id: \"i7\"", 1),
            says: "lijkt niet op i1, i2",
            line_has: "\"i7\"",
        },
        Bad {
            name: "item-id twee keer",
            damage: |t| t.replacen("id: \"taak-contract\"", "id: \"taak-inkoop\"", 1),
            says: "\"taak-inkoop\" wordt in het startplan voor twee items gebruikt",
            line_has: "Contractbeheer",
        },
        Bad {
            name: "verwijzing naar een taak die er niet is",
            damage: |t| {
                t.replacen(
                    "\"soort\": Choice(\"gemeente\")}",
                    "\"soort\": Choice(\"gemeente\"), \"taken\": Refs([\"taak-weg\"])}",
                    1,
                )
            },
            says: "\"taak-weg\"",
            line_has: "taak-weg",
        },
        Bad {
            name: "onbekende adviesregel",
            damage: |t| t.replacen("\"uittreden_gr\"", "\"bestaat_niet\"", 1),
            says: "adviesregel \"bestaat_niet\", maar die regel bestaat niet",
            line_has: "bestaat_niet",
        },
        Bad {
            name: "onbekende vraag in de nabespreking",
            damage: |t| t.replacen("\"doelen.opheffing\"]", "\"doelen.x\"]", 1),
            says: "vraag \"doelen.x\", maar die vraag staat niet in de gids",
            line_has: "doelen.x",
        },
        Bad {
            name: "geen vorm",
            damage: |t| t.replacen("forms: [\"cg\"]", "forms: [\"nog_niet\"]", 1),
            says: "vorm \"nog_niet\"",
            line_has: "nog_niet",
        },
        Bad {
            name: "nabespreking twee keer hetzelfde punt",
            damage: |t| t.replacen("id: \"trekker\"", "id: \"uittreden\"", 1),
            says: "het punt \"uittreden\" staat twee keer",
            line_has: "id: \"uittreden\"",
        },
    ]
}

fn line(text: &str, n: usize) -> &str {
    text.lines().nth(n - 1).unwrap_or("")
}

#[test]
fn bad_case_files_get_a_dutch_message_with_file_line_and_column() {
    let original = shipped("leerlingenvervoer.ron");
    for bad in bad_cases() {
        let text = (bad.damage)(original);
        assert!(text != original, "{}: the damage applies", bad.name);
        let e = parse_case("eigen.ron", &text, Source::Embedded, &guide()).expect_err(bad.name);
        let message = describe_error(&e);
        assert!(
            message.starts_with("Fout in eigen.ron"),
            "{}: {message}",
            bad.name
        );
        assert!(message.contains(bad.says), "{}: {message}", bad.name);
        let Some((l, c)) = e.position else {
            panic!("{}: no place in {message}", bad.name);
        };
        assert!(
            message.contains(&format!("regel {l}, kolom {c}")),
            "{}: {message}",
            bad.name
        );
        if !bad.line_has.is_empty() {
            assert!(
                line(&text, l).contains(bad.line_has),
                "{}: line {l} is {:?}",
                bad.name,
                line(&text, l)
            );
        }
    }
}

#[test]
fn a_case_with_a_byte_order_mark_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bom.ron");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(shipped("fietsroutes.ron").as_bytes());
    std::fs::write(&path, bytes).expect("write");
    let loaded = load_file(&path, &guide()).expect("loads");
    assert_eq!(loaded.case.id, "fietsroutes");
}

fn load_error(path: &std::path::Path) -> (FileError, String) {
    let e = load_file(path, &guide()).expect_err("refused");
    let m = describe_error(&e);
    (e, m)
}

#[test]
fn files_that_are_not_case_files_are_refused_unread() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, m) = load_error(dir.path());
    assert!(m.contains("geen gewoon bestand maar een map"), "{m}");
    let (_, m) = load_error(&dir.path().join("weg.ron"));
    assert!(m.contains("bestaat niet"), "{m}");
    let big = dir.path().join("groot.ron");
    std::fs::write(&big, vec![b' '; 2 * 1024 * 1024]).expect("write");
    let (_, m) = load_error(&big);
    assert!(
        m.contains("het bestand is 2 MB; meer dan 1 MB is het nooit"),
        "{m}"
    );
    let binary = dir.path().join("binair.ron");
    std::fs::write(&binary, b"(\n  id: \"a\xFF\"").expect("write");
    let (e, m) = load_error(&binary);
    assert_eq!(e.position, Some((2, 9)), "{m}");
    assert!(m.ends_with("tekstbestand?"), "{m}");
    assert!(m.contains("onleesbare tekens"), "{m}");
    #[cfg(unix)]
    {
        let (_, m) = load_error(std::path::Path::new("/dev/zero"));
        assert!(m.contains("een apparaatbestand"), "{m}");
        let fifo = dir.path().join("pijp.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        let (_, m) = load_error(&fifo);
        assert!(m.contains("FIFO"), "{m}");
    }
}

#[test]
fn a_short_situation_is_a_remark_not_an_error() {
    let text = shipped("fietsroutes.ron");
    let start = text.find("situation: \"").expect("situation") + "situation: \"".len();
    let end = start + text[start..].find("\",\n").expect("end of situation");
    let short = format!("{}Te kort.{}", &text[..start], &text[end..]);
    let loaded = parse_case("kort.ron", &short, Source::Embedded, &guide()).expect("loads");
    assert_eq!(loaded.remarks, vec![CaseRemark::SituationWords(2)]);
}

#[test]
fn a_trainers_folder_adds_and_replaces_cases() {
    let dir = tempfile::tempdir().expect("tempdir");
    let own = shipped("fietsroutes.ron")
        .replacen("id: \"fietsroutes\"", "id: \"wandelroutes\"", 1)
        .replacen(
            "Fietsroutes langs de rivier",
            "Wandelroutes langs de rivier",
            1,
        );
    std::fs::write(dir.path().join("wandel.ron"), &own).expect("write");
    let adapted = shipped("energiehuis.ron").replacen("Weerdam", "Zuiderveen", 1);
    std::fs::write(dir.path().join("energie.ron"), &adapted).expect("write");
    std::fs::write(dir.path().join("notities.txt"), "geen casus").expect("write");
    let cases = catalogue(&guide(), Some(dir.path())).expect("loads");
    let ids: Vec<&str> = cases.iter().map(|c| c.case.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "leerlingenvervoer",
            "energiehuis",
            "fietsroutes",
            "wandelroutes"
        ]
    );
    let energie = &cases[1];
    assert!(
        matches!(energie.source, Source::File(_)),
        "the adapted copy wins"
    );
    assert!(energie.case.situation.contains("Zuiderveen"));

    // Two files with one id: an error naming both.
    std::fs::write(dir.path().join("wandel2.ron"), &own).expect("write");
    let e = load_folder(dir.path(), &guide()).expect_err("duplicate id");
    let m = describe_error(&e);
    assert!(m.contains("casus \"wandelroutes\" staat ook in"), "{m}");
    assert!(m.contains("wandel.ron") && m.contains("wandel2.ron"), "{m}");
    assert_eq!(e.position, Some((7, 5)), "{m}");
}

#[test]
fn an_empty_or_missing_folder_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let m = describe_error(&load_folder(dir.path(), &guide()).expect_err("empty"));
    assert!(m.contains("staan geen casussen"), "{m}");
    std::fs::write(dir.path().join("workshop.ron"), "()").expect("write");
    let m = describe_error(&load_folder(dir.path(), &guide()).expect_err("a workshop"));
    assert!(m.contains("is de map van een workshop"), "{m}");
    let gone = dir.path().join("weg");
    let m = describe_error(&load_folder(&gone, &guide()).expect_err("missing"));
    assert!(m.contains("bestaat niet"), "{m}");
}
