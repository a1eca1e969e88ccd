//! Background set off before the main clause: "Mr. Strickland, who has led Halvard since 2019,
//! ended his testimony with a flourish", "For Daniel Mercer, who was diagnosed four years ago,
//! the approval is a moment of hope". The relative clause tells who or what the subject is, with
//! the dates and figures of its record (a career, an opening year, a size); the sentence's news
//! is the main clause, and where that has no cue of its own it makes no claim an editor asks
//! about. A main clause in the perfect goes on with the record's figures ("The fare cap, which
//! limited fares to £2, has been popular"), and stays a claim.

use super::lexicon::NormalizedSentence;
use super::{ClaimReason, ReasonKind};

/// The relative pronouns that open a background clause after a comma.
const RELATIVES: [&str; 4] = ["who", "which", "where", "when"];
/// At most this many words before the clause: the subject, or an opening phrase ("For Daniel
/// Mercer", "The 27-year-old Kenyan"), not a clause of its own.
const SUBJECT_MAX_WORDS: usize = 8;
/// The auxiliaries of the perfect: a main clause with one goes on with the record's figures.
const PERFECT: [&str; 4] = ["has", "have", "had", "'ve"];

/// Whether every cue of the sentence is a date or a figure inside a relative clause set off
/// after its first few words ([`SUBJECT_MAX_WORDS`]), and the main clause after it is not in
/// the perfect: the figures are the subject's record, on record, and the main clause gives no
/// cue of a claim.
pub(super) fn figures_only_in_background(
    sentence: &NormalizedSentence,
    reasons: &[ClaimReason],
) -> bool {
    let Some((open, close)) = background_clause(sentence) else {
        return false;
    };
    let clause = sentence.spans[open].cover(sentence.spans[close]);
    let figure = |r: &ClaimReason| {
        matches!(
            r.kind,
            ReasonKind::Date | ReasonKind::Statistic | ReasonKind::Money
        ) && clause.contains_span(r.span)
    };
    !reasons.is_empty()
        && reasons.iter().all(figure)
        && !(close + 1..sentence.len()).any(|i| PERFECT.contains(&sentence.word(i)))
}

/// The first and last tokens of a relative clause set off by commas after the sentence's first
/// words, ", who has led Halvard since 2019,": the comma before it is the sentence's first, and
/// a comma closes it with a main clause after.
fn background_clause(sentence: &NormalizedSentence) -> Option<(usize, usize)> {
    let comma =
        (1..sentence.len().min(SUBJECT_MAX_WORDS + 1)).find(|&i| sentence.word(i) == ",")?;
    let open = comma + 1;
    if !RELATIVES.contains(&sentence.get_word(open)?) {
        return None;
    }
    let close = (open + 2..sentence.len()).find(|&i| sentence.word(i) == ",")?;
    // A main clause of at least a verb and its complement.
    (close + 3 < sentence.len()).then_some((open, close - 1))
}
