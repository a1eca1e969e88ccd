//! Plain text: every byte is prose; blocks are runs of non-blank lines.

use super::{looks_like_heading, Block, BlockKind, Format, Prose};
use crate::analysis::Span;

pub fn parse(source: &str) -> Prose {
    let mut blocks = Vec::new();
    let mut block_start: Option<usize> = None;
    let mut block_end = 0;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(start) = block_start.take() {
                blocks.push(block(source, Span::new(start, block_end)));
            }
        } else {
            let first = offset + (line.len() - line.trim_start().len());
            block_start.get_or_insert(first);
            block_end = offset + line.trim_end().len();
        }
        offset += line.len();
    }
    if let Some(start) = block_start {
        blocks.push(block(source, Span::new(start, block_end)));
    }
    let links = super::markdown::bare_urls(source);
    let mut mask = source.as_bytes().to_vec();
    for link in &links {
        super::blank(&mut mask, link.span);
    }
    // `newslint: disable …` directive lines are instructions, not prose.
    let mut line_start = 0;
    for line in source.split_inclusive('\n') {
        if line.trim_start().starts_with("newslint:") {
            super::blank(&mut mask, Span::new(line_start, line_start + line.len()));
        }
        line_start += line.len();
    }
    let text = String::from_utf8(mask).expect("only whole characters are blanked");
    Prose {
        text,
        blocks,
        links,
        format: Format::PlainText,
    }
}

fn block(source: &str, span: Span) -> Block {
    let text = span.slice(source);
    let kind = if !text.contains('\n') && looks_like_heading(text) {
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
    fn blocks_are_runs_of_lines() {
        let source = "top of page\n\nRussia aims to grow.\nIt said so.\r\n\r\n  \n17 visualizzazioni0 commenti\n";
        let prose = parse(source);
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
