//! Word lists (countries, cities, first names, titles …) matched over token sequences.
//!
//! Lists live in `data/ner/gazetteers/` (sources and licences in `data/ner/SOURCES.md`) and
//! are compiled in. Matching is on lower-cased tokens, so ALL-CAPS headlines match too.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::hashing;
use crate::analysis::Span;
use crate::text::tokenize;

/// One bit per list; a phrase can be on several lists ("Georgia": country and US state).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum List {
    Country,
    Capital,
    City,
    Demonym,
    FirstName,
    Surname,
    Title,
    OrgWord,
}

pub const LISTS: [List; 8] = [
    List::Country,
    List::Capital,
    List::City,
    List::Demonym,
    List::FirstName,
    List::Surname,
    List::Title,
    List::OrgWord,
];

impl List {
    pub const fn bit(self) -> u8 {
        1 << self as u8
    }

    fn source(self) -> &'static str {
        match self {
            List::Country => include_str!("../../../data/ner/gazetteers/countries.txt"),
            List::Capital => include_str!("../../../data/ner/gazetteers/capitals.txt"),
            List::City => include_str!("../../../data/ner/gazetteers/cities.txt"),
            List::Demonym => include_str!("../../../data/ner/gazetteers/demonyms.txt"),
            List::FirstName => include_str!("../../../data/ner/gazetteers/first_names.txt"),
            List::Surname => include_str!("../../../data/ner/gazetteers/surnames.txt"),
            List::Title => include_str!("../../../data/ner/gazetteers/titles.txt"),
            List::OrgWord => include_str!("../../../data/ner/gazetteers/org_words.txt"),
        }
    }
}

/// Longest phrase matched, in tokens.
pub const MAX_PHRASE: usize = 5;

/// Where a token sits in a matched phrase, per list: Begin, Inside, Last or Unit (one token).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Membership {
    pub begin: u8,
    pub inside: u8,
    pub last: u8,
    pub unit: u8,
}

impl Membership {
    pub fn any(self) -> u8 {
        self.begin | self.inside | self.last | self.unit
    }
}

pub struct Gazetteer {
    /// Hash of the lower-cased phrase (tokens joined by one space) → list bits; the beginnings
    /// of longer phrases are there too (with no bits if on no list), so that matching stops
    /// at the first token sequence that begins no phrase.
    phrases: HashMap<u64, u8, hashing::PassThroughBuild>,
}

impl Gazetteer {
    pub fn get() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(Gazetteer::load)
    }

    fn load() -> Gazetteer {
        let mut phrases: HashMap<u64, u8, hashing::PassThroughBuild> =
            HashMap::with_capacity_and_hasher(60_000, Default::default());
        let mut lower = String::new();
        let mut words: Vec<&str> = Vec::with_capacity(MAX_PHRASE + 1);
        for list in LISTS {
            for line in list.source().lines() {
                let line = line.trim();
                if line.is_empty() {
                    continue;
                }
                words.clear();
                if line.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
                    && !line.contains("  ")
                {
                    // Most entries are ASCII words between single spaces: the tokenizer would
                    // split them at the spaces alone (it is a tenth of start-up otherwise).
                    words.extend(line.split(' '));
                } else if line.chars().all(char::is_alphabetic) {
                    // One word in any script, taken whole.
                    words.push(line);
                } else {
                    words.extend(
                        tokenize(line, Span::new(0, line.len()))
                            .iter()
                            .map(|t| t.text(line)),
                    );
                }
                if words.is_empty() || words.len() > MAX_PHRASE {
                    continue;
                }
                let mut hash = hashing::EMPTY;
                for (i, word) in words.iter().enumerate() {
                    if i > 0 {
                        // A proper beginning of a phrase, on no list of its own.
                        phrases.entry(hash).or_default();
                    }
                    hash = if word.is_ascii() {
                        // Lower-cased byte by byte, with no copy.
                        let hash = phrase_step(hash, i, "");
                        word.bytes().fold(hash, |hash, b| {
                            hashing::bytes(hash, &[b.to_ascii_lowercase()])
                        })
                    } else {
                        lower.clear();
                        lower.extend(word.chars().flat_map(char::to_lowercase));
                        phrase_step(hash, i, &lower)
                    };
                }
                *phrases.entry(hash).or_default() |= list.bit();
            }
        }
        Gazetteer { phrases }
    }

    /// Per token, the lists it belongs to: for each list, leftmost-longest phrase matches.
    /// `lower` holds the lower-cased tokens of one sentence. Linear: at most
    /// [`MAX_PHRASE`] look-ups per token.
    pub fn memberships(&self, lower: &[&str]) -> Vec<Membership> {
        let n = lower.len();
        let mut out = vec![Membership::default(); n];
        // For each list, the first token not yet inside one of its matches.
        let mut free_from = [0usize; LISTS.len()];
        // The list bits of the phrases beginning at a token, by length.
        let mut found = [0u8; MAX_PHRASE];
        for start in 0..n {
            let mut longest = 0;
            let mut hash = hashing::EMPTY;
            for (len, bits) in found.iter_mut().enumerate().take(MAX_PHRASE.min(n - start)) {
                hash = phrase_step(hash, len, lower[start + len]);
                let Some(&on_lists) = self.phrases.get(&hash) else {
                    break;
                };
                *bits = on_lists;
                longest = len + 1;
            }
            for len in (1..=longest).rev() {
                let bits = found[len - 1];
                for list in LISTS {
                    let index = list as usize;
                    if bits & list.bit() == 0 || free_from[index] > start {
                        continue;
                    }
                    free_from[index] = start + len;
                    let bit = list.bit();
                    if len == 1 {
                        out[start].unit |= bit;
                    } else {
                        out[start].begin |= bit;
                        out[start + len - 1].last |= bit;
                        for member in &mut out[start + 1..start + len - 1] {
                            member.inside |= bit;
                        }
                    }
                }
            }
        }
        out
    }

    pub fn contains(&self, lower_phrase: &str, list: List) -> bool {
        // Entity grouping asks about single words on every keystroke: an ASCII word is one
        // token, hashed without running the tokenizer.
        let one_word =
            !lower_phrase.is_empty() && lower_phrase.bytes().all(|b| b.is_ascii_alphabetic());
        let hash = if one_word {
            phrase_step(hashing::EMPTY, 0, lower_phrase)
        } else {
            let tokens = tokenize(lower_phrase, Span::new(0, lower_phrase.len()));
            let mut hash = hashing::EMPTY;
            for (i, token) in tokens.iter().enumerate() {
                hash = phrase_step(hash, i, token.text(lower_phrase));
            }
            hash
        };
        self.phrases
            .get(&hash)
            .is_some_and(|bits| bits & list.bit() != 0)
    }
}

/// Lower-case English words that are not names: SCOWL's list (Debian's `wamerican`) less every
/// word it also lists capitalised. "took", "victory", "council" are in; "west", "may", "bush"
/// are out. A sentence that capitalises them is a Title-Case headline.
pub struct CommonWords {
    /// [`hashing::str`] of each word.
    words: HashSet<u64, hashing::PassThroughBuild>,
}

impl CommonWords {
    pub fn get() -> &'static CommonWords {
        static WORDS: OnceLock<CommonWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            let source = include_str!("../../../data/ner/gazetteers/common_words.txt");
            // Sized once: collecting would grow the table, rehashing, a dozen times.
            let mut words = HashSet::with_capacity_and_hasher(
                source.bytes().filter(|&b| b == b'\n').count() + 1,
                Default::default(),
            );
            words.extend(source.lines().map(hashing::str));
            CommonWords { words }
        })
    }

    /// Whether the word whose lower-case form hashes (by [`hashing::str`]) to `lower_hash`
    /// is a common word.
    #[inline]
    pub fn contains(&self, lower_hash: u64) -> bool {
        self.words.contains(&lower_hash)
    }
}

fn phrase_step(hash: u64, index: usize, lower_token: &str) -> u64 {
    let hash = if index > 0 {
        hashing::bytes(hash, b" ")
    } else {
        hash
    };
    hashing::bytes(hash, lower_token.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_longest_phrases_per_list() {
        let gazetteer = Gazetteer::get();
        let words = ["the", "united", "states", "and", "new", "york", "city"];
        let members = gazetteer.memberships(&words);
        assert_eq!(members[1].begin & List::Country.bit(), List::Country.bit());
        assert_eq!(members[2].last & List::Country.bit(), List::Country.bit());
        assert_eq!(members[0].any() & List::Country.bit(), 0);
        assert!(members[4].any() & List::City.bit() != 0);
        assert!(gazetteer.contains("president", List::Title));
        assert!(gazetteer.contains("james", List::FirstName));
    }

    #[test]
    fn common_words_leave_out_words_that_are_also_names() {
        let common = CommonWords::get();
        assert!(common.contains(hashing::str("victory")));
        assert!(common.contains(hashing::str("council")));
        assert!(!common.contains(hashing::str("west")));
        assert!(!common.contains(hashing::str("putin")));
    }
}
