//! How the answers weigh for or against each form: the heuristics of
//! domain.md section 9 ("suggested rules, not law").
//!
//! Each heuristic looks at one answer and one property of a form, and gives
//! a contribution: a reason key (its text is in `forms.ron`), a weight, and
//! the property it rests on, so a reason resting on an unverified property
//! can be shown as something to check.

use super::data::{FormData, Prop, Tri, Use};
use crate::advice::ids;
use crate::advice::read::{Family, PartnerClass, View, join_names};
use crate::plan::YesNo;

/// The answers that steer the ranking, read once per plan.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inputs {
    pub nature: Option<String>,
    pub own_organisation: Option<YesNo>,
    pub powers: Option<String>,
    pub raad_powers: Option<YesNo>,
    pub task_type: Option<String>,
    /// Names of the government partners that join a shared task.
    pub government: Vec<String>,
    /// Names of the non-government partners that join a shared task.
    pub non_government: Vec<String>,
    /// Partners that join a shared task but whose kind is "anders" or not
    /// chosen: they do not steer, and the basis says so.
    pub unknown_kind: Vec<String>,
    /// Partners that join no task the gemeente does together: they do not
    /// steer either (a residents' platform that only keeps in touch should
    /// not push the ranking towards a private form).
    pub not_counted: Vec<String>,
    /// The first lead partner ("trekker") that is a gemeente joining a
    /// shared task and has a commitment score: (name, commitment).
    pub lead: Option<(String, u8)>,
}

/// The number of answers [`Inputs::answered`] counts.
pub const STEERING_ANSWERS: usize = 6;

impl Inputs {
    pub fn read(v: &View) -> Inputs {
        let mut i = Inputs {
            nature: v.choice(ids::NATURE).map(str::to_string),
            own_organisation: v.yes_no(ids::OWN_ORGANISATION),
            powers: v.choice(ids::POWERS).map(str::to_string),
            raad_powers: v.yes_no(ids::RAAD_POWERS),
            task_type: v.choice(ids::TASK_TYPE).map(str::to_string),
            ..Inputs::default()
        };
        for p in v.partners() {
            let name = p.name.clone();
            match (p.joins_shared_task, p.class()) {
                (false, _) => i.not_counted.push(name),
                (true, PartnerClass::Government) => i.government.push(name),
                (true, PartnerClass::NonGovernment) => i.non_government.push(name),
                (true, PartnerClass::Unknown) => i.unknown_kind.push(name),
            }
        }
        i.lead = v.partners().iter().find_map(|p| {
            let is_lead = p.lead == Some(YesNo::Ja)
                && p.kind == Some(ids::KIND_GEMEENTE)
                && p.joins_shared_task;
            p.commitment
                .filter(|_| is_lead)
                .map(|c| (p.name.clone(), c))
        });
        i
    }

    /// At least one other government takes part in the shared tasks.
    pub fn with_government(&self) -> bool {
        !self.government.is_empty()
    }

    /// Every partner that joins a shared task is known to be a government.
    pub fn all_government(&self) -> bool {
        self.with_government() && self.non_government.is_empty() && self.unknown_kind.is_empty()
    }

    /// How many of the [`STEERING_ANSWERS`] steering answers say something
    /// ("weet ik niet" says nothing).
    pub fn answered(&self) -> usize {
        self.answered_keys().len()
    }

    /// The answers that say something, by their key in the basis texts;
    /// the partners as [`PARTNERS_KEY`].
    pub fn answered_keys(&self) -> Vec<&'static str> {
        let mut keys = Vec::new();
        match self.nature.as_deref() {
            Some(ids::NATURE_LOOSE) => keys.push("vrijblijvend"),
            Some(ids::NATURE_BINDING) => keys.push("bindend"),
            _ => {}
        }
        match self.own_organisation {
            Some(YesNo::Ja) => keys.push("eigen_organisatie"),
            Some(YesNo::Nee) => keys.push("geen_eigen_organisatie"),
            _ => {}
        }
        match self.powers.as_deref() {
            Some(ids::POWERS_NONE) => keys.push("geen_bevoegdheden"),
            Some(ids::POWERS_MANDATE) => keys.push("mandaat"),
            Some(ids::POWERS_DELEGATION) => keys.push("delegatie"),
            _ => {}
        }
        match self.raad_powers {
            Some(YesNo::Ja) => keys.push("raadsbevoegdheden"),
            Some(YesNo::Nee) => keys.push("geen_raadsbevoegdheden"),
            _ => {}
        }
        match self.task_type.as_deref() {
            Some(ids::TASK_TYPE_EXECUTION) => keys.push("uitvoering"),
            Some(ids::TASK_TYPE_POLICY) => keys.push("beleid"),
            _ => {}
        }
        if self.with_government() || !self.non_government.is_empty() {
            keys.push(PARTNERS_KEY);
        }
        keys
    }
}

/// The key of the partners in [`Inputs::answered_keys`]; its words are
/// built from the counts, not looked up.
pub const PARTNERS_KEY: &str = "partners";

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
    "niet_overheid_wgr",
    "geen_overheid_wgr",
    "alleen_overheid_publiek",
    "publiekrecht_voorrang",
    "raadsbevoegdheid_kan",
    "raadsbevoegdheid_kan_niet",
    "raadsbevoegdheid_soms",
    "mandaat_kan",
    "mandaat_kan_niet",
    "mandaat_met_instemming",
    "delegatie_kan",
    "delegatie_kan_niet",
    "delegatie_wettelijke_basis",
    "geen_bevoegdheden_licht",
    "eigen_organisatie_kan",
    "eigen_organisatie_kan_niet",
    "eigen_organisatie_soms",
    "geen_organisatie_licht",
    "geen_organisatie_zwaar",
    "vrijblijvend_licht",
    "vrijblijvend_zwaar",
    "bindend_convenant",
    "publiek_bindend_rechtspersoon",
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
    public_law_first(form, &mut out);
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

/// Gemeentewet art. 160 lid 2: a private legal person only when that is
/// "in het bijzonder aangewezen". A statutory preference for public law,
/// so a point against every private form whatever the answers.
fn public_law_first(f: &FormData, out: &mut Vec<Contribution>) {
    if f.family == Family::Private {
        out.push(c("publiekrecht_voorrang", -2, None));
    }
}

/// Only governments can be participants of a Wgr form (all five alike):
/// non-government partners point to a form they can join, but beside
/// government partners a contract next to the regeling (or, for an
/// openbaar lichaam, a stichting it founds) still works; with no other
/// government at all no regeling is possible. Only partners that join a
/// shared task count.
fn partners(f: &FormData, i: &Inputs, out: &mut Vec<Contribution>) {
    if !i.non_government.is_empty() {
        let names = join_names(&i.non_government);
        let mut con = match (f.non_gov_partners, i.with_government()) {
            (Tri::Nee, true) => c("niet_overheid_wgr", -1, Some(Prop::NonGovPartners)),
            (Tri::Nee, false) => c("geen_overheid_wgr", -5, Some(Prop::NonGovPartners)),
            (Tri::Ja | Tri::Soms, _) => c("niet_overheid_kan", 2, Some(Prop::NonGovPartners)),
        };
        con.args = if con.key == "geen_overheid_wgr" {
            vec![names]
        } else {
            vec![names, f.non_gov.clone()]
        };
        out.push(con);
    } else if i.all_government() && f.family == Family::Wgr {
        out.push(c("alleen_overheid_publiek", 1, None));
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

/// Mandaat or delegatie must fit what the form can take: a private form
/// takes mandate only with its consent (Awb 10:4) and delegation only
/// with a statutory basis (Awb 10:15). No transfer at all fits the light
/// forms.
fn powers(f: &FormData, i: &Inputs, out: &mut Vec<Contribution>) {
    match i.powers.as_deref() {
        Some(ids::POWERS_MANDATE) => out.push(tri(
            f.powers.mandaat,
            ["mandaat_kan", "mandaat_kan_niet", "mandaat_met_instemming"],
            [2, -3, -1],
            Prop::Powers,
        )),
        Some(ids::POWERS_DELEGATION) => out.push(tri(
            f.powers.delegatie,
            [
                "delegatie_kan",
                "delegatie_kan_niet",
                "delegatie_wettelijke_basis",
            ],
            [2, -3, -2],
            Prop::Powers,
        )),
        Some(ids::POWERS_NONE)
            if f.powers.mandaat != Tri::Ja
                && f.powers.delegatie != Tri::Ja
                && f.weight.value <= LIGHT =>
        {
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

/// Non-binding alignment suits the light forms without transfer. Binding
/// decisions in the general interest do not suit a convenant; among
/// governments, with own staff or delegated powers, they point to the Wgr
/// forms that are a legal person; otherwise to a Wgr form with its own
/// body or delegation.
fn nature(f: &FormData, i: &Inputs, out: &mut Vec<Contribution>) {
    let transfers = f.powers.mandaat == Tri::Ja || f.powers.delegatie == Tri::Ja;
    let public_body_needed = i.own_organisation == Some(YesNo::Ja)
        || i.powers.as_deref() == Some(ids::POWERS_DELEGATION);
    match i.nature.as_deref() {
        Some(ids::NATURE_LOOSE) if f.weight.value <= LIGHT && !transfers => {
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
                && f.legal_person == Tri::Ja
                && public_body_needed
                && i.with_government() =>
        {
            out.push(c(
                "publiek_bindend_rechtspersoon",
                3,
                Some(Prop::LegalPerson),
            ))
        }
        Some(ids::NATURE_BINDING)
            if f.family == Family::Wgr
                && (f.legal_person == Tri::Ja || f.powers.delegatie == Tri::Ja) =>
        {
            out.push(c("bindend_eigen_bestuur", 1, Some(Prop::Board)))
        }
        _ => {}
    }
}

/// Execution suits the centrumgemeente, BVO and the private forms used
/// for execution (the openbaar lichaam is heavy for it); policy suits the
/// openbaar lichaam, not the execution forms, and the raad has fewer
/// instruments in a private form.
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
