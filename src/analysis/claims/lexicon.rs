//! Whole-token phrase matching: one Aho-Corasick automaton over the claim cue list, the
//! weasel list and the writer's verdict list, run over a sentence's tokens lowercased and joined by single spaces, so
//! "It is\nwidely  Thought" matches "it is widely thought".

use std::cell::OnceCell;
use std::sync::{LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashMap;

use super::weasel::WeaselPhrases;
use super::{cues, source_cue, stance, verdict, ReasonKind};
use crate::analysis::Span;
use crate::text::Token;

/// The patterns of the phrase lists, each spelled once: a phrase in two lists is one pattern.
#[derive(Default)]
pub(crate) struct Patterns {
    spelled: Vec<String>,
    ids: FxHashMap<String, usize>,
}

impl Patterns {
    /// The id of `pattern`, a phrase spelled as [`normalize_phrase`] spells it.
    fn id(&mut self, pattern: String) -> usize {
        let spelled = &mut self.spelled;
        *self.ids.entry(pattern).or_insert_with_key(|pattern| {
            spelled.push(pattern.clone());
            spelled.len() - 1
        })
    }

    /// The entry of `pattern` in `values`, a list by pattern id, grown to hold it: where each
    /// list keeps what it says of its patterns.
    pub fn entry<'v, T: Clone + Default>(
        &mut self,
        pattern: String,
        values: &'v mut Vec<T>,
    ) -> &'v mut T {
        let id = self.id(pattern);
        if values.len() <= id {
            values.resize(id + 1, T::default());
        }
        &mut values[id]
    }
}

/// The claim cue, weasel and verdict lists in one automaton that reports every occurrence of
/// every pattern: each sentence is scanned once and each list reads its own patterns'
/// occurrences (a leftmost-longest automaton for the cues and an overlapping one for the
/// weasels scanned every sentence twice).
pub(crate) struct PhraseLists {
    automaton: AhoCorasick,
    /// Per pattern id: the claim cue kind it is listed with, if the cue list has it.
    cue_kinds: Vec<Option<ReasonKind>>,
    pub weasels: WeaselPhrases,
    /// Per pattern id: whether the writer's verdict list has it (`claims::verdict`).
    verdicts: Vec<bool>,
}

pub(crate) fn phrase_lists() -> &'static PhraseLists {
    static LISTS: OnceLock<PhraseLists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut patterns = Patterns::default();
        let cue_kinds = cues::cue_kinds(&mut patterns);
        let weasels = WeaselPhrases::parse(&mut patterns);
        let verdicts = verdict::verdict_patterns(&mut patterns);
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&patterns.spelled)
            .expect("phrase lists are small and valid");
        PhraseLists {
            automaton,
            cue_kinds,
            weasels,
            verdicts,
        }
    })
}

impl PhraseLists {
    /// The claim cue kind of pattern `pattern`, if the cue list has it.
    pub fn cue_kind(&self, pattern: usize) -> Option<ReasonKind> {
        self.cue_kinds.get(pattern).copied().flatten()
    }

    /// Whether pattern `pattern` is a phrase of the writer's verdict list.
    pub fn is_verdict(&self, pattern: usize) -> bool {
        self.verdicts.get(pattern).copied().unwrap_or(false)
    }
}

/// An occurrence of a pattern of [`PhraseLists`] in a [`NormalizedSentence`]'s `joined`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Occurrence {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

/// A phrase found in a sentence: token indices `first..=last` and the source span they cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PhraseMatch<K> {
    pub kind: K,
    pub first: usize,
    pub last: usize,
    pub span: Span,
}

/// What the source-cue, stance and claim word lists say of a word, found with one look-up for
/// all (each read every word of every sentence: separate tables were separate look-ups).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ListedWord {
    pub cue: source_cue::Listed,
    pub stance: Option<&'static stance::Listed>,
    /// The check-worthiness model's word classes, as bits (`claims::classed_words`).
    pub claim: u8,
    /// A word of judgement and its kind (`claims::judgement`).
    pub judgement: Option<super::judgement::Judgement>,
}

impl ListedWord {
    fn of(word: &str) -> ListedWord {
        static LISTED: LazyLock<FxHashMap<&'static str, ListedWord>> = LazyLock::new(|| {
            let mut listed: FxHashMap<&'static str, ListedWord> = FxHashMap::default();
            for (word, cue) in source_cue::listed_words() {
                listed.entry(word).or_default().cue = cue;
            }
            for (word, stance) in stance::lists() {
                listed.entry(word).or_default().stance = Some(stance);
            }
            for (word, class) in super::classed_words() {
                listed.entry(word).or_default().claim |= class;
            }
            for (word, kind) in super::judgement::words() {
                listed.entry(word).or_default().judgement = Some(kind);
            }
            listed
        });
        LISTED.get(word).copied().unwrap_or_default()
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
    /// Per token: what the source-cue, stance and claim word lists say of it.
    pub listed: Vec<ListedWord>,
    /// Every occurrence of a [`PhraseLists`] pattern, by start then end: scanned when first
    /// asked for, once for both lists.
    occurrences: OnceCell<Vec<Occurrence>>,
}

impl NormalizedSentence {
    pub fn new(text: &str, tokens: &[Token]) -> Self {
        let mut sentence = NormalizedSentence {
            joined: String::with_capacity(tokens.len() * 6),
            ranges: Vec::with_capacity(tokens.len()),
            spans: Vec::with_capacity(tokens.len()),
            unigrams: Vec::with_capacity(tokens.len()),
            listed: Vec::with_capacity(tokens.len()),
            occurrences: OnceCell::new(),
        };
        sentence.refill(text, tokens);
        sentence
    }

    /// Makes this the normalised form of another sentence, in the buffers it has.
    pub fn refill(&mut self, text: &str, tokens: &[Token]) {
        self.joined.clear();
        self.ranges.clear();
        self.spans.clear();
        self.unigrams.clear();
        self.listed.clear();
        self.occurrences = OnceCell::new();
        for token in tokens {
            if !self.joined.is_empty() {
                self.joined.push(' ');
            }
            let start = self.joined.len();
            let word = token.text(text);
            if word.is_ascii() {
                // Most words: lowercased in place, byte by byte.
                self.joined.push_str(word);
                self.joined[start..].make_ascii_lowercase();
            } else {
                for c in word.chars() {
                    match c {
                        // Curly apostrophes spell the same words ("it’s", "’s").
                        '’' | 'ʼ' => self.joined.push('\''),
                        c if c.is_ascii() => self.joined.push(c.to_ascii_lowercase()),
                        c => self.joined.extend(c.to_lowercase()),
                    }
                }
            }
            self.ranges.push((start, self.joined.len()));
            self.spans.push(token.span);
            let word = &self.joined[start..];
            self.unigrams.push(super::model::unigram(word, token.kind));
            self.listed.push(ListedWord::of(word));
        }
    }

    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// The lowercased text of token `index`.
    pub fn word(&self, index: usize) -> &str {
        let (start, end) = self.ranges[index];
        &self.joined[start..end]
    }

    /// The lowercased text of token `index`, if the sentence has one there.
    pub fn get_word(&self, index: usize) -> Option<&str> {
        (index < self.len()).then(|| self.word(index))
    }

    /// The lowercased words of the (up to) `count` tokens after token `index`: the window a
    /// cue looks into for its object or its time ("held an emergency meeting").
    pub fn words_after(&self, index: usize, count: usize) -> impl Iterator<Item = &str> {
        (index + 1..self.len().min(index + 1 + count)).map(move |i| self.word(i))
    }

    /// Whether token `index` is there and begins with a capital in `text`.
    pub fn is_capitalised(&self, text: &str, index: usize) -> bool {
        (self.spans.get(index)).is_some_and(|span| span.slice(text).starts_with(char::is_uppercase))
    }

    /// Every occurrence of a [`PhraseLists`] pattern, sorted by start, then end.
    pub fn occurrences(&self) -> &[Occurrence] {
        self.occurrences.get_or_init(|| {
            let mut occurrences: Vec<Occurrence> = phrase_lists()
                .automaton
                .find_overlapping_iter(&self.joined)
                .map(|m| Occurrence {
                    start: m.start(),
                    end: m.end(),
                    pattern: m.pattern().as_usize(),
                })
                .collect();
            occurrences.sort_unstable_by_key(|o| (o.start, o.end));
            occurrences
        })
    }

    /// What a leftmost-longest automaton over the patterns `kind_of` gives a kind finds, kept
    /// where it starts and ends on token boundaries: the longest at the leftmost start, then
    /// the same from its end on (a match off the boundaries consumes its text all the same).
    pub fn leftmost_longest<K>(&self, kind_of: impl Fn(usize) -> Option<K>) -> Vec<PhraseMatch<K>> {
        let occurrences = self.occurrences();
        let mut found = Vec::new();
        let mut resume = 0;
        let mut at = 0;
        while at < occurrences.len() {
            let start = occurrences[at].start;
            let mut longest = None;
            while at < occurrences.len() && occurrences[at].start == start {
                let occurrence = occurrences[at];
                if let Some(kind) = kind_of(occurrence.pattern).filter(|_| start >= resume) {
                    // Sorted by end: a later one is at least as long.
                    longest = Some((occurrence.end, kind));
                }
                at += 1;
            }
            if let Some((end, kind)) = longest {
                found.extend(self.phrase_match(start, end, kind));
                resume = end;
            }
        }
        found
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
pub(crate) mod tests {
    use super::*;
    use crate::text::tokenize;

    /// A leftmost-longest automaton over one list, its matches kept where they start and end
    /// on token boundaries: what each list was matched with before [`PhraseLists`].
    pub(crate) struct PhraseSet<K> {
        automaton: AhoCorasick,
        kinds: Vec<K>,
    }

    impl<K: Copy> PhraseSet<K> {
        pub fn new(phrases: impl IntoIterator<Item = (String, K)>) -> Self {
            let (patterns, kinds): (Vec<String>, Vec<K>) = phrases.into_iter().unzip();
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .unwrap();
            PhraseSet { automaton, kinds }
        }

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

    #[test]
    fn matches_whole_tokens_across_line_breaks() {
        let text = "The Majority\nof  voters backed a supermajority.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        let sentence = NormalizedSentence::new(text, &tokens);
        let lists = phrase_lists();
        let found: Vec<&str> = sentence
            .leftmost_longest(|pattern| lists.cue_kind(pattern))
            .iter()
            .map(|m| m.span.slice(text))
            .collect();
        assert_eq!(
            found,
            ["The Majority\nof"],
            "\"majority\" inside \"supermajority\" is not a word"
        );
    }

    #[test]
    fn phrases_are_spelled_like_tokens() {
        assert_eq!(normalize_phrase("It’s said"), "it 's said");
    }
}
