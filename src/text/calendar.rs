//! Month and weekday names, lower-case: dates for the claim cues, words that are never a
//! speaker for attribution.

use crate::analysis::Span;

pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
];

pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// `word` in lower case: a month's name or its abbreviation ("march", "sept.").
pub fn is_month(word: &str) -> bool {
    MONTHS.contains(&word) || MONTH_ABBREVIATIONS.contains(&word)
}

/// Words before a month's name that make it a time: "in May", "last June", "mid-August".
const BEFORE_A_TIME: &[&str] = &[
    "in", "during", "early", "late", "last", "next", "this", "mid",
];

/// Words before a month's name that make it a time where its clause ends with it: "since
/// May," and "by June." are dates, "since May took office" names a person.
const BEFORE_A_TIME_AT_CLAUSE_END: &[&str] = &["since", "until", "till", "by"];

/// Whether `text[span]`, a month's name, is written as a date: before a day or a year
/// ("May 5", "May 2026"), after a day ("5 May"), or after a word of time ([`BEFORE_A_TIME`],
/// [`BEFORE_A_TIME_AT_CLAUSE_END`]). Read within the line, so that a paragraph read alone
/// reads it as the document does.
pub fn is_month_as_date(text: &str, span: Span) -> bool {
    let word = span.slice(text);
    // Asked of names on every keystroke: most are no month, and longer than any.
    if word.len() > "september".len() || !MONTHS.iter().any(|m| m.eq_ignore_ascii_case(word)) {
        return false;
    }
    let before = text[..span.start].trim_end_matches([' ', '\t']);
    let after = text[span.end..].trim_start_matches([' ', '\t']);
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let day_or_year_after = match digits(after) {
        1 | 2 => {
            let rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
            let ordinal = ["st", "nd", "rd", "th"]
                .iter()
                .find(|o| rest.starts_with(**o));
            let rest = ordinal.map_or(rest, |o| &rest[o.len()..]);
            !rest.starts_with(char::is_alphanumeric)
        }
        4 => !after[4..].starts_with(char::is_alphanumeric),
        _ => false,
    };
    if day_or_year_after {
        return true;
    }
    // "mid-May" reads as "mid May".
    let before = before.strip_suffix('-').unwrap_or(before);
    let previous_start = before.trim_end_matches(char::is_alphanumeric).len();
    let previous = &before[previous_start..];
    let is = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(previous));
    let day_before = (1..=2).contains(&previous.len()) && digits(previous) == previous.len();
    let clause_ends =
        after.is_empty() || after.starts_with([',', '.', ';', ':', ')', '!', '?', '\n', '\r']);
    day_before || is(BEFORE_A_TIME) || (clause_ends && is(BEFORE_A_TIME_AT_CLAUSE_END))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether every "May" of `text`, in any case, reads as a date.
    fn every_may_is_date(text: &str) -> bool {
        let lower = text.to_ascii_lowercase();
        let mut found = lower.match_indices("may").peekable();
        found.peek().is_some()
            && found.all(|(start, _)| is_month_as_date(text, Span::new(start, start + 3)))
    }

    #[test]
    fn a_month_with_a_day_a_year_or_a_word_of_time_is_a_date() {
        for text in [
            "Prices rose in May.",
            "It opens May 5, 2026.",
            "Term ends in May 2026.",
            "It was signed on 5 May.",
            "It was signed on the 5th of May 2020.",
            "Sales fell last May and mid-May.",
            "TALKS COLLAPSE IN MAY",
            "Nothing moved until May, officials said.",
            "A deal is expected by May.",
            "The vote is May 22nd.",
        ] {
            assert!(every_may_is_date(text), "{text}");
        }
    }

    #[test]
    fn a_month_that_names_someone_is_no_date() {
        for text in [
            "May said she would fight on.",
            "Since May took office, the party has split.",
            "Pressure on May grew.",
            "The plan put forward by May was rejected.",
            "Theresa May met them.",
            "Theresa May\n5 comments",
            "Mayfair",
        ] {
            let start = text.find("May").expect("a May");
            let end = start
                + text[start..]
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(text.len() - start);
            assert!(!is_month_as_date(text, Span::new(start, end)), "{text}");
        }
    }
}
