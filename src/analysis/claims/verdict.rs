//! The writer's verdict on the news, in phrases that carry no cue word of their own: "The
//! defeat is a severe blow to the Prime Minister", "The ruling comes at a delicate moment for
//! …", "It was a harsh decision.", "Kuroda is the overwhelming favourite." Unsourced, an
//! editor asks "says who?" of each. An input of the says-who model
//! (`says_who::add_word_features`), not a verdict of its own; the phrases are in
//! `data/claims/verdict_phrases.txt`.

use super::lexicon::{normalize_phrase, phrase_lists, NormalizedSentence, Patterns};

const VERDICT_LIST: &str = include_str!("../../../data/claims/verdict_phrases.txt");

/// Which patterns of the phrase lists' automaton are listed verdicts, by pattern id
/// (`lexicon::phrase_lists`, which scans each sentence once for every list).
pub(super) fn verdict_patterns(patterns: &mut Patterns) -> Vec<bool> {
    let mut verdicts = Vec::new();
    let lines = VERDICT_LIST.lines().map(str::trim);
    for line in lines.filter(|line| !line.is_empty() && !line.starts_with('#')) {
        *patterns.entry(normalize_phrase(line), &mut verdicts) = true;
    }
    verdicts
}

/// Whether the sentence holds a phrase of `verdict_phrases.txt`, as whole words.
pub(crate) fn gives_a_verdict(sentence: &NormalizedSentence) -> bool {
    let lists = phrase_lists();
    (sentence.occurrences().iter()).any(|found| {
        lists.is_verdict(found.pattern)
            && (sentence.phrase_match(found.start, found.end, ())).is_some()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Span;
    use crate::text::tokenize;

    fn reads(text: &str) -> bool {
        let tokens = tokenize(text, Span::new(0, text.len()));
        gives_a_verdict(&NormalizedSentence::new(text, &tokens))
    }

    #[test]
    fn a_phrase_of_judgement_gives_the_writers_verdict() {
        assert!(reads(
            "The closure is a bitter blow to the valley's dairy farmers."
        ));
        assert!(reads(
            "The strike comes at an awkward time for the ferry operator."
        ));
        assert!(reads("Marsh United were the better side after the break."));
        // The same words in narration, or apart, do not.
        assert!(!reads("The ferry operator cut two sailings on Tuesday."));
        assert!(!reads(
            "A blow from the storm brought down power lines to the valley."
        ));
        assert!(!reads("The next ferry comes at noon."));
    }
}
