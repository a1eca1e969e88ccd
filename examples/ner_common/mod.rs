//! Shared by `train_ner` and `eval_ner`: reading the JSONL corpora in `shared/data/`.
#![allow(dead_code)] // each example uses its own part of this module
//! (Included with `#[path]`; the corpora themselves are never copied into the project.)

use std::path::Path;

use newslint::analysis::entities::EntityLabel;
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

/// The document with each line written as a Title-Case headline: every word that starts with
/// an ASCII lower-case letter is capitalised, but short function words after the first.
/// Offsets do not move.
pub fn in_title_case(document: &GoldDocument) -> GoldDocument {
    const SMALL: [&str; 16] = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "as",
        "with", "from",
    ];
    let mut text = String::with_capacity(document.text.len());
    for (n, line) in document.text.split('\n').enumerate() {
        if n > 0 {
            text.push('\n');
        }
        let bytes = line.as_bytes();
        let mut first = true;
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphabetic() {
                let c = line[i..].chars().next().unwrap();
                text.push(c);
                i += c.len_utf8();
                continue;
            }
            let end = (i..bytes.len())
                .find(|&j| !(bytes[j].is_ascii_alphanumeric() || b"'.-_".contains(&bytes[j])))
                .unwrap_or(bytes.len());
            let word = &line[i..end];
            if first || !SMALL.contains(&word) {
                text.push(word.as_bytes()[0].to_ascii_uppercase() as char);
                text.push_str(&word[1..]);
            } else {
                text.push_str(word);
            }
            first = false;
            i = end;
        }
    }
    GoldDocument {
        text,
        entities: document.entities.clone(),
        clusters: document.clusters.clone(),
    }
}
