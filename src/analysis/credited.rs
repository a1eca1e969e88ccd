//! A credit in prose for the sentence before it: "Overtime costs are again projected to exceed
//! the amount set aside for them. That projection comes from the council's own Office of the
//! Budget Analyst." The second sentence names, by anaphora, where the first one's figure comes
//! from, as a "Source:" line does under a chart: both are sourced by the source it names, and
//! neither is a claim of the writer's. Document stage, read from the text of the sentences.

use super::{Sentence, Span};
use crate::text::words_at_offsets;

/// The demonstratives that point back at the sentence before: "That projection", "These figures".
const POINTERS: [&str; 4] = ["that", "this", "these", "those"];
/// What a sentence's figure or finding is called when it is credited: "That projection comes
/// from …", "This estimate is based on …".
const CREDITED: [&str; 19] = [
    "projection",
    "projections",
    "figure",
    "figures",
    "estimate",
    "estimates",
    "number",
    "numbers",
    "finding",
    "findings",
    "forecast",
    "forecasts",
    "data",
    "tally",
    "count",
    "calculation",
    "calculations",
    "total",
    "assessment",
];
/// Words between the pointer and what it points at: "That latest projection", "This $14
/// million figure".
const MODIFIERS_WITHIN: usize = 3;
/// How a credited figure is said to come from its source: "comes from", "is based on", "was
/// compiled by".
const CREDITING: [(&[&str], &str); 3] = [
    (&["comes", "come", "came"], "from"),
    (&["is", "are", "was", "were"], "based"),
    (&["was", "were"], "compiled"),
];

/// For each sentence, the source that a credit in prose names for it: the credit's own
/// sentence ([`credit`]) and the one before it, in its paragraph or the one before (a credit
/// often opens a paragraph that goes on with the source's report).
pub(super) fn credits(text: &str, sentences: &[Sentence]) -> Vec<Option<Span>> {
    let mut credited = vec![None; sentences.len()];
    for (index, sentence) in sentences.iter().enumerate().skip(1) {
        let before = &sentences[index - 1];
        if sentence.block > before.block + 1 {
            continue;
        }
        if let Some(source) = credit(text, sentence.span) {
            credited[index - 1] = Some(source);
            credited[index] = Some(source);
        }
    }
    credited
}

/// Where the source of a credit in prose is named: the sentence opens with a demonstrative
/// ([`POINTERS`]), what it points at is a figure or a finding ([`CREDITED`]), a verb of
/// [`CREDITING`] follows ("comes from", "is based on", "was compiled by", with "on" or "by"
/// after the last two), and a name or an owner's possessive follows that ("the council's own
/// Office of the Budget Analyst"): the span runs from there to the sentence's end. "That figure
/// comes from a spreadsheet" names no one.
fn credit(text: &str, sentence: Span) -> Option<Span> {
    let slice = sentence.slice(text);
    // Most sentences open with no pointer: told from the first word, before any list is built.
    let first = slice.split_whitespace().next()?;
    let first = first.trim_matches(|c: char| !c.is_alphanumeric());
    if !POINTERS.iter().any(|p| first.eq_ignore_ascii_case(p)) {
        return None;
    }
    let words: Vec<(usize, &str)> = words_at_offsets(slice).collect();
    let lower = |i: usize| {
        words.get(i).map(|(_, w)| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
    };
    let noun = (1..=MODIFIERS_WITHIN)
        .find(|&i| lower(i).is_some_and(|w| CREDITED.contains(&w.as_str())))?;
    let verb = lower(noun + 1)?;
    let particle = lower(noun + 2)?;
    let (_, head) = CREDITING
        .iter()
        .find(|(verbs, head)| verbs.contains(&verb.as_str()) && particle == *head)?;
    let mut from = noun + 3;
    if *head != "from" {
        // "based on", "compiled by".
        if !lower(from).is_some_and(|w| matches!(w.as_str(), "on" | "by")) {
            return None;
        }
        from += 1;
    }
    let &(start, _) = words.get(from)?;
    let source = &words[from..];
    let named = source
        .iter()
        .any(|(_, w)| w.starts_with(char::is_uppercase) || w.contains("'s") || w.contains("’s"));
    let kept = slice.trim_end_matches(|c: char| c.is_whitespace() || ".!?\"”'".contains(c));
    (named && start < kept.len())
        .then(|| Span::new(sentence.start + start, sentence.start + kept.len()))
}
