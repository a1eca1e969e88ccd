//! Case studies: a person the story introduces with their age, "Margaret Hollis, 71, from
//! Ashcombe,", and quotes. What a sentence beside their words tells of them as its subject —
//! what they did, own, earn or live with — is their own account, and an editor does not ask
//! "says who?" of it: "Margaret Hollis, 71, discovered in October that her £38,000 was earning
//! 0.85%. || “I assumed it still was,” she said. || She has since moved the money to an account
//! paying 4.3%."

use super::{Attribution, Sentence, Span};
use crate::text::{tokenize, Token, TokenKind};

/// The oldest age read in apposition to a name.
const MAX_AGE: u32 = 110;
/// How many paragraphs may lie between the person's quotation and a sentence of their account.
const ACCOUNT_WITHIN: usize = 1;

/// A person introduced with their age: "Latoya Benson, 34,".
struct Person<'t> {
    surname: &'t str,
    /// Where the name starts.
    start: usize,
    block: usize,
}

/// For each sentence, the quotation (an index into `attributions`) of the introduced person
/// whose account it tells: the sentence opens with the person as its subject — their name
/// (not "Benson's"), "For" and their name, or "He"/"She" right after a sentence that told of
/// them or quoted them — within [`ACCOUNT_WITHIN`] paragraphs of a quotation of theirs, which
/// names them, or is a "he"/"she" right after such a sentence or in the paragraph of their
/// introduction or the next.
pub(super) fn accounts(
    text: &str,
    sentences: &[Sentence],
    attributions: &[Attribution],
) -> Vec<Option<usize>> {
    let mut people: Vec<Person> = Vec::new();
    for sentence in sentences {
        if let Some((name, surname)) = introduction(text, sentence.span) {
            people.push(Person {
                surname,
                start: name.start,
                block: sentence.block,
            });
        }
    }
    if people.is_empty() {
        return vec![None; sentences.len()];
    }
    // The last person introduced before `offset`.
    let last_before = |offset: usize| {
        let i = people.partition_point(|p| p.start < offset);
        i.checked_sub(1)
    };
    // The quotations with a source, in the order of their sources.
    let mut by_source: Vec<(Span, usize)> = (attributions.iter().enumerate())
        .filter(|(_, a)| a.quotation.is_some())
        .filter_map(|(i, a)| Some((a.source?, i)))
        .collect();
    by_source.sort_by_key(|&(source, _)| source.start);
    let mut by_source = by_source.into_iter().peekable();
    // Per person, (paragraph, attribution) of each of their quotations, in order; and the last
    // quotation of anyone's, (person, attribution).
    let mut quoted: Vec<Vec<(usize, usize)>> = vec![Vec::new(); people.len()];
    let mut last_quoted: Option<(usize, usize)> = None;
    let mut subjects = Vec::with_capacity(sentences.len());
    // The person the sentence before told of or quoted: whom a "he" or "she" stands for.
    let mut previous: Option<usize> = None;
    for sentence in sentences {
        let person = subject(text, sentence.span, &people, previous);
        subjects.push(person);
        let mut speaker = None;
        while let Some((source, index)) = by_source.next_if(|(s, _)| s.start < sentence.span.end) {
            let named = (source.slice(text).split(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.starts_with(char::is_uppercase))
                .find_map(|w| named_before(people.as_slice(), source.end, w));
            // "she said": the person just told of, or introduced in this paragraph or the last.
            let pronoun = || {
                let written = source.slice(text);
                (written.eq_ignore_ascii_case("he") || written.eq_ignore_ascii_case("she"))
                    .then(|| {
                        previous.or_else(|| {
                            last_before(source.start)
                                .filter(|&p| sentence.block <= people[p].block + 1)
                        })
                    })
                    .flatten()
            };
            if let Some(p) = named.or_else(pronoun) {
                quoted[p].push((sentence.block, index));
                last_quoted = Some((p, index));
                speaker = speaker.or(Some(p));
            }
        }
        // The last quotation of a person, going on into this sentence, keeps its speaker.
        let goes_on = || {
            last_quoted
                .filter(|&(_, a)| attributions[a].content.overlaps(sentence.span))
                .map(|(p, _)| p)
        };
        previous = person.or(speaker).or_else(goes_on);
    }
    let mut accounts = vec![None; sentences.len()];
    for (index, (sentence, person)) in sentences.iter().zip(subjects).enumerate() {
        let Some(person) = person else {
            continue;
        };
        // The person's first quotation within reach: their paragraphs only rise, so a search
        // for the first one not too far before, not a walk over every quotation.
        let theirs = &quoted[person];
        let first = theirs.partition_point(|&(block, _)| block + ACCOUNT_WITHIN < sentence.block);
        accounts[index] = (theirs.get(first))
            .filter(|&&(block, _)| block <= sentence.block + ACCOUNT_WITHIN)
            .map(|&(_, attribution)| attribution);
    }
    accounts
}

/// The person the sentence opens with as its subject: one whose name starts it, "Margaret
/// Hollis, 71, from Ashcombe, discovered", "Benson lived alone", or whose view it frames, "For
/// Benson, the judgment …", or the one the sentence before told of or quoted, `previous`, "She
/// has since moved".
fn subject(
    text: &str,
    sentence: Span,
    people: &[Person],
    previous: Option<usize>,
) -> Option<usize> {
    let slice = sentence.slice(text);
    let opening = slice.trim_start();
    let start = sentence.start + (slice.len() - opening.len());
    let introduced = people.partition_point(|p| p.start < start);
    if people.get(introduced).is_some_and(|p| p.start == start) {
        return Some(introduced);
    }
    let first = first_word(opening)?;
    let (name, after) = match first {
        "He" | "She" => return previous,
        "For" => {
            let rest = opening[first.len()..].trim_start();
            let name = first_word(rest)?;
            (name, rest[name.len()..].starts_with(','))
        }
        // "Benson lived", not "Benson's case file".
        _ => (first, !opening[first.len()..].starts_with(['\'', '’'])),
    };
    after.then(|| named_before(people, start, name)).flatten()
}

/// The first run of letters and digits of `text`.
fn first_word(text: &str) -> Option<&str> {
    text.split(|c: char| !c.is_alphanumeric()).next()
}

/// How many of the people introduced last a surname is looked up among.
const NAMED_WITHIN: usize = 16;

/// The person introduced before `offset`, among the last [`NAMED_WITHIN`], whose surname is
/// `name`.
fn named_before(people: &[Person], offset: usize, name: &str) -> Option<usize> {
    let end = people.partition_point(|p| p.start < offset);
    let first = end.saturating_sub(NAMED_WITHIN);
    (first..end).rev().find(|&p| people[p].surname == name)
}

/// The name and surname of a person the sentence introduces with their age in apposition:
/// two or more capitalised words, a comma, an age and a comma, "Margaret Hollis, 71,".
fn introduction(text: &str, sentence: Span) -> Option<(Span, &str)> {
    // Most sentences give no age: no tokens for them.
    if !sentence.slice(text).contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let tokens = tokenize(text, sentence);
    let is = |i: usize, s: &str| tokens.get(i).is_some_and(|t: &Token| t.text(text) == s);
    (2..tokens.len()).find_map(|age| {
        let years = tokens[age].text(text);
        let is_an_age = tokens[age].kind == TokenKind::Number
            && years.len() <= 3
            && years.parse::<u32>().is_ok_and(|y| y <= MAX_AGE);
        if !(is_an_age && is(age - 1, ",") && is(age + 1, ",")) {
            return None;
        }
        let capitalised = |i: usize| {
            tokens[i].kind == TokenKind::Word
                && tokens[i].text(text).starts_with(char::is_uppercase)
        };
        let surname = age - 2;
        let mut first = surname;
        while first > 0 && capitalised(first - 1) {
            first -= 1;
        }
        (capitalised(surname) && first < surname).then(|| {
            (
                Span::new(tokens[first].span.start, tokens[surname].span.end),
                tokens[surname].text(text),
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn introduced(sentence: &str) -> Option<&str> {
        introduction(sentence, Span::new(0, sentence.len())).map(|(_, surname)| surname)
    }

    #[test]
    fn a_name_with_an_age_introduces_a_person() {
        assert_eq!(
            introduced("Margaret Hollis, 71, from Ashcombe, discovered it."),
            Some("Hollis")
        );
        assert_eq!(
            introduced("\"It was late,\" said Latoya Benson, 34, a home health aide."),
            Some("Benson")
        );
        // A surname alone names someone already introduced; a count is no age.
        assert_eq!(introduced("Benson, 34, said so."), None);
        assert_eq!(introduced("The firm, Harland Foods, 1200, closed."), None);
    }
}
