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

/// The verbs a price's move over a session is told with, after the name of what is traded:
/// "Northway Bank dropped 14 per cent".
const PRICE_MOVES: [&str; 12] = [
    "rose", "fell", "gained", "lost", "jumped", "slipped", "climbed", "tumbled", "dropped",
    "plunged", "soared", "sank",
];

/// Whether the sentence gives a named company's or index's price move by its percentage, the
/// name right before the move and the percentage right after it: "Shares in other regional
/// lenders fell sharply on Friday. Northway Bank dropped 14 per cent and Pellam & Co. lost 9
/// per cent", "while the Dow lost 0.8 percent". A market's closing prices are its public
/// record, as a race's times are, and an editor does not ask who; the sentence before usually
/// names the shares, so this one need not. The name must be the clause's whole subject
/// ([`a_name_is_the_subject`]): in "Sales in Scotland fell 12%" the place is no company, and
/// the figure is the writer's. "percentage points" is no price: "Trump rose 1 percentage
/// point" is a poll's claim. The caller asks for no cue but figures and comparisons.
pub(super) fn names_a_price_move(text: &str, sentence: &NormalizedSentence) -> bool {
    (1..sentence.len()).any(|i| {
        PRICE_MOVES.contains(&sentence.word(i))
            && a_name_is_the_subject(text, sentence, i)
            && by_a_percentage(sentence, i + 1)
    })
}

/// Whether the words before the verb at `i` are a name and all of its clause's subject: capitals
/// ("&" and "." inside, "Pellam & Co."), after an optional "the", back to the sentence's start
/// (two words at least there: "Sales fell" opens with a capital of its own) or to a clause's
/// "and", "while" or comma.
fn a_name_is_the_subject(text: &str, sentence: &NormalizedSentence, i: usize) -> bool {
    let mut at = i;
    let mut capitals = 0;
    while at > 0
        && (sentence.is_capitalised(text, at - 1) || matches!(sentence.word(at - 1), "&" | "."))
    {
        at -= 1;
        capitals += usize::from(sentence.is_capitalised(text, at));
    }
    if at > 0 && sentence.word(at - 1) == "the" {
        at -= 1;
    }
    capitals > 0
        && if at == 0 {
            capitals >= 2
        } else {
            matches!(
                sentence.word(at - 1),
                "and" | "while" | "whereas" | "," | ";"
            )
        }
}

/// Whether a percentage starts at word `at`, after an optional "by": "14 per cent", "9%", "by
/// 0.8 percent".
fn by_a_percentage(sentence: &NormalizedSentence, at: usize) -> bool {
    let at = if sentence.get_word(at) == Some("by") {
        at + 1
    } else {
        at
    };
    let Some(figure) = sentence.get_word(at) else {
        return false;
    };
    figure.starts_with(|c: char| c.is_ascii_digit())
        && (figure.ends_with('%')
            || match sentence.get_word(at + 1) {
                Some("%" | "percent") => true,
                Some("per") => sentence.get_word(at + 2) == Some("cent"),
                _ => false,
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
