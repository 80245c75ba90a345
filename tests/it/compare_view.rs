//! The projector screen of `workshop compare`: walking the agenda, the
//! reveal key, a key bar that names only keys that work, every size from
//! a laptop to a projector, and no names on the wall.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use samenwerkwijzer::compare::Comparison;
use samenwerkwijzer::compare::view::{Input, Page, Projector, max_scroll, render, update};

use crate::compare_support::{SECRETS, six};

fn screen(c: &Comparison, p: &Projector) -> String {
    let mut t = Terminal::new(TestBackend::new(p.width, p.height)).expect("terminal");
    t.draw(|f| render::render(f, c, p)).expect("draw");
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

fn key(code: KeyCode) -> Input {
    Input::from_key(KeyEvent::new(code, KeyModifiers::NONE)).expect("a key we use")
}

/// The key bar: the last rows, from the first key cap on.
fn bar(text: &str) -> String {
    text.lines().rev().take(2).collect::<Vec<_>>().join(" ")
}

#[test]
fn the_walk_goes_through_every_agenda_topic_then_the_summaries() {
    let c = six(false);
    let mut p = Projector::new(&c, 80, 24);
    let mut seen = vec![p.page()];
    while p.has_next() {
        update(&mut p, &c, key(KeyCode::Right));
        seen.push(p.page());
    }
    let agenda: Vec<Page> = (0..c.order.agenda.len()).map(Page::Agenda).collect();
    assert_eq!(seen[0], Page::Start);
    assert_eq!(&seen[1..=agenda.len()], agenda.as_slice());
    assert_eq!(
        &seen[agenda.len() + 1..],
        [
            Page::Agreed,
            Page::Unanswered,
            Page::Findings,
            Page::Forms,
            Page::Debrief
        ],
        "the case has debrief points: they get the last page"
    );
    update(&mut p, &c, key(KeyCode::Right));
    assert_eq!(p.page(), Page::Debrief, "the end is the end");
    update(&mut p, &c, key(KeyCode::Home));
    assert_eq!(p.page(), Page::Start);
    update(&mut p, &c, key(KeyCode::Left));
    assert_eq!(p.page(), Page::Start, "before the start is the start");
    update(&mut p, &c, key(KeyCode::Char('3')));
    assert_eq!(p.page(), Page::Agenda(2), "a number goes to that topic");
    update(&mut p, &c, key(KeyCode::End));
    assert_eq!(p.page(), Page::Debrief);
    update(&mut p, &c, key(KeyCode::Char('q')));
    assert!(p.quit);
}

#[test]
fn the_answers_stay_hidden_until_the_trainer_shows_them() {
    let c = six(false);
    let mut p = Projector::new(&c, 80, 24);
    update(&mut p, &c, key(KeyCode::Char('1')));
    let hidden = screen(&c, &p);
    assert!(
        hidden.contains("Hoe groot is de gezamenlijke ambitie?"),
        "{hidden}"
    );
    assert!(hidden.contains("De antwoorden zijn verborgen"), "{hidden}");
    assert!(!hidden.contains('█'), "no bars yet:\n{hidden}");
    assert!(!hidden.contains("A, B, C"), "no groups yet:\n{hidden}");
    assert!(!hidden.contains("verschil 100"), "no score yet:\n{hidden}");
    update(&mut p, &c, key(KeyCode::Char(' ')));
    let shown = screen(&c, &p);
    assert!(shown.contains('█'), "{shown}");
    assert!(shown.contains("A, B, C"), "{shown}");
    assert!(
        shown.contains("Laagste 1 · mediaan 3 · hoogste 5"),
        "{shown}"
    );
    // Shown stays shown when the trainer goes on and comes back…
    update(&mut p, &c, key(KeyCode::Right));
    assert!(
        screen(&c, &p).contains("De antwoorden zijn verborgen"),
        "the next topic starts hidden"
    );
    update(&mut p, &c, key(KeyCode::Left));
    assert!(screen(&c, &p).contains('█'));
    // …and the key hides it again.
    update(&mut p, &c, key(KeyCode::Char(' ')));
    assert!(!screen(&c, &p).contains('█'));
}

#[test]
fn the_key_bar_names_only_keys_that_work() {
    let c = six(false);
    for (w, h) in [(80, 24), (60, 20)] {
        let mut p = Projector::new(&c, w, h);
        loop {
            let text = screen(&c, &p);
            let keys = bar(&text);
            let page = p.page();
            assert_eq!(
                keys.contains("← "),
                p.has_previous(),
                "{page:?} {w}x{h}: {keys}"
            );
            assert_eq!(
                keys.contains("→ "),
                p.has_next(),
                "{page:?} {w}x{h}: {keys}"
            );
            assert_eq!(keys.contains("Spatie"), page.hides(), "{page:?}: {keys}");
            let scrolls = max_scroll(&p, &c) > 0;
            assert_eq!(keys.contains("↑↓"), scrolls, "{page:?} {w}x{h}: {keys}");
            assert!(keys.contains("q  stoppen"), "{keys}");
            // Every key named does something.
            if scrolls {
                let mut moved = p.clone();
                update(&mut moved, &c, key(KeyCode::Down));
                assert_eq!(moved.scroll, 1, "{page:?}: ↓ scrolls");
                let moved_text = screen(&c, &moved);
                let sign = moved_text.lines().find(|l| l.contains("↑ meer"));
                assert_eq!(
                    sign.map(str::trim),
                    Some("↑ meer"),
                    "{page:?} {w}x{h}: the sign covers no text"
                );
                assert!(
                    text.contains("↓ meer"),
                    "{page:?}: the page says there is more"
                );
                let sign = text.lines().find(|l| l.contains("↓ meer"));
                assert_eq!(
                    sign.map(str::trim),
                    Some("↓ meer"),
                    "{page:?} {w}x{h}: the sign covers no text"
                );
            }
            if page.hides() {
                let mut shown = p.clone();
                update(&mut shown, &c, key(KeyCode::Char(' ')));
                assert!(shown.is_revealed());
            }
            if !p.has_next() {
                break;
            }
            update(&mut p, &c, key(KeyCode::Right));
        }
    }
}

#[test]
fn scrolling_stops_at_the_end_of_the_page() {
    let c = six(false);
    let mut p = Projector::new(&c, 60, 20);
    while p.page() != Page::Unanswered && p.has_next() {
        update(&mut p, &c, key(KeyCode::Right));
    }
    assert_eq!(p.page(), Page::Unanswered);
    let max = max_scroll(&p, &c);
    assert!(max > 0, "the unanswered questions do not fit at 60x20");
    for _ in 0..max + 10 {
        update(&mut p, &c, key(KeyCode::Down));
    }
    assert_eq!(p.scroll, max);
    let end = screen(&c, &p);
    assert!(
        end.contains("Hoe groot zijn de risico's"),
        "the last one can be read:\n{end}"
    );
    assert!(!end.contains("↓ meer"), "{end}");
    assert!(end.contains("↑ meer"), "{end}");
    update(&mut p, &c, key(KeyCode::Up));
    assert_eq!(
        p.scroll,
        max - 1,
        "one ↑ is one line back, however often ↓ was pressed"
    );
    // A bigger window holds more: the scroll never points past the end.
    update(&mut p, &c, Input::Resize(160, 45));
    assert!(p.scroll <= max_scroll(&p, &c));
}

#[test]
fn no_names_reach_the_wall() {
    let c = six(false);
    for (w, h) in [(60, 20), (80, 24), (160, 45)] {
        let mut p = Projector::new(&c, w, h);
        loop {
            for revealed in [false, true] {
                let mut q = p.clone();
                if revealed {
                    update(&mut q, &c, key(KeyCode::Char(' ')));
                }
                // Every line of the page, scrolled or not.
                for _ in 0..=max_scroll(&q, &c) {
                    let text = screen(&c, &q);
                    for secret in SECRETS {
                        assert!(
                            !text.contains(secret),
                            "{secret} on {:?}:\n{text}",
                            q.page()
                        );
                    }
                    update(&mut q, &c, key(KeyCode::Down));
                }
            }
            if !p.has_next() {
                break;
            }
            update(&mut p, &c, key(KeyCode::Right));
        }
    }
    // With --names the start page says whose plan is whose.
    let named = six(true);
    let p = Projector::new(&named, 120, 35);
    let start = screen(&named, &p);
    assert!(start.contains("Regio Vervoer — Groep Jansen"), "{start}");
}

#[test]
fn a_tiny_window_asks_to_be_made_bigger() {
    let c = six(false);
    let p = Projector::new(&c, 30, 8);
    let text = screen(&c, &p);
    assert!(text.contains("Maak het venster groter"), "{text}");
}

#[test]
fn snapshots_of_the_projector() {
    let c = six(false);
    for (w, h) in [(80, 24), (60, 20), (120, 35), (160, 45)] {
        let mut p = Projector::new(&c, w, h);
        insta::assert_snapshot!(format!("start_{w}x{h}"), screen(&c, &p));
        update(&mut p, &c, key(KeyCode::Char('3')));
        insta::assert_snapshot!(format!("topic_hidden_{w}x{h}"), screen(&c, &p));
        update(&mut p, &c, key(KeyCode::Char(' ')));
        insta::assert_snapshot!(format!("topic_shown_{w}x{h}"), screen(&c, &p));
    }
    let mut p = Projector::new(&c, 80, 24);
    while p.page() != Page::Findings && p.has_next() {
        update(&mut p, &c, key(KeyCode::Right));
    }
    insta::assert_snapshot!("findings_80x24", screen(&c, &p));
    // The case's debrief points, with the groups that dealt with each.
    for (w, h) in [(80, 24), (60, 20)] {
        let mut p = Projector::new(&c, w, h);
        update(&mut p, &c, key(KeyCode::End));
        assert_eq!(p.page(), Page::Debrief);
        insta::assert_snapshot!(format!("debrief_{w}x{h}"), screen(&c, &p));
    }
}

#[test]
fn the_debrief_points_get_a_page_when_the_case_has_them() {
    use samenwerkwijzer::compare::{self, CaseInfo, DebriefPoint, Options};
    let guide = crate::compare_support::guide();
    let gathered = compare::gather(&[crate::compare_support::six_dir()], &guide);
    let case = CaseInfo {
        id: "leerlingenvervoer".into(),
        title: "Regio Vervoer".into(),
        debrief: vec![DebriefPoint {
            id: "vorm".into(),
            text: "Een centrumgemeente past.".into(),
            questions: vec!["doelen.vorm".into()],
            rules: Vec::new(),
            forms: vec!["cg".into()],
        }],
    };
    let c = compare::compare(&guide, gathered, Some(&case), Options::default());
    let mut p = Projector::new(&c, 80, 24);
    update(&mut p, &c, key(KeyCode::End));
    assert_eq!(p.page(), Page::Debrief);
    let text = screen(&c, &p);
    assert!(text.contains("Een centrumgemeente past."), "{text}");
    assert!(
        text.contains("2 van 6 groepen kwamen eraan toe (A, C). Passende vorm:"),
        "{text}"
    );
    assert!(text.contains("Groep D: nog geen vorm gekozen"), "{text}");
}

#[test]
fn on_a_narrow_screen_the_letters_become_ranges_not_cut_off() {
    let c = six(false);
    let mut p = Projector::new(&c, 44, 16);
    let bindend = c
        .order
        .agenda
        .iter()
        .position(|&t| c.topics[t].title == "Hoe bindend moet de samenwerking zijn?")
        .expect("on the agenda");
    for _ in 0..=bindend {
        update(&mut p, &c, key(KeyCode::Right));
    }
    update(&mut p, &c, key(KeyCode::Char(' ')));
    let text = screen(&c, &p);
    assert!(text.contains(" 5  A–C, E, F"), "{text}");
    assert!(!text.contains('…'), "{text}");
}

/// With `NO_COLOR` (or high contrast) not one cell carries a colour, on
/// every page, revealed or not; normally the header does.
#[test]
fn no_color_reaches_no_cell_of_the_projector() {
    use ratatui::style::Color;
    use samenwerkwijzer::session::Colours;
    let c = six(false);
    let coloured = |p: &Projector| {
        let mut t = Terminal::new(TestBackend::new(p.width, p.height)).expect("terminal");
        t.draw(|f| render::render(f, &c, p)).expect("draw");
        t.backend()
            .buffer()
            .content
            .iter()
            .filter(|cell| cell.fg != Color::Reset || cell.bg != Color::Reset)
            .count()
    };
    assert!(
        coloured(&Projector::new(&c, 80, 24)) > 0,
        "normal has colour"
    );
    for colours in [Colours::None, Colours::HighContrast] {
        let mut p = Projector::new(&c, 80, 24);
        p.colours = colours;
        loop {
            assert_eq!(coloured(&p), 0, "{colours:?} on {:?}", p.page());
            update(&mut p, &c, key(KeyCode::Char(' ')));
            assert_eq!(coloured(&p), 0, "{colours:?} revealed {:?}", p.page());
            if !p.has_next() {
                break;
            }
            update(&mut p, &c, key(KeyCode::Right));
        }
    }
}
