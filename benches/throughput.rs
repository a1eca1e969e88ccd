//! Analysis throughput per stage, one core: `cargo bench --bench throughput`.
//! Prints medians of repeated runs (MB/s and tokens/s) for each corpus document.

mod corpus;

use std::sync::Arc;
use std::time::Instant;

use newslint::analysis::attribution;
use newslint::analysis::{
    analyze, named_mentions, quotes, read_sentences, Analysis, Analyzer, BlockAnalysis,
};
use newslint::config::Config;
use newslint::rules::check;
use newslint::text::{split_sentences, tokenize, Format, Prose};

/// Each block as the block stage has read it before attribution: its sentences with their
/// tokens and claim scores, no names, no attribution yet.
fn blocks_read(prose: &Prose) -> Vec<Arc<BlockAnalysis>> {
    (prose.blocks.iter())
        .map(|&block| {
            Arc::new(BlockAnalysis {
                sentences: read_sentences(prose.block_text(block), block.kind, Format::Markdown),
                names: Default::default(),
                attribution: None,
            })
        })
        .collect()
}

/// The attribution pass over read blocks, one core: each block's frames and linking, quote
/// pairing over the document, attribution across units, speakers named from the entities.
fn attribution_pass(
    prose: &Prose,
    blocks: &mut [Arc<BlockAnalysis>],
    analysis: &Analysis,
    config: &Config,
) -> usize {
    for (read, &block) in blocks.iter_mut().zip(&prose.blocks) {
        let read = Arc::get_mut(read).expect("the bench holds the only reference");
        read.attribution = attribution::prepare_block(
            prose.block_text(block),
            block.kind,
            &read.sentences,
            config,
        );
    }
    let quotes = quotes::find_quotations(&prose.text, &prose.blocks);
    let mut attributions =
        attribution::attribute(&prose.text, &prose.blocks, blocks, &quotes, config, true);
    let mentions = named_mentions(&analysis.prose, &analysis.entities);
    attribution::resolve_speakers(&prose.text, &mut attributions, &mentions);
    attributions.len()
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    let samples = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    corpus::quantile_ms(samples, 0.5)
}

fn main() {
    let config = Config::default();
    println!(
        "{:<16} {:<26} {:>10} {:>10} {:>14}",
        "document", "stage", "median ms", "MB/s", "tokens/s"
    );
    for doc in corpus::documents() {
        let text = &doc.text;
        let runs = if text.len() > 500_000 { 7 } else { 21 };
        let prose = Prose::parse(text, Format::Markdown);
        let tokens: usize = prose
            .blocks
            .iter()
            .flat_map(|b| split_sentences(&prose.text, b.span, Format::Markdown.line_breaks()))
            .map(|s| tokenize(&prose.text, s).len())
            .sum();
        let analysis = analyze(text, Format::Markdown, &config);
        let middle = text.len() / 2;
        let middle = (middle..text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let mut edited = text.clone();
        edited.insert(middle, 'x');
        let mut warm = Analyzer::default();
        warm.analyze(text, Format::Markdown, &config);
        let mut read = blocks_read(&prose);
        let mut flip = false;
        let stages: Vec<(&str, f64)> = vec![
            (
                "text: markdown prose",
                time(runs, || Prose::parse(text, Format::Markdown)),
            ),
            (
                "text: sentences+tokens",
                time(runs, || {
                    prose
                        .blocks
                        .iter()
                        .flat_map(|b| {
                            split_sentences(&prose.text, b.span, Format::Markdown.line_breaks())
                        })
                        .map(|s| tokenize(&prose.text, s).len())
                        .sum::<usize>()
                }),
            ),
            (
                "quotes",
                time(runs, || quotes::find_quotations(&prose.text, &prose.blocks)),
            ),
            (
                "attribution",
                time(runs, || {
                    attribution_pass(&prose, &mut read, &analysis, &config)
                }),
            ),
            ("rules", time(runs, || check(text, &analysis, &config))),
            (
                "analyze (cold)",
                time(runs, || analyze(text, Format::Markdown, &config)),
            ),
            (
                "analyze (1-char edit)",
                time(runs, || {
                    // Alternate between the two versions so each run re-analyses one block.
                    flip = !flip;
                    warm.analyze(if flip { &edited } else { text }, Format::Markdown, &config)
                }),
            ),
        ];
        for (stage, ms) in stages {
            let mb_s = text.len() as f64 / 1e6 / (ms / 1000.0);
            let tok_s = tokens as f64 / (ms / 1000.0);
            println!(
                "{:<16} {:<26} {:>10.3} {:>10.1} {:>14.0}",
                doc.name, stage, ms, mb_s, tok_s
            );
        }
    }
}
