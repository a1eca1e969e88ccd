use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    newslint::cli::run(newslint::cli::Cli::parse())
}
