//! Whole-token phrase matching: an Aho-Corasick automaton over a sentence's tokens, lowercased
//! and joined by single spaces, so "It is\nwidely  Thought" matches "it is widely thought".

use aho_corasick::{AhoCorasick, MatchKind};

use crate::analysis::Span;
use crate::text::Token;

/// A set of phrases, each tagged with a value (a cue kind).
pub(crate) struct PhraseSet<K> {
    automaton: AhoCorasick,
    kinds: Vec<K>,
}

/// A phrase found in a sentence: token indices `first..=last` and the source span they cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PhraseMatch<K> {
    pub kind: K,
    pub first: usize,
    pub last: usize,
    pub span: Span,
}

impl<K: Copy> PhraseSet<K> {
    /// Phrases are written lowercase with single spaces between tokens, as [`NormalizedSentence`]
    /// spells them ("n't" and "'s" are separate tokens: "it 's said").
    pub fn new(phrases: impl IntoIterator<Item = (String, K)>) -> Self {
        let (patterns, kinds): (Vec<String>, Vec<K>) = phrases.into_iter().unzip();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("phrase lists are small and valid");
        PhraseSet { automaton, kinds }
    }

    /// Longest non-overlapping matches, left to right, that start and end on token boundaries.
    pub fn find(&self, sentence: &NormalizedSentence) -> Vec<PhraseMatch<K>> {
        self.automaton
            .find_iter(&sentence.joined)
            .filter_map(|m| {
                let kind = self.kinds[m.pattern().as_usize()];
                sentence.phrase_match(m.start(), m.end(), kind)
            })
            .collect()
    }
}

/// A sentence's tokens lowercased and joined by single spaces, with the way back to the source.
#[derive(Debug, Default)]
pub(crate) struct NormalizedSentence {
    pub joined: String,
    /// Per token: its range in `joined`.
    pub ranges: Vec<(usize, usize)>,
    /// Per token: its span in the source.
    pub spans: Vec<Span>,
    /// Per token: the hashed word feature the sentence models read (`model::add_unigrams`),
    /// hashed once for the three of them.
    pub unigrams: Vec<u32>,
}

impl NormalizedSentence {
    pub fn new(text: &str, tokens: &[Token]) -> Self {
        let mut sentence = NormalizedSentence {
            joined: String::with_capacity(tokens.len() * 6),
            ranges: Vec::with_capacity(tokens.len()),
            spans: Vec::with_capacity(tokens.len()),
            unigrams: Vec::with_capacity(tokens.len()),
        };
        for token in tokens {
            if !sentence.joined.is_empty() {
                sentence.joined.push(' ');
            }
            let start = sentence.joined.len();
            let word = token.text(text);
            if word.is_ascii() {
                // Most words: lowercased in place, byte by byte.
                sentence.joined.push_str(word);
                sentence.joined[start..].make_ascii_lowercase();
            } else {
                for c in word.chars() {
                    match c {
                        // Curly apostrophes spell the same words ("it’s", "’s").
                        '’' | 'ʼ' => sentence.joined.push('\''),
                        c if c.is_ascii() => sentence.joined.push(c.to_ascii_lowercase()),
                        c => sentence.joined.extend(c.to_lowercase()),
                    }
                }
            }
            sentence.ranges.push((start, sentence.joined.len()));
            sentence.spans.push(token.span);
            let word = &sentence.joined[start..];
            sentence
                .unigrams
                .push(super::model::unigram(word, token.kind));
        }
        sentence
    }

    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// The lowercased text of token `index`.
    pub fn word(&self, index: usize) -> &str {
        let (start, end) = self.ranges[index];
        &self.joined[start..end]
    }

    /// The phrase at `start..end` of `joined`, if it starts and ends on token boundaries.
    pub fn phrase_match<K>(&self, start: usize, end: usize, kind: K) -> Option<PhraseMatch<K>> {
        let first = self.token_starting_at(start)?;
        let last = self.token_ending_at(end)?;
        Some(PhraseMatch {
            kind,
            first,
            last,
            span: Span::new(self.spans[first].start, self.spans[last].end),
        })
    }

    fn token_starting_at(&self, offset: usize) -> Option<usize> {
        self.ranges.binary_search_by_key(&offset, |r| r.0).ok()
    }

    fn token_ending_at(&self, offset: usize) -> Option<usize> {
        self.ranges.binary_search_by_key(&offset, |r| r.1).ok()
    }
}

/// Reads a phrase list: one `kind<TAB or spaces>phrase` a line; `#` starts a comment line.
/// Phrases are normalised to the tokenizer's spelling (lowercase, single spaces).
pub(crate) fn parse_list(list: &'static str) -> impl Iterator<Item = (&'static str, String)> {
    list.lines().filter_map(|line| {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let (kind, phrase) = line.split_once(char::is_whitespace)?;
        Some((kind, normalize_phrase(phrase)))
    })
}

/// "It’s  widely-held" → "it 's widely-held": tokenized the way sentences are.
pub(crate) fn normalize_phrase(phrase: &str) -> String {
    let phrase = phrase.trim().to_lowercase();
    let tokens = crate::text::tokenize(&phrase, Span::new(0, phrase.len()));
    NormalizedSentence::new(&phrase, &tokens).joined
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn matches_whole_tokens_across_line_breaks() {
        let set = PhraseSet::new([
            (normalize_phrase("it is widely thought"), 1),
            (normalize_phrase("some"), 2),
        ]);
        let text = "It is\nwidely  Thought that handsome men win.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let found = set.find(&NormalizedSentence::new(text, &tokens));
        assert_eq!(found.len(), 1, "\"some\" inside \"handsome\" is not a word");
        assert_eq!(found[0].span.slice(text), "It is\nwidely  Thought");
    }

    #[test]
    fn phrases_are_spelled_like_tokens() {
        assert_eq!(normalize_phrase("It’s said"), "it 's said");
    }
}
