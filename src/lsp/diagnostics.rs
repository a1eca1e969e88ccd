//! Findings → LSP diagnostics.

use serde::Serialize;
use std::borrow::Cow;
use std::sync::LazyLock;
use tower_lsp_server::lsp_types::{
    CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, Position, Range, Uri,
};

use super::documents::Analyzed;
use super::position::{to_range, Cursor, Encoding};
use crate::config::Level;
use crate::rules::{Finding, RULES};

/// Where each rule is documented (the README's rules table).
const RULES_DOC: &str = "https://github.com/newslint/newslint/blob/main/README.md";

const SOURCE: &str = "newslint";

/// A diagnostic borrowed from its analysis, for publishing. Serialises as the protocol
/// library did through `serde_json::Value`: keys in alphabetical order, absent ones omitted.
#[derive(Serialize)]
pub struct Rendered<'a> {
    code: &'a str,
    #[serde(rename = "codeDescription", skip_serializing_if = "Option::is_none")]
    code_description: Option<Href<'a>>,
    message: Cow<'a, str>,
    range: Span,
    severity: DiagnosticSeverity,
    source: &'static str,
}

#[derive(Serialize)]
struct Href<'a> {
    href: &'a str,
}

#[derive(Serialize)]
struct Span {
    end: At,
    start: At,
}

#[derive(Serialize)]
struct At {
    character: u32,
    line: u32,
}

impl From<Range> for Span {
    fn from(range: Range) -> Span {
        let at = |p: Position| At {
            character: p.character,
            line: p.line,
        };
        Span {
            end: at(range.end),
            start: at(range.start),
        }
    }
}

/// Every finding of `analyzed`, positions found with one cursor in finding order.
pub fn render(analyzed: &Analyzed, encoding: Encoding) -> Vec<Rendered<'_>> {
    let mut cursor = Cursor::new(&analyzed.rope, &analyzed.source, encoding);
    analyzed
        .findings
        .iter()
        .map(|finding| Rendered {
            code: finding.rule,
            code_description: code_href(finding.rule).map(|href| Href { href }),
            message: Cow::Borrowed(&finding.message),
            range: cursor.range(finding.span).into(),
            severity: severity(finding.level),
            source: SOURCE,
        })
        .collect()
}

/// The one diagnostic of a document over `maxFileSize`: said at the top, nothing analysed.
pub fn too_large(analyzed: &Analyzed, encoding: Encoding) -> Rendered<'static> {
    Rendered {
        code: "max-file-size",
        code_description: None,
        message: Cow::Owned(format!(
            "not analysed: this document is {} bytes, over the maxFileSize setting",
            analyzed.source.len()
        )),
        range: to_range(&analyzed.rope, crate::analysis::Span::new(0, 0), encoding).into(),
        severity: DiagnosticSeverity::INFORMATION,
        source: SOURCE,
    }
}

/// The body of a `textDocument/publishDiagnostics` notification, as the protocol library
/// would have written it.
pub fn publish(uri: &Uri, diagnostics: &[Rendered], version: Option<i32>) -> Vec<u8> {
    #[derive(Serialize)]
    struct Notification<'a> {
        jsonrpc: &'static str,
        method: &'static str,
        params: Params<'a>,
    }
    #[derive(Serialize)]
    struct Params<'a> {
        diagnostics: &'a [Rendered<'a>],
        uri: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        version: Option<i32>,
    }
    let notification = Notification {
        jsonrpc: "2.0",
        method: "textDocument/publishDiagnostics",
        params: Params {
            diagnostics,
            uri: uri.as_str(),
            version,
        },
    };
    // About 300 bytes a diagnostic.
    let mut body = Vec::with_capacity(256 + 320 * diagnostics.len());
    serde_json::to_writer(&mut body, &notification).expect("plain data serialises");
    body
}

/// A finding as an `lsp_types` diagnostic, for code actions.
pub fn diagnostic(analyzed: &Analyzed, finding: &Finding, encoding: Encoding) -> Diagnostic {
    Diagnostic {
        range: to_range(&analyzed.rope, finding.span, encoding),
        severity: Some(severity(finding.level)),
        code: Some(NumberOrString::String(finding.rule.to_owned())),
        code_description: code_href(finding.rule)
            .and_then(|href| href.parse::<Uri>().ok())
            .map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_owned()),
        message: finding.message.clone(),
        ..Default::default()
    }
}

/// The link to a rule's documentation; every finding's rule is in the registry.
fn code_href(rule: &str) -> Option<&'static str> {
    static HREFS: LazyLock<Vec<(&str, Option<String>)>> = LazyLock::new(|| {
        RULES
            .iter()
            .map(|r| {
                let href = format!("{RULES_DOC}#{}", r.id());
                // Only a link that reads as a URI is sent (and it is sent as written).
                (r.id(), href.parse::<Uri>().is_ok().then_some(href))
            })
            .collect()
    });
    HREFS
        .iter()
        .find(|(id, _)| *id == rule)
        .and_then(|(_, href)| href.as_deref())
}

fn severity(level: Level) -> DiagnosticSeverity {
    match level {
        Level::Error => DiagnosticSeverity::ERROR,
        Level::Warning => DiagnosticSeverity::WARNING,
        Level::Info => DiagnosticSeverity::INFORMATION,
        Level::Hint | Level::Off => DiagnosticSeverity::HINT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_links_serialise_as_written() {
        for rule in RULES {
            let href = code_href(rule.id()).expect("every rule has a link");
            assert_eq!(href.parse::<Uri>().unwrap().as_str(), href);
        }
    }
}
