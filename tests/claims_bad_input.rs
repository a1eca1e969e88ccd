//! Claim scoring, weasel finding and citation markers on hostile input: no punctuation, a
//! 1 MB line, tables of numbers, lists, empty and symbol-only sentences. No panic, and time
//! that grows with the input, not its square.

use std::time::{Duration, Instant};

use newslint::analysis::claims::{citation_markers, dateline_agency, find_weasels, score_sentence};
use newslint::analysis::Span;
use newslint::text::{split_sentences, tokenize, BlockKind, Format, Prose};

/// Runs every claims entry point on `text[sentence]`; returns the score.
fn run_all(text: &str, sentence: Span, block: BlockKind) -> f32 {
    let tokens = tokenize(text, sentence);
    let score = score_sentence(text, sentence, &tokens, block);
    assert!((0.0..=1.0).contains(&score.score), "score {}", score.score);
    for reason in &score.reasons {
        assert!(sentence.contains_span(reason.span));
    }
    for weasel in find_weasels(text, sentence, &tokens) {
        assert!(sentence.contains_span(weasel.span));
    }
    for marker in citation_markers(text, sentence) {
        assert!(sentence.contains_span(marker));
    }
    dateline_agency(text, sentence);
    score.score
}

fn timed(f: impl FnOnce()) -> Duration {
    let started = Instant::now();
    f();
    started.elapsed()
}

#[test]
fn a_megabyte_on_one_line_runs_in_linear_time() {
    let unit = "many experts say 17% of 2023 budgets reportedly rose to $5 million [1] (Reuters) ";
    let small = unit.repeat(1_000);
    let large = unit.repeat(12_500); // about 1 MB
    let small_time = timed(|| {
        run_all(&small, Span::new(0, small.len()), BlockKind::Paragraph);
    });
    let large_time = timed(|| {
        run_all(&large, Span::new(0, large.len()), BlockKind::Paragraph);
    });
    // 12.5× the input; allow generous noise but not quadratic growth (156×).
    assert!(
        large_time < small_time * 40 + Duration::from_millis(200),
        "{small_time:?} for 80 KB, {large_time:?} for 1 MB"
    );
}

#[test]
fn text_without_punctuation_or_words() {
    let no_punctuation =
        "the minister said that the budget would rise and critics say it will not ".repeat(500);
    let prose = Prose::parse(&no_punctuation, Format::PlainText);
    for block in &prose.blocks {
        for sentence in split_sentences(&prose.text, block.span, Format::PlainText.line_breaks()) {
            run_all(&prose.text, sentence, block.kind);
        }
    }
    for odd in [
        "", " ", "???", "—", "👍👍", "[", "(Reuters", "[1", "¹", "it is",
    ] {
        run_all(odd, Span::new(0, odd.len()), BlockKind::Paragraph);
    }
}

#[test]
fn tables_of_numbers_and_lists_are_not_claims() {
    let markdown = "| year | exports | share |\n|---|---|---|\n| 2021 | 1,200 | 17% |\n| 2022 | 1,350 | 19% |\n\n- 12\n- 2023\n- $5\n";
    let prose = Prose::parse(markdown, Format::Markdown);
    for block in &prose.blocks {
        for sentence in split_sentences(&prose.text, block.span, Format::Markdown.line_breaks()) {
            let score = run_all(&prose.text, sentence, block.kind);
            if block.kind == BlockKind::TableCell {
                assert!(
                    score < 0.5,
                    "table cell {:?} scored {score}",
                    sentence.slice(markdown)
                );
            }
        }
    }
}
