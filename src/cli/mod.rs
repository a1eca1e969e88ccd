//! The command line: `check`, `analyze`, `rules`, `explain` and `lsp`.

mod analyze;
mod check;
mod inputs;
mod sarif;

use clap::{Parser, Subcommand, ValueEnum};
use serde::ser::Error as _;
use serde::{Serialize, Serializer};
use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::config::Level;
use crate::rules::{rule, RULES};

#[derive(Debug, Parser)]
#[command(
    name = "newslint",
    version,
    about = "Quotations and their speakers, named entities and unsourced claims in reported prose."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check files and directories (.md, .markdown, .txt) and report findings.
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// Exit with 1 when a finding at or above this level is reported.
        #[arg(long, value_enum, default_value_t = FailOn::Warning)]
        fail_on: FailOn,
        #[command(flatten)]
        common: Common,
    },
    /// Print what the engine found: quotations and speakers, entities, claims, diagnostics.
    Analyze {
        /// One JSON object on stdout (the contract in DESIGN.md; offsets in code points).
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        common: Common,
    },
    /// List the rules with their default levels.
    Rules,
    /// Explain what a rule looks for and how to satisfy it.
    Explain {
        /// A rule id, e.g. unbalanced-quote.
        rule: String,
    },
    /// Run the language server over stdio.
    Lsp {
        /// Accepted for clients that pass it (VS Code); stdio is the only transport.
        #[arg(long)]
        stdio: bool,
    },
}

#[derive(Debug, clap::Args)]
struct Common {
    /// Settings file (default: .newslint.toml in the current directory or the nearest parent).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Files or directories; `-` reads the text from standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The name reported for the text read from `-`; its extension sets the format
    /// (`.md` for Markdown, plain text otherwise).
    #[arg(long, value_name = "NAME", default_value = "<stdin>")]
    stdin_name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    Text,
    Json,
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Hint,
    Never,
}

impl FailOn {
    fn fails(self, level: Level) -> bool {
        let threshold = match self {
            FailOn::Error => Level::Error,
            FailOn::Warning => Level::Warning,
            FailOn::Info => Level::Info,
            FailOn::Hint => Level::Hint,
            FailOn::Never => return false,
        };
        level >= threshold
    }
}

/// Exit statuses: findings at the fail-on level, and usage or I/O errors.
const EXIT_FINDINGS: u8 = 1;
const EXIT_ERROR: u8 = 2;

impl Cli {
    /// `newslint lsp`: the language server, which handles a closed output itself.
    pub fn is_language_server(&self) -> bool {
        matches!(self.command, Command::Lsp { .. })
    }
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Check {
            format,
            fail_on,
            common,
        } => check::run(&common, format, fail_on),
        Command::Analyze { json, common } => analyze::run(&common, json),
        Command::Rules => {
            for rule in RULES {
                println!(
                    "{:<24} {:<8} {}",
                    rule.id(),
                    rule.default_level().as_str(),
                    rule.summary()
                );
            }
            ExitCode::SUCCESS
        }
        Command::Explain { rule: id } => match rule(&id) {
            Some(rule) => {
                println!(
                    "{} ({} by default)\n\n{}\n\n{}",
                    rule.id(),
                    rule.default_level().as_str(),
                    rule.summary(),
                    rule.explanation()
                );
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("newslint: unknown rule `{id}`; `newslint rules` lists them");
                ExitCode::from(EXIT_ERROR)
            }
        },
        Command::Lsp { stdio: _ } => crate::lsp::run_stdio(),
    }
}

/// A JSON output written to stdout as it is serialised, then a line break: a large document
/// has hundreds of thousands of diagnostics, and a `serde_json::Value` tree of them took
/// several times the memory of the analysis. Fails as `println!` does.
///
/// The outputs are structs whose fields are declared in the alphabetical order of their keys:
/// the order the output had from the tree, whose objects are sorted maps.
fn print_json(output: &impl Serialize) {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer(&mut out, output)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush())
        .unwrap_or_else(|e| panic!("failed printing to stdout: {e}"));
}

/// `{"files": [...]}`, the outer object of `analyze --json` and `check --format json`.
#[derive(Serialize)]
struct FilesJson<F> {
    files: F,
}

/// A JSON list written item by item as the iterator makes them, never held whole. Written
/// once: the iterator may read files as it goes.
struct Seq<I>(RefCell<Option<I>>);

impl<I> Seq<I> {
    fn new(items: I) -> Seq<I> {
        Seq(RefCell::new(Some(items)))
    }
}

impl<I> Serialize for Seq<I>
where
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let items = self.0.borrow_mut().take();
        let items = items.ok_or_else(|| S::Error::custom("a streamed list is written once"))?;
        serializer.collect_seq(items)
    }
}
