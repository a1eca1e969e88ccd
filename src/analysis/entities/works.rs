//! Titles of works: "her fourth album, Low Tide Hours,", "the song Harbour Wall". The tagger
//! reads a title it has never seen, made of capitalised common words, as a person's name, and
//! a "she says" after it then takes the album for the singer. A title named right after a noun
//! of a work is the work's (MISC, as CoNLL marks titles).

use super::{
    is_capitalised_word, read_as_place_or_organisation, with_found_names, EntityLabel,
    JOINING_WORDS,
};
use crate::text::{Token, TokenKind};

/// Nouns of a work that a title follows, set off or not: "the novel Cold Harbour".
const WORK_NOUNS: &[&str] = &[
    "album",
    "anthology",
    "autobiography",
    "biography",
    "book",
    "debut",
    "documentary",
    "ep",
    "film",
    "memoir",
    "movie",
    "musical",
    "novel",
    "opera",
    "painting",
    "play",
    "podcast",
    "poem",
    "record",
    "series",
    "sitcom",
    "single",
    "song",
    "track",
];

/// Words before a work's noun that make it a thing named, not a verb ("to play Hamlet").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "her", "his", "their", "its", "our", "my", "your", "this", "that", "'s", "’s",
];

/// Prepositions that open a fronted phrase: "In the film, …".
const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "about",
    "after",
    "during",
    "throughout",
    "of",
];

/// The most words a title takes.
const TITLE_WORDS: usize = 6;

/// A run of capitalised words (joined by lower-case "of", "the", "in" …) right after a noun of
/// a work with a determiner before it ([`WORK_NOUNS`]), or set off after it by a comma, is the
/// work's title: "Her fourth album, Low Tide Hours, is out", "a track, Harbour Wall, where …",
/// "the song Harbour Wall". A title set off ends at punctuation ("The album, Smith said, was …"
/// names the speaker), and not after a fronted phrase ("In the book, Smith, a historian, …").
/// One not set off that goes on into a word in lower case is a person's before a verb unless it
/// is two words or more and opens with no given name ("the book Smith wrote", "the film Jane
/// Campion made" stay people). A name the tagger read as an organisation's or a place's stays as it is.
pub(super) fn with_work_titles(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let word = |i: usize| tokens[i].text(text);
    let mut found: Vec<(usize, usize, EntityLabel)> = Vec::new();
    for noun in 1..tokens.len().saturating_sub(1) {
        if !WORK_NOUNS
            .iter()
            .any(|n| word(noun).eq_ignore_ascii_case(n))
            || !(noun.saturating_sub(3)..noun)
                .any(|i| DETERMINERS.iter().any(|d| word(i).eq_ignore_ascii_case(d)))
            || found.last().is_some_and(|name| name.1 > noun)
        {
            continue;
        }
        let set_off = word(noun + 1) == ",";
        let first = noun + 1 + usize::from(set_off);
        let Some(end) = title_end(text, tokens, first) else {
            continue;
        };
        let after = tokens.get(end).map(|t| t.text(text));
        let closed = matches!(
            after,
            None | Some("," | "." | ";" | ":" | "—" | ")" | "?" | "!")
        );
        let titled = if set_off {
            // "In the book, Smith, a historian, argues": a phrase after a preposition is
            // fronted, and what the comma sets off is the sentence's subject.
            closed
                && !(noun.saturating_sub(4)..noun)
                    .any(|i| PREPOSITIONS.iter().any(|p| word(i).eq_ignore_ascii_case(p)))
        } else {
            closed
                || end - first >= 2
                    && !super::is_given_name(word(first))
                    && after.is_some_and(|w| w.starts_with(char::is_lowercase))
        };
        if titled && !read_as_place_or_organisation(&chunks, first, end) {
            found.push((first, end, EntityLabel::Misc));
        }
    }
    with_found_names(chunks, found)
}

/// The end of a title's run of capitalised words from `first` (lower-case joining words inside
/// it, "Ghost in the Shell"), if it holds one to [`TITLE_WORDS`] words.
fn title_end(text: &str, tokens: &[Token], first: usize) -> Option<usize> {
    let mut end = first;
    let mut i = first;
    while i < tokens.len() && i - first < TITLE_WORDS {
        let token = &tokens[i];
        if is_capitalised_word(text, token) {
            end = i + 1;
        } else if !(token.kind == TokenKind::Word
            && JOINING_WORDS.contains(&token.text(text))
            && i > first)
        {
            break;
        }
        i += 1;
    }
    (end > first
        && tokens
            .get(end)
            .is_none_or(|t| !is_capitalised_word(text, t)))
    .then_some(end)
}

#[cfg(test)]
mod tests {
    use super::super::tag_sentence;
    use super::*;
    use crate::text::tokenize;

    fn labelled(sentence: &str) -> Vec<(String, EntityLabel)> {
        let tokens = tokenize(sentence, crate::analysis::Span::new(0, sentence.len()));
        tag_sentence(sentence, &tokens)
            .into_iter()
            .map(|t| (t.span.slice(sentence).to_owned(), t.label))
            .collect()
    }

    #[test]
    fn a_title_after_a_noun_of_a_work_is_no_person() {
        for (sentence, title) in [
            (
                "His second novel, Quiet Grey Shore, comes out in May.",
                "Quiet Grey Shore",
            ),
            (
                "There is a song, Marsh Lantern, that she wrote at sixteen.",
                "Marsh Lantern",
            ),
            (
                "They recorded the single Copper Kettle in Leeds.",
                "Copper Kettle",
            ),
        ] {
            let names = labelled(sentence);
            assert!(
                names.iter().all(|(_, label)| *label != EntityLabel::Per),
                "{sentence}: {names:?}"
            );
            assert!(
                names.iter().any(|(name, _)| name == title),
                "{sentence}: {names:?}"
            );
        }
        for (sentence, person) in [
            ("The album, Harriet Voss said, was rushed.", "Harriet Voss"),
            (
                "It was the book Jane Mercer wrote in prison.",
                "Jane Mercer",
            ),
            (
                "In the film, Harriet Voss, a nurse, saves him.",
                "Harriet Voss",
            ),
        ] {
            let names = labelled(sentence);
            assert!(
                names.contains(&(person.to_owned(), EntityLabel::Per)),
                "{sentence}: {names:?}"
            );
        }
    }
}
