//! Words of judgement ("odious", "brilliantly", "perhaps"): an opinion or a guess the writer
//! presents as fact. Only the reading as reported (`reported`) looks at them; the
//! check-worthiness score does not, so the CLEF ranking it is trained for stays as it was.

use super::lexicon::NormalizedSentence;

const JUDGEMENT_LIST: &str = include_str!("../../../data/claims/judgement_words.txt");

/// The heading in `data/claims/judgement_words.txt` above which the words praise or blame and
/// below which they hedge.
const GUESSES: &str = "# The writer's own guess, hedge or feeling.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Judgement {
    /// Praise or blame: "odious", "brilliantly articulate".
    Verdict,
    /// The writer's guess, hedge or feeling: "perhaps", "presumably", "sadly".
    Guess,
}

/// The words of `data/claims/judgement_words.txt` with their kind, for the word look-up
/// (`lexicon::ListedWord`).
pub(crate) fn words() -> impl Iterator<Item = (&'static str, Judgement)> {
    let (verdicts, guesses) = JUDGEMENT_LIST
        .split_once(GUESSES)
        .expect("judgement_words.txt has its heading of guesses");
    let listed = |list: &'static str, kind: Judgement| {
        list.lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(move |word| (word, kind))
    };
    listed(verdicts, Judgement::Verdict).chain(listed(guesses, Judgement::Guess))
}

/// The strongest judgement in the sentence: a verdict before a guess.
pub(super) fn judgement(sentence: &NormalizedSentence) -> Option<Judgement> {
    let mut found = None;
    for word in sentence.listed.iter().filter_map(|word| word.judgement) {
        if word == Judgement::Verdict {
            return Some(word);
        }
        found = Some(word);
    }
    found
}
