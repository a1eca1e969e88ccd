//! Weasel wording: attributions to nobody in particular ("experts believe", "it is widely
//! thought", "reportedly") and the vaguer hedges ("many", "may", "one of the best").
//!
//! Vague attributions, agentless passives and hedges are reported wherever they occur. The
//! vaguer cues are common in honest prose, so a sentence model trained on Wikipedia's
//! uncertainty annotations (CoNLL-2010) decides whether they make the sentence weaselly.

use std::sync::OnceLock;

use super::lexicon::{normalize_phrase, parse_list, NormalizedSentence, PhraseSet};
use super::model::{self, add_length, add_unigrams, dense, sigmoid, Features, LinearModel};
use crate::analysis::Span;
use crate::text::Token;

#[derive(Debug, Clone, PartialEq)]
pub struct Weasel {
    pub span: Span,
    pub kind: WeaselKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WeaselKind {
    /// An opinion or finding given to an unnamed crowd: "experts believe", "some say".
    VagueAttribution,
    /// An agentless report: "it is widely thought", "is said to".
    Passive,
    /// An unsourced report: "reportedly", "allegedly".
    Hedge,
    /// An unquantified crowd or amount: "many", "a number of" (reported only when the
    /// sentence model finds the sentence vague).
    VagueQuantity,
    /// Praise stated as fact: "one of the best", "most famous" (same condition).
    Peacock,
    /// A hedge on the writer's own statement: "may", "possibly" (same condition).
    Uncertainty,
}

impl WeaselKind {
    const ALL: [WeaselKind; 6] = [
        WeaselKind::VagueAttribution,
        WeaselKind::Passive,
        WeaselKind::Hedge,
        WeaselKind::VagueQuantity,
        WeaselKind::Peacock,
        WeaselKind::Uncertainty,
    ];

    /// For messages: "vague attribution: experts believe".
    pub fn describe(self) -> &'static str {
        match self {
            WeaselKind::VagueAttribution => "vague attribution",
            WeaselKind::Passive => "attribution hidden in the passive",
            WeaselKind::Hedge => "unsourced report",
            WeaselKind::VagueQuantity => "vague quantity",
            WeaselKind::Peacock => "praise stated as fact",
            WeaselKind::Uncertainty => "hedge",
        }
    }

    /// Reported on its own, without asking the sentence model.
    fn is_strong(self) -> bool {
        matches!(
            self,
            WeaselKind::VagueAttribution | WeaselKind::Passive | WeaselKind::Hedge
        )
    }

    fn from_name(name: &str) -> Option<WeaselKind> {
        Some(match name {
            "vague-attribution" => WeaselKind::VagueAttribution,
            "passive" => WeaselKind::Passive,
            "hedge" => WeaselKind::Hedge,
            "vague-quantity" => WeaselKind::VagueQuantity,
            "peacock" => WeaselKind::Peacock,
            "uncertainty" => WeaselKind::Uncertainty,
            _ => return None,
        })
    }
}

const PHRASE_LIST: &str = include_str!("../../../data/claims/weasel_phrases.txt");

/// The phrase list with its `@` word classes expanded into combinations.
fn weasel_phrases() -> &'static PhraseSet<WeaselKind> {
    static PHRASES: OnceLock<PhraseSet<WeaselKind>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut classes: [Vec<String>; 6] = Default::default();
        let class_names = [
            "@quantifier",
            "@group",
            "@crowd",
            "@verb",
            "@adverb",
            "@participle",
        ];
        let mut phrases = Vec::new();
        for (kind, phrase) in parse_list(PHRASE_LIST) {
            if let Some(class) = class_names.iter().position(|c| *c == kind) {
                classes[class].push(phrase);
            } else {
                let kind = WeaselKind::from_name(kind)
                    .unwrap_or_else(|| panic!("weasel_phrases.txt: unknown kind {kind:?}"));
                phrases.push((phrase, kind));
            }
        }
        let [quantifiers, groups, crowds, verbs, adverbs, participles] = &classes;
        let vague = WeaselKind::VagueAttribution;
        for quantifier in quantifiers {
            for group in groups.iter().chain(crowds) {
                phrases.push((format!("{quantifier} {group}"), vague));
                for verb in verbs {
                    phrases.push((format!("{quantifier} {group} {verb}"), vague));
                }
            }
            for verb in verbs {
                phrases.push((format!("{quantifier} {verb}"), vague));
            }
        }
        for group in groups {
            for verb in verbs {
                phrases.push((format!("{group} {verb}"), vague));
            }
        }
        let subjects = [
            "it is",
            "it was",
            "it has been",
            "it had been",
            "it's",
            "it is also",
        ];
        for subject in subjects.map(normalize_phrase) {
            for participle in participles {
                phrases.push((format!("{subject} {participle}"), WeaselKind::Passive));
                for adverb in adverbs {
                    let phrase = format!("{subject} {adverb} {participle}");
                    phrases.push((phrase, WeaselKind::Passive));
                }
            }
        }
        PhraseSet::new(phrases)
    })
}

/// Names of the sentence model's dense features, in index order (for training reports).
pub const WEASEL_DENSE_FEATURES: [&str; 13] = [
    "cue:vague-attribution",
    "cue:passive",
    "cue:hedge",
    "cue:vague-quantity",
    "cue:peacock",
    "cue:uncertainty",
    "question",
    "no-final-punctuation",
    "words:1-3",
    "words:4-7",
    "words:8-14",
    "words:15-25",
    "words:26+",
];
const QUESTION: usize = 6;
const NO_FINAL_PUNCTUATION: usize = 7;
const LENGTH: usize = 8;

static VAGUENESS_MODEL: &[u8] = include_bytes!("../../../data/claims/weasel.model");

fn vagueness_model() -> &'static LinearModel {
    static MODEL: OnceLock<LinearModel> = OnceLock::new();
    MODEL.get_or_init(|| {
        LinearModel::from_bytes(VAGUENESS_MODEL).expect("data/claims/weasel.model is valid")
    })
}

/// The weasel phrases of one sentence, in source order. `tokens` = text::tokenize(text, sentence).
pub fn find_weasels(text: &str, sentence: Span, tokens: &[Token]) -> Vec<Weasel> {
    find_weasels_with(vagueness_model(), text, sentence, tokens)
}

/// [`find_weasels`] with another sentence model (training and evaluation).
pub fn find_weasels_with(
    model: &LinearModel,
    text: &str,
    sentence: Span,
    tokens: &[Token],
) -> Vec<Weasel> {
    // The tokens are the sentence's; everything below works from them alone.
    debug_assert!(tokens.iter().all(|t| sentence.contains_span(t.span)));
    let normalized = NormalizedSentence::new(text, tokens);
    let found = weasel_phrases().find(&normalized);
    let kinds: Vec<WeaselKind> = found.iter().map(|f| f.kind).collect();
    let vague = || sigmoid(model.logit(&features_of(&normalized, tokens, &kinds))) >= 0.5;
    let weak_cues_count = !kinds.iter().all(|k| k.is_strong()) && vague();
    found
        .into_iter()
        .filter(|f| weak_cues_count || f.kind.is_strong())
        .map(|f| Weasel {
            span: f.span,
            kind: f.kind,
        })
        .collect()
}

/// The sentence model's input (see [`WEASEL_DENSE_FEATURES`]).
pub fn weasel_features(text: &str, tokens: &[Token]) -> Features {
    let normalized = NormalizedSentence::new(text, tokens);
    let kinds: Vec<WeaselKind> = weasel_phrases()
        .find(&normalized)
        .iter()
        .map(|f| f.kind)
        .collect();
    features_of(&normalized, tokens, &kinds)
}

fn features_of(sentence: &NormalizedSentence, tokens: &[Token], kinds: &[WeaselKind]) -> Features {
    let mut features = Features::with_capacity(2 * tokens.len() + 12);
    add_unigrams(sentence, tokens, 1.0, &mut features);
    for (index, kind) in WeaselKind::ALL.iter().enumerate() {
        if kinds.contains(kind) {
            features.push((dense(index), 1.0));
        }
    }
    if model::is_question(sentence) {
        features.push((dense(QUESTION), 1.0));
    }
    if !model::ends_with_sentence_punctuation(sentence) {
        features.push((dense(NO_FINAL_PUNCTUATION), 1.0));
    }
    add_length(tokens, LENGTH, &mut features);
    features
}
