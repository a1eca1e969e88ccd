//! `newslint check`: findings as compiler-style lines, JSON or SARIF.

use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;

use super::inputs::{load, Report};
use super::{
    print_json, sarif, Common, FailOn, FilesJson, OutputFormat, Seq, EXIT_ERROR, EXIT_FINDINGS,
};
use crate::rules::Finding;
use crate::text::Unit;

pub fn run(common: &Common, format: OutputFormat, fail_on: FailOn) -> ExitCode {
    let inputs = load(common);
    match format {
        OutputFormat::Text => print_text(&inputs.reports),
        OutputFormat::Json => print_json(&FilesJson {
            files: Seq(inputs.reports.iter().map(file_json)),
        }),
        OutputFormat::Sarif => print_json(&sarif::log(&inputs.reports)),
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

// The objects of `--format json`, fields in key order (`print_json`).

#[derive(Serialize)]
struct FileJson<'a, D> {
    diagnostics: D,
    path: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FindingJson<'a, F> {
    column: usize,
    end: usize,
    end_column: usize,
    end_line: usize,
    fixes: F,
    line: usize,
    message: &'a str,
    rule: &'a str,
    severity: &'a str,
    start: usize,
}

#[derive(Serialize)]
struct FixJson<'a, E> {
    edits: E,
    title: &'a str,
}

#[derive(Serialize)]
struct EditJson<'a> {
    end: usize,
    replacement: &'a str,
    start: usize,
}

fn file_json(report: &Report) -> impl Serialize + '_ {
    FileJson {
        path: &report.path,
        diagnostics: Seq(report.findings.iter().map(|f| finding_json(report, f))),
    }
}

/// A finding with code-point offsets, 1-based line and column, and its fixes.
fn finding_json<'a>(report: &'a Report, finding: &'a Finding) -> impl Serialize + 'a {
    let (source, lines) = (report.source.as_str(), &report.lines);
    let start = lines.line_col(source, finding.span.start, Unit::CodePoint);
    let end = lines.line_col(source, finding.span.end, Unit::CodePoint);
    FindingJson {
        start: lines.char_offset(source, finding.span.start),
        end: lines.char_offset(source, finding.span.end),
        line: start.line + 1,
        column: start.column + 1,
        end_line: end.line + 1,
        end_column: end.column + 1,
        rule: finding.rule,
        severity: finding.level.as_str(),
        message: &finding.message,
        fixes: Seq(finding.fixes.iter().map(move |fix| FixJson {
            title: &fix.title,
            edits: Seq(fix.edits.iter().map(move |e| EditJson {
                start: lines.char_offset(source, e.span.start),
                end: lines.char_offset(source, e.span.end),
                replacement: &e.replacement,
            })),
        })),
    }
}
