//! The text layer: a source document → prose blocks, sentences and tokens, all as byte
//! ranges into the original source.
//!
//! The offset map is the identity: [`Prose::text`] is the source with every byte that is not
//! prose (Markdown syntax, code, URLs, HTML, front matter) replaced by an ASCII space, line
//! breaks kept. It has the same length and line structure as the source, so any offset into it
//! is an offset into the source, and later layers never translate positions.

mod abbreviations;
pub mod calendar;
mod incremental;
mod line_index;
mod markdown;
mod plain;
mod sentences;
mod tokens;

pub use abbreviations::is_abbreviation;
pub(crate) use incremental::shared_len;
pub use incremental::{ProseCache, Reused};
pub use line_index::{LineCol, LineIndex, Unit};
pub use sentences::{split_sentences, LineBreaks};
pub(crate) use tokens::ends_in_single_s;
pub use tokens::{tokenize, Token, TokenKind};

use crate::analysis::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    PlainText,
}

impl Format {
    /// `.md` and `.markdown` are Markdown; everything else is read as plain text.
    pub fn from_path(path: &std::path::Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown" | "mdx") => Format::Markdown,
            _ => Format::PlainText,
        }
    }

    /// From an LSP `languageId`.
    pub fn from_language_id(language_id: &str) -> Format {
        match language_id {
            "markdown" | "mdx" => Format::Markdown,
            _ => Format::PlainText,
        }
    }

    pub fn line_breaks(self) -> LineBreaks {
        match self {
            Format::Markdown => LineBreaks::AreSpaces,
            Format::PlainText => LineBreaks::EndSentences,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// Running prose.
    Paragraph,
    /// A Markdown heading, or in plain text a short line with no closing punctuation
    /// (titles, bylines, page furniture such as "top of page").
    Heading,
    ListItem,
    TableCell,
}

/// A paragraph-like unit of prose. Quotations may continue across blocks; nothing else does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
}

/// A hyperlink: its visible text is prose, its destination is remembered as a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The whole link in the source, `[text](url)` or `<url>`.
    pub span: Span,
    pub destination: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prose {
    /// The source with non-prose bytes blanked to spaces: same length, same line breaks.
    pub text: String,
    pub blocks: Vec<Block>,
    pub links: Vec<Link>,
    pub format: Format,
}

impl Prose {
    pub fn parse(source: &str, format: Format) -> Prose {
        parse_with_starts(source, format, true).0
    }

    pub fn block_text(&self, block: Block) -> &str {
        block.span.slice(&self.text)
    }
}

/// The prose of `source`, and the line starts of its top-level blocks: where every block
/// before has ended, so that the text from there on parses the same after any other text —
/// except a plain-text document's first line, read as its headline: `at_document_start` says
/// whether `source` starts the document or is a region of it.
fn parse_with_starts(source: &str, format: Format, at_document_start: bool) -> (Prose, Vec<usize>) {
    match format {
        Format::Markdown => markdown::parse(source),
        Format::PlainText => plain::parse(source, at_document_start),
    }
}

/// The nearest character boundary at or before `offset` (clamped to the text).
pub(crate) fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The nearest character boundary at or after `offset` (clamped to the text).
pub(crate) fn ceil_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset += 1;
    }
    offset
}

/// The words of `slice` split at white space, each with its byte offset in `slice`.
pub(crate) fn words_at_offsets(slice: &str) -> impl DoubleEndedIterator<Item = (usize, &str)> {
    (slice.split_whitespace()).map(move |w| (w.as_ptr() as usize - slice.as_ptr() as usize, w))
}

/// The start of the line `offset` is on.
pub(crate) fn line_start(text: &str, offset: usize) -> usize {
    (text.as_bytes()[..offset].iter())
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |i| i + 1)
}

/// Blanks `source[span]` into `mask`, keeping line breaks; used by both formats.
fn blank(mask: &mut [u8], span: Span) {
    for byte in &mut mask[span.start..span.end] {
        if *byte != b'\n' && *byte != b'\r' {
            *byte = b' ';
        }
    }
}

/// The lines of `text`, each with its line ending: `\n`, `\r\n` or a lone `\r` (old Mac files
/// and some exports use only `\r`; the LSP counts it as a line break too).
pub fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let mut end = start;
        while end < bytes.len() {
            match bytes[end] {
                b'\n' => {
                    end += 1;
                    break;
                }
                b'\r' => {
                    end += if bytes.get(end + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    break;
                }
                _ => end += 1,
            }
        }
        let line = &text[start..end];
        start = end;
        Some(line)
    })
}

/// Words a Title-Case headline leaves in lower case ("Obama Sees Insult if Blacks Don’t Rally
/// for Clinton"): the attribution layer's headline units and the claims layer's headline
/// sentences read headlines with the same list.
pub const TITLE_CASE_MINOR_WORDS: [&str; 18] = [
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "as",
    "but", "if", "is",
];

/// Fewer capitalised words than this may be a name alone ("Bank of America."); three, with
/// only short words between, are a headline, a caption or a credit ("Voices From the Picket
/// Line.", "Translated by Amal Haddad."). With four, PolNeAR train flagged 8 such lines.
const TITLE_MIN_WORDS: usize = 3;

/// Every word but the short ones Title Case keeps lower is capitalised: a headline, a caption or
/// a credit. The claims layer reads such a sentence as no statement, the entity layer as no
/// sentence to find a name of common words in.
pub fn is_title_case(text: &str, tokens: &[Token]) -> bool {
    let mut words = 0;
    for token in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let word = token.text(text);
        // One-letter words are skipped: "a", and the "s" the tokenizer splits off "U.N.'s".
        if !word.starts_with(char::is_alphabetic)
            || word.chars().nth(1).is_none()
            || TITLE_CASE_MINOR_WORDS
                .iter()
                .any(|minor| minor.eq_ignore_ascii_case(word))
        {
            continue;
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        words += 1;
    }
    words >= TITLE_MIN_WORDS
}

/// The most words a line read as a title or byline has: here, and for a plain-text article's
/// title (and subtitle) lines in `analysis::sourcing`.
pub(crate) const HEADING_MAX_WORDS: usize = 16;

/// The most words of a document's first line read as its headline.
pub(crate) const HEADLINE_MAX_WORDS: usize = 24;

/// Whether a prose line of at most `max_words` looks like a title or byline rather than a
/// sentence.
fn looks_like_heading(line: &str, max_words: usize) -> bool {
    let line = line.trim();
    let ends_like_sentence =
        line.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', '\'', '»', ')']);
    !ends_like_sentence && line.split_whitespace().count() <= max_words
}
