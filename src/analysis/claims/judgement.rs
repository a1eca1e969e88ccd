//! Words of judgement ("odious", "brilliantly", "perhaps"): an opinion or a guess the writer
//! presents as fact. Only the reading as reported (`reported`) looks at them; the
//! check-worthiness score does not, so the CLEF ranking it is trained for stays as it was.

use super::lexicon::NormalizedSentence;

const JUDGEMENT_LIST: &str = include_str!("../../../data/claims/judgement_words.txt");

/// The words of `data/claims/judgement_words.txt`, for the word look-up (`lexicon::ListedWord`).
pub(crate) fn words() -> impl Iterator<Item = &'static str> {
    JUDGEMENT_LIST
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Whether the sentence holds a word of judgement.
pub(super) fn judges(sentence: &NormalizedSentence) -> bool {
    sentence.listed.iter().any(|word| word.judgement)
}
