//! Sentence features and the linear models over them: hashed lowercase words plus a few named
//! ("dense") features, scored by a logistic-regression weight vector compiled into the binary.
//!
//! Features are computed from the lowercased token text already held by
//! the lexicon's normalised sentence: hashing needs no per-token string.

use super::lexicon::NormalizedSentence;
use crate::text::{Token, TokenKind};

/// Number of hash buckets for words: 2^15 keeps a model at 64 KiB (i16 weights); 2^14 lost
/// a little held-out accuracy on both tasks.
pub const HASH_BUCKETS: u32 = 1 << 15;

/// A sparse feature vector: (index, value). Hashed words use `0..HASH_BUCKETS`, dense
/// feature `i` uses `HASH_BUCKETS + i`. Indices may repeat; values add up.
pub type Features = Vec<(u32, f32)>;

thread_local! {
    /// A model's input being built: one buffer per thread, not new lists for every sentence.
    static FEATURES: std::cell::RefCell<Features> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `build` given this thread's [`Features`] buffer, cleared. Not to be nested.
pub(crate) fn with_features<R>(build: impl FnOnce(&mut Features) -> R) -> R {
    FEATURES.with_borrow_mut(|features| {
        features.clear();
        build(features)
    })
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

const fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    let mut at = 0;
    while at < bytes.len() {
        hash ^= bytes[at] as u64;
        hash = hash.wrapping_mul(FNV_PRIME);
        at += 1;
    }
    hash
}

/// Numbers are hashed by shape, not value: "2023" and "1990" are both a year.
fn token_class(word: &str, kind: TokenKind) -> &str {
    if kind != TokenKind::Number {
        return word;
    }
    let digits = word.chars().filter(char::is_ascii_digit).count();
    match (digits, word.parse::<u16>()) {
        (4, Ok(1800..=2100)) if word.len() == 4 => "<year>",
        (1..=2, _) => "<small-number>",
        _ => "<number>",
    }
}

/// One feature per lowercased token (numbers by shape), each worth `weight`. Bigrams were
/// tried and lost held-out accuracy on both training sets: too sparse for their size.
pub(crate) fn add_unigrams(sentence: &NormalizedSentence, weight: f32, out: &mut Features) {
    out.extend(sentence.unigrams.iter().map(|&unigram| (unigram, weight)));
}

/// The word feature of a lowercased token.
pub(crate) fn unigram(word: &str, kind: TokenKind) -> u32 {
    bucket(fnv(FNV_OFFSET, token_class(word, kind).as_bytes()))
}

/// The bucket of a feature named by several parts ("prev:be", "word:grilled"): the parts are
/// hashed with a separator, so no joined string is built.
pub(crate) fn hashed(parts: &[&str]) -> u32 {
    hashed_after(FNV_OFFSET, parts)
}

/// The hash of a feature's first part and its separator, for [`hashed_after`]: a name known
/// at compile time is hashed then, not for every word.
pub(crate) const fn named(name: &str) -> u64 {
    fnv(fnv(FNV_OFFSET, name.as_bytes()), &[0])
}

/// `hashed(&[name, parts…])` given `named(name)`.
pub(crate) fn hashed_after(name: u64, parts: &[&str]) -> u32 {
    let hash = parts
        .iter()
        .fold(name, |hash, part| fnv(fnv(hash, part.as_bytes()), &[0]));
    bucket(hash)
}

/// `hashed_after` for features named by other features' buckets (a word by its
/// [`unigram`], so numbers go by shape): a pair of words hashes its two buckets.
pub(crate) fn rehashed(name: u64, buckets: &[u32]) -> u32 {
    let hash = buckets
        .iter()
        .fold(name, |hash, part| fnv(hash, &part.to_le_bytes()));
    bucket(hash)
}

fn bucket(hash: u64) -> u32 {
    // The high bits of FNV mix better than the low ones.
    ((hash >> 32) as u32) & (HASH_BUCKETS - 1)
}

/// A dense feature's index in a [`Features`] vector.
pub(crate) const fn dense(index: usize) -> u32 {
    HASH_BUCKETS + index as u32
}

/// Length in words and numbers, bucketed: 1–3, 4–7, 8–14, 15–25, 26+ (5 features from `first`).
pub(crate) fn add_length(tokens: &[Token], first: usize, out: &mut Features) {
    let words = tokens.iter().filter(|t| t.kind != TokenKind::Punct).count();
    let bucket = match words {
        0..=3 => 0,
        4..=7 => 1,
        8..=14 => 2,
        15..=25 => 3,
        _ => 4,
    };
    out.push((dense(first + bucket), 1.0));
}

/// Whether the sentence ends like one (after any closing quotes or brackets).
pub(crate) fn ends_with_sentence_punctuation(sentence: &NormalizedSentence) -> bool {
    (0..sentence.len())
        .rev()
        .map(|i| sentence.word(i))
        .find(|w| !matches!(*w, "\"" | "”" | "'" | "’" | "»" | ")" | "]"))
        .is_some_and(|w| matches!(w, "." | "!" | "?" | ":" | ";" | "…"))
}

/// Whether the sentence's last punctuation (before closing quotes) is a question mark.
pub(crate) fn is_question(sentence: &NormalizedSentence) -> bool {
    (0..sentence.len())
        .rev()
        .map(|i| sentence.word(i))
        .find(|w| !matches!(*w, "\"" | "”" | "'" | "’" | "»" | ")" | "]"))
        .is_some_and(|w| w == "?")
}

/// A logistic-regression model: `sigmoid(bias + Σ weight[index] · value)`.
#[derive(Debug, Clone, PartialEq)]
pub struct LinearModel {
    pub bias: f32,
    /// `HASH_BUCKETS` hashed weights, then the dense ones.
    pub weights: Vec<f32>,
}

const MAGIC: &[u8; 8] = b"NLLM\x01\0\0\0";

impl LinearModel {
    pub fn zeros(dense_features: usize) -> Self {
        LinearModel {
            bias: 0.0,
            weights: vec![0.0; HASH_BUCKETS as usize + dense_features],
        }
    }

    pub fn logit(&self, features: &[(u32, f32)]) -> f32 {
        self.bias
            + features
                .iter()
                .map(|&(index, value)| {
                    self.weights.get(index as usize).copied().unwrap_or(0.0) * value
                })
                .sum::<f32>()
    }

    /// Little-endian: magic, weight count (u32), bias (f32), scale (f32), then each weight as
    /// an i16 multiple of `scale`. Quantising halves the size and changes no ranking we measured.
    pub fn to_bytes(&self) -> Vec<u8> {
        let largest = self.weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 {
            largest / f32::from(i16::MAX)
        } else {
            1.0
        };
        let mut bytes = Vec::with_capacity(20 + 2 * self.weights.len());
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&(self.weights.len() as u32).to_le_bytes());
        bytes.extend_from_slice(&self.bias.to_le_bytes());
        bytes.extend_from_slice(&scale.to_le_bytes());
        for w in &self.weights {
            bytes.extend_from_slice(&((w / scale).round() as i16).to_le_bytes());
        }
        bytes
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, &'static str> {
        let body = bytes
            .strip_prefix(MAGIC)
            .ok_or("not a newslint linear model")?;
        let word = |at: usize| -> Result<[u8; 4], &'static str> {
            body.get(at..at + 4)
                .and_then(|b| b.try_into().ok())
                .ok_or("truncated model header")
        };
        let count = u32::from_le_bytes(word(0)?) as usize;
        let bias = f32::from_le_bytes(word(4)?);
        let scale = f32::from_le_bytes(word(8)?);
        let packed = &body[12..];
        if packed.len() != 2 * count || count < HASH_BUCKETS as usize {
            return Err("model size does not match its header");
        }
        let weights = packed
            .chunks_exact(2)
            .map(|c| f32::from(i16::from_le_bytes([c[0], c[1]])) * scale)
            .collect();
        Ok(LinearModel { bias, weights })
    }
}

pub fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// The inverse of [`sigmoid`], with `p` kept off 0 and 1 (a threshold setting may be either).
pub fn logit(p: f32) -> f32 {
    let p = p.clamp(1e-6, 1.0 - 1e-6);
    (p / (1.0 - p)).ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_bytes() {
        let mut model = LinearModel::zeros(3);
        model.bias = -1.5;
        model.weights[7] = 0.25;
        model.weights[HASH_BUCKETS as usize + 2] = -2.0;
        let back = LinearModel::from_bytes(&model.to_bytes()).unwrap();
        assert_eq!(back.bias, -1.5);
        assert!((back.weights[7] - 0.25).abs() < 1e-3);
        assert_eq!(back.weights[HASH_BUCKETS as usize + 2], -2.0);
        assert!(LinearModel::from_bytes(b"nonsense").is_err());
    }
}
