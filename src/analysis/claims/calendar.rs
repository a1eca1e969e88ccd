//! The story's own calendar: what happened, or is set to happen, on a day of the story's week
//! or a date in its diary. "The council's cabinet approved the cut on Thursday", "The outlook,
//! released on Thursday, gives the region a 35 per cent chance of rain", "The new fares come
//! into effect on January 4", "The rates will be laid before Parliament next month". A news
//! story narrates its own events and their timetable on the record of the meeting, the release
//! or the notice it reports; an editor asks who says so of a trend or a record, not of the day
//! a vote was held. Background dated years before the story is another matter: the labels
//! count "Rents have risen by a quarter since 2021" and most past history as claims, and the
//! check-worthiness model, learnt from debates, reads a date as a claim's cue whatever it is.
//!
//! A reading the says-who model weighs (`says_who::add_word_features`), not a rule: a record
//! set on the day ("Temperatures fell to minus six on Monday night, the lowest of the winter")
//! is still asked about, and the model weighs the superlative beside it. Each invented set
//! held out, the sentences it fires on that the model decides are labelled "says who?" one time
//! in eight, where the model without it gave them about one chance in three.

use super::lexicon::NormalizedSentence;
use crate::text::calendar::{MONTHS, WEEKDAYS};

/// The words that set a weekday in the story's week: "on Thursday", "by Sunday evening", "from
/// next Monday", "late Tuesday". Not "since": "Traffic has doubled since Monday" is a trend.
/// Not a weekday alone: "Wednesday have dropped 11 points" is a football club, "Saturday's
/// final" a fixture a preview weighs.
const BEFORE_WEEKDAY: [&str; 13] = [
    "on", "by", "from", "until", "till", "through", "next", "last", "late", "early", "before",
    "after", "this",
];

/// The parts of a day after a weekday: "Monday night", "Thursday evening".
const PART_OF_DAY: [&str; 4] = ["morning", "afternoon", "evening", "night"];

/// A timetable's phrases: (a word, the word after it). "come into effect", "comes into force",
/// "take effect", "will be laid", "will be phased", "will be valid", "due to open".
const TIMETABLE: [(&str, &str); 12] = [
    ("into", "effect"),
    ("into", "force"),
    ("take", "effect"),
    ("takes", "effect"),
    ("be", "laid"),
    ("be", "phased"),
    ("be", "valid"),
    ("be", "held"),
    ("to", "open"),
    ("to", "close"),
    ("place", "on"),
    ("close", "on"),
];

/// Whether the sentence dates what it tells by the story's calendar: a weekday after a word of
/// [`BEFORE_WEEKDAY`] or before a part of the day ([`PART_OF_DAY`]), a day of a month ("January
/// 4", "2 November"), or a timetable's phrase of [`TIMETABLE`] ("due to open" only after
/// "due", "take place on" and "close on" only after "will", "to" or "due").
pub(crate) fn dated_by_the_calendar(sentence: &NormalizedSentence) -> bool {
    let day_of_month = |word: &str| word.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    (0..sentence.len()).any(|i| {
        let word = sentence.word(i);
        let before = i.checked_sub(1).map_or("", |b| sentence.word(b));
        let after = sentence.get_word(i + 1).unwrap_or("");
        if WEEKDAYS.contains(&word) {
            return BEFORE_WEEKDAY.contains(&before) || PART_OF_DAY.contains(&after);
        }
        if MONTHS.contains(&word) {
            // "May" is also a verb: only a day after it or before it makes it a date.
            return day_of_month(after) || day_of_month(before);
        }
        if !TIMETABLE.contains(&(word, after)) {
            return false;
        }
        match (word, after) {
            ("to", _) => before == "due",
            ("place", _) => i >= 2 && sentence.word(i - 1) == "take",
            ("close", _) => matches!(before, "will" | "to" | "due"),
            ("be", _) => before == "will",
            _ => true,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dated(sentence: &str) -> bool {
        crate::analysis::claims::tests::reads(sentence, dated_by_the_calendar)
    }

    #[test]
    fn the_days_of_the_storys_week_and_its_timetable_date_it() {
        for sentence in [
            "The parish council voted on Tuesday to sell the old library.",
            "An appeal for the family had raised £2,100 by Sunday evening.",
            "The ferry timetable will change from next Monday.",
            "The revised charges come into force on March 3.",
            "Entries close on 14 June.",
            "The new licence fee will be phased in over three years.",
            "The bypass is due to open in the spring.",
        ] {
            assert!(dated(sentence), "{sentence}");
        }
    }

    #[test]
    fn a_club_a_trend_a_year_or_a_modal_is_no_date_of_the_story() {
        for sentence in [
            "Wednesday have lost four of their last five away games.",
            "Footfall in the arcade has fallen by a third since Monday.",
            "The mill closed in 1987 and has stood empty since.",
            "Ministers may decide to delay the vote.",
            "Inflation fell in March, the lowest reading in two years.",
            "Most of the stock was due to be sold.",
        ] {
            assert!(!dated(sentence), "{sentence}");
        }
    }
}
