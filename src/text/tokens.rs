//! Word-level tokens with byte ranges (UAX #29 word boundaries, adjusted for news text).

mod word_bounds;

use crate::analysis::Span;
use word_bounds::for_each_word_piece;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, inner apostrophes, periods ("U.S.") or hyphens.
    Word,
    /// Starts with a digit: "229", "2023", "17%" is Number then Punct.
    Number,
    /// Any other non-space character: punctuation, quote marks, symbols, emoji.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    pub fn text(self, source: &str) -> &str {
        self.span.slice(source)
    }
}

/// Splits `text[span]` into tokens. Offsets are into `text`.
///
/// Departures from plain UAX #29, all for the sake of entity tagging and cue matching:
/// a possessive `'s`/`’s` is its own token ("Russia" + "'s", as in the Penn Treebank);
/// a trailing period stays on abbreviations and initials ("U.S.", "Mr.", "G."), not on figures
/// ("$5.5bn.");
/// a straight or curly apostrophe that opens a word ("’90s") stays punctuation.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let slice = &text[span.start..span.end];
    // News prose has a token per 5–6 bytes: room for one per 4 saves growing the list.
    let mut tokens: Vec<Token> = Vec::with_capacity(slice.len() / 4 + 1);
    for_each_word_piece(slice, |offset, piece| {
        let start = span.start + offset;
        let Some(first) = piece.chars().next() else {
            return;
        };
        if first.is_whitespace() {
            return;
        }
        let kind = if first.is_numeric() {
            TokenKind::Number
        } else if first.is_alphabetic() {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let end = start + piece.len();
        if kind == TokenKind::Punct && piece == "." {
            if let Some(prev) = tokens.last_mut() {
                if prev.span.end == start
                    && prev.kind == TokenKind::Word
                    && takes_final_period(prev.text(text))
                {
                    prev.span.end = end;
                    return;
                }
            }
        }
        if kind == TokenKind::Word {
            if let Some(stem_len) = possessive_stem_len(piece) {
                tokens.push(Token {
                    span: Span::new(start, start + stem_len),
                    kind,
                });
                tokens.push(Token {
                    span: Span::new(start + stem_len, end),
                    kind: TokenKind::Word,
                });
                return;
            }
        }
        tokens.push(Token {
            span: Span::new(start, end),
            kind,
        });
    });
    tokens
}

/// Whether a word ends in a single "s", as a plural noun or a verb of the third person does
/// ("residents", "says"), not in "ss" ("witness", "boss").
pub(crate) fn ends_in_single_s(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// "U.S" (inner period), a single capital ("G"), or a listed abbreviation keeps its final period.
fn takes_final_period(word: &str) -> bool {
    let mut chars = word.chars();
    let single_capital =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_capital || word.contains('.') || super::abbreviations::is_abbreviation(word)
}

/// Length of the stem when `word` ends in a possessive `'s` / `’s` ("Russia's" → 6).
fn possessive_stem_len(word: &str) -> Option<usize> {
    if !word.ends_with(['s', 'S']) {
        return None;
    }
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return Some(stem.len());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn splits_possessives_and_keeps_abbreviations() {
        assert_eq!(
            words("Russia's new Foreign Policy Concept, the U.S. and Mr. Lavrov’s aide."),
            [
                "Russia", "'s", "new", "Foreign", "Policy", "Concept", ",", "the", "U.S.", "and",
                "Mr.", "Lavrov", "’s", "aide", "."
            ]
        );
    }

    #[test]
    fn numbers_initials_and_quotes() {
        assert_eq!(
            words("(No. 229, March 31, 2023) G. Iuvinale said “hybrid war”"),
            [
                "(", "No.", "229", ",", "March", "31", ",", "2023", ")", "G.", "Iuvinale", "said",
                "“", "hybrid", "war", "”"
            ]
        );
        // A figure with a decimal point leaves the sentence's period alone.
        assert_eq!(
            words("sales of $5.5bn."),
            ["sales", "of", "$", "5.5bn", "."]
        );
    }

    #[test]
    fn offsets_are_bytes_into_the_source() {
        let text = "«Сергей Лавров» 👍 said";
        for token in tokenize(text, Span::new(0, text.len())) {
            assert!(
                text.is_char_boundary(token.span.start) && text.is_char_boundary(token.span.end)
            );
        }
        assert_eq!(words(text), ["«", "Сергей", "Лавров", "»", "👍", "said"]);
    }
}
