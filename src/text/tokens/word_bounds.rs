//! UAX #29 word boundaries with a fast path for ASCII.
//!
//! Tokenizing is a fifth of the block stage's non-tagger time, and most of it was the word-break
//! property lookup of `unicode-segmentation`, done for every character of text that is nearly
//! all ASCII. A boundary always falls on both sides of ASCII whitespace (the only exception,
//! a combining mark after a space, stays with the space), so the text is cut at whitespace and
//! each run between is segmented alone: runs of ASCII by the handful of rules that can apply to
//! them, other runs by the library.

use unicode_segmentation::UnicodeSegmentation;

/// Calls `piece(offset, text)` for each UAX #29 word piece of `text` that does not begin with
/// ASCII whitespace, in order: the pieces `split_word_bound_indices` gives, less those.
pub fn for_each_word_piece<'a>(text: &'a str, mut piece: impl FnMut(usize, &'a str)) {
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        if bytes[start].is_ascii_whitespace() {
            start += 1;
            continue;
        }
        let end = (bytes[start..].iter())
            .position(u8::is_ascii_whitespace)
            .map_or(bytes.len(), |p| start + p);
        let run = &text[start..end];
        if run.is_ascii() {
            ascii_pieces(run.as_bytes(), |from, to| {
                piece(start + from, &run[from..to])
            });
        } else {
            // The whitespace before the run is context: a combining mark that opens the run
            // belongs to it, in a piece this function does not report.
            let context = if start > 0 { start - 1 } else { start };
            for (offset, text_piece) in text[context..end].split_word_bound_indices() {
                if context + offset >= start {
                    piece(context + offset, text_piece);
                }
            }
        }
        start = end;
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    /// `_` (ExtendNumLet).
    Connector,
    Other,
}

fn class(byte: u8) -> Class {
    match byte {
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        b'_' => Class::Connector,
        _ => Class::Other,
    }
}

/// MidLetter or MidNumLetQ: what may join two letters (WB6, WB7).
fn joins_letters(byte: u8) -> bool {
    matches!(byte, b'.' | b'\'' | b':')
}

/// MidNum or MidNumLetQ: what may join two digits (WB11, WB12).
fn joins_digits(byte: u8) -> bool {
    matches!(byte, b'.' | b'\'' | b',' | b';')
}

/// The word pieces of an ASCII run without whitespace, as `(start, end)`: the rules of UAX #29
/// that can apply to such text (WB5–WB13b); every other pair of characters has a break.
fn ascii_pieces(run: &[u8], mut piece: impl FnMut(usize, usize)) {
    let Some(&first) = run.first() else {
        return;
    };
    let mut piece_start = 0;
    // Each byte is classed once, as the right of one pair and then the left of the next.
    let mut before = class(first);
    for i in 1..run.len() {
        let at = class(run[i]);
        if !joined(run, i, before, at) {
            piece(piece_start, i);
            piece_start = i;
        }
        before = at;
    }
    piece(piece_start, run.len());
}

/// Whether UAX #29 keeps `run[i - 1]` (of class `before`) and `run[i]` (of class `at`) in one
/// word.
fn joined(run: &[u8], i: usize, before: Class, at: Class) -> bool {
    let class_at = |i: usize| run.get(i).map_or(Class::Other, |&b| class(b));
    let two_before = || i.checked_sub(2).map_or(Class::Other, class_at);
    match (before, at) {
        (Class::Letter | Class::Digit, Class::Letter | Class::Digit) => true, // WB5, WB8–10
        (Class::Letter | Class::Digit | Class::Connector, Class::Connector) => true, // WB13a
        (Class::Connector, Class::Letter | Class::Digit) => true,             // WB13b
        (Class::Letter, Class::Other) => joins_letters(run[i]) && class_at(i + 1) == Class::Letter, // WB6
        (Class::Other, Class::Letter) => joins_letters(run[i - 1]) && two_before() == Class::Letter, // WB7
        (Class::Digit, Class::Other) => joins_digits(run[i]) && class_at(i + 1) == Class::Digit, // WB12
        (Class::Other, Class::Digit) => joins_digits(run[i - 1]) && two_before() == Class::Digit, // WB11
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pieces(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        for_each_word_piece(text, |offset, piece| out.push((offset, piece)));
        out
    }

    fn library_pieces(text: &str) -> Vec<(usize, &str)> {
        (text.split_word_bound_indices())
            .filter(|(_, piece)| !piece.as_bytes()[0].is_ascii_whitespace())
            .collect()
    }

    #[test]
    fn news_text_splits_as_the_library_does() {
        for text in [
            "Russia's U.S. policy: 3.5% of $1,200,000 on 5'10\" e.g. snake_case_1 a:b 9;9",
            "“Sergei Lavrov’s” aide said 1’000 — «non» . ..a.. 'quoted' end.",
            " \u{301}x  a\u{301}b \t\r\n🇺🇸🇫🇷 👍\u{200d}👍 Сергей.Лавров",
        ] {
            assert_eq!(pieces(text), library_pieces(text), "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn any_text_splits_as_the_library_does(
            text in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "Z", "0", "7", ".", "'", ":", ",", ";", "_", "\"", "-", "%", " ", "  ",
                    "\n", "\r\n", "\t", "é", "’", "‘", "\u{301}", "\u{200d}", "\u{a0}", "🇺", "👍",
                    "א", "カ", "。", "·",
                ]),
                0..24,
            ).prop_map(|parts| parts.concat())
        ) {
            prop_assert_eq!(pieces(&text), library_pieces(&text));
        }
    }
}
