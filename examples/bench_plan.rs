//! Write the benchmark plan to a file, for the command-line and terminal
//! comparisons (`benches/peers.py`):
//! `cargo run --release --example bench_plan -- TASKS PARTNERS FILE`.

#[path = "../benches/support/big_plan.rs"]
mod big_plan;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [tasks, partners, file] = args.as_slice() else {
        eprintln!("usage: bench_plan TASKS PARTNERS FILE");
        return ExitCode::FAILURE;
    };
    let (Ok(tasks), Ok(partners)) = (tasks.parse(), partners.parse()) else {
        eprintln!("TASKS and PARTNERS are numbers");
        return ExitCode::FAILURE;
    };
    let plan = big_plan::big_plan(tasks, partners);
    match samenwerkwijzer::store::save(std::path::Path::new(file), &plan) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{file}: {e}");
            ExitCode::FAILURE
        }
    }
}
