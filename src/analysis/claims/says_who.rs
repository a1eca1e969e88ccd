//! Whether an unsourced sentence is one an editor would ask "says who?" about: a logistic
//! regression (`data/claims/says_who.model`) over what the sourcing step read of the sentence
//! and of the sentences beside it, and over its words and pairs of words, learnt from
//! sentences labelled for that very question (the invented articles of `tests/articles/` and
//! `.ci/says_who_train.jsonl` on PolNeAR train; `examples/train_claims.rs`).
//!
//! The hand-set rule it replaces weighed the check-worthiness score (learnt from debates)
//! against how much the sentence reads as reported; it is one of the features here
//! ([`SaysWhoReading::by_rule`]). What the model adds is weighing that verdict together with
//! the sentence's words, the vague wording in it and the attributions around it, as the
//! labels weigh them, where the rule set one fixed bar. What a reading settles outright (a
//! sentence on record, hearsay) never reaches it: see `analysis::says_who::settled`.
//!
//! The words' share of the logit depends on the sentence alone, so the block stage computes it
//! once per edited block ([`word_logit`]); the rest is read on every analysis, from the
//! document's attributions and claims ([`probability`]). The sum is the model's logit, as
//! training computes it whole ([`add_word_features`] then [`add_reading_features`]).

use std::sync::OnceLock;

use super::lexicon::NormalizedSentence;
use super::model::{dense, logit, named, rehashed, sigmoid, Features, LinearModel};
use super::ReasonKind;
use super::{calendar, explainer, summing_up, verdict};
use crate::analysis::Span;
use crate::text::tokenize;

/// What the sourcing step read of one unsourced, unquoted claim and of its neighbours: the
/// model's input beside the words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaysWhoReading {
    pub score: f32,
    /// The hand-set rule counts it a claim at 0.5 (`Claim::reads_as_claim`).
    pub by_rule: bool,
    pub reported: f32,
    pub in_a_writers_piece: bool,
    pub writers_own: bool,
    /// A crowd with no name is all that attributes it ("Critics say").
    pub crowd: bool,
    /// One of that crowd speaks next, by name (`Claim::crowd_answered`).
    pub crowd_answered: bool,
    /// The crowd holds its view up front and none of it answers for it
    /// (`Claim::crowd_view_unanswered`).
    pub crowd_view_unanswered: bool,
    pub reasons: [bool; ReasonKind::ALL.len()],
    /// A weasel phrase lies in the sentence.
    pub weasel: bool,
    /// The attributions whose content touches the sentence: how many, whether one is a
    /// quotation, whether one has an unnamed source.
    pub attributions: usize,
    pub direct: bool,
    pub anonymous: bool,
    pub opens_paragraph: bool,
    /// The document's first claim, with attributions after it: a news story's lede, which the
    /// paragraphs after it source.
    pub lede: bool,
    /// How many claims of the document come before it: a story opens with its news, which the
    /// paragraphs after it source, and its background comes later.
    pub claims_before: usize,
    /// A source the copy names speaks in one of the next sentences (`NAMED_SOON` of
    /// `analysis::says_who`), in any paragraph: the sentence is background to a report.
    pub named_soon: bool,
    /// Words in the sentence.
    pub words: usize,
    pub before: Neighbour,
    pub after: Neighbour,
}

/// The sentence before or after, in the same paragraph.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Neighbour {
    pub exists: bool,
    /// An attribution's content touches it.
    pub attributed: bool,
    pub direct: bool,
    /// A claim in it is sourced.
    pub sourced: bool,
    /// The hand-set rule flags a claim in it.
    pub by_rule: bool,
}

/// Names of the dense features, in index order (for training reports).
pub const SAYS_WHO_DENSE_FEATURES: [&str; 50] = [
    "score",
    "score squared",
    "by rule",
    "by rule x score",
    "reported",
    "in a writer's piece",
    "writer's own",
    "crowd",
    "statistic",
    "money",
    "date",
    "comparative",
    "superlative",
    "causal",
    "intent",
    "evaluative",
    "prediction",
    "weasel",
    "attributions",
    "direct",
    "anonymous",
    "opens paragraph",
    "1-3 words",
    "4-7 words",
    "8-14 words",
    "15-25 words",
    "26+ words",
    "before",
    "before attributed",
    "before direct",
    "before sourced",
    "before by rule",
    "after",
    "after attributed",
    "after direct",
    "after sourced",
    "after by rule",
    "reported logit",
    "no reason",
    "lede",
    "claims 1-3",
    "claims 4-11",
    "claims 12+",
    "named soon",
    "crowd answered",
    "crowd's view unanswered",
    // Read from the sentence alone, with its words (`add_word_features`).
    "explains a kind",
    "dated by the calendar",
    "points back",
    "writer's verdict",
];

/// How many of [`SAYS_WHO_DENSE_FEATURES`] the reading gives ([`add_reading_features`]); the
/// rest the sentence's words do ([`add_word_features`]).
const READING_FEATURES: usize = 46;

/// Adds the reading's features (all but the words) to `out`.
pub fn add_reading_features(reading: &SaysWhoReading, out: &mut Features) {
    let flag = |b: bool| f32::from(u8::from(b));
    let score = reading.score;
    let length = match reading.words {
        0..=3 => 0,
        4..=7 => 1,
        8..=14 => 2,
        15..=25 => 3,
        _ => 4,
    };
    // Among the document's first three claims, its next eight, or later. Each invented set
    // held out, P / R: without it 0.774 / 0.627; with it, 0.779 / 0.628.
    let place = match reading.claims_before {
        0..=2 => 0,
        3..=10 => 1,
        _ => 2,
    };
    let neighbour =
        |n: Neighbour| [n.exists, n.attributed, n.direct, n.sourced, n.by_rule].map(flag);
    let values = [
        score,
        score * score,
        flag(reading.by_rule),
        flag(reading.by_rule) * score,
        reading.reported,
        flag(reading.in_a_writers_piece),
        flag(reading.writers_own),
        flag(reading.crowd),
    ]
    .into_iter()
    .chain(reading.reasons.map(flag))
    .chain([
        flag(reading.weasel),
        reading.attributions.min(3) as f32 / 3.0,
        flag(reading.direct),
        flag(reading.anonymous),
        flag(reading.opens_paragraph),
    ])
    .chain((0..5).map(|bucket| flag(bucket == length)))
    .chain(neighbour(reading.before))
    .chain(neighbour(reading.after))
    .chain([
        // On the logit scale, a fifth: the reading's extremes matter, its middle less.
        logit(reading.reported) / 5.0,
        flag(!reading.reasons.contains(&true)),
        flag(reading.lede),
    ])
    .chain((0..3).map(|bucket| flag(bucket == place)))
    .chain([
        flag(reading.named_soon),
        flag(reading.crowd_answered),
        flag(reading.crowd_view_unanswered),
    ]);
    let mut count = 0;
    for (index, value) in values.enumerate() {
        if value != 0.0 {
            out.push((dense(index), value));
        }
        count = index + 1;
    }
    debug_assert_eq!(count, READING_FEATURES);
}

const WORD: u64 = named("says-who word");
const PAIR: u64 = named("says-who pair");

/// What a pair of adjacent words weighs beside a word. Each invented set held out, P / R / F1
/// at p = 0.5: without pairs 0.794 / 0.653 / 0.717; pairs worth 1, 0.805 / 0.660 / 0.725; 0.7,
/// 0.808 / 0.663 / 0.728; 0.5, 0.808 / 0.664 / 0.729; 0.3, 0.809 / 0.663 / 0.729. In
/// sample they fit the labels more (F1 0.805 without, 0.848 at 0.5, 0.863 at 1): a half
/// keeps them from learning the sentences by heart.
const PAIR_VALUE: f32 = 0.5;

/// Adds the sentence's words and pairs of adjacent words to `out` (numbers by shape): hashed
/// apart from the other models' words, for this model's own weights. Pairs were tried on the
/// model's first features (each invented set held out, P 0.780 R 0.618 with them, 0.785 /
/// 0.616 without); with the readings it has since (the neighbours, the claim's place), they
/// tell what a word alone does not ("is expected", "will suffer") and add (see [`PAIR_VALUE`]).
///
/// Beside them, what the sentence alone says of itself: what a kind of thing is or does
/// ([`explainer::explains_a_kind`]), and whether it dates what it tells by the story's own
/// calendar ([`calendar::dated_by_the_calendar`]), and whether it points back at what came
/// before to judge it ([`summing_up::points_back`]), and whether a phrase of the writer's
/// verdict on the news judges it ([`verdict::gives_a_verdict`]: "a blow to", "comes at an
/// awkward time").
pub(crate) fn add_word_features(sentence: &NormalizedSentence, out: &mut Features) {
    out.extend((sentence.unigrams.iter()).map(|&word| (rehashed(WORD, &[word]), 1.0)));
    out.extend((sentence.unigrams.windows(2)).map(|pair| (rehashed(PAIR, pair), PAIR_VALUE)));
    if explainer::explains_a_kind(sentence) {
        out.push((dense(READING_FEATURES), 1.0));
    }
    if calendar::dated_by_the_calendar(sentence) {
        out.push((dense(READING_FEATURES + 1), 1.0));
    }
    if summing_up::points_back(sentence) {
        out.push((dense(READING_FEATURES + 2), 1.0));
    }
    if verdict::gives_a_verdict(sentence) {
        out.push((dense(READING_FEATURES + 3), 1.0));
    }
}

static SAYS_WHO_MODEL: &[u8] = include_bytes!("../../../data/claims/says_who.model");

fn says_who_model() -> &'static LinearModel {
    static MODEL: OnceLock<LinearModel> = OnceLock::new();
    MODEL.get_or_init(|| {
        LinearModel::from_bytes(SAYS_WHO_MODEL).expect("data/claims/says_who.model is valid")
    })
}

/// The words' share of the shipped model's logit (without its bias).
pub(crate) fn word_logit(sentence: &NormalizedSentence) -> f32 {
    let model = says_who_model();
    super::model::with_features(|features| {
        add_word_features(sentence, features);
        model.logit(features) - model.bias
    })
}

/// [`word_logit`] of a clause read on its own: the writer's clause before a report
/// (`sourcing::clause_before_a_report`), whose sentence's words are mostly the report's.
pub(crate) fn clause_word_logit(text: &str, clause: Span) -> f32 {
    let tokens = tokenize(text, clause);
    word_logit(&NormalizedSentence::new(text, &tokens))
}

/// How likely an editor asks "says who?" of the sentence, given its words' share of the logit.
pub fn probability(word_logit: f32, reading: &SaysWhoReading) -> f32 {
    let model = says_who_model();
    super::model::with_features(|features| {
        add_reading_features(reading, features);
        sigmoid(word_logit + model.logit(features))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::analysis::says_who::tests::ANALYSIS_PIECE;
    use crate::analysis::says_who::{decisions, Decision};
    use crate::config::Config;
    use crate::text::Format;

    #[test]
    fn the_words_come_with_their_pairs_worth_less() {
        let text = "Rents will rise again next spring.";
        let tokens = tokenize(text, crate::analysis::Span::new(0, text.len()));
        let mut features = Vec::new();
        add_word_features(&NormalizedSentence::new(text, &tokens), &mut features);
        let words = tokens.len();
        let value = |v: f32| features.iter().filter(|f| f.1 == v).count();
        assert_eq!((value(1.0), value(PAIR_VALUE)), (words, words - 1));
        // A pair is not its two words: "will rise" weighs apart from "rise will".
        let swapped = "Rents rise will again next spring.";
        let tokens = tokenize(swapped, crate::analysis::Span::new(0, swapped.len()));
        let mut other = Vec::new();
        add_word_features(&NormalizedSentence::new(swapped, &tokens), &mut other);
        let pairs = |f: &Features| {
            let mut p: Vec<u32> = f
                .iter()
                .filter(|f| f.1 == PAIR_VALUE)
                .map(|f| f.0)
                .collect();
            p.sort_unstable();
            p
        };
        assert_ne!(pairs(&features), pairs(&other));
    }

    #[test]
    fn the_block_stage_and_the_document_stage_add_up_to_the_trained_logit() {
        let analysis = analyze(ANALYSIS_PIECE, Format::PlainText, &Config::default());
        let text = &analysis.prose.text;
        let decisions = decisions(
            text,
            &analysis.sentences,
            &analysis.attributions,
            &analysis.weasels,
            &analysis.claims,
        );
        let mut decided = 0;
        for (claim, decision) in analysis.claims.iter().zip(decisions) {
            let Decision::Weigh(reading) = decision else {
                continue;
            };
            let tokens = tokenize(text, claim.span);
            let mut features = Vec::new();
            add_word_features(&NormalizedSentence::new(text, &tokens), &mut features);
            add_reading_features(&reading, &mut features);
            let whole = sigmoid(says_who_model().logit(&features));
            assert!((whole - claim.says_who).abs() < 1e-4, "{whole} {claim:?}");
            decided += 1;
        }
        assert!(decided >= 2, "{decided}");
    }
}
