//! The binary: the command line decides what to do; an interactive start
//! goes to the terminal front-end. Front-ends do not know each other.

use samenwerkwijzer::cli::{self, Outcome};

fn main() -> std::process::ExitCode {
    match cli::main() {
        Outcome::Done(code) => code,
        Outcome::Interactive(start) => samenwerkwijzer::tui::run(*start),
        Outcome::Present(launch) => samenwerkwijzer::workshop::presenter::launch(*launch),
    }
}
