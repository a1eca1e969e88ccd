//! The record of a life, as an obituary or a profile tells it: an honour ("She was made a dame
//! in 2009 for services to polar science", "He was appointed CBE in 2015"), the survivors
//! ("She is survived by her husband and two daughters"), the funeral's arrangements ("A
//! funeral will be held in Cambridge, and a memorial service is planned for the spring"), a
//! move in a life dated by the age it came at ("had moved the family to England when she was
//! six"), and the family and roots a profile gives its subject ("Ms. Rowe has three children
//! and is married to a surgeon"), and the dated steps of a career ("Ortiz joined the bank in
//! 1994", "In 2011 he became its chief executive"). The honours list, the family's notice, the
//! register and the company's filings say so, and an editor does not ask who.

use super::cues::SPAN_COUNTS;
use super::lexicon::NormalizedSentence;
use super::predicate_of_a_named_subject;

/// Honours a person "was made" or "was appointed": "made a dame", "appointed CBE".
const HONOURS: [&str; 10] = [
    "dame",
    "knight",
    "baronet",
    "peer",
    "cbe",
    "obe",
    "mbe",
    "dbe",
    "kbe",
    "companion",
];
/// The rites an obituary's last lines arrange.
const RITES: [&str; 4] = ["funeral", "memorial", "wake", "vigil"];
/// How the arrangements are told: "will be held", "is planned", "will take place".
const ARRANGED: [&str; 5] = ["held", "planned", "place", "arranged", "scheduled"];

/// Whether the sentence tells the record of a life: an honour ([`is_honoured`]), "for
/// services to", "is survived by", a funeral's arrangements ([`arranges_the_rites`]), an
/// age a life's event came at ([`dates_by_age`]), its subject's family and roots
/// ([`tells_the_subjects_family`]) or a dated step of the subject's career
/// ([`tells_a_career_step`]).
pub(super) fn tells_a_life_record(text: &str, sentence: &NormalizedSentence) -> bool {
    (1..sentence.len()).any(|i| {
        is_honoured(sentence, i)
            || sentence.word(i) == "services"
                && sentence.word(i - 1) == "for"
                && sentence.get_word(i + 1) == Some("to")
            || sentence.word(i) == "survived"
                && matches!(sentence.word(i - 1), "is" | "was")
                && sentence.get_word(i + 1) == Some("by")
            || dates_by_age(sentence, i)
    }) || arranges_the_rites(sentence)
        || tells_the_subjects_family(text, sentence)
        || tells_a_career_step(text, sentence)
}

/// Whether the main clause's predicate, right after a named subject, takes a step of a career
/// ([`steps_in_a_career`]) and the sentence dates it by a year: "Ortiz joined the bank as a
/// clerk in 1994 and rose to run its Lisbon office by 2003", "In 2011 he became its chief
/// executive". The year keeps to the record (not "Fourteen senators joined the Democrats in
/// backing the bill"); a step in a relative clause, "Hale, who joined in 2019, cut 400 jobs",
/// is background to the claim.
fn tells_a_career_step(text: &str, sentence: &NormalizedSentence) -> bool {
    // "In 2011 he became …": a year opens the sentence without a comma after it.
    let start = match (sentence.get_word(0), sentence.get_word(1)) {
        (Some("in" | "by"), Some(year)) if is_a_year(year) && sentence.get_word(2) != Some(",") => {
            2
        }
        _ => subjects_start(sentence),
    };
    predicate_of_a_named_subject(text, sentence, start)
        .is_some_and(|predicate| steps_in_a_career(sentence, predicate))
        && (0..sentence.len()).any(|i| is_a_year(sentence.word(i)))
}

/// Whether the words from `i` take a step of a career: "joined", "became", "rose to", "took
/// over", "was appointed", "was promoted".
fn steps_in_a_career(sentence: &NormalizedSentence, i: usize) -> bool {
    let word = |k: usize| sentence.get_word(i + k).unwrap_or("");
    match word(0) {
        "joined" | "became" => true,
        "rose" => word(1) == "to",
        "took" => word(1) == "over",
        "was" | "were" => matches!(word(1), "appointed" | "promoted"),
        _ => false,
    }
}

/// Whether the word is a year of the last two centuries: "1994", "2011".
fn is_a_year(word: &str) -> bool {
    word.len() == 4
        && (word.starts_with("19") || word.starts_with("20"))
        && word.chars().all(|c| c.is_ascii_digit())
}

/// Whether word `i` is "made" or "appointed" with an honour of [`HONOURS`] after it: "was made
/// a dame", "was appointed CBE"; or "knighted".
fn is_honoured(sentence: &NormalizedSentence, i: usize) -> bool {
    match sentence.word(i) {
        "knighted" | "ennobled" => true,
        "made" | "appointed" => {
            matches!(sentence.word(i - 1), "was" | "were" | "been")
                && sentence.words_after(i, 2).any(|w| HONOURS.contains(&w))
        }
        _ => false,
    }
}

/// The children a profile counts: "has three children", "has two sons".
const CHILDREN: [&str; 5] = ["children", "sons", "daughters", "grandchildren", "kids"];

/// Whether the main clause's predicate, right after a named subject, tells the subject's
/// family or roots ([`opens_with_a_family`]), or calls the subject someone who does ("Reeves
/// is a lawyer who grew up in Leeds"). Not in a relative clause on the subject, "Hale, who
/// grew up in Leeds, embezzled £2m", nor after the main verb, "Hale said he grew up in Leeds":
/// there the family is background to the claim.
fn tells_the_subjects_family(text: &str, sentence: &NormalizedSentence) -> bool {
    let Some(predicate) = predicate_of_a_named_subject(text, sentence, subjects_start(sentence))
    else {
        return false;
    };
    opens_with_a_family(sentence, predicate)
        || matches!(sentence.get_word(predicate), Some("is" | "was"))
            && (predicate + 1..sentence.len().min(predicate + 6))
                .take_while(|&i| sentence.word(i).starts_with(char::is_alphanumeric))
                .find(|&i| sentence.word(i) == "who")
                .is_some_and(|who| opens_with_a_family(sentence, who + 1))
}

/// Prepositions that open a phrase set off before the subject: "In a sign of change, Reeves …".
const OPENING_PREPOSITIONS: [&str; 6] = ["in", "for", "at", "as", "by", "with"];
/// At most this many words in such a phrase, its comma included.
const OPENING_PHRASE_MAX_WORDS: usize = 8;

/// Where the sentence's subject starts: past an opening phrase set off by a comma ("In a sign
/// of change, Reeves, the judge, is …"), or at its first word.
fn subjects_start(sentence: &NormalizedSentence) -> usize {
    if !sentence
        .get_word(0)
        .is_some_and(|w| OPENING_PREPOSITIONS.contains(&w))
    {
        return 0;
    }
    (1..sentence.len().min(OPENING_PHRASE_MAX_WORDS))
        .find(|&i| sentence.word(i) == ",")
        .map_or(0, |comma| comma + 1)
}

/// Whether the words from `i` tell a person's family or roots, as a profile gives them: "is
/// married to", "has four children", "was born in 1958", "grew up in Leeds". Not a birthplace
/// alone, "was born in Kenya", which may be the claim.
fn opens_with_a_family(sentence: &NormalizedSentence, i: usize) -> bool {
    let word = |k: usize| sentence.get_word(i + k).unwrap_or("");
    match word(0) {
        "grew" => word(1) == "up" && word(2) == "in",
        "is" | "was" | "are" | "were" if word(1) == "married" => word(2) == "to",
        "was" | "were" => {
            word(1) == "born"
                && word(2) == "in"
                && word(3).len() == 4
                && word(3).chars().all(|c| c.is_ascii_digit())
        }
        "has" | "have" | "had" => {
            (word(1).starts_with(|c: char| c.is_ascii_digit()) || SPAN_COUNTS.contains(&word(1)))
                && CHILDREN.contains(&word(2))
        }
        _ => false,
    }
}

/// Whether the sentence opens its arrangements with a rite of [`RITES`] and tells them with
/// one of [`ARRANGED`]: "A funeral will be held in Cambridge", "A memorial service is planned".
fn arranges_the_rites(sentence: &NormalizedSentence) -> bool {
    let opening = (0..sentence.len().min(3)).any(|i| RITES.contains(&sentence.word(i)));
    opening && (1..sentence.len()).any(|i| ARRANGED.contains(&sentence.word(i)))
}

/// Whether word `i` dates a life's event by an age: "when she was six", "when he was 12".
fn dates_by_age(sentence: &NormalizedSentence, i: usize) -> bool {
    i >= 2
        && sentence.word(i - 2) == "when"
        && matches!(sentence.word(i - 1), "she" | "he" | "they")
        && matches!(sentence.word(i), "was" | "were")
        && sentence.get_word(i + 1).is_some_and(|w| {
            // "when he was a senator" dates by an office, which may be the point.
            w != "a" && w != "few" && SPAN_COUNTS.contains(&w)
                || w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit())
        })
}
