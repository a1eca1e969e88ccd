//! The analysis layer: pure and synchronous, `&str` + [`Config`] → [`Analysis`], plain data with
//! byte ranges into the source. It knows nothing of LSP, JSON or I/O.
//!
//! Work is split in two stages so that a keystroke costs one paragraph:
//! - the *block stage* (sentences, tokens, and what each capability can decide inside one
//!   paragraph) is cached by the block's content, in block-relative offsets;
//! - the *document stage* (quote pairing across paragraphs, attribution carry-over, entity
//!   grouping, sourcing) runs over the cached results every time and stays linear.

pub mod attribution;
mod case_study;
pub mod claims;
mod credited;
pub mod entities;
mod gender;
pub mod quotes;
pub(crate) mod says_who;
mod sourcing;
mod span;
mod terms;

pub use attribution::Attribution;
pub use quotes::{Quotation, QuoteProblem, Quotes};
pub use sourcing::{Claim, Sourcing};
pub use span::Span;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::config::Config;
use crate::text::{
    split_sentences, tokenize, Block, BlockKind, Format, Prose, ProseCache, Reused, Token,
};
use claims::{ClaimScore, Weasel};
use entities::{BlockNames, CapitalizedBlock, Entities, EntityLabel, PlacedName};

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
    /// Named entities: mentions in document order, grouped into referents.
    pub entities: Entities,
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
    /// The tagged names of the block, prepared for grouping.
    pub names: BlockNames,
    /// Attribution inside the block's units, when the block stands alone.
    pub attribution: Option<attribution::BlockAttribution>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SentenceAnalysis {
    pub span: Span,
    /// Empty when the block needs no tokens after the block stage (see [`analyze_block`]);
    /// [`SentenceAnalysis::tokens_in`] gives them either way.
    pub tokens: Vec<Token>,
    pub claim: ClaimScore,
    pub weasels: Vec<Weasel>,
    /// The first citation marker that sources the sentence ("[1]", "(Reuters)"), found here
    /// so that the document stage does not search the whole text on every keystroke.
    pub citation: Option<Span>,
}

impl SentenceAnalysis {
    /// The sentence's tokens; `block_text` is its block's prose.
    pub fn tokens_in(&self, block_text: &str) -> std::borrow::Cow<'_, [Token]> {
        if self.tokens.is_empty() {
            tokenize(block_text, self.span).into()
        } else {
            self.tokens.as_slice().into()
        }
    }
}

/// Runs analyses and keeps the block stage of the last one, so that re-analysing an edited
/// document redoes only the blocks that changed.
#[derive(Debug, Default)]
pub struct Analyzer {
    /// The last version's prose view: a keystroke parses only the blocks around the edit.
    prose: ProseCache,
    /// The block keys of the last version, in block order.
    keys: Vec<u64>,
    cache: HashMap<u64, Arc<BlockAnalysis>>,
    cached_config: Option<Config>,
    /// The last linking of entity names, reused while the names stay the same.
    names: entities::GroupMemo,
    /// Test builds can turn off what the document stage takes from the block stage when the
    /// document agrees with it (per-block attribution, the capitalised-word list, titles read
    /// before a name inside its block), to prove it changes nothing.
    no_shortcuts: bool,
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
    /// An analyzer whose document stage recomputes attribution and name search from the
    /// tokens and the text, as if no block agreed with the document (see `no_shortcuts`).
    #[cfg(any(test, feature = "test-hooks"))]
    pub fn without_shortcuts() -> Analyzer {
        Analyzer {
            no_shortcuts: true,
            ..Analyzer::default()
        }
    }

    pub fn analyze(&mut self, source: &str, format: Format, config: &Config) -> Analysis {
        #[cfg(any(test, feature = "test-hooks"))]
        if source.contains(TEST_PANIC_TRIGGER) {
            panic!("forced by TEST_PANIC_TRIGGER");
        }
        if self.cached_config.as_ref() != Some(config) {
            self.cache.clear();
            self.names = entities::GroupMemo::default();
            self.cached_config = Some(config.clone());
        }
        let prose = self.prose.parse(source, format);
        self.keys = block_keys(&prose, self.prose.reused(), &self.keys);
        let keys = &self.keys;
        let missing: Vec<usize> = (0..keys.len())
            .filter(|&i| !self.cache.contains_key(&keys[i]))
            .collect();
        let mut fresh = analyze_blocks(&prose, &missing, format, config).into_iter();
        let mut used = HashMap::with_capacity(prose.blocks.len());
        let mut blocks = Vec::with_capacity(prose.blocks.len());
        for &key in keys {
            let analysis = match self.cache.get(&key) {
                Some(cached) => Arc::clone(cached),
                None => fresh.next().expect("one fresh analysis per missing block"),
            };
            used.insert(key, Arc::clone(&analysis));
            blocks.push(analysis);
        }
        // Keep only what this version uses: memory stays proportional to the document.
        self.cache = used;
        assemble(
            prose,
            &blocks,
            keys,
            config,
            &mut self.names,
            self.no_shortcuts,
        )
    }
}

/// Each block's cache key; the blocks the prose parse kept from the last version (whose keys
/// are `last`) keep their keys, so that a keystroke hashes only the blocks it parsed again.
fn block_keys(prose: &Prose, reused: Option<Reused>, last: &[u64]) -> Vec<u64> {
    let key = |i: usize| {
        let block = prose.blocks[i];
        block_key(prose.block_text(block), block, prose.format)
    };
    let count = prose.blocks.len();
    let consistent =
        |kept: &Reused| last.len().checked_sub(kept.last_after) == Some(count - kept.after);
    let Some(kept) = reused.filter(consistent) else {
        return (0..count).map(key).collect();
    };
    let mut keys = Vec::with_capacity(count);
    keys.extend_from_slice(&last[..kept.before]);
    keys.extend((kept.before..kept.after).map(key));
    keys.extend_from_slice(&last[kept.last_after..]);
    keys
}

fn block_key(text: &str, block: Block, format: Format) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (text, block.kind, format).hash(&mut hasher);
    hasher.finish()
}

/// Below this much uncached prose the block stage runs on the calling thread: a keystroke
/// touches one paragraph, and a second thread costs more than it saves on small documents.
/// The document stage and the rules split over two threads from this much prose on.
pub(crate) const PARALLEL_MIN_BYTES: usize = 128 * 1024;

/// The block stage of the blocks at `indices`, in that order. A large cold analysis (opening a
/// document, `newslint check`) splits the blocks in two halves by size and runs the second on
/// another core: blocks are independent, and the result is the same as one thread's.
fn analyze_blocks(
    prose: &Prose,
    indices: &[usize],
    format: Format,
    config: &Config,
) -> Vec<Arc<BlockAnalysis>> {
    let run = |indices: &[usize]| -> Vec<Arc<BlockAnalysis>> {
        (indices.iter())
            .map(|&i| {
                let block = prose.blocks[i];
                Arc::new(analyze_block(
                    prose.block_text(block),
                    block.kind,
                    format,
                    config,
                ))
            })
            .collect()
    };
    let size = |i: &usize| prose.blocks[*i].span.len();
    let total: usize = indices.iter().map(size).sum();
    if total < PARALLEL_MIN_BYTES {
        return run(indices);
    }
    let mut first_half_bytes = 0;
    let split = (indices.iter())
        .position(|i| {
            first_half_bytes += size(i);
            first_half_bytes >= total / 2
        })
        .map_or(indices.len(), |p| p + 1);
    let (first, second) = indices.split_at(split);
    let (mut analyses, rest) = join_on_two_cores(true, || run(first), || run(second));
    analyses.extend(rest);
    analyses
}

/// `(here(), beside())`, with `beside` run on another core while `here` runs on this thread
/// when `parallel` and the process may use two cores; both here, one after the other, else.
/// A panic in `beside` is raised again on this thread, where the server's panic containment
/// expects it.
pub(crate) fn join_on_two_cores<A, B: Send>(
    parallel: bool,
    here: impl FnOnce() -> A,
    beside: impl FnOnce() -> B + Send,
) -> (A, B) {
    if !parallel || available_cores() < 2 {
        return (here(), beside());
    }
    std::thread::scope(|scope| {
        let beside = scope.spawn(beside);
        let here = here();
        match beside.join() {
            Ok(beside) => (here, beside),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// The cores this process may use, asked once: std reads the cgroup limits from /proc and
/// /sys on every call, work a keystroke need not repeat.
pub(crate) fn available_cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// The block stage. `text` is the block's prose alone; offsets are relative to it.
fn analyze_block(text: &str, kind: BlockKind, format: Format, config: &Config) -> BlockAnalysis {
    let sentences = read_sentences(text, kind, format);
    // What the tagger found, before document-level grouping.
    let tagged: Vec<_> = (sentences.iter())
        .flat_map(|sentence| entities::tag_sentence(text, &sentence.tokens))
        .collect();
    let names = entities::prepare_block(text, &tagged);
    let attribution = attribution::prepare_block(text, kind, &sentences, config);
    let mut sentences = sentences;
    // The document stage reads tokens only to link the units of a block whose quotations it
    // pairs otherwise than the block alone; a block without a quotation, and no quote mark at
    // an edge, cannot be one, so its tokens are not kept (re-tokenised should it be needed).
    let quote_free = attribution.as_ref().is_some_and(|a| a.has_no_quotations())
        && !text.starts_with(QUOTE_MARKS)
        && !text.ends_with(QUOTE_MARKS);
    for sentence in &mut sentences {
        if quote_free {
            sentence.tokens = Vec::new();
        } else {
            sentence.tokens.shrink_to_fit();
        }
    }
    BlockAnalysis {
        sentences,
        names,
        attribution,
    }
}

/// The block stage's reading of each sentence of a block before names and attribution: its
/// tokens, claim score, weasel phrases and citation marker. `text` is the block's prose alone;
/// offsets are relative to it.
pub fn read_sentences(text: &str, kind: BlockKind, format: Format) -> Vec<SentenceAnalysis> {
    let whole = Span::new(0, text.len());
    split_sentences(text, whole, format.line_breaks())
        .into_iter()
        .map(|span| {
            let tokens = tokenize(text, span);
            let (claim, weasels) =
                claims::score_sentence_and_find_weasels(text, span, &tokens, kind);
            SentenceAnalysis {
                span,
                tokens,
                claim,
                weasels,
                citation: sourcing::citation(text, span),
            }
        })
        .collect()
}

/// Characters that can be quote marks (see `quotes::find_quotations`).
const QUOTE_MARKS: &[char] = &[
    '"', '\'', '“', '”', '„', '‘', '’', '‚', '«', '»', '‹', '›', '「', '」', '『', '』',
];

/// The quote marks that are never apostrophes: text holding one holds a quotation.
pub(crate) const UNAMBIGUOUS_QUOTE_MARKS: &[char] = &[
    '"', '“', '”', '„', '«', '»', '‹', '›', '「', '」', '『', '』',
];

/// The document stage.
fn assemble(
    prose: Prose,
    blocks: &[Arc<BlockAnalysis>],
    keys: &[u64],
    config: &Config,
    memo: &mut entities::GroupMemo,
    no_shortcuts: bool,
) -> Analysis {
    // Sized up front: these hold every sentence and name of the document on every keystroke.
    let sentence_count = blocks.iter().map(|b| b.sentences.len()).sum();
    let name_count = blocks.iter().map(|b| b.names.names.len()).sum();
    let mut sentences = Vec::with_capacity(sentence_count);
    let mut analysed = Vec::with_capacity(sentence_count);
    let mut weasels = Vec::new();
    let mut names: Vec<PlacedName> = Vec::with_capacity(name_count);
    for (index, (block, analysis)) in prose.blocks.iter().zip(blocks).enumerate() {
        let offset = block.span.start;
        names.extend(analysis.names.placed(offset));
        for sentence in &analysis.sentences {
            sentences.push(Sentence {
                span: sentence.span.shift(offset),
                block: index,
            });
            analysed.push((offset, sentence));

            weasels.extend(sentence.weasels.iter().map(|w| Weasel {
                span: w.span.shift(offset),
                kind: w.kind,
            }));
        }
    }
    // Quotations and attribution do not read the entities: on a large document they run on a
    // second core while the names are grouped (the same work either way).
    let quotes_and_attribution = || {
        let quotes = quotes::find_quotations(&prose.text, &prose.blocks);
        let attributions = attribution::attribute(
            &prose.text,
            &prose.blocks,
            blocks,
            &quotes,
            config,
            !no_shortcuts,
        );
        (quotes, attributions)
    };
    let grouping = || {
        let capitalized = capitalized_words(&prose, blocks, keys).filter(|_| !no_shortcuts);
        entities::group_prepared(
            &prose.text,
            names,
            capitalized.as_deref(),
            &config.entities.known,
            Some(memo),
            // Without shortcuts, every title before a person's name is read in the document.
            no_shortcuts,
        )
    };
    let (entities, (quotes, mut attributions)) = join_on_two_cores(
        prose.text.len() >= PARALLEL_MIN_BYTES,
        grouping,
        quotes_and_attribution,
    );
    let mut claims = sourcing::claims(
        &prose,
        &sentences,
        &analysed,
        &quotes,
        &attributions,
        &entities.mentions,
    );
    sourcing::attribute_holders_and_acts(&prose.text, &quotes, &mut attributions, &mut claims);
    if !config.attribution.report_every_frame {
        sourcing::drop_unlikely_reports(&prose.text, &mut attributions, &mut claims);
    }
    sourcing::unsource_agentless_and_relative_acts(&prose.text, &attributions, &mut claims);
    // Once the acts are attributions too: their sources are named like the others'.
    attribution::resolve_speakers(
        &prose.text,
        &mut attributions,
        &named_mentions(&prose, &entities),
    );
    // Last, on the attributions as `Analysis` holds them: what the says-who model was
    // trained on (`says_who_training` reads them there).
    says_who::weigh(
        &prose.text,
        &sentences,
        &analysed,
        &attributions,
        &weasels,
        &mut claims,
    );
    Analysis {
        prose,
        sentences,
        quotes,
        attributions,
        claims,
        weasels,
        entities,
    }
}

/// Every maximal run of alphanumerics in the document that begins with a capital, from the
/// blocks' lists, when those are the document's: no block touches a letter or digit outside
/// it and there are none between blocks (else `None`, and grouping walks the text).
fn capitalized_words<'b>(
    prose: &Prose,
    blocks: &'b [Arc<BlockAnalysis>],
    keys: &[u64],
) -> Option<Vec<CapitalizedBlock<'b>>> {
    let text = &prose.text;
    if u32::try_from(text.len()).is_err() {
        return None;
    }
    let alphanumeric = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // Bytes outside ASCII might be letters: only spaces and ASCII punctuation pass.
    let clean_gap = |gap: &str| !gap.bytes().any(|b| b >= 0x80 || b.is_ascii_alphanumeric());
    let mut words = Vec::with_capacity(blocks.len());
    let mut previous_end = 0;
    for ((block, analysis), &key) in prose.blocks.iter().zip(blocks).zip(keys) {
        let span = block.span;
        if span.start < previous_end
            || !clean_gap(&text[previous_end..span.start])
            || alphanumeric(text[..span.start].chars().next_back())
            || alphanumeric(text[span.end..].chars().next())
        {
            return None;
        }
        words.push(CapitalizedBlock {
            key,
            span,
            words: &analysis.names.capitalized,
        });
        previous_end = span.end;
    }
    clean_gap(&text[previous_end..]).then_some(words)
}

/// The entity mentions as the attribution layer reads them, in document order. The writer's
/// name on a byline is left out: no "she" in the copy stands for the reporter.
pub fn named_mentions<'e>(
    prose: &Prose,
    entities: &'e Entities,
) -> Vec<attribution::NamedMention<'e>> {
    use attribution::MentionLabel;
    // "Lorna Fitch" alone on a line between the headline and the first paragraph credits the
    // writer as "By Lorna Fitch" does.
    let name_alone = |block: &Block| {
        let written = prose.block_text(*block).trim();
        let first = (entities.mentions).partition_point(|m| m.span.start < block.span.start);
        (entities.mentions[first..].iter())
            .take_while(|m| m.span.start < block.span.end)
            .any(|m| m.label == EntityLabel::Per && m.span.slice(&prose.text) == written)
    };
    // The headline, a standfirst and the credits: a byline sits among the first lines.
    let heads = (prose.blocks.iter())
        .take(MAX_CREDIT_LINES)
        .take_while(|b| b.kind == BlockKind::Heading)
        .count();
    let bylines: Vec<Span> = (prose.blocks.iter())
        .enumerate()
        .filter(|(i, b)| {
            b.kind == BlockKind::Heading
                && (is_a_byline(prose.block_text(**b)) || (1..heads).contains(i) && name_alone(b))
        })
        .map(|(_, b)| b.span)
        .collect();
    let on_a_byline = |span: Span| {
        let next = bylines.partition_point(|b| b.end <= span.start);
        bylines.get(next).is_some_and(|b| b.contains_span(span))
    };
    entities
        .mentions
        .iter()
        .filter(|m| !on_a_byline(m.span) && !is_time_zone(&prose.text, m.span))
        .map(|m| attribution::NamedMention {
            span: m.span,
            label: match m.label {
                EntityLabel::Per => MentionLabel::Person,
                EntityLabel::Org => MentionLabel::Organisation,
                EntityLabel::Loc => MentionLabel::Location,
                EntityLabel::Misc => MentionLabel::Misc,
            },
            canonical: &entities.referents[m.referent].canonical,
        })
        .collect()
}

/// "18.40 GMT", "9am EST", "at 14:00 UTC": a time zone after a clock time, whatever the entity
/// layer took it for, names nobody a pronoun could stand for ("It describes …" is no "GMT").
fn is_time_zone(text: &str, span: Span) -> bool {
    let zone = span.slice(text);
    if !(2..=5).contains(&zone.len()) || !zone.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let before = text[..span.start].trim_end_matches(' ');
    matches!(zone, "GMT" | "UTC")
        || before.ends_with(|c: char| c.is_ascii_digit())
            && before
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .ends_with([':', '.'])
        || ["am", "pm", "a.m.", "p.m."].iter().any(|m| {
            before
                .strip_suffix(m)
                .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
        })
}

/// How many lines may open a piece before its first paragraph with a byline among them.
const MAX_CREDIT_LINES: usize = 4;

/// "By Dana Whitcombe", "by Staff Reporter and Ana Ruiz": a short line that credits the writer.
fn is_a_byline(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    line.get(..3)
        .is_some_and(|by| by.eq_ignore_ascii_case("by "))
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

    #[test]
    fn a_large_cold_analysis_on_two_threads_equals_one_thread() {
        let article = include_str!("../../examples/foreign-policy-concept.txt");
        let source = article.repeat(PARALLEL_MIN_BYTES / article.len() + 2);
        let config = Config::default();
        let prose = Prose::parse(&source, Format::PlainText);
        let all: Vec<usize> = (0..prose.blocks.len()).collect();
        let one_thread: Vec<BlockAnalysis> = (prose.blocks.iter())
            .map(|b| analyze_block(prose.block_text(*b), b.kind, Format::PlainText, &config))
            .collect();
        let split: Vec<BlockAnalysis> = (analyze_blocks(&prose, &all, Format::PlainText, &config))
            .into_iter()
            .map(|b| (*b).clone())
            .collect();
        assert!(source.len() >= PARALLEL_MIN_BYTES);
        assert_eq!(split, one_thread);
    }
}
