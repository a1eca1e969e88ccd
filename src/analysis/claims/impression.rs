//! The writer's impression of a state: "the president appeared cowed", "voters already seem
//! fatigued", "the team looked paralysed". A verb of appearance with a state after it, not
//! "appeared in court", "seems to", "looked at": whose impression it is goes unsaid, so an
//! editor asks "says who?", and the reading as reported (`reported`) treats it as the
//! writer's own.

use super::lexicon::NormalizedSentence;

/// The verbs of appearance that take a state as their complement.
const APPEARANCE_VERBS: [&str; 12] = [
    "appear", "appears", "appeared", "seem", "seems", "seemed", "look", "looks", "looked", "sound",
    "sounds", "sounded",
];

/// Words that grade the state and may come between: "seemed so sure", "looked more relaxed".
const DEGREES: [&str; 11] = [
    "so",
    "too",
    "more",
    "less",
    "very",
    "quite",
    "rather",
    "somewhat",
    "almost",
    "increasingly",
    "all",
];

/// The endings of a participle or an adjective of state: "cowed", "fearful", "nervous",
/// "defensive", "confident", "hesitant", "vulnerable", "invincible", "listless", "frantic".
const STATE_ENDINGS: [&str; 10] = [
    "ed", "ful", "ous", "ive", "ent", "ant", "able", "ible", "less", "ic",
];

/// States that end otherwise: a likelihood, "it seems increasingly likely that".
const STATES: [&str; 2] = ["likely", "unlikely"];

/// Words before "look" or "looks" that make it a noun: "a closer look", "his looks".
const NOUN_MARKERS: [&str; 11] = [
    "a", "an", "the", "this", "his", "her", "their", "its", "our", "closer", "quick",
];

/// Whether the sentence gives an impression of someone's or something's state: a verb of
/// [`APPEARANCE_VERBS`], perhaps an adverb or a degree word, and a word with a
/// [`STATE_ENDINGS`] ending or of [`STATES`]. "The senator appeared at a rally", "seems to
/// favour", "looked into the claims" and "a closer look revealed" give none.
pub(super) fn gives_an_impression(sentence: &NormalizedSentence) -> bool {
    let state = |at: usize| {
        sentence.get_word(at).is_some_and(|word| {
            STATES.contains(&word)
                || word.len() > 4 && STATE_ENDINGS.iter().any(|end| word.ends_with(end))
        })
    };
    let grades = |at: usize| {
        sentence
            .get_word(at)
            .is_some_and(|word| word.ends_with("ly") || DEGREES.contains(&word))
    };
    (1..sentence.len()).any(|i| {
        APPEARANCE_VERBS.contains(&sentence.word(i))
            && !NOUN_MARKERS.contains(&sentence.word(i - 1))
            && (state(i + 1) || grades(i + 1) && state(i + 2))
    })
}
