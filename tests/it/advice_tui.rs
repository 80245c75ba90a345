//! The advice in the app: findings beside their questions and in a panel
//! that jumps to them, the form aid, the raad's screen, the overview, and
//! the export from the app.

use crate::common;

use common::Harness;
use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;
use samenwerkwijzer::tui::state::{Panel, PanelKind, View};

fn example() -> Harness {
    Harness::example()
}

#[test]
fn findings_follow_the_answers() {
    let mut h = Harness::with_plan("Advies");
    let rules = |h: &Harness| -> Vec<String> {
        h.editor()
            .advice
            .findings
            .iter()
            .map(|f| f.rule.clone())
            .collect()
    };
    assert!(rules(&h).is_empty(), "an empty plan has no findings");
    h.answer_choice("opgave.visie", "nee");
    assert!(
        rules(&h).contains(&"geen_visie".to_string()),
        "{:?}",
        rules(&h)
    );
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("Tip: De gemeente heeft geen visie"),
        "shown beside the question\n{screen}"
    );
    h.goto("opgave.visie");
    h.key(KeyCode::Enter);
    h.choose("ja");
    assert!(
        !rules(&h).contains(&"geen_visie".to_string()),
        "gone once answered"
    );
}

#[test]
fn findings_wait_while_typing_and_catch_up_after() {
    let mut h = Harness::with_plan("Stichting");
    for _ in 0..3 {
        h.key(KeyCode::PageDown);
    }
    h.answer_choice("doelen.vorm", "sti");
    let has = |h: &Harness| {
        h.editor()
            .advice
            .findings
            .iter()
            .any(|f| f.rule == "privaat_zonder_motivering")
    };
    assert!(has(&h));
    h.goto("doelen.privaat_motivering");
    h.key(KeyCode::Enter);
    h.type_text("Alleen zo kunnen inwoners meebeslissen.");
    assert!(has(&h), "not recomputed on every keystroke");
    assert!(h.editor().advice_stale);
    h.key(KeyCode::Esc);
    assert!(!has(&h), "recomputed when the text is done");
}

#[test]
fn the_findings_panel_lists_explains_and_jumps() {
    let mut h = example();
    h.key(KeyCode::F(3));
    assert!(matches!(
        h.editor().panel,
        Some(Panel {
            kind: PanelKind::Findings,
            ..
        })
    ));
    assert_snapshot!("findings_panel", h.terminal(80, 24).backend());
    // The first finding is about a task in step 1: Enter opens that task.
    let first = h.editor().advice.findings[0].clone();
    h.key(KeyCode::Enter);
    assert_eq!(h.editor().panel, None);
    assert_eq!(h.editor().step, first.step);
    match &h.editor().view {
        View::Record {
            question,
            item,
            focus,
            ..
        } => {
            assert_eq!(question, &first.question);
            assert_eq!(Some(item), first.item.as_ref());
            // W26: on the very field the finding is about.
            let fields = h.editor().visible_fields(&h.app.guide, question, item);
            assert_eq!(
                fields.get(*focus).map(|f| f.id.as_str()),
                first.field.as_deref(),
                "focus on the field"
            );
            assert_eq!(first.field.as_deref(), Some("business_case"));
        }
        _ => panic!("not on the item the finding is about"),
    }
    assert!(
        h.screen(80, 24).contains("Let op:"),
        "the item shows its finding"
    );
}

#[test]
fn the_form_aid_ranks_explains_and_leads_to_the_choice() {
    let mut h = example();
    h.key(KeyCode::F(4));
    let screen = h.screen(80, 24);
    assert!(screen.contains("geen juridisch advies"), "{screen}");
    assert_snapshot!("form_aid", h.terminal(80, 24).backend());
    // Another form, then its details a page on; the list keeps its place.
    h.key_at(KeyCode::Down, (80, 24));
    h.key_at(KeyCode::PageDown, (80, 24));
    let panel = h.editor().panel.expect("panel");
    assert_eq!((panel.kind, panel.selected), (PanelKind::Forms, 1));
    assert!(panel.scroll > 0, "{panel:?}");
    // Another form starts at the top of its details again.
    h.key_at(KeyCode::Down, (80, 24));
    assert_eq!(h.editor().panel.map(|p| p.scroll), Some(0));
    h.key(KeyCode::Enter);
    assert_eq!(
        h.focused(),
        "doelen.vorm",
        "Enter goes to where the form is chosen"
    );
}

#[test]
fn the_raad_screen_and_the_overview() {
    let mut h = example();
    h.key(KeyCode::F(5));
    let screen = h.screen(80, 24);
    assert!(screen.contains("Wat vraagt dit van de raad?"), "{screen}");
    assert_snapshot!("raad_screen", h.terminal(80, 24).backend());
    h.key(KeyCode::F(6));
    assert_snapshot!("overview", h.terminal(80, 24).backend());
    // Enter on a step goes there.
    h.key(KeyCode::Up);
    h.key(KeyCode::Enter);
    assert_eq!(h.editor().step, 2);
    assert_eq!(h.editor().panel, None);
}

#[test]
fn the_sidebar_shows_the_self_scan() {
    let mut h = example();
    // The advice follows right after the first frame (issue 16): the loop
    // wakes at once for it.
    assert!(h.editor().advice_stale);
    assert_eq!(h.app.deadline(), Some(h.app.now));
    h.tick();
    let screen = h.screen(80, 24);
    // Step 1 has a warning (red: "!"), step 0 is complete without one.
    assert!(screen.contains("● 0 Opgave       ✓"), "{screen}");
    assert!(screen.contains("● 1 Taken        !"), "{screen}");
}

#[test]
fn export_from_the_app_says_where_it_went() {
    let mut h = example();
    // The harness's home folder: exports go to its Documenten.
    let out = h.home().join("Documenten");
    h.key(KeyCode::F(7));
    assert_snapshot!("export_dialog", h.terminal(80, 24).backend());
    h.key(KeyCode::Enter); // webpagina
    let written = out.join("voorbeeld.html");
    let msg = h.app.message.clone().expect("message");
    assert!(msg.text.contains(&written.display().to_string()), "{msg:?}");
    let html = std::fs::read_to_string(&written).expect("written");
    assert!(html.contains("Aandachtspunten per stap"), "with the advice");
    // A second export never overwrites the first.
    h.key(KeyCode::F(7));
    h.key(KeyCode::Enter);
    assert!(out.join("voorbeeld-2.html").exists());
    // Word, second in the list.
    h.key(KeyCode::F(7));
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    let docx = std::fs::read(out.join("voorbeeld.docx")).expect("word");
    assert!(docx.starts_with(b"PK\x03\x04"));
    // The calendar.
    h.key(KeyCode::F(7));
    for _ in 0..3 {
        h.key(KeyCode::Down);
    }
    h.key(KeyCode::Enter);
    let ics = std::fs::read_to_string(out.join("voorbeeld.ics")).expect("calendar");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
}

#[test]
fn advice_catches_up_after_a_pause_not_on_the_keystroke() {
    use samenwerkwijzer::session::ADVICE_PAUSE;
    use samenwerkwijzer::tui::event::Event;
    use std::time::Duration;
    let mut h = Harness::with_plan("Pauze");
    h.goto("opgave.visie");
    h.key(KeyCode::Enter);
    // As the loop feeds them (with its ticks), but without the harness's
    // pause after each key: the clock only moves when the test says so.
    let down = ratatui::crossterm::event::KeyEvent::from(KeyCode::Down);
    let enter = ratatui::crossterm::event::KeyEvent::from(KeyCode::Enter);
    h.input(vec![Event::Key(down), Event::Key(enter)]); // "nee"
    assert!(
        h.editor().advice_stale,
        "not yet recomputed on the keystroke"
    );
    assert!(h.editor().advice.findings.is_empty());
    let due = h.app.deadline().expect("the loop will wake for the advice");
    assert_eq!(due, h.app.now + ADVICE_PAUSE, "it sleeps exactly the pause");
    h.advance(ADVICE_PAUSE.saturating_sub(Duration::from_millis(1)));
    assert!(h.editor().advice_stale, "too soon");
    h.advance(Duration::from_millis(1));
    assert!(!h.editor().advice_stale);
    assert_eq!(h.editor().advice.findings[0].rule, "geen_visie");
}

#[test]
fn per_partner_scores_carry_their_labels() {
    // W16: "4 van 5 · 4 van 5" said nothing about what was scored.
    let h = example();
    let screen = h.screen(120, 40);
    assert!(screen.contains("Hetzelfde doel: 4 van 5"), "{screen}");
    assert!(screen.contains("Dezelfde aanpak: 2 van 5"), "{screen}");
}
