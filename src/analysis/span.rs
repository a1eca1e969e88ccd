//! Byte ranges into the original source text.

/// A half-open byte range `start..end` into the source the analysis was run on.
/// Both ends always lie on UTF-8 character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// The same range moved right by `offset` bytes (paragraph-relative → document).
    pub const fn shift(self, offset: usize) -> Self {
        Span::new(self.start + offset, self.end + offset)
    }

    pub const fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    pub const fn contains_span(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// How many bytes the two share.
    pub const fn overlap_len(self, other: Span) -> usize {
        let end = if self.end < other.end {
            self.end
        } else {
            other.end
        };
        let start = if self.start > other.start {
            self.start
        } else {
            other.start
        };
        end.saturating_sub(start)
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}
