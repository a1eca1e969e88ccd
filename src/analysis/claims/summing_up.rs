//! A sentence that sums up what the story has just told and judges it, pointing back with a
//! demonstrative: "That volatility is not new.", "Those are sacking numbers in any league.",
//! "Such suspensions are rarely granted." The reporter's narration tells events; a sentence that
//! opens by pointing back at them is the writer's verdict on them more often than not. An
//! input of the says-who model (`says_who::add_word_features`), not a verdict of its own.

use super::lexicon::NormalizedSentence;

/// The words that point back at what came before when they open a sentence.
const POINTING_BACK: [&str; 5] = ["that", "this", "these", "those", "such"];

/// The conjunctions a summing-up may open with: "Yet the signs …", "But that is …".
const LINKING: [&str; 5] = ["but", "yet", "and", "so", "still"];

/// Whether the sentence opens, after a linking conjunction if any, with a word of
/// [`POINTING_BACK`].
pub(crate) fn points_back(sentence: &NormalizedSentence) -> bool {
    let Some(first) = sentence.get_word(0) else {
        return false;
    };
    let first = if LINKING.contains(&first) {
        sentence.get_word(1).unwrap_or("")
    } else {
        first
    };
    POINTING_BACK.contains(&first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Span;
    use crate::text::tokenize;

    fn reads(text: &str) -> bool {
        let tokens = tokenize(text, Span::new(0, text.len()));
        points_back(&NormalizedSentence::new(text, &tokens))
    }

    #[test]
    fn a_sentence_opening_with_a_demonstrative_points_back() {
        assert!(reads("That shortfall is hardly a surprise."));
        assert!(reads("But those are the wrong lessons to draw."));
        assert!(reads("Such delays have become routine at the depot."));
        // Narration and a "that" inside the sentence do not.
        assert!(!reads("The depot closed on Tuesday."));
        assert!(!reads("Officials said that the depot would close."));
    }
}
