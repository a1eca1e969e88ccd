//! `— Speaker` after each quotation's closing mark.

use tower_lsp_server::lsp_types::{InlayHint, InlayHintKind, InlayHintLabel, Range};

use super::documents::Analyzed;
use super::position::{to_position, to_span, Encoding};

pub fn inlay_hints(analyzed: &Analyzed, range: Range, encoding: Encoding) -> Vec<InlayHint> {
    let wanted = to_span(&analyzed.rope, range, encoding);
    anchors(analyzed)
        .into_iter()
        .filter(|(at, _)| wanted.start <= *at && *at <= wanted.end)
        .map(|(at, speaker)| InlayHint {
            position: to_position(&analyzed.rope, at, encoding),
            label: InlayHintLabel::String(format!("— {speaker}")),
            kind: Some(InlayHintKind::PARAMETER),
            text_edits: None,
            tooltip: None,
            padding_left: Some(true),
            padding_right: None,
            data: None,
        })
        .collect()
}

/// Where the hints go and what they say: when this changes, the editor is asked to refresh.
pub fn anchors(analyzed: &Analyzed) -> Vec<(usize, String)> {
    let analysis = &analyzed.analysis;
    analysis
        .attributions
        .iter()
        .filter(|a| a.direct)
        .filter_map(|a| {
            let quotation = &analysis.quotes.quotations[a.quotation?];
            Some((
                quotation.span().end,
                super::hover::speaker_name(a, &analyzed.source)?,
            ))
        })
        .collect()
}
