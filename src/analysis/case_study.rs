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
/// (not "Benson's"), or "He"/"She" right after a sentence that told of them or quoted them —
/// within
/// [`ACCOUNT_WITHIN`] paragraphs of a quotation of theirs, which names them or is a "he"/"she"
/// in the paragraph of their introduction or the next.
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
    let mut accounts = vec![None; sentences.len()];
    if people.is_empty() {
        return accounts;
    }
    let block_at = |offset: usize| {
        let i = sentences.partition_point(|s| s.span.end <= offset);
        sentences.get(i).map(|s| s.block)
    };
    // The last person introduced before `offset`.
    let last_before = |offset: usize| {
        let i = people.partition_point(|p| p.start < offset);
        i.checked_sub(1)
    };
    // (person, paragraph, attribution) of each quotation of a person.
    let mut quoted: Vec<(usize, usize, usize)> = Vec::new();
    for (index, attribution) in attributions.iter().enumerate() {
        let Some(source) = attribution
            .source
            .filter(|_| attribution.quotation.is_some())
        else {
            continue;
        };
        let Some(block) = block_at(source.start) else {
            continue;
        };
        let words = || source.slice(text).split(|c: char| !c.is_alphanumeric());
        let named = people
            .iter()
            .rposition(|p| p.start <= source.end && words().any(|w| w == p.surname));
        let pronoun = || {
            matches!(source.slice(text).to_lowercase().as_str(), "he" | "she")
                .then(|| last_before(source.start))
                .flatten()
                .filter(|&p| block <= people[p].block + 1)
        };
        if let Some(person) = named.or_else(pronoun) {
            quoted.push((person, block, index));
        }
    }
    // The person the sentence before told of or quoted: whom a "he" or "she" stands for.
    let mut previous: Option<usize> = None;
    for (index, sentence) in sentences.iter().enumerate() {
        let person = subject(text, sentence.span, &people, previous);
        previous = person.or_else(|| {
            (quoted.iter())
                .find(|&&(_, _, a)| {
                    let attribution = &attributions[a];
                    attribution.content.overlaps(sentence.span)
                        || attribution
                            .source
                            .is_some_and(|s| s.overlaps(sentence.span))
                })
                .map(|&(p, _, _)| p)
        });
        let Some(person) = person else {
            continue;
        };
        accounts[index] = (quoted.iter())
            .find(|&&(p, block, _)| p == person && block.abs_diff(sentence.block) <= ACCOUNT_WITHIN)
            .map(|&(_, _, attribution)| attribution);
    }
    accounts
}

/// The person the sentence opens with as its subject: one whose name starts it, "Margaret
/// Hollis, 71, from Ashcombe, discovered", "Benson lived alone", or the one the sentence before
/// told of or quoted, `previous`, "She has since moved".
fn subject(
    text: &str,
    sentence: Span,
    people: &[Person],
    previous: Option<usize>,
) -> Option<usize> {
    let slice = sentence.slice(text);
    let opening = slice.trim_start();
    let start = sentence.start + (slice.len() - opening.len());
    if let Some(introduced) = people.iter().position(|p| p.start == start) {
        return Some(introduced);
    }
    let first = opening.split(|c: char| !c.is_alphanumeric()).next()?;
    // "Benson lived", not "Benson's case file".
    let own = !opening[first.len()..].starts_with(['\'', '’']);
    match first {
        "He" | "She" => previous,
        _ if own => (people.iter()).rposition(|p| p.start < start && p.surname == first),
        _ => None,
    }
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
