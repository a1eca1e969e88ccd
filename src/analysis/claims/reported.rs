//! How much a sentence reads as reported: the probability that news annotators would mark an
//! attribution in it (PolNeAR), whether or not the attribution layer found one. A sentence
//! model, trained on PolNeAR train by `examples/train_claims.rs`, over the sentence's words,
//! its first word, its length and the source-cue model's reading of it (`source_cue`).
//!
//! Check-worthiness, learned from debates, says nothing about attribution: on PolNeAR dev the
//! share of flagged sentences without a gold attribution stays at 0.68 whatever its
//! threshold. This second reading is what tells the reporter's own statements ("Russia has
//! made submarine incursions into Swedish and Finnish waters") from a source's position in
//! other words ("The GOP candidate proposes allowing parents to deduct …", "Many experts
//! suspect …"); `analysis::sourcing` weighs the two together.

use std::sync::OnceLock;

use super::assessment::assesses_what_is_known;
use super::generality::states_a_generality;
use super::impression::gives_an_impression;
use super::judgement::{self, Judgement};
use super::lexicon::NormalizedSentence;
use super::model::{
    add_length, add_unigrams, dense, hashed, is_question, sigmoid, with_features, Features,
    LinearModel,
};
use super::source_cue::CueReading;
use crate::text::Token;

/// Names of the model's dense features, in index order (for training reports).
pub const REPORTED_DENSE_FEATURES: [&str; 12] = [
    "cue:<0.1",
    "cue:0.1-0.3",
    "cue:0.3-0.5",
    "cue:0.5+",
    "cue:active",
    "cue:passive-only",
    "words:1-3",
    "words:4-7",
    "words:8-14",
    "words:15-25",
    "words:26+",
    "quotation-mark",
];
const CUE_ACTIVE: usize = 4;
const CUE_PASSIVE_ONLY: usize = 5;
const LENGTH: usize = 6;
const QUOTATION_MARK: usize = 11;

/// The value of each word feature.
const WORD_WEIGHT: f32 = 0.3;

/// Where the source-cue model's most likely cue falls: none at all, weak, likely, a cue.
const CUE_BINS: [f32; 3] = [0.1, 0.3, 0.5];

static REPORTED_MODEL: &[u8] = include_bytes!("../../../data/claims/reported.model");

fn reported_model() -> &'static LinearModel {
    static MODEL: OnceLock<LinearModel> = OnceLock::new();
    MODEL.get_or_init(|| {
        LinearModel::from_bytes(REPORTED_MODEL).expect("data/claims/reported.model is valid")
    })
}

/// The reading at which a sentence is neither the reporter's own nor a source's: the plain
/// threshold applies (`analysis::sourcing`). Tuned on PolNeAR dev with the weight there.
pub(crate) const NEUTRAL_READING: f32 = 0.35;

/// The reading of the writer's own statement, whatever else in the sentence reads as a
/// source's: it counts from the lowest score (`analysis::sourcing`). Praise or blame
/// (`judgement::Judgement::Verdict`) is the writer's opinion stated as fact (says-who train: 5
/// more true flags and no false one; dev: none either way); a guess or hedge ("perhaps",
/// "presumably") keeps the neutral reading, since the says-who labels do not count a hedged
/// wish as a claim. A forecast that names no forecaster ([`forecasts_unattributed`]) is the
/// writer's too, and so is an impression of a state whose holder goes unsaid, "the president
/// appeared cowed", "it seems increasingly likely that" (`impression`; says-who dev and train:
/// 1 more true flag each and no false one; PolNeAR annotators often mark "appeared" a cue), and
/// an assessment of what is known that names no one who knows, "it is unclear whether", "it's
/// no surprise that", "of course" (`assessment`; says-who train: 5 more true flags and no
/// false one, dev: none either way; PolNeAR annotators mark about half of them, dev share
/// 0.804 → 0.8015).
pub(crate) const WRITERS_OWN_READING: f32 = 0.2;

/// The words that forecast between a form of "be" and "to": "is likely to", "are expected to",
/// "was projected to". ("is set to" is left out: it announces a schedule.)
const FORECASTS: [&str; 4] = ["likely", "unlikely", "expected", "projected"];

/// Whether the sentence forecasts without saying who forecasts: "Turnout is expected to
/// fall", "The bill is likely to pass". The reading model, learnt from PolNeAR, reads these as
/// reported (its annotators often mark "is expected to" a cue), but no source is named: an
/// editor asks who expects it (says-who train: 2 more true flags and 1 false; dev: 1 and none).
fn forecasts_unattributed(sentence: &NormalizedSentence) -> bool {
    (2..sentence.len()).any(|i| {
        sentence.word(i) == "to"
            && FORECASTS.contains(&sentence.word(i - 1))
            && matches!(
                sentence.word(i - 2),
                "is" | "are" | "was" | "were" | "be" | "been"
            )
    })
}

/// The probability that the sentence carries an attribution with a source, in [0, 1], held
/// at [`NEUTRAL_READING`] on the side the model cannot judge: a question asserts nothing, so it is no
/// one's statement to lower the bar for; an agentless passive ("was accused of") names no one,
/// so its words of report must not raise the bar either; nor may the words around a guess
/// ("perhaps the only leader"), which is the writer's own (says-who train: 4 more true flags
/// and no false one; dev: 2 and none). Praise or blame, a forecast with no forecaster, an
/// impression of a state and an assessment of what is known, with no cue of a source's act,
/// hold it at [`WRITERS_OWN_READING`].
pub(crate) fn reported(
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
    cues: &CueReading,
) -> f32 {
    reported_with(reported_model(), text, sentence, tokens, cues)
}

/// [`reported`] with another model (cross-validation).
pub(crate) fn reported_with(
    model: &LinearModel,
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
    cues: &CueReading,
) -> f32 {
    let p = sigmoid(with_features(|features| {
        add_reported_features(text, sentence, tokens, cues, features);
        model.logit(features)
    }));
    if is_question(sentence) {
        return p.max(NEUTRAL_READING);
    }
    if cues.cue.is_some() {
        return p;
    }
    let judgement = judgement::judgement(sentence);
    // Praise or blame, a forecast with no forecaster, an impression, an assessment of what is
    // known or a generality: the writer's own, whatever the model reads.
    if judgement == Some(Judgement::Verdict)
        || forecasts_unattributed(sentence)
        || asserts_unheld(sentence)
    {
        p.min(WRITERS_OWN_READING)
    } else if judgement.is_some() || cues.passive {
        p.min(NEUTRAL_READING)
    } else {
        p
    }
}

/// The words of the first person singular: "I", "me", "my".
const FIRST_PERSON_SINGULAR: [&str; 5] = ["i", "me", "my", "mine", "myself"];

/// Whether the sentence asserts, in the writer's own voice and with no word that reads as a
/// source's act, an impression of a state ("the president appeared cowed"), an assessment of
/// what is known ("And it is clearer than ever that …"), a generality about a class
/// ("Democratic strategists are more skeptical") or what may come of something
/// ([`speculates`]): nobody is named who holds it, and it reads as no one's report. Praise and
/// blame are left out, as often inside a report of someone's view ("shares this bleak view")
/// as not, and so are forecasts, as often a schedule; and so is a sentence in the first person
/// singular, which names its holder ("Nothing about them seems credible to me").
pub(crate) fn asserts_in_the_writers_voice(
    text: &str,
    sentence: &NormalizedSentence,
    cues: &CueReading,
) -> bool {
    cues.cue.is_none()
        && !is_question(sentence)
        && !(0..sentence.len()).any(|i| FIRST_PERSON_SINGULAR.contains(&sentence.word(i)))
        && (asserts_unheld(sentence) || speculates(text, sentence))
}

/// The modals of what may be: "could ratify", "may be waning", "might not matter".
const SPECULATIVE_MODALS: [&str; 3] = ["could", "may", "might"];

/// Whether the sentence says what may be or may come of something: "The decision comes at a
/// time when his influence may be waning", "A win in California could ratify her nomination".
/// Not the month: "in May 2015", "Tuesday, May 3" (a capital past the first word, or a number
/// after it); nor "could not", what was not done: "The claim could not be independently
/// verified". (Only the margin of `analysis::sourcing` reads it; says-who train: 2 more true
/// flags and 1 false, and the share of flags without a gold attribution rises on dev and
/// train. "would" was left out: dev precision fell.)
fn speculates(text: &str, sentence: &NormalizedSentence) -> bool {
    (0..sentence.len()).any(|i| {
        let word = sentence.word(i);
        let next = sentence.get_word(i + 1);
        SPECULATIVE_MODALS.contains(&word)
            && !(word == "could" && matches!(next, Some("not" | "n't")))
            && !(word == "may"
                && (i > 0 && sentence.is_capitalised(text, i)
                    || next.is_some_and(|next| next.starts_with(|c: char| c.is_ascii_digit()))))
    })
}

/// An impression, an assessment of what is known or a generality: see
/// [`asserts_in_the_writers_voice`].
fn asserts_unheld(sentence: &NormalizedSentence) -> bool {
    gives_an_impression(sentence)
        || assesses_what_is_known(sentence)
        || states_a_generality(sentence)
}

/// The model's input for one sentence (see [`REPORTED_DENSE_FEATURES`]).
pub(crate) fn reported_features(
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
    cues: &CueReading,
) -> Features {
    let mut features = Features::with_capacity(tokens.len() + 6);
    add_reported_features(text, sentence, tokens, cues, &mut features);
    features
}

/// Adds [`reported_features`] to `features`.
fn add_reported_features(
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
    cues: &CueReading,
    features: &mut Features,
) {
    add_unigrams(sentence, WORD_WEIGHT, features);
    // "He", "But", "The report": how a sentence opens says much about whose it is.
    if sentence.len() > 0 {
        features.push((hashed(&["first", sentence.word(0)]), 1.0));
    }
    let bin = CUE_BINS
        .iter()
        .take_while(|b| cues.most_likely >= **b)
        .count();
    features.push((dense(bin), 1.0));
    if cues.cue.is_some() {
        features.push((dense(CUE_ACTIVE), 1.0));
    } else if cues.passive {
        features.push((dense(CUE_PASSIVE_ONLY), 1.0));
    }
    add_length(tokens, LENGTH, features);
    let quotation_mark = tokens
        .iter()
        .any(|t| matches!(t.text(text), "\"" | "“" | "”" | "''" | "``"));
    if quotation_mark {
        features.push((dense(QUOTATION_MARK), 1.0));
    }
}
