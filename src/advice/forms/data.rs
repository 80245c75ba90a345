//! The shape of `assets/advice/forms.ron`: the ten forms, their properties
//! (domain.md section 9) and the texts of the form aid.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::Reason;
use crate::advice::assets::{FORMS_RON, parse};
use crate::advice::read::Family;

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormsFile {
    pub disclaimer: String,
    pub uncertain_label: String,
    /// What the order rests on, in words.
    pub basis: BasisTexts,
    pub labels: Labels,
    pub values: Values,
    /// Texts of the reasons the ranking gives, by key (see `score.rs`).
    pub reasons: BTreeMap<String, ReasonText>,
    pub forms: Vec<FormData>,
}

/// The sentences that say what the order rests on.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasisTexts {
    /// While none of the answers that steer the ranking is given.
    pub none: String,
    /// "{0} van de {1} antwoorden ({2})": how many, and which.
    pub some: String,
    /// Between the answers in `some`'s `{2}`.
    pub separator: String,
    /// Each answer in a few words, by key (see `score.rs`).
    pub parts: BTreeMap<String, String>,
    /// The partners that count: "overheid {0}, geen overheid {1}".
    pub partners: String,
    /// Partners left out because they join no shared task: `{0}` names them.
    pub not_counted: String,
    /// Partners left out because their kind says nothing: `{0}` names them.
    pub unknown_kind: String,
}

/// The names of the properties, as the screen shows them.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    pub law: String,
    pub legal_person: String,
    pub own_staff: String,
    pub powers: String,
    pub raad_powers: String,
    pub non_gov_partners: String,
    pub board: String,
    pub weight: String,
    pub raad_grip: String,
    pub typical_use: String,
    pub wgr2022: String,
    pub verbonden_partij: String,
}

/// How Ja/Nee/Soms read on screen.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Values {
    pub ja: String,
    pub nee: String,
    pub soms: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReasonText {
    /// The reason as a plain statement.
    pub text: String,
    /// The same point phrased as something to check, used when the form's
    /// property it rests on is not verified.
    #[serde(default)]
    pub check: Option<String>,
}

/// Yes, no, or "depends on the agreements or the power at hand".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Tri {
    Ja,
    Nee,
    Soms,
}

/// Which powers can go to the form: `Soms` means only under a condition
/// the reason names (mandate with the receiver's consent, Awb art. 10:4;
/// delegation with a statutory basis, Awb art. 10:15).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Powers {
    pub mandaat: Tri,
    pub delegatie: Tri,
    /// The property as the screen shows it.
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Use {
    Uitvoering,
    Beleid,
}

/// A property of a form, to flag as not verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Prop {
    Law,
    LegalPerson,
    OwnStaff,
    Powers,
    RaadPowers,
    NonGovPartners,
    Board,
    Weight,
    RaadGrip,
    TypicalUse,
    Wgr2022,
    VerbondenPartij,
}

/// A value for the ranking with the words the screen shows for it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Described<T> {
    pub value: T,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormData {
    /// The choice id in `doelen.vorm`.
    pub id: String,
    pub name: String,
    pub family: Family,
    pub summary: String,
    pub law: String,
    pub legal_person: Tri,
    pub own_staff: Tri,
    pub powers: Powers,
    pub raad_powers: Tri,
    pub non_gov_partners: Tri,
    /// How partners that are not a government get a place in this form:
    /// their role (private forms) or the way beside it (Wgr forms).
    pub non_gov: String,
    pub board: String,
    /// 0 (very light) to 5 (heavy).
    pub weight: Described<u8>,
    /// 1 (low) to 4 (high); `None` when it depends on the agreements.
    pub raad_grip: Described<Option<u8>>,
    pub typical_use: Described<Vec<Use>>,
    pub wgr2022: Tri,
    pub verbonden_partij: Tri,
    /// The form leans on one lead partner's commitment (centrumgemeente).
    #[serde(default)]
    pub depends_on_lead: bool,
    /// Properties that rest on an unverified fact ([U] in domain.md).
    #[serde(default)]
    pub uncertain: Vec<Prop>,
    pub considerations_for: Vec<Reason>,
    pub considerations_against: Vec<Reason>,
    pub raad_instruments: Vec<String>,
}

impl FormData {
    pub fn is_uncertain(&self, prop: Prop) -> bool {
        self.uncertain.contains(&prop)
    }
}

pub fn parse_forms() -> Result<FormsFile, String> {
    parse("forms.ron", FORMS_RON)
}

/// The embedded forms file, parsed once. Empty texts and no forms if it
/// does not parse, which a test rules out.
pub static FORMS: LazyLock<FormsFile> = LazyLock::new(|| parse_forms().unwrap_or_default());
