//! Propagation: a name tagged once is found wherever else the document writes it, in running
//! text or in capitals, by one multi-pattern search per document.

use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::Arc;

use super::titles::is_title;
use super::{collapse, words, CapitalizedBlock, Draft};
use crate::analysis::entities::{hashing, romanised, EntityLabel};
use crate::analysis::Span;

/// The capitalised words of a document with no ASCII lower-case letter (hashed): the only
/// words that an ALL-CAPS spelling of a name can begin with, and so be found at.
pub(super) struct CapsWords(HashSet<u64>);

impl CapsWords {
    pub(super) fn new(text: &str, blocks: &[CapitalizedBlock]) -> CapsWords {
        let words = (blocks.iter().flat_map(CapitalizedBlock::absolute))
            .map(|(start, end)| &text[start as usize..end as usize])
            .filter(|word| !word.bytes().any(|b| b.is_ascii_lowercase()))
            .map(word_hash);
        CapsWords(words.collect())
    }

    /// Whether `name` in capitals begins with one of the words.
    fn may_begin(&self, name: &str) -> bool {
        let first = name
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let mut buffer = [0u8; 32];
        let hash = match buffer.get_mut(..first.len()).filter(|_| name.is_ascii()) {
            Some(upper) => {
                upper.copy_from_slice(first.as_bytes());
                upper.make_ascii_uppercase();
                word_hash(std::str::from_utf8(upper).expect("ASCII stays UTF-8"))
            }
            // Outside ASCII, capitals can change where the first word ends ("ß" → "SS").
            None => match first_word(&name.to_uppercase()) {
                // Searched for in the text, not among capitalised words.
                Some(first) if !first.starts_with(char::is_uppercase) => return true,
                Some(first) => word_hash(first),
                None => return false,
            },
        };
        self.0.contains(&hash)
    }
}

/// Names to look for everywhere: every tagged name that is not only ever tagged first in a
/// sentence (where any word is capitalised), and the surnames of full names of people.
/// Names are borrowed from the text where they are written as [`collapse`] leaves them.
pub(super) fn propagation_patterns<'t>(
    text: &'t str,
    drafts: &[Draft],
    caps_first_words: Option<&CapsWords>,
) -> Vec<(Cow<'t, str>, EntityLabel)> {
    let mut patterns: HashMap<Cow<str>, (EntityLabel, bool)> = HashMap::default();
    for draft in drafts {
        let surface = draft.span.slice(text);
        let name = match draft.collapsed {
            true => Cow::Borrowed(surface),
            false => Cow::Owned(collapse(surface)),
        };
        if name.chars().nth(1).is_none() || !name.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let word_spans = &draft.words;
        let reliable = word_spans.len() > 1 || !sentence_initial(text, draft.span.start);
        let entry = patterns.entry(name).or_insert((draft.label, false));
        entry.1 |= reliable;
        if draft.label == EntityLabel::Per && word_spans.len() > 1 {
            let surname = word_spans.last().expect("more than one").slice(text);
            // A surname already listed stays as it is: no need to ask whether it is a title.
            if !patterns.contains_key(surname)
                && surname.chars().nth(2).is_some()
                && !is_title(surname)
            {
                patterns.insert(Cow::Borrowed(surname), (EntityLabel::Per, true));
            }
            // A name written surname first: "Xi said" after "Xi Jinping".
            let first = word_spans.iter().next().expect("more than one").slice(text);
            if !patterns.contains_key(first) && romanised::surname_first(surface).is_some() {
                patterns.insert(Cow::Borrowed(first), (EntityLabel::Per, true));
            }
        }
    }
    // The same names in an ALL-CAPS headline ("PUTIN WARNS …"); two names in one capitals
    // spelling keep the first label. In no particular order: the search does not read it.
    let mut capitals: HashMap<String, EntityLabel> = HashMap::default();
    for (name, &(label, reliable)) in &patterns {
        if !reliable || name.chars().filter(|c| c.is_alphabetic()).nth(2).is_none() {
            continue;
        }
        if !caps_first_words.is_none_or(|words| words.may_begin(name)) {
            continue;
        }
        let upper = name.to_uppercase();
        let listed = (patterns.get(upper.as_str())).is_some_and(|&(_, reliable)| reliable);
        if !listed {
            let entry = capitals.entry(upper).or_insert(label);
            *entry = (*entry).min(label);
        }
    }
    let mut patterns: Vec<(Cow<str>, EntityLabel)> = patterns
        .into_iter()
        .filter(|(_, (_, reliable))| *reliable)
        .map(|(name, (label, _))| (name, label))
        .collect();
    patterns.extend(
        capitals
            .into_iter()
            .map(|(upper, label)| (Cow::Owned(upper), label)),
    );
    patterns
}

/// Whether `start` begins a sentence or a line (so its capital says nothing).
fn sentence_initial(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(|c: char| {
        c == ' ' || c == '\t' || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«')
    });
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// Whole-word, case-sensitive occurrences of `patterns` (leftmost-longest, in order).
/// `capitalized` (see [`group_prepared`](super::group_prepared)) lets the walk visit only the words that begin with a
/// capital and those that begin a pattern.
pub(super) fn find_words(
    text: &str,
    patterns: &[&str],
    capitalized: Option<&[CapitalizedBlock]>,
) -> Vec<(Span, usize)> {
    if patterns.is_empty() {
        return Vec::new();
    }
    // Patterns by their first word: a linear walk over the words of the text finds the
    // leftmost-longest whole-word match without building an automaton of them all.
    let mut by_first_word: HashMap<&str, SameFirstWord> = HashMap::default();
    for (index, pattern) in patterns.iter().enumerate() {
        let first = pattern
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if !first.is_empty() && pattern.starts_with(first) {
            by_first_word
                .entry(first)
                .or_default()
                .insert(pattern, index);
        }
    }
    // The longest pattern whose first word is `text[word_start..word_end]` and that matches
    // there as whole words.
    let match_at = |word_start: usize, word_end: usize| {
        by_first_word
            .get(&text[word_start..word_end])
            .and_then(|candidates| candidates.longest_at(text, word_start))
    };
    let mut found = Vec::new();
    if let Some(capitalized) = capitalized {
        // A word that matches is a maximal run of alphanumerics that is some pattern's first
        // word: one that begins with a capital is in `capitalized`; the others (a surname
        // tagged in lower case: "county", "himself") are few, and found by a search for them.
        // The walk below visits these words alone, in the same order.
        let not_capitalized: Vec<&str> = (by_first_word.keys().copied())
            .filter(|w| !w.starts_with(char::is_uppercase))
            .collect();
        let others = whole_words(text, &not_capitalized);
        let capitalized = capitalized.iter().flat_map(CapitalizedBlock::absolute);
        let mut position = 0;
        for (start, end) in merged(capitalized, others) {
            let (start, end) = (start as usize, end as usize);
            if start < position {
                continue;
            }
            if let Some(index) = match_at(start, end) {
                let end = start + patterns[index].len();
                found.push((Span::new(start, end), index));
                position = end;
            }
        }
        return found;
    }
    let mut position = 0;
    while position < text.len() {
        let rest = &text[position..];
        let Some(word_start) = rest.find(char::is_alphanumeric).map(|i| position + i) else {
            break;
        };
        let word_end = text[word_start..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(text.len(), |i| word_start + i);
        match match_at(word_start, word_end) {
            Some(index) => {
                let end = word_start + patterns[index].len();
                found.push((Span::new(word_start, end), index));
                position = end;
            }
            None => position = word_end,
        }
    }
    found
}

/// Two ascending lists of words (start, end) as one, in order of start; on an equal start
/// the second list's word comes first.
fn merged(
    first: impl Iterator<Item = (u32, u32)>,
    second: impl IntoIterator<Item = (u32, u32)>,
) -> impl Iterator<Item = (u32, u32)> {
    let mut first = first.peekable();
    let mut second = second.into_iter().peekable();
    std::iter::from_fn(move || match (first.peek(), second.peek()) {
        (Some(&c), Some(&l)) if c.0 < l.0 => first.next(),
        (_, Some(_)) => second.next(),
        (Some(_), None) => first.next(),
        (None, None) => None,
    })
}

/// Where the words `words` (alphanumeric runs) are written as whole words in `text`, in order.
fn whole_words(text: &str, words: &[&str]) -> Vec<(u32, u32)> {
    match whole_word_searcher(words) {
        Some(searcher) => whole_words_in(text, Span::new(0, text.len()), &searcher),
        None => Vec::new(),
    }
}

/// The automaton for [`whole_words_in`]; `None` for no words.
fn whole_word_searcher(words: &[&str]) -> Option<AhoCorasick> {
    // Leftmost-longest: a match at a word's start is the word itself when it is listed, since
    // no listed word runs past a word's end.
    (!words.is_empty()).then(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(words)
            .expect("a few short words make a small automaton")
    })
}

/// [`whole_words`] inside `within` (a span of whole words: a match never crosses its edges).
fn whole_words_in(text: &str, within: Span, searcher: &AhoCorasick) -> Vec<(u32, u32)> {
    let alphanumeric = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let input = aho_corasick::Input::new(text).range(within.start..within.end);
    (searcher.find_iter(input))
        .filter(|m| {
            !alphanumeric(text[..m.start()].chars().next_back())
                && !alphanumeric(text[m.end()..].chars().next())
        })
        .map(|m| (m.start() as u32, m.end() as u32))
        .collect()
}

/// What the search for propagated names found in each block at the last grouping. A block
/// whose content is the same is not searched again, unless a pattern that changed since
/// begins with one of its capitalised words.
#[derive(Debug, Default)]
pub(super) struct FoundMemo {
    /// The patterns searched ([`PatternKey`]), sorted, and a digest of them that does not
    /// depend on their order (compared first: most keystrokes change no pattern).
    patterns: Vec<PatternKey>,
    fingerprint: (u64, u64),
    /// By block content key; only blocks whose matches lie inside them.
    blocks: HashMap<u64, Arc<BlockMatches>>,
}

/// A pattern as the search reads it: the hash of its text and label, and of its first word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct PatternKey {
    key: u64,
    first_word: u64,
    /// Whether the first word begins with a capital (else it is searched for in the text).
    capitalized: bool,
    /// Index into this grouping's patterns.
    index: usize,
}

/// The matches in one block, relative to its start, and which capitalised words it has.
#[derive(Debug)]
pub(super) struct BlockMatches {
    pub(super) found: Vec<BlockMatch>,
    /// A Bloom filter of the hashes of the block's capitalised words ([`bloom_bits`]).
    words: u128,
}

#[derive(Debug)]
pub(super) struct BlockMatch {
    pub(super) span: Span,
    pub(super) label: EntityLabel,
    /// Relative to the match's start.
    /// Shared by the matches of one pattern.
    pub(super) words: Arc<[Span]>,
}

fn word_hash(word: &str) -> u64 {
    hashing::finish(hashing::str(word))
}

fn bloom_bits(hash: u64) -> u128 {
    (1u128 << (hash & 127)) | (1u128 << ((hash >> 7) & 127))
}

/// The first word of a pattern, as [`find_words`] indexes it; `None` when the pattern does
/// not begin with a word (it is never found).
fn first_word(pattern: &str) -> Option<&str> {
    let first = pattern.split(|c: char| !c.is_alphanumeric()).next()?;
    (!first.is_empty() && pattern.starts_with(first)).then_some(first)
}

/// [`find_words`] for the propagation patterns over capitalised words given block by block:
/// the matches of each block, in order, from `memo` where the block's content and the patterns
/// that begin with its words are those of the last search.
pub(super) fn find_propagated(
    text: &str,
    patterns: &[(Cow<str>, EntityLabel)],
    blocks: &[CapitalizedBlock],
    memo: &mut FoundMemo,
) -> Vec<Arc<BlockMatches>> {
    let mut keys: Vec<PatternKey> = (patterns.iter().enumerate())
        .filter_map(|(index, (pattern, label))| {
            let first = first_word(pattern)?;
            Some(PatternKey {
                key: hashing::pair(hashing::str(pattern), *label as u64),
                first_word: word_hash(first),
                capitalized: first.starts_with(char::is_uppercase),
                index,
            })
        })
        .collect();
    // The first words of the patterns added or removed: blocks where one is written are
    // searched again (all of them when it is not capitalised, and so found by a text search).
    let mut changed: Vec<u128> = Vec::new();
    let same = |a: &PatternKey, b: &PatternKey| (a.key, a.first_word) == (b.key, b.first_word);
    let fingerprint = (keys.iter()).fold((keys.len() as u64, 0u64), |(sum, xor), k| {
        let k = hashing::pair(k.key, k.first_word);
        (sum.wrapping_add(k), xor ^ hashing::finish(k))
    });
    if fingerprint != memo.fingerprint {
        keys.sort_unstable();
        let (mut old, mut new) = (memo.patterns.iter().peekable(), keys.iter().peekable());
        loop {
            let differs = match (old.peek(), new.peek()) {
                (Some(a), Some(b)) if same(a, b) => {
                    old.next();
                    new.next();
                    continue;
                }
                (Some(a), Some(b)) if (a.key, a.first_word) < (b.key, b.first_word) => old.next(),
                (Some(_), None) => old.next(),
                (_, Some(_)) => new.next(),
                (None, None) => break,
            };
            let differs = differs.expect("peeked");
            if !differs.capitalized {
                memo.blocks.clear();
            }
            changed.push(bloom_bits(differs.first_word));
        }
        memo.patterns = keys.clone();
        memo.fingerprint = fingerprint;
    }
    // Whether the block may have a word that begins a changed pattern.
    let affected = |matches: &BlockMatches| changed.iter().any(|&bits| bits & !matches.words == 0);
    // The patterns that begin with a word of a block to search (unless a match runs into one
    // from the block before), indexed at once.
    let searched: Vec<&CapitalizedBlock> = (blocks.iter())
        .filter(|block| memo.blocks.get(&block.key).is_none_or(|m| affected(m)))
        .collect();
    let words = (searched.iter().flat_map(|block| block.absolute()))
        .map(|(start, end)| word_hash(&text[start as usize..end as usize]));
    let mut candidates = Candidates::new(patterns, &keys, words);
    // Searching many blocks (a new document), the words that are not capitalised are found
    // in one pass over the text rather than one per block.
    if searched.len() > 64 {
        candidates.others_in_text = (candidates.others.as_ref())
            .map(|searcher| whole_words_in(text, Span::new(0, text.len()), searcher));
    }
    let mut kept: HashMap<u64, Arc<BlockMatches>> = HashMap::default();
    kept.reserve(blocks.len());
    let mut position = 0;
    let mut result = Vec::with_capacity(blocks.len());
    for block in blocks {
        let start = block.span.start;
        let cached = (memo.blocks.get(&block.key))
            .filter(|m| start >= position && !affected(m))
            .cloned();
        let matches = match cached {
            Some(matches) => {
                kept.insert(block.key, Arc::clone(&matches));
                matches
            }
            None => {
                candidates.cover(text, block);
                let matches = Arc::new(candidates.search(text, block, position));
                // A match that runs past the block, or a block searched from inside a match
                // that ran into it, depends on text outside it: not kept.
                let inside = matches
                    .found
                    .last()
                    .is_none_or(|m| m.span.end <= block.span.len());
                if start >= position && inside {
                    kept.insert(block.key, Arc::clone(&matches));
                }
                matches
            }
        };
        if let Some(last) = matches.found.last() {
            position = position.max(start + last.span.end);
        }
        result.push(matches);
    }
    memo.blocks = kept;
    result
}

/// The patterns that begin with one word, for the longest that matches at a place: by their
/// text, with their lengths longest first. A look-up per length rather than a comparison per
/// pattern: a roster of a thousand "John …" compared every "John" with each of them.
#[derive(Default)]
struct SameFirstWord<'p> {
    lengths: Vec<usize>,
    /// The first pattern (by index) of each text.
    by_text: HashMap<&'p str, usize>,
}

impl<'p> SameFirstWord<'p> {
    fn insert(&mut self, pattern: &'p str, index: usize) {
        let first = self.by_text.entry(pattern).or_insert(index);
        *first = (*first).min(index);
        if let Err(at) = self.lengths.binary_search_by(|l| pattern.len().cmp(l)) {
            self.lengths.insert(at, pattern.len());
        }
    }

    /// The longest pattern written at `text[start..]` as whole words.
    fn longest_at(&self, text: &str, start: usize) -> Option<usize> {
        self.lengths.iter().find_map(|&length| {
            let end = start + length;
            let written = text.get(start..end)?;
            let index = self.by_text.get(written)?;
            (!text[end..].starts_with(char::is_alphanumeric)).then_some(*index)
        })
    }
}

/// The patterns that begin with some words, by first word (hashed).
struct Candidates<'p> {
    patterns: &'p [(Cow<'p, str>, EntityLabel)],
    keys: &'p [PatternKey],
    /// First-word hashes whose patterns are in `by_first_word`.
    covered: HashSet<u64>,
    by_first_word: HashMap<u64, SameFirstWord<'p>>,
    /// Finds the first words that are not capitalised …
    others: Option<AhoCorasick>,
    /// … or has found them in the whole text.
    others_in_text: Option<Vec<(u32, u32)>>,
    /// The words of each pattern found, relative to its start.
    pattern_words: Vec<Option<Arc<[Span]>>>,
}

impl<'p> Candidates<'p> {
    /// Indexes the patterns that begin with `words` (hashed) or with a word that is not
    /// capitalised (few: those are always indexed).
    fn new(
        patterns: &'p [(Cow<'p, str>, EntityLabel)],
        keys: &'p [PatternKey],
        words: impl Iterator<Item = u64>,
    ) -> Candidates<'p> {
        let not_capitalized = keys.iter().filter(|k| !k.capitalized);
        let mut candidates = Candidates {
            patterns,
            keys,
            covered: HashSet::default(),
            by_first_word: HashMap::default(),
            others: None,
            others_in_text: None,
            pattern_words: vec![None; patterns.len()],
        };
        candidates.add(words.chain(not_capitalized.clone().map(|k| k.first_word)));
        let others: HashSet<&str> = not_capitalized
            .filter_map(|k| first_word(&patterns[k.index].0))
            .collect();
        candidates.others = whole_word_searcher(&others.into_iter().collect::<Vec<_>>());
        candidates
    }

    /// Indexes the patterns that begin with a capitalised word of `block`.
    fn cover(&mut self, text: &str, block: &CapitalizedBlock) {
        let words =
            (block.absolute()).map(|(start, end)| word_hash(&text[start as usize..end as usize]));
        self.add(words);
    }

    fn add(&mut self, words: impl Iterator<Item = u64>) {
        let new: HashSet<u64> = words.filter(|w| self.covered.insert(*w)).collect();
        if new.is_empty() {
            return;
        }
        let patterns = self.patterns;
        for key in self.keys {
            if new.contains(&key.first_word) {
                self.by_first_word
                    .entry(key.first_word)
                    .or_default()
                    .insert(&patterns[key.index].0, key.index);
            }
        }
    }

    /// The walk of [`find_words`] over one block (its words from `position` on), relative to
    /// the block's start. The block's words must be covered.
    fn search(&mut self, text: &str, block: &CapitalizedBlock, position: usize) -> BlockMatches {
        let others = match (&self.others_in_text, &self.others) {
            (Some(all), _) => {
                let from = all.partition_point(|w| (w.0 as usize) < block.span.start);
                let to = all.partition_point(|w| (w.0 as usize) < block.span.end);
                all[from..to].to_vec()
            }
            (None, Some(searcher)) => whole_words_in(text, block.span, searcher),
            (None, None) => Vec::new(),
        };
        let mut bloom = 0u128;
        let mut found = Vec::new();
        let mut position = position;
        for (start, end) in merged(block.absolute(), others) {
            let (start, end) = (start as usize, end as usize);
            let hash = word_hash(&text[start..end]);
            if text[start..].starts_with(char::is_uppercase) {
                bloom |= bloom_bits(hash);
            }
            if start < position {
                continue;
            }
            let Some(candidates) = self.by_first_word.get(&hash) else {
                continue;
            };
            if let Some(index) = candidates.longest_at(text, start) {
                let (pattern, label) = &self.patterns[index];
                let end = start + pattern.len();
                let offset = block.span.start;
                found.push(BlockMatch {
                    span: Span::new(start - offset, end - offset),
                    label: *label,
                    words: Arc::clone(
                        self.pattern_words[index].get_or_insert_with(|| {
                            words(pattern, Span::new(0, pattern.len())).into()
                        }),
                    ),
                });
                position = end;
            }
        }
        BlockMatches {
            found,
            words: bloom,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_share_a_first_word_are_looked_up_by_length() {
        let roster: Vec<String> = (0..1_000).map(|i| format!("John N{i}")).collect();
        let mut patterns: Vec<&str> = vec!["John Smith", "John", "John Smith Jr", "John Smith"];
        patterns.extend(roster.iter().map(String::as_str));
        let text = "John Smith Jr met John Smithson, John N999 and John Smith.";
        let found: Vec<(&str, usize)> = find_words(text, &patterns, None)
            .into_iter()
            .map(|(span, index)| (span.slice(text), index))
            .collect();
        // The longest written there as whole words; of two the same, the first.
        assert_eq!(
            found,
            [
                ("John Smith Jr", 2),
                ("John", 1),
                ("John N999", 1_003),
                ("John Smith", 0)
            ]
        );
        // Looked up once per length: "John", "John N0" .. "John N999", "John Smith", "… Jr".
        let mut same = SameFirstWord::default();
        for (index, pattern) in patterns.iter().enumerate() {
            same.insert(pattern, index);
        }
        assert_eq!(same.lengths, [13, 10, 9, 8, 7, 4]);
    }
}
