//! Abbreviations after which a period does not end a sentence.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// Titles, months, US states, corporate and other news abbreviations, without the final period.
const ABBREVIATIONS: &[&str] = &[
    // titles and honorifics
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Lt", "Gen", "Col", "Maj", "Capt",
    "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Rev", "Fr", "St", "Sr", "Jr", "Hon", "Pres", "Supt",
    "Insp", "Amb", "Atty", "Det", "Messrs", "Mme", "Mlle", "Smt", "Sh", "Kum", "Coun", "Cllr",
    "Ald", "Cst", "Brig", "Cdr", "Msgr", // months
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    // US states (AP style)
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", // organisations and places
    "Co", "Corp", "Inc", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Mt", "Ft",
    // references
    "No", "Nos", "Vol", "vs", "etc", "approx", "est", "Fig", "fig", "p", "pp", "cf", "al", "ca",
    "Art", "Sec",
];

pub fn is_abbreviation(word: &str) -> bool {
    is_listed(word.strip_suffix('.').unwrap_or(word))
}

/// In [`ABBREVIATIONS`]: one hash look-up, not a comparison with each of its hundred words
/// (the tokenizer asks for every word before a period).
fn is_listed(word: &str) -> bool {
    static LISTED: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());
    LISTED.contains(word)
}

/// Whether a period after `word` (the last word before the period) should not end a sentence,
/// given the `next` word that follows.
pub fn period_continues_sentence(word: &str, next: &str) -> bool {
    let word = word.strip_suffix('.').unwrap_or(word);
    // "then-Sen. Barack Obama", "ex-Gov. Ashby": what a hyphen joins to a capitalised word is
    // read as that word, "Pop-Art." as "Art."; not a letter alone ("Type-A." is no initial).
    if let Some((_, joined)) = word.rsplit_once('-') {
        if joined.len() > 1 && joined.starts_with(char::is_uppercase) {
            return period_continues_sentence(joined, next);
        }
    }
    let mut chars = word.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    if initial || (word.contains('.') && word.chars().all(|c| c == '.' || c.is_uppercase())) {
        // "G. Iuvinale", "U.S. officials"; but "... in the U.S. The next" is ambiguous:
        // an acronym before a capitalised function word ends the sentence.
        return initial || !starts_sentence_word(next);
    }
    if matches!(
        word,
        "No" | "Nos" | "Art" | "Sec" | "Vol" | "p" | "pp" | "Fig" | "fig"
    ) {
        return next.starts_with(|c: char| c.is_ascii_digit());
    }
    is_listed(word)
}

/// Capitalised function words that typically open a new sentence.
fn starts_sentence_word(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "In"
            | "But"
            | "And"
            | "This"
            | "That"
            | "There"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "On"
            | "At"
            | "As"
            | "After"
            | "Before"
            | "When"
    )
}
