//! Issue 15 on the real binary in a pseudo-terminal: how the plain mode is
//! chosen, that signals save there as in the TUI, and that the TUI under
//! `NO_COLOR` or in high contrast sends not one colour code (checked on
//! the raw bytes, SGR by SGR).
#![cfg(unix)]

use std::time::{Duration, Instant};

use crate::pty::{NO_AUTOSAVE, Session};

/// The parameters of every SGR sequence (ESC [ … m) in `raw`.
fn sgr_params(raw: &[u8]) -> Vec<Vec<u16>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < raw.len() {
        if raw[i] == 0x1b && raw[i + 1] == b'[' {
            let start = i + 2;
            let mut end = start;
            while end < raw.len()
                && (raw[end].is_ascii_digit() || raw[end] == b';' || raw[end] == b':')
            {
                end += 1;
            }
            if raw.get(end) == Some(&b'm') {
                let text = String::from_utf8_lossy(&raw[start..end]);
                found.push(
                    text.split([';', ':'])
                        .map(|p| p.parse().unwrap_or(0))
                        .collect(),
                );
            }
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

/// Does this SGR set a colour (foreground, background, underline; the
/// resets 39, 49 and 59 set none)?
fn sets_colour(params: &[u16]) -> bool {
    params
        .iter()
        .any(|p| matches!(p, 30..=38 | 40..=48 | 58 | 90..=97 | 100..=107))
}

/// Walk the TUI over the screens that use the most styles: the form with
/// its sidebar, the findings, the form aid, the raad, the overview and
/// the help. (No lone Esc on the way: an Esc right before the next key's
/// escape sequence can be read together with it.)
fn walk_the_screens(env: &[(&str, &str)], args: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path").to_string();
    let mut all: Vec<&str> = vec!["--data-dir", &data];
    all.extend_from_slice(args);
    all.push("example");
    let mut s = Session::start_with(&all, env);
    s.wait_for("Warmtenet in de regio");
    for (keys, shows) in [
        (&b"\x1bOR"[..], "Aandachtspunten"),
        (b"\x1bOS", "Vormkeuze: welke vorm"),
        (b"\x1b[15~", "Wat vraagt dit van de raad"),
        (b"\x1b[17~", "Overzicht: hoe staat"),
        (b"\x1bOP", "Toetsen"),
    ] {
        s.send(keys);
        s.wait_for(shows);
    }
    s.send(b"\x11");
    assert_eq!(s.wait_exit(), 0);
    s.output();
    s.raw()
}

#[test]
fn no_color_and_high_contrast_send_no_colour_codes_at_all() {
    // The check can fail: the normal palette does send colours.
    let normal = walk_the_screens(&[], &[]);
    assert!(
        sgr_params(&normal).iter().any(|p| sets_colour(p)),
        "the normal palette has colours"
    );
    for (env, args) in [
        (&[("NO_COLOR", "1")][..], &[][..]),
        (&[], &["--contrast", "hoog"]),
        (&[("SAMENWERKWIJZER_CONTRAST", "hoog")], &[]),
    ] {
        let raw = walk_the_screens(env, args);
        let params = sgr_params(&raw);
        let coloured: Vec<&Vec<u16>> = params.iter().filter(|p| sets_colour(p)).collect();
        assert!(
            coloured.is_empty(),
            "{env:?} {args:?}: colour codes {coloured:?}"
        );
        // Focus and emphasis are still there, as bold and reverse.
        assert!(
            params.iter().any(|p| p.contains(&7)),
            "{env:?} {args:?}: reverse"
        );
        assert!(
            params.iter().any(|p| p.contains(&1)),
            "{env:?} {args:?}: bold"
        );
        // The header, blue in colour, stands out reversed.
        let header = find(&raw, " Warmtenet in de regio").expect("the header");
        let before = &raw[header.saturating_sub(24)..header];
        assert!(
            sgr_params(before).iter().any(|p| p.contains(&7)),
            "{env:?} {args:?}: the header is not reversed"
        );
    }
}

fn find(haystack: &[u8], needle: &str) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
}

#[test]
fn term_dumb_and_the_environment_choose_the_plain_mode() {
    for (env, args) in [
        (&[("TERM", "dumb")][..], &[][..]),
        (&[("SAMENWERKWIJZER_PLAIN", "1")], &[]),
        (&[], &["--plain"]),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = dir.path().to_str().expect("utf-8 path").to_string();
        let mut all: Vec<&str> = vec!["--data-dir", &data];
        all.extend_from_slice(args);
        all.extend(["new", "Gekozen"]);
        let mut s = Session::start_with(&all, env);
        s.output_until(|o| o.contains("Vraag 1 van 8"));
        s.send(b"stoppen\n");
        let out = s.output_until(|o| o.contains("Tot ziens."));
        assert_eq!(s.wait_exit(), 0, "{env:?} {args:?}:\n{out}");
        assert!(out.contains("Samenwerkwijzer, regel voor regel."), "{out}");
        assert!(!s.raw().contains(&0x1b), "{env:?} {args:?}: an ESC byte");
    }
    // SAMENWERKWIJZER_PLAIN=0 is the screen.
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path").to_string();
    let mut s = Session::start_with(
        &["--data-dir", &data, "new", "Scherm"],
        &[("SAMENWERKWIJZER_PLAIN", "0")],
    );
    s.wait_for("Stap 0 — Opgave en visie");
    s.send(b"\x11");
    assert_eq!(s.wait_exit(), 0);
}

/// R7 in the line mode: SIGTERM, SIGHUP, SIGINT and SIGQUIT right after a
/// line save it (autosave waits an hour here) and stop with 128 + signal.
#[test]
fn a_signal_right_after_a_line_saves_it() {
    use nix::sys::signal::{Signal, kill};
    for signal in [
        Signal::SIGHUP,
        Signal::SIGTERM,
        Signal::SIGINT,
        Signal::SIGQUIT,
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = dir.path().to_str().expect("utf-8 path").to_string();
        let mut s = Session::start_with(
            &["--plain", "--data-dir", &data, "new", "Signaal"],
            &[NO_AUTOSAVE],
        );
        s.output_until(|o| o.contains("Vraag 1 van 8"));
        s.send("Niet kwijtraken\n".as_bytes());
        s.output_until(|o| o.contains("Typ verder"));
        let typed_at = Instant::now();
        kill(s.pid(), signal).expect("signal");
        assert!(typed_at.elapsed() < Duration::from_millis(300));
        assert_eq!(s.wait_exit(), 128 + signal as u32, "{signal:?}");
        let text = std::fs::read_to_string(dir.path().join("plans").join("signaal.ron"))
            .expect("plan file");
        assert!(text.contains("Niet kwijtraken"), "{signal:?}: {text}");
        assert!(!s.raw().contains(&0x1b), "{signal:?}: an ESC byte");
    }
}

/// Closing the window (the terminal hangs up) loses nothing either.
#[test]
fn closing_the_window_in_the_line_mode_loses_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path").to_string();
    let mut s = Session::start_with(
        &["--plain", "--data-dir", &data, "new", "Venster dicht"],
        &[NO_AUTOSAVE],
    );
    s.output_until(|o| o.contains("Vraag 1 van 8"));
    s.send("Net op tijd\n".as_bytes());
    s.output_until(|o| o.contains("Typ verder"));
    s.close_window();
    s.wait_exit();
    let text = std::fs::read_to_string(dir.path().join("plans").join("venster-dicht.ron"))
        .expect("plan file");
    assert!(text.contains("Net op tijd"), "{text}");
}

/// On the real binary: every kind of line that cannot be used gets its
/// sentence (the first words of each are checked, before the terminal's
/// width breaks the line), and no ESC byte is written.
#[test]
fn every_kind_of_refused_line_gets_its_sentence_on_the_real_binary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_str().expect("utf-8 path").to_string();
    let mut s = Session::start_with(
        &["--plain", "--data-dir", &data, "new", "Fouten"],
        &[NO_AUTOSAVE],
    );
    s.output_until(|o| o.contains("Vraag 1 van 8"));
    let lines = [
        "Opgave",
        ".",
        "7",
        "2",
        "1",
        "9",
        "2",
        "misschien",
        "stap 9",
        "vraag 0",
        "vorm 99",
        "stap 1",
        "iets",
        "4",
        "nieuw",
        "Af\u{1b}[Dval",
        "samen",
        "klaar",
        "verwijder 1",
        "misschien",
        "n",
        "stap 2",
        "nieuw",
        "Oost",
        "1",
        "",
        "5",
        "1",
        "",
        "9",
        "3",
        "",
        "stap 4",
        "nieuw",
        "W",
        "",
        "",
        "2",
        "",
        "",
        "32-1-2027",
        "1-1-2027",
        "",
        "",
        "j",
        "40",
        "4",
        "stoppen",
    ];
    let mut input = lines.join("\n");
    input.push('\n');
    s.send(input.as_bytes());
    let out = s.output_until(|o| o.contains("Tot ziens."));
    assert_eq!(s.wait_exit(), 0, "{out}");
    for sentence in [
        "Dat zijn geen keuzes uit de lijst. Typ nummers van 1 tot en met 4",
        "Dat is geen keuze uit de lijst. Typ een nummer van 1 tot en met 5.",
        "Dat is geen j, n of w. Typ j voor ja, n voor nee of w voor weet ik",
        "Die stap is er niet. Typ stap en een nummer van 0 tot en met 4.",
        "Die vraag is er niet in deze stap. Typ vraag en een nummer van 1",
        "Die vorm is er niet. Typ vorm en een nummer van 1 tot en met 10.",
        "Dat kan hier niet. Typ nieuw om een taak toe te voegen",
        "De lijst is nog leeg.",
        "Uw regel bevatte stuurtekens, bijvoorbeeld van een pijltjestoets.",
        "Taak Afval, vraag 2 van",
        "Typ j voor ja of n voor nee.",
        "Dat zijn geen keuzes uit de lijst. Typ nummers van 1 tot en met 1",
        "Dat is geen getal van 1 tot en met 5.",
        "Dat is geen geldige datum. Typ dag, maand en jaar, bijvoorbeeld",
        "Dat is geen heel getal van 1 tot en met 10.",
        "Genoteerd: 4 jaar.",
    ] {
        assert!(out.contains(sentence), "{sentence:?} not said:\n{out}");
    }
    assert!(!s.raw().contains(&0x1b), "an ESC byte in the output");
}
