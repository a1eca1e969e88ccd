//! `— Speaker` after each quotation's closing mark.

use tower_lsp_server::lsp_types::{InlayHint, InlayHintKind, InlayHintLabel, Range};

use super::documents::Analyzed;
use super::position::{to_span, Cursor, Encoding};
use crate::analysis::Analysis;

pub fn inlay_hints(analyzed: &Analyzed, range: Range, encoding: Encoding) -> Vec<InlayHint> {
    let wanted = to_span(&analyzed.rope, range, encoding);
    let mut cursor = Cursor::new(&analyzed.rope, &analyzed.source, encoding);
    analyzed
        .hints
        .iter()
        .filter(|(at, _)| wanted.start <= *at && *at <= wanted.end)
        .map(|(at, label)| InlayHint {
            position: cursor.position(*at),
            label: InlayHintLabel::String(label.clone()),
            kind: Some(InlayHintKind::PARAMETER),
            text_edits: None,
            tooltip: None,
            padding_left: Some(true),
            padding_right: None,
            data: None,
        })
        .collect()
}

/// Where the hints go and what they say, computed once per analysis: when this changes, the
/// editor is asked to refresh.
pub fn anchors(analysis: &Analysis, source: &str) -> Vec<(usize, String)> {
    analysis
        .attributions
        .iter()
        .filter(|a| a.direct)
        .filter_map(|a| {
            let quotation = &analysis.quotes.quotations[a.quotation?];
            Some((
                quotation.span().end,
                format!("— {}", super::hover::speaker_name(a, source)?),
            ))
        })
        .collect()
}
