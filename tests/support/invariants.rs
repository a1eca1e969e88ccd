//! The invariants every analysis must keep, shared by the property tests and the fuzz targets
//! (`fuzz/fuzz_targets/*.rs` include this file by path). When a capability adds spans to
//! `Analysis` (entities, claims, …), list them in `analysis_spans` so both check them.
#![allow(dead_code)] // each user calls its own part

use newslint::analysis::{Analysis, Sourcing, Span};
use newslint::rules::Finding;
use newslint::text::{Format, Prose};
use tower_lsp_server::lsp_types::Position;

/// Every span an `Analysis` holds, named for the failure message.
pub fn analysis_spans(analysis: &Analysis) -> Vec<(&'static str, Span)> {
    let mut spans = Vec::new();
    spans.extend(analysis.prose.blocks.iter().map(|b| ("block", b.span)));
    spans.extend(analysis.prose.links.iter().map(|l| ("link", l.span)));
    spans.extend(analysis.sentences.iter().map(|s| ("sentence", s.span)));
    for quotation in &analysis.quotes.quotations {
        spans.push(("quotation open", quotation.open));
        spans.push(("quotation content", quotation.content));
        spans.extend(quotation.close.map(|c| ("quotation close", c)));
        spans.push(("quotation", quotation.span()));
    }
    spans.extend(
        analysis
            .quotes
            .problems
            .iter()
            .map(|p| ("quote problem", p.span())),
    );
    for attribution in &analysis.attributions {
        spans.push(("attribution content", attribution.content));
        spans.extend(attribution.source.map(|s| ("attribution source", s)));
        spans.extend(attribution.cue.map(|s| ("attribution cue", s)));
    }
    for claim in &analysis.claims {
        spans.push(("claim", claim.span));
        match claim.sourcing {
            Some(Sourcing::Link(span)) => spans.push(("claim link", span)),
            Some(Sourcing::Citation(span)) => spans.push(("claim citation", span)),
            _ => {}
        }
    }
    spans.extend(analysis.weasels.iter().map(|w| ("weasel", w.span)));
    spans.extend(
        analysis
            .entities
            .mentions
            .iter()
            .map(|m| ("entity mention", m.span)),
    );

    spans
}

/// Spans are ordered, inside the text and on character boundaries.
pub fn check_span(source: &str, what: &str, span: Span) {
    assert!(
        span.start <= span.end && span.end <= source.len(),
        "{what} {span:?} outside a text of {} bytes",
        source.len()
    );
    assert!(
        source.is_char_boundary(span.start) && source.is_char_boundary(span.end),
        "{what} {span:?} not on character boundaries"
    );
}

pub fn check_analysis(source: &str, analysis: &Analysis) {
    check_prose(source, &analysis.prose);
    for (what, span) in analysis_spans(analysis) {
        check_span(source, what, span);
    }
    for sentence in &analysis.sentences {
        assert!(sentence.block < analysis.prose.blocks.len());
        assert!(
            analysis.prose.blocks[sentence.block]
                .span
                .contains_span(sentence.span),
            "sentence {:?} outside its block",
            sentence.span
        );
    }
    for attribution in &analysis.attributions {
        if let Some(index) = attribution.quotation {
            assert!(index < analysis.quotes.quotations.len());
        }
    }
    for claim in &analysis.claims {
        assert!(claim.sentence < analysis.sentences.len());
        assert!(
            (0.0..=1.0).contains(&claim.score),
            "claim score {} out of [0, 1]",
            claim.score
        );
        match claim.sourcing {
            Some(Sourcing::Attribution(i)) | Some(Sourcing::CarriedOver(i)) => {
                assert!(
                    i < analysis.attributions.len(),
                    "claim sourced by attribution {i}"
                )
            }
            _ => {}
        }
    }
}

pub fn check_findings(source: &str, findings: &[Finding]) {
    for finding in findings {
        check_span(source, finding.rule, finding.span);
        for fix in &finding.fixes {
            for edit in &fix.edits {
                check_span(source, "fix edit", edit.span);
            }
        }
    }
}

/// The text layer's offset map is the identity: same length, same line breaks, every
/// non-blank byte of the prose is the source's byte; blocks lie inside the text, disjoint.
pub fn check_prose(source: &str, prose: &Prose) {
    assert_eq!(prose.text.len(), source.len(), "prose length");
    for (i, (&p, &s)) in prose
        .text
        .as_bytes()
        .iter()
        .zip(source.as_bytes())
        .enumerate()
    {
        if s == b'\n' || s == b'\r' {
            assert_eq!(p, s, "line break at {i} not kept");
        } else if p != b' ' {
            assert_eq!(p, s, "prose byte at {i} differs from the source");
        }
    }
    let mut end = 0;
    for block in &prose.blocks {
        check_span(source, "block", block.span);
        assert!(
            block.span.start >= end,
            "blocks overlap at {:?}",
            block.span
        );
        end = block.span.end;
    }
    if prose.format == Format::Markdown {
        for link in &prose.links {
            check_span(source, "link", link.span);
        }
    }
}

/// The byte offset the document store must use for an LSP `position`, computed the slow,
/// obvious way with the documented clamping: past the end of a line → its end; past the last
/// line → the end of the text; inside a character (UTF-8 byte or UTF-16 surrogate) → its start.
/// Lines end at `\n`, `\r\n` or a lone `\r`.
pub fn reference_offset(text: &str, position: Position, utf8: bool) -> usize {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    let Some(&start) = starts.get(position.line as usize) else {
        return text.len();
    };
    let line = &text[start..];
    let content_len = line.find(['\n', '\r']).unwrap_or(line.len());
    let mut units = 0;
    for (offset, c) in line[..content_len].char_indices() {
        units += if utf8 { c.len_utf8() } else { c.len_utf16() };
        if units > position.character as usize {
            return start + offset;
        }
    }
    start + content_len
}
