//! Every guide id the advice and the calendar read, in one place.
//!
//! The rules, the form aid, the raad's lens and the calendar export read
//! answers by these ids. `expect.rs` lists what each of them must be in the
//! guide; a test holds the embedded guide to it, and `guide check` warns
//! when an adapted guide would switch a rule or the calendar off.

// Step 0 — opgave
pub const VISIE: &str = "opgave.visie";
pub const NOTA: &str = "opgave.nota_verbonden_partijen";
pub const KADERS: &str = "opgave.kaders";
pub const VERKOKERING: &str = "opgave.verkokering";

// Step 1 — inventaris
pub const TASKS: &str = "inventaris.taken";
pub const TASK_APPROACH: &str = "aanpak";
pub const TASK_NAME: &str = "naam";
pub const TASK_ALONE: &str = "alleen";
pub const TASK_BUSINESS_CASE: &str = "business_case";
pub const APPROACH_SELF: &str = "zelf";
pub const APPROACH_TOGETHER: &str = "samen";
pub const APPROACH_UNKNOWN: &str = "onbekend";
pub const LEGALLY_REQUIRED: &str = "inventaris.wettelijk";
pub const FORM_NAMED: &str = "inventaris.vorm_genoemd";

// Step 2 — partners
pub const PARTNERS: &str = "partners.lijst";
pub const PARTNER_KIND: &str = "soort";
pub const PARTNER_TASKS: &str = "taken";
pub const PARTNER_COMMITMENT: &str = "inzet";
pub const PARTNER_LEAD: &str = "trekker";
pub const KIND_GEMEENTE: &str = "gemeente";
/// Partner kinds that are government: they can take part in a Wgr
/// regeling.
pub const GOVERNMENT_KINDS: &[&str] = &[
    KIND_GEMEENTE,
    "provincie",
    "waterschap",
    "rijk_openbaar_lichaam",
];
/// "Anders" says nothing about whether a partner is government; such a
/// partner counts as unknown, never as non-government. Every kind in
/// neither list (woningcorporatie, bedrijf, maatschappelijke organisatie,
/// inwonersinitiatief) is non-government: it cannot be a participant of
/// any Wgr regeling (domain.md section 12).
pub const KIND_OTHER: &str = "anders";
pub const NON_GOVERNMENT_KINDS: &[&str] = &[
    "woningcorporatie",
    "bedrijf",
    "maatschappelijke_organisatie",
    "inwonersinitiatief",
];
pub const AMBITION: &str = "partners.ambitie";

// Step 3 — doelen
pub const PER_PARTNER: &str = "doelen.per_partner";
pub const WANTS_SAME: &str = "hetzelfde";
pub const SAME_WAY: &str = "zelfde_manier";
pub const NATURE: &str = "doelen.aard";
pub const NATURE_LOOSE: &str = "vrijblijvend";
pub const NATURE_BINDING: &str = "bindend";
pub const OWN_ORGANISATION: &str = "doelen.eigen_organisatie";
pub const POWERS: &str = "doelen.bevoegdheden";
pub const POWERS_NONE: &str = "geen";
pub const POWERS_MANDATE: &str = "mandaat";
pub const POWERS_DELEGATION: &str = "delegatie";
pub const RAAD_POWERS: &str = "doelen.raadsbevoegdheden";
pub const TASK_TYPE: &str = "doelen.taaktype";
pub const TASK_TYPE_EXECUTION: &str = "uitvoering";
pub const TASK_TYPE_POLICY: &str = "beleid";
pub const FORM: &str = "doelen.vorm";
pub const FORM_NONE: &str = "nog_niet";
pub const FORM_CENTRUM: &str = "cg";
/// The five Wgr forms, as the guide's `show_if` conditions list them.
pub const WGR_FORMS: &[&str] = &["rzm", FORM_CENTRUM, "go", "bvo", "ol"];
/// The Wgr forms with an own bestuur, whose decisions can be open to a
/// zienswijze of the raden; the regeling zonder meer and the
/// centrumgemeente have none (domain.md section 12).
pub const WGR_FORMS_WITH_BOARD: &[&str] = &["go", "bvo", "ol"];
pub const FORM_OPENBAAR_LICHAAM: &str = "ol";
/// Wgr forms with an own body and begroting, where the raad's 12-week
/// zienswijze on the ontwerpbegroting applies. domain.md gives no fact on
/// the begroting of a gemeenschappelijk orgaan, so it is left out.
pub const WGR_FORMS_WITH_BUDGET: &[&str] = &["bvo", FORM_OPENBAAR_LICHAAM];
/// A gemeente taking part in an openbaar lichaam or a BVO always has a
/// bestuurlijk and a financieel belang: these are verbonden partijen.
pub const VERBONDEN_PARTIJ_FORMS: &[&str] = WGR_FORMS_WITH_BUDGET;
/// The forms with a bestuur, AVA or ledenvergadering in which someone
/// represents the gemeente, as the guide's `show_if` of
/// [`REPRESENTATION`] lists them.
pub const FORMS_WITH_REPRESENTATION: &[&str] = &[
    "go",
    "bvo",
    FORM_OPENBAAR_LICHAAM,
    "sti",
    "ver",
    "coop",
    "bv",
];
/// The private-law legal persons of Gemeentewet art. 160.
pub const PRIVATE_FORMS: &[&str] = &["sti", "ver", "coop", "bv"];
pub const CONTRACT_FORM: &str = "conv";
pub const PRIVATE_MOTIVATION: &str = "doelen.privaat_motivering";
pub const RAAD_MOMENT: &str = "doelen.raad_moment";
pub const RAAD_AT_DECISION: &str = "bij_besluit";
pub const RAAD_AFTER: &str = "achteraf";
/// Who makes the regeling (Wgr art. 1 lid 1).
pub const MAKER: &str = "doelen.regeling_door";
pub const MAKER_COLLEGE: &str = "college";
pub const MAKER_MAYOR: &str = "burgemeester";
pub const MAKER_RAAD: &str = "raad";
pub const MAKER_MIXED: &str = "gemengd";
pub const MAKER_UNKNOWN: &str = "weet_niet";
/// Makers for whom the raad's toestemming and the 8-week zienswijze apply
/// (Wgr art. 1 lid 2-4), as the guide's `show_if` lists them.
pub const MAKERS_NEEDING_CONSENT: &[&str] = &[MAKER_COLLEGE, MAKER_MAYOR];
/// Makers where the raad is itself a party and decides itself.
pub const MAKERS_WITH_RAAD: &[&str] = &[MAKER_RAAD, MAKER_MIXED];
pub const CONSENT: &str = "doelen.toestemming";
pub const DRAFT_VIEW: &str = "doelen.zienswijze_ontwerp";
pub const WISHES: &str = "doelen.wensen_bedenkingen";
pub const REPRESENTATION: &str = "doelen.vertegenwoordiging";
pub const EXIT: &str = "doelen.uittreding";
pub const DISSOLUTION: &str = "doelen.opheffing";
pub const BOARD_INTEREST: &str = "doelen.bestuurlijk_belang";
pub const FINANCIAL_INTEREST: &str = "doelen.financieel_belang";

// Step 4 — monitoring
pub const AGREEMENTS: &str = "monitoring.afspraken";
pub const AGREEMENT_RESULT: &str = "resultaat";
pub const AGREEMENT_FREQUENCY: &str = "frequentie";
pub const FREQUENCY_QUARTER: &str = "kwartaal";
pub const FREQUENCY_HALF_YEAR: &str = "halfjaar";
pub const FREQUENCY_YEAR: &str = "jaar";
pub const FREQUENCY_OTHER: &str = "anders";
pub const AGREEMENT_TO_WHOM: &str = "aan_wie";
pub const AGREEMENT_BY_WHOM: &str = "door_wie";
pub const AGREEMENT_FIRST_DATE: &str = "eerste_datum";
pub const PC_MOMENTS: &str = "monitoring.pc_momenten";
pub const PC_KADERS: &str = "kaders";
pub const PC_DRAFT_BUDGET: &str = "ontwerpbegroting";
pub const PC_ANNUAL_ACCOUNTS: &str = "jaarrekening";
pub const PC_INTERIM: &str = "tussenrapportage";
pub const DECISION_VIEWS: &str = "monitoring.zienswijze_besluiten";
pub const CITIZEN_PARTICIPATION: &str = "monitoring.burgerparticipatie";
pub const EVALUATION: &str = "monitoring.evaluatie";
pub const EVALUATION_INTERVAL: &str = "monitoring.evaluatie_interval";
pub const EVALUATION_DATE: &str = "monitoring.evaluatie_datum";
pub const CALENDARS_ALIGNED: &str = "monitoring.agenda_afgestemd";
pub const INVOLVEMENT: &str = "monitoring.betrokkenheid";
pub const INVOLVEMENT_PROTOCOL: &str = "informatieprotocol";
