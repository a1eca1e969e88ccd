//! Byte offsets → lines, columns and character counts, for the CLI's output and the JSON
//! contract (code points). Queries are O(log lines) plus at most one short scan.

use super::{ceil_char_boundary, floor_char_boundary};

/// Every this many bytes the running character counts are stored, bounding each scan.
const CHECKPOINT: usize = 64;

#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of each line start; a line ends after `\n`, `\r\n` or a lone `\r`.
    line_starts: Vec<usize>,
    /// Code points and UTF-16 units before each multiple of `CHECKPOINT`; empty for ASCII text.
    checkpoints: Vec<(u32, u32)>,
}

/// A position: 0-based line, and 0-based column in the unit asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Byte,
    CodePoint,
    Utf16,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        let mut end = 0;
        for line in super::lines_inclusive(text) {
            end += line.len();
            if line.ends_with(['\n', '\r']) {
                line_starts.push(end);
            }
        }
        let mut checkpoints = Vec::new();
        if !text.is_ascii() {
            let (mut chars, mut units) = (0u32, 0u32);
            let mut next = 0;
            for (i, c) in text.char_indices() {
                while next <= i {
                    checkpoints.push((chars, units));
                    next += CHECKPOINT;
                }
                chars += 1;
                units += c.len_utf16() as u32;
            }
            while next <= text.len() {
                checkpoints.push((chars, units));
                next += CHECKPOINT;
            }
        }
        LineIndex {
            line_starts,
            checkpoints,
        }
    }

    /// `offset` is clamped to the text and moved back to a character boundary.
    pub fn line_col(&self, text: &str, offset: usize, unit: Unit) -> LineCol {
        let offset = floor_char_boundary(text, offset);
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        LineCol {
            line,
            column: self.count(text, offset, unit) - self.count(text, start, unit),
        }
    }

    /// Code points before the byte `offset` (the JSON contract's unit).
    pub fn char_offset(&self, text: &str, offset: usize) -> usize {
        self.count(text, floor_char_boundary(text, offset), Unit::CodePoint)
    }

    fn count(&self, text: &str, offset: usize, unit: Unit) -> usize {
        if unit == Unit::Byte || self.checkpoints.is_empty() {
            return offset;
        }
        let base = offset / CHECKPOINT * CHECKPOINT;
        let (chars, units) = self.checkpoints[base / CHECKPOINT];
        // A checkpoint may fall inside a character; the stored count is for the first boundary at or after it.
        let from = ceil_char_boundary(text, base);
        if from > offset {
            return match unit {
                Unit::CodePoint => chars as usize,
                _ => units as usize,
            };
        }
        let tail = &text[from..offset];
        match unit {
            Unit::CodePoint => chars as usize + tail.chars().count(),
            _ => units as usize + tail.chars().map(char::len_utf16).sum::<usize>(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_match_a_naive_scan() {
        let text = "top\r\n«Сергей» 👍 said\rno\n".repeat(20) + "ok";
        let index = LineIndex::new(&text);
        for (offset, _) in text.char_indices() {
            let prefix = &text[..offset];
            if prefix.ends_with('\r') && text[offset..].starts_with('\n') {
                continue; // between the two bytes of a CRLF: not a position a user can be at
            }
            assert_eq!(index.char_offset(&text, offset), prefix.chars().count());
            let line_start = prefix.rfind(['\n', '\r']).map_or(0, |i| i + 1);
            let line = prefix.matches('\n').count() + prefix.matches('\r').count()
                - prefix.matches("\r\n").count();
            let utf16 = text[line_start..offset].encode_utf16().count();
            assert_eq!(
                index.line_col(&text, offset, Unit::Utf16),
                LineCol {
                    line,
                    column: utf16
                }
            );
        }
    }
}
