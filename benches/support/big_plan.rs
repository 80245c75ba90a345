//! The plan every benchmark measures: `tasks` tasks and `partners`
//! partners, every field filled, each partner linked to every 40th task,
//! and an evaluation date.
//! Shared by the criterion benches and `examples/bench_plan.rs` (which
//! writes it to a file for the command-line and terminal comparisons).

use samenwerkwijzer::plan::{Answer, Plan, Slot, YesNo};

pub fn big_plan(tasks: usize, partners: usize) -> Plan {
    let mut plan = Plan::new("Grote regio", jiff::Timestamp::UNIX_EPOCH);
    let text = |s: String| Some(Answer::Text(s));
    for n in 0..tasks {
        let id = plan.add_item("inventaris.taken");
        let slot = |f: &str| Slot::field("inventaris.taken", &id, f);
        plan.set(
            &slot("naam"),
            text(format!("Taak nummer {n} met een redelijk lange naam")),
        );
        let how = if n % 2 == 0 { "samen" } else { "zelf" };
        plan.set(&slot("aanpak"), Some(Answer::Choice(how.into())));
        plan.set(
            &slot("motieven"),
            Some(Answer::Multi(vec!["kosten".into(), "schaal".into()])),
        );
        plan.set(&slot("alleen"), Some(Answer::Scale(3)));
        plan.set(&slot("business_case"), Some(Answer::YesNo(YesNo::Ja)));
    }
    let task_ids: Vec<String> = plan
        .items("inventaris.taken")
        .iter()
        .map(|i| i.id.clone())
        .collect();
    for n in 0..partners {
        let id = plan.add_item("partners.lijst");
        let slot = |f: &str| Slot::field("partners.lijst", &id, f);
        plan.set(&slot("naam"), text(format!("Partner {n}")));
        plan.set(&slot("soort"), Some(Answer::Choice("gemeente".into())));
        plan.set(
            &slot("inbreng"),
            text("Kennis, geld en mensen voor de uitvoering.".into()),
        );
        plan.set(
            &slot("taken"),
            Some(Answer::Refs(task_ids.iter().step_by(40).cloned().collect())),
        );
        plan.set(&slot("inzet"), Some(Answer::Scale(4)));
        let per = |f: &str| Slot::field("doelen.per_partner", &id, f);
        plan.set(&per("hetzelfde"), Some(Answer::Scale(4)));
        plan.set(&per("zelfde_manier"), Some(Answer::Scale(3)));
    }
    plan.set(
        &Slot::question("opgave.omschrijving"),
        text("Een warmtenet voor de hele regio.".repeat(10)),
    );
    // An evaluation date, so the ics export (the linear reference of the
    // scale bench) writes a calendar instead of refusing an empty one.
    plan.set(
        &Slot::question("monitoring.evaluatie"),
        Some(Answer::YesNo(YesNo::Ja)),
    );
    plan.set(
        &Slot::question("monitoring.evaluatie_datum"),
        Some(Answer::Date(jiff::civil::date(2028, 1, 15))),
    );
    plan
}
