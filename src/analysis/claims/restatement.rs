//! Arithmetic on figures the copy has just given: "That is an increase of about 40 per cent",
//! "That makes a total of £812.50", "That works out at £4.20 a week", "This amounts to half of
//! what was pledged". The demonstrative stands for the sentence before, whose figures carry
//! the claim and its source; the restatement adds a sum, a share or a difference worked from
//! them, which an editor checks by doing the sum, not by asking who says so. The check-
//! worthiness model, learnt from debates, scores such figures high all the same.
//!
//! The claim is narrated (`ClaimScore::narrated`): settled as no unsourced claim before the
//! says-who model reads it. As an input the model weighed (each invented set held out), it
//! fired on six sentences, all labelled "no", in five sets, and learnt a weight of only -0.34,
//! too little to move most of them. Its form is narrow: the demonstrative alone as subject,
//! an equating verb, a sum's word or a figure.

use super::lexicon::NormalizedSentence;

/// What a restatement's demonstrative does with the figures: "That is", "That makes", "This
/// works out at", "That amounts to", "That comes to", "That equates to", "That adds up to",
/// "That would be" (see [`EQUATING_AFTER_WOULD`]).
const EQUATING: [&str; 12] = [
    "is", "was", "makes", "made", "works", "worked", "amounts", "amounted", "comes", "came",
    "equates", "adds",
];

/// Words of a sum, a share or a difference, beside the figures themselves: "an increase of",
/// "a total of", "half of", "£200 cheaper".
/// Not "average": "That is longer than the national average" sets the figure beside one the
/// copy has not given.
const ARITHMETIC: [&str; 21] = [
    "increase",
    "rise",
    "fall",
    "drop",
    "cut",
    "total",
    "sum",
    "difference",
    "half",
    "third",
    "quarter",
    "double",
    "doubling",
    "twice",
    "treble",
    "tripling",
    "cheaper",
    "dearer",
    "more",
    "less",
    "fewer",
];

/// The equating verbs after "would": "That would be", "That would make", "That would come to"
/// (not "That would have closed half the gap", what a measure would have done).
const EQUATING_AFTER_WOULD: [&str; 5] = ["be", "make", "work", "amount", "come"];

/// Whether the sentence opens with "That" or "This" standing alone as its subject (not "That
/// plan"), an equating verb of [`EQUATING`] (or "would" and one of [`EQUATING_AFTER_WOULD`]),
/// and a figure or a word of [`ARITHMETIC`] after it.
pub(crate) fn restates_figures(sentence: &NormalizedSentence) -> bool {
    if !matches!(sentence.get_word(0), Some("that" | "this")) {
        return false;
    }
    let mut verb = 1;
    if sentence.get_word(verb) == Some("would") {
        verb += 1;
        if !(sentence.get_word(verb)).is_some_and(|w| EQUATING_AFTER_WOULD.contains(&w)) {
            return false;
        }
    } else if !sentence
        .get_word(verb)
        .is_some_and(|w| EQUATING.contains(&w))
    {
        return false;
    }
    (verb..sentence.len()).any(|i| {
        let word = sentence.word(i);
        ARITHMETIC.contains(&word) || word.starts_with(|c: char| c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn restates(sentence: &str) -> bool {
        crate::analysis::claims::tests::reads(sentence, restates_figures)
    }

    #[test]
    fn a_sum_worked_from_the_figures_before_restates_them() {
        for sentence in [
            "That is an increase of about 40 per cent on last winter.",
            "That makes a total of £812.50 for the year.",
            "This works out at £4.20 a week for a family of four.",
            "That amounts to half of what the ministry pledged.",
            "That would be 300 fewer beds than the trust had in 2019.",
        ] {
            assert!(restates(sentence), "{sentence}");
        }
    }

    #[test]
    fn the_sum_is_settled_before_the_says_who_model_reads_it() {
        let text = "Water bills in the valley will rise from £410 to £574 a year in April. \
                    That is an increase of 40 per cent.";
        let analysis = crate::analysis::analyze(
            text,
            crate::text::Format::PlainText,
            &crate::config::Config::default(),
        );
        let sum = (analysis.claims.iter())
            .find(|c| c.span.slice(text).starts_with("That is"))
            .expect("a claim");
        assert_eq!(sum.says_who, 0.0);
    }

    #[test]
    fn a_demonstrative_before_a_noun_or_without_a_figure_does_not() {
        for sentence in [
            "That plan would cost £40 million.",
            "That is a real problem for the council.",
            "That would have closed half the gap at a fraction of the cost.",
            "That is longer than the national average wait.",
            "This is not the first time the pier has closed.",
            "The rise is 40 per cent.",
        ] {
            assert!(!restates(sentence), "{sentence}");
        }
    }
}
