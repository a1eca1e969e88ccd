//! Plain text: every byte is prose; blocks are runs of non-blank lines.

use super::{
    looks_like_heading, Block, BlockKind, Format, Prose, HEADING_MAX_WORDS, HEADLINE_MAX_WORDS,
};
use crate::analysis::Span;

/// The prose of `source`, and the line starts of its blocks (see [`super::incremental`]);
/// `at_document_start` when `source` is the whole document, or its region from its start.
pub fn parse(source: &str, at_document_start: bool) -> (Prose, Vec<usize>) {
    let mut blocks = Vec::new();
    let mut starts = Vec::new();
    let mut block_start: Option<usize> = None;
    let mut block_end = 0;
    let mut offset = 0;
    for line in super::lines_inclusive(source) {
        if line.trim().is_empty() {
            if let Some(start) = block_start.take() {
                blocks.push(block(
                    source,
                    Span::new(start, block_end),
                    at_document_start && blocks.is_empty(),
                ));
            }
        } else {
            let first = offset + (line.len() - line.trim_start().len());
            if block_start.is_none() {
                starts.push(offset);
                block_start = Some(first);
            }
            block_end = offset + line.trim_end().len();
        }
        offset += line.len();
    }
    if let Some(start) = block_start {
        blocks.push(block(
            source,
            Span::new(start, block_end),
            at_document_start && blocks.is_empty(),
        ));
    }
    let links = super::markdown::bare_urls(source);
    let mut mask = source.as_bytes().to_vec();
    for link in &links {
        super::blank(&mut mask, link.span);
    }
    // `newslint: disable …` directive lines are instructions, not prose.
    let mut line_start = 0;
    for line in super::lines_inclusive(source) {
        if line.trim_start().starts_with("newslint:") {
            super::blank(&mut mask, Span::new(line_start, line_start + line.len()));
        }
        line_start += line.len();
    }
    let text = String::from_utf8(mask).expect("only whole characters are blanked");
    let prose = Prose {
        text,
        blocks,
        links,
        format: Format::PlainText,
    };
    (prose, starts)
}

/// A block is `first` in the document: a headline runs longer than other headings ("One in four
/// cancer patients in the Marston region now waits longer than two months to start treatment").
fn block(source: &str, span: Span, first: bool) -> Block {
    let text = span.slice(source);
    let max_words = if first {
        HEADLINE_MAX_WORDS
    } else {
        HEADING_MAX_WORDS
    };
    let kind = if !text.contains(['\n', '\r']) && looks_like_heading(text, max_words) {
        BlockKind::Heading
    } else {
        BlockKind::Paragraph
    };
    Block { span, kind }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_line_is_a_headline_up_to_more_words_than_other_headings() {
        let headline = "One in four cancer patients in the Marston region now waits longer than \
                        two months to start treatment";
        let line = "Waiting times rose in every one of the region's trusts over the past year \
                    and by more in the smaller ones";
        let source = format!("{headline}\n\nBy Hannah Okafor\n\n{line}\n\nIt said so.\n");
        let (prose, _) = parse(&source, true);
        let kinds: Vec<BlockKind> = prose.blocks.iter().map(|b| b.kind).collect();
        use BlockKind::{Heading, Paragraph};
        assert_eq!(kinds, [Heading, Heading, Paragraph, Paragraph]);
    }

    #[test]
    fn directive_lines_are_blanked_with_any_line_ending() {
        for ending in ["\n", "\r\n", "\r"] {
            let source = ["newslint: disable", "He said “x."].join(ending);
            let (prose, _) = parse(&source, true);
            assert!(
                prose.text.contains("He said “x."),
                "{ending:?}: {:?}",
                prose.text
            );
            assert!(!prose.text.contains("newslint"), "{ending:?}");
        }
    }

    #[test]
    fn every_line_ending_splits_blocks_and_sentences_alike() {
        let lines = [
            "Title line",
            "",
            "Russia aims to grow.",
            "It said so.",
            "",
            "17 percent",
        ];
        let shape = |ending: &str| {
            let source = lines.join(ending);
            let (prose, _) = parse(&source, true);
            let blocks: Vec<(String, BlockKind)> = prose
                .blocks
                .iter()
                .map(|b| (b.span.slice(&source).replace(ending, "/"), b.kind))
                .collect();
            let sentences: Vec<String> = prose
                .blocks
                .iter()
                .flat_map(|b| {
                    crate::text::split_sentences(
                        &source,
                        b.span,
                        crate::text::LineBreaks::EndSentences,
                    )
                })
                .map(|s| s.slice(&source).to_owned())
                .collect();
            (blocks, sentences)
        };
        assert_eq!(shape("\r"), shape("\n"));
        assert_eq!(shape("\r\n"), shape("\n"));
        assert_eq!(shape("\n").0.len(), 3);
    }

    #[test]
    fn blocks_are_runs_of_lines() {
        let source = "top of page\n\nRussia aims to grow.\nIt said so.\r\n\r\n  \n17 visualizzazioni0 commenti\n";
        let (prose, _) = parse(source, true);
        let blocks: Vec<_> = prose
            .blocks
            .iter()
            .map(|b| (b.span.slice(source), b.kind))
            .collect();
        assert_eq!(
            blocks,
            [
                ("top of page", BlockKind::Heading),
                ("Russia aims to grow.\nIt said so.", BlockKind::Paragraph),
                ("17 visualizzazioni0 commenti", BlockKind::Heading),
            ]
        );
    }
}
