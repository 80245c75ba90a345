//! The binary: the command line decides what to do; an interactive start
//! goes to the front-end it chose: the full screen, or line by line.
//! Front-ends do not know each other.

use samenwerkwijzer::cli::{self, Outcome};
use samenwerkwijzer::session::FrontEnd;

fn main() -> std::process::ExitCode {
    match cli::main() {
        Outcome::Done(code) => code,
        Outcome::Interactive(start) => match start.front {
            FrontEnd::Lines => samenwerkwijzer::plain::run(*start),
            FrontEnd::Screen(_) => samenwerkwijzer::tui::run(*start),
        },
        Outcome::Present(launch) => samenwerkwijzer::workshop::presenter::launch(*launch),
    }
}
