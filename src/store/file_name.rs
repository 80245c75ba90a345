//! Safe file names from plan titles.
//!
//! A title is free text ("Afval & grondstoffen — regio West"); the file
//! name derived from it must stay inside the plans folder on every
//! platform, whatever the title holds.

/// Longest file stem we derive; the title itself can be longer.
const MAX_STEM_CHARS: usize = 48;

/// Names Windows reserves in any folder, with any extension.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// A lower-case ASCII stem: letters, digits and single dashes. Accented
/// Latin letters lose their accent; everything else becomes a dash.
pub fn stem_from_title(title: &str) -> String {
    let mut stem = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        let mapped = fold_accent(c);
        if mapped.chars().all(|m| m.is_ascii_alphanumeric()) && !mapped.is_empty() {
            stem.push_str(mapped);
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
        if stem.chars().count() >= MAX_STEM_CHARS {
            break;
        }
    }
    let stem = stem.trim_matches('-').to_string();
    if stem.is_empty() {
        "plan".to_string()
    } else if RESERVED.contains(&stem.as_str()) {
        format!("{stem}-plan")
    } else {
        stem
    }
}

fn fold_accent(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ĳ' => "ij",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'ß' => "ss",
        c if c.is_ascii_alphanumeric() => ascii_str(c),
        _ => "",
    }
}

/// A `&'static str` for an ASCII letter or digit.
fn ascii_str(c: char) -> &'static str {
    const TABLE: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
    match TABLE.find(c) {
        Some(i) => &TABLE[i..=i],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_stems() {
        assert_eq!(stem_from_title("Warmte in de regio"), "warmte-in-de-regio");
        assert_eq!(
            stem_from_title("Coöperatie Zon & Wind!"),
            "cooperatie-zon-wind"
        );
        assert_eq!(
            stem_from_title("  Sociaal domein 2027 "),
            "sociaal-domein-2027"
        );
    }

    #[test]
    fn hostile_titles_stay_inside_the_folder() {
        let long = "x".repeat(500);
        let cases = [
            "../../etc/passwd",
            "/",
            "\\\\server\\share",
            "a\0b",
            "..",
            "CON",
            "nul",
            "ＡＢＣ／．．",
            "日本語",
            "",
            long.as_str(),
            "\u{202e}gnp.exe",
        ];
        for title in cases {
            let stem = stem_from_title(title);
            assert!(!stem.is_empty(), "{title:?}");
            assert!(stem.len() <= MAX_STEM_CHARS, "{title:?} -> {stem}");
            assert!(
                stem.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{title:?} -> {stem}"
            );
            assert!(!RESERVED.contains(&stem.as_str()), "{title:?} -> {stem}");
            assert!(
                !stem.starts_with('-') && !stem.ends_with('-'),
                "{title:?} -> {stem}"
            );
        }
        assert_eq!(stem_from_title("../../etc/passwd"), "etc-passwd");
        assert_eq!(stem_from_title("CON"), "con-plan");
    }
}
