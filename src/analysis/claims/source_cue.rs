//! The word of a sentence that most reads as an attribution cue, the way news annotators mark
//! them (PolNeAR): not only "said" and "according to", which the attribution layer parses, but
//! the acts by which a source takes a position ("Warren grilled Stumpf", "the IMF pointed to",
//! "he promptly voted against", "Mr. Obama has articulated"). A token model, trained on
//! PolNeAR train by `examples/train_claims.rs`, gives each word the probability that it is
//! such a cue, from the word, its stem and its neighbours.
//!
//! Two readings come out of it: a word in the active voice that is more likely a cue than not
//! names the source of the sentence (`analysis::sourcing`), and how likely the sentence's most
//! cue-like word is, which the sentence model of `reported` reads. An agentless passive ("was
//! accused of", "is expected to") never sources a sentence: "says who?" is the right question
//! there.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::lexicon::NormalizedSentence;
use super::model::{hashed_after, named, sigmoid, with_features, Features, LinearModel};
use crate::analysis::attribution::cues::{Lexicon, CONCEDED_IN_A_GAME};
use crate::analysis::Span;
use crate::text::{Token, TokenKind};

/// A word this likely to be a cue, in the active voice, sources its sentence. On PolNeAR dev
/// this unflags 22 sentences, 14 of them with a gold attribution; 0.4 unflags 52 (32), among
/// them plain statistics ("Women composed about 25 percent of top executives").
pub(crate) const SOURCES_AT: f32 = 0.5;

/// Function words: never cues on their own, and left out of the model.
pub(super) const FUNCTION_WORDS: [&str; 68] = [
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or",
    "but", "as", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
    "should", "may", "might", "must", "not", "also", "than", "then", "there", "their", "his",
    "her", "he", "she", "they", "we", "i", "you", "our", "your", "so", "up", "out", "into",
    "which", "who", "what", "when", "while",
];

/// Neighbour classes: what the word before a verb says about its voice and its subject.
const PRONOUNS: [&str; 7] = ["he", "she", "they", "we", "i", "it", "who"];
const BE: [&str; 10] = [
    "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am",
];
const AUXILIARIES: [&str; 17] = [
    "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do",
    "does", "did", "also", "not", "never",
];
const DETERMINERS: [&str; 15] = [
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "no", "any", "these",
    "those", "such",
];
/// Words after a cue that say what kind of cue it is ("pointed to", "voted against").
const NEXT_WORDS: [&str; 13] = [
    "that", "to", "for", "about", "of", "on", "against", "by", "with", "in", "as", ",", ".",
];
/// Fixed expressions in which a cue-like word reports no source's act: the writer's aside
/// ("it's worth noting that …"), a name ("Burma, also known as Myanmar"), a legal step of the
/// sentence's own subject ("coal companies have filed for bankruptcy"). Whatever the annotators
/// mark there (PolNeAR train: "known as" 25 times in 49), it is not the sentence's claim.
const FIXED_EXPRESSIONS: [&[&str]; 7] = [
    &["worth", "noting"],
    &["worth", "mentioning"],
    &["worth", "remembering"],
    &["known", "as"],
    &["filed", "for"],
    &["files", "for"],
    &["filing", "for"],
];
/// "That said, …", "Needless to say, …", "It goes without saying that …": set phrases with a
/// verb of saying that report nobody's words (the attribution layer reads no frame in them
/// either).
pub(crate) const SAYING_IDIOMS: [&[&str]; 8] = [
    &["that", "said", ","],
    &["having", "said", "that"],
    &["needless", "to", "say"],
    &["suffice", "it", "to", "say"],
    &["that", "is", "to", "say"],
    &["goes", "without", "saying"],
    &["so", "to", "speak"],
    &["to", "say", "nothing", "of"],
];

/// Adjectives of ease or fairness: an infinitive after them is the writer's judgement, no
/// source's act, "it is hard to blame them", "it's fair to say" (the attribution frames read
/// this list too).
pub(crate) const EASE_ADJECTIVES: [&str; 10] = [
    "hard",
    "harder",
    "easy",
    "easier",
    "difficult",
    "impossible",
    "tough",
    "tricky",
    "fair",
    "safe",
];

/// Between a passive's "be" and its participle ("have often been criticized").
const VOICE_TRANSPARENT: [&str; 4] = ["not", "never", "also", "n't"];

static SOURCE_CUE_MODEL: &[u8] = include_bytes!("../../../data/claims/source_cue.model");

fn source_cue_model() -> &'static LinearModel {
    static MODEL: OnceLock<LinearModel> = OnceLock::new();
    MODEL.get_or_init(|| {
        LinearModel::from_bytes(SOURCE_CUE_MODEL).expect("data/claims/source_cue.model is valid")
    })
}

/// What the cue model reads in one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct CueReading {
    /// The word, in the active voice, that names the sentence's source.
    pub cue: Option<Span>,
    /// The probability of the most cue-like word, in either voice.
    pub most_likely: f32,
    /// A word as likely a cue as [`SOURCES_AT`] is in the passive with no agent ("was accused
    /// of"): the sentence reports a claim and names no one behind it.
    pub passive: bool,
}

pub(crate) fn read_cues(text: &str, sentence: &NormalizedSentence, tokens: &[Token]) -> CueReading {
    read_cues_with(source_cue_model(), text, sentence, tokens)
}

pub(crate) fn read_cues_with(
    model: &LinearModel,
    text: &str,
    sentence: &NormalizedSentence,
    tokens: &[Token],
) -> CueReading {
    let mut most_likely = 0.0f32;
    let mut cue: Option<(f32, Span)> = None;
    let mut passive = false;
    let words = CueWords::new(text, sentence, tokens);
    let opening_clause_end = opening_absolute_clause_end(sentence);
    with_features(|features| {
        for i in 0..tokens.len() {
            if !cue_features(&words, i, features) {
                continue;
            }
            let p = sigmoid(model.logit(features));
            // A word that would change nothing is not looked for in the fixed expressions.
            if (p <= most_likely && p < SOURCES_AT)
                || in_fixed_expression(sentence, i)
                || after_an_adjective_of_ease(sentence, i)
                || gains_or_loses_an_amount(sentence, i)
                || takes_lives(sentence, i)
                || plays_a_game(sentence, i)
                || opening_clause_end
                    .is_some_and(|end| i < end && sentence.word(i).ends_with("ing"))
                || lacks_its_particle(sentence, i)
            {
                continue;
            }
            most_likely = most_likely.max(p);
            if p < SOURCES_AT || words.modifies_a_noun(i) || words.is_a_plural_subject(i) {
                continue;
            }
            if !is_active(sentence, i) {
                passive = true;
            } else if cue.is_none_or(|(best, _)| p > best) {
                cue = Some((p, sentence.spans[i]));
            }
        }
    });
    CueReading {
        cue: cue.map(|(_, span)| span),
        most_likely,
        passive,
    }
}

/// Whether word `i` is part of one of the [`FIXED_EXPRESSIONS`] or [`SAYING_IDIOMS`].
fn in_fixed_expression(sentence: &NormalizedSentence, i: usize) -> bool {
    sentence.listed[i].cue.fixed
        && in_phrase(
            FIXED_EXPRESSIONS.iter().chain(&SAYING_IDIOMS),
            i,
            sentence.len(),
            |j, part| sentence.word(j) == part,
        )
}

/// Particles that make a verb of speech of a verb of motion or touch: "pointed to", "weighed
/// in", "lashed out", "touched on".
const SPEECH_PARTICLES: [&str; 8] = ["out", "to", "in", "on", "upon", "up", "off", "back"];

/// Whether word `i` is a verb that reports only with one of the [`SPEECH_PARTICLES`] and stands
/// without it: "Earlier work has pointed in the same direction" is no "pointed to", "weighed
/// on margins" no "weighed in" (the attribution frames read no frame there either). Not the
/// light verbs of an idiom, "made it clear", "took issue": without it "made" and "took" are
/// still somebody's acts ("made two picks for the court"; PolNeAR dev: the narration they
/// left unsourced is no claim).
fn lacks_its_particle(sentence: &NormalizedSentence, i: usize) -> bool {
    let Some(verb) = Lexicon::new(&[]).lookup(sentence.word(i)) else {
        return false;
    };
    verb.particle.is_some()
        && verb.particles().all(|p| SPEECH_PARTICLES.contains(&p))
        && !(sentence.get_word(i + 1)).is_some_and(|w| verb.particles().any(|p| p == w))
}

/// Whether word `i` is an infinitive after one of the [`EASE_ADJECTIVES`], "hard to blame".
pub(crate) fn after_an_adjective_of_ease(sentence: &NormalizedSentence, i: usize) -> bool {
    i >= 2 && sentence.word(i - 1) == "to" && EASE_ADJECTIVES.contains(&sentence.word(i - 2))
}

/// Where an absolute "with" clause that opens the sentence ends (its first comma, else the
/// sentence's end), if one does: "With the union insisting on full payment, patients face …".
/// A gerund before it is the main clause's background, not its source (the attribution
/// frames' clause sources nothing either, `analysis::sourcing`). Found once per sentence, not
/// from every cue in it: a long line stays linear.
fn opening_absolute_clause_end(sentence: &NormalizedSentence) -> Option<usize> {
    (sentence.get_word(0) == Some("with")).then(|| {
        (1..sentence.len())
            .find(|&j| sentence.word(j) == ",")
            .unwrap_or(sentence.len())
    })
}

/// Whether word `i` is "added" or "declined" with an amount opening its object, "Employers added
/// an average of 35,000 jobs", "Exports declined 40 percent": what was gained or lost, no
/// source's act (the attribution frames read them so too).
fn gains_or_loses_an_amount(sentence: &NormalizedSentence, i: usize) -> bool {
    const VERBS: [&str; 8] = [
        "add",
        "adds",
        "added",
        "adding",
        "decline",
        "declines",
        "declined",
        "declining",
    ];
    let opens_an_amount =
        |w: &str| w.starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c));
    VERBS.contains(&sentence.word(i))
        && (i + 1..sentence.len())
            .take(5)
            .map(|j| sentence.word(j))
            .take_while(|w| {
                opens_an_amount(w)
                    || !matches!(*w, "that" | "to") && w.starts_with(char::is_alphabetic)
            })
            .any(opens_an_amount)
}

/// How far after "claimed" the lives it took may come: "has claimed at least 40 lives".
const LIVES_REACH: usize = 5;

/// Whether word `i` is "claimed" with lives for its object, "It has claimed at least 40 lives
/// since the 1950s": a toll a mountain, a storm or a disease took, no source's claim (blind set
/// s53-c17), so the count is the writer's to source.
fn takes_lives(sentence: &NormalizedSentence, i: usize) -> bool {
    matches!(
        sentence.word(i),
        "claim" | "claims" | "claimed" | "claiming"
    ) && (sentence.words_after(i, LIVES_REACH)).any(|w| matches!(w, "lives" | "life"))
}

/// How far after "conceded" what a side let in may come: "conceded a late penalty".
const GAME_REACH: usize = 5;

/// Whether word `i` is "conceded" with a score for its object, "Harbury have conceded 31
/// goals", "conceded a late penalty", or "called time": a game's, no source's act (blind set
/// s58-c22; the attribution frames read them so too).
fn plays_a_game(sentence: &NormalizedSentence, i: usize) -> bool {
    let conceded = matches!(
        sentence.word(i),
        "concede" | "concedes" | "conceded" | "conceding"
    ) && (sentence.words_after(i, GAME_REACH))
        .take_while(|w| !matches!(*w, "that" | "," | "."))
        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()) || CONCEDED_IN_A_GAME.contains(&w));
    let called_time = sentence.word(i) == "called" && sentence.get_word(i + 1) == Some("time");
    conceded || called_time
}

/// Whether word `i` of `len` words is part of one of `phrases`, `is(j, part)` telling whether
/// word `j` is the phrase's word `part` (lower case).
pub(crate) fn in_phrase<'p>(
    phrases: impl IntoIterator<Item = &'p &'p [&'p str]>,
    i: usize,
    len: usize,
    is: impl Fn(usize, &str) -> bool,
) -> bool {
    phrases.into_iter().any(|phrase| {
        phrase.iter().enumerate().any(|(at, part)| {
            is(i, part)
                && i >= at
                && i - at + phrase.len() <= len
                && (phrase.iter().enumerate()).all(|(j, part)| is(i - at + j, part))
        })
    })
}

/// Not a passive or an adjective after "be"/"get" ("was accused", "got worried"), nor a
/// participle before its agent ("rejected by the council").
fn is_active(sentence: &NormalizedSentence, i: usize) -> bool {
    if i + 1 < sentence.len() && sentence.word(i + 1) == "by" {
        return false;
    }
    // "…, said to be its worst year", "a man thought to have fled": the passive of a verb of
    // saying or thinking with no "be" before it, and nobody behind it.
    if i + 2 < sentence.len()
        && sentence.word(i + 1) == "to"
        && matches!(sentence.word(i + 2), "be" | "have")
    {
        return false;
    }
    let before = (0..i)
        .rev()
        .map(|j| sentence.word(j))
        .find(|w| !(VOICE_TRANSPARENT.contains(w) || looks_like_adverb(w)));
    !before.is_some_and(|w| BE.contains(&w) || w == "get" || w == "got")
}

/// A sentence as the cue model reads it: what the word lists say of each word and its class
/// as a neighbour, found once per sentence (each word is a neighbour of three others).
pub(crate) struct CueWords<'a> {
    text: &'a str,
    sentence: &'a NormalizedSentence,
    tokens: &'a [Token],
    classes: Vec<&'a str>,
}

impl<'a> CueWords<'a> {
    pub fn new(text: &'a str, sentence: &'a NormalizedSentence, tokens: &'a [Token]) -> Self {
        let classes = (0..tokens.len())
            .map(|j| word_class(text, sentence, tokens, j))
            .collect();
        CueWords {
            text,
            sentence,
            tokens,
            classes,
        }
    }
}

impl CueWords<'_> {
    /// Whether word `i` is a participle after a determiner or a number, "270 pledged
    /// delegates", "the endorsed candidate": an adjective, no verb with a subject, so no
    /// source's act (PolNeAR train: 10 such words read as cues, none in a gold attribution).
    fn modifies_a_noun(&self, i: usize) -> bool {
        self.sentence.word(i).ends_with("ed")
            && i.checked_sub(1)
                .is_some_and(|before| matches!(self.classes[before], "determiner" | "number"))
    }

    /// Whether word `i` is a plural noun before its verb, "television shows have doubled",
    /// "the findings were": a verb in "-s" never takes "have", "are" or "were" next. Not after
    /// a pronoun or a name, where it is a verb before a clause ("the figures he says are
    /// wrong").
    fn is_a_plural_subject(&self, i: usize) -> bool {
        self.sentence.word(i).ends_with('s')
            && matches!(self.sentence.get_word(i + 1), Some("have" | "are" | "were"))
            && i.checked_sub(1).is_some_and(|before| {
                !matches!(self.classes[before], "pronoun" | "capitalised")
                    && !PRONOUNS.contains(&self.sentence.word(before))
            })
    }
}

/// Writes the model's input for token `i` into `features` (cleared first: one buffer serves a
/// whole sentence, no allocation per word), or returns false when the token cannot be a cue
/// (function words, capitalised words, numbers and punctuation).
pub(crate) fn cue_features(words: &CueWords, i: usize, features: &mut Features) -> bool {
    let CueWords {
        text,
        sentence,
        tokens,
        ..
    } = *words;
    let word = sentence.word(i);
    let lowercase = tokens[i]
        .span
        .slice(text)
        .starts_with(|c: char| c.is_lowercase());
    if tokens[i].kind != TokenKind::Word || !lowercase || sentence.listed[i].cue.function {
        return false;
    }
    let class = |j: Option<usize>| j.map_or("none", |j| words.classes[j]);
    let previous = class(i.checked_sub(1));
    let before_previous = class(i.checked_sub(2));
    let next = (i + 1 < sentence.len())
        .then(|| sentence.word(i + 1))
        .map_or("none", |w| {
            if sentence.listed[i + 1].cue.next {
                w
            } else {
                "other"
            }
        });
    let stem = stem(word);
    let suffix = &word[word.char_indices().rev().nth(1).map_or(0, |(at, _)| at)..];
    // The features' names, hashed at compile time.
    const WORD: u64 = named("word");
    const STEM: u64 = named("stem");
    const PREVIOUS: u64 = named("previous");
    const BEFORE_PREVIOUS: u64 = named("before-previous");
    const NEXT: u64 = named("next");
    const SUFFIX: u64 = named("suffix");
    const PREVIOUS_STEM: u64 = named("previous+stem");
    const BEFORE_PREVIOUS_STEM: u64 = named("before-previous+stem");
    features.clear();
    features.extend(
        [
            hashed_after(WORD, &[word]),
            hashed_after(STEM, &[stem]),
            hashed_after(PREVIOUS, &[previous]),
            hashed_after(BEFORE_PREVIOUS, &[before_previous]),
            hashed_after(NEXT, &[next]),
            hashed_after(SUFFIX, &[suffix]),
            hashed_after(PREVIOUS_STEM, &[previous, stem]),
        ]
        .map(|index| (index, 1.0)),
    );
    // "Mr. Obama has articulated", "he promptly voted": the subject sits one word further back.
    if matches!(previous, "adverb" | "auxiliary") {
        features.push((
            hashed_after(BEFORE_PREVIOUS_STEM, &[before_previous, stem]),
            1.0,
        ));
    }
    true
}

/// What the word lists above say of a word: one look-up, not a scan of each list (shared with
/// the stance list's, [`super::lexicon::ListedWord`]).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Listed {
    /// In [`FUNCTION_WORDS`].
    function: bool,
    /// In [`NEXT_WORDS`].
    next: bool,
    /// In one of the [`FIXED_EXPRESSIONS`].
    fixed: bool,
    /// "pronoun", "be", "auxiliary" or "determiner", the first list that has it.
    class: Option<&'static str>,
}

/// The word lists above by word, for the one table of [`super::lexicon::ListedWord`]s.
pub(crate) fn listed_words() -> FxHashMap<&'static str, Listed> {
    let mut listed: FxHashMap<&'static str, Listed> = FxHashMap::default();
    let classes: [(&[&'static str], &'static str); 5] = [
        (&PRONOUNS, "pronoun"),
        (&BE, "be"),
        (&AUXILIARIES, "auxiliary"),
        (&["n't"], "auxiliary"),
        (&DETERMINERS, "determiner"),
    ];
    for (words, class) in classes {
        for &word in words {
            listed.entry(word).or_default().class.get_or_insert(class);
        }
    }
    for &word in &FUNCTION_WORDS {
        listed.entry(word).or_default().function = true;
    }
    for &word in &NEXT_WORDS {
        listed.entry(word).or_default().next = true;
    }
    for &word in FIXED_EXPRESSIONS
        .iter()
        .chain(&SAYING_IDIOMS)
        .copied()
        .flatten()
    {
        listed.entry(word).or_default().fixed = true;
    }
    listed
}

fn word_class<'a>(
    text: &str,
    sentence: &'a NormalizedSentence,
    tokens: &[Token],
    j: usize,
) -> &'a str {
    let word = sentence.word(j);
    if let Some(class) = sentence.listed[j].cue.class {
        class
    } else if tokens[j].kind == TokenKind::Number {
        "number"
    } else if tokens[j].kind == TokenKind::Punct {
        word
    } else if tokens[j]
        .span
        .slice(text)
        .starts_with(|c: char| c.is_uppercase())
    {
        "capitalised"
    } else if looks_like_adverb(word) {
        "adverb"
    } else {
        "word"
    }
}

/// An "-ly" adverb, which may sit between a subject and its verb ("he promptly voted").
fn looks_like_adverb(word: &str) -> bool {
    word.len() > 3 && word.ends_with("ly")
}

/// "voted", "votes", "voting" → "vot": enough to share what one verb's forms learn.
fn stem(word: &str) -> &str {
    ["ing", "ed", "es", "s"]
        .iter()
        .find_map(|suffix| {
            word.strip_suffix(suffix)
                .filter(|stem| stem.chars().count() >= 3)
        })
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn reading(text: &str) -> (Option<&str>, f32) {
        let tokens = tokenize(text, Span::new(0, text.len()));
        let normalized = NormalizedSentence::new(text, &tokens);
        let reading = read_cues(text, &normalized, &tokens);
        (reading.cue.map(|s| s.slice(text)), reading.most_likely)
    }

    #[test]
    fn names_a_sources_act_in_the_active_voice() {
        assert_eq!(
            reading("The IMF pointed to Britain's decision as an example of rising sentiment.").0,
            Some("pointed")
        );
        let (cue, most_likely) =
            reading("Mr. Quiros was accused of using $50 million for personal expenses.");
        assert_eq!(cue, None, "a cue, but in the passive with no agent");
        assert!(most_likely >= SOURCES_AT, "{most_likely}");
        // The same with no "be" before the participle.
        let sentence = "The company lost $3 million last year, said to be its worst year.";
        assert_eq!(reading(sentence).0, None);
    }

    #[test]
    fn fixed_expressions_report_no_source() {
        for sentence in [
            "Many of the nation's largest coal companies have filed for bankruptcy.",
            "It's worth noting that this is the first time in American history that the \
             question has had to be asked of a serious contender for the presidency.",
            "And the burgeoning democratic transition in Burma, also known as Myanmar, away \
             from a half-century of brutal military rule could represent a rare bipartisan \
             success story.",
        ] {
            assert_eq!(reading(sentence).0, None, "{sentence:?}");
        }
    }

    #[test]
    fn a_verb_without_the_particle_it_reports_with_is_no_act() {
        assert_eq!(
            reading("Earlier laboratory work has pointed in the same direction.").0,
            None
        );
    }

    #[test]
    fn lives_claimed_are_no_act() {
        assert_eq!(
            reading("It has claimed at least 40 lives since the 1950s.").0,
            None
        );
    }

    #[test]
    fn an_amount_gained_or_lost_is_no_act() {
        for sentence in [
            "Employers added an average of 12,000 jobs a month over the summer.",
            "Exports to the region declined 40 percent in the first half.",
        ] {
            assert_eq!(reading(sentence).0, None, "{sentence:?}");
        }
    }

    #[test]
    fn an_infinitive_after_an_adjective_of_ease_is_no_act() {
        let sentence = "Councillors will choose the clinic, and it is hard to blame them.";
        assert_eq!(reading(sentence).0, None);
    }

    #[test]
    fn a_participle_before_its_noun_is_no_act() {
        for sentence in [
            "Okafor leads the race by roughly 140 pledged delegates.",
            "The council backed the endorsed candidate in a close vote on Tuesday.",
        ] {
            assert_eq!(reading(sentence).0, None, "{sentence:?}");
        }
    }

    #[test]
    fn a_plural_noun_before_its_verb_is_no_act() {
        let sentence = "Crime dramas and television shows have doubled their audiences since 2019.";
        assert_eq!(reading(sentence).0, None);
        let sentence = "The council will scrap the parking fees it says are unfair.";
        assert_eq!(reading(sentence).0, Some("says"));
    }

    #[test]
    fn a_plain_statement_has_no_cue_like_word() {
        let (cue, most_likely) = reading("Every 72 minutes, a veteran commits suicide.");
        assert_eq!(cue, None);
        assert!(most_likely < 0.1, "{most_likely}");
    }

    #[test]
    fn only_content_words_are_candidates() {
        let text = "The Senate voted on it.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let normalized = NormalizedSentence::new(text, &tokens);
        let words = CueWords::new(text, &normalized, &tokens);
        let candidates: Vec<&str> = (0..tokens.len())
            .filter(|&i| cue_features(&words, i, &mut Features::new()))
            .map(|i| normalized.word(i))
            .collect();
        assert_eq!(candidates, ["voted"]);
        assert_eq!(stem("voted"), "vot");
        assert_eq!(stem("asks"), "ask");
        assert_eq!(stem("is"), "is", "too short to strip");
    }
}
