//! The outline: "Sources", one node per speaker with their quotations, and the quotations
//! nobody is said to have said.

use std::collections::BTreeMap;
use tower_lsp_server::lsp_types::{DocumentSymbol, SymbolKind};

use super::documents::Analyzed;
use super::hover::speaker_name;
use super::position::{to_range, Encoding};
use crate::analysis::entities::EntityLabel;
use crate::analysis::Span;

pub fn document_symbols(analyzed: &Analyzed, encoding: Encoding) -> Vec<DocumentSymbol> {
    let source = &analyzed.source;
    let mut by_speaker: BTreeMap<String, Vec<DocumentSymbol>> = BTreeMap::new();
    let mut unattributed = Vec::new();
    for attribution in analyzed.analysis.attributions.iter().filter(|a| a.direct) {
        let words: Vec<&str> = attribution
            .content
            .slice(source)
            .split_whitespace()
            .take(8)
            .collect();
        let quote = symbol(
            analyzed,
            format!("“{}”", words.join(" ")),
            SymbolKind::STRING,
            attribution.content,
            encoding,
            None,
        );
        match speaker_name(attribution, source) {
            Some(speaker) => by_speaker.entry(speaker).or_default().push(quote),
            None => unattributed.push(quote),
        }
    }
    let mut speakers: Vec<DocumentSymbol> = by_speaker
        .into_iter()
        .map(|(speaker, quotes)| group(analyzed, speaker, SymbolKind::OBJECT, quotes, encoding))
        .collect();
    speakers.sort_by_key(|s| (s.range.start.line, s.range.start.character));
    let mut outline = Vec::new();
    if !speakers.is_empty() {
        outline.push(group(
            analyzed,
            "Sources".to_owned(),
            SymbolKind::NAMESPACE,
            speakers,
            encoding,
        ));
    }
    if !unattributed.is_empty() {
        outline.push(group(
            analyzed,
            "Quotations without a speaker".to_owned(),
            SymbolKind::NAMESPACE,
            unattributed,
            encoding,
        ));
    }
    let entities = entity_groups(analyzed, encoding);
    if !entities.is_empty() {
        outline.push(group(
            analyzed,
            "Entities".to_owned(),
            SymbolKind::NAMESPACE,
            entities,
            encoding,
        ));
    }
    outline
}

/// "Entities": people, organisations, places and other names, each referent at its first
/// mention with every mention beneath it.
fn entity_groups(analyzed: &Analyzed, encoding: Encoding) -> Vec<DocumentSymbol> {
    let entities = &analyzed.analysis.entities;
    let labels = [
        (EntityLabel::Per, "People", SymbolKind::OBJECT),
        (EntityLabel::Org, "Organisations", SymbolKind::STRUCT),
        (EntityLabel::Loc, "Places", SymbolKind::ENUM_MEMBER),
        (EntityLabel::Misc, "Other names", SymbolKind::CONSTANT),
    ];
    labels
        .iter()
        .filter_map(|&(label, heading, kind)| {
            let referents: Vec<DocumentSymbol> = entities
                .referents
                .iter()
                .filter(|r| r.label == label && !r.mentions.is_empty())
                .map(|r| {
                    let mentions = r
                        .mentions
                        .iter()
                        .map(|&i| {
                            let span = entities.mentions[i].span;
                            symbol(
                                analyzed,
                                span.slice(&analyzed.source).to_owned(),
                                kind,
                                span,
                                encoding,
                                None,
                            )
                        })
                        .collect();
                    group(analyzed, r.canonical.clone(), kind, mentions, encoding)
                })
                .collect();
            (!referents.is_empty()).then(|| {
                group(
                    analyzed,
                    heading.to_owned(),
                    SymbolKind::NAMESPACE,
                    referents,
                    encoding,
                )
            })
        })
        .collect()
}

fn symbol(
    analyzed: &Analyzed,
    name: String,
    kind: SymbolKind,
    span: Span,
    encoding: Encoding,
    children: Option<Vec<DocumentSymbol>>,
) -> DocumentSymbol {
    let range = to_range(&analyzed.rope, span, encoding);
    #[allow(deprecated)] // `deprecated` is a required field of the struct
    DocumentSymbol {
        name,
        detail: None,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range: range,
        children,
    }
}

/// A node whose range covers its children, as the protocol requires.
fn group(
    analyzed: &Analyzed,
    name: String,
    kind: SymbolKind,
    children: Vec<DocumentSymbol>,
    encoding: Encoding,
) -> DocumentSymbol {
    let start = children
        .iter()
        .map(|c| c.range.start)
        .min_by_key(|p| (p.line, p.character))
        .unwrap_or_default();
    let end = children
        .iter()
        .map(|c| c.range.end)
        .max_by_key(|p| (p.line, p.character))
        .unwrap_or_default();
    let mut node = symbol(
        analyzed,
        name,
        kind,
        Span::default(),
        encoding,
        Some(children),
    );
    node.range = tower_lsp_server::lsp_types::Range::new(start, end);
    node.selection_range = tower_lsp_server::lsp_types::Range::new(start, start);
    node
}
