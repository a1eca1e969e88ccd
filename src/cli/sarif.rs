//! SARIF 2.1.0, as GitHub code scanning reads it.

use serde_json::{json, Value};

use super::inputs::Report;
use crate::config::Level;
use crate::rules::RULES;
use crate::text::Unit;

pub fn log(reports: &[Report]) -> Value {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|rule| {
            json!({
                "id": rule.id(),
                "name": rule.id(),
                "shortDescription": { "text": rule.summary() },
                "fullDescription": { "text": rule.explanation() },
                "help": { "text": rule.explanation() },
                "defaultConfiguration": { "level": sarif_level(rule.default_level()) },
            })
        })
        .collect();
    let mut results = Vec::new();
    for report in reports {
        for finding in &report.findings {
            let (source, lines) = (&report.source, &report.lines);
            // SARIF lines and columns are 1-based; columns count UTF-16 units (the run says so).
            let start = lines.line_col(source, finding.span.start, Unit::Utf16);
            let end = lines.line_col(source, finding.span.end, Unit::Utf16);
            results.push(json!({
                "ruleId": finding.rule,
                "ruleIndex": RULES.iter().position(|r| r.id() == finding.rule),
                "level": sarif_level(finding.level),
                "message": { "text": finding.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&report.path) },
                        "region": {
                            "startLine": start.line + 1,
                            "startColumn": start.column + 1,
                            "endLine": end.line + 1,
                            "endColumn": end.column + 1,
                        }
                    }
                }],
            }));
        }
    }
    json!({
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [{
            "tool": { "driver": {
                "name": "newslint",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/newslint/newslint",
                "rules": rules,
            }},
            "columnKind": "utf16CodeUnits",
            "results": results,
        }],
    })
}

fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info | Level::Hint => "note",
        Level::Off => "none",
    }
}

/// A relative path as a URI reference: forward slashes, spaces and `%` escaped.
fn uri(path: &str) -> String {
    let path = path.strip_prefix("./").unwrap_or(path).replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '%' => out.push_str("%25"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            _ => out.push(c),
        }
    }
    out
}
