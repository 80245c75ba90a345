//! Nothing out of reach (issue 11, item 1): at 80x24 and 60x20, for every
//! row of every panel of the example plan, the keys the key bar names
//! scroll the details to their end, and the end of the text is then on the
//! screen, inside the pane; back at the start, its beginning is. Also the
//! help and the message log. Rendered like the real loop: each key is
//! pressed on what the last frame showed.

use crate::common;

use common::{Harness, squeeze};
use ratatui::crossterm::event::KeyCode;
use samenwerkwijzer::tui::drawn::Pane;
use samenwerkwijzer::tui::state::{Message, PanelKind};

const SIZES: [(u16, u16); 2] = [(80, 24), (60, 20)];

/// The last `n` characters of `text`, white space squeezed.
fn tail(text: &str, n: usize) -> String {
    let text = squeeze(text);
    let chars: Vec<char> = text.chars().collect();
    chars[chars.len().saturating_sub(n)..].iter().collect()
}

fn head(text: &str, n: usize) -> String {
    squeeze(text).chars().take(n).collect()
}

/// The text of pane `pane` on the screen as drawn at `size`.
fn pane_text(h: &mut Harness, pane: Pane, layer: usize, size: (u16, u16)) -> String {
    h.show(size.0, size.1);
    let view = h
        .app
        .drawn
        .view(pane, layer)
        .unwrap_or_else(|| panic!("{pane:?} is not drawn at {size:?}"));
    h.text_in(view.area, size)
}

/// The texts whose end must be reachable in a panel's details: for each
/// row, (its first words, its last words).
fn expected(h: &Harness, kind: PanelKind) -> Vec<(String, String)> {
    let e = h.editor();
    match kind {
        PanelKind::Findings => e
            .advice
            .findings
            .iter()
            .map(|f| {
                let last = [&f.action, &f.source, &f.why, &f.message]
                    .into_iter()
                    .find(|t| !t.trim().is_empty())
                    .cloned()
                    .unwrap_or_default();
                (head(&f.message, 30), tail(&last, 30))
            })
            .collect(),
        PanelKind::Forms => e
            .advice
            .forms
            .forms
            .iter()
            .map(|f| (head(&f.name, 20), tail(&e.advice.forms.basis, 30)))
            .collect(),
        PanelKind::Raad => e
            .advice
            .raad
            .iter()
            .map(|m| {
                let roles = samenwerkwijzer::text::Txt::RaadRolesExplained.get();
                (head(&m.title, 20), tail(roles, 30))
            })
            .collect(),
        PanelKind::Overview => h
            .app
            .guide
            .steps
            .iter()
            .map(|s| {
                let legend = samenwerkwijzer::text::Txt::LegendLights.get();
                (head(&s.title, 20), tail(legend, 20))
            })
            .collect(),
        // Text only, no rows: `the_workshop_case_reads_to_its_end`.
        PanelKind::Case => Vec::new(),
    }
}

fn key_of(kind: PanelKind) -> KeyCode {
    match kind {
        PanelKind::Findings => KeyCode::F(3),
        PanelKind::Forms => KeyCode::F(4),
        PanelKind::Raad => KeyCode::F(5),
        PanelKind::Overview => KeyCode::F(6),
        PanelKind::Case => KeyCode::F(8),
    }
}

#[test]
fn every_panel_row_can_be_read_to_its_last_line() {
    for size in SIZES {
        for kind in PanelKind::ALL {
            if kind == PanelKind::Case {
                continue;
            }
            let mut h = Harness::example();
            h.key_at(key_of(kind), size);
            // The overview opens on the current step; start at the top.
            for _ in 0..10 {
                h.key_at(KeyCode::Up, size);
            }
            let rows = expected(&h, kind);
            assert!(!rows.is_empty(), "{kind:?} has rows");
            for (i, (first, last)) in rows.iter().enumerate() {
                let at = format!("{kind:?} row {i} at {size:?}");
                assert_eq!(h.editor().panel.map(|p| p.selected), Some(i), "{at}");
                let top = pane_text(&mut h, Pane::Details, 0, size);
                assert!(
                    top.contains(first.as_str()),
                    "{at}: {first:?} not in {top:?}"
                );
                // PgDn (the key the bar names) until the end: never more
                // presses than the text has lines.
                let mut text = top.clone();
                for _ in 0..200 {
                    if text.contains(last.as_str()) {
                        break;
                    }
                    h.key_at(KeyCode::PageDown, size);
                    text = pane_text(&mut h, Pane::Details, 0, size);
                }
                assert!(text.contains(last.as_str()), "{at}: {last:?} never shown");
                // End goes there at once, and Home back to the start.
                h.key_at(KeyCode::Home, size);
                let back = pane_text(&mut h, Pane::Details, 0, size);
                assert!(back.contains(first.as_str()), "{at}: Home: {back:?}");
                h.key_at(KeyCode::End, size);
                let end = pane_text(&mut h, Pane::Details, 0, size);
                assert!(end.contains(last.as_str()), "{at}: End: {end:?}");
                // Up from the end moves at once (no scrolling into emptiness).
                let view = h.app.drawn.view(Pane::Details, 0).expect("details");
                if view.total > view.area.height {
                    h.key_at(KeyCode::PageUp, size);
                    let after = h.app.drawn.view(Pane::Details, 0).expect("details");
                    assert!(after.first < view.first, "{at}: PgUp after End");
                }
                h.key_at(KeyCode::Down, size);
            }
        }
    }
}

#[test]
fn the_sign_says_more_follows_and_where_the_reader_is() {
    let mut h = Harness::example();
    let size = (60, 20);
    h.key_at(KeyCode::F(4), size);
    let view = h.app.drawn.view(Pane::Details, 0).expect("details");
    assert!(
        view.total > view.area.height,
        "the form aid overflows at 60x20"
    );
    let screen = h.show(size.0, size.1);
    assert!(screen.contains("↓ meer"), "{screen}");
    assert!(screen.contains(&format!("van {}", view.total)), "{screen}");
    h.key_at(KeyCode::End, size);
    let screen = h.show(size.0, size.1);
    assert!(screen.contains("einde"), "{screen}");
}

#[test]
fn the_help_and_the_message_log_read_to_their_end() {
    for size in SIZES {
        let mut h = Harness::example();
        // A message longer than two status rows: the rest is in the log.
        let long = "Dit is een lange melding die niet op twee regels past. ".repeat(8)
            + "Het laatste stukje staat hier.";
        h.app.message = Some(Message::info(long.clone()));
        h.app.log.push(Message::info(long.clone()));
        let screen = h.show(size.0, size.1);
        assert!(screen.contains("F9"), "the status line names F9: {screen}");
        h.key_at(KeyCode::F(9), size);
        let text = pane_text(&mut h, Pane::Messages, 1, size);
        assert!(
            text.contains("Het laatste stukje staat hier."),
            "{size:?}: {text}"
        );
        h.key_at(KeyCode::Home, size);
        let text = pane_text(&mut h, Pane::Messages, 1, size);
        assert!(text.contains(&head(&long, 30)), "{size:?}: {text}");
        h.key_at(KeyCode::Esc, size);

        h.key_at(KeyCode::F(1), size);
        h.key_at(KeyCode::End, size);
        let end = pane_text(&mut h, Pane::Help, 1, size);
        let view = h.app.drawn.view(Pane::Help, 1).expect("help");
        assert_eq!(
            view.first + view.area.height,
            view.total,
            "{size:?}: at the end"
        );
        assert!(!end.is_empty(), "{size:?}");
        // Down at the end stays there; one up moves at once.
        h.key_at(KeyCode::Down, size);
        assert_eq!(
            h.app.drawn.view(Pane::Help, 1).map(|v| v.first),
            Some(view.first)
        );
        h.key_at(KeyCode::Up, size);
        assert_eq!(
            h.app.drawn.view(Pane::Help, 1).map(|v| v.first),
            Some(view.first - 1)
        );
    }
}

#[test]
fn a_long_answer_is_read_to_its_end_with_down_before_the_next_question() {
    let size = (60, 20);
    let mut h = Harness::with_plan("Lang");
    let lines: Vec<String> = (1..=30)
        .map(|n| format!("Regel {n} van het antwoord."))
        .collect();
    h.goto("opgave.omschrijving");
    h.key(KeyCode::Enter);
    h.paste(&lines.join("\n"));
    h.key(KeyCode::Esc);
    h.app.message = None;
    let screen = h.show(size.0, size.1);
    assert!(screen.contains("Regel 1 van"), "{screen}");
    assert!(!screen.contains("Regel 30 van"), "{screen}");
    assert!(screen.contains("↓ meer bij deze vraag"), "{screen}");
    let mut seen_end = false;
    for _ in 0..20 {
        h.key_at(KeyCode::Down, size);
        if h.focused() != "opgave.omschrijving" {
            break;
        }
        seen_end |= h.show(size.0, size.1).contains("Regel 30 van");
    }
    assert!(
        seen_end,
        "the last line was shown before the focus moved on"
    );
    assert_eq!(
        h.focused(),
        "opgave.domein",
        "then ↓ goes to the next question"
    );
    // Tab always goes straight on; ↑ comes back through the block.
    h.key_at(KeyCode::Up, size);
    assert_eq!(h.focused(), "opgave.omschrijving");
}

#[test]
fn the_workshop_case_reads_to_its_end() {
    use samenwerkwijzer::store::DataDir;
    use samenwerkwijzer::workshop::case::{embedded, keep};
    use samenwerkwijzer::workshop::participant::{file_stem, plan_for_group};
    for size in SIZES {
        let mut h = Harness::new();
        let guide = h.app.guide.clone();
        let case = embedded(&guide).expect("cases").remove(0);
        keep(&DataDir::new(h.data_dir()), &case).expect("kept");
        let plan = plan_for_group(&case.case, Some("Groep A"), common::test_now());
        let path = h
            .driver
            .library()
            .add(&file_stem(&plan), &plan)
            .expect("plan added");
        h.open(&path);
        h.key_at(KeyCode::F(8), size);
        let situation = h.editor().case.as_ref().expect("case").situation.clone();
        let screen = h.show(size.0, size.1);
        let tabs = screen.lines().nth(1).unwrap_or_default();
        assert!(
            tabs.contains("F8"),
            "{size:?}: the tab row shows F8: {tabs}"
        );
        h.key_at(KeyCode::End, size);
        let end = pane_text(&mut h, Pane::Details, 0, size);
        assert!(end.contains(&tail(&situation, 30)), "{size:?}: {end}");
        // Down at the end stays there; one up moves at once.
        let last = h.app.drawn.view(Pane::Details, 0).map(|v| v.first);
        h.key_at(KeyCode::Down, size);
        h.key_at(KeyCode::Down, size);
        assert_eq!(h.app.drawn.view(Pane::Details, 0).map(|v| v.first), last);
        h.key_at(KeyCode::Up, size);
        assert_eq!(
            h.app.drawn.view(Pane::Details, 0).map(|v| v.first),
            last.map(|f| f - 1),
            "{size:?}"
        );
        h.key_at(KeyCode::Home, size);
        let top = pane_text(&mut h, Pane::Details, 0, size);
        assert!(!top.contains(&tail(&situation, 30)), "{size:?}: {top}");
        let mut text = top;
        for _ in 0..100 {
            if text.contains(&tail(&situation, 30)) {
                break;
            }
            h.key_at(KeyCode::PageDown, size);
            text = pane_text(&mut h, Pane::Details, 0, size);
        }
        assert!(
            text.contains(&tail(&situation, 30)),
            "{size:?}: PgDn reaches it"
        );
    }
}

/// At 60 columns the focused list shows each item whole (wrapped), and a
/// question not answered says so in full.
#[test]
fn the_focused_list_wraps_its_items_and_nothing_is_cut_at_60_columns() {
    let size = (60, 20);
    let mut h = Harness::with_plan("Smal");
    h.key(KeyCode::PageDown);
    h.goto("inventaris.taken");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('n'));
    h.type_text("Jeugdzorg inkopen voor alle gemeenten samen");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    h.app.message = None;
    let form = |h: &mut Harness| {
        let screen = h.show(size.0, size.1);
        let words = screen
            .lines()
            // The form's column: after the step list, before its scroll bar.
            .map(|l| l.chars().skip(23).take(37).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        (common::squeeze(&words), screen)
    };
    let (words, screen) = form(&mut h);
    assert!(
        words.contains("Jeugdzorg inkopen voor alle gemeenten samen · nog 1 open"),
        "{screen}"
    );
    h.key(KeyCode::Tab);
    let (words, screen) = form(&mut h);
    assert!(
        words.contains("(nog niet ingevuld, niet verplicht)"),
        "{screen}"
    );
    // In the list, the line that says where the user is wraps too.
    h.key(KeyCode::BackTab);
    h.key(KeyCode::Enter);
    let (words, screen) = form(&mut h);
    assert!(
        words.contains("Taken › Welke taken horen bij deze opgave?"),
        "{screen}"
    );
}

/// In F1 at 60 columns a long key description wraps under itself, not
/// back under the keys.
#[test]
fn help_descriptions_wrap_under_themselves() {
    let size = (60, 20);
    let mut h = Harness::with_plan("Hulp");
    h.key_at(KeyCode::F(1), size);
    let text = h.show(size.0, size.1);
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("  F4  "))
        .unwrap_or_else(|| panic!("F4 in the help:\n{text}"));
    let next = lines.get(at + 1).copied().unwrap_or_default();
    let column = lines[at].find("vormkeuze").expect("F4's description");
    let before: String = next
        .chars()
        .take(lines[at][..column].chars().count())
        .collect();
    assert!(
        before.trim_matches(['"', '│', ' ']).is_empty() && next.contains("antwoorden?"),
        "the description goes on under itself:\n{}\n{next}",
        lines[at]
    );
}

/// At 120 columns the F4 list has room for every form's whole name.
#[test]
fn form_names_are_whole_in_f4_when_there_is_room() {
    let size = (120, 40);
    let mut h = Harness::example();
    h.key_at(KeyCode::F(4), size);
    let screen = h.show(size.0, size.1);
    let names: Vec<String> = h
        .editor()
        .advice
        .forms
        .forms
        .iter()
        .map(|f| f.name.clone())
        .collect();
    assert!(!names.is_empty());
    // The list is the column before the first '│' of each row.
    let list: Vec<&str> = screen.lines().filter_map(|l| l.split('│').next()).collect();
    for name in names {
        assert!(
            list.iter().any(|row| row.contains(&format!(" {name} "))),
            "{name}:\n{screen}"
        );
    }
}

/// Two plans whose long titles differ only at the end stay apart in the
/// plan list at 60 and 80 columns (the middle gives way), and the whole
/// title of the chosen one stands under the list.
#[test]
fn long_plan_titles_keep_their_ends_in_the_plan_list() {
    let mut h = Harness::new();
    let plans = h.data_dir().join("plans");
    let base = "Een Energiehuis met inwoners en corporatie";
    for n in 1..=2 {
        let plan =
            samenwerkwijzer::plan::Plan::new(&format!("{base} — Tafel {n}"), common::test_now());
        samenwerkwijzer::store::save_new(&plans.join(format!("t{n}.ron")), &plan).expect("save");
    }
    h.show_picker();
    h.app.message = None;
    for (w, rows) in [(60, 20), (80, 24)] {
        let screen = h.screen(w, rows);
        let rows: Vec<&str> = screen
            .lines()
            .filter(|l| l.contains("26-11-2026"))
            .collect();
        assert_eq!(rows.len(), 2, "{screen}");
        assert!(rows.iter().any(|r| r.contains("Tafel 1 ")), "{screen}");
        assert!(rows.iter().any(|r| r.contains("Tafel 2 ")), "{screen}");
        assert!(
            screen.contains(&format!("{base} — Tafel")),
            "the whole title:\n{screen}"
        );
    }
}

/// An empty field's example says it is one, so it never passes for an
/// answer, also in high contrast where it cannot be greyed out.
#[test]
fn an_empty_fields_example_says_it_is_an_example() {
    let mut h = Harness::with_plan("Voorbeeld tonen");
    h.key(KeyCode::Enter);
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("Bijvoorbeeld: Inwoners sneller helpen"),
        "{screen}"
    );
}
