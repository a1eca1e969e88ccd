//! `newslint analyze`: what the engine found, as the JSON contract (`--json`) or a readable listing.

use serde::{Serialize, Serializer};
use std::process::ExitCode;

use super::inputs::{Inputs, Report};
use super::{print_json, Common, FilesJson, Seq, EXIT_ERROR};
use crate::analysis::Span;
use crate::text::Unit;

pub fn run(common: &Common, as_json: bool) -> ExitCode {
    let inputs = Inputs::open(common);
    if as_json {
        print_json(&FilesJson {
            files: Seq::new(inputs.reports().map(ContractFile)),
        });
    } else {
        for report in inputs.reports() {
            print_listing(&report);
        }
    }
    if inputs.failed() {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// A file as the contract has it, owning its report so that files stream.
struct ContractFile(Report);

impl Serialize for ContractFile {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        contract_json(&self.0).serialize(serializer)
    }
}

// The contract's objects, fields in key order (`print_json`); `None` is `null`.

#[derive(Serialize)]
struct FileJson<'a, A, C, D, E> {
    attributions: A,
    claims: C,
    diagnostics: D,
    entities: E,
    path: &'a str,
}

#[derive(Serialize)]
struct Offsets {
    end: usize,
    start: usize,
}

#[derive(Serialize)]
struct AttributionJson<'a> {
    content: Offsets,
    cue: Option<Offsets>,
    direct: bool,
    entity: Option<&'a str>,
    source: Option<Offsets>,
}

#[derive(Serialize)]
struct ClaimJson {
    end: usize,
    /// The score widened as it was printed before: `0.5199999809265137`, not `0.52`.
    score: f64,
    sourced: bool,
    start: usize,
}

#[derive(Serialize)]
struct DiagnosticJson<'a> {
    end: usize,
    message: &'a str,
    rule: &'a str,
    severity: &'a str,
    start: usize,
}

#[derive(Serialize)]
struct EntityJson<'a> {
    end: usize,
    entity: &'a str,
    label: &'a str,
    start: usize,
}

/// One file as DESIGN.md's contract has it: offsets in code points, end-exclusive.
fn contract_json(report: &Report) -> impl Serialize + '_ {
    let (source, lines) = (report.source.as_str(), &report.lines);
    let offsets = move |span: Span| Offsets {
        start: lines.char_offset(source, span.start),
        end: lines.char_offset(source, span.end),
    };
    let analysis = &report.analysis;
    FileJson {
        path: &report.path,
        entities: Seq::new(analysis.entities.mentions.iter().map(move |m| {
            let at = offsets(m.span);
            EntityJson {
                start: at.start,
                end: at.end,
                label: m.label.as_str(),
                entity: &analysis.entities.referents[m.referent].canonical,
            }
        })),
        attributions: Seq::new(analysis.attributions.iter().map(move |a| AttributionJson {
            direct: a.direct,
            content: offsets(a.content),
            source: a.source.map(offsets),
            cue: a.cue.map(offsets),
            entity: a.speaker.as_deref(),
        })),
        claims: Seq::new(analysis.claims.iter().map(move |c| {
            let at = offsets(c.span);
            ClaimJson {
                start: at.start,
                end: at.end,
                score: f64::from(c.score),
                sourced: c.sourced(),
            }
        })),
        diagnostics: Seq::new(report.findings.iter().map(move |f| {
            let at = offsets(f.span);
            DiagnosticJson {
                start: at.start,
                end: at.end,
                rule: f.rule,
                severity: f.level.as_str(),
                message: &f.message,
            }
        })),
    }
}

fn print_listing(report: &Report) {
    let (source, lines) = (&report.source, &report.lines);
    let at = |offset: usize| {
        let p = lines.line_col(source, offset, Unit::CodePoint);
        format!("{}:{}", p.line + 1, p.column + 1)
    };
    println!("{}", report.path);
    println!(
        "  quotations and reported speech ({}):",
        report.analysis.attributions.len()
    );
    for a in &report.analysis.attributions {
        let who = a
            .speaker
            .clone()
            .or_else(|| a.source.map(|s| s.slice(source).to_owned()))
            .unwrap_or_else(|| "no speaker".to_owned());
        let kind = if a.direct { "quote" } else { "reported" };
        println!(
            "    {:>7}  {kind:<8} {} — {who}",
            at(a.content.start),
            excerpt(a.content.slice(source))
        );
    }
    let claims: Vec<_> = (report.analysis.claims.iter())
        .filter(|c| c.is_claim(report.claim_threshold))
        .collect();
    println!("  check-worthy claims ({}):", claims.len());
    for c in claims {
        let status = if c.sourced() {
            "sourced"
        } else if c.quoted {
            "quoted"
        } else {
            "UNSOURCED"
        };
        println!(
            "    {:>7}  {:.2} {status:<9} {}",
            at(c.span.start),
            c.score,
            excerpt(c.span.slice(source))
        );
    }
    println!("  findings ({}):", report.findings.len());

    for f in &report.findings {
        println!(
            "    {:>7}  {:<7} {}: {}",
            at(f.span.start),
            f.level.as_str(),
            f.rule,
            f.message
        );
    }
}

/// The first words of a passage, on one line.
fn excerpt(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 10 {
        words.join(" ")
    } else {
        format!("{} …", words[..10].join(" "))
    }
}
