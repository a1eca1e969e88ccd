//! Shared by `train_ner` and `eval_ner`: reading the JSONL corpora in `shared/data/`.
#![allow(dead_code)] // each example uses its own part of this module
//! (Included with `#[path]`; the corpora themselves are never copied into the project.)

use std::path::Path;

use newslint::analysis::entities::{training, EntityLabel};
use newslint::analysis::Span;
use serde::Deserialize;

#[derive(Deserialize)]
struct RawDocument {
    text: String,
    entities: Vec<RawEntity>,
}

#[derive(Deserialize)]
struct RawEntity {
    start: usize,
    end: usize,
    label: String,
    /// GUM's coreference cluster.
    cluster: Option<String>,
}

pub struct GoldDocument {
    pub text: String,
    /// Byte spans (the files count code points).
    pub entities: Vec<(Span, EntityLabel)>,
    /// GUM only: the coreference cluster of each entity (parallel to `entities`).
    pub clusters: Vec<Option<String>>,
}

pub fn read(path: &Path) -> Vec<GoldDocument> {
    let content = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    content
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let raw: RawDocument = serde_json::from_str(line).expect("one JSON document per line");
            let mut byte_of: Vec<usize> = raw.text.char_indices().map(|(i, _)| i).collect();
            byte_of.push(raw.text.len());
            let (entities, clusters) = raw
                .entities
                .into_iter()
                .filter_map(|e| {
                    let label = EntityLabel::parse(&e.label)?;
                    let span = Span::new(byte_of[e.start], byte_of[e.end]);
                    Some(((span, label), e.cluster))
                })
                .unzip();
            GoldDocument {
                text: raw.text,
                entities,
                clusters,
            }
        })
        .collect()
}

/// GUM documents kept out of training: every 5th in file order, starting with the first.
pub fn is_gum_held_out(index: usize) -> bool {
    index % 5 == 0
}

/// The document with each line written as a Title-Case headline
/// ([`training::in_title_case`]). Offsets do not move.
pub fn in_title_case(document: &GoldDocument) -> GoldDocument {
    GoldDocument {
        text: training::in_title_case(&document.text),
        entities: document.entities.clone(),
        clusters: document.clusters.clone(),
    }
}
