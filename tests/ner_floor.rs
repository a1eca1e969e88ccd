//! Accuracy floors on a small slice of the development data in `../shared/data`. The data is
//! not part of the project, so these tests are ignored by a plain `cargo test`; `.ci/run` runs
//! them when `../shared` is there: `cargo test --release --test ner_floor -- --ignored`.
//! The full figures come from `examples/eval_ner.rs`.

#[path = "../examples/ner_common/mod.rs"]
mod ner_data;

use std::collections::HashSet;
use std::path::PathBuf;

use newslint::analysis::entities::training::Document;
use newslint::analysis::entities::{group, tag_sentence, EntityLabel, TaggedSpan};
use newslint::analysis::Span;

fn data(file: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(file);
    assert!(path.exists(), "{} is not present", path.display());
    path
}

/// Micro F1 (exact span and label) of tagging + grouping over `documents`.
fn f1<'a>(
    documents: impl Iterator<Item = &'a ner_data::GoldDocument>,
    labels: &[EntityLabel],
) -> f64 {
    let (mut correct, mut predicted, mut gold) = (0, 0, 0);
    for document in documents {
        let parsed = Document::new(&document.text);
        let tagged: Vec<TaggedSpan> = parsed
            .sentences
            .iter()
            .flat_map(|sentence| tag_sentence(&parsed.text, sentence))
            .collect();
        let found: HashSet<(Span, EntityLabel)> = group(&parsed.text, &tagged, &[])
            .mentions
            .iter()
            .map(|m| (m.span, m.label))
            .filter(|(_, l)| labels.contains(l))
            .collect();
        let expected: HashSet<(Span, EntityLabel)> = document
            .entities
            .iter()
            .copied()
            .filter(|(_, l)| labels.contains(l))
            .collect();
        correct += found.intersection(&expected).count();
        predicted += found.len();
        gold += expected.len();
    }
    let (p, r) = (
        correct as f64 / predicted.max(1) as f64,
        correct as f64 / gold.max(1) as f64,
    );
    2.0 * p * r / (p + r).max(f64::EPSILON)
}

#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn conll_dev_slice() {
    let path = data("conll2003_dev.jsonl");
    let documents = ner_data::read(&path);
    let score = f1(documents.iter().take(60), &EntityLabel::ALL);
    eprintln!("CoNLL-2003 dev slice F1 {score:.4}");
    assert!(
        score >= 0.92,
        "CoNLL-2003 dev, first 60 documents: F1 {score:.3}"
    );
}

#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn gum_held_out_slice() {
    let path = data("gum_other.jsonl");
    let documents = ner_data::read(&path);
    let held_out = documents
        .iter()
        .enumerate()
        .filter(|(i, _)| ner_data::is_gum_held_out(*i))
        .map(|(_, d)| d);
    let three = [EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc];
    let score = f1(held_out, &three);
    eprintln!("GUM held-out F1 {score:.4}");
    assert!(
        score >= 0.76,
        "GUM held-out documents, PER/ORG/LOC: F1 {score:.3}"
    );
}

#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn title_case_headlines_slice() {
    let path = data("conll2003_dev.jsonl");
    let documents: Vec<ner_data::GoldDocument> = ner_data::read(&path)
        .iter()
        .take(60)
        .map(ner_data::in_title_case)
        .collect();
    let score = f1(documents.iter(), &EntityLabel::ALL);
    eprintln!("CoNLL-2003 dev slice in Title Case F1 {score:.4}");
    assert!(
        score >= 0.86,
        "CoNLL-2003 dev, first 60 documents in Title Case: F1 {score:.3}"
    );
}
