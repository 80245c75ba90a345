//! The words that do something instead of answering: the same everywhere
//! (`terug`, `stap 2`, `advies`, …), plus the few a list menu and an item
//! know. Anything else on a line is an answer.

/// A command, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `?` or `uitleg`: why this question is asked.
    Explain,
    /// `hulp`: every command.
    Help,
    Back,
    Forward,
    /// `stap N`; `None` when the number is missing or not a number.
    Step(Option<usize>),
    /// `vraag N` (counted from 1).
    Question(Option<usize>),
    /// `wissen`: clear the answer to this question.
    Clear,
    Overview,
    Advice,
    /// `vorm`, or `vorm N` for the details of one form.
    Forms(Option<usize>),
    Raad,
    Save,
    Stop,
    // In a list menu:
    /// `nieuw`: add an item.
    Add,
    /// A number, or `wijzig N`: the questions of item N.
    Open(usize),
    /// `verwijder N`.
    Remove(Option<usize>),
    /// `klaar`: leave the item, or the list.
    Done,
}

/// Where a line is read: what counts as a command depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A question or a field: anything not a general command is an answer.
    Answer,
    /// A field of a list item: `klaar` leaves the item.
    Item,
    /// A list menu: numbers and the list words are commands too.
    Menu,
    /// "Remove this item?": `j` or `n`.
    Confirm,
}

/// The command on `line`, if it is one (case and spaces do not matter).
#[must_use]
pub fn parse(line: &str, place: Place) -> Option<Command> {
    let lower = line.trim().to_lowercase();
    let mut words = lower.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    let number = || match rest.as_slice() {
        [n] => n.parse::<usize>().ok(),
        _ => None,
    };
    let alone = rest.is_empty();
    let general = match first {
        "?" | "uitleg" if alone => Some(Command::Explain),
        "hulp" if alone => Some(Command::Help),
        "terug" if alone => Some(Command::Back),
        "verder" if alone => Some(Command::Forward),
        "stap" if rest.len() <= 1 => Some(Command::Step(number())),
        "vraag" if rest.len() <= 1 => Some(Command::Question(number())),
        "wissen" if alone => Some(Command::Clear),
        "overzicht" if alone => Some(Command::Overview),
        "advies" if alone => Some(Command::Advice),
        "vorm" if alone => Some(Command::Forms(None)),
        "vorm" => number().map(|n| Command::Forms(Some(n))),
        "raad" if alone => Some(Command::Raad),
        "opslaan" if alone => Some(Command::Save),
        "stoppen" | "stop" if alone => Some(Command::Stop),
        _ => None,
    };
    if general.is_some() {
        return general;
    }
    match place {
        Place::Answer | Place::Confirm => None,
        Place::Item => (first == "klaar" && alone).then_some(Command::Done),
        Place::Menu => match first {
            "klaar" if alone => Some(Command::Done),
            "nieuw" | "toevoegen" if alone => Some(Command::Add),
            "wijzig" | "wijzigen" => number().map(Command::Open),
            "verwijder" | "verwijderen" if rest.len() <= 1 => Some(Command::Remove(number())),
            n if alone => n.parse().ok().map(Command::Open),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_words_and_everything_else_is_an_answer() {
        assert_eq!(parse(" Terug ", Place::Answer), Some(Command::Back));
        assert_eq!(parse("stap 2", Place::Answer), Some(Command::Step(Some(2))));
        assert_eq!(parse("stap twee", Place::Answer), Some(Command::Step(None)));
        assert_eq!(parse("?", Place::Menu), Some(Command::Explain));
        // An answer that starts with a command word is an answer.
        assert_eq!(parse("terug naar af", Place::Answer), None);
        assert_eq!(parse("vorm van overleg", Place::Answer), None);
        // Numbers and list words only in a menu.
        assert_eq!(parse("2", Place::Answer), None);
        assert_eq!(parse("2", Place::Menu), Some(Command::Open(2)));
        assert_eq!(parse("nieuw", Place::Answer), None);
        assert_eq!(parse("nieuw", Place::Menu), Some(Command::Add));
        assert_eq!(
            parse("verwijder 3", Place::Menu),
            Some(Command::Remove(Some(3)))
        );
        assert_eq!(parse("klaar", Place::Item), Some(Command::Done));
        assert_eq!(parse("klaar", Place::Answer), None);
        assert_eq!(parse("", Place::Menu), None);
    }
}
