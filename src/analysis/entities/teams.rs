//! Clubs named after their town: "the Tampa Bay Rays", "the Rice Owls". The tagger reads the
//! town as a place and leaves the nickname out, or misses both; a place followed by a
//! capitalised plural of a common noun (one or two words) is the club, an organisation.
//! Plurals that name a place's own features ("the Cayman Islands", "Niagara Falls") stay
//! the place's.

use super::gazetteer::{self, with_lower, Gazetteer};
use super::{is_capitalised_word, with_found_names, EntityLabel};
use crate::text::{is_title_case, Token};

/// Plural nouns that go on a place's name: geography, not a club's nickname.
const PLACE_PLURALS: &[&str] = &[
    "alps",
    "banks",
    "downs",
    "emirates",
    "falls",
    "fields",
    "flats",
    "gardens",
    "heights",
    "highlands",
    "hills",
    "islands",
    "isles",
    "keys",
    "lakes",
    "lowlands",
    "mountains",
    "narrows",
    "plains",
    "provinces",
    "rapids",
    "sands",
    "springs",
    "states",
    "straits",
    "territories",
    "valleys",
    "waters",
    "woods",
];

/// The longest nickname: "Red Sox", "Blue Jays".
const MAX_NICKNAME_WORDS: usize = 2;

pub(super) fn with_team_names(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let gazetteer = Gazetteer::get();
    let capitalised = |i: usize| tokens.get(i).is_some_and(|t| is_capitalised_word(text, t));
    let mut found = Vec::new();
    let mut headline = None;
    for (at, &(first, end, label)) in chunks.iter().enumerate() {
        if label != EntityLabel::Loc || !capitalised(end) {
            continue;
        }
        let nickname_end = (end..tokens.len().min(end + MAX_NICKNAME_WORDS))
            .take_while(|&i| capitalised(i))
            .last()
            .map_or(end, |last| last + 1);
        let last = tokens[nickname_end - 1].text(text);
        let plural = last.len() > 3
            && last.ends_with('s')
            && with_lower(last, |lower| {
                gazetteer.phrase(lower).common() && !PLACE_PLURALS.contains(&lower)
            });
        // The nickname's words are no other name's, and no longer run of capitals goes on.
        let free = chunks
            .get(at + 1)
            .is_none_or(|next| next.0 >= nickname_end || next.1 <= nickname_end);
        let listed_place = || {
            gazetteer.tokens(text, &tokens[first..nickname_end]).lists() & gazetteer::PLACE_LISTS
                != 0
        };
        if plural
            && free
            && !capitalised(nickname_end)
            && !listed_place()
            && !*headline.get_or_insert_with(|| is_title_case(text, tokens))
        {
            found.push((first, nickname_end, EntityLabel::Org));
        }
    }
    with_found_names(chunks, found)
}
