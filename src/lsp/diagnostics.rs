//! Findings → LSP diagnostics.

use tower_lsp_server::lsp_types::{
    CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, Uri,
};

use super::documents::Analyzed;
use super::position::{to_range, Encoding};
use crate::config::Level;
use crate::rules::Finding;

/// Where each rule is documented (the README's rules table).
const RULES_DOC: &str = "https://github.com/newslint/newslint/blob/main/README.md";

pub fn diagnostics(analyzed: &Analyzed, encoding: Encoding) -> Vec<Diagnostic> {
    analyzed
        .findings
        .iter()
        .map(|f| diagnostic(analyzed, f, encoding))
        .collect()
}

pub fn diagnostic(analyzed: &Analyzed, finding: &Finding, encoding: Encoding) -> Diagnostic {
    Diagnostic {
        range: to_range(&analyzed.rope, finding.span, encoding),
        severity: Some(severity(finding.level)),
        code: Some(NumberOrString::String(finding.rule.to_owned())),
        code_description: format!("{RULES_DOC}#{}", finding.rule)
            .parse::<Uri>()
            .ok()
            .map(|href| CodeDescription { href }),
        source: Some("newslint".to_owned()),
        message: finding.message.clone(),
        ..Default::default()
    }
}

fn severity(level: Level) -> DiagnosticSeverity {
    match level {
        Level::Error => DiagnosticSeverity::ERROR,
        Level::Warning => DiagnosticSeverity::WARNING,
        Level::Info => DiagnosticSeverity::INFORMATION,
        Level::Hint | Level::Off => DiagnosticSeverity::HINT,
    }
}

/// The one diagnostic of a document over `maxFileSize`: said at the top, nothing analysed.
pub fn too_large(analyzed: &Analyzed, encoding: Encoding) -> Diagnostic {
    Diagnostic {
        range: to_range(&analyzed.rope, crate::analysis::Span::new(0, 0), encoding),
        severity: Some(DiagnosticSeverity::INFORMATION),
        code: Some(NumberOrString::String("max-file-size".to_owned())),
        source: Some("newslint".to_owned()),
        message: format!(
            "not analysed: this document is {} bytes, over the maxFileSize setting",
            analyzed.source.len()
        ),
        ..Default::default()
    }
}
