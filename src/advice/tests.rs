//! The embedded advice texts are complete and match the rules in code.

use std::collections::BTreeSet;

use super::raad::{MomentKind, parse_raad_texts};
use super::rules;
use super::scan::parse_scan_texts;
use super::texts::parse_rule_texts;

#[test]
fn every_rule_has_texts_and_every_text_has_a_rule() {
    let texts = parse_rule_texts().unwrap_or_else(|e| panic!("{e}"));
    let in_code: Vec<&str> = rules::all().map(|r| r.id).collect();
    let unique: BTreeSet<&str> = in_code.iter().copied().collect();
    assert_eq!(unique.len(), in_code.len(), "rule ids are unique");
    let in_texts: BTreeSet<&str> = texts.keys().map(String::as_str).collect();
    assert_eq!(unique, in_texts, "rules in code and in rules.ron differ");
    for (id, t) in &texts {
        for (part, text) in [
            ("message", &t.message),
            ("why", &t.why),
            ("source", &t.source),
            ("action", &t.action),
        ] {
            assert!(!text.trim().is_empty(), "{id}.{part} is empty");
            assert_eq!(text.trim(), text, "{id}.{part} has stray spaces");
        }
        assert!(
            !t.why.contains('{') && !t.source.contains('{') && !t.action.contains('{'),
            "{id}: only the message may hold {{0}} places"
        );
    }
}

#[test]
fn every_variant_a_rule_asks_for_has_texts_and_no_other() {
    let texts = parse_rule_texts().unwrap_or_else(|e| panic!("{e}"));
    for rule in rules::all() {
        let text = &texts[rule.id];
        let declared: BTreeSet<&str> = rule.variants.iter().copied().collect();
        let written: BTreeSet<&str> = text.variants.keys().map(String::as_str).collect();
        assert_eq!(
            declared, written,
            "{}: variants in code and rules.ron",
            rule.id
        );
        for (name, v) in &text.variants {
            let parts = [&v.message, &v.why, &v.source, &v.action];
            assert!(
                parts.iter().any(|p| p.is_some()),
                "{}.{name} changes nothing",
                rule.id
            );
            for part in parts.into_iter().flatten() {
                assert!(
                    !part.trim().is_empty(),
                    "{}.{name} has an empty part",
                    rule.id
                );
                assert_eq!(part.trim(), part, "{}.{name} has stray spaces", rule.id);
            }
            // A variant message keeps the same places as the rule's own.
            if let Some(m) = &v.message {
                for place in ["{0}", "{1}"] {
                    assert_eq!(
                        m.contains(place),
                        text.message.contains(place),
                        "{}.{name}: {place}",
                        rule.id
                    );
                }
            }
        }
    }
}

#[test]
fn a_variant_replaces_only_the_parts_it_gives() {
    let base = super::texts::rule_text("geen_toestemming", None);
    let unknown = super::texts::rule_text("geen_toestemming", Some("weet_niet"));
    assert_ne!(base.message, unknown.message);
    assert_eq!(base.why, unknown.why);
    assert_eq!(base.action, unknown.action);
    // An unknown variant falls back to the rule's own texts.
    assert_eq!(super::texts::rule_text("geen_toestemming", Some("x")), base);
}

#[test]
fn rule_texts_use_the_products_spelling() {
    // Words the product owner wants spelled one way; a slip here is a bug.
    let texts = parse_rule_texts().expect("rules.ron");
    let wrong = [
        ("cooperatie", "coöperatie"),
        ("creeren", "creëren"),
        ("financiele", "financiële"),
        ("evalueerd", "geëvalueerd"),
        (" je ", "u"),
        (" jij ", "u"),
        (" uw raad ", "de raad"),
    ];
    for (id, t) in &texts {
        let all = format!(" {} {} {} {} ", t.message, t.why, t.source, t.action).to_lowercase();
        for (bad, good) in wrong {
            assert!(!all.contains(bad), "{id}: write {good:?}, not {bad:?}");
        }
    }
}

#[test]
fn scan_texts_parse() {
    let t = parse_scan_texts().unwrap_or_else(|e| panic!("{e}"));
    assert!(t.open_many.contains("{0}") && t.warnings_many.contains("{0}"));
    assert!(t.hints_many.contains("{0}"));
}

#[test]
fn every_moment_kind_has_texts() {
    let t = parse_raad_texts().unwrap_or_else(|e| panic!("{e}"));
    for kind in MomentKind::ALL {
        let text = t
            .moments
            .get(&kind)
            .unwrap_or_else(|| panic!("{kind:?} has no text"));
        assert!(!text.title.trim().is_empty(), "{kind:?} has no title");
        // The report's detail is built from the afspraak itself.
        if kind != MomentKind::Rapportage {
            assert!(!text.detail.trim().is_empty(), "{kind:?} has no detail");
        }
    }
    assert_eq!(
        t.moments.len(),
        MomentKind::ALL.len(),
        "no texts for unknown kinds"
    );
}
