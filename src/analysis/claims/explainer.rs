//! The explainer's background: what a kind of thing is or does, in the present, as a reference
//! book would put it. "Gallstones are hard deposits that form in the gallbladder", "Rabies can
//! be fatal once symptoms appear", "Frost damage happens when ice forms inside the plant's
//! cells", "Bromine is used to treat pool water", "Red squirrels are native to the pine
//! forests of the north". A news story sets such a sentence beside its news so that the reader
//! follows it; an editor does not ask who says so. The check-worthiness model, learnt from
//! debates, reads its general terms and its harm ("fatal", "severe pain") as a claim.
//!
//! A reading the says-who model weighs (`says_who::add_word_features`), not a rule: a finding
//! put as the nature of things ("Artificial light can cause birds to nest early") may still be
//! asked about. Each invented set held out, it fires on nine sentences in seven sets, all
//! labelled "no" (seven of them flagged without it), and learns a weight of about -0.4: one of
//! them drops below the bar.

use super::lexicon::NormalizedSentence;

/// What opens a particular subject, not a kind: an article, a demonstrative, a possessive or a
/// pronoun ("The virus", "Its plant", "They").
const PARTICULAR: [&str; 19] = [
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "it", "they", "he", "she", "we",
];

/// How many words and marks the subject may run to before its predicate, an apposition
/// included: "Red squirrels, the smaller of the two native species, are native to".
const SUBJECT_REACH: usize = 14;

/// Predicates that say what a kind of thing is or does: (a word, the word after it).
const EXPLAINING: [(&str, &str); 12] = [
    ("can", "cause"),
    ("can", "be"),
    ("may", "cause"),
    ("happens", "when"),
    ("occurs", "when"),
    ("form", "when"),
    ("forms", "when"),
    ("used", "to"),
    ("native", "to"),
    ("deposits", "of"),
    ("type", "of"),
    ("form", "of"),
];

/// Harms a kind of thing "can be": "can be fatal" (not "can be seen", "can be sure").
const CAN_BE: [&str; 4] = ["fatal", "deadly", "dangerous", "harmful"];

/// Whether the sentence explains a kind of thing: a subject no article, demonstrative,
/// possessive or pronoun of [`PARTICULAR`] opens, no figure in the sentence, and a predicate
/// of [`EXPLAINING`] within [`SUBJECT_REACH`] words ("can be" only before a harm of
/// [`CAN_BE`]; "used to" and "native to", "type of" and "form of" after "is" or "are").
pub(crate) fn explains_a_kind(sentence: &NormalizedSentence) -> bool {
    let Some(first) = sentence.get_word(0) else {
        return false;
    };
    if PARTICULAR.contains(&first)
        || (0..sentence.len()).any(|i| sentence.word(i).starts_with(|c: char| c.is_ascii_digit()))
    {
        return false;
    }
    (1..SUBJECT_REACH.min(sentence.len())).any(|i| {
        let (word, next) = (sentence.word(i), sentence.get_word(i + 1).unwrap_or(""));
        if !EXPLAINING.contains(&(word, next)) {
            return false;
        }
        match (word, next) {
            ("can", "be") => sentence
                .get_word(i + 2)
                .is_some_and(|harm| CAN_BE.contains(&harm)),
            ("used" | "native", _) | ("type" | "form", "of") => {
                let before = if matches!(word, "type" | "form") {
                    // "are a rare form of", "is one type of".
                    (1..i)
                        .rev()
                        .take(3)
                        .map(|j| sentence.word(j))
                        .collect::<Vec<_>>()
                } else {
                    vec![sentence.word(i - 1)]
                };
                before.iter().any(|w| matches!(*w, "is" | "are"))
            }
            _ => true,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explains(sentence: &str) -> bool {
        crate::analysis::claims::tests::reads(sentence, explains_a_kind)
    }

    #[test]
    fn what_a_kind_of_thing_is_or_does_explains_it() {
        for sentence in [
            "Gallstones are hard deposits of cholesterol that form in the gallbladder.",
            "Rabies can be fatal once symptoms appear.",
            "Frost damage happens when ice forms inside the plant's cells.",
            "Bromine is used to treat pool water in many leisure centres.",
            "Red squirrels, the smaller of the two species, are native to the pine forests of the north.",
            "Whooping cough can cause weeks of coughing in young children.",
            "Shingles is a painful form of the chickenpox virus.",
        ] {
            assert!(explains(sentence), "{sentence}");
        }
    }

    #[test]
    fn a_particular_thing_or_a_figure_is_news_not_background() {
        for sentence in [
            "The leak can cause serious damage to the lungs.",
            "Its new plant is used to treat waste from three counties.",
            "Mould can cause breathing problems in 40% of damp homes.",
            "Ministers can be sure of a majority.",
            "Councils used to run most bus routes.",
        ] {
            assert!(!explains(sentence), "{sentence}");
        }
    }
}
