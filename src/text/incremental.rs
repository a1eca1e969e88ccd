//! Parsing a document's next version from its last: only the top-level blocks around the edit
//! are parsed again; the rest of the prose view is the last version's, moved by the edit.
//!
//! Why that is the same as parsing the whole text: a top-level block starts on a line where
//! every block before it has ended, so the region from one such line (before the edit, with its
//! first line unchanged) parses alone as it does after the text before it. At the far end, the
//! region runs to the start of the block after the first unchanged block that starts past the
//! edit, and that unchanged block must still start a top-level block in the region's parse:
//! then every line after it reads the same state as in the last version. Markdown that reads
//! across blocks (link reference and footnote definitions, metadata blocks, lone `\r` line
//! ends: [`markdown::reads_across_blocks`]) anywhere in the document means a whole parse.

use std::cell::OnceCell;

use super::{markdown, parse_with_starts, Format, Prose};
use crate::analysis::Span;

/// The last version parsed, kept to parse the next one incrementally.
#[derive(Debug, Default)]
pub struct ProseCache {
    last: Option<Parsed>,
}

#[derive(Debug)]
struct Parsed {
    source: String,
    prose: Prose,
    /// The line starts of the top-level blocks, ascending.
    starts: Vec<usize>,
    /// Markdown that reads across blocks is somewhere in the source: looked for when the next
    /// version is parsed, not with this one (a one-shot `check` never asks).
    reads_across_blocks: OnceCell<bool>,
    /// The blocks kept from the version before, when this one was reparsed from it.
    reused: Option<Reused>,
}

/// Which blocks of a reparsed version are the last version's, with the same text and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reused {
    /// The blocks before this index are the last version's at the same indices.
    pub before: usize,
    /// The blocks from this index on are the last version's from `last_after` on.
    pub after: usize,
    pub last_after: usize,
}

/// How many blocks past the first unchanged one the region may grow to before a whole parse:
/// an unclosed code fence or HTML comment swallows every block after it anyway.
const MAX_EXTRA_BLOCKS: usize = 2;

impl ProseCache {
    /// The prose of `source`, as [`Prose::parse`] gives it.
    pub fn parse(&mut self, source: &str, format: Format) -> Prose {
        let reparsed = match &mut self.last {
            Some(last) if last.prose.format == format => last.reparse(source),
            _ => false,
        };
        if !reparsed {
            let (prose, starts) = parse_with_starts(source, format, true);
            self.last = Some(Parsed {
                source: source.to_owned(),
                reads_across_blocks: OnceCell::new(),
                prose,
                starts,
                reused: None,
            });
        }
        let last = self.last.as_ref().expect("parsed above");
        last.prose.clone()
    }

    /// The blocks the last [`ProseCache::parse`] kept from the version before it, if it
    /// reparsed a region.
    pub fn reused(&self) -> Option<Reused> {
        self.last.as_ref().and_then(|last| last.reused)
    }
}

impl Parsed {
    /// Turns this into the parse of `source` by parsing again only a region around where it
    /// differs from the last source; `false` (and nothing changed) when that is not provably
    /// the same as a whole parse.
    fn reparse(&mut self, source: &str) -> bool {
        let format = self.prose.format;
        let markdown = format == Format::Markdown;
        let source_reads_across_blocks = *self
            .reads_across_blocks
            .get_or_init(|| markdown && markdown::reads_across_blocks(&self.source));
        if source_reads_across_blocks {
            return false;
        }
        let (old, new) = (self.source.as_bytes(), source.as_bytes());
        let prefix = shared_len(old, new, false);
        let suffix = shared_len(&old[prefix..], &new[prefix..], true);
        let (old_edit_end, new_edit_end) = (old.len() - suffix, new.len() - suffix);
        let to_new = |old_offset: usize| old_offset - old_edit_end + new_edit_end;
        // One whole block before the edit: the region's first line is then unchanged. So must
        // its second line be, which decides whether the first starts a block: "| a | b |"
        // after "> quote" is a paragraph of its own when a table delimiter row follows it, and
        // goes on the quotation's paragraph when the row is edited away.
        let before = self.starts.partition_point(|&s| s < prefix);
        let start = (self.starts[..before.saturating_sub(1)].iter().rev())
            .copied()
            .find(|&s| next_line_start(old, next_line_start(old, s)) <= prefix)
            .unwrap_or(0);
        let first_after = self.starts.partition_point(|&s| s <= old_edit_end);
        for after in first_after..=first_after + MAX_EXTRA_BLOCKS {
            // The unchanged block that must still start a block, and where the region ends.
            let (kept, old_stop) = match self.starts.get(after) {
                Some(&kept) => (
                    Some(kept),
                    self.starts.get(after + 1).copied().unwrap_or(old.len()),
                ),
                None => (None, old.len()),
            };
            let new_stop = to_new(old_stop);
            let region = &source[start..new_stop];
            if markdown && markdown::reads_across_blocks(region) {
                return false;
            }
            let (prose, starts) = parse_with_starts(region, format, start == 0);
            let kept_starts_a_block =
                kept.is_none_or(|kept| starts.binary_search(&(to_new(kept) - start)).is_ok());
            if kept_starts_a_block {
                self.splice(source, start, old_stop, new_stop, prose, starts);
                return true;
            }
        }
        false
    }

    /// Replaces `start..old_stop` of the last version with the region's parse (whose offsets
    /// are relative to `start`) and moves what follows to end at `new_stop`.
    fn splice(
        &mut self,
        source: &str,
        start: usize,
        old_stop: usize,
        new_stop: usize,
        region: Prose,
        region_starts: Vec<usize>,
    ) {
        let edit = Splice {
            start,
            old_stop,
            new_stop,
        };
        let prose = &mut self.prose;
        prose.text.replace_range(start..old_stop, &region.text);
        self.reused = Some(edit.apply(&mut prose.blocks, region.blocks, |block| &mut block.span));
        edit.apply(&mut prose.links, region.links, |link| &mut link.span);
        edit.apply(&mut self.starts, region_starts, |start| start);
        self.source.clear();
        self.source.push_str(source);
    }
}

/// The start of the line after the one `offset` is on (the end of `text` on the last line).
fn next_line_start(text: &[u8], offset: usize) -> usize {
    (text[offset..].iter())
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(text.len(), |i| {
            let end = offset + i;
            end + if text[end..].starts_with(b"\r\n") {
                2
            } else {
                1
            }
        })
}

/// What replaces the last version's `start..old_stop`, which now ends at `new_stop`.
struct Splice {
    start: usize,
    old_stop: usize,
    new_stop: usize,
}

impl Splice {
    /// Replaces the items of `items` (in document order) that begin in `start..old_stop` with
    /// `region`'s, whose offsets are relative to `start`, and moves the later ones; `at` is
    /// where an item is. Says which items were kept.
    fn apply<T, L: Offsets>(
        &self,
        items: &mut Vec<T>,
        region: Vec<T>,
        at: impl Fn(&mut T) -> &mut L,
    ) -> Reused {
        let mut begins_before = |stop: usize| {
            (items.iter_mut())
                .map(|item| at(item).offsets().next().map_or(0, |offset| *offset))
                .take_while(|&begins| begins < stop)
                .count()
        };
        let (from, to) = (begins_before(self.start), begins_before(self.old_stop));
        let count = region.len();
        let placed = region.into_iter().map(|mut item| {
            at(&mut item)
                .offsets()
                .for_each(|offset| *offset += self.start);
            item
        });
        items.splice(from..to, placed);
        for item in &mut items[from + count..] {
            for offset in at(item).offsets() {
                *offset = *offset - self.old_stop + self.new_stop;
            }
        }
        Reused {
            before: from,
            after: from + count,
            last_after: to,
        }
    }
}

/// An offset or a range of offsets into the text, first to last.
trait Offsets {
    fn offsets(&mut self) -> impl Iterator<Item = &mut usize>;
}

impl Offsets for usize {
    fn offsets(&mut self) -> impl Iterator<Item = &mut usize> {
        std::iter::once(self)
    }
}

impl Offsets for Span {
    fn offsets(&mut self) -> impl Iterator<Item = &mut usize> {
        [&mut self.start, &mut self.end].into_iter()
    }
}

/// How many bytes `a` and `b` share at the start, or at the end; compared a chunk at a time,
/// as `memcmp` does.
pub(crate) fn shared_len(a: &[u8], b: &[u8], at_end: bool) -> usize {
    const CHUNK: usize = 64;
    let n = a.len().min(b.len());
    let (a, b) = if at_end {
        (&a[a.len() - n..], &b[b.len() - n..])
    } else {
        (&a[..n], &b[..n])
    };
    // The `i`th piece of `len` bytes, counted from the chosen end.
    let piece = |i: usize, len: usize| {
        if at_end {
            n - (i + 1) * len..n - i * len
        } else {
            i * len..(i + 1) * len
        }
    };
    let same = |i: usize, len: usize| a[piece(i, len)] == b[piece(i, len)];
    let whole = (0..n / CHUNK).take_while(|&i| same(i, CHUNK)).count() * CHUNK;
    whole + (whole..n).take_while(|&i| same(i, 1)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the cache, holding `before`, parses `after` by reparsing a region (else whole),
    /// checked against a parse from scratch either way.
    fn reparses(before: &str, after: &str, format: Format) -> bool {
        let mut cache = ProseCache::default();
        cache.parse(before, format);
        let reparsed = cache.last.as_mut().unwrap().reparse(after);
        assert_eq!(cache.parse(after, format), Prose::parse(after, format));
        reparsed
    }

    #[test]
    fn an_edit_in_a_paragraph_reparses_around_it() {
        let paragraphs = "“A quote,” he said of [the plan](http://x.y).\n\n- a list\n\n".repeat(50);
        let at = paragraphs.len() / 2;
        let at = at + paragraphs[at..].find("said").unwrap();
        let mut edited = paragraphs.clone();
        edited.insert_str(at, "never ");
        for format in [Format::Markdown, Format::PlainText] {
            assert!(reparses(&paragraphs, &edited, format), "{format:?}");
        }
    }

    /// Only the document's first line may be a headline of up to 24 words: a region reparsed
    /// from a later block does not start the document.
    #[test]
    fn a_long_line_after_the_first_is_no_headline_when_reparsed() {
        let long = "Waiting times rose in every one of the region's trusts over the past year and \
                    by more in the smaller ones";
        let before = format!("Title\n\nFirst.\n\nSecond.\n\n{long}\n\nLast.\n");
        let after = before.replacen("Second.", "Second one.", 1);
        assert!(reparses(&before, &after, Format::PlainText));
    }

    /// Found by `incremental_prose_equals_from_scratch`: whether the line before the edit
    /// continues the quotation's paragraph depends on the edited line after it.
    #[test]
    fn a_line_whose_block_depends_on_the_next_is_reparsed_with_the_block_before() {
        let before = "> quote\n| a | b |\n> |--|--|\n\n1. one\n";
        let after = before.replacen("|--|--|", "||--|", 1);
        assert!(reparses(before, &after, Format::Markdown));
    }

    #[test]
    fn markdown_that_reaches_far_parses_whole() {
        let paragraphs = "A paragraph.\n\n".repeat(20);
        let middle = paragraphs.len() / 2;
        let edited = |inserted: &str| {
            let mut text = paragraphs.clone();
            text.insert_str(middle, inserted);
            text
        };
        // An unclosed fence takes every block after it; a definition changes links elsewhere.
        for inserted in ["```\n", "[x]: http://u.v\n\n", "---\nkey: value\n"] {
            assert!(
                !reparses(&paragraphs, &edited(inserted), Format::Markdown),
                "{inserted:?}"
            );
        }
        // Closed within the next blocks, the fence is reparsed in place.
        assert!(reparses(
            &paragraphs,
            &edited("```\ncode\n```\n\n"),
            Format::Markdown
        ));
    }
}
