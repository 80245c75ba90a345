//! Command-line mistakes told in Dutch. clap writes its errors in English
//! ("error: invalid value …"); the kinds a user meets are said again here,
//! with the values clap found, and a pointer to `--help`.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The Dutch text for `e`, or `None` for help and version output, which
/// clap prints itself.
#[must_use]
pub fn describe(e: &clap::Error) -> Option<String> {
    let value = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let said = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let mut text = format!(
                "\"{}\" past niet bij {}",
                value(ContextKind::InvalidValue),
                option_name(&value(ContextKind::InvalidArg))
            );
            if let Some(ContextValue::Strings(valid)) = e.get(ContextKind::ValidValue) {
                text.push_str(&format!("; kies uit: {}", crate::text::or_list(valid)));
            }
            text
        }
        ErrorKind::UnknownArgument => {
            format!("onbekende optie {}", value(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidSubcommand => {
            format!(
                "onbekende opdracht \"{}\"",
                value(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::MissingRequiredArgument => {
            format!("er ontbreekt iets: {}", value(ContextKind::InvalidArg))
        }
        ErrorKind::MissingSubcommand => "er ontbreekt een opdracht".to_string(),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!(
                "te veel of te weinig waarden bij {}",
                value(ContextKind::InvalidArg)
            )
        }
        ErrorKind::ArgumentConflict => format!(
            "{} en {} gaan niet samen",
            value(ContextKind::InvalidArg),
            value(ContextKind::PriorArg)
        ),
        ErrorKind::NoEquals => format!("schrijf {}=WAARDE", value(ContextKind::InvalidArg)),
        _ => "de opdracht klopt niet".to_string(),
    };
    Some(format!(
        "samenwerkwijzer: {said}. Alle opdrachten en opties: samenwerkwijzer --help"
    ))
}

/// "--contrast" of clap's "--contrast <CONTRAST>".
fn option_name(arg: &str) -> &str {
    arg.split_whitespace().next().unwrap_or(arg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn said(args: &[&str]) -> String {
        let e = crate::cli::Cli::try_parse_from(args).expect_err("an error");
        describe(&e).expect("a message")
    }

    #[test]
    fn mistakes_are_told_in_dutch() {
        let bad = said(&["samenwerkwijzer", "--contrast", "x", "list"]);
        assert!(bad.contains("\"x\" past niet bij --contrast;"), "{bad}");
        assert!(bad.contains("kies uit: normaal of hoog"), "{bad}");
        let unknown = said(&["samenwerkwijzer", "bogus"]);
        assert!(
            unknown.contains("onbekende opdracht \"bogus\""),
            "{unknown}"
        );
        let option = said(&["samenwerkwijzer", "list", "--wat"]);
        assert!(option.contains("onbekende optie --wat"), "{option}");
        for text in [bad, unknown, option] {
            assert!(!text.contains("error"), "{text}");
        }
    }

    #[test]
    fn help_is_left_to_clap() {
        let e = crate::cli::Cli::try_parse_from(["samenwerkwijzer", "--help"]).expect_err("help");
        assert_eq!(describe(&e), None);
    }
}
