//! Commands at every size (issue 16): validate and every export at 1,000
//! and 20,000 tasks (each against the ics export of the same plan, the
//! linear reference), `list` of 500 plans with and without the summary
//! cache, and saving the open plan at both sizes.
//!
//! Short on purpose (10 samples): the machine is shared. Each "command"
//! is what the command line does after start-up: read and parse the file,
//! then check it, or compute the advice and write the document.

#[path = "support/big_plan.rs"]
mod big_plan;

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use samenwerkwijzer::export::{self, Extras, Format, Report};
use samenwerkwijzer::guide::{Guide, load_embedded};
use samenwerkwijzer::listing::{summaries, summary};
use samenwerkwijzer::store::{self, DataDir, Library, OpenPlan, SaveOrder};

fn validate(guide: &Guide, path: &Path) -> usize {
    let plan = store::load(path, guide).expect("load").plan;
    samenwerkwijzer::check::check(guide, &plan).len()
}

fn export_file(guide: &Guide, path: &Path, format: Format) -> usize {
    let plan = store::load(path, guide).expect("load").plan;
    let extras = Extras {
        report: Report::from_advice(guide, &plan),
        ..Extras::default()
    };
    // The agenda of this plan has no dates: like the command line, that
    // is an answer too (no file), after the same work.
    export::export(guide, &plan, format, &extras).map_or(0, |e| e.bytes().len())
}

fn commands(c: &mut Criterion) {
    let guide = load_embedded().expect("guide");
    let dir = tempfile::tempdir().expect("tempdir");
    for tasks in [1_000, 20_000] {
        let path = dir.path().join(format!("p{tasks}.ron"));
        store::save(&path, &big_plan::big_plan(tasks, 200)).expect("save");
        let mut group = c.benchmark_group(format!("{tasks} tasks"));
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(2));
        group.bench_function("export ics (reference)", |b| {
            b.iter(|| black_box(export_file(&guide, &path, Format::Calendar)))
        });
        group.bench_function("validate", |b| {
            b.iter(|| black_box(validate(&guide, &path)))
        });
        for (name, format) in [
            ("export md", Format::Markdown),
            ("export html", Format::Html),
            ("export docx", Format::Docx),
        ] {
            group.bench_function(name, |b| {
                b.iter(|| black_box(export_file(&guide, &path, format)))
            });
        }
        group.finish();
    }
}

fn list(c: &mut Criterion) {
    let guide = load_embedded().expect("guide");
    let dir = tempfile::tempdir().expect("tempdir");
    let library = Library::new(DataDir::new(dir.path()));
    library.data_dir().ensure().expect("folders");
    let example = samenwerkwijzer::cli::EXAMPLE_PLAN;
    for n in 0..500 {
        let text = example.replacen(
            "\"Warmtenet in de regio\"",
            &format!("\"Plan {n} voor de regio\""),
            1,
        );
        let file = library.data_dir().plans().join(format!("plan-{n:03}.ron"));
        std::fs::write(file, text).expect("write");
    }
    let mut group = c.benchmark_group("list 500 plans");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(2));
    group.bench_function("summary cache warm", |b| {
        summaries(&library, &guide).expect("fill the cache");
        b.iter(|| black_box(summaries(&library, &guide).expect("list").len()))
    });
    group.bench_function("every plan parsed (no cache)", |b| {
        b.iter(|| {
            let entries = library.list(&guide).expect("list");
            let all: Vec<_> = entries.iter().map(|e| summary(e, &guide)).collect();
            black_box(all.len())
        })
    });
    group.finish();
}

fn save(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path());
    let mut group = c.benchmark_group("save");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(2));
    for tasks in [1_000, 20_000] {
        let path = dir.path().join(format!("groot-{tasks}.ron"));
        let plan = big_plan::big_plan(tasks, 200);
        let mut open = OpenPlan::default();
        let order = || SaveOrder {
            path: path.clone(),
            plan: plan.clone(),
            history: false,
            at: jiff::Timestamp::UNIX_EPOCH,
        };
        open.save(&data, &mut order());
        // The clone is the loop's share of a save (its snapshot); the rest
        // is the writer thread's work.
        group.bench_function(
            format!("{tasks} tasks: snapshot, serialise, check, write, fsync"),
            |b| b.iter(|| black_box(open.save(&data, &mut order()))),
        );
        group.bench_function(format!("{tasks} tasks: snapshot only (on the loop)"), |b| {
            b.iter(|| black_box(order()))
        });
    }
    group.finish();
}

criterion_group!(scale, commands, list, save);
criterion_main!(scale);
