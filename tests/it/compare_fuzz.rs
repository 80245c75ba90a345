//! Random rooms: plans with any mix of answers (right and wrong shapes,
//! odd names, escape sequences, unknown choices, items in several lists)
//! never crash the comparison, the reports or any projector page, and no
//! escape sequence reaches the output. The plans are built from a seed, so
//! a failing case can be replayed.

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use samenwerkwijzer::compare::view::{Input, Projector, render, update};
use samenwerkwijzer::compare::{self, Gathered, HandedIn, Options};
use samenwerkwijzer::guide::{Choice, Guide, Kind, Question};
use samenwerkwijzer::plan::{Answer, Item, Plan, Record, YesNo};

use crate::common;
use crate::compare_support::guide;

const ESC: char = '\u{1b}';

const NAMES: &[&str] = &[
    "Inkoop",
    "inkoop ",
    "Inköop",
    "",
    "\u{1b}[31mrood\u{1b}[0m",
    "日本語のタスク",
    "Een heel lange naam die maar doorgaat en doorgaat zonder dat er een einde aan komt, echt waar",
    "- * [x] <b>markup</b> | # &amp;",
    "Leerlingvervoer",
    "Leerlingenvervoer",
];
const IDS: &[&str] = &["taak-a", "taak-b", "i1", "i2", "i3", "partner-x"];

fn text(rng: &mut fastrand::Rng) -> String {
    NAMES[rng.usize(..NAMES.len())].to_string()
}

fn id(rng: &mut fastrand::Rng) -> String {
    IDS[rng.usize(..IDS.len())].to_string()
}

fn pick(c: &[Choice], rng: &mut fastrand::Rng) -> String {
    if c.is_empty() || rng.u8(..8) == 0 {
        "onbekende-keuze".to_string()
    } else {
        c[rng.usize(..c.len())].id.clone()
    }
}

/// An answer for `q`, mostly of its shape, sometimes not.
fn answer(q: &Question, rng: &mut fastrand::Rng, depth: usize) -> Answer {
    if rng.u8(..10) == 0 {
        return Answer::Number(rng.i64(-5..5));
    }
    match &q.kind {
        Kind::ShortText | Kind::LongText => Answer::Text(text(rng)),
        Kind::Choice(c) => Answer::Choice(pick(c, rng)),
        Kind::Multi(c) => Answer::Multi((0..rng.usize(..4)).map(|_| pick(c, rng)).collect()),
        Kind::Scale { .. } => Answer::Scale(rng.u8(0..=7)),
        Kind::YesNo => Answer::YesNo(YesNo::ALL[rng.usize(..3)]),
        Kind::Number { .. } => Answer::Number(rng.i64(-1_000_000..1_000_000)),
        Kind::Date => Answer::Date(jiff::civil::date(
            rng.i16(1990..2100),
            rng.i8(1..=12),
            rng.i8(1..=28),
        )),
        Kind::Refs { .. } => Answer::Refs((0..rng.usize(..3)).map(|_| id(rng)).collect()),
        Kind::List { fields, .. } if depth == 0 => Answer::List(
            (0..rng.usize(..5))
                .map(|_| Item {
                    id: id(rng),
                    fields: record(fields, rng),
                })
                .collect(),
        ),
        Kind::PerItem { fields, .. } if depth == 0 => Answer::PerItem(
            (0..rng.usize(..3))
                .map(|_| (id(rng), record(fields, rng)))
                .collect(),
        ),
        _ => Answer::Text(text(rng)),
    }
}

fn record(fields: &[Question], rng: &mut fastrand::Rng) -> Record {
    let mut out = Record::new();
    for f in fields {
        if rng.bool() {
            out.insert(f.id.clone(), answer(f, rng, 1));
        }
    }
    out
}

fn room(guide: &Guide, seed: u64, groups: usize) -> Gathered {
    let mut rng = fastrand::Rng::with_seed(seed);
    let plans = (0..groups)
        .map(|g| {
            let t = jiff::Timestamp::from_second(rng.i64(0..2_000_000_000)).expect("time");
            let mut plan = Plan::new(&text(&mut rng), t);
            plan.case = [None, Some("a"), Some("b")][rng.usize(..3)].map(str::to_string);
            for q in guide.questions() {
                if rng.bool() {
                    plan.answers.insert(q.id.clone(), answer(q, &mut rng, 0));
                }
            }
            HandedIn {
                file: format!("{g}\u{1b}]0;titel\u{7}.ron"),
                plan,
            }
        })
        .collect();
    Gathered {
        plans,
        ..Gathered::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(common::proptest_cases(48)))]

    #[test]
    fn random_rooms_never_crash_a_report_or_a_screen(
        seed in any::<u64>(),
        groups in 1usize..9,
        names in any::<bool>(),
    ) {
        let guide = guide();
        let c = compare::compare(&guide, room(&guide, seed, groups), None, Options { names });
        let md = compare::report::markdown(&c);
        let html = compare::report::html(&c);
        prop_assert!(!md.contains(ESC) && !html.contains(ESC), "an escape sequence in a report");
        for (w, h) in [(40, 10), (80, 24)] {
            let mut p = Projector::new(&c, w, h);
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
            loop {
                for input in [Input::Reveal, Input::Down, Input::Down] {
                    update(&mut p, &c, input);
                    terminal.draw(|f| render::render(f, &c, &p)).expect("draw");
                    let shown: String = terminal
                        .backend()
                        .buffer()
                        .content()
                        .iter()
                        .map(|x| x.symbol())
                        .collect();
                    prop_assert!(!shown.contains(ESC), "an escape sequence on the screen");
                }
                if !p.has_next() {
                    break;
                }
                update(&mut p, &c, Input::Next);
            }
        }
    }
}
