//! Issue 15: every kind of input the plain line mode cannot use gets a
//! sentence saying what is allowed, then the question again, and the plan
//! stays as it was (`plain_commands.rs` has what the commands do).

use samenwerkwijzer::plain::Incoming;
use samenwerkwijzer::plan::Answer;

use crate::plain_support::Plain;

/// `line` is refused with `sentence`, the question (`again`) is asked
/// again after it, and the plan did not change.
fn refused(p: &mut Plain, line: &str, sentence: &str, again: &str) {
    let before = p.plan().clone();
    let said = p.line(line);
    let at = said
        .find(sentence)
        .unwrap_or_else(|| panic!("{line:?}: {sentence:?} not said:\n{said}"));
    assert!(
        said[at..].contains(again),
        "{line:?}: the question is not asked again after the sentence:\n{said}"
    );
    assert_eq!(p.plan(), &before, "{line:?} changed the plan");
}

#[test]
fn every_kind_of_answer_refuses_what_it_cannot_use_and_asks_again() {
    let mut p = Plain::new("Fouten");
    // Long text: nothing to refuse; end it.
    p.lines(&["Een opgave", "."]);
    let domein = "Op welk terrein ligt de opgave?";
    refused(
        &mut p,
        "1,7",
        "Dat zijn geen keuzes uit de lijst. Typ nummers van 1 tot en met 4",
        domein,
    );
    refused(&mut p, "veel", "Dat zijn geen keuzes uit de lijst", domein);
    p.line("2");
    p.line("1");
    let rol = "Welke rol kiest de gemeente bij deze opgave?";
    refused(
        &mut p,
        "9",
        "Dat is geen keuze uit de lijst. Typ een nummer van 1 tot en met 5.",
        rol,
    );
    refused(&mut p, "sturen", "Dat is geen keuze uit de lijst", rol);
    p.line("2");
    let visie = "Heeft de gemeente een visie op samenwerken?";
    refused(
        &mut p,
        "misschien",
        "Dat is geen j, n of w. Typ j voor ja, n voor nee of w voor weet ik niet.",
        visie,
    );
    assert_eq!(
        p.plan().answer("opgave.rol"),
        Some(&Answer::Choice("regisseren".into()))
    );

    // A scale and a reference, inside a partner.
    p.line("stap 1");
    p.lines(&["nieuw", "Afval", "samen", "klaar", ""]);
    p.line("stap 2");
    p.lines(&["nieuw", "Gemeente Oost", "1", ""]);
    let taken = "Aan welke taken werkt deze partner mee?";
    refused(
        &mut p,
        "2",
        "Dat zijn geen keuzes uit de lijst. Typ nummers van 1 tot en met 1",
        taken,
    );
    p.lines(&["1", ""]);
    let inzet = "Hoeveel inzet verwacht u van deze partner?";
    refused(&mut p, "8", "Dat is geen getal van 1 tot en met 5.", inzet);
    refused(
        &mut p,
        "veel",
        "Dat is geen getal van 1 tot en met 5.",
        inzet,
    );
    p.lines(&["3", "", ""]);

    // A number and a date.
    p.line("stap 4");
    p.lines(&["nieuw", "Woningen", "", "", "2", "", ""]);
    let datum = "Wanneer komt de eerste rapportage?";
    refused(
        &mut p,
        "31-2-2027",
        "Dat is geen geldige datum. Typ dag, maand en jaar",
        datum,
    );
    refused(&mut p, "morgen", "Dat is geen geldige datum.", datum);
    // Out of the list, past the budget cycle: the evaluation.
    p.lines(&["1-3-2027", "", "", "j"]);
    let interval = "Om de hoeveel jaar wordt de samenwerking geëvalueerd?";
    refused(
        &mut p,
        "40",
        "Dat is geen heel getal van 1 tot en met 10.",
        interval,
    );
    refused(
        &mut p,
        "vier",
        "Dat is geen heel getal van 1 tot en met 10.",
        interval,
    );
    refused(&mut p, "2,5", "Dat is geen heel getal", interval);
    p.line("4");
    assert_eq!(
        p.plan().answer("monitoring.evaluatie_interval"),
        Some(&Answer::Number(4))
    );
}

#[test]
fn lists_menus_and_commands_refuse_what_they_cannot_do() {
    let mut p = Plain::new("Lijsten");
    p.line("stap 1");
    let menu = "Welke taken horen bij deze opgave?";
    refused(
        &mut p,
        "iets anders",
        "Dat kan hier niet. Typ nieuw om een taak toe te voegen",
        menu,
    );
    refused(&mut p, "1", "De lijst is nog leeg.", menu);
    refused(
        &mut p,
        "wissen",
        "Hier is geen antwoord om te wissen.",
        menu,
    );
    p.lines(&["nieuw", "Afval", "klaar"]);
    refused(
        &mut p,
        "3",
        "Er is geen taak met nummer 3. Typ een nummer van 1 tot en met 1.",
        menu,
    );
    refused(&mut p, "verwijder", "Dat kan hier niet.", menu);
    let ask = p.line("verwijder 1");
    assert!(ask.contains("Taak \"Afval\" verwijderen?"), "{ask}");
    refused(
        &mut p,
        "misschien",
        "Typ j voor ja of n voor nee.",
        "verwijderen?",
    );
    assert!(p.line("n").contains("Niet verwijderd."));
    assert_eq!(p.plan().items("inventaris.taken").len(), 1);

    // Commands with a number that is not there.
    refused(
        &mut p,
        "stap 9",
        "Die stap is er niet. Typ stap en een nummer van 0 tot en met 4.",
        menu,
    );
    refused(&mut p, "stap", "Die stap is er niet.", menu);
    refused(
        &mut p,
        "vraag 12",
        "Die vraag is er niet in deze stap. Typ vraag en een nummer van 1 tot en met 3.",
        menu,
    );
    refused(
        &mut p,
        "vorm 42",
        "Die vorm is er niet. Typ vorm en een nummer van 1 tot en met",
        menu,
    );

    // A per-item question adds nothing and removes nothing.
    p.line("stap 3");
    let per = "Willen de partners hetzelfde als uw gemeente?";
    refused(&mut p, "nieuw", "Hier kunt u niets toevoegen", per);
    refused(&mut p, "verwijder 1", "Hier kunt u niets verwijderen", per);
}

#[test]
fn a_line_that_is_too_long_or_holds_controls_is_said_so() {
    let mut p = Plain::new("Rare regels");
    let said = p.feed(Incoming::TooLong);
    assert!(
        said.contains("Die regel is te lang en is niet gebruikt."),
        "{said}"
    );
    // An arrow key typed into a line: the ESC sequence goes, the text stays.
    let said = p.lines(&["Op\u{1b}[Dgave\u{7}", "."]);
    assert!(said.contains("Uw regel bevatte stuurtekens"), "{said}");
    assert_eq!(
        p.plan().answer("opgave.omschrijving"),
        Some(&Answer::Text("Opgave".into()))
    );
    // Past the last question only commands do something.
    p.line("stap 4");
    for _ in 0..20 {
        p.line("");
    }
    assert!(
        p.line("")
            .contains("U bent aan het eind van de laatste stap.")
    );
    let said = p.line("nog iets");
    assert!(
        said.contains("U bent aan het eind van de laatste stap."),
        "{said}"
    );
}

#[test]
fn a_script_stops_at_the_first_line_it_cannot_use_and_keeps_what_came_before() {
    let mut p = Plain::scripted("Script");
    let said = p.lines(&["# een toelichting", "Opgave", ".", "2", "7", "1", "n"]);
    assert!(
        said.contains("Regel 5 van de invoer is niet gebruikt."),
        "{said}"
    );
    assert!(said.contains("Plan opgeslagen. Tot ziens."), "{said}");
    assert!(p.sitting.stopped().is_some());
    assert_eq!(
        samenwerkwijzer::plain::exit_code(p.sitting.stopped()),
        1,
        "a script that was not used whole does not end in success"
    );
    let saved = p.saved();
    assert_eq!(
        saved.answer("opgave.omschrijving"),
        Some(&Answer::Text("Opgave".into()))
    );
    assert_eq!(
        saved.answer("opgave.domein"),
        Some(&Answer::Multi(vec!["energietransitie".into()]))
    );
    assert_eq!(
        saved.answer("opgave.visie"),
        None,
        "nothing after the refused line"
    );
}
