//! How the answers weigh for or against each form: the heuristics of
//! domain.md section 9 ("suggested rules, not law").
//!
//! Each heuristic looks at one answer and one property of a form, and gives
//! a contribution: a reason key (its text is in `forms.ron`), a weight, and
//! the property it rests on, so a reason resting on an unverified property
//! can be shown as something to check.

use super::data::{FormData, Prop, Transfer, Tri, Use};
use crate::advice::ids;
use crate::advice::read::{Family, View, join_names};
use crate::plan::YesNo;

/// The answers that steer the ranking, read once per plan.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inputs {
    pub nature: Option<String>,
    pub own_organisation: Option<YesNo>,
    pub powers: Option<String>,
    pub raad_powers: Option<YesNo>,
    pub task_type: Option<String>,
    /// Names of partners of a non-government kind.
    pub non_government: Vec<String>,
    /// There are partners and every one is known to be government.
    pub all_government: bool,
    /// The first partner marked "trekker" that is a gemeente and has a
    /// commitment score: (name, commitment).
    pub lead: Option<(String, u8)>,
}

/// The number of answers [`Inputs::answered`] counts.
pub const STEERING_ANSWERS: usize = 6;

impl Inputs {
    pub fn read(v: &View) -> Inputs {
        let partners = v.partners();
        let non_government = partners
            .iter()
            .filter(|p| p.is_non_government())
            .map(|p| p.name.clone())
            .collect();
        let all_government = !partners.is_empty()
            && partners
                .iter()
                .all(|p| p.kind.is_some() && !p.is_non_government());
        let lead = partners.iter().find_map(|p| {
            let is_lead = p.lead == Some(YesNo::Ja) && p.kind == Some(ids::KIND_GEMEENTE);
            p.commitment
                .filter(|_| is_lead)
                .map(|c| (p.name.clone(), c))
        });
        Inputs {
            nature: v.choice(ids::NATURE).map(str::to_string),
            own_organisation: v.yes_no(ids::OWN_ORGANISATION),
            powers: v.choice(ids::POWERS).map(str::to_string),
            raad_powers: v.yes_no(ids::RAAD_POWERS),
            task_type: v.choice(ids::TASK_TYPE).map(str::to_string),
            non_government,
            all_government,
            lead,
        }
    }

    /// How many of the [`STEERING_ANSWERS`] steering answers say something
    /// ("weet ik niet" says nothing).
    pub fn answered(&self) -> usize {
        let known = |yn: Option<YesNo>| matches!(yn, Some(YesNo::Ja | YesNo::Nee));
        [
            self.nature.is_some(),
            known(self.own_organisation),
            self.powers.is_some(),
            known(self.raad_powers),
            self.task_type.is_some(),
            self.all_government || !self.non_government.is_empty(),
        ]
        .into_iter()
        .filter(|b| *b)
        .count()
    }
}

/// One heuristic's say about one form.
#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    /// Key of the reason text in `forms.ron`.
    pub key: &'static str,
    /// Positive: for the form; negative: against it.
    pub weight: i32,
    /// The property the reason rests on, if any.
    pub rests_on: Option<Prop>,
    /// The reason is a point to check whatever the property's status,
    /// because the property is "Soms" (it depends).
    pub depends: bool,
    pub args: Vec<String>,
}

fn c(key: &'static str, weight: i32, rests_on: Option<Prop>) -> Contribution {
    Contribution {
        key,
        weight,
        rests_on,
        depends: false,
        args: Vec::new(),
    }
}

/// Every reason key [`contributions`] can give, for the completeness test.
#[cfg(test)]
pub const KEYS: &[&str] = &[
    "niet_overheid_kan",
    "niet_overheid_kan_niet",
    "niet_overheid_soms",
    "alleen_overheid_publiek",
    "alleen_overheid_privaat",
    "raadsbevoegdheid_kan",
    "raadsbevoegdheid_kan_niet",
    "raadsbevoegdheid_soms",
    "mandaat_kan",
    "mandaat_kan_niet",
    "delegatie_kan",
    "delegatie_kan_niet",
    "geen_bevoegdheden_licht",
    "eigen_organisatie_kan",
    "eigen_organisatie_kan_niet",
    "eigen_organisatie_soms",
    "geen_organisatie_licht",
    "geen_organisatie_zwaar",
    "vrijblijvend_licht",
    "vrijblijvend_zwaar",
    "bindend_convenant",
    "bindend_eigen_bestuur",
    "uitvoering_past",
    "uitvoering_zwaar",
    "beleid_past",
    "beleid_past_niet",
    "beleid_weinig_grip",
    "trekker_sterk",
    "trekker_zwak",
];

/// Forms at most this heavy count as "light" (rzm, cg, conv).
const LIGHT: u8 = 1;
/// Forms at least this heavy count as "heavy" (bv, ol).
const HEAVY: u8 = 4;
/// The heaviest forms (ol): too heavy for execution alone.
const HEAVIEST: u8 = 5;

/// What the answers say for and against `form`.
pub fn contributions(form: &FormData, i: &Inputs) -> Vec<Contribution> {
    let mut out = Vec::new();
    partners(form, i, &mut out);
    raad_powers(form, i, &mut out);
    powers(form, i, &mut out);
    own_organisation(form, i, &mut out);
    nature(form, i, &mut out);
    task_type(form, i, &mut out);
    lead(form, i, &mut out);
    out
}

/// A three-way property answered by three reasons: can, cannot, depends.
fn tri(value: Tri, keys: [&'static str; 3], weights: [i32; 3], prop: Prop) -> Contribution {
    match value {
        Tri::Ja => c(keys[0], weights[0], Some(prop)),
        Tri::Nee => c(keys[1], weights[1], Some(prop)),
        Tri::Soms => Contribution {
            depends: true,
            ..c(keys[2], weights[2], Some(prop))
        },
    }
}

/// Non-government partners need a form they can join; with government
/// partners only, public law comes first (Gemeentewet art. 160 lid 2).
fn partners(f: &FormData, i: &Inputs, out: &mut Vec<Contribution>) {
    if !i.non_government.is_empty() {
        let keys = [
            "niet_overheid_kan",
            "niet_overheid_kan_niet",
            "niet_overheid_soms",
        ];
        let mut con = tri(f.non_gov_partners, keys, [2, -3, -1], Prop::NonGovPartners);
        con.args = vec![join_names(&i.non_government)];
        out.push(con);
    } else if i.all_government {
        match f.family {
            Family::Wgr => out.push(c("alleen_overheid_publiek", 1, None)),
            Family::Private => out.push(c("alleen_overheid_privaat", -1, None)),
            Family::Contract => {}
        }
    }
}

/// Transferring the raad's own powers points to the openbaar lichaam.
fn raad_powers(f: &FormData, i: &Inputs, out: &mut Vec<Contribution>) {
    if i.raad_powers == Some(YesNo::Ja) {
        let keys = [
            "raadsbevoegdheid_kan",
            "raadsbevoegdheid_kan_niet",
            "raadsbevoegdheid_soms",
        ];
        out.push(tri(f.raad_powers, keys, [3, -3, -1], Prop::RaadPowers));
    }
}

/// Mandaat or delegatie must fit what the form can take; no transfer at
/// all fits the light forms.
fn powers(f: &FormData, i: &Inputs, out: &mut Vec<Contribution>) {
    let fits = |t: Transfer, yes: &'static str, no: &'static str| {
        if f.powers.contains(&t) {
            c(yes, 2, Some(Prop::Powers))
        } else {
            c(no, -3, Some(Prop::Powers))
        }
    };
    match i.powers.as_deref() {
        Some(ids::POWERS_MANDATE) => {
            out.push(fits(Transfer::Mandaat, "mandaat_kan", "mandaat_kan_niet"))
        }
        Some(ids::POWERS_DELEGATION) => out.push(fits(
            Transfer::Delegatie,
            "delegatie_kan",
            "delegatie_kan_niet",
        )),
        Some(ids::POWERS_NONE) if f.powers.is_empty() && f.weight.value <= LIGHT => {
            out.push(c("geen_bevoegdheden_licht", 1, Some(Prop::Weight)))
        }
        _ => {}
    }
}

/// Own staff, assets or contracts need a legal person; without them a
/// light form will do.
fn own_organisation(f: &FormData, i: &Inputs, out: &mut Vec<Contribution>) {
    match i.own_organisation {
        Some(YesNo::Ja) => {
            let keys = [
                "eigen_organisatie_kan",
                "eigen_organisatie_kan_niet",
                "eigen_organisatie_soms",
            ];
            out.push(tri(f.legal_person, keys, [2, -2, -1], Prop::LegalPerson));
        }
        Some(YesNo::Nee) if f.weight.value <= 2 => {
            out.push(c("geen_organisatie_licht", 1, Some(Prop::Weight)))
        }
        Some(YesNo::Nee) if f.weight.value >= HEAVY => {
            out.push(c("geen_organisatie_zwaar", -1, Some(Prop::Weight)))
        }
        _ => {}
    }
}

/// Non-binding alignment suits the light forms without transfer; binding
/// decisions in the general interest suit a Wgr form with its own body or
/// delegation, and not a convenant.
fn nature(f: &FormData, i: &Inputs, out: &mut Vec<Contribution>) {
    match i.nature.as_deref() {
        Some(ids::NATURE_LOOSE) if f.weight.value <= LIGHT && f.powers.is_empty() => {
            out.push(c("vrijblijvend_licht", 2, Some(Prop::Weight)))
        }
        Some(ids::NATURE_LOOSE) if f.weight.value >= 3 => {
            out.push(c("vrijblijvend_zwaar", -1, Some(Prop::Weight)))
        }
        Some(ids::NATURE_BINDING) if f.family == Family::Contract => {
            out.push(c("bindend_convenant", -2, None))
        }
        Some(ids::NATURE_BINDING)
            if f.family == Family::Wgr
                && (f.legal_person == Tri::Ja || f.powers.contains(&Transfer::Delegatie)) =>
        {
            out.push(c("bindend_eigen_bestuur", 1, Some(Prop::Board)))
        }
        _ => {}
    }
}

/// Execution suits the centrumgemeente and BVO (the openbaar lichaam is
/// heavy for it); policy suits the openbaar lichaam, not the execution
/// forms, and the raad has fewer instruments in a private form.
fn task_type(f: &FormData, i: &Inputs, out: &mut Vec<Contribution>) {
    let uses = &f.typical_use.value;
    match i.task_type.as_deref() {
        Some(ids::TASK_TYPE_EXECUTION) if f.weight.value >= HEAVIEST => {
            out.push(c("uitvoering_zwaar", -1, Some(Prop::Weight)))
        }
        Some(ids::TASK_TYPE_EXECUTION) if uses.contains(&Use::Uitvoering) => {
            out.push(c("uitvoering_past", 2, Some(Prop::TypicalUse)))
        }
        Some(ids::TASK_TYPE_POLICY) => {
            if uses.contains(&Use::Beleid) {
                out.push(c("beleid_past", 2, Some(Prop::TypicalUse)));
            } else if uses.contains(&Use::Uitvoering) {
                out.push(c("beleid_past_niet", -2, Some(Prop::TypicalUse)));
            }
            if f.family == Family::Private {
                out.push(c("beleid_weinig_grip", -1, None));
            }
        }
        _ => {}
    }
}

/// A form that leans on one lead gemeente (centrumgemeente) needs a lead
/// that commits: a lesson from practice.
fn lead(f: &FormData, i: &Inputs, out: &mut Vec<Contribution>) {
    let Some((name, commitment)) = &i.lead else {
        return;
    };
    if !f.depends_on_lead {
        return;
    }
    let mut con = match commitment {
        4.. => c("trekker_sterk", 2, None),
        ..=2 => c("trekker_zwak", -3, None),
        _ => return,
    };
    con.args = vec![name.clone()];
    out.push(con);
}
