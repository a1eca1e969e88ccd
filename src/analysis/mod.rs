//! The analysis layer: pure and synchronous, `&str` + [`Config`] → [`Analysis`], plain data with
//! byte ranges into the source. It knows nothing of LSP, JSON or I/O.
//!
//! Work is split in two stages so that a keystroke costs one paragraph:
//! - the *block stage* (sentences, tokens, and what each capability can decide inside one
//!   paragraph) is cached by the block's content, in block-relative offsets;
//! - the *document stage* (quote pairing across paragraphs, attribution carry-over, entity
//!   grouping, sourcing) runs over the cached results every time and stays linear.

pub mod attribution;
pub mod claims;
pub mod entities;
pub mod quotes;
mod sourcing;
mod span;

pub use attribution::Attribution;
pub use quotes::{Quotation, QuoteProblem, Quotes};
pub use sourcing::{Claim, Sourcing};
pub use span::Span;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::config::Config;
use crate::text::{split_sentences, tokenize, Block, BlockKind, Format, Prose, Token};
use claims::{ClaimScore, Weasel};

/// Everything the editor and the CLI show about one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The prose view of the source: same offsets, non-prose blanked, blocks and links.
    pub prose: Prose,
    pub sentences: Vec<Sentence>,
    pub quotes: Quotes,
    pub attributions: Vec<Attribution>,
    /// Every sentence with some check-worthiness, in document order.
    pub claims: Vec<Claim>,
    /// Vague attributions and hedges, in document order.
    pub weasels: Vec<Weasel>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index into `prose.blocks`.
    pub block: usize,
}

/// The block stage's result, in offsets relative to the block start.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockAnalysis {
    pub sentences: Vec<SentenceAnalysis>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SentenceAnalysis {
    pub span: Span,
    pub tokens: Vec<Token>,
    pub claim: ClaimScore,
    pub weasels: Vec<Weasel>,
}

/// Runs analyses and keeps the block stage of the last one, so that re-analysing an edited
/// document redoes only the blocks that changed.
#[derive(Debug, Default)]
pub struct Analyzer {
    cache: HashMap<u64, Arc<BlockAnalysis>>,
    cached_config: Option<Config>,
}

/// Analyses a document from scratch.
pub fn analyze(source: &str, format: Format, config: &Config) -> Analysis {
    Analyzer::default().analyze(source, format, config)
}

/// Test builds only (`cfg(test)` or the `test-hooks` feature, which the integration tests turn
/// on): a document containing this text makes analysis panic, to prove panics are contained.
#[cfg(any(test, feature = "test-hooks"))]
pub const TEST_PANIC_TRIGGER: &str = "\u{0}newslint-test-panic\u{0}";

impl Analyzer {
    pub fn analyze(&mut self, source: &str, format: Format, config: &Config) -> Analysis {
        #[cfg(any(test, feature = "test-hooks"))]
        if source.contains(TEST_PANIC_TRIGGER) {
            panic!("forced by TEST_PANIC_TRIGGER");
        }
        if self.cached_config.as_ref() != Some(config) {
            self.cache.clear();
            self.cached_config = Some(config.clone());
        }
        let prose = Prose::parse(source, format);
        let mut used = HashMap::with_capacity(prose.blocks.len());
        let mut blocks = Vec::with_capacity(prose.blocks.len());
        for block in &prose.blocks {
            let text = prose.block_text(*block);
            let key = block_key(text, *block, format);
            let analysis = match self.cache.get(&key) {
                Some(cached) => Arc::clone(cached),
                None => Arc::new(analyze_block(text, block.kind, format)),
            };
            used.insert(key, Arc::clone(&analysis));
            blocks.push(analysis);
        }
        // Keep only what this version uses: memory stays proportional to the document.
        self.cache = used;
        assemble(prose, &blocks, config)
    }
}

fn block_key(text: &str, block: Block, format: Format) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (text, block.kind, format).hash(&mut hasher);
    hasher.finish()
}

/// The block stage. `text` is the block's prose alone; offsets are relative to it.
fn analyze_block(text: &str, kind: BlockKind, format: Format) -> BlockAnalysis {
    let whole = Span::new(0, text.len());
    let sentences = split_sentences(text, whole, format.line_breaks())
        .into_iter()
        .map(|span| {
            let tokens = tokenize(text, span);
            let claim = claims::score_sentence(text, span, &tokens, kind);
            let weasels = claims::find_weasels(text, span, &tokens);
            SentenceAnalysis {
                span,
                tokens,
                claim,
                weasels,
            }
        })
        .collect();
    BlockAnalysis { sentences }
}

/// The document stage.
fn assemble(prose: Prose, blocks: &[Arc<BlockAnalysis>], config: &Config) -> Analysis {
    let mut sentences = Vec::new();
    let mut scores = Vec::new();
    let mut weasels = Vec::new();
    for (index, (block, analysis)) in prose.blocks.iter().zip(blocks).enumerate() {
        let offset = block.span.start;
        for sentence in &analysis.sentences {
            sentences.push(Sentence {
                span: sentence.span.shift(offset),
                block: index,
            });
            scores.push((offset, &sentence.claim));

            weasels.extend(sentence.weasels.iter().map(|w| Weasel {
                span: w.span.shift(offset),
                kind: w.kind,
            }));
        }
    }
    let quotes = quotes::find_quotations(&prose.text, &prose.blocks);
    let attributions = attribution::attribute(&prose.text, &prose.blocks, blocks, &quotes, config);
    let claims = sourcing::claims(&prose, &sentences, &scores, &quotes, &attributions);
    Analysis {
        prose,
        sentences,
        quotes,
        attributions,
        claims,
        weasels,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incremental_equals_from_scratch() {
        let config = Config::default();
        let mut analyzer = Analyzer::default();
        let first = "“One,” he said.\n\nSecond paragraph here.\n\n“Third.";
        let second = "“One,” he said.\n\nSecond paragraph, edited.\n\n“Third.";
        assert_eq!(
            analyzer.analyze(first, Format::PlainText, &config),
            analyze(first, Format::PlainText, &config)
        );
        assert_eq!(
            analyzer.analyze(second, Format::PlainText, &config),
            analyze(second, Format::PlainText, &config)
        );
        assert_eq!(analyzer.cache.len(), 3);
    }
}
