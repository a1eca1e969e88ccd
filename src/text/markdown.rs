//! Markdown through pulldown-cmark: prose is the text of paragraphs, headings, list items and
//! table cells; link text is prose and the link is remembered; code, URLs, HTML, images and
//! front matter are not.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use regex::Regex;
use std::sync::LazyLock;

use super::{blank, Block, BlockKind, Format, Link, Prose};
use crate::analysis::Span;

/// A block being collected: its kind and the extent of the prose seen so far.
struct OpenBlock {
    kind: BlockKind,
    extent: Option<Span>,
}

/// The prose of `source`, and the line starts of its top-level blocks (see
/// [`super::incremental`]).
pub fn parse(source: &str) -> (Prose, Vec<usize>) {
    let mut mask = source.as_bytes().to_vec();
    blank(&mut mask, Span::new(0, source.len()));
    let mut blocks = Vec::new();
    let mut links = Vec::new();
    let mut open: Vec<OpenBlock> = Vec::new();
    // Depth of constructs whose text is not prose (code blocks, images, front matter, autolinks).
    let mut hidden = 0usize;
    let mut depth = 0usize;
    let mut starts = Vec::new();
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        let span = Span::from(range);
        if depth == 0 && !matches!(event, Event::End(_)) {
            let line_start = super::line_start(source, span.start);
            if starts.last().is_none_or(|&last| last < line_start) {
                starts.push(line_start);
            }
        }
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth -= 1,
            _ => {}
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell => {
                    let parent_is_item = open.last().is_some_and(|b| b.kind == BlockKind::ListItem);
                    // Keep blocks disjoint: a parent's prose before a nested block is its own block.
                    if let Some(parent) = open.last_mut() {
                        flush(parent, &mut blocks, &mut mask, source);
                    }
                    let kind = match tag {
                        Tag::Heading { .. } => BlockKind::Heading,
                        Tag::Item => BlockKind::ListItem,
                        Tag::TableCell => BlockKind::TableCell,
                        _ if parent_is_item => BlockKind::ListItem,
                        _ => BlockKind::Paragraph,
                    };
                    open.push(OpenBlock { kind, extent: None });
                }
                Tag::CodeBlock(_) | Tag::Image { .. } | Tag::MetadataBlock(_) => hidden += 1,
                Tag::Link {
                    link_type,
                    dest_url,
                    ..
                } => {
                    links.push(Link {
                        span,
                        destination: dest_url.to_string(),
                    });
                    if matches!(link_type, LinkType::Autolink | LinkType::Email) {
                        hidden += 1;
                    }
                }
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell => {
                    if let Some(mut block) = open.pop() {
                        flush(&mut block, &mut blocks, &mut mask, source);
                    }
                }
                TagEnd::CodeBlock | TagEnd::Image | TagEnd::MetadataBlock(_) => {
                    hidden = hidden.saturating_sub(1)
                }
                TagEnd::Link => {
                    let autolink = links
                        .last()
                        .is_some_and(|l| source[l.span.start..].starts_with('<'));
                    if autolink {
                        hidden = hidden.saturating_sub(1);
                    }
                }
                _ => {}
            },
            Event::Text(_) if hidden == 0 => {
                if let Some(block) = open.last_mut() {
                    mask[span.start..span.end]
                        .copy_from_slice(&source.as_bytes()[span.start..span.end]);
                    block.extent = Some(block.extent.map_or(span, |e| e.cover(span)));
                }
            }
            Event::FootnoteReference(_) => links.push(Link {
                span,
                destination: String::new(),
            }),
            _ => {}
        }
    }
    for url in bare_urls(source) {
        if mask[url.span.start] != b' ' {
            blank(&mut mask, url.span);
            links.push(url);
        }
    }
    blocks.sort_by_key(|b: &Block| b.span.start);
    links.sort_by_key(|l| l.span.start);
    let text =
        String::from_utf8(mask).expect("the mask copies whole characters or writes ASCII spaces");
    let prose = Prose {
        text,
        blocks,
        links,
        format: Format::Markdown,
    };
    (prose, starts)
}

/// Closes the block's current extent; a table cell with no letters (a number) is not prose.
fn flush(block: &mut OpenBlock, blocks: &mut Vec<Block>, mask: &mut [u8], source: &str) {
    let Some(extent) = block.extent.take() else {
        return;
    };
    if block.kind == BlockKind::TableCell && !extent.slice(source).chars().any(char::is_alphabetic)
    {
        blank(mask, extent);
        return;
    }
    blocks.push(Block {
        span: extent,
        kind: block.kind,
    });
}

/// Whether some Markdown in `text` is read from elsewhere in the document: a link reference
/// or footnote definition (`[x]: url` changes the links that name it anywhere), a line that
/// may open a metadata block (pulldown-cmark opens one at any `---` or `+++` line that a closing
/// line follows, however far on), or a lone `\r` (some of pulldown-cmark's scanners read on
/// over it into the next line: "```\r```" is no code fence).
pub fn reads_across_blocks(text: &str) -> bool {
    let ends_a_line = |after: &str| {
        let line = after.split(['\n', '\r']).next().unwrap_or_default();
        line.trim().is_empty()
    };
    text.contains("]:")
        || ["---", "+++"].iter().any(|fence| {
            (text.match_indices(fence)).any(|(at, _)| ends_a_line(&text[at + fence.len()..]))
        })
        || (text.match_indices('\r')).any(|(at, _)| !text[at + 1..].starts_with('\n'))
}

/// `http(s)://` and `www.` URLs written out in the text.
pub fn bare_urls(source: &str) -> Vec<Link> {
    static URL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?:https?://|www\.)[^\s<>()\[\]"“”]+[^\s<>()\[\]"“”.,;:!?'’]"#).unwrap()
    });
    URL.find_iter(source)
        .map(|m| Link {
            span: Span::new(m.start(), m.end()),
            destination: m.as_str().to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(source: &str) -> Vec<(String, BlockKind)> {
        let (prose, _) = parse(source);
        assert_eq!(prose.text.len(), source.len());
        prose
            .blocks
            .iter()
            .map(|b| (prose.block_text(*b).to_owned(), b.kind))
            .collect()
    }

    #[test]
    fn keeps_prose_and_blanks_the_rest() {
        let source = "---\ntitle: x\n---\n# Russia and *China*\n\nSee [the concept](https://mid.ru/x) and `code`.\n\n```\n\"not prose\n```\n\n<div>html</div>\n";
        let got = blocks(source);
        assert_eq!(
            got,
            [
                ("Russia and  China".to_owned(), BlockKind::Heading),
                (
                    "See  the concept                    and       .".to_owned(),
                    BlockKind::Paragraph
                ),
            ]
        );
        let (prose, _) = parse(source);
        assert_eq!(prose.links.len(), 1);
        assert_eq!(prose.links[0].destination, "https://mid.ru/x");
        assert_eq!(
            prose.links[0].span.slice(source),
            "[the concept](https://mid.ru/x)"
        );
    }

    #[test]
    fn lists_quotes_and_tables() {
        let source = "> “A quote,” he said.\n\n- one item\n  - nested\n\n| Name | Votes |\n|---|---|\n| Smith | 1,204 |\n";
        let got: Vec<_> = blocks(source)
            .into_iter()
            .map(|(t, k)| (t.trim().to_owned(), k))
            .collect();
        assert_eq!(
            got,
            [
                ("“A quote,” he said.".to_owned(), BlockKind::Paragraph),
                ("one item".to_owned(), BlockKind::ListItem),
                ("nested".to_owned(), BlockKind::ListItem),
                ("Name".to_owned(), BlockKind::TableCell),
                ("Votes".to_owned(), BlockKind::TableCell),
                ("Smith".to_owned(), BlockKind::TableCell),
            ]
        );
    }

    #[test]
    fn multibyte_text_keeps_offsets() {
        let source = "**Сергей Лавров** said «да» 👍 — [Кремль](http://kremlin.ru)\n";
        let (prose, _) = parse(source);
        assert_eq!(prose.text.len(), source.len());
        for (a, b) in prose.text.char_indices().filter(|(_, c)| *c != ' ') {
            assert_eq!(source[a..].chars().next(), Some(b));
        }
    }
}
