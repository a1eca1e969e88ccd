//! A general statement about a class of people or things, in the writer's voice: "Pilots are
//! trained to descend at once", "Many landlords screen applicants for any filing", "Most
//! councils will have to make further cuts", "Shipping costs have also risen sharply". The
//! subject is a bare plural or a quantified group, not anyone in particular who could be the
//! source, and the verb is present, perfect or modal: background the writer asserts. The
//! reading as reported (`reported`), learnt from PolNeAR, often takes such a sentence for a
//! group's position ("Democrats are worried"), so that it needs more than the plain bar;
//! nobody is named who holds it, so an editor asks "says who?".

use super::lexicon::NormalizedSentence;
use super::source_cue::FUNCTION_WORDS;
use crate::text::ends_in_single_s;

/// Quantifiers that make a group of their noun, or stand for one: "Many landlords", "Most
/// easy-access accounts", "Nobody on the council can".
const QUANTIFIERS: [&str; 6] = ["many", "most", "few", "several", "all", "nobody"];

/// Present, perfect and modal verbs of a plural subject, and the adverbs of frequency that may
/// stand for them: "are", "have risen", "can follow", "tend to", "often screen".
const GENERAL_VERBS: [&str; 21] = [
    "are",
    "have",
    "do",
    "don't",
    "can",
    "cannot",
    "can't",
    "must",
    "may",
    "might",
    "will",
    "would",
    "should",
    "need",
    "tend",
    "remain",
    "often",
    "rarely",
    "usually",
    "typically",
    "generally",
];

/// Past forms: "All passengers were offered rooms" tells what happened, not what holds.
const PAST: [&str; 4] = ["were", "was", "had", "did"];

/// Events a perfect tells as just done, not as what holds of a class: "Polls have closed
/// across Aldmark", "Schools have reopened". A trend, "Freight rates have risen", stays general.
const DONE_EVENTS: [&str; 8] = [
    "closed", "opened", "reopened", "begun", "started", "ended", "finished", "resumed",
];

/// Openers of a clause that is not the sentence's main statement: "If voters are unhappy, …".
const SUBORDINATORS: [&str; 10] = [
    "if", "when", "after", "before", "since", "because", "although", "though", "unless", "once",
];

/// How many words a quantified subject may take before its verb: "Most easy-access accounts
/// can".
const QUANTIFIED_REACH: usize = 5;

/// How many words may come before a bare plural's head: "Cereal prices", "Default judgments".
const PLURAL_HEAD_REACH: usize = 3;

/// Whether the sentence opens with a general statement: a quantifier with a present, perfect or
/// modal verb within [`QUANTIFIED_REACH`] words and no past form before it, or a bare plural
/// (no article, possessive or other function word before its head, which ends in "-s") right
/// before such a verb, unless that verb is "have" and an event of [`DONE_EVENTS`] follows it
/// ("Polls have closed across Aldmark": an election night's record, not a claim about polls).
pub(super) fn states_a_generality(sentence: &NormalizedSentence) -> bool {
    let Some(first) = sentence.get_word(0) else {
        return false;
    };
    if SUBORDINATORS.contains(&first) {
        return false;
    }
    if QUANTIFIERS.contains(&first) {
        let verbs = sentence.words_after(0, QUANTIFIED_REACH);
        return verbs
            .take_while(|word| !PAST.contains(word))
            .any(|word| GENERAL_VERBS.contains(&word));
    }
    (0..PLURAL_HEAD_REACH.min(sentence.len()))
        .take_while(|&i| !FUNCTION_WORDS.contains(&sentence.word(i)))
        .any(|i| {
            let head = sentence.word(i);
            head.len() > 3
                && ends_in_single_s(head)
                && sentence.get_word(i + 1).is_some_and(|verb| {
                    GENERAL_VERBS.contains(&verb)
                        && !(verb == "have"
                            && (sentence.get_word(i + 2))
                                .is_some_and(|done| DONE_EVENTS.contains(&done)))
                })
        })
}
