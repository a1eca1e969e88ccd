//! A figure its source puts on something: "The government put the figure at 40 percent",
//! "Penhaligon put his losses at more than £400,000", "Forbes put his net worth at $45
//! billion". "put … at" is the subject's own estimate, the act of a source the sentence names,
//! not the writer's claim: an editor asks whether the government is right, not who says so.
//! A crowd with no name, "Some put the toll at 300", names no source and stays a claim.

use super::lexicon::NormalizedSentence;

/// The verb an estimate is given with.
const PUT: [&str; 3] = ["put", "puts", "putting"];
/// What an estimate is of: "put the figure at", "put the death toll at", "put his net worth
/// at".
const ESTIMATED: [&str; 15] = [
    "figure", "figures", "toll", "number", "total", "cost", "costs", "losses", "loss", "damage",
    "bill", "turnout", "tally", "value", "worth",
];
/// How far after "put" what is estimated may come: "put the death toll at", "put his net worth
/// at".
const ESTIMATED_REACH: usize = 4;
/// How far after "at" the figure may come: "at more than £400,000" ("more", "than", "£").
const FIGURE_REACH: usize = 4;
/// Subjects that name no source: "Some put the toll at 300", "Estimates put the cost at".
const NO_SOURCE: [&str; 11] = [
    "some",
    "others",
    "many",
    "most",
    "estimates",
    "experts",
    "analysts",
    "observers",
    "critics",
    "sources",
    "reports",
];

/// Whether the sentence gives a named subject's estimate: a word of [`PUT`] after a subject
/// that is not of [`NO_SOURCE`], what is estimated ([`ESTIMATED`]) with "at" right after it,
/// and a figure after the "at": "The government put the figure at 40 percent". "putting her at
/// odds" puts no figure.
pub(super) fn gives_a_sources_estimate(sentence: &NormalizedSentence) -> bool {
    (1..sentence.len()).any(|i| {
        PUT.contains(&sentence.word(i))
            && !NO_SOURCE.contains(&sentence.word(i - 1))
            && (i + 1..sentence.len().min(i + 1 + ESTIMATED_REACH)).any(|at| {
                ESTIMATED.contains(&sentence.word(at))
                    && sentence.get_word(at + 1) == Some("at")
                    && sentence
                        .words_after(at + 1, FIGURE_REACH)
                        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            })
    })
}
