//! `newslint check`: findings as compiler-style lines, JSON or SARIF.

use serde::{Serialize, Serializer};
use std::cell::Cell;
use std::io::Write;
use std::process::ExitCode;

use super::inputs::{Inputs, Report};
use super::{
    print_json, sarif, Common, FailOn, FilesJson, OutputFormat, Seq, EXIT_ERROR, EXIT_FINDINGS,
};
use crate::rules::Finding;
use crate::text::Unit;

pub fn run(common: &Common, format: OutputFormat, fail_on: FailOn) -> ExitCode {
    let inputs = Inputs::open(common);
    let fails = Cell::new(false);
    let reports = inputs.reports().inspect(|report| {
        let fail = report.findings.iter().any(|f| fail_on.fails(f.level));
        fails.set(fails.get() || fail);
    });
    match format {
        OutputFormat::Text => print_text(reports),
        OutputFormat::Json => print_json(&FilesJson {
            files: Seq::new(reports.map(FindingsFile)),
        }),
        OutputFormat::Sarif => print_json(&sarif::log(reports)),
    }
    if inputs.failed() {
        ExitCode::from(EXIT_ERROR)
    } else if fails.get() {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_text(reports: impl Iterator<Item = Report>) {
    // One buffer, not a write per line (stdout flushes at every line break): a large
    // document has thousands of findings.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // Fails as `println!` does.
    let failed = |e: std::io::Error| panic!("failed printing to stdout: {e}");
    let (mut total, mut files) = (0, 0);
    for report in reports {
        files += 1;
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

/// A file's findings, owning its report so that files stream.
struct FindingsFile(Report);

impl Serialize for FindingsFile {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = &self.0;
        FileJson {
            path: &report.path,
            diagnostics: Seq::new(report.findings.iter().map(|f| finding_json(report, f))),
        }
        .serialize(serializer)
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
        fixes: Seq::new(finding.fixes.iter().map(move |fix| FixJson {
            title: &fix.title,
            edits: Seq::new(fix.edits.iter().map(move |e| EditJson {
                start: lines.char_offset(source, e.span.start),
                end: lines.char_offset(source, e.span.end),
                replacement: &e.replacement,
            })),
        })),
    }
}
