//! The writer's verdict on the news, in phrases that carry no cue word of their own: "The
//! defeat is a severe blow to the Prime Minister", "The ruling comes at a delicate moment for
//! …", "It was a harsh decision.", "Kuroda is the overwhelming favourite." Unsourced, an
//! editor asks "says who?" of each. An input of the says-who model
//! (`says_who::add_word_features`), not a verdict of its own; the phrases are in
//! `data/claims/verdict_phrases.txt`.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::lexicon::NormalizedSentence;

const VERDICT_LIST: &str = include_str!("../../../data/claims/verdict_phrases.txt");

/// The listed phrases, each as its words, by first word.
fn phrases() -> &'static HashMap<&'static str, Vec<Vec<&'static str>>> {
    static PHRASES: OnceLock<HashMap<&'static str, Vec<Vec<&'static str>>>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut phrases: HashMap<&str, Vec<Vec<&str>>> = HashMap::new();
        let lines = VERDICT_LIST.lines().map(str::trim);
        for line in lines.filter(|line| !line.is_empty() && !line.starts_with('#')) {
            let words: Vec<&str> = line.split_whitespace().collect();
            phrases.entry(words[0]).or_default().push(words);
        }
        phrases
    })
}

/// Whether the sentence holds a phrase of `verdict_phrases.txt`, word for word.
pub(crate) fn gives_a_verdict(sentence: &NormalizedSentence) -> bool {
    let phrases = phrases();
    (0..sentence.len()).any(|start| {
        phrases.get(sentence.word(start)).is_some_and(|listed| {
            listed.iter().any(|words| {
                (words.iter().enumerate())
                    .all(|(i, word)| sentence.get_word(start + i) == Some(word))
            })
        })
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
