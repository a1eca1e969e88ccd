//! The frame filter: a logistic regression over a few hashed features of a reported (not direct)
//! attribution, which reads how likely news annotators marked a content where it is. The rule frames
//! find many reports annotators do not mark ("wants a wall", "backed the bill"), and no single
//! feature tells them apart (PolNeAR train: 1521 of 3254 attitude-verb frames false), so the
//! weights are learned (`examples/train_frame_filter.rs`) and the attribution list leaves out
//! what reads as very unlikely (`sourcing::drop_unlikely_reports`). The frames themselves stay:
//! they name the speakers of quotations.
//!
//! More features read around the frame — the cue's lemma, the words before the cue and after
//! the content, a source with a verb in it, a content of circumstance ("spoke at a rally", "as
//! he entered"), clauses joined in the content, what lies between cue and content or source
//! and cue — raise the 5-fold F1 below by 0.0017 at most (0.7076 → 0.7093) and lower PolNeAR
//! dev (0.7373 → 0.7358), learning overlaps or the scorer's matches alike; other attributions
//! in the sentence, the sentence's place and the document's share of first-person words did
//! no better. What a linear model can tell from a frame's own words seems reached.

use std::sync::OnceLock;

use super::{frames, reporters_words, Attribution};
use crate::analysis::claims::model::{hashed, sigmoid, with_features, Features, LinearModel};
use crate::analysis::UNAMBIGUOUS_QUOTE_MARKS;
use crate::text::TokenKind;

static FRAME_FILTER_MODEL: &[u8] = include_bytes!("../../../data/attribution/frame_filter.model");

fn frame_filter_model() -> &'static LinearModel {
    static MODEL: OnceLock<LinearModel> = OnceLock::new();
    MODEL.get_or_init(|| {
        LinearModel::from_bytes(FRAME_FILTER_MODEL)
            .expect("data/attribution/frame_filter.model is valid")
    })
}

/// Below this likelihood a reported attribution is left out. Conservative: PolNeAR train,
/// 5-fold by article (`examples/train_frame_filter.rs`), drops 162 unmatched contents and 34
/// matched ones (span F1 0.7066 → 0.7085; dev 0.7372 → 0.7383); 0.35 to 0.45 gain at most
/// 0.001 more on train and nothing on dev for two to four times the matches lost, and from 0.5
/// dev falls (0.7358). Retraining moves these by about 0.0005.
pub const KEEP_FROM: f32 = 0.3;

/// Whether the attribution list reports this reported speech: unless the model reads it as
/// less likely than [`KEEP_FROM`] to lie where annotators marked a content.
pub fn reports(text: &str, attribution: &Attribution) -> bool {
    with_features(|features| {
        frame_features(text, attribution, features);
        sigmoid(frame_filter_model().logit(features)) >= KEEP_FROM
    })
}

/// The value of each of the content's words: many, each a weak hint.
const WORD_WEIGHT: f32 = 0.3;

/// Words in buckets: 1–2, 3–5, 6–10, 11–20, 21+.
fn length_bucket(words: usize) -> &'static str {
    match words {
        0..=2 => "1-2",
        3..=5 => "3-5",
        6..=10 => "6-10",
        11..=20 => "11-20",
        _ => "21+",
    }
}

/// The features of a reported attribution: its cue and the cue's form, the content's first
/// words, length and opening, the kind and length of its source, which side of the cue the
/// content is on, and whether the words around hold quotation marks.
pub fn frame_features(text: &str, attribution: &Attribution, out: &mut Features) {
    let lower = |s: &str| s.to_lowercase();
    let cue_text = attribution
        .cue
        .map_or(String::from("<none>"), |c| lower(c.slice(text)));
    let form = match cue_text.as_str() {
        "<none>" => "none",
        c if c.contains(' ') => "phrase",
        c if c.ends_with("ed") => "ed",
        c if c.ends_with("ing") => "ing",
        c if c.ends_with('s') => "s",
        _ => "base",
    };
    out.push((hashed(&["cue", &cue_text]), 1.0));
    out.push((hashed(&["form", form]), 1.0));

    let content = reporters_words(text, attribution.content);
    let words: Vec<_> = content
        .iter()
        .filter(|w| w.kind != TokenKind::Punct)
        .collect();
    let first = words.first().map_or(String::new(), |w| lower(w.text));
    let second = words.get(1).map_or(String::new(), |w| lower(w.text));
    out.push((hashed(&["first", &first]), 1.0));
    out.push((hashed(&["first2", &first, &second]), 1.0));
    out.push((hashed(&["cue+first", &cue_text, &first]), 1.0));
    out.push((hashed(&["length", length_bucket(words.len())]), 1.0));
    let opening = match words.first() {
        None => "none",
        Some(w) if w.is("that") => "that",
        Some(w) if w.is("to") => "to",
        Some(w) if w.is_one_of(frames::SUBJECT_PRONOUNS) => "pronoun",
        Some(w) if w.is_capitalized() => "capitalised",
        Some(w) if w.is_one_of(super::NOUN_PHRASE_OPENERS) => "determiner",
        Some(_) => "other",
    };
    out.push((hashed(&["opens", opening]), 1.0));
    let clause = (words.iter().take(8))
        .any(|w| w.is_one_of(frames::FINITE_AUXILIARIES) || w.is_one_of(frames::BE_FORMS));
    out.push((hashed(&["clause", if clause { "y" } else { "n" }]), 1.0));
    out.push((
        hashed(&["cue+clause", &cue_text, if clause { "y" } else { "n" }]),
        1.0,
    ));
    let last = words.last().map_or(String::new(), |w| lower(w.text));
    out.push((hashed(&["last", &last]), 1.0));
    for word in &words {
        out.push((hashed(&["word", &lower(word.text)]), WORD_WEIGHT));
    }
    let ends_sentence = text[attribution.content.end..]
        .trim_start_matches(['"', '”', '’', '\'', ')'])
        .starts_with(['.', '!', '?']);
    out.push((
        hashed(&["ends-sentence", if ends_sentence { "y" } else { "n" }]),
        1.0,
    ));
    out.push((hashed(&["cue+opens", &cue_text, opening]), 1.0));

    let source = attribution.source.map(|s| reporters_words(text, s));
    let source_kind = match source.as_deref() {
        None => "none",
        Some([only]) if only.is_one_of(frames::SUBJECT_PRONOUNS) => "pronoun",
        Some(words) if words.last().is_some_and(|w| w.is_capitalized()) => "name",
        Some(_) => "common",
    };
    let source_length = source.as_ref().map_or(0, Vec::len);
    out.push((hashed(&["source", source_kind]), 1.0));
    out.push((hashed(&["cue+source", &cue_text, source_kind]), 1.0));
    let head = source
        .as_deref()
        .and_then(<[_]>::last)
        .map_or(String::new(), |w| lower(w.text));
    out.push((hashed(&["source-head", &head]), 1.0));
    out.push((
        hashed(&["source-length", length_bucket(source_length)]),
        1.0,
    ));

    let after = attribution
        .cue
        .is_none_or(|cue| attribution.content.start >= cue.end);
    out.push((
        hashed(&["content-after-cue", if after { "y" } else { "n" }]),
        1.0,
    ));
    let frame = [attribution.source, attribution.cue]
        .into_iter()
        .flatten()
        .fold(attribution.content, |cover, part| cover.cover(part));
    let quoted = frame.slice(text).contains(UNAMBIGUOUS_QUOTE_MARKS);
    out.push((
        hashed(&["quote-marks", if quoted { "y" } else { "n" }]),
        1.0,
    ));
}
