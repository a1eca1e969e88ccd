//! People named beside their trade: "farmer Youssef Abi Saab stood …", "Li Na, a Chinese
//! nurse, said …". The tagger reads a name it has never seen (an Arabic name with its
//! particles, a Chinese name of two syllables) as a work's title or misses it; the noun of a
//! person's trade or station before it, or heading a description set off after it, says it
//! is a person's, and a pronoun can then stand for it.

use super::gazetteer::{self, Gazetteer};
use super::{
    group, is_capitalised_word, read_as_place_or_organisation, with_found_names, EntityLabel,
    PERSONAL_POSSESSIVES,
};
use crate::text::{Token, TokenKind};

/// Lower-case nouns of a person's trade or station that news copy writes before a name
/// ("nurse Li Na", "local man Jordan Price") or as the head of a description after one.
/// Titles that the tagger reads with the name ("Minister", "Mayor") are not here.
pub(super) const PERSON_NOUNS: &[&str] = &[
    "farmer",
    "nurse",
    "doctor",
    "surgeon",
    "midwife",
    "paramedic",
    "pharmacist",
    "dentist",
    "teacher",
    "headteacher",
    "student",
    "pupil",
    "driver",
    "engineer",
    "worker",
    "volunteer",
    "resident",
    "villager",
    "shopkeeper",
    "baker",
    "butcher",
    "fisherman",
    "builder",
    "carpenter",
    "plumber",
    "electrician",
    "mechanic",
    "miner",
    "chef",
    "cook",
    "waiter",
    "waitress",
    "cleaner",
    "labourer",
    "laborer",
    "pensioner",
    "retiree",
    "widow",
    "widower",
    "mother",
    "grandmother",
    "grandfather",
    "neighbour",
    "neighbor",
    "refugee",
    "migrant",
    "survivor",
    "witness",
    "activist",
    "campaigner",
    "protester",
    "solicitor",
    "barrister",
    "journalist",
    "photographer",
    "writer",
    "novelist",
    "poet",
    "artist",
    "painter",
    "singer",
    "musician",
    "actor",
    "actress",
    "comedian",
    "architect",
    "historian",
    "hydrologist",
    "geologist",
    "biologist",
    "physicist",
    "chemist",
    "lecturer",
    "priest",
    "imam",
    "rabbi",
    "pastor",
    "soldier",
    "veteran",
    "pilot",
    "firefighter",
    "entrepreneur",
    "businessman",
    "businesswoman",
    "shepherd",
    "herder",
    "grower",
    "winemaker",
    "man",
    "woman",
];

/// Capitalised words in a name found this way: two at least (one capitalised word after
/// "man" or before ", a …" is as often a place or a day), four at most.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// Words of a description read for its head noun, after its article.
const DESCRIPTION_WORDS: usize = 4;

/// Capitalised words right after a lower-case [`PERSON_NOUNS`] word, or set off by a comma
/// before "a"/"an" and a description headed by one ("Li Na, a Chinese nurse volunteering at
/// …"), are a person where the tagger read a work's title or nothing there (a place or an
/// organisation it read stays: "the engineer Rolls-Royce hired").
pub(super) fn with_people_by_role(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let word = |i: usize| tokens[i].text(text);
    let is_role = |i: usize| tokens[i].kind == TokenKind::Word && PERSON_NOUNS.contains(&word(i));
    // No place, organisation or longer person's name the tagger read over the words.
    let open = |first: usize, end: usize| {
        !read_as_place_or_organisation(&chunks, first, end)
            && !(chunks.iter()).any(|&(f, e, label)| {
                label == EntityLabel::Per && f < end && first < e && (f < first || e > end)
            })
    };
    let mut found: Vec<(usize, usize, EntityLabel)> = Vec::new();
    for role in 0..tokens.len() {
        if !is_role(role) || found.last().is_some_and(|name| name.1 > role) {
            continue;
        }
        if let Some(end) = name_after(text, tokens, role + 1) {
            if open(role + 1, end) {
                found.push((role + 1, end, EntityLabel::Per));
            }
            continue;
        }
        if let Some((first, end)) = described_name_before(text, tokens, role, is_role) {
            if open(first, end) && found.last().is_none_or(|name| name.1 <= first) {
                found.push((first, end, EntityLabel::Per));
            }
        }
    }
    with_found_names(chunks, found)
}

/// Nouns of a relative that a possessive opens: "her father, Alan,".
const RELATIVES: &[&str] = &[
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "partner",
    "grandson",
    "granddaughter",
    "grandfather",
    "grandmother",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    "stepfather",
    "stepmother",
    "stepson",
    "stepdaughter",
    "boyfriend",
    "girlfriend",
    "fiancé",
    "fiancée",
    "twin",
];

/// "Her father, Alan, skippered a trawler": a given name alone, set off by commas after a
/// possessive and a relative's noun, is the relative, whatever the tagger read there (a
/// place, "Jordan"; an organisation).
pub(super) fn with_relatives_by_given_name(
    text: &str,
    tokens: &[Token],
    chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    let word = |i: usize| tokens[i].text(text);
    let given_name = |i: usize| {
        Gazetteer::get().token(text, &tokens[i]).lists() & gazetteer::List::FirstName.bit() != 0
    };
    let found: Vec<(usize, usize, EntityLabel)> = (3..tokens.len().saturating_sub(1))
        .filter(|&name| {
            word(name - 1) == ","
                && word(name + 1) == ","
                && RELATIVES.contains(&word(name - 2))
                && PERSONAL_POSSESSIVES
                    .iter()
                    .any(|p| word(name - 3).eq_ignore_ascii_case(p))
                && is_capitalised_word(text, &tokens[name])
                && given_name(name)
        })
        .map(|name| (name, name + 1, EntityLabel::Per))
        .collect();
    with_found_names(chunks, found)
}

/// Where a name that begins at `first` ends: capitalised words, with a lower-case particle
/// ("Abu", "al-", "van der") or a hyphen inside; [`NAME_WORDS`] of them.
fn name_after(text: &str, tokens: &[Token], first: usize) -> Option<usize> {
    let end = name_end(text, tokens, first);
    let words = (first..end)
        .filter(|&i| is_capitalised_word(text, &tokens[i]))
        .count();
    (NAME_WORDS.contains(&words) && plain_name(text, &tokens[first])).then_some(end)
}

/// The end of the run of a name's words from `first` (`first` itself when none begins there).
fn name_end(text: &str, tokens: &[Token], first: usize) -> usize {
    let touches = |a: usize, b: usize| tokens[a].span.end == tokens[b].span.start;
    let mut end = first;
    while end < tokens.len() {
        let particle = |i: usize| group::PARTICLES.contains(&tokens[i].text(text));
        let hyphen = tokens[end].text(text) == "-";
        let joins = (particle(end) || hyphen && end > first && touches(end - 1, end))
            && tokens
                .get(end + 1)
                .is_some_and(|next| is_capitalised_word(text, next) || next.text(text) == "-");
        if !(is_capitalised_word(text, &tokens[end]) || end > first && joins) {
            break;
        }
        end += 1;
    }
    end
}

/// A name's first word that is no title ("Mr", "Minister": the tagger reads those) and no
/// common word capitalised to open a sentence ("In", "After").
fn plain_name(text: &str, token: &Token) -> bool {
    let lists = Gazetteer::get().token(text, token);
    is_capitalised_word(text, token)
        && lists.lists() & gazetteer::List::Title.bit() == 0
        && !gazetteer::with_lower(token.text(text), |lower| {
            Gazetteer::get().phrase(lower).common()
        })
}

/// The "a"/"an" that opens the description whose head is the role noun at `role`, right after
/// a comma: "…, a Chinese nurse".
fn role_article(tokens: &[Token], text: &str, role: usize) -> Option<usize> {
    (role.saturating_sub(DESCRIPTION_WORDS + 1)..role)
        .rev()
        .take_while(|&i| tokens[i].kind == TokenKind::Word)
        .find(|&i| matches!(tokens[i].text(text), "a" | "an"))
        .filter(|&article| article > 0 && tokens[article - 1].text(text) == ",")
}

/// The tokens of the name set off before the description headed by the role noun at
/// `role`: "Li Na, a Chinese nurse volunteering at …". The noun heads the description: what
/// follows it is punctuation, a preposition, a relative pronoun or a participle, not another
/// noun ("a nurse practitioner" is read no further).
fn described_name_before(
    text: &str,
    tokens: &[Token],
    role: usize,
    is_role: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let article = role_article(tokens, text, role)?;
    // The role noun is the first in the description.
    if (article + 1..role).any(&is_role) {
        return None;
    }
    let heads = tokens.get(role + 1).is_none_or(|next| {
        let word = next.text(text);
        next.kind == TokenKind::Punct
            || matches!(
                word,
                "at" | "of" | "in" | "for" | "with" | "from" | "on" | "who" | "whose" | "whom"
            )
            || word.ends_with("ing")
            || word.ends_with("ed")
    });
    if !heads {
        return None;
    }
    let comma = article - 1;
    // Back over the name's words to the first; the name opens the run of capitalised words.
    let first = (0..comma)
        .rev()
        .take_while(|&i| {
            let token = &tokens[i];
            is_capitalised_word(text, token)
                || group::PARTICLES.contains(&token.text(text))
                || token.text(text) == "-"
        })
        .last()?;
    name_after(text, tokens, first)
        .filter(|&end| end == comma)
        .map(|end| (first, end))
}
