//! The agenda a new workshop starts with: a welcome, the case, one item per
//! guide step the case has material for (a break halfway), handing in, the
//! debrief and a closing. The trainer adapts it in `workshop.ron`.

use crate::guide::Guide;

use super::schema::{AgendaItem, ItemKind};
use crate::workshop::case::Case;

/// Minutes for a step when neither the case nor the guide suggests any.
const STEP_MINUTES: u16 = 15;

fn item(id: &str, kind: ItemKind, title: &str, minutes: u16) -> AgendaItem {
    AgendaItem {
        id: id.to_string(),
        kind,
        title: title.to_string(),
        minutes,
        points: Vec::new(),
        trainer_notes: Vec::new(),
    }
}

fn lines(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| (*t).to_string()).collect()
}

pub fn default_agenda(case: &Case, guide: &Guide) -> Vec<AgendaItem> {
    let mut welcome = item("welkom", ItemKind::Plenary, "Welkom en uitleg", 10);
    welcome.points = lines(&[
        "Wat we vandaag doen: samen een samenwerking voorbereiden, stap voor stap.",
        "U werkt in groepen van drie tot vijf, in Samenwerkwijzer of op het werkblad.",
        "Samenwerkwijzer kijkt mee en geeft advies. De keuzes maakt u zelf.",
    ]);
    welcome.trainer_notes = lines(&[
        "Vraag wie al eens over een gemeenschappelijke regeling heeft besloten.",
        "Zo start een groep op een laptop: samenwerkwijzer workshop join MAP --group NAAM.",
    ]);
    let mut reading = item("casus", ItemKind::Case, "De casus lezen", 10);
    reading.trainer_notes = lines(&[
        "Laat de groepen de situatie rustig lezen.",
        "Beantwoord vragen over de feiten. De keuzes laat u aan de groepen.",
    ]);
    let steps: Vec<AgendaItem> = guide
        .steps
        .iter()
        .filter_map(|step| {
            let material = case.step(&step.id)?;
            let minutes = material.minutes.or(step.minutes).unwrap_or(STEP_MINUTES);
            Some(item(
                &format!("stap-{}", step.id),
                ItemKind::Step(step.id.clone()),
                "",
                minutes,
            ))
        })
        .collect();
    let mut pause = item("pauze", ItemKind::Break, "Pauze", 15);
    pause.points = lines(&["Over een kwartier gaan we verder."]);
    let mut hand_in = item("inleveren", ItemKind::Plenary, "Plannen inleveren", 5);
    hand_in.points = lines(&[
        "In Samenwerkwijzer: samenwerkwijzer workshop hand-in PLAN MAP",
        "Uw naam gaat niet mee, tenzij u daarvoor kiest.",
        "Op papier: geef het werkblad aan de trainer.",
    ]);
    let mut debrief = item("nabespreking", ItemKind::Debrief, "Nabespreking", 20);
    debrief.points = lines(&[
        "De plannen naast elkaar, en welke groep aan welk punt toekwam: samenwerkwijzer workshop compare MAP",
    ]);
    debrief.trainer_notes = lines(&[
        "Stop hier met q voor workshop compare; workshop present MAP gaat daarna verder waar u was.",
    ]);
    let mut closing = item("afsluiting", ItemKind::Plenary, "Afsluiting", 5);
    closing.points = lines(&["Wat neemt u mee naar uw eigen raad?"]);

    let half = steps.len().div_ceil(2);
    let mut agenda = vec![welcome, reading];
    for (n, step) in steps.into_iter().enumerate() {
        if n == half {
            agenda.push(pause.clone());
        }
        agenda.push(step);
    }
    agenda.extend([hand_in, debrief, closing]);
    agenda
}
