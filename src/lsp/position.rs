//! Byte offsets ↔ LSP positions on a rope, in the negotiated encoding. Positions past the end
//! of a line or of the document are clamped, never a panic.

use ropey::Rope;
use tower_lsp_server::lsp_types::{Position, Range};

use crate::analysis::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
}

/// The line's length in bytes, without its line break.
pub fn line_content_bytes(rope: &Rope, line: usize) -> usize {
    let slice = rope.line(line);
    let mut chars = slice.chars_at(slice.len_chars()).reversed();
    let ending = match (chars.next(), chars.next()) {
        (Some('\n'), Some('\r')) => 2,
        (Some('\n' | '\r'), _) => 1,
        _ => 0,
    };
    slice.len_bytes() - ending
}

/// The byte offset of `position`, clamped to the end of its line and of the document.
pub fn to_offset(rope: &Rope, position: Position, encoding: Encoding) -> usize {
    let line = position.line as usize;
    if line >= rope.len_lines() {
        return rope.len_bytes();
    }
    let line_start = rope.line_to_byte(line);
    let line_len = line_content_bytes(rope, line);
    let character = position.character as usize;
    let within = match encoding {
        Encoding::Utf8 => {
            let mut offset = character.min(line_len);
            // Inside a character: back to its start.
            while offset > 0
                && rope.byte_to_char(line_start + offset)
                    == rope.byte_to_char(line_start + offset - 1)
            {
                offset -= 1;
            }
            offset
        }
        Encoding::Utf16 => {
            let line_start_char = rope.byte_to_char(line_start);
            let line_end_char = rope.byte_to_char(line_start + line_len);
            let start_units = rope.char_to_utf16_cu(line_start_char);
            let end_units = rope.char_to_utf16_cu(line_end_char);
            let units = (start_units + character).min(end_units);
            rope.char_to_byte(rope.utf16_cu_to_char(units)) - line_start
        }
    };
    line_start + within
}

pub fn to_position(rope: &Rope, offset: usize, encoding: Encoding) -> Position {
    let offset = offset.min(rope.len_bytes());
    let line = rope.byte_to_line(offset);
    let line_start = rope.line_to_byte(line);
    let character = match encoding {
        Encoding::Utf8 => offset - line_start,
        Encoding::Utf16 => {
            rope.char_to_utf16_cu(rope.byte_to_char(offset))
                - rope.char_to_utf16_cu(rope.byte_to_char(line_start))
        }
    };
    Position::new(line as u32, character as u32)
}

/// Converts many offsets, walking along the line from the last one instead of looking each up
/// in the rope (six tree descents): rendering thousands of diagnostics asks for offsets in
/// order, most on the line of the previous one. Gives what [`to_position`] gives.
pub struct Cursor<'a> {
    rope: &'a Rope,
    /// The rope's text.
    source: &'a str,
    encoding: Encoding,
    line: u32,
    /// The current line spans `line_start..next_line`.
    line_start: usize,
    next_line: usize,
    /// The last offset converted (a character boundary) and its column.
    at: usize,
    character: u32,
}

impl<'a> Cursor<'a> {
    pub fn new(rope: &'a Rope, source: &'a str, encoding: Encoding) -> Cursor<'a> {
        debug_assert_eq!(rope.len_bytes(), source.len());
        Cursor {
            rope,
            source,
            encoding,
            line: 0,
            line_start: 0,
            next_line: next_line_start(source, 0),
            at: 0,
            character: 0,
        }
    }

    pub fn position(&mut self, offset: usize) -> Position {
        let offset = offset.min(self.source.len());
        if !self.source.is_char_boundary(offset) {
            return to_position(self.rope, offset, self.encoding);
        }
        // A little further on: walk to its line over the text, line break by line break.
        if self.next_line <= offset && offset - self.next_line <= WALK_LIMIT {
            while self.next_line <= offset {
                self.line += 1;
                self.line_start = self.next_line;
                self.next_line = next_line_start(self.source, self.line_start);
            }
            self.at = self.line_start;
            self.character = 0;
        }
        if !(self.line_start <= offset && offset < self.next_line) {
            let position = to_position(self.rope, offset, self.encoding);
            let line = position.line as usize;
            self.line = position.line;
            self.line_start = self.rope.line_to_byte(line);
            self.next_line = next_line_start(self.source, self.line_start);
            self.at = offset;
            self.character = position.character;
            return position;
        }
        let units = |text: &str| match self.encoding {
            Encoding::Utf16 if !text.is_ascii() => text.chars().map(|c| c.len_utf16() as u32).sum(),
            _ => text.len() as u32,
        };
        if offset >= self.at {
            self.character += units(&self.source[self.at..offset]);
        } else {
            self.character -= units(&self.source[offset..self.at]);
        }
        self.at = offset;
        Position::new(self.line, self.character)
    }

    pub fn range(&mut self, span: Span) -> Range {
        Range::new(self.position(span.start), self.position(span.end))
    }
}

/// How far [`Cursor`] walks over the text to a later line; further, the rope is quicker.
const WALK_LIMIT: usize = 16 << 10;

/// Where the line after the one that holds `from` starts, as the rope counts lines (LF, CR or
/// CRLF end one), or `usize::MAX` on the last line.
fn next_line_start(source: &str, from: usize) -> usize {
    let bytes = source.as_bytes();
    match bytes[from..].iter().position(|&b| b == b'\n' || b == b'\r') {
        Some(i) if bytes[from + i] == b'\r' && bytes.get(from + i + 1) == Some(&b'\n') => {
            from + i + 2
        }
        Some(i) => from + i + 1,
        None => usize::MAX,
    }
}

pub fn to_range(rope: &Rope, span: Span, encoding: Encoding) -> Range {
    Range::new(
        to_position(rope, span.start, encoding),
        to_position(rope, span.end, encoding),
    )
}

pub fn to_span(rope: &Rope, range: Range, encoding: Encoding) -> Span {
    let start = to_offset(rope, range.start, encoding);
    let end = to_offset(rope, range.end, encoding);
    Span::new(start.min(end), start.max(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_on_non_ascii_text() {
        let text = "“Сергей” said 👍\r\nZoë «oui»\rend\n";
        let rope = Rope::from_str(text);
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            for (offset, _) in text.char_indices() {
                if text[..offset].ends_with('\r') && text[offset..].starts_with('\n') {
                    continue;
                }
                let position = to_position(&rope, offset, encoding);
                assert_eq!(
                    to_offset(&rope, position, encoding),
                    offset,
                    "{encoding:?} at {offset}"
                );
            }
        }
        let emoji = text.find('👍').unwrap();
        assert_eq!(
            to_position(&rope, emoji + 4, Encoding::Utf16),
            Position::new(0, 16)
        );
        assert_eq!(
            to_position(&rope, emoji + 4, Encoding::Utf8),
            Position::new(0, 28)
        );
    }

    #[test]
    fn cursor_gives_what_a_look_up_gives() {
        // Long enough that some jumps are looked up in the rope, not walked.
        let text = "“Сергей” said 👍\r\nZoë «oui»\rend\n\nlast".repeat(600);
        let rope = Rope::from_str(&text);
        let mut offsets: Vec<usize> = (0..=text.len() + 2).collect();
        // Forward, then orders that jump back and forth across lines, near and far.
        offsets.extend((0..=text.len()).rev().step_by(3));
        offsets.extend((0..text.len()).map(|i| i * 7 % text.len()));
        offsets.extend((0..text.len() / 100).map(|i| i * 30_011 % text.len()));
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let mut cursor = Cursor::new(&rope, &text, encoding);
            for &offset in &offsets {
                assert_eq!(
                    cursor.position(offset),
                    to_position(&rope, offset, encoding),
                    "{encoding:?} at {offset}"
                );
            }
        }
    }

    #[test]
    fn clamps_positions_out_of_range() {
        let rope = Rope::from_str("ab\ncd");
        assert_eq!(to_offset(&rope, Position::new(0, 99), Encoding::Utf16), 2);
        assert_eq!(to_offset(&rope, Position::new(9, 0), Encoding::Utf8), 5);
        let rope = Rope::from_str("a👍b");
        // UTF-16: inside the surrogate pair; UTF-8: inside the four bytes. Both land on a boundary.
        assert_eq!(to_offset(&rope, Position::new(0, 2), Encoding::Utf16), 1);
        assert_eq!(to_offset(&rope, Position::new(0, 3), Encoding::Utf8), 1);
    }
}
