//! The writer's assessment of what is known: "It is unclear whether the plan will pass", "it
//! is hard to see how the party recovers", "It's no surprise that turnout fell", "it is
//! anyone's guess whether". An impersonal "it" with a form of "be" and a word of knowledge or
//! likelihood: nobody is named who finds it unclear, hard to see or unsurprising, so an
//! editor asks "says who?", and the reading as reported (`reported`) treats it as the
//! writer's own. So is "of course": the writer presents the statement as beyond question.

use super::lexicon::NormalizedSentence;

/// The forms of "be" (and "remain") after the impersonal "it".
const BE: [&str; 6] = ["is", "'s", "was", "remains", "remained", "seems"];

/// Words that may come between "it is" and the assessment: "it is still unclear", "it is not
/// at all clear", "it's perfectly obvious".
const BETWEEN: [&str; 10] = [
    "also", "still", "not", "now", "so", "very", "pretty", "far", "all", "at",
];

/// What is known or likely, said of "it" alone: "it is unclear", "it was doubtful".
const ASSESSMENTS: [&str; 9] = [
    "unclear",
    "uncertain",
    "doubtful",
    "obvious",
    "evident",
    "certain",
    "likely",
    "unlikely",
    "inevitable",
];

/// "clear" and "clearer" assess only before a clause ("it is clear that", "clearer than ever
/// that"), not in "it was clear and cold".
const CLEAR: [&str; 2] = ["clear", "clearer"];
const CLAUSE_OPENERS: [&str; 7] = ["that", "whether", "how", "why", "what", "if", "than"];

/// "it is hard to see", "it is impossible to know": how hard something is to tell.
const HARD: [&str; 4] = ["hard", "difficult", "easy", "impossible"];
const TELLING: [&str; 12] = [
    "see",
    "imagine",
    "know",
    "tell",
    "say",
    "believe",
    "predict",
    "overstate",
    "understand",
    "figure",
    "ignore",
    "exaggerate",
];

/// "it's no surprise", "it is no secret", "it was no accident".
const NO_SURPRISE: [&str; 5] = ["surprise", "secret", "coincidence", "accident", "wonder"];

/// Whether the sentence assesses what is known in the writer's own voice: "it", a form of
/// [`BE`], perhaps words of [`BETWEEN`] or an adverb, and one of [`ASSESSMENTS`], "clear"
/// before a clause, a word of [`HARD`] before "to" and a verb of [`TELLING`], "no" and a word
/// of [`NO_SURPRISE`], "not surprising", or "anyone's guess"; or "of course" (not "a matter
/// of course"). "It is unclear" states that nobody knows; "Officials said it was unclear" is
/// attributed before this is read.
pub(super) fn assesses_what_is_known(sentence: &NormalizedSentence) -> bool {
    let word = |at: usize| sentence.get_word(at).unwrap_or("");
    (0..sentence.len()).any(|i| {
        if word(i) == "of" && word(i + 1) == "course" {
            return i == 0 || word(i - 1) != "matter";
        }
        if word(i) != "it" || !BE.contains(&word(i + 1)) {
            return false;
        }
        let mut at = i + 2;
        while BETWEEN.contains(&word(at)) || word(at).len() > 3 && word(at).ends_with("ly") {
            // "likely" is the assessment, not an adverb before it.
            if ASSESSMENTS.contains(&word(at)) {
                break;
            }
            at += 1;
        }
        let next = word(at + 1);
        match word(at) {
            w if ASSESSMENTS.contains(&w) => true,
            w if CLEAR.contains(&w) => CLAUSE_OPENERS.contains(&next),
            w if HARD.contains(&w) => next == "to" && TELLING.contains(&word(at + 2)),
            "no" => NO_SURPRISE.contains(&next),
            // "not" and "hardly" were passed over as words between.
            "surprising" => matches!(word(at - 1), "not" | "hardly"),
            "anyone" => next == "'s" && word(at + 2) == "guess",
            _ => false,
        }
    })
}
