//! Quick fixes: each finding's own fixes, then "disable this rule" for its line and file.

use std::collections::HashMap;
use tower_lsp_server::lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionResponse, Range, TextEdit, Uri,
    WorkspaceEdit,
};

use super::diagnostics::diagnostic;
use super::documents::Analyzed;
use super::position::{to_range, to_span, Encoding};
use crate::analysis::Span;
use crate::rules::{disable_fixes, line_span, Fix};

pub fn code_actions(
    analyzed: &Analyzed,
    uri: &Uri,
    range: Range,
    encoding: Encoding,
) -> CodeActionResponse {
    let wanted = to_span(&analyzed.rope, range, encoding);
    let mut actions = Vec::new();
    // Findings come in text order: those on one line share its span, found once, so that a
    // request over a long line is not a scan of the line per finding.
    let mut line: Option<Span> = None;
    for finding in &analyzed.findings {
        let touches = finding.span.overlaps(wanted)
            || finding.span.contains(wanted.start)
            || finding.span.start == wanted.start;
        if !touches {
            continue;
        }
        let format = analyzed.analysis.prose.format;
        let preferred = finding.fixes.len() == 1;
        let start = finding.span.start;
        let on_line = |l: &Span| l.start <= start && start <= l.end;
        let finding_line = match line.filter(on_line) {
            Some(known) => known,
            None => *line.insert(line_span(&analyzed.source, start)),
        };
        let disables = disable_fixes(&analyzed.source, format, finding, finding_line);
        let fixes = finding
            .fixes
            .iter()
            .map(|f| (f, preferred))
            .chain(disables.iter().map(|f| (f, false)));
        for (fix, is_preferred) in fixes {
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title.to_string(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic(analyzed, finding, encoding)]),
                edit: Some(workspace_edit(analyzed, uri, fix, encoding)),
                is_preferred: is_preferred.then_some(true),
                ..Default::default()
            }));
        }
    }
    actions
}

fn workspace_edit(analyzed: &Analyzed, uri: &Uri, fix: &Fix, encoding: Encoding) -> WorkspaceEdit {
    let edits = fix
        .edits
        .iter()
        .map(|e| TextEdit {
            range: to_range(&analyzed.rope, e.span, encoding),
            new_text: e.replacement.to_string(),
        })
        .collect();
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    }
}
