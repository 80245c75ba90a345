//! Item names as groups type them: "Energieloket", "energie-loket " and
//! "Energiëloket" are one item; "Leerlingvervoer" and "Leerlingenvervoer"
//! look alike.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The key two names must share to be the same item: compatibility
/// decomposition (so "ﬁ" is "fi" and "é" is "e" plus an accent), accents
/// dropped, lower case, and only letters and digits kept. Dutch writes
/// compounds both ways ("warmte net", "warmtenet"), so spaces and dashes
/// do not count.
pub fn normalise(name: &str) -> String {
    name.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Shortest key for which "one name contains the other" counts as alike;
/// shorter words ("weg", "plan") are inside too many others.
const MIN_CONTAINED: usize = 5;
/// Edit similarity (1 − distance / longer length) from which two keys
/// look alike: "leerlingvervoer"/"leerlingenvervoer" is 0.88,
/// "warmteplan"/"warmtenet" 0.6.
const MIN_SIMILARITY: f64 = 0.8;

/// Do two normalised keys (from [`normalise`]) look like the same thing
/// without being equal? One contains the other, or they differ in a few
/// letters.
pub fn alike(a: &str, b: &str) -> bool {
    if a == b || a.is_empty() || b.is_empty() {
        return false;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let (short, long, ls, ll) = if la <= lb {
        (a, b, la, lb)
    } else {
        (b, a, lb, la)
    };
    if ls >= MIN_CONTAINED && long.contains(short) {
        return true;
    }
    // Cheap bound first: the length gap alone is a lower bound on the
    // distance.
    if (ll - ls) as f64 > (1.0 - MIN_SIMILARITY) * ll as f64 {
        return false;
    }
    strsim::normalized_levenshtein(a, b) >= MIN_SIMILARITY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_spaces_and_accents_do_not_count() {
        assert_eq!(normalise("Energieloket"), "energieloket");
        assert_eq!(normalise("  energie-loket "), "energieloket");
        assert_eq!(normalise("Energiëloket"), "energieloket");
        assert_eq!(normalise("COÖPERATIE"), "cooperatie");
        assert_eq!(normalise("ﬁets"), "fiets");
        assert_eq!(normalise("Warmte net"), normalise("warmtenet"));
        assert_eq!(normalise("日本"), "日本");
        assert_eq!(normalise("  "), "");
    }

    #[test]
    fn near_names_look_alike() {
        let k = |s: &str| normalise(s);
        assert!(alike(&k("Leerlingvervoer"), &k("Leerlingenvervoer")));
        assert!(alike(&k("Energieloket"), &k("Energieloket voor inwoners")));
        assert!(!alike(&k("Warmteplan"), &k("Warmtenet")));
        assert!(
            !alike(&k("Weg"), &k("Wegonderhoud")),
            "too short to contain"
        );
        assert!(!alike(&k("Inkoop"), &k("Inkoop")), "equal is not alike");
        assert!(!alike("", &k("Inkoop")));
    }
}
