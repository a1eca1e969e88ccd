//! Word lists (countries, cities, first names, titles …) matched over token sequences, and
//! the common English words that Title-Case headlines capitalise.
//!
//! Lists live in `data/ner/gazetteers/` (sources and licences in `data/ner/SOURCES.md`).
//! They are compiled in as one hash table, `data/ner/words.bin`, laid out ahead of time
//! ([`build_word_table`]; `cargo run --release --example train_ner -- --word-table` rewrites
//! it, and a test checks that it is what the lists give): start-up builds nothing, and a
//! token's lists, whether it is a common word and whether a longer phrase begins with it are
//! one look-up. Matching is on lower-cased tokens, so ALL-CAPS headlines match too.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::hashing;
use super::model::{Aligned, Table, HEADER};
use crate::analysis::Span;
use crate::text::{tokenize, Token};

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

/// The lists of places: a word on any of them is a country, a capital or a town.
pub const PLACE_LISTS: u8 = List::Country.bit() | List::Capital.bit() | List::City.bit();

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
            List::FirstName => concat!(
                include_str!("../../../data/ner/gazetteers/first_names.txt"),
                include_str!("../../../data/ner/gazetteers/first_names_extra.txt"),
            ),
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

/// What the table says of one lower-cased word or phrase (by its hash).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Word(u16);

/// [`Word`] bits past the list bits.
const COMMON: u16 = 1 << 8;
const CONTINUES: u16 = 1 << 9;
const ORGANISATION: u16 = 1 << 10;
const PRESENT: u16 = 1 << 15;
const VALUE_BITS: u32 = 16;

impl Word {
    /// The lists the phrase is on (as a whole).
    pub fn lists(self) -> u8 {
        self.0 as u8
    }

    /// A lower-case English word that is not a name: SCOWL's list (Debian's `wamerican`) less
    /// every word it also lists capitalised. "took", "victory", "council" are in; "west",
    /// "may", "bush" are out. A sentence that capitalises them is a Title-Case headline.
    pub fn common(self) -> bool {
        self.0 & COMMON != 0
    }

    /// A well-known organisation whose name the tagger reads as a person's or a place
    /// (`gazetteers/organisations.txt`). Not a [`List`]: the tagger's features do not read it.
    pub fn organisation(self) -> bool {
        self.0 & ORGANISATION != 0
    }

    /// A longer phrase on some list begins with this one.
    fn continues(self) -> bool {
        self.0 & CONTINUES != 0
    }

    fn present(self) -> bool {
        self.0 & PRESENT != 0
    }
}

const MAGIC: &[u8; 8] = b"NLWORDS\0";
const FORMAT_VERSION: u32 = 1;

pub struct Gazetteer {
    /// Hash of the lower-cased phrase (tokens joined by one space, [`phrase_step`]) → [`Word`].
    table: Table<'static>,
}

impl Gazetteer {
    pub fn get() -> &'static Gazetteer {
        static BYTES: &Aligned<[u8]> = &Aligned(*include_bytes!("../../../data/ner/words.bin"));
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(|| {
            let table = parse(&BYTES.0).expect(
                "data/ner/words.bin is a word table of this build (train_ner --word-table)",
            );
            Gazetteer { table }
        })
    }

    /// The word or phrase whose lower-cased form hashes (by [`phrase_step`], which for one
    /// word is [`hashing::str`]) to `hash`.
    #[inline]
    pub fn word(&self, hash: u64) -> Word {
        self.table
            .find(hash)
            .map_or(Word::default(), |entry| Word(entry as u16))
    }

    /// Starts loading what [`Gazetteer::word`] will read for `hash`.
    #[inline]
    pub fn prefetch(&self, hash: u64) {
        self.table.prefetch(hash);
    }

    /// Per token, the lists it belongs to: for each list, leftmost-longest phrase matches.
    /// `lower` holds the lower-cased tokens of one sentence, `words` what [`Gazetteer::word`]
    /// says of each alone (by `lower_hashes`, their [`hashing::str`]). Linear: at most
    /// [`MAX_PHRASE`] look-ups per token, and a second only where a longer phrase begins.
    /// Into `out`, cleared first: the caller keeps the buffer.
    pub fn memberships(
        &self,
        lower: &[&str],
        lower_hashes: &[u64],
        words: &[Word],
        out: &mut Vec<Membership>,
    ) {
        let n = lower.len();
        out.clear();
        out.resize(n, Membership::default());
        // For each list, the first token not yet inside one of its matches.
        let mut free_from = [0usize; LISTS.len()];
        // The list bits of the phrases beginning at a token, by length.
        let mut found = [0u8; MAX_PHRASE];
        for start in 0..n {
            let mut word = words[start];
            if !word.present() {
                continue;
            }
            found[0] = word.lists();
            let mut longest = 1;
            let mut hash = lower_hashes[start];
            for len in 1..MAX_PHRASE.min(n - start) {
                if !word.continues() {
                    break;
                }
                hash = phrase_step(hash, len, lower[start + len]);
                word = self.word(hash);
                if !word.present() {
                    break;
                }
                found[len] = word.lists();
                longest = len + 1;
            }
            for len in (1..=longest).rev() {
                let bits = found[len - 1];
                if bits == 0 {
                    continue;
                }
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
    }

    pub fn contains(&self, lower_phrase: &str, list: List) -> bool {
        self.lists_of(lower_phrase) & list.bit() != 0
    }

    /// The lists a lower-cased phrase is on, one bit per [`List`].
    pub fn lists_of(&self, lower_phrase: &str) -> u8 {
        self.phrase(lower_phrase).lists()
    }

    /// What the table says of the phrase `tokens` write in `text`, lower-cased a token at a
    /// time (on the stack, for short ASCII tokens).
    pub fn tokens(&self, text: &str, tokens: &[Token]) -> Word {
        let mut hash = hashing::EMPTY;
        for (i, token) in tokens.iter().enumerate() {
            hash = with_lower(token.text(text), |lower| phrase_step(hash, i, lower));
        }
        self.word(hash)
    }

    /// What the table says of the one word `token` writes in `text`.
    pub fn token(&self, text: &str, token: &Token) -> Word {
        self.tokens(text, std::slice::from_ref(token))
    }

    /// What the table says of a lower-cased phrase.
    pub fn phrase(&self, lower_phrase: &str) -> Word {
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
        self.word(hash)
    }
}

/// `f` of `word` in lower case; a short ASCII word (most names) is lowered on the stack, since
/// grouping asks this of thousands of words on every keystroke.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 32];
    match buffer.get_mut(..word.len()).filter(|_| word.is_ascii()) {
        Some(lower) => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            f(std::str::from_utf8(lower).expect("ASCII stays UTF-8"))
        }
        None => f(&word.to_lowercase()),
    }
}

fn parse(bytes: &[u8]) -> Option<Table<'_>> {
    if bytes.len() < HEADER || &bytes[..8] != MAGIC {
        return None;
    }
    let word = |i: usize| u32::from_le_bytes(bytes[8 + 4 * i..12 + 4 * i].try_into().unwrap());
    let (version, slots, entries) = (word(0), word(1) as usize, word(2) as usize);
    if version != FORMAT_VERSION || slots == 0 || bytes.len() != HEADER + entries * 8 {
        return None;
    }
    Some(Table::new(&bytes[HEADER..], slots as u64, VALUE_BITS))
}

/// The word table of `data/ner/words.bin`, built from the lists: every phrase of up to
/// [`MAX_PHRASE`] tokens with its lists, every proper beginning of one marked as such, and
/// the common words.
pub fn build_word_table() -> Vec<u8> {
    let mut words: HashMap<u64, u16> = HashMap::new();
    let mut lower = String::new();
    let mut phrase: Vec<&str> = Vec::with_capacity(MAX_PHRASE + 1);
    let lists = LISTS.map(|list| (list.source(), u16::from(list.bit())));
    let organisations = (
        include_str!("../../../data/ner/gazetteers/organisations.txt"),
        ORGANISATION,
    );
    for (source, bits) in lists.into_iter().chain([organisations]) {
        for line in source.lines() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            phrase.clear();
            if line.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') && !line.contains("  ") {
                // Most entries are ASCII words between single spaces: the tokenizer would
                // split them at the spaces alone.
                phrase.extend(line.split(' '));
            } else if line.chars().all(char::is_alphabetic) {
                // One word in any script, taken whole.
                phrase.push(line);
            } else {
                phrase.extend(
                    tokenize(line, Span::new(0, line.len()))
                        .iter()
                        .map(|t| t.text(line)),
                );
            }
            if phrase.is_empty() || phrase.len() > MAX_PHRASE {
                continue;
            }
            let mut hash = hashing::EMPTY;
            for (i, word) in phrase.iter().enumerate() {
                if i > 0 {
                    // A proper beginning of a phrase.
                    *words.entry(hash).or_default() |= CONTINUES;
                }
                lower.clear();
                lower.extend(word.chars().flat_map(char::to_lowercase));
                hash = phrase_step(hash, i, &lower);
            }
            *words.entry(hash).or_default() |= bits;
        }
    }
    for line in include_str!("../../../data/ner/gazetteers/common_words.txt").lines() {
        *words.entry(hashing::str(line)).or_default() |= COMMON;
    }
    let mut keys: Vec<(u64, u64)> = words
        .into_iter()
        .map(|(hash, bits)| (hash, u64::from(bits | PRESENT)))
        .collect();
    keys.sort_unstable();
    let slots = keys.len() * 5 / 4 + 1;
    let entries = Table::lay_out(&keys, slots as u64, VALUE_BITS);
    assert_eq!(
        entries.iter().filter(|&&e| e != 0).count(),
        keys.len(),
        "two phrases share the top bits of their hash"
    );
    let mut out = Vec::with_capacity(HEADER + entries.len() * 8);
    out.extend_from_slice(MAGIC);
    for word in [FORMAT_VERSION, slots as u32, entries.len() as u32] {
        out.extend_from_slice(&word.to_le_bytes());
    }
    out.resize(HEADER, 0);
    for entry in entries {
        out.extend_from_slice(&entry.to_le_bytes());
    }
    out
}

/// The hash of a phrase so far, `hash`, continued with its token number `index` (0-based),
/// lower-cased: tokens joined by one space, FNV-1a over the bytes.
pub fn phrase_step(hash: u64, index: usize, lower_token: &str) -> u64 {
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

    fn memberships(words: &[&str]) -> Vec<Membership> {
        let gazetteer = Gazetteer::get();
        let hashes: Vec<u64> = words.iter().map(|w| hashing::str(w)).collect();
        let entries: Vec<Word> = hashes.iter().map(|&h| gazetteer.word(h)).collect();
        let mut members = Vec::new();
        gazetteer.memberships(words, &hashes, &entries, &mut members);
        members
    }

    #[test]
    fn matches_longest_phrases_per_list() {
        let gazetteer = Gazetteer::get();
        let members = memberships(&["the", "united", "states", "and", "new", "york", "city"]);
        assert_eq!(members[1].begin & List::Country.bit(), List::Country.bit());
        assert_eq!(members[2].last & List::Country.bit(), List::Country.bit());
        assert_eq!(members[0].any() & List::Country.bit(), 0);
        assert!(members[4].any() & List::City.bit() != 0);
        assert!(gazetteer.contains("president", List::Title));
        assert!(gazetteer.contains("james", List::FirstName));
    }

    #[test]
    fn well_known_organisations_are_found_by_their_whole_name_in_any_case() {
        let gazetteer = Gazetteer::get();
        for name in ["oxfam", "rolls-royce", "wells fargo", "nestlé"] {
            assert!(gazetteer.phrase(name).organisation(), "{name}");
        }
        for name in ["wells", "royce", "michael dell", "london"] {
            assert!(!gazetteer.phrase(name).organisation(), "{name}");
        }
        // Not a list: the tagger's features do not change with it.
        assert_eq!(gazetteer.lists_of("oxfam"), 0);
    }

    #[test]
    fn common_words_leave_out_words_that_are_also_names() {
        let gazetteer = Gazetteer::get();
        let common = |w: &str| gazetteer.word(hashing::str(w)).common();
        assert!(common("victory"));
        assert!(common("council"));
        assert!(!common("west"));
        assert!(!common("putin"));
    }

    #[test]
    fn the_bundled_word_table_is_built_from_the_lists() {
        let bundled: &[u8] = include_bytes!("../../../data/ner/words.bin");
        assert!(
            build_word_table() == bundled,
            "data/ner/words.bin is stale: cargo run --release --example train_ner -- --word-table"
        );
    }
}
