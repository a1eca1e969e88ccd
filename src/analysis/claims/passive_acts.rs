//! A named doer's act told in the passive: "It was bought by the private equity firm Halvard
//! Capital in 2021 for £1.2bn", "An earlier rule was struck down by a federal judge in 2020",
//! "The case was brought by a coalition of 14 states", "It was recommended for approval by the
//! council's planning officials". Told in the active, "Halvard Capital bought it", the doer is
//! the subject and the deal, the ruling or the filing is on record with whoever made it, as a
//! public body's decision is (`tells_an_official_act`); the passive only moves the doer to the
//! end. A passive with no doer, "was loaded with liabilities", or with a crowd for one, "was
//! criticised by many", still asks by whom; so does a figure that says more than the act.

use super::lexicon::NormalizedSentence;
use super::{OFFICIAL_ACTS, PUBLIC_BODIES};

/// Acts of a deal, a ruling, a filing or an appointment that a named doer does on record, told
/// in the passive beside [`OFFICIAL_ACTS`]: "was bought by", "was struck down by", "is run by".
/// Not verbs of speech or judgement ("was criticised by"), which report, nor of harm or cause
/// ("was hit by", "was caused by"), which ask for a witness.
const DEALS_AND_RULINGS: [&str; 22] = [
    "bought",
    "acquired",
    "purchased",
    "struck",
    "blocked",
    "recommended",
    "brought",
    "filed",
    "founded",
    "appointed",
    "fined",
    "banned",
    "stripped",
    "awarded",
    "signed",
    "passed",
    "rejected",
    "commissioned",
    "run",
    "owned",
    "operated",
    "nominated",
];

/// The doers other than [`PUBLIC_BODIES`] that act on record by their office or trade, in
/// lower case: "by a federal judge", "by the council's planning officials", "by a coalition
/// of 14 states".
const DOERS: [&str; 12] = [
    "judge",
    "judges",
    "officials",
    "regulator",
    "coalition",
    "states",
    "firm",
    "company",
    "group",
    "trust",
    "tribunal",
    "panel",
];

/// The words a participle's particle may be: "struck down", "taken over", "set up".
const PARTICLES: [&str; 5] = ["down", "over", "up", "out", "off"];

/// How many words may stand between the participle and its "by": "recommended for approval
/// by".
const BY_REACH: usize = 3;
/// How many words of the doer are read after "by": "by the US private equity firm Halvard".
const DOER_REACH: usize = 6;

/// Whether the sentence tells an act of [`OFFICIAL_ACTS`] or [`DEALS_AND_RULINGS`] in the
/// passive, after a form of "be" (perhaps over an adverb), with its doer after "by": a name,
/// one of [`PUBLIC_BODIES`] or one of [`DOERS`]. The caller checks that the sentence has no
/// cue but its figures and dates.
pub(super) fn tells_an_act_by_its_doer(text: &str, sentence: &NormalizedSentence) -> bool {
    (1..sentence.len()).any(|i| {
        let word = sentence.word(i);
        (OFFICIAL_ACTS.contains(&word) || DEALS_AND_RULINGS.contains(&word))
            && after_be(sentence, i)
            && by_after(sentence, i).is_some_and(|by| names_a_doer(text, sentence, by + 1))
    })
}

/// Whether a form of "be" comes just before word `i`, or over one adverb in "-ly" or "later":
/// "was bought", "has been unanimously approved".
fn after_be(sentence: &NormalizedSentence, i: usize) -> bool {
    let is_be = |w: &str| matches!(w, "is" | "are" | "was" | "were" | "been" | "be" | "being");
    is_be(sentence.word(i - 1))
        || i >= 2
            && is_be(sentence.word(i - 2))
            && (sentence.word(i - 1).ends_with("ly") || sentence.word(i - 1) == "later")
}

/// Where the "by" of the participle at `i` is: after it, its particle, or a few words with no
/// punctuation between ("recommended for approval by").
fn by_after(sentence: &NormalizedSentence, i: usize) -> Option<usize> {
    let mut at = i + 1;
    if sentence
        .get_word(at)
        .is_some_and(|w| PARTICLES.contains(&w))
    {
        at += 1;
    }
    (at..sentence.len().min(at + BY_REACH + 1))
        .take_while(|&j| sentence.word(j).starts_with(char::is_alphanumeric))
        .find(|&j| sentence.word(j) == "by")
}

/// Whether the words from `start`, up to punctuation, name a doer: a capitalised word (a
/// name, "Halvard Capital", "the US"), one of [`PUBLIC_BODIES`] or one of [`DOERS`].
fn names_a_doer(text: &str, sentence: &NormalizedSentence, start: usize) -> bool {
    (start..sentence.len().min(start + DOER_REACH))
        .take_while(|&j| sentence.word(j).starts_with(char::is_alphanumeric))
        .any(|j| {
            let word = sentence.word(j);
            sentence.is_capitalised(text, j)
                || PUBLIC_BODIES.contains(&word)
                || DOERS.contains(&word)
                || word
                    .strip_suffix("'s")
                    .is_some_and(|owner| PUBLIC_BODIES.contains(&owner))
        })
}
