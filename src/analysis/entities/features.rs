//! Feature extraction, shared by the tagger and the trainer so they can never disagree.
//!
//! Every feature is a 64-bit hash of (template, values). Per sentence, each token gets its
//! *emission* features (word, lower case, shape, affixes, neighbours, position, gazetteers);
//! the decoder adds one *transition* feature per pair of adjacent tags.

use super::gazetteer::{Gazetteer, List, Membership, Word, LISTS};
use super::hashing;
use crate::text::Token;

/// Feature templates. The discriminants are hashed into the features: never reorder, only
/// append (or retrain).
#[derive(Clone, Copy)]
#[repr(u8)]
enum Template {
    Bias,
    Word,
    Lower,
    Shape,
    ShortShape,
    Prefix,
    Suffix,
    LowerPrev,
    LowerNext,
    LowerPrev2,
    LowerNext2,
    ShapePrev,
    ShapeNext,
    ShapeTrigram,
    BigramPrev,
    BigramNext,
    FirstShape,
    FirstLower,
    CapsLower,
    CapsShape,
    Gazetteer,
    GazetteerCap,
    GazetteerPrev,
    GazetteerNext,
    TitleBefore,
    CapRun,
    LowerPrevShape,
    ShapeLowerNext,
    WordPrev,
    WordNext,
    TagPrev,
    RunFirst,
    RunLast,
    CommonWord,
}

fn feature(template: Template, value: u64) -> u64 {
    hashing::pair(template as u64 + 1, value)
}

fn feature2(template: Template, a: u64, b: u64) -> u64 {
    hashing::pair(feature(template, a), b)
}

/// The emission features of one sentence.
#[derive(Clone, Default)]
pub struct Sentence {
    /// Flat; token `i` owns `features[starts[i]..starts[i + 1]]`.
    features: Vec<u64>,
    starts: Vec<usize>,
}

impl Sentence {
    pub fn token_count(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn emission_features(&self, i: usize) -> &[u64] {
        &self.features[self.starts[i]..self.starts[i + 1]]
    }

    /// The features of all tokens, in token order.
    pub fn all_features(&self) -> &[u64] {
        &self.features
    }

    /// Where token `i`'s features end in [`Sentence::all_features`].
    pub fn features_end(&self, i: usize) -> usize {
        self.starts[i + 1]
    }
}

/// The feature whose weights score the tag that follows `previous` (`None`: sentence start).
pub fn transition_feature(previous: Option<u8>) -> u64 {
    feature(Template::TagPrev, previous.map_or(99, u64::from))
}

/// Per-token facts the templates combine.
struct TokenFacts {
    word: u64,
    lower: u64,
    shape: u64,
    short_shape: u64,
    prefixes: [u64; 3],
    suffixes: [u64; 3],
    capitalised: bool,
}

/// Words of three letters or more that Title-Case headlines leave in lower case.
const TITLE_LOWER: [&str; 14] = [
    "the", "and", "for", "nor", "but", "yet", "with", "from", "into", "onto", "upon", "over",
    "via", "per",
];

/// Neighbour values before the first and after the last token.
const START: u64 = 0x0053_5441_5254;
const END: u64 = 0x0045_4e44;

/// What extracting a sentence writes and the next one overwrites: kept per thread, so that
/// extraction allocates (almost) nothing per sentence once the buffers have grown.
#[derive(Default)]
struct Scratch {
    /// The tokens' lower-case forms, one after the other, and where each ends.
    lower_text: String,
    lower_ends: Vec<usize>,
    facts: Vec<TokenFacts>,
    /// Per token: (upper-case letters, letters).
    letters: Vec<(u32, u32)>,
    lower_hashes: Vec<u64>,
    words: Vec<Word>,
    capitalised_common: Vec<usize>,
    members: Vec<Membership>,
    cap_runs: Vec<(usize, usize)>,
    /// Neighbour values, two past each end: token `i`'s are at `i + 2`.
    lowers: Vec<u64>,
    short_shapes: Vec<u64>,
    word_hashes: Vec<u64>,
    sentence: Sentence,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// The emission features of a sentence, owned (for training).
pub fn extract(text: &str, tokens: &[Token]) -> Sentence {
    with_extracted(text, tokens, Sentence::clone)
}

/// Calls `read` with the emission features of a sentence, extracted into this thread's buffers.
/// `read` borrows them: it must not extract another sentence (the `RefCell` would panic).
pub fn with_extracted<R>(text: &str, tokens: &[Token], read: impl FnOnce(&Sentence) -> R) -> R {
    SCRATCH.with_borrow_mut(|scratch| {
        extract_into(text, tokens, scratch);
        read(&scratch.sentence)
    })
}

fn extract_into(text: &str, tokens: &[Token], scratch: &mut Scratch) {
    let Scratch {
        lower_text,
        lower_ends,
        facts,
        letters,
        lower_hashes,
        words,
        capitalised_common,
        members,
        cap_runs,
        lowers,
        short_shapes,
        word_hashes,
        sentence,
    } = scratch;
    let n = tokens.len();
    lower_text.clear();
    lower_ends.clear();
    facts.clear();
    letters.clear();
    let mut upper_words = 0usize;
    let mut cased_words = 0usize;
    let gazetteer = Gazetteer::get();
    for token in tokens {
        let word = token.text(text);
        let lower_start = lower_text.len();
        let (mut upper, mut total) = (0u32, 0u32);
        if word.is_ascii() {
            for b in word.bytes() {
                total += u32::from(b.is_ascii_alphabetic());
                upper += u32::from(b.is_ascii_uppercase());
            }
            if upper > 0 {
                lower_text.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                lower_text.push_str(word);
            }
        } else {
            for c in word.chars().filter(|c| c.is_alphabetic()) {
                total += 1;
                upper += u32::from(c.is_uppercase());
            }
            lower_text.extend(word.chars().flat_map(char::to_lowercase));
        }
        lower_ends.push(lower_text.len());
        if total >= 2 {
            cased_words += 1;
            upper_words += usize::from(upper == total);
        }
        letters.push((upper, total));
        let fact = token_facts(word, &lower_text[lower_start..]);
        // The word table is large: each look-up waits for memory, so they all start here.
        gazetteer.prefetch(fact.lower);
        facts.push(fact);
    }
    let lower_text = &*lower_text;
    // Sized up front: `scan` promises no length, and collecting would grow the list again and again.
    let mut lower_forms: Vec<&str> = Vec::with_capacity(n);
    lower_forms.extend(lower_ends.iter().scan(0, |start, &end| {
        let word = &lower_text[*start..end];
        *start = end;
        Some(word)
    }));
    lower_hashes.clear();
    lower_hashes.extend(facts.iter().map(|f| f.lower));
    words.clear();
    words.extend(lower_hashes.iter().map(|&h| gazetteer.word(h)));
    // Title-Case evidence after the first word: capitalised common words ("Talks", "Resume")
    // against lower-case words other than the short ones headlines keep in lower case.
    capitalised_common.clear();
    let mut lower_words = 0usize;
    for (i, token) in tokens.iter().enumerate().skip(1) {
        let (upper, total) = letters[i];
        if total >= 3 && total as usize == token.span.len() {
            if upper == 1 && facts[i].capitalised {
                if words[i].common() {
                    capitalised_common.push(i);
                }
            } else if upper == 0 && !TITLE_LOWER.contains(&lower_forms[i]) {
                lower_words += 1;
            }
        }
    }
    // A headline or wire slug in capitals: shape says little, lower case says more.
    let all_caps = cased_words >= 2 && upper_words * 10 >= cased_words * 8;
    // A headline in Title Case ("Talks Resume as Foreign Ministers Meet in Geneva"): its
    // common words are read as if in lower case, so that capitals mean names again. Four
    // such words at least, four times as many as the lower-case ones: a sentence with a name
    // full of common words ("… met the National Security Council") stays as it is.
    let title_case =
        !all_caps && capitalised_common.len() >= 4 && capitalised_common.len() >= 4 * lower_words;
    if title_case {
        for &i in capitalised_common.iter() {
            let word = tokens[i].text(text);
            let mut chars = word.chars();
            let decapitalised: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_lowercase)
                .chain(chars)
                .collect();
            facts[i] = token_facts(&decapitalised, lower_forms[i]);
        }
    }

    gazetteer.memberships(&lower_forms, lower_hashes, words, members);
    find_cap_runs(facts, cap_runs);

    let padded = |out: &mut Vec<u64>, value: fn(&TokenFacts) -> u64| {
        out.clear();
        out.extend([START, START]);
        out.extend(facts.iter().map(value));
        out.extend([END, END]);
    };
    padded(lowers, |f| f.lower);
    padded(short_shapes, |f| f.short_shape);
    padded(word_hashes, |f| f.word);

    let Sentence { features, starts } = sentence;
    features.clear();
    starts.clear();
    let caps = u64::from(all_caps);
    let mut token_features = TokenFeatures {
        values: [0; MAX_TOKEN_FEATURES],
        len: 0,
    };
    for (i, fact) in facts.iter().enumerate() {
        starts.push(features.len());
        // The padded values of tokens i - 2 ..= i + 2, as arrays: one bounds check each.
        let near = |values: &[u64]| -> [u64; 5] { values[i..i + 5].try_into().unwrap() };
        let (lowers_near, words_near, shapes_near) =
            (near(lowers), near(word_hashes), near(short_shapes));
        let token = &mut token_features;
        token.len = 0;
        token.extend(&[
            feature(Template::Bias, 0),
            feature(Template::Word, fact.word),
            feature(Template::Lower, fact.lower),
            feature2(Template::Shape, fact.shape, caps),
            feature2(Template::ShortShape, fact.short_shape, caps),
            feature2(Template::Prefix, 0, fact.prefixes[0]),
            feature2(Template::Prefix, 1, fact.prefixes[1]),
            feature2(Template::Prefix, 2, fact.prefixes[2]),
            feature2(Template::Suffix, 0, fact.suffixes[0]),
            feature2(Template::Suffix, 1, fact.suffixes[1]),
            feature2(Template::Suffix, 2, fact.suffixes[2]),
            feature(Template::LowerPrev, lowers_near[1]),
            feature(Template::LowerNext, lowers_near[3]),
            feature(Template::LowerPrev2, lowers_near[0]),
            feature(Template::LowerNext2, lowers_near[4]),
            feature(Template::WordPrev, words_near[1]),
            feature(Template::WordNext, words_near[3]),
            feature(Template::ShapePrev, shapes_near[1]),
            feature(Template::ShapeNext, shapes_near[3]),
            feature2(
                Template::ShapeTrigram,
                hashing::pair(shapes_near[1], fact.short_shape),
                shapes_near[3],
            ),
            feature2(Template::BigramPrev, lowers_near[1], fact.lower),
            feature2(Template::BigramNext, fact.lower, lowers_near[3]),
            feature2(Template::LowerPrevShape, lowers_near[1], fact.short_shape),
            feature2(Template::ShapeLowerNext, fact.short_shape, lowers_near[3]),
        ]);
        if i == 0 {
            token.push(feature2(Template::FirstShape, fact.short_shape, caps));
            token.push(feature(Template::FirstLower, fact.lower));
        }
        if all_caps {
            token.push(feature(Template::CapsLower, fact.lower));
            token.push(feature(Template::CapsShape, shapes_near[3]));
        }
        // A common English word ("Ghost", "Government") capitalised is a name less often
        // than an unknown word is; the list reaches words the training data never saw.
        if words[i].common() {
            token.push(feature2(
                Template::CommonWord,
                u64::from(fact.capitalised),
                u64::from(i == 0),
            ));
        }
        push_gazetteer(token, members[i], fact.capitalised);
        if i > 0 {
            push_neighbour_gazetteer(token, Template::GazetteerPrev, members[i - 1]);
        }
        if i + 1 < n {
            push_neighbour_gazetteer(token, Template::GazetteerNext, members[i + 1]);
        }
        let title = List::Title.bit();
        let title_before = (1..=2).any(|back| {
            i >= back && (members[i - back].unit | members[i - back].last) & title != 0
        });
        if title_before {
            token.push(feature2(
                Template::TitleBefore,
                u64::from(fact.capitalised),
                u64::from(i >= 1 && (members[i - 1].unit | members[i - 1].last) & title != 0),
            ));
        }
        let (run_length, run_index) = cap_runs[i];
        if run_length > 0 {
            token.push(feature2(
                Template::CapRun,
                run_length.min(5) as u64,
                run_index.min(4) as u64 * 2 + u64::from(run_index + 1 == run_length),
            ));
            // The run's first and last words type the whole name ("… Security Council").
            if !all_caps {
                let run_start = i - run_index;
                let run_last = run_start + run_length - 1;
                token.push(feature(Template::RunFirst, facts[run_start].lower));
                token.push(feature(Template::RunLast, facts[run_last].lower));
            }
        }
        features.extend_from_slice(token.as_slice());
    }
    starts.push(features.len());
}

/// The most features one token can have: 24 always, two for the first token, two in capitals,
/// one common word, two per gazetteer list and one per list on each side, title, run, and
/// the run's first and last words.
const MAX_TOKEN_FEATURES: usize = 24 + 2 + 2 + 1 + 4 * LISTS.len() + 1 + 1 + 2;

/// One token's features, gathered on the stack and appended to the sentence's at once: no
/// capacity check (and possible reallocation) per feature.
struct TokenFeatures {
    values: [u64; MAX_TOKEN_FEATURES],
    len: usize,
}

impl TokenFeatures {
    fn push(&mut self, feature: u64) {
        self.values[self.len] = feature;
        self.len += 1;
    }

    fn extend(&mut self, features: &[u64]) {
        self.values[self.len..self.len + features.len()].copy_from_slice(features);
        self.len += features.len();
    }

    fn as_slice(&self) -> &[u64] {
        &self.values[..self.len]
    }
}

fn push_gazetteer(features: &mut TokenFeatures, member: Membership, capitalised: bool) {
    if member.any() == 0 {
        return;
    }
    for list in LISTS {
        let bit = list.bit();
        let position = [member.begin, member.inside, member.last, member.unit]
            .iter()
            .position(|bits| bits & bit != 0);
        if let Some(position) = position {
            let code = list as u64 * 4 + position as u64;
            features.push(feature(Template::Gazetteer, code));
            features.push(feature2(
                Template::GazetteerCap,
                code,
                u64::from(capitalised),
            ));
        }
    }
}

fn push_neighbour_gazetteer(features: &mut TokenFeatures, template: Template, member: Membership) {
    let any = member.any();
    if any == 0 {
        return;
    }
    for list in LISTS {
        if any & list.bit() != 0 {
            features.push(feature(template, list as u64));
        }
    }
}

/// For each token: (length of the run of capitalised words it is in, its index in the run);
/// (0, 0) outside runs. Into `out`, cleared first.
fn find_cap_runs(facts: &[TokenFacts], out: &mut Vec<(usize, usize)>) {
    out.clear();
    out.resize(facts.len(), (0, 0));
    let mut i = 0;
    while i < facts.len() {
        if !facts[i].capitalised {
            i += 1;
            continue;
        }
        let start = i;
        while i < facts.len() && facts[i].capitalised {
            i += 1;
        }
        for (k, slot) in out[start..i].iter_mut().enumerate() {
            *slot = (i - start, k);
        }
    }
}

fn token_facts(word: &str, lower: &str) -> TokenFacts {
    if word.is_ascii() && lower.is_ascii() {
        return ascii_token_facts(word, lower);
    }
    let (shape, short_shape) = shape_hashes(word.chars().map(|c| {
        if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else if c.is_alphabetic() {
            b'a'
        } else {
            b'*'
        }
    }));
    let (lower_hash, prefixes) = prefix_hashes(
        (lower.char_indices()).map(|(start, c)| &lower.as_bytes()[start..start + c.len_utf8()]),
    );
    let suffix = |k: usize| -> u64 {
        let start = lower.char_indices().nth_back(k - 1).map_or(0, |(i, _)| i);
        hashing::str(&lower[start..])
    };
    TokenFacts {
        word: hashing::str(word),
        lower: lower_hash,
        shape,
        short_shape,
        prefixes,
        suffixes: [suffix(2), suffix(3), suffix(4)],
        capitalised: word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// [`token_facts`] of an ASCII word: the same values, byte by byte.
fn ascii_token_facts(word: &str, lower: &str) -> TokenFacts {
    let (shape, short_shape) = shape_hashes(word.bytes().map(|b| {
        if b.is_ascii_uppercase() {
            b'X'
        } else if b.is_ascii_lowercase() {
            b'x'
        } else if b.is_ascii_digit() {
            b'd'
        } else {
            b
        }
    }));
    let bytes = lower.as_bytes();
    let (lower_hash, prefixes) = prefix_hashes(bytes.chunks(1));
    let suffix = |k: usize| hashing::bytes(hashing::EMPTY, &bytes[bytes.len().saturating_sub(k)..]);
    TokenFacts {
        word: hashing::str(word),
        lower: lower_hash,
        shape,
        short_shape,
        prefixes,
        suffixes: [suffix(2), suffix(3), suffix(4)],
        capitalised: word.as_bytes().first().is_some_and(u8::is_ascii_uppercase),
    }
}

/// The hashes of a word's shape (its character classes, runs cut at four: "Xxxxx") and short
/// shape (runs collapsed: "Xx"), from the class of each character.
fn shape_hashes(classes: impl Iterator<Item = u8>) -> (u64, u64) {
    let mut shape = hashing::EMPTY;
    let mut short_shape = hashing::EMPTY;
    let mut previous_class = 0u8;
    let mut run = 0;
    for class in classes {
        if class == previous_class {
            run += 1;
        } else {
            run = 1;
            short_shape = hashing::bytes(short_shape, &[class]);
        }
        if run <= 4 {
            shape = hashing::bytes(shape, &[class]);
        }
        previous_class = class;
    }
    (shape, short_shape)
}

/// The hash of the lower-case word and of its first 2, 3 and 4 characters, from the bytes of
/// each character. FNV reads left to right: the prefixes' hashes are the states the hash of the
/// whole word passes through (a shorter word is its own prefix).
fn prefix_hashes<'a>(characters: impl Iterator<Item = &'a [u8]>) -> (u64, [u64; 3]) {
    let mut lower_hash = hashing::EMPTY;
    let mut prefixes = [0; 3];
    let mut prefixes_seen = 0;
    for (count, character) in characters.enumerate() {
        if (2..=4).contains(&count) {
            prefixes[count - 2] = lower_hash;
            prefixes_seen += 1;
        }
        lower_hash = hashing::bytes(lower_hash, character);
    }
    prefixes[prefixes_seen..].fill(lower_hash);
    (lower_hash, prefixes)
}
