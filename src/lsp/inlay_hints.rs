//! `— Speaker` after each quotation's closing mark.

use tower_lsp_server::lsp_types::{InlayHint, InlayHintKind, InlayHintLabel, Range};

use super::documents::Analyzed;
use super::position::{to_position, to_span, Encoding};

pub fn inlay_hints(analyzed: &Analyzed, range: Range, encoding: Encoding) -> Vec<InlayHint> {
    let wanted = to_span(&analyzed.rope, range, encoding);
    let analysis = &analyzed.analysis;
    let mut hints = Vec::new();
    for attribution in analysis.attributions.iter().filter(|a| a.direct) {
        let Some(quotation) = attribution
            .quotation
            .map(|i| &analysis.quotes.quotations[i])
        else {
            continue;
        };
        let Some(speaker) = super::hover::speaker_name(attribution, &analyzed.source) else {
            continue;
        };
        let at = quotation.span().end;
        if at < wanted.start || at > wanted.end {
            continue;
        }
        hints.push(InlayHint {
            position: to_position(&analyzed.rope, at, encoding),
            label: InlayHintLabel::String(format!("— {speaker}")),
            kind: Some(InlayHintKind::PARAMETER),
            text_edits: None,
            tooltip: None,
            padding_left: Some(true),
            padding_right: None,
            data: None,
        });
    }
    hints
}
