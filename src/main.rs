fn main() -> std::process::ExitCode {
    samenwerkwijzer::cli::main()
}
