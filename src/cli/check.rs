//! `newslint check`: findings as compiler-style lines, JSON or SARIF.

use serde_json::{json, Value};
use std::io::Write;
use std::process::ExitCode;

use super::inputs::{load, Report};
use super::{sarif, Common, FailOn, OutputFormat, EXIT_ERROR, EXIT_FINDINGS};
use crate::rules::Finding;
use crate::text::Unit;

pub fn run(common: &Common, format: OutputFormat, fail_on: FailOn) -> ExitCode {
    let inputs = load(common);
    match format {
        OutputFormat::Text => print_text(&inputs.reports),
        OutputFormat::Json => println!(
            "{}",
            json!({ "files": inputs.reports.iter().map(file_json).collect::<Vec<_>>() })
        ),
        OutputFormat::Sarif => println!("{}", sarif::log(&inputs.reports)),
    }
    let fails = inputs
        .reports
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| fail_on.fails(f.level));
    if inputs.failed {
        ExitCode::from(EXIT_ERROR)
    } else if fails {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_text(reports: &[Report]) {
    // One buffer, not a write per line (stdout flushes at every line break): a large
    // document has thousands of findings.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // Fails as `println!` does.
    let failed = |e: std::io::Error| panic!("failed printing to stdout: {e}");
    let mut total = 0;
    for report in reports {
        for finding in &report.findings {
            let at = report
                .lines
                .line_col(&report.source, finding.span.start, Unit::CodePoint);
            writeln!(
                out,
                "{}:{}:{}: {} {}: {}",
                report.path,
                at.line + 1,
                at.column + 1,
                finding.level.as_str(),
                finding.rule,
                finding.message
            )
            .unwrap_or_else(failed);
            total += 1;
        }
    }
    out.flush().unwrap_or_else(failed);
    drop(out);
    let files = reports.len();
    eprintln!(
        "{total} finding{} in {files} file{}",
        plural(total),
        plural(files)
    );
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn file_json(report: &Report) -> Value {
    json!({
        "path": report.path,
        "diagnostics": report.findings.iter().map(|f| finding_json(report, f)).collect::<Vec<_>>(),
    })
}

/// A finding with code-point offsets, 1-based line and column, and its fixes.
fn finding_json(report: &Report, finding: &Finding) -> Value {
    let (source, lines) = (&report.source, &report.lines);
    let start = lines.line_col(source, finding.span.start, Unit::CodePoint);
    let end = lines.line_col(source, finding.span.end, Unit::CodePoint);
    json!({
        "start": lines.char_offset(source, finding.span.start),
        "end": lines.char_offset(source, finding.span.end),
        "line": start.line + 1,
        "column": start.column + 1,
        "endLine": end.line + 1,
        "endColumn": end.column + 1,
        "rule": finding.rule,
        "severity": finding.level.as_str(),
        "message": finding.message,
        "fixes": finding.fixes.iter().map(|fix| json!({
            "title": fix.title,
            "edits": fix.edits.iter().map(|e| json!({
                "start": lines.char_offset(source, e.span.start),
                "end": lines.char_offset(source, e.span.end),
                "replacement": e.replacement,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
