//! Named entities: a statistical tagger (sentence-local) and document-level grouping of
//! mentions into referents.
//!
//! The tagger is a linear-chain model over BILOU tags: hashed emission features
//! ([`features`]: word, case, shape, affixes, neighbours, gazetteers …) plus tag transitions,
//! decoded by Viterbi and trained as an averaged structured perceptron by
//! `examples/train_ner.rs`; the weights are compiled in from `data/ner/model.bin` and read in
//! place. [`group`] then links the mentions of one real-world entity across the document.
//!
//! Measure with `cargo run --release --example eval_ner -- ../shared/data`.

mod acronyms;
mod features;
mod gazetteer;
mod group;
mod hashing;
mod model;
mod tags;
pub mod training;

use crate::analysis::Span;
use crate::text::{Token, TokenKind};

pub use group::{
    first_references, group, group_prepared, prepare_block, BlockNames, CapitalizedBlock,
    FirstReference, GroupMemo, PlacedName, PreparedName, SpellingVariant,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityLabel {
    Per,
    Org,
    Loc,
    Misc,
}

impl EntityLabel {
    pub const ALL: [EntityLabel; 4] = [
        EntityLabel::Per,
        EntityLabel::Org,
        EntityLabel::Loc,
        EntityLabel::Misc,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }

    pub fn parse(label: &str) -> Option<EntityLabel> {
        EntityLabel::ALL.into_iter().find(|l| l.as_str() == label)
    }
}

/// One entity mention found by the tagger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaggedSpan {
    pub span: Span,
    pub label: EntityLabel,
}

/// All mentions of a document, grouped into referents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entities {
    /// In document order.
    pub mentions: Vec<Mention>,
    pub referents: Vec<Referent>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The name itself: titles and possessive `'s` are outside it.
    pub span: Span,
    /// The tagger's label in this context ("Chicago" the city or the team); a shortened
    /// name of a person is always `Per`. The referent has the majority label.
    pub label: EntityLabel,
    /// Index into [`Entities::referents`].
    pub referent: usize,
    /// A title or role right before the name ("President", "Foreign Minister").
    pub title: Option<Span>,
    /// How many words the name has (tokens that are not punctuation).
    pub words: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Referent {
    /// The fullest form used ("Vladimir Putin" for "Putin"), or the newsroom's known name.
    pub canonical: String,
    pub label: EntityLabel,
    /// Indices into [`Entities::mentions`], in document order.
    pub mentions: Vec<usize>,
    /// Titles and roles seen with the name ("President", "head of Russian diplomacy").
    pub titles: Vec<String>,
    /// Spellings of one name part that drift ("Sergei" / "Sergey"); empty when consistent.
    pub spellings: Vec<SpellingVariant>,
}

/// Tags one sentence. `tokens` come from [`crate::text::tokenize`] over `text`; the spans
/// returned are byte spans in `text`.
pub fn tag_sentence(text: &str, tokens: &[Token]) -> Vec<TaggedSpan> {
    tag_with(model::bundled(), text, tokens)
}

fn tag_with(model: &model::Model, text: &str, tokens: &[Token]) -> Vec<TaggedSpan> {
    let tags = features::with_extracted(text, tokens, |sentence| model.decode(sentence));
    join_split_names(text, tokens, tags::chunks(&tags))
        .into_iter()
        .map(|chunk| with_its_number(text, tokens, chunk))
        .map(|chunk| brand_not_person(text, tokens, chunk))
        .filter_map(|(first, end, label)| {
            let words = &tokens[first..end];
            let first = words.iter().position(|t| !is_edge_junk(text, t, words))?;
            let last = words.iter().rposition(|t| !is_edge_junk(text, t, words))?;
            let (first, last) = (&words[first], &words[last]);
            Some(TaggedSpan {
                span: first.span.cover(last.span),
                label,
            })
        })
        .collect()
}

/// "the Gulf of Mexico" is one place where the tagger reads two ("Gulf", "Mexico"): two
/// places joined by "of" (or "of the") are one name, as CoNLL and GUM mark them (neither
/// marks a place of a place as two). So are two people joined by "bin", "bint" or "ibn"
/// ("Tamim bin Hamad Al Thani", read as "Tamim" and "Hamad Al Thani"): an Arabic name gives
/// the father's name after the person's own.
fn join_split_names(
    text: &str,
    tokens: &[Token],
    mut chunks: Vec<(usize, usize, EntityLabel)>,
) -> Vec<(usize, usize, EntityLabel)> {
    // In place: `name` is the last chunk kept, `chunk` the next, dropped once joined to it.
    chunks.dedup_by(|chunk, name| {
        let between = &tokens[name.1..chunk.0];
        let word = |i: usize| between.get(i).map(|t| t.text(text));
        let join = match (name.2, chunk.2) {
            (EntityLabel::Loc, EntityLabel::Loc) => match between.len() {
                1 => word(0) == Some("of"),
                2 => word(0) == Some("of") && word(1) == Some("the"),
                _ => false,
            },
            (EntityLabel::Per, EntityLabel::Per) => {
                between.len() == 1 && matches!(word(0), Some("bin" | "bint" | "ibn"))
            }
            _ => false,
        };
        if join {
            name.1 = chunk.1;
        }
        join
    });
    chunks
}

/// Names whose number is part of them: stock indices, a ranking, a sport. CoNLL marks
/// them MISC ("FTSE 100"), as it does the indices alone ("Nikkei").
const NUMBERED_NAMES: &[&str] = &[
    "S&P 500",
    "FTSE 100",
    "FTSE 250",
    "Nasdaq 100",
    "Russell 2000",
    "Nikkei 225",
    "CAC 40",
    "DAX 40",
    "Stoxx 600",
    "Euro Stoxx 50",
    "ASX 200",
    "Fortune 500",
    "Formula 1",
];

/// The tagger ends "S&P 500" before its number ("S&P", the agency): a name of
/// [`NUMBERED_NAMES`] takes its number, and is the index.
fn with_its_number(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> (usize, usize, EntityLabel) {
    let numbered = tokens.get(end).is_some_and(|number| {
        number.kind == TokenKind::Number
            && NUMBERED_NAMES.contains(&&text[tokens[first].span.start..number.span.end])
    });
    match numbered {
        true => (first, end + 1, EntityLabel::Misc),
        false => (first, end, label),
    }
}

/// The tagger reads "JPMorgan Chase said", "PayPal said" as a person: a name of one word
/// written as a brand, or with a word that runs capitals into a lower-case word ("JPMorgan";
/// [`BrandShape`]), is an organisation's. A name of two words or more with a capital after
/// a lower-case letter stays a person's ("MaliVai Washington", "YouTuber Julien Solomita").
fn brand_not_person(
    text: &str,
    tokens: &[Token],
    (first, end, label): (usize, usize, EntityLabel),
) -> (usize, usize, EntityLabel) {
    let words = &tokens[first..end];
    let before = |back: usize| first.checked_sub(back).map(|i| tokens[i].text(text));
    let credit = before(1) == Some(":")
        && matches!(before(2), Some("Image" | "Photo" | "Picture" | "Credit"));
    let brand = label == EntityLabel::Per
        && match words {
            // A handle, a hashtag or a picture's credit joins its words whatever it names
            // ("@SteveKornacki", "Image: ShakataGaNai").
            [word] if credit || text[..word.span.start].ends_with(['@', '#']) => false,
            [word] => brand_shape(word.text(text)).is_some(),
            _ => (words.iter()).any(|w| brand_shape(w.text(text)) == Some(BrandShape::CapitalsRun)),
        };
    match brand {
        true => (first, end, EntityLabel::Org),
        false => (first, end, label),
    }
}

/// How a capital inside a word marks a brand, almost never a person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BrandShape {
    /// After a lower-case letter, before a letter: "PayPal", "BlackRock", "OpenAI".
    InnerCapital,
    /// Capitals that run into a lower-case word: "JPMorgan".
    CapitalsRun,
}

/// The [`BrandShape`] of `word`, if any. Surnames and given names written with an inner
/// capital begin with a prefix ("McGrath", "MacLean", "DeFreitas", "LeBron", "FitzGibbon"),
/// in each part of a hyphenated name ("Schultz-McCarthy"): those are no brand.
fn brand_shape(word: &str) -> Option<BrandShape> {
    const PREFIXES: &[&str] = &[
        "Mc", "Mac", "De", "Di", "Da", "Du", "Ja", "La", "Le", "Van", "Von", "Fitz",
    ];
    word.split(['-', '\'', '’']).find_map(|part| {
        let bytes = part.as_bytes();
        (1..bytes.len()).find_map(|i| {
            let shape = match (bytes[i].is_ascii_uppercase(), bytes[i - 1]) {
                (false, _) => return None,
                // Followed by a letter: not a letter and a combining accent ("FranA\u{303}ois").
                (true, before)
                    if before.is_ascii_lowercase()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) =>
                {
                    BrandShape::InnerCapital
                }
                (true, before)
                    if before.is_ascii_uppercase()
                        && i >= 2
                        && bytes[i - 2].is_ascii_uppercase()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase) =>
                {
                    BrandShape::CapitalsRun
                }
                _ => return None,
            };
            // `i` is at an ASCII capital: a char boundary.
            (!PREFIXES.contains(&&part[..i])).then_some(shape)
        })
    })
}

/// Punctuation that cannot begin or end a name: quote marks, separators and brackets not
/// closed (or opened) inside it. ("[Galois" → "Galois"; "Proleter (Z)" and "C$" stay.)
fn is_edge_junk(text: &str, token: &Token, name: &[Token]) -> bool {
    if token.kind != TokenKind::Punct {
        return false;
    }
    let has = |mark: &str| name.iter().any(|t| t.text(text) == mark);
    match token.text(text) {
        "(" => !has(")"),
        ")" => !has("("),
        "[" => !has("]"),
        "]" => !has("["),
        "\"" | "'" | "“" | "”" | "‘" | "’" | "«" | "»" | "," | ";" | ":" => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brands_are_written_with_a_capital_inside_a_word() {
        for brand in [
            "PayPal",
            "BlackRock",
            "LinkedIn",
            "GlaxoSmithKline",
            "OpenAI",
        ] {
            assert_eq!(
                brand_shape(brand),
                Some(BrandShape::InnerCapital),
                "{brand}"
            );
        }
        assert_eq!(brand_shape("JPMorgan"), Some(BrandShape::CapitalsRun));
        for name in [
            "McGrath",
            "MacLean",
            "DeFreitas",
            "LeBron",
            "FitzGibbon",
            "Schultz-McCarthy",
            "O'Neill",
            "NATO",
            "Smith",
            "FranA\u{303}",
        ] {
            assert_eq!(brand_shape(name), None, "{name}");
        }
    }
}
