//! The public record of a court story: the charge a defendant "is charged with", the plea
//! ("pleaded not guilty"), the most a conviction could bring ("If convicted, Fenwick faces up
//! to 20 years in state prison") and the sentence passed ("He was also banned from driving for
//! five years"), bail ("remains free on a $50,000 bond") and the damages a party claims ("is
//! seeking 2 million euros in damages"). The charging document, the docket, the statute and
//! the filed claim say so, and
//! an editor does not ask who: court copy states them as the frame of the story. What the
//! defendant is said to have done, "is accused of stabbing", is the prosecution's claim and
//! stays one.

use super::lexicon::NormalizedSentence;

/// The verbs a maximum penalty is told with: "faces up to 20 years", "carries a maximum".
const PENALTY_VERBS: [&str; 6] = ["face", "faces", "facing", "carries", "carry", "punishable"];
/// How far after its verb the maximum and its term may come: "faces a sentence of up to 20
/// years in state prison".
const PENALTY_REACH: usize = 8;
/// What the term of a penalty is counted in.
const TERMS: [&str; 5] = ["years", "months", "life", "fine", "fines"];
/// Where a penalty is served: without one, "faces up to 20 years of drought" is no penalty.
const CUSTODY: [&str; 6] = [
    "prison",
    "jail",
    "gaol",
    "imprisonment",
    "custody",
    "convicted",
];

/// The verbs a court's sentence is passed with, in the passive: "was jailed for six years",
/// "was banned from driving for three years".
const SENTENCE_VERBS: [&str; 5] = [
    "sentenced",
    "jailed",
    "imprisoned",
    "banned",
    "disqualified",
];
/// The terms a sentence is passed for: "jailed for six years", "sentenced to 200 hours".
const SENTENCE_TERMS: [&str; 6] = ["years", "months", "weeks", "hours", "life", "year"];

/// The words a defendant's liberty before trial is told with: "remains free on a $50,000
/// bond", "was released on bail", "is being held on $1 million bail".
const AT_LIBERTY: [&str; 8] = [
    "free", "freed", "released", "held", "remains", "remained", "jailed", "out",
];
/// How far before "bail" or "bond" its "on" and the words of liberty may come: "remains free
/// on a $50,000 bond" ("$" and "50,000" are words of their own).
const BAIL_REACH: usize = 6;

/// How far after "seeking" or "sued" its "damages" may come: "sued the county for $3 million
/// in damages" ("$" is a word of its own).
const DAMAGES_REACH: usize = 8;

/// Whether the sentence tells the court record: a charge in the passive before "with" ("is
/// charged with attempted murder", [`charged_with`]), a plea ([`pleads`]), the maximum a
/// conviction brings ([`faces_a_maximum`]), the sentence passed ([`sentence_passed`]), bail
/// ([`on_bail`]), or the damages a party seeks ([`seeks_damages`]).
pub(super) fn tells_the_court_record(sentence: &NormalizedSentence) -> bool {
    // Looked for once, not from every verb of a penalty: a line of them stays linear.
    let names_custody = (0..sentence.len()).any(|at| CUSTODY.contains(&sentence.word(at)));
    (1..sentence.len()).any(|i| {
        charged_with(sentence, i)
            || pleads(sentence, i)
            || names_custody && faces_a_maximum(sentence, i)
            || sentence_passed(sentence, i)
            || on_bail(sentence, i)
            || seeks_damages(sentence, i)
    })
}

/// Whether word `i` seeks a sum in damages: "The union, which has joined the case as a civil
/// party, is seeking 2 million euros in damages", "sued for $10 million in damages". The claim
/// filed with the court names its sum, as the charge sheet names the charge; why the party is
/// owed it stays a claim of its own. "damages" must follow the sum: "seeking to limit the
/// damages" is no claim filed.
fn seeks_damages(sentence: &NormalizedSentence, i: usize) -> bool {
    matches!(
        sentence.word(i),
        "seeking" | "seeks" | "seek" | "sought" | "sued" | "suing" | "sues"
    ) && sentence.get_word(i + 1).is_some_and(|w| w != "to")
        && sentence
            .words_after(i, DAMAGES_REACH)
            .any(|w| w == "damages")
}

/// Whether word `i` is "bail" or "bond" as the terms a court set for a defendant's liberty:
/// "on" and a word of liberty before it, "Tillery remains free on a $50,000 bond", "He was
/// released on bail". The court's order says so; "a bond issue" or "bail out" is none.
fn on_bail(sentence: &NormalizedSentence, i: usize) -> bool {
    let before = i.saturating_sub(BAIL_REACH)..i;
    matches!(sentence.word(i), "bail" | "bond")
        && before.clone().any(|at| sentence.word(at) == "on")
        && before
            .into_iter()
            .any(|at| AT_LIBERTY.contains(&sentence.word(at)))
}

/// Whether word `i` tells the sentence a court passed, in the passive and with its term: "Hale
/// was jailed for six years", "He was also banned from driving for 13 and a half years". The
/// judgment says so, as it says the plea; "could be jailed" is what a conviction may bring.
fn sentence_passed(sentence: &NormalizedSentence, i: usize) -> bool {
    let before = if sentence.word(i - 1) == "also" && i > 1 {
        sentence.word(i - 2)
    } else {
        sentence.word(i - 1)
    };
    SENTENCE_VERBS.contains(&sentence.word(i))
        && matches!(before, "was" | "were" | "been")
        && sentence
            .words_after(i, PENALTY_REACH)
            .any(|w| SENTENCE_TERMS.contains(&w))
}

/// Whether word `i` is "charged" after a form of "be" and before "with": "Fenwick is charged
/// with attempted murder", "were charged with arson".
fn charged_with(sentence: &NormalizedSentence, i: usize) -> bool {
    sentence.word(i) == "charged"
        && matches!(sentence.word(i - 1), "is" | "are" | "was" | "were" | "been")
        && sentence.get_word(i + 1) == Some("with")
}

/// Whether word `i` enters a plea: "pleaded not guilty", "pleads guilty", "pleaded no contest".
fn pleads(sentence: &NormalizedSentence, i: usize) -> bool {
    matches!(sentence.word(i), "pleaded" | "pleads" | "pled")
        && matches!(
            sentence.get_word(i + 1),
            Some("not" | "guilty" | "no" | "innocent")
        )
}

/// Whether word `i` tells the most a conviction brings: one of [`PENALTY_VERBS`], "up to" or
/// "maximum" and a term ([`TERMS`]) after it — in a sentence that names custody
/// ([`CUSTODY`]), which the caller checks: "If convicted, she faces up to 20 years in prison",
/// "The charge carries a maximum sentence of life imprisonment".
fn faces_a_maximum(sentence: &NormalizedSentence, i: usize) -> bool {
    let after = || sentence.words_after(i, PENALTY_REACH);
    let up_to = || {
        (i + 1..sentence.len().min(i + PENALTY_REACH))
            .any(|at| sentence.word(at) == "up" && sentence.get_word(at + 1) == Some("to"))
    };
    PENALTY_VERBS.contains(&sentence.word(i))
        && (up_to() || after().any(|w| w == "maximum"))
        && after().any(|w| TERMS.contains(&w))
}
