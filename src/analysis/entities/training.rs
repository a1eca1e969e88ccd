//! Training the tagger (used by `examples/train_ner.rs` and `examples/eval_ner.rs`).
//!
//! Structured averaged perceptron (Collins 2002): Viterbi-decode each sentence with the
//! current weights, update emissions and transitions where the best path leaves the gold
//! one; exact integer updates with lazy averaging. Then pruning to the strongest features
//! and quantising to the flat [`model`](super::model) layout.

use std::collections::HashMap;

use super::features::{self, Sentence};
pub use super::gazetteer::build_word_table;
use super::hashing::PassThroughBuild;
use super::model::{self, Model, ModelError};
use super::tags::{self, N_TAGS};
use super::{EntityLabel, TaggedSpan};
use crate::analysis::Span;
use crate::text::{split_sentences, tokenize, Format, LineBreaks, Prose, Token};

/// A document cut up the way the analysis pipeline does it: the plain-text prose mask, its
/// blocks, one sentence per line or UAX #29 sentence, and tokens.
pub struct Document {
    /// The prose mask of the source (same byte offsets).
    pub text: String,
    pub sentences: Vec<Vec<Token>>,
}

impl Document {
    pub fn new(source: &str) -> Document {
        let prose = Prose::parse(source, Format::PlainText);
        let mut sentences = Vec::new();
        for block in &prose.blocks {
            for sentence in split_sentences(&prose.text, block.span, LineBreaks::EndSentences) {
                let tokens = tokenize(&prose.text, sentence);
                if !tokens.is_empty() {
                    sentences.push(tokens);
                }
            }
        }
        Document {
            text: prose.text,
            sentences,
        }
    }
}

/// One training sentence: its features and gold tags.
pub struct Example {
    sentence: Sentence,
    gold: Vec<u8>,
    /// The corpus has no MISC label: its `O` tokens may be MISC.
    misc_unannotated: bool,
}

/// How a corpus is annotated and how to use it.
#[derive(Debug, Clone, Copy)]
pub struct Corpus {
    /// The corpus annotates PER/ORG/LOC only (GUM): an `O` token may be an unannotated MISC
    /// ("the Aztec calendar", a product), so training lets the model call it MISC.
    pub misc_unannotated: bool,
    /// Every `n`-th sentence is added a second time in capitals, so that headlines and
    /// wire slugs in capitals are seen with their entities.
    pub caps_every: Option<usize>,
    /// Every `n`-th sentence is added a second time in Title Case
    /// ([`in_title_case`]), so that headlines' capitalised common words are seen as such.
    pub title_every: Option<usize>,
}

/// Training examples from a document with gold entities as byte spans.
pub fn examples(source: &str, entities: &[(Span, EntityLabel)], corpus: Corpus) -> Vec<Example> {
    let Corpus {
        misc_unannotated,
        caps_every,
        title_every,
    } = corpus;
    let document = Document::new(source);
    let mut sorted: Vec<(Span, EntityLabel)> = entities.to_vec();
    sorted.sort_by_key(|(span, _)| span.start);
    let mut out = Vec::new();
    for (index, tokens) in document.sentences.iter().enumerate() {
        let chunks = gold_chunks(tokens, &sorted);
        let gold = tags::encode(tokens.len(), &chunks);
        let span = tokens[0].span.cover(tokens[tokens.len() - 1].span);
        let sentence = span.slice(&document.text);
        let mut variants = Vec::new();
        if caps_every.is_some_and(|every| index % every == every - 1) {
            variants.push(sentence.to_uppercase());
        }
        // Half-way between two copies in capitals.
        if title_every.is_some_and(|every| index % every == every / 2) {
            variants.push(in_title_case(sentence));
        }
        out.push(Example {
            sentence: features::extract(&document.text, tokens),
            gold: gold.clone(),
            misc_unannotated,
        });
        for variant in variants {
            let variant_tokens = tokenize(&variant, Span::new(0, variant.len()));
            // A variant that tokenizes differently would misalign the gold tags.
            if variant_tokens.len() == tokens.len() {
                out.push(Example {
                    sentence: features::extract(&variant, &variant_tokens),
                    gold: gold.clone(),
                    misc_unannotated,
                });
            }
        }
    }
    out
}

/// `text` with each line written as a Title-Case headline: every word that starts with an
/// ASCII lower-case letter is capitalised, but short function words after the first. Offsets
/// do not move.
pub fn in_title_case(text: &str) -> String {
    const SMALL: [&str; 16] = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "as",
        "with", "from",
    ];
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let bytes = line.as_bytes();
        let mut first = true;
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphabetic() {
                let c = line[i..].chars().next().unwrap();
                out.push(c);
                i += c.len_utf8();
                continue;
            }
            let end = (i..bytes.len())
                .find(|&j| !(bytes[j].is_ascii_alphanumeric() || b"'.-_".contains(&bytes[j])))
                .unwrap_or(bytes.len());
            let word = &line[i..end];
            if first || !SMALL.contains(&word) {
                out.push(word.as_bytes()[0].to_ascii_uppercase() as char);
                out.push_str(&word[1..]);
            } else {
                out.push_str(word);
            }
            first = false;
            i = end;
        }
    }
    out
}

/// Token chunks of the entities that start at a token of this sentence.
fn gold_chunks(
    tokens: &[Token],
    sorted: &[(Span, EntityLabel)],
) -> Vec<(usize, usize, EntityLabel)> {
    let first = sorted.partition_point(|(span, _)| span.end <= tokens[0].span.start);
    let mut chunks = Vec::new();
    for &(span, label) in &sorted[first..] {
        let Some(start) = tokens.iter().position(|t| t.span.overlaps(span)) else {
            break;
        };
        let end = tokens[start..]
            .iter()
            .position(|t| !t.span.overlaps(span))
            .map_or(tokens.len(), |k| start + k);
        if chunks
            .last()
            .is_none_or(|&(_, last_end, _)| last_end <= start)
        {
            chunks.push((start, end, label));
        }
    }
    chunks
}

pub struct Options {
    pub epochs: usize,
    /// Keep at most this many features (the strongest by L1 norm of their weights).
    pub max_features: usize,
    pub seed: u64,
    /// Perceptrons trained on different orders of the examples (seeds); their averaged
    /// weights are averaged again. Lowers the variance that the order alone causes.
    pub runs: usize,
}

/// Perceptron weights under training, with the sums for averaging.
#[derive(Default)]
struct Perceptron {
    index: HashMap<u64, u32, PassThroughBuild>,
    weights: Vec<[i32; N_TAGS]>,
    totals: Vec<[i64; N_TAGS]>,
    stamps: Vec<[u32; N_TAGS]>,
    /// Sentences seen so far: the averaging clock.
    clock: u32,
}

impl Perceptron {
    fn score(&self, features: &[u64], scores: &mut [i64; N_TAGS]) {
        for feature in features {
            if let Some(&row) = self.index.get(feature) {
                for (score, &w) in scores.iter_mut().zip(&self.weights[row as usize]) {
                    *score += i64::from(w);
                }
            }
        }
    }

    fn update(&mut self, features: &[u64], tag: u8, delta: i32) {
        let tag = usize::from(tag);
        for &feature in features {
            let next = self.weights.len() as u32;
            let row = *self.index.entry(feature).or_insert(next) as usize;
            if row == self.weights.len() {
                self.weights.push([0; N_TAGS]);
                self.totals.push([0; N_TAGS]);
                self.stamps.push([0; N_TAGS]);
            }
            let elapsed = i64::from(self.clock - self.stamps[row][tag]);
            self.totals[row][tag] += elapsed * i64::from(self.weights[row][tag]);
            self.stamps[row][tag] = self.clock;
            self.weights[row][tag] += delta;
        }
    }

    fn averaged(&self) -> Vec<(u64, [f32; N_TAGS])> {
        let clock = f64::from(self.clock.max(1));
        self.index
            .iter()
            .map(|(&feature, &row)| {
                let row = row as usize;
                let mut averaged = [0f32; N_TAGS];
                for (t, slot) in averaged.iter_mut().enumerate() {
                    let elapsed = i64::from(self.clock - self.stamps[row][t]);
                    let total = self.totals[row][t] + elapsed * i64::from(self.weights[row][t]);
                    *slot = (total as f64 / clock) as f32;
                }
                (feature, averaged)
            })
            .collect()
    }
}

/// Trains on `examples` and returns the serialised model. `progress` is called after each
/// epoch with (run, epoch, token accuracy on the training data during that epoch).
pub fn train(
    examples: &[Example],
    options: &Options,
    mut progress: impl FnMut(usize, usize, f64),
) -> Vec<u8> {
    let runs = options.runs.max(1);
    let mut sum: HashMap<u64, [f32; N_TAGS], PassThroughBuild> = HashMap::default();
    for run in 0..runs {
        // Run 0 keeps the given seed, so that one run is the plain averaged perceptron.
        let seed = options
            .seed
            .wrapping_add((run as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let weights = train_once(examples, options.epochs, seed, |epoch, accuracy| {
            progress(run, epoch, accuracy)
        });
        for (feature, row) in weights {
            let total = sum.entry(feature).or_insert([0.0; N_TAGS]);
            for (total, w) in total.iter_mut().zip(row) {
                *total += w / runs as f32;
            }
        }
    }
    let mut averaged: Vec<(u64, [f32; N_TAGS])> = sum.into_iter().collect();
    let strength = |row: &[f32; N_TAGS]| row.iter().map(|w| w.abs()).sum::<f32>();
    averaged.retain(|(_, row)| strength(row) > 1e-3);
    // A total order (strength, then hash): the output does not depend on map iteration.
    averaged.sort_by(|a, b| {
        strength(&b.1)
            .total_cmp(&strength(&a.1))
            .then(a.0.cmp(&b.0))
    });
    averaged.truncate(options.max_features);
    model::write(&averaged)
}

/// One averaged perceptron over `epochs` passes in an order drawn from `seed`.
fn train_once(
    examples: &[Example],
    epochs: usize,
    seed: u64,
    mut progress: impl FnMut(usize, f64),
) -> Vec<(u64, [f32; N_TAGS])> {
    let mut perceptron = Perceptron::default();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = seed | 1;
    let transition = |previous: Option<u8>| [features::transition_feature(previous)];
    for epoch in 1..=epochs {
        shuffle(&mut order, &mut rng);
        let (mut correct, mut total) = (0usize, 0usize);
        for &e in &order {
            let Example {
                sentence,
                gold,
                misc_unannotated,
            } = &examples[e];
            perceptron.clock += 1;
            let emissions: Vec<[i64; N_TAGS]> = (0..gold.len())
                .map(|i| {
                    let mut scores = [0i64; N_TAGS];
                    perceptron.score(sentence.emission_features(i), &mut scores);
                    scores
                })
                .collect();
            let mut transitions = [[0i64; N_TAGS]; N_TAGS + 1];
            for (p, row) in transitions.iter_mut().enumerate() {
                perceptron.score(&transition((p < N_TAGS).then_some(p as u8)), row);
            }
            let predicted = tags::viterbi(&emissions, &transitions);
            // Where `O` may hide a MISC, the target is the best path that agrees with the
            // annotation: a latent-variable perceptron update.
            let latent;
            let gold = if *misc_unannotated {
                latent = tags::viterbi(&constrain_to_misc(&emissions, gold), &transitions);
                &latent
            } else {
                gold
            };
            total += gold.len();
            correct += predicted.iter().zip(gold).filter(|(p, g)| p == g).count();
            for i in 0..gold.len() {
                if predicted[i] != gold[i] {
                    perceptron.update(sentence.emission_features(i), gold[i], 1);
                    perceptron.update(sentence.emission_features(i), predicted[i], -1);
                }
                let gold_previous = i.checked_sub(1).map(|j| gold[j]);
                let predicted_previous = i.checked_sub(1).map(|j| predicted[j]);
                if (gold_previous, gold[i]) != (predicted_previous, predicted[i]) {
                    perceptron.update(&transition(gold_previous), gold[i], 1);
                    perceptron.update(&transition(predicted_previous), predicted[i], -1);
                }
            }
        }
        progress(epoch, correct as f64 / total.max(1) as f64);
    }
    perceptron.averaged()
}

/// `emissions` with every tag ruled out that disagrees with `gold`, except that an `O`
/// token may take any MISC tag.
fn constrain_to_misc(emissions: &[[i64; N_TAGS]], gold: &[u8]) -> Vec<[i64; N_TAGS]> {
    const RULED_OUT: i64 = -(1 << 40);
    emissions
        .iter()
        .zip(gold)
        .map(|(scores, &gold_tag)| {
            let mut scores = *scores;
            for (t, score) in scores.iter_mut().enumerate() {
                let misc = tags::split(t as u8).is_some_and(|(l, _)| l == EntityLabel::Misc);
                let fits = t as u8 == gold_tag || (gold_tag == tags::OUTSIDE && misc);
                if !fits {
                    *score += RULED_OUT;
                }
            }
            scores
        })
        .collect()
}

/// Fisher–Yates with xorshift64: reproducible across platforms.
fn shuffle(order: &mut [usize], state: &mut u64) {
    for i in (1..order.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        order.swap(i, (*state % (i as u64 + 1)) as usize);
    }
}

/// A tagger over model bytes that are not (yet) the bundled ones: for evaluating a fresh
/// model without rebuilding.
pub struct Tagger<'a> {
    model: Model<'a>,
}

impl<'a> Tagger<'a> {
    pub fn new(bytes: &'a [u8]) -> Result<Tagger<'a>, ModelError> {
        Ok(Tagger {
            model: Model::parse(bytes)?,
        })
    }

    pub fn feature_count(&self) -> usize {
        self.model.feature_count()
    }

    pub fn tag_sentence(&self, text: &str, tokens: &[Token]) -> Vec<TaggedSpan> {
        super::tag_with(&self.model, text, tokens)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_capitalises_words_but_short_function_words_and_keeps_offsets() {
        let text = "talks resume in geneva as the u.s. waits\nof mice and men";
        let title = in_title_case(text);
        assert_eq!(
            title,
            "Talks Resume in Geneva as the U.s. Waits\nOf Mice and Men"
        );
        assert_eq!(title.len(), text.len());
    }
}
