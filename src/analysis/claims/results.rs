//! The results of a race or an examination, told as they stand: "crossed the line alone in
//! 4hr 51min 12sec, 38 seconds ahead of Quintero", "finished 11th and slipped to fifth
//! overall", "is now third overall at 1min 02sec", "topped the science stream with 994 marks",
//! "Girls recorded a pass percentage of 85.7". The timekeepers' sheet and the board's
//! published results say so, as a match's clock and table do (`tells_a_match`), and an editor
//! does not ask who; the check-worthiness model reads the times, gaps and percentages as a
//! statistic's claim. What a result means, "the worst showing in a decade because …", is the
//! writer's reading and the caller keeps it a claim.

use super::cues::SPAN_COUNTS;
use super::lexicon::NormalizedSentence;
use super::{ReasonKind, COUNTING_ORDINALS};

/// The cues a result may carry: its figures, dates and how it compares ("the steepest fall in
/// any subject"), but no cause, judgement, aim or forecast.
pub(super) const RESULT_CUES: &[ReasonKind] = &[
    ReasonKind::Date,
    ReasonKind::Statistic,
    ReasonKind::Money,
    ReasonKind::Comparative,
    ReasonKind::Superlative,
];

/// The units a race's clock is written in, glued to their figure: "4hr", "51min", "12sec".
const CLOCK_UNITS: [&str; 7] = ["hr", "hrs", "h", "min", "mins", "sec", "secs"];
/// The verbs a placing is finished with: "finished 11th", "placed third", "came second".
const PLACED: [&str; 6] = ["finished", "finishes", "placed", "came", "comes", "ended"];
/// What a gap on the road is counted in: "38 seconds ahead", "two minutes down".
const GAP_UNITS: [&str; 4] = ["seconds", "second", "minutes", "minute"];
/// Where a gap leaves a rider: "ahead of", "behind", "down", "clear".
const GAP_SIDES: [&str; 4] = ["ahead", "behind", "down", "clear"];

/// Whether the sentence tells a race's or an examination's result: a time on the race clock
/// ([`CLOCK_UNITS`]), a gap ("38 seconds ahead of"), a placing ("finished 11th", "fifth
/// overall"), "crossed the line", or an examination's marks ("with 994 marks") or pass
/// percentage ("a pass percentage of 85.7", "The pass rate fell to 76.2 per cent").
pub(super) fn tells_a_result(sentence: &NormalizedSentence) -> bool {
    (0..sentence.len()).any(|i| {
        reads_the_clock(sentence.word(i))
            || gives_a_gap(sentence, i)
            || gives_a_placing(sentence, i)
            || gives_marks(sentence, i)
    })
}

/// Whether `word` is a time on a race clock: digits and a unit of [`CLOCK_UNITS`], "4hr",
/// "02sec".
fn reads_the_clock(word: &str) -> bool {
    let unit = word.trim_start_matches(|c: char| c.is_ascii_digit());
    unit.len() < word.len() && CLOCK_UNITS.contains(&unit)
}

/// Whether word `i` counts a gap on the road: "38 seconds ahead of", "two minutes and 14
/// seconds down".
fn gives_a_gap(sentence: &NormalizedSentence, i: usize) -> bool {
    GAP_UNITS.contains(&sentence.word(i))
        && i > 0
        && is_a_count(sentence.word(i - 1))
        && sentence
            .get_word(i + 1)
            .is_some_and(|w| GAP_SIDES.contains(&w))
}

/// Whether `word` is a figure or a small count in words: "38", "two", "a few".
fn is_a_count(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) || word == "one" || SPAN_COUNTS.contains(&word)
}

/// Whether `word` is an ordinal: "fifth", "11th", "2nd".
fn is_ordinal(word: &str) -> bool {
    word == "first"
        || COUNTING_ORDINALS.contains(&word)
        || word.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"]
                .iter()
                .any(|end| word.ends_with(end))
}

/// Whether word `i` gives a placing: "finished 11th", "placed third", "fifth overall",
/// "crossed the line".
fn gives_a_placing(sentence: &NormalizedSentence, i: usize) -> bool {
    let word = sentence.word(i);
    let next = sentence.get_word(i + 1);
    PLACED.contains(&word) && next.is_some_and(is_ordinal)
        || is_ordinal(word) && next == Some("overall")
        || word == "crossed"
            && next == Some("the")
            && matches!(sentence.get_word(i + 2), Some("line" | "finish"))
}

/// Whether word `i` gives an examination's result: a figure's "marks" ("secured 991 marks")
/// or a "pass percentage" or "pass rate".
fn gives_marks(sentence: &NormalizedSentence, i: usize) -> bool {
    match sentence.word(i) {
        "marks" => {
            i > 0
                && sentence
                    .word(i - 1)
                    .starts_with(|c: char| c.is_ascii_digit())
        }
        "percentage" | "rate" => i > 0 && sentence.word(i - 1) == "pass",
        _ => false,
    }
}
