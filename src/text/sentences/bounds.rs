//! UAX #29 sentence boundaries with a fast path for ASCII.
//!
//! Sentence splitting was a twelfth of `newslint check`, nearly all of it the sentence-break
//! property lookup of `unicode-segmentation` for every character. For ASCII text the property
//! is a `match`; the rules below are those of the library's state machine (version 1.13,
//! MIT/Apache-2.0, The Rust Project Developers), so the pieces are the same — a property test
//! compares the two. Other text goes to the library.

use unicode_segmentation::UnicodeSegmentation;

/// Calls `piece(offset, text)` for each UAX #29 sentence piece of `text`, in order: the pieces
/// of `split_sentence_bound_indices`.
pub fn for_each_sentence_piece<'a>(text: &'a str, mut piece: impl FnMut(usize, &'a str)) {
    if !text.is_ascii() {
        for (offset, text_piece) in text.split_sentence_bound_indices() {
            piece(offset, text_piece);
        }
        return;
    }
    let mut start = 0;
    for end in ascii_breaks(text.as_bytes()) {
        piece(start, &text[start..end]);
        start = end;
    }
}

/// Sentence-break property of an ASCII byte (no ASCII byte is Sep, OLetter, Extend or Format).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Category {
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    SContinue,
    Close,
    Other,
}

fn category(byte: u8) -> Category {
    match byte {
        b'\r' => Category::Cr,
        b'\n' => Category::Lf,
        b'\t' | b'\x0b' | b'\x0c' | b' ' => Category::Sp,
        b'a'..=b'z' => Category::Lower,
        b'A'..=b'Z' => Category::Upper,
        b'0'..=b'9' => Category::Numeric,
        b'.' => Category::ATerm,
        b'!' | b'?' => Category::STerm,
        b',' | b'-' | b':' | b';' => Category::SContinue,
        b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Category::Close,
        _ => Category::Other,
    }
}

/// What the state remembers of a character: runs of Close and of Sp collapse into one part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    Cr,
    Lf,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

/// The last four parts, newest last.
#[derive(Debug, Clone, Copy)]
struct State([Part; 4]);

impl State {
    fn next(self, category: Category) -> State {
        let parts = self.0;
        match (parts[3], category) {
            (Part::ClosePlus, Category::Close) | (Part::SpPlus, Category::Sp) => self,
            _ => State([
                parts[1],
                parts[2],
                parts[3],
                match category {
                    Category::Cr => Part::Cr,
                    Category::Lf => Part::Lf,
                    Category::ATerm => Part::ATerm,
                    Category::Upper | Category::Lower => Part::UpperLower,
                    Category::Close => Part::ClosePlus,
                    Category::Sp => Part::SpPlus,
                    Category::STerm => Part::STerm,
                    _ => Part::Other,
                },
            ]),
        }
    }

    /// Whether no piece can end before the next character unless it is a terminator or a
    /// line break: the text read so far does not end in `SATerm Close* Sp*`, a line break or
    /// nothing.
    fn inside_sentence(self) -> bool {
        !matches!(self.0[3], Part::Sot | Part::Cr | Part::Lf)
            && !matches!(self.terminal(true), Part::ATerm | Part::STerm)
    }

    /// The state after a run of characters none of which [`may_end_sentence`], read from an
    /// [`State::inside_sentence`] state. Only its last part is ever read again: the rules read
    /// further back only through a terminator (SB7 reads the part right before one), and
    /// neither the run nor, as it began inside a sentence, what came before holds one that
    /// they could reach.
    fn after_run(last: u8) -> State {
        State([Part::Other; 4]).next(category(last))
    }

    /// The part before a trailing `Close* Sp*` (`Close*` alone when `sp` is false): the
    /// sentence terminal, if the text ends in one followed by closing marks and spaces.
    fn terminal(self, sp: bool) -> Part {
        let parts = self.0;
        let mut idx = 3;
        if sp && parts[idx] == Part::SpPlus {
            idx -= 1;
        }
        if parts[idx] == Part::ClosePlus {
            idx -= 1;
        }
        parts[idx]
    }
}

/// A terminator or a line break: the only characters before which a piece can end once the
/// text read is [`State::inside_sentence`].
fn may_end_sentence(byte: u8) -> bool {
    matches!(byte, b'.' | b'!' | b'?' | b'\r' | b'\n')
}

/// SB8: after `ATerm Close* Sp*`, no break if a lower-case letter comes before any other letter
/// or sentence terminator.
fn lower_case_follows(ahead: &[u8]) -> bool {
    for &byte in ahead {
        match category(byte) {
            Category::Lower => return true,
            Category::Upper | Category::Cr | Category::Lf | Category::STerm | Category::ATerm => {
                return false
            }
            _ => {}
        }
    }
    false
}

/// The end offset of each sentence piece of ASCII `text`.
fn ascii_breaks(text: &[u8]) -> Vec<usize> {
    let mut breaks = Vec::new();
    let mut state = State([Part::Sot; 4]);
    let mut position = 0;
    while let Some(&byte) = text.get(position) {
        if state.inside_sentence() && !may_end_sentence(byte) {
            // Nothing ends a piece before the next terminator or line break: skip to it.
            let run = text[position..]
                .iter()
                .position(|&b| may_end_sentence(b))
                .map_or(text.len(), |length| position + length);
            state = State::after_run(text[run - 1]);
            position = run;
            continue;
        }
        let before = state;
        let category = category(byte);
        state = state.next(category);
        if ends_piece_before(before, category, &text[position..]) {
            breaks.push(position);
        }
        position += 1;
    }
    if !text.is_empty() {
        breaks.push(text.len());
    }
    breaks
}

/// Whether a piece ends between the text `before` describes and `ahead[0]` (of `category`).
fn ends_piece_before(before: State, category: Category, ahead: &[u8]) -> bool {
    let last = before.0[3];
    match (last, category) {
        (Part::Sot, _) => return false, // SB1: no piece ends before the first character
        (Part::Cr, Category::Lf) => return false, // SB3
        (Part::Cr | Part::Lf, _) => return true, // SB4
        _ => {}
    }
    // Every rule below needs `SATerm Close* Sp*` before: the common case, inside a sentence.
    let terminal = before.terminal(true);
    if !matches!(terminal, Part::ATerm | Part::STerm) {
        return false; // SB998
    }
    let keep_together = match category {
        Category::Numeric if last == Part::ATerm => true, // SB6
        Category::Upper if before.0[2] == Part::UpperLower && last == Part::ATerm => true, // SB7
        _ if terminal == Part::ATerm && lower_case_follows(ahead) => true, // SB8
        Category::SContinue | Category::STerm | Category::ATerm => true, // SB8a
        Category::Close | Category::Sp | Category::Cr | Category::Lf
            if matches!(before.terminal(false), Part::ATerm | Part::STerm) =>
        {
            true // SB9
        }
        Category::Sp | Category::Cr | Category::Lf => true, // SB10
        _ => false,                                         // SB11
    };
    !keep_together
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pieces(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        for_each_sentence_piece(text, |offset, piece| out.push((offset, piece)));
        out
    }

    #[test]
    fn news_text_splits_as_the_library_does() {
        for text in [
            "Mr. Lavrov said so. The U.S. agreed (in 2023). \"Why?\" he asked! 3.5% rose. e.g. this",
            "It ended.) Next one.  \"Quoted.\" 'Single.' [Bracket.] a.b. A.B. end...",
            "Line one.\r\nLine two.\nLine three.\r",
        ] {
            let library: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
            assert_eq!(pieces(text), library, "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn any_ascii_text_splits_as_the_library_does(
            text in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "Z", "x", "M", "0", ".", "!", "?", ",", "-", ":", ";", "\"", "'", "(",
                    ")", "[", "]", "{", "}", " ", "\t", "\n", "\r", "\x0b", "\x0c", "%", "$", "_",
                    "#", "<", ">", "/", "\\", "*", "@", "&", "~", "`", "^", "|", "+", "=", "\x7f",
                    "\x00",
                ]),
                0..24,
            ).prop_map(|parts| parts.concat())
        ) {
            let library: Vec<(usize, &str)> = text.split_sentence_bound_indices().collect();
            prop_assert_eq!(pieces(&text), library);
        }
    }
}
