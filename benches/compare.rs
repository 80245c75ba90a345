//! Speed of `workshop compare` on a big room: 500 plans of the example
//! plan's size (6 tasks, 4 partners, 3 agreements, every step filled),
//! each with its own answers.
//!
//! Target (see BENCHMARKS.md): 500 plans compared in at most 300 ms,
//! reading the files included.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use samenwerkwijzer::compare::{self, Options};
use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::plan::{self, Answer, Plan, YesNo};

const PLANS: usize = 500;

/// Choices to vary per group, with the options a group picks from.
const CHOICES: &[(&str, &[&str])] = &[
    ("doelen.aard", &["vrijblijvend", "bindend"]),
    (
        "doelen.vorm",
        &["nog_niet", "cg", "go", "bvo", "ol", "sti", "conv"],
    ),
    ("doelen.bevoegdheden", &["geen", "mandaat", "delegatie"]),
    (
        "doelen.raad_moment",
        &["voor_ontwerp", "bij_besluit", "achteraf"],
    ),
    (
        "opgave.rol",
        &["reguleren", "regisseren", "stimuleren", "faciliteren"],
    ),
];

/// The example plan, changed for group `n` the way groups differ.
fn group_plan(example: &Plan, n: usize, rng: &mut fastrand::Rng) -> Plan {
    let mut p = example.clone();
    p.meta.title = format!("Warmtenet — groep {n}");
    p.meta.created = jiff::Timestamp::from_second(1_800_000_000 + n as i64).expect("time");
    p.case = Some("warmtenet".into());
    for (q, options) in CHOICES {
        let pick = options[rng.usize(..options.len())];
        p.answers.insert((*q).into(), Answer::Choice(pick.into()));
    }
    for q in [
        "doelen.uittreding",
        "doelen.financieel_belang",
        "doelen.bestuurlijk_belang",
    ] {
        let v = YesNo::ALL[rng.usize(..3)];
        p.answers.insert(q.into(), Answer::YesNo(v));
    }
    p.answers
        .insert("partners.ambitie".into(), Answer::Scale(rng.u8(1..=5)));
    if let Some(Answer::List(tasks)) = p.answers.get_mut("inventaris.taken") {
        for t in tasks.iter_mut() {
            let how = ["zelf", "samen", "samenleving", "onbekend"][rng.usize(..4)];
            t.fields.insert("aanpak".into(), Answer::Choice(how.into()));
            t.fields
                .insert("alleen".into(), Answer::Scale(rng.u8(1..=5)));
        }
        // Some groups name a task their own way or add one.
        if rng.bool()
            && let Some(t) = tasks.first_mut()
        {
            t.fields.insert(
                "naam".into(),
                Answer::Text(format!("Regionaal warmteplan {}", rng.u8(1..=20))),
            );
        }
    }
    p.answers.insert(
        "doelen.doel".into(),
        Answer::Text(format!(
            "Doel van groep {n}: {} woningen op het warmtenet.",
            rng.u32(500..5000)
        )),
    );
    p
}

fn setup() -> (Guide, tempfile::TempDir, Vec<PathBuf>) {
    let guide = load_embedded().expect("guide");
    let example = plan::from_str(samenwerkwijzer::cli::EXAMPLE_PLAN, &guide)
        .expect("example plan")
        .plan;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut rng = fastrand::Rng::with_seed(14);
    for n in 0..PLANS {
        let text = plan::to_string(&group_plan(&example, n, &mut rng));
        std::fs::write(dir.path().join(format!("groep-{n:03}.ron")), text).expect("write");
    }
    let args = vec![dir.path().to_path_buf()];
    (guide, dir, args)
}

fn bench(c: &mut Criterion) {
    let (guide, _dir, args) = setup();
    let gathered = compare::gather(&args, &guide);
    assert_eq!(
        gathered.plans.len(),
        PLANS,
        "{:?}",
        gathered.skipped.first()
    );
    let mut group = c.benchmark_group("compare");
    group.sample_size(20);
    group.bench_function("500 plans: read, compare, agenda, advice", |b| {
        b.iter(|| {
            let gathered = compare::gather(black_box(&args), &guide);
            black_box(compare::compare(&guide, gathered, None, Options::default()))
        })
    });
    group.bench_function("500 plans: compare only (already read)", |b| {
        b.iter(|| {
            black_box(compare::compare(
                &guide,
                gathered.clone(),
                None,
                Options::default(),
            ))
        })
    });
    let comparison = compare::compare(&guide, gathered.clone(), None, Options::default());
    group.bench_function("500 plans: Markdown and HTML report", |b| {
        b.iter(|| {
            black_box(compare::report::markdown(&comparison));
            black_box(compare::report::html(&comparison))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
