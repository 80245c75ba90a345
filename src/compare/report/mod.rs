//! The comparison as a report for the trainer: Markdown, or one
//! self-contained HTML page that prints on A4 and reads on a projector.
//! Both follow the same order: the gespreksagenda, where everyone agrees,
//! what nobody answered, the advice across groups, every question by step,
//! the files not compared, and how the scores are made.

mod html;
mod html_answers;
mod markdown;
mod md_answers;

use super::{Comparison, Row, Topic};

pub use html::render as html;
pub use markdown::render as markdown;

/// The report's title.
pub(crate) fn title(c: &Comparison) -> String {
    let n = c.groups.len();
    let plans = if n == 1 {
        "1 plan".to_string()
    } else {
        format!("{n} plannen")
    };
    match &c.case {
        Some(case) if !case.title.is_empty() => {
            format!(
                "Vergelijking van {plans} — {}",
                super::words::one_line(&case.title)
            )
        }
        Some(case) => format!(
            "Vergelijking van {plans} — casus \"{}\"",
            super::words::one_line(&case.id)
        ),
        None => format!("Vergelijking van {plans}"),
    }
}

/// The sentence under the title about who is who.
pub(crate) fn groups_line(c: &Comparison) -> String {
    let n = c.groups.len();
    let span = match (c.groups.first(), c.groups.last()) {
        (Some(first), Some(last)) if n > 1 => {
            format!(
                "{}: Groep {} tot en met {}.",
                super::words::groups(n),
                first.letter,
                last.letter
            )
        }
        (Some(first), _) => format!("1 groep: Groep {}.", first.letter),
        _ => "Geen plannen om te vergelijken.".to_string(),
    };
    if c.names {
        format!("{span} Met namen: de tabel hieronder zegt welk plan van wie is.")
    } else {
        format!(
            "{span} Namen, titels, gemeente en fractie staan er niet bij. De letters volgen een \
             vaste volgorde, die niet afhangt van bestandsnamen of van wie het eerst inleverde. \
             Ze zijn dus niet de namen die de groepen zichzelf gaven: Groep A hier is niet \
             per se de groep die zich Groep A noemde."
        )
    }
}

pub(crate) const AGENDA: &str = "Gespreksagenda";
pub(crate) const AGENDA_INTRO: &str =
    "De vragen waar de groepen het meest verschillen, het grootste verschil eerst.";
pub(crate) const AGENDA_EMPTY: &str = "Op geen enkele vraag lopen de groepen duidelijk uiteen.";
pub(crate) const AGREED: &str = "Waar iedereen het over eens is";
pub(crate) const AGREED_INTRO: &str = "Alle groepen die antwoord gaven, gaven hetzelfde antwoord.";
pub(crate) const AGREED_EMPTY: &str =
    "Er is geen vraag waarop twee of meer groepen allemaal hetzelfde antwoordden.";
pub(crate) const UNANSWERED: &str = "Wat niemand beantwoordde";
pub(crate) const UNANSWERED_INTRO: &str =
    "Deze vragen golden voor minstens één groep, maar geen groep gaf antwoord.";
pub(crate) const UNANSWERED_EMPTY: &str = "Elke vraag is door minstens één groep beantwoord.";
pub(crate) const ADVICE: &str = "Het advies per groep";
pub(crate) const FINDINGS: &str = "Aandachtspunten";
pub(crate) const FINDINGS_INTRO: &str =
    "Wat het advies in de plannen meldt, het punt dat de meeste groepen hebben eerst.";
pub(crate) const FINDINGS_EMPTY: &str = "Het advies meldt in geen enkel plan iets.";
pub(crate) const FORMS: &str = "Vormkeuze";
pub(crate) const FORMS_INTRO: &str = "De vorm die elke groep koos, en welke vorm volgens de vormhulp het best past bij de antwoorden van die groep. De vormhulp is een hulpmiddel bij het gesprek, geen juridisch advies.";
pub(crate) const DEBRIEF: &str = "Nabespreking van de casus";
pub(crate) const DEBRIEF_INTRO: &str = "De punten die de casus wil laten bespreken, en of de plannen laten zien dat de groepen eraan toekwamen.";
pub(crate) const ALL: &str = "Alle vragen per stap";
pub(crate) const SKIPPED: &str = "Niet meegenomen";
pub(crate) const SKIPPED_INTRO: &str =
    "Deze bestanden zijn niet vergeleken. Er is niets aan veranderd.";
pub(crate) const ENTRIES_CUT: &str =
    "In de mappen staan meer bestanden dan er zijn bekeken; is dit wel de goede map?";
pub(crate) const METHOD: &str = "Hoe de verschillen zijn berekend";
pub(crate) const METHOD_TEXT: &[&str] = &[
    "Elke vraag krijgt een verschil van 0 tot 100. Bij 0 gaven alle groepen die antwoord gaven hetzelfde antwoord; bij 100 liggen de antwoorden zo ver uiteen als bij die vraag kan.",
    "Bij een keuze (ook ja, nee of weet niet) telt hoe gelijk de groepen over de antwoorden verdeeld zijn: de genormaliseerde entropie. Bij een schaal, een getal of een datum telt hoe ver de antwoorden uit elkaar liggen: de standaardafwijking, gedeeld door de grootste die op die schaal kan. Bij meerkeuzevragen en lijsten telt hoeveel de groepen gemeen hebben: de overlap (Jaccard) tussen elk paar groepen. Open antwoorden krijgen geen cijfer; ze staan er allemaal bij.",
    "Voor de gespreksagenda telt het verschil naar verhouding van het deel van de groepen dat antwoord gaf: een verschil tussen twee van de zes groepen weegt minder dan een verschil tussen alle zes. De agenda toont de vragen die zo op 20 of meer uitkomen, de hoogste eerst: ten hoogste 10, en ten hoogste 3 uit dezelfde lijst. Taken, partners en afspraken zijn tussen de groepen gekoppeld: die uit de casus aan hun vaste nummer, eigen toevoegingen aan hun naam (hoofdletters, spaties en accenten tellen niet mee). Namen die op elkaar lijken, staan apart met \"lijkt op\".",
];

/// "Stap 3 — Doelen en vorm" for a topic.
fn step_of<'c>(c: &'c Comparison, topic: &Topic) -> &'c str {
    c.steps.get(topic.step).map_or("", String::as_str)
}

/// The width of a bar for `count` of `total`, in `width` steps; at least
/// one step when the count is not zero, so a single group always shows.
pub(crate) fn bar_steps(count: usize, total: usize, width: usize) -> usize {
    if count == 0 || total == 0 {
        return 0;
    }
    ((count * width + total / 2) / total).clamp(1, width)
}

/// How many groups chose at least one of `rows`.
fn answering(rows: &[Row]) -> usize {
    let mut groups: Vec<usize> = rows.iter().flat_map(|r| r.groups.iter().copied()).collect();
    groups.sort_unstable();
    groups.dedup();
    groups.len()
}
