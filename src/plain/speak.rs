//! Text as it reads aloud: a screen reader (or `espeak-ng -v nl`) says
//! every sign it sees, so the line mode leaves out the signs the screens
//! use for layout (a middle dot between parts, a dash after a step
//! number) and says dates the way a letter writes them.

use crate::guide::{Guide, Kind, Question};
use crate::plan::{Answer, Plan};
use crate::present::{answer_text, format_date_long};

/// The name of a step without the "Stap 2 — " the guide's titles start
/// with (the line mode says the number itself).
pub fn step_name(title: &str) -> &str {
    let title = title.trim();
    let Some(rest) = title.strip_prefix("Stap ") else {
        return title;
    };
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() == title.len() - "Stap ".len() {
        return title;
    }
    rest.trim_start_matches([' ', '—', '–', '-', ':'])
        .trim_start()
        .trim()
}

/// An answer as it is said: as the screens show it, but a date in words.
pub fn spoken_answer(
    guide: &Guide,
    plan: &Plan,
    q: &Question,
    answer: Option<&Answer>,
) -> Option<String> {
    match (&q.kind, answer) {
        (Kind::Date, Some(Answer::Date(d))) => Some(format_date_long(*d)),
        _ => answer_text(guide, plan, q, answer).map(|t| plain(&t)),
    }
}

/// `text` as a sentence: a full stop at the end unless it already ends
/// with one (or with a question or exclamation mark, or a colon).
pub fn sentence(text: &str) -> String {
    let trimmed = text.trim_end();
    if trimmed.ends_with(['.', '?', '!', ':']) {
        return trimmed.to_string();
    }
    format!("{trimmed}.")
}

/// `text` without the layout signs that are read out as noise.
pub fn plain(text: &str) -> String {
    text.replace(" · ", ", ").replace('·', ",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_names_lose_their_number_and_dash() {
        assert_eq!(step_name("Stap 2 — Partners zoeken"), "Partners zoeken");
        assert_eq!(step_name("Stap 10: Afronden"), "Afronden");
        assert_eq!(step_name("Stappenplan"), "Stappenplan");
        assert_eq!(step_name("Stap voor stap"), "Stap voor stap");
        assert_eq!(sentence("Nu ingevuld: Ja"), "Nu ingevuld: Ja.");
        assert_eq!(sentence("Naam?"), "Naam?");
        assert_eq!(sentence("Zin. "), "Zin.");
        assert_eq!(
            plain("Let op: 1 punt · nog 2 vragen open"),
            "Let op: 1 punt, nog 2 vragen open"
        );
    }
}
