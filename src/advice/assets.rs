//! The advice's Dutch texts and form data, embedded from `assets/advice/`.
//!
//! Texts live in RON files so a trainer can reword them without touching
//! the rule logic. Each file is parsed once, on first use; tests check that
//! every file parses and is complete, so the fallbacks below (an empty
//! table) are never reached by a shipped build.

use serde::de::DeserializeOwned;

pub const RULES_RON: &str = include_str!("../../assets/advice/rules.ron");
pub const FORMS_RON: &str = include_str!("../../assets/advice/forms.ron");
pub const SCAN_RON: &str = include_str!("../../assets/advice/scan.ron");
pub const RAAD_RON: &str = include_str!("../../assets/advice/raad.ron");

/// Parse one embedded file; the error names the file and the place.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, String> {
    // Implicit `Some`: a text variant may give just the parts it changes,
    // written plainly (`message: "…"`).
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(64)
        .from_str(text)
        .map_err(|e| {
            format!(
                "assets/advice/{file}:{}:{}: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })
}

/// `template` with `{0}`, `{1}` ... replaced by `args`, in one pass (a
/// name that itself holds "{1}" stays as typed).
pub fn fill(template: &str, args: &[&str]) -> String {
    let args: Vec<&dyn std::fmt::Display> =
        args.iter().map(|a| a as &dyn std::fmt::Display).collect();
    crate::text::fill_str(template, &args)
}

pub use crate::present::capitalise;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_numbered_places() {
        assert_eq!(fill("{0} en {1}", &["a", "b"]), "a en b");
        assert_eq!(fill("{0} {0}", &["x"]), "x x");
        assert_eq!(fill("geen", &["x"]), "geen");
        assert_eq!(fill("{0} en {1}", &["{1}", "b"]), "{1} en b", "one pass");
    }
}
