//! `newslint analyze`: what the engine found, as the JSON contract (`--json`) or a readable listing.

use serde_json::{json, Value};
use std::process::ExitCode;

use super::inputs::{load, Report};
use super::{Common, EXIT_ERROR};
use crate::analysis::Span;
use crate::text::Unit;

pub fn run(common: &Common, as_json: bool) -> ExitCode {
    let inputs = load(common);
    if as_json {
        println!(
            "{}",
            json!({ "files": inputs.reports.iter().map(contract_json).collect::<Vec<_>>() })
        );
    } else {
        for report in &inputs.reports {
            print_listing(report);
        }
    }
    if inputs.failed {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// One file as DESIGN.md's contract has it: offsets in code points, end-exclusive.
fn contract_json(report: &Report) -> Value {
    let (source, lines) = (&report.source, &report.lines);
    let offsets = |span: Span| json!({ "start": lines.char_offset(source, span.start), "end": lines.char_offset(source, span.end) });
    let analysis = &report.analysis;
    json!({
        "path": report.path,
        "entities": analysis.entities.mentions.iter().map(|m| json!({
            "start": lines.char_offset(source, m.span.start),
            "end": lines.char_offset(source, m.span.end),
            "label": m.label.as_str(),
            "entity": analysis.entities.referents[m.referent].canonical,
        })).collect::<Vec<_>>(),

        "attributions": analysis.attributions.iter().map(|a| json!({
            "direct": a.direct,
            "content": offsets(a.content),
            "source": a.source.map(offsets),
            "cue": a.cue.map(offsets),
            "entity": a.speaker,
        })).collect::<Vec<_>>(),
        "claims": analysis.claims.iter().map(|c| json!({
            "start": lines.char_offset(source, c.span.start),
            "end": lines.char_offset(source, c.span.end),
            "score": c.score,
            "sourced": c.sourced(),
        })).collect::<Vec<_>>(),
        "diagnostics": report.findings.iter().map(|f| json!({
            "start": lines.char_offset(source, f.span.start),
            "end": lines.char_offset(source, f.span.end),
            "rule": f.rule,
            "severity": f.level.as_str(),
            "message": f.message,
        })).collect::<Vec<_>>(),
    })
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
