//! The terms of a decision reported just before: "The regents voted 7-2 on Friday to raise
//! tuition by 6.5%. … Out-of-state students will pay 8% more." What "will" tells there is what
//! the decision settles, on record with it, not the writer's forecast: an editor asks "says
//! who?" of the decision, not of each of its terms.

use super::{Sentence, Span};
use crate::text::{tokenize, TokenKind};

/// The acts that settle what is to happen: a vote, an approval, an agreement, an announcement.
const DECISIONS: [&str; 16] = [
    "approved",
    "approve",
    "approves",
    "voted",
    "votes",
    "agreed",
    "agrees",
    "decided",
    "decides",
    "announced",
    "announces",
    "adopted",
    "passed",
    "ratified",
    "unveiled",
    "confirmed",
];

/// Words that make "will" a forecast whatever was decided: a condition ("If the rules survive,
/// they will …"), a hedge ("will almost certainly", "could", "is expected to"), a doubt
/// ("It's unclear whether a vote will be scheduled").
const UNSETTLED: [&str; 14] = [
    "if",
    "unless",
    "likely",
    "unlikely",
    "probably",
    "certainly",
    "almost",
    "expected",
    "could",
    "may",
    "might",
    "perhaps",
    "whether",
    "unclear",
];

/// What a consequence or a trend does after "will": "the change will make streets safer",
/// "will mean higher bills", "the state's debt will double by 2030". A decision's terms say who
/// pays, gets or must do what.
const CONSEQUENCES: [&str; 22] = [
    "make", "help", "mean", "lead", "cause", "hurt", "boost", "damage", "improve", "worsen",
    "shape", "affect", "double", "triple", "halve", "rise", "fall", "grow", "shrink", "climb",
    "increase", "decline",
];

/// How many sentences back, besides its own, a decision gives the terms that follow it.
const TERMS_WITHIN: usize = 3;

/// The decision that the sentence at `index` gives terms of, when it states them plainly
/// ([`states_terms`]): in the sentence itself ("Households will pay £603 a year from April,
/// after the regulator approved …") or in one of the [`TERMS_WITHIN`] before it ("The board
/// voted to approve a ban. … Students will be required to keep phones in pouches."); also "is
/// to" before a verb, "Kestrel Foods is to close its Leicester plant" then "Production will
/// move to Doncaster". The span is the act.
pub(super) fn decision_stated(text: &str, sentences: &[Sentence], index: usize) -> Option<Span> {
    let own = words(text, sentences.get(index)?.span);
    if !states_terms(text, &own) {
        return None;
    }
    let first = index.saturating_sub(TERMS_WITHIN);
    decision_in(text, &own).or_else(|| {
        (first..index)
            .rev()
            .filter_map(|i| sentences.get(i))
            .find_map(|sentence| decision_in(text, &words(text, sentence.span)))
    })
}

/// The word tokens of `span`.
fn words(text: &str, span: Span) -> Vec<Span> {
    (tokenize(text, span).into_iter())
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.span)
        .collect()
}

/// Whether the words state terms plainly: no [`UNSETTLED`] word, and no [`CONSEQUENCES`] verb
/// right after a "will" (or after its adverb, "will also make").
fn states_terms(text: &str, words: &[Span]) -> bool {
    let words: Vec<String> = (words.iter())
        .map(|w| w.slice(text).to_lowercase())
        .collect();
    let consequence = |i: usize| {
        let verb = match words.get(i + 1) {
            Some(adverb) if adverb.ends_with("ly") || adverb == "also" => words.get(i + 2),
            verb => verb,
        };
        verb.is_some_and(|v| CONSEQUENCES.contains(&v.as_str()))
    };
    !words.iter().any(|w| UNSETTLED.contains(&w.as_str()))
        && !(0..words.len()).any(|i| words[i] == "will" && consequence(i))
}

/// The first decision act among the words: a [`DECISIONS`] word, or "is to"/"are to" and the
/// verb after it ("is to close"; not "is to be", a forecast's form as often as a decision's).
fn decision_in(text: &str, words: &[Span]) -> Option<Span> {
    let word = |i: usize| words.get(i).map(|w| w.slice(text));
    (0..words.len()).find_map(|i| {
        let lower = word(i)?.to_lowercase();
        if DECISIONS.contains(&lower.as_str()) && taken(text, words, i, &lower) {
            return Some(words[i]);
        }
        let verb = word(i + 2)?;
        let is_to = matches!(lower.as_str(), "is" | "are")
            && word(i + 1) == Some("to")
            && verb != "be"
            && verb.chars().all(|c| c.is_ascii_lowercase());
        is_to.then(|| Span::new(words[i].start, words[i + 2].end))
    })
}

/// Whether the decision word at `i` (`decision`, lowercased) tells a decision taken, not one
/// to come: not after a bare "be" or "to" ("is likely to be decided by the Supreme Court",
/// "plans to approve"), and "votes" only as a verb before "to" ("the council votes to …"; not
/// "electoral votes", "the first votes of the primary").
fn taken(text: &str, words: &[Span], i: usize, decision: &str) -> bool {
    let lower = |j: usize| words.get(j).map(|w| w.slice(text).to_lowercase());
    let before = i.checked_sub(1).and_then(lower);
    if matches!(before.as_deref(), Some("be" | "to")) {
        return false;
    }
    decision != "votes" || lower(i + 1).as_deref() == Some("to")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(text: &str, index: usize) -> Option<&str> {
        let mut sentences = Vec::new();
        let mut start = 0;
        for part in text.split_inclusive(". ") {
            sentences.push(Sentence {
                span: Span::new(start, start + part.len()),
                block: 0,
            });
            start += part.len();
        }
        decision_stated(text, &sentences, index).map(|s| s.slice(text))
    }

    #[test]
    fn a_decision_in_the_sentence_or_the_three_before() {
        let story = "The regents voted 7-2 to raise tuition. The increase is the largest in a \
                     decade. Students protested. Out-of-state students will pay 8% more. Fees \
                     for housing will go up too.";
        assert_eq!(decision(story, 3), Some("voted"));
        // Four sentences on, the vote is too far back.
        assert_eq!(decision(story, 4), None);
        assert_eq!(
            decision(
                "Kestrel Foods is to close its Leicester plant. Production will move.",
                1
            ),
            Some("is to close")
        );
        // A decision still to come, or a count of votes, settles nothing; "plans to approve"
        // finds no decision either.
        assert_eq!(
            decision(
                "The council plans to approve the budget in June. Residents will pay 3% more.",
                1
            ),
            None
        );
        assert_eq!(
            decision(
                "The merger is expected to be approved in May. Holders will get two shares each.",
                1
            ),
            None
        );
        assert_eq!(
            decision(
                "Ohio has 18 electoral votes. Both campaigns will spend heavily there.",
                1
            ),
            None
        );
        assert_eq!(
            decision(
                "The board votes to close the pool. Swimmers will use the school's.",
                1
            ),
            Some("votes")
        );
        // "is to be" is a forecast's form as often as a decision's.
        assert_eq!(
            decision("The plant is to be sold. Production will move.", 1),
            None
        );
    }

    #[test]
    fn terms_are_stated_plainly() {
        let terms =
            |sentence: &str| states_terms(sentence, &words(sentence, Span::new(0, sentence.len())));
        assert!(terms("Out-of-state students will pay 8% more, or $39,960."));
        assert!(terms(
            "Production will move to its larger plant in Doncaster."
        ));
        assert!(!terms(
            "If the rules survive, they will cost the industry thousands of jobs."
        ));
        assert!(!terms(
            "The 22-year-old will undergo a medical and is expected to sign."
        ));
        assert!(!terms("The change will make streets safer for children."));
        assert!(!terms("Bills at Thames Water will rise by 35%."));
    }
}
