//! Issue 15: the plain line mode's commands do what `hulp` says; lists
//! add, change and remove items with their own questions; the advice is
//! announced as it changes.

use samenwerkwijzer::plan::{Answer, Slot, YesNo};

use crate::plain_support::Plain;

#[test]
fn the_commands_do_what_hulp_says() {
    let mut p = Plain::new("Opdrachten");
    let help = p.line("hulp");
    for word in [
        "terug:",
        "verder:",
        "stap en een nummer",
        "overzicht:",
        "advies:",
        "vorm:",
        "raad:",
        "opslaan:",
        "stoppen:",
    ] {
        assert!(help.contains(word), "{word} missing in:\n{help}");
    }
    let explain = p.line("?");
    assert!(
        explain.contains("Waarom deze vraag?\nBeschrijf in een paar zinnen"),
        "{explain}"
    );
    assert!(
        explain.contains("Rol van de raad: kaderstellend"),
        "{explain}"
    );

    // verder and terug move; an empty line keeps an answer.
    p.lines(&["Eerste versie", "."]);
    assert!(p.line("terug").contains("Nu ingevuld: Eerste versie."));
    p.line("");
    assert_eq!(
        p.plan().answer("opgave.omschrijving"),
        Some(&Answer::Text("Eerste versie".into()))
    );
    let said = p.line("verder");
    assert!(
        said.contains("Vraag 3 van 8: Welke soorten samenwerking"),
        "{said}"
    );
    assert!(
        p.line("vraag 5")
            .contains("Vraag 5 van 8: Heeft de gemeente een visie")
    );
    p.line("n");
    assert_eq!(
        p.plan().answer("opgave.visie"),
        Some(&Answer::YesNo(YesNo::Nee))
    );
    p.line("terug");
    assert!(p.line("wissen").contains("Het antwoord is gewist."));
    assert_eq!(p.plan().answer("opgave.visie"), None);

    let overview = p.line("overzicht");
    assert!(
        overview.contains("Overzicht: hoe staat elke stap ervoor?"),
        "{overview}"
    );
    assert!(
        overview.contains("Stap 0, Opgave en visie: bezig. Zelfscan oranje"),
        "{overview}"
    );
    assert!(
        overview.contains("Stap 4, Monitoring: niet begonnen."),
        "{overview}"
    );
    assert!(
        !overview.contains('·'),
        "no layout signs read aloud: {overview}"
    );

    p.line("n");
    let advice = p.line("advies");
    assert!(
        advice.contains("De gemeente heeft geen visie op samenwerken."),
        "{advice}"
    );
    assert!(advice.contains("Bron: "), "{advice}");
    assert!(advice.contains("Wat de raad kan doen: "), "{advice}");

    let forms = p.line("vorm");
    assert!(
        forms.contains("Vormkeuze: welke vorm past bij de antwoorden?"),
        "{forms}"
    );
    assert!(forms.contains("1. "), "{forms}");
    assert!(
        forms.contains("Typ vorm en een nummer van 1 tot en met 10"),
        "{forms}"
    );
    let one = p.line("vorm 1");
    assert!(one.contains("Kenmerken:"), "{one}");

    let raad = p.line("raad");
    assert!(raad.contains("Wat vraagt dit van de raad?"), "{raad}");
    assert!(
        raad.contains("Vragen per rol van de raad: Kaderstellend: "),
        "{raad}"
    );

    assert!(p.line("opslaan").contains("Plan opgeslagen."));
    assert_eq!(
        p.saved().answer("opgave.visie"),
        Some(&Answer::YesNo(YesNo::Nee))
    );
    let bye = p.line("stoppen");
    assert!(bye.contains("Plan opgeslagen. Tot ziens."), "{bye}");
    assert!(p.sitting.stopped().is_some());
}

#[test]
fn new_findings_are_announced_and_solved_ones_too() {
    let mut p = Plain::new("Advies");
    p.lines(&["Opgave", ".", "", "", ""]);
    let said = p.line("n");
    assert!(
        said.contains("Nieuw aandachtspunt, tip: De gemeente heeft geen visie op samenwerken."),
        "{said}"
    );
    assert!(
        said.contains("Typ advies voor de uitleg en de bron."),
        "{said}"
    );
    // Said once, not again on the next answer.
    assert!(!p.line("n").contains("geen visie"));
    p.line("vraag 5");
    let said = p.line("j");
    assert!(
        said.contains("Opgelost aandachtspunt: De gemeente heeft geen visie op samenwerken."),
        "{said}"
    );
}

#[test]
fn lists_add_change_and_remove_items_with_their_own_questions() {
    let mut p = Plain::new("Taken");
    p.line("stap 1");
    let said = p.line("nieuw");
    assert!(said.contains("Taak toegevoegd."), "{said}");
    assert!(said.contains("Taak, vraag 1 van "), "{said}");
    let said = p.line("Afval");
    assert!(said.contains("Taak Afval, vraag 2 van "), "{said}");
    p.lines(&["samen", "1 3", "", "", ""]);
    let item = &p.plan().items("inventaris.taken")[0];
    assert_eq!(
        item.fields.get("aanpak"),
        Some(&Answer::Choice("samen".into()))
    );
    // An item added and left empty is dropped again.
    p.line("nieuw");
    let said = p.line("klaar");
    assert!(
        said.contains("Er is niets ingevuld, dus er is niets toegevoegd."),
        "{said}"
    );
    assert_eq!(p.plan().items("inventaris.taken").len(), 1);
    // Change: its questions again, with what is filled in.
    let said = p.line("1");
    assert!(said.contains("Nu ingevuld: Afval."), "{said}");
    p.line("Afval inzamelen");
    p.line("klaar");
    let id = p.plan().items("inventaris.taken")[0].id.clone();
    assert_eq!(
        p.plan().get(&Slot::field("inventaris.taken", &id, "naam")),
        Some(&Answer::Text("Afval inzamelen".into()))
    );
    // Remove, after j.
    p.line("verwijder 1");
    let said = p.line("j");
    assert!(said.contains("Taak verwijderd."), "{said}");
    assert!(p.plan().items("inventaris.taken").is_empty());
}
