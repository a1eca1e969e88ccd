//! A public act not made: "The White House has not taken a position on the draft", "The bank
//! does not publish daily intervention data", "Ministers have yet to publish their response".
//! What a body has said, published or decided is on the record, and so is its silence: the
//! reporter knows it from the record and from asking, as with "did not respond to a request for
//! comment", which the attribution frames read as the body's own act. A substantive act not
//! done, "has not paid tax in a decade", "has yet to implement the recommendations", is a
//! claim about the world, and an editor asks who says so.

use super::lexicon::NormalizedSentence;

/// The acts of a body's public voice: what it says, publishes or decides. Past participles
/// and present forms both, "has not published", "does not publish".
const PUBLIC_ACTS: [&str; 31] = [
    "publish",
    "publishes",
    "published",
    "comment",
    "commented",
    "respond",
    "responded",
    "reply",
    "replied",
    "decide",
    "decided",
    "announce",
    "announced",
    "disclose",
    "disclosed",
    "release",
    "released",
    "reveal",
    "revealed",
    "confirm",
    "confirmed",
    "explain",
    "explained",
    "say",
    "said",
    "rule",
    "ruled",
    "endorse",
    "endorsed",
    "specify",
    "specified",
];

/// The acts of that voice told with a verb and its object, the object within
/// [`OBJECT_REACH`] words: "has not taken a position on the draft", "has not set a date for
/// the vote", "has not given a reason", "has not made the figures public".
const ACTS_WITH_OBJECTS: [(&[&str], &[&str]); 4] = [
    (&["take", "taken", "taking"], &["position", "stance"]),
    (&["set", "setting"], &["date", "timetable", "deadline"]),
    (
        &["give", "given", "giving"],
        &["reason", "reasons", "explanation", "details", "date"],
    ),
    (&["make", "made", "making"], &["public", "statement"]),
];
const OBJECT_REACH: usize = 3;

/// Adverbs that may stand between the negation and the act: "has not yet decided", "did not
/// immediately respond", "has still not published", "has not publicly commented".
const BETWEEN: [&str; 6] = [
    "yet",
    "still",
    "immediately",
    "publicly",
    "formally",
    "officially",
];

/// The auxiliaries of a finite negation: "has not", "does not", "is yet to".
const AUXILIARIES: [&str; 10] = [
    "has", "have", "had", "does", "do", "did", "is", "are", "was", "were",
];

/// Whether the act at `index` is denied by a finite negation before it: an auxiliary and
/// "not" or "never" ("has not published"), a contracted one ("doesn't comment"), or "yet to"
/// ("has yet to decide"). Not an infinitive's, "the first candidate to not release her
/// returns", which tells something else.
fn negates(sentence: &NormalizedSentence, index: usize) -> bool {
    let mut i = index;
    while i > 0 && BETWEEN.contains(&sentence.word(i - 1)) {
        i -= 1;
    }
    let word = |back: usize| i.checked_sub(back).map(|j| sentence.word(j));
    let auxiliary = |back: usize| word(back).is_some_and(|w| AUXILIARIES.contains(&w));
    match word(1) {
        Some("not" | "never") => auxiliary(2),
        Some("to") => word(2) == Some("yet") && auxiliary(3),
        Some(before) => before.ends_with("n't"),
        None => false,
    }
}

/// Whether the sentence says that its subject has not made one of [`PUBLIC_ACTS`] or
/// [`ACTS_WITH_OBJECTS`]: the act negated, "has not published", "does not comment", "has yet
/// to decide", "did not immediately respond", "has not set a date".
pub(super) fn tells_a_public_act_not_made(sentence: &NormalizedSentence) -> bool {
    (1..sentence.len()).any(|i| {
        let word = sentence.word(i);
        // "has not ruled out strikes" keeps strikes in view: a stance, not a ruling.
        let acts = PUBLIC_ACTS.contains(&word) && sentence.get_word(i + 1) != Some("out")
            || ACTS_WITH_OBJECTS.iter().any(|(verbs, objects)| {
                verbs.contains(&word)
                    && sentence
                        .words_after(i, OBJECT_REACH)
                        .any(|w| objects.contains(&w))
            });
        acts && negates(sentence, i)
    })
}
