//! Weasel wording: attributions to nobody in particular ("experts believe", "it is widely
//! thought", "reportedly") and the vaguer hedges ("many", "may", "one of the best").
//!
//! Vague attributions, agentless passives and hedges are reported wherever they occur. The
//! vaguer cues are common in honest prose, so a sentence model trained on Wikipedia's
//! uncertainty annotations (CoNLL-2010) decides whether they make the sentence weaselly.

use std::sync::OnceLock;

use super::lexicon::{
    normalize_phrase, parse_list, phrase_lists, NormalizedSentence, Occurrence, Patterns,
    PhraseMatch,
};
use super::model::{
    self, add_length, add_unigrams, dense, hashed_after, named, sigmoid, with_features, Features,
    LinearModel,
};
use crate::analysis::Span;
use crate::text::{Token, TokenKind};

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
    pub fn is_strong(self) -> bool {
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

/// A word class of the phrase list, as a bit of [`Word::classes`].
#[derive(Clone, Copy)]
enum Class {
    Quantifier = 1,
    Group = 2,
    Crowd = 4,
    Verb = 8,
    Adverb = 16,
    Participle = 32,
    /// "it is", "it has been"…: the subject of `it is [adverb] participle`.
    Subject = 64,
}

impl Class {
    fn from_name(name: &str) -> Option<Class> {
        Some(match name {
            "@quantifier" => Class::Quantifier,
            "@group" => Class::Group,
            "@crowd" => Class::Crowd,
            "@verb" => Class::Verb,
            "@adverb" => Class::Adverb,
            "@participle" => Class::Participle,
            _ => return None,
        })
    }
}

/// Whether `word` (lower case) names an unnamed crowd as a source: "experts", "critics",
/// "investors", a word of the list's `@group` or `@crowd` class.
pub(super) fn is_a_crowd(word: &str) -> bool {
    static CROWDS: OnceLock<Vec<String>> = OnceLock::new();
    listed(&CROWDS, &["@group", "@crowd"], word)
}

/// Whether `word` (lower case) names people whose trade is an opinion, "experts", "critics",
/// "analysts": a word of the list's `@group` class, vague with no quantifier, where `@crowd`'s
/// "officials", "residents" are ordinary news sources.
pub(crate) fn is_an_opinion_group(word: &str) -> bool {
    static GROUPS: OnceLock<Vec<String>> = OnceLock::new();
    listed(&GROUPS, &["@group"], word)
}

/// Whether `word` is a word of the phrase list's `classes`, read once into `words`.
fn listed(words: &OnceLock<Vec<String>>, classes: &[&str], word: &str) -> bool {
    let words = words.get_or_init(|| {
        parse_list(PHRASE_LIST)
            .filter(|(name, _)| classes.contains(name))
            .map(|(_, word)| word)
            .collect()
    });
    words.iter().any(|listed| listed == word)
}

/// The subjects of `it is [adverb] participle`.
const SUBJECTS: [&str; 6] = [
    "it is",
    "it was",
    "it has been",
    "it had been",
    "it's",
    "it is also",
];

/// What the weasel list says of a pattern: a plain phrase, a word of some classes, or both.
#[derive(Clone, Copy, Default)]
struct Word {
    /// The kind of the plain phrase spelled like this (the first one listed).
    kind: Option<WeaselKind>,
    /// The classes it belongs to, as [`Class`] bits.
    classes: u8,
}

/// The weasel phrase list: its plain phrases, and the combinations of its `@` word classes
/// (quantifier + group or crowd [+ verb], quantifier + verb, group + verb, `it is [adverb]
/// participle`). The classes are not expanded into their 21,313 combinations (building that
/// automaton was a tenth of a `check` run): the phrase lists' automaton reports every
/// occurrence of a phrase or class word, and the combinations are assembled from adjacent
/// occurrences. Matches are what a leftmost-longest automaton over all the phrases and
/// combinations would give.
pub(crate) struct WeaselPhrases {
    /// Per pattern id of the phrase lists.
    words: Vec<Word>,
}

impl WeaselPhrases {
    pub(super) fn parse(patterns: &mut Patterns) -> WeaselPhrases {
        let mut entries: Vec<(String, Option<WeaselKind>, u8)> = parse_list(PHRASE_LIST)
            .map(|(name, phrase)| match Class::from_name(name) {
                Some(class) => (phrase, None, class as u8),
                None => match WeaselKind::from_name(name) {
                    Some(kind) => (phrase, Some(kind), 0),
                    None => panic!("weasel_phrases.txt: unknown kind {name:?}"),
                },
            })
            .collect();
        for subject in SUBJECTS {
            entries.push((normalize_phrase(subject), None, Class::Subject as u8));
        }
        let mut words: Vec<Word> = Vec::new();
        for (pattern, kind, classes) in entries {
            let word = patterns.entry(pattern, &mut words);
            word.kind = word.kind.or(kind);
            word.classes |= classes;
        }
        WeaselPhrases { words }
    }

    /// What the list says of pattern `pattern` (nothing of the other lists' patterns).
    fn word(&self, pattern: usize) -> Word {
        self.words.get(pattern).copied().unwrap_or_default()
    }

    /// Longest non-overlapping matches, left to right, that start and end on token boundaries.
    fn find(&self, sentence: &NormalizedSentence) -> Vec<PhraseMatch<WeaselKind>> {
        let occurrences = sentence.occurrences();
        let mut found = Vec::new();
        let mut resume = 0;
        for (index, occurrence) in occurrences.iter().enumerate() {
            let start = occurrence.start;
            let first_at_start = index == 0 || occurrences[index - 1].start != start;
            if start < resume || !first_at_start {
                continue;
            }
            // As the leftmost-longest automaton does, a match off token boundaries still
            // consumes its text ("many experts say" inside "germany experts say").
            if let Some((end, kind)) = self.longest_at(sentence, occurrences, start) {
                found.extend(sentence.phrase_match(start, end, kind));
                resume = end;
            }
        }
        found
    }

    /// The longest phrase or combination starting at `start`: its end and kind. Of two as
    /// long, a plain phrase wins, then a vague attribution (the order the expanded list had).
    fn longest_at(
        &self,
        sentence: &NormalizedSentence,
        occurrences: &[Occurrence],
        start: usize,
    ) -> Option<(usize, WeaselKind)> {
        // Occurrences of a word of `classes` right after the one ending at `end` and a space.
        let next = |end: usize, classes: u8| {
            let after = end + 1;
            let followed = sentence.joined.as_bytes().get(end) == Some(&b' ');
            let from = occurrences.partition_point(|o| o.start < after);
            occurrences[from..]
                .iter()
                .take_while(move |o| followed && o.start == after)
                .filter(move |o| self.word(o.pattern).classes & classes != 0)
                .map(|o| o.end)
        };
        let is = |pattern: usize, class: Class| self.word(pattern).classes & class as u8 != 0;
        let vague = WeaselKind::VagueAttribution;
        let verb = Class::Verb as u8;
        let mut best: Option<(usize, u8, WeaselKind)> = None;
        let mut offer = |end: usize, rank: u8, kind: WeaselKind| {
            if best.is_none_or(|(e, r, _)| end > e || (end == e && rank < r)) {
                best = Some((end, rank, kind));
            }
        };
        let at_start = occurrences[occurrences.partition_point(|o| o.start < start)..]
            .iter()
            .take_while(|o| o.start == start);
        for occurrence in at_start {
            let end = occurrence.end;
            if let Some(kind) = self.word(occurrence.pattern).kind {
                offer(end, 0, kind);
            }
            if is(occurrence.pattern, Class::Quantifier) {
                for group in next(end, Class::Group as u8 | Class::Crowd as u8) {
                    offer(group, 1, vague);
                    next(group, verb).for_each(|v| offer(v, 1, vague));
                }
                next(end, verb).for_each(|v| offer(v, 1, vague));
            }
            if is(occurrence.pattern, Class::Group) {
                next(end, verb).for_each(|v| offer(v, 1, vague));
            }
            if is(occurrence.pattern, Class::Subject) {
                let participle = Class::Participle as u8;
                let passive = WeaselKind::Passive;
                next(end, participle).for_each(|p| offer(p, 2, passive));
                for adverb in next(end, Class::Adverb as u8) {
                    next(adverb, participle).for_each(|p| offer(p, 2, passive));
                }
            }
        }
        best.map(|(end, _, kind)| (end, kind))
    }
}

fn weasel_phrases() -> &'static WeaselPhrases {
    &phrase_lists().weasels
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
    find_in_with(model, text, &NormalizedSentence::new(text, tokens), tokens)
}

/// [`find_weasels`] in a sentence already normalised.
pub(super) fn find_in(
    text: &str,
    normalized: &NormalizedSentence,
    tokens: &[Token],
) -> Vec<Weasel> {
    find_in_with(vagueness_model(), text, normalized, tokens)
}

/// The listed phrases of a sentence, but for the month: "in May", "May 5" hedge nothing.
fn phrases_in(
    text: &str,
    normalized: &NormalizedSentence,
    tokens: &[Token],
) -> Vec<PhraseMatch<WeaselKind>> {
    let mut found = weasel_phrases().find(normalized);
    found.retain(|f| {
        let month = f.span.slice(text) == "May" && {
            let i = tokens.partition_point(|t| t.span.start < f.span.start);
            i > 0
                || tokens
                    .get(i + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number)
        };
        !month
    });
    found
}

fn find_in_with(
    model: &LinearModel,
    text: &str,
    normalized: &NormalizedSentence,
    tokens: &[Token],
) -> Vec<Weasel> {
    let found = phrases_in(text, normalized, tokens);
    let vague = || {
        let logit = with_features(|features| {
            add_features(normalized, tokens, &found, features);
            model.logit(features)
        });
        sigmoid(logit) >= 0.5
    };
    let weak_cues_count = !found.iter().all(|f| f.kind.is_strong()) && vague();
    found
        .into_iter()
        .filter(|f| (weak_cues_count || f.kind.is_strong()) && !reads_otherwise(normalized, f))
        .map(|f| Weasel {
            span: f.span,
            kind: f.kind,
        })
        .collect()
}

/// Words after which "whether" opens an indirect question, which asks and hedges nothing:
/// "asked whether the Fed would …", "unclear whether" (the hedge is "unclear"), "a decision on
/// whether", "declined to say whether", "is investigating whether". The sentence model still
/// reads the word: CoNLL-2010 marks "whether" as a cue.
const ASKING_WHETHER: [&str; 44] = [
    "ask",
    "asks",
    "asked",
    "asking",
    "wonder",
    "wonders",
    "wondered",
    "wondering",
    "decide",
    "decides",
    "decided",
    "deciding",
    "know",
    "knows",
    "knew",
    "known",
    "unclear",
    "clear",
    "uncertain",
    "sure",
    "determine",
    "determines",
    "determined",
    "determining",
    "on",
    "about",
    "over",
    "of",
    "say",
    "said",
    "confirm",
    "confirmed",
    "disclose",
    "disclosed",
    "see",
    "check",
    "consider",
    "considering",
    "examine",
    "examining",
    "investigate",
    "investigating",
    "assess",
    "assessing",
];

/// Where "appear" is being somewhere, not seeming: "appeared at Crown Court", "will appear
/// again", "appears on the ballot".
const APPEARING_AT: [&str; 8] = [
    "in",
    "at",
    "on",
    "before",
    "for",
    "again",
    "alongside",
    "with",
];

/// Short spans of time: "for several hours", "a few minutes later", "for some days" say how
/// long, roughly, as any account of an event does, and leave no one unnamed. Longer ones,
/// "over several years", "for only a few months", stay vague quantities: there the vagueness
/// can hide what the reader could be told (CoNLL-2010 marks them).
const SHORT_SPANS: [&str; 5] = ["seconds", "minutes", "hours", "days", "nights"];
/// What makes a span of time an account of when or how long: "for several hours", "within a
/// few days", "a few minutes later" (not "would run several hours", a quantity).
const SPAN_BEFORE: [&str; 6] = ["for", "within", "after", "in", "over", "during"];
const SPAN_AFTER: [&str; 3] = ["later", "earlier", "ago"];

/// Words before "other" that count or point to the others: "two other people", "the other
/// passengers" are no unnamed crowd.
const COUNTING_OTHER: [&str; 13] = [
    "the", "these", "those", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "dozen",
];

/// Whether `phrase` counts [`SHORT_SPANS`] said of when or how long.
fn spans_a_short_time(sentence: &NormalizedSentence, phrase: &PhraseMatch<WeaselKind>) -> bool {
    let word = |i: usize| sentence.get_word(i);
    let before = phrase.first.checked_sub(1).and_then(word);
    word(phrase.last + 1).is_some_and(|w| SHORT_SPANS.contains(&w))
        && (before.is_some_and(|w| SPAN_BEFORE.contains(&w))
            || word(phrase.last + 2).is_some_and(|w| SPAN_AFTER.contains(&w)))
}

/// Whether `phrase` counts or names the subject of a narrated event (`super::suffers_an_event`):
/// "Several roads were blocked", "Many people were taken to hospital" count what happened, and
/// leave no one unnamed. A vague amount needs its noun ("Still others were released" stays,
/// as CoNLL-2010 marks it), and the event follows the subject: "many of those involved were
/// jailed" stays vague too.
fn counts_a_narrated_event(
    sentence: &NormalizedSentence,
    phrase: &PhraseMatch<WeaselKind>,
) -> bool {
    let nouns = match phrase.kind {
        WeaselKind::VagueQuantity => 1..=MAX_SUBJECT_WORDS,
        WeaselKind::VagueAttribution => 0..=MAX_SUBJECT_WORDS,
        _ => return false,
    };
    nouns
        .map(|n| phrase.last + n + 2)
        .take_while(|&at| at < sentence.len())
        .any(|at| {
            let subject = phrase.last + 1..at - 1;
            subject
                .clone()
                .all(|i| sentence.word(i).chars().all(char::is_alphabetic))
                && matches!(sentence.word(at - 1), "was" | "were")
                && super::suffers_an_event(sentence, at)
        })
}

/// How many words a narrated event's subject may have after its vague amount: "Several roads",
/// "Dozens of homes".
const MAX_SUBJECT_WORDS: usize = 2;

/// Whether `phrase` is a listed word in a sense that hedges nothing: a "whether" that asks
/// rather than hedges, after [`ASKING_WHETHER`] or as "whether or not", which concedes both;
/// an "appear" that is being somewhere, before [`APPEARING_AT`]; a modal inside a question
/// such a "whether" asks; a vague quantity of [`SHORT_SPANS`] said of when or how long, or
/// one that counts a narrated event; "other" after a count or "the", [`COUNTING_OTHER`]; an
/// amount asked for, "how many".
fn reads_otherwise(sentence: &NormalizedSentence, phrase: &PhraseMatch<WeaselKind>) -> bool {
    let word = |i: usize| sentence.get_word(i);
    let asks = |whether: usize| whether > 0 && ASKING_WHETHER.contains(&sentence.word(whether - 1));
    if (phrase.kind == WeaselKind::VagueQuantity && spans_a_short_time(sentence, phrase))
        || counts_a_narrated_event(sentence, phrase)
    {
        return true;
    }
    // "the people said", "those analysts say": a crowd named before, as "three people
    // familiar with the matter", is pointed back to, not left vague ("the numerous critics"
    // still counts none).
    let points_back = phrase.first.checked_sub(1).and_then(word);
    // "How many Americans must die …?": the question asks for the number, it hedges none.
    if points_back == Some("how") {
        return true;
    }
    if phrase.kind == WeaselKind::VagueAttribution
        && points_back.is_some_and(|w| matches!(w, "the" | "these" | "those"))
        && is_a_crowd(sentence.word(phrase.first))
    {
        return true;
    }
    match word(phrase.first) {
        Some("other") => phrase.first.checked_sub(1).and_then(word).is_some_and(|w| {
            COUNTING_OTHER.contains(&w) || w.starts_with(|c: char| c.is_ascii_digit())
        }),
        Some("whether") => {
            asks(phrase.first)
                || (word(phrase.last + 1), word(phrase.last + 2)) == (Some("or"), Some("not"))
        }
        Some("one") if phrase.last == phrase.first + 2 => !praises(sentence, phrase.last + 1),
        Some("appear" | "appears" | "appeared") => {
            phrase.first == phrase.last
                && word(phrase.last + 1).is_some_and(|w| APPEARING_AT.contains(&w))
        }
        // "could not immediately be reached": the reporter tried, nobody doubts anything.
        Some("could") if is_not_reached(sentence, phrase.last + 1) => true,
        // "declined to say whether a cut could come": the question's modal, not a doubt.
        _ if phrase.kind == WeaselKind::Uncertainty => (0..phrase.first)
            .rev()
            .take(MAX_WORDS_INTO_A_QUESTION)
            .map(|i| (i, sentence.word(i)))
            .take_while(|(_, w)| !matches!(*w, "," | ";" | ":" | "—" | "–" | "(" | "."))
            .any(|(i, w)| w == "whether" && asks(i)),
        _ => false,
    }
}

/// Whether the words from `next` say someone was not reached: "not (immediately) be reached".
fn is_not_reached(sentence: &NormalizedSentence, next: usize) -> bool {
    let mut at = next;
    let mut negated = false;
    while let Some(word @ ("not" | "n't" | "immediately")) = sentence.get_word(at) {
        negated |= word != "immediately";
        at += 1;
    }
    negated && sentence.get_word(at) == Some("be") && sentence.get_word(at + 1) == Some("reached")
}

/// Whether "one of the" before word `next` praises: a superlative follows ("one of the oldest",
/// "one of the worst", "one of the world's richest"), not a plain noun ("one of the plaintiffs",
/// "one of the company's founders"). The longer listed phrases ("one of the best") are their
/// own matches.
fn praises(sentence: &NormalizedSentence, next: usize) -> bool {
    let superlative = |w: &str| {
        (w.len() >= 5 && w.ends_with("est") && !w.ends_with("ests"))
            || matches!(w, "worst" | "top" | "few")
    };
    // The possessive is its own token: "world" + "'s".
    let after_owner = match sentence.get_word(next + 1) {
        Some("'s" | "’s") => next + 2,
        _ => next,
    };
    sentence.get_word(after_owner).is_some_and(superlative)
}

/// How far back from a modal an asking "whether" is looked for.
const MAX_WORDS_INTO_A_QUESTION: usize = 8;

/// The sentence model's input (see [`WEASEL_DENSE_FEATURES`]).
pub fn weasel_features(text: &str, tokens: &[Token]) -> Features {
    let normalized = NormalizedSentence::new(text, tokens);
    let found = phrases_in(text, &normalized, tokens);
    let mut features = Features::with_capacity(2 * tokens.len() + 12);
    add_features(&normalized, tokens, &found, &mut features);
    features
}

/// Adds the sentence model's input to `features`.
fn add_features(
    sentence: &NormalizedSentence,
    tokens: &[Token],
    found: &[PhraseMatch<WeaselKind>],
    features: &mut Features,
) {
    add_unigrams(sentence, 1.0, features);
    for (index, kind) in WeaselKind::ALL.iter().enumerate() {
        if found.iter().any(|f| f.kind == *kind) {
            features.push((dense(index), 1.0));
        }
    }
    add_cue_contexts(sentence, found, features);
    if model::is_question(sentence) {
        features.push((dense(QUESTION), 1.0));
    }
    if !model::ends_with_sentence_punctuation(sentence) {
        features.push((dense(NO_FINAL_PUNCTUATION), 1.0));
    }
    add_length(tokens, LENGTH, features);
}

const CUE: u64 = named("cue");
const BEFORE_CUE: u64 = named("before-cue");
const AFTER_CUE: u64 = named("after-cue");

/// Each phrase found, alone and with the word before and after it: "some" is vague in "some
/// critics" but not in "some of the songs", "may" in "may have been" but not in "we may
/// serve". A word feature cannot tell which word of the sentence was the cue (5-fold accuracy
/// 0.768 → 0.781, F1 0.781 → 0.790 on CoNLL-2010 Wikipedia).
fn add_cue_contexts(
    sentence: &NormalizedSentence,
    found: &[PhraseMatch<WeaselKind>],
    features: &mut Features,
) {
    for phrase in found {
        let cue = &sentence.joined[sentence.ranges[phrase.first].0..sentence.ranges[phrase.last].1];
        let before = phrase
            .first
            .checked_sub(1)
            .map_or("<start>", |i| sentence.word(i));
        let after = match phrase.last + 1 {
            next if next < sentence.len() => sentence.word(next),
            _ => "<end>",
        };
        features.push((hashed_after(CUE, &[cue]), 1.0));
        features.push((hashed_after(BEFORE_CUE, &[before, cue]), 1.0));
        features.push((hashed_after(AFTER_CUE, &[cue, after]), 1.0));
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::analysis::claims::lexicon::tests::PhraseSet;
    use crate::analysis::Span;
    use crate::text::tokenize;

    /// The list as it was matched before: every class combination expanded into a phrase of
    /// one leftmost-longest automaton. [`WeaselPhrases`] must find exactly what it finds.
    fn expanded() -> PhraseSet<WeaselKind> {
        let mut classes: [Vec<String>; 6] = Default::default();
        let names = [
            "@quantifier",
            "@group",
            "@crowd",
            "@verb",
            "@adverb",
            "@participle",
        ];
        let mut phrases = Vec::new();
        for (name, phrase) in parse_list(PHRASE_LIST) {
            match names.iter().position(|c| *c == name) {
                Some(class) => classes[class].push(phrase),
                None => phrases.push((phrase, WeaselKind::from_name(name).unwrap())),
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
        for subject in SUBJECTS.map(normalize_phrase) {
            for participle in participles {
                phrases.push((format!("{subject} {participle}"), WeaselKind::Passive));
                for adverb in adverbs {
                    let phrase = format!("{subject} {adverb} {participle}");
                    phrases.push((phrase, WeaselKind::Passive));
                }
            }
        }
        PhraseSet::new(phrases)
    }

    /// Words of the list and pieces that make occurrences inside words ("ger" + "many").
    fn pieces() -> Vec<String> {
        let mut pieces: Vec<String> = parse_list(PHRASE_LIST)
            .flat_map(|(_, phrase)| phrase.split(' ').map(String::from).collect::<Vec<_>>())
            .collect();
        // Whole class words, several times each, so that combinations come up often.
        for (name, phrase) in parse_list(PHRASE_LIST) {
            if name.starts_with('@') {
                pieces.extend([phrase.clone(), phrase.clone(), phrase]);
            }
        }
        for extra in [
            "ger",
            "hand",
            "It’s",
            "it is",
            "it was",
            "it has been",
            "ing",
            "-",
            ".",
        ] {
            pieces.extend([extra.to_string(), extra.to_string(), extra.to_string()]);
        }
        pieces
    }

    fn same_as_expanded(text: &str, expanded: &PhraseSet<WeaselKind>) {
        let tokens = tokenize(text, Span::new(0, text.len()));
        let sentence = NormalizedSentence::new(text, &tokens);
        assert_eq!(
            weasel_phrases().find(&sentence),
            expanded.find(&sentence),
            "{text:?}"
        );
    }

    #[test]
    fn the_sentence_model_reads_each_cue_with_its_neighbours() {
        let text = "Some of the songs may never be released.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let features = weasel_features(text, &tokens);
        for (name, parts) in [
            (CUE, ["some"].as_slice()),
            (BEFORE_CUE, &["<start>", "some"]),
            (AFTER_CUE, &["some", "of"]),
            (CUE, &["may"]),
            (BEFORE_CUE, &["songs", "may"]),
            (AFTER_CUE, &["may", "never"]),
        ] {
            let feature = hashed_after(name, parts);
            assert!(features.iter().any(|f| f.0 == feature), "{parts:?}");
        }
    }

    #[test]
    fn combinations_match_as_the_expanded_list_did() {
        let expanded = expanded();
        for text in [
            "Many experts say so, and it is widely believed.",
            "Germany experts say so.",
            "It's also thought that some have said it is claimed, a growing number of critics have said.",
            "Some handsome people say it was long rumoured.",
        ] {
            same_as_expanded(text, &expanded);
        }
        let words = proptest::collection::vec(
            (
                proptest::sample::select(pieces()),
                proptest::sample::select(vec![" ", " ", " ", "", "\n"]),
            ),
            1..14,
        );
        proptest!(ProptestConfig::with_cases(20_000), |(words in words)| {
            let text: String = words.iter().flat_map(|(w, s)| [w.as_str(), s]).collect();
            same_as_expanded(&text, &expanded);
        });
    }
}
