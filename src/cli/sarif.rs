//! SARIF 2.1.0, as GitHub code scanning reads it.

use serde::{Serialize, Serializer};
use std::rc::Rc;

use super::inputs::Report;
use super::Seq;
use crate::config::Level;
use crate::rules::RULES;
use crate::text::Unit;

/// The log, serialised as it is written: a result per finding, never all held at once.
pub fn log(reports: impl Iterator<Item = Report>) -> impl Serialize {
    let rules = RULES.iter().map(|rule| RuleJson {
        id: rule.id(),
        name: rule.id(),
        short_description: Text {
            text: rule.summary(),
        },
        full_description: Text {
            text: rule.explanation(),
        },
        help: Text {
            text: rule.explanation(),
        },
        default_configuration: DefaultConfiguration {
            level: sarif_level(rule.default_level()),
        },
    });
    let results = reports.flat_map(|report| {
        let report = Rc::new(report);
        (0..report.findings.len()).map(move |finding| SarifResult(Rc::clone(&report), finding))
    });
    Log {
        version: "2.1.0",
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "newslint",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: "https://github.com/newslint/newslint",
                    rules: Seq::new(rules),
                },
            },
            column_kind: "utf16CodeUnits",
            results: Seq::new(results),
        }],
    }
}

/// A finding of a report as a SARIF result; the report is shared by its findings' results
/// and dropped after the last, so that files stream.
struct SarifResult(Rc<Report>, usize);

impl Serialize for SarifResult {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let SarifResult(report, finding) = self;
        let finding = &report.findings[*finding];
        let (source, lines) = (&report.source, &report.lines);
        // SARIF lines and columns are 1-based; columns count UTF-16 units (the run says so).
        let start = lines.line_col(source, finding.span.start, Unit::Utf16);
        let end = lines.line_col(source, finding.span.end, Unit::Utf16);
        ResultJson {
            rule_id: finding.rule,
            rule_index: RULES.iter().position(|r| r.id() == finding.rule),
            level: sarif_level(finding.level),
            message: Text {
                text: &finding.message,
            },
            locations: [Location {
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation {
                        uri: uri(&report.path),
                    },
                    region: Region {
                        start_line: start.line + 1,
                        start_column: start.column + 1,
                        end_line: end.line + 1,
                        end_column: end.column + 1,
                    },
                },
            }],
        }
        .serialize(serializer)
    }
}

// SARIF's objects, fields in key order (`print_json`).

#[derive(Serialize)]
struct Log<R, F> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    runs: [Run<R, F>; 1],
    version: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<R, F> {
    column_kind: &'static str,
    results: F,
    tool: Tool<R>,
}

#[derive(Serialize)]
struct Tool<R> {
    driver: Driver<R>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<R> {
    information_uri: &'static str,
    name: &'static str,
    rules: R,
    version: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleJson {
    default_configuration: DefaultConfiguration,
    full_description: Text<'static>,
    help: Text<'static>,
    id: &'static str,
    name: &'static str,
    short_description: Text<'static>,
}

#[derive(Serialize)]
struct DefaultConfiguration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultJson<'a> {
    level: &'static str,
    locations: [Location; 1],
    message: Text<'a>,
    rule_id: &'a str,
    rule_index: Option<usize>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    end_column: usize,
    end_line: usize,
    start_column: usize,
    start_line: usize,
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
