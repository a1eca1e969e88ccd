//! Entity requests: highlights and references (every mention of the referent under the
//! cursor), rename (the referent everywhere), semantic tokens (mentions by type, quotations).

use std::collections::HashMap;
use tower_lsp_server::lsp_types::{
    DocumentHighlight, DocumentHighlightKind, Location, Range, SemanticToken, SemanticTokenType,
    SemanticTokensLegend, TextEdit, Uri, WorkspaceEdit,
};

use super::documents::Analyzed;
use super::position::{line_content_bytes, to_position, to_range, to_span, Encoding};
use crate::analysis::entities::{EntityLabel, Mention};
use crate::analysis::Span;

/// The mention at `offset`, if any (mentions are sorted and disjoint).
pub fn mention_at(analyzed: &Analyzed, offset: usize) -> Option<&Mention> {
    let mentions = &analyzed.analysis.entities.mentions;
    let index = mentions.partition_point(|m| m.span.end < offset);
    mentions
        .get(index)
        .filter(|m| m.span.start <= offset && offset <= m.span.end)
}

/// Every mention of the referent of the mention at `offset`.
fn same_referent(analyzed: &Analyzed, offset: usize) -> Vec<&Mention> {
    let Some(at) = mention_at(analyzed, offset) else {
        return Vec::new();
    };
    let referent = &analyzed.analysis.entities.referents[at.referent];
    referent
        .mentions
        .iter()
        .map(|&i| &analyzed.analysis.entities.mentions[i])
        .collect()
}

pub fn highlights(
    analyzed: &Analyzed,
    offset: usize,
    encoding: Encoding,
) -> Vec<DocumentHighlight> {
    same_referent(analyzed, offset)
        .into_iter()
        .map(|m| DocumentHighlight {
            range: to_range(&analyzed.rope, m.span, encoding),
            kind: Some(DocumentHighlightKind::TEXT),
        })
        .collect()
}

pub fn references(
    analyzed: &Analyzed,
    uri: &Uri,
    offset: usize,
    encoding: Encoding,
) -> Vec<Location> {
    same_referent(analyzed, offset)
        .into_iter()
        .map(|m| Location {
            uri: uri.clone(),
            range: to_range(&analyzed.rope, m.span, encoding),
        })
        .collect()
}

/// The range of the mention that would be renamed, for `prepareRename`.
pub fn rename_range(analyzed: &Analyzed, offset: usize, encoding: Encoding) -> Option<Range> {
    mention_at(analyzed, offset).map(|m| to_range(&analyzed.rope, m.span, encoding))
}

/// Renames the referent: full mentions get the new name; a mention that is one word of the
/// old name (a surname, a given name) gets the matching word of the new one. Possessives
/// stay, since `'s` lies outside every mention.
pub fn rename(
    analyzed: &Analyzed,
    uri: &Uri,
    offset: usize,
    new_name: &str,
    encoding: Encoding,
) -> Option<WorkspaceEdit> {
    let at = mention_at(analyzed, offset)?;
    let canonical = &analyzed.analysis.entities.referents[at.referent].canonical;
    let old_words: Vec<&str> = canonical.split_whitespace().collect();
    let new_words: Vec<&str> = new_name.split_whitespace().collect();
    let edits = same_referent(analyzed, offset)
        .into_iter()
        .map(|m| {
            let written = m.span.slice(&analyzed.source);
            let replacement = match old_words.iter().position(|w| *w == written) {
                Some(0) if old_words.len() > 1 => new_words.first().copied().unwrap_or(new_name),
                Some(i) if i + 1 == old_words.len() && old_words.len() > 1 => {
                    new_words.last().copied().unwrap_or(new_name)
                }
                _ => new_name,
            };
            TextEdit {
                range: to_range(&analyzed.rope, m.span, encoding),
                new_text: replacement.to_owned(),
            }
        })
        .collect();
    Some(WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    })
}

/// Token types, in legend order: one per entity label, then quotations.
const TOKEN_TYPES: [(SemanticTokenType, Option<EntityLabel>); 5] = [
    (SemanticTokenType::CLASS, Some(EntityLabel::Per)),
    (SemanticTokenType::NAMESPACE, Some(EntityLabel::Org)),
    (SemanticTokenType::ENUM_MEMBER, Some(EntityLabel::Loc)),
    (SemanticTokenType::TYPE, Some(EntityLabel::Misc)),
    (SemanticTokenType::STRING, None),
];

pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: TOKEN_TYPES.iter().map(|(t, _)| t.clone()).collect(),
        token_modifiers: Vec::new(),
    }
}

/// Mentions and quotations inside `range` (the whole document when `None`), delta-encoded.
/// A quotation over several lines gives one token per line, as the protocol requires.
pub fn semantic_tokens(
    analyzed: &Analyzed,
    range: Option<Range>,
    encoding: Encoding,
) -> Vec<SemanticToken> {
    let rope = &analyzed.rope;
    let wanted = range.map_or(Span::new(0, analyzed.source.len()), |r| {
        to_span(rope, r, encoding)
    });
    let analysis = &analyzed.analysis;
    let type_of = |label: EntityLabel| {
        TOKEN_TYPES
            .iter()
            .position(|(_, l)| *l == Some(label))
            .unwrap_or(0) as u32
    };
    let quotation_type = TOKEN_TYPES.len() as u32 - 1;
    let mut spans: Vec<(Span, u32)> = analysis
        .entities
        .mentions
        .iter()
        .map(|m| (m.span, type_of(m.label)))
        .collect();
    for quotation in analysis.quotes.quotations.iter().filter(|q| q.depth == 0) {
        let span = quotation.span();
        // Mentions inside a quotation keep their own colour: cut the quotation around them.
        let mut start = span.start;
        for mention in analysis
            .entities
            .mentions
            .iter()
            .filter(|m| span.contains_span(m.span))
        {
            spans.push((Span::new(start, mention.span.start), quotation_type));
            start = mention.span.end;
        }
        spans.push((Span::new(start, span.end), quotation_type));
    }
    spans.retain(|(s, _)| !s.is_empty() && s.overlaps(wanted));
    spans.sort_by_key(|(s, _)| s.start);
    let mut tokens = Vec::new();
    let (mut last_line, mut last_start) = (0u32, 0u32);
    for (span, token_type) in spans {
        let mut start = span.start;
        while start < span.end {
            let line = rope.byte_to_line(start);
            let line_start = rope.line_to_byte(line);
            let content_end = line_start + line_content_bytes(rope, line);
            let next_line = if line + 1 < rope.len_lines() {
                rope.line_to_byte(line + 1)
            } else {
                rope.len_bytes()
            };
            let end = span.end.min(content_end);
            if end > start {
                let from = to_position(rope, start, encoding);
                let length = to_position(rope, end, encoding).character - from.character;
                let delta_line = from.line - last_line;
                let delta_start = if delta_line == 0 {
                    from.character - last_start
                } else {
                    from.character
                };
                tokens.push(SemanticToken {
                    delta_line,
                    delta_start,
                    length,
                    token_type,
                    token_modifiers_bitset: 0,
                });
                (last_line, last_start) = (from.line, from.character);
            }
            start = next_line.max(end);
        }
    }
    tokens
}
