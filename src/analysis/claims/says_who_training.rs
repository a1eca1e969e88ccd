//! Training and held-out figures of the says-who model (`says_who.rs`), for
//! `examples/train_claims.rs`: from articles whose sentences are labelled for "would an editor
//! ask: says who?". Like `training.rs` it does no I/O; the example reads the labels.
//!
//! Every article goes through the shipped pipeline (`analyze`), so each unsourced, unquoted
//! claim is read as the analysis reads it; the model learns to tell, among those, the ones
//! the labels say an editor would question. A labelled sentence is flagged when one of its
//! claims is, as `tests/articles.rs` counts it.

use super::lexicon::NormalizedSentence;
use super::model::{LinearModel, HASH_BUCKETS};
use super::says_who::{add_reading_features, add_word_features, SAYS_WHO_DENSE_FEATURES};
use super::training::{byte_offsets, parse_jsonl, train, Counts, Example, Training};
use crate::analysis::{analyze, says_who, Span};
use crate::config::Config;
use crate::text::{tokenize, Format};

/// Few epochs: the labels are a few thousand sentences, and the words would learn them by
/// heart. Each invented set held out (`examples/train_claims.rs`), P / R at 0.5 by epochs and
/// step, measured on the model's first features (pairs of words too, nothing settled before
/// it): 6 and 0.05, 0.770 / 0.613; 3 and 0.05, 0.780 / 0.618; 2 and 0.05, 0.784 / 0.613; 3 and
/// 0.1, 0.768 / 0.610; L2 from 1e-5 to 1e-2 moved nothing. Ten orders averaged, so that one
/// more labelled sentence does not redraw the model (twenty: 0.780 / 0.618 too).
pub const SAYS_WHO_TRAINING: Training = Training {
    epochs: 3,
    learning_rate: 0.05,
    l2: 1e-4,
    positive_weight: 1.0,
    shift: 0.0,
    orders: 10,
};

/// A sentence labelled for "says who?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LabelledSentence {
    pub span: Span,
    pub says_who: bool,
}

/// An article with labelled sentences; `group` is the set it is held out with.
#[derive(Clone)]
pub struct SaysWhoArticle {
    pub group: String,
    pub text: String,
    pub labels: Vec<LabelledSentence>,
}

/// Where `words` (whitespace-separated) next occur in `text` from byte `from`, any run of
/// whitespace in the text matching any between the words: labels cite a sentence's first
/// words on one line, the article may break them over two.
pub fn find_words(text: &str, words: &str, from: usize) -> Option<usize> {
    let words: Vec<&str> = words.split_whitespace().collect();
    let first = *words.first()?;
    let mut search = from;
    while let Some(found) = text.get(search..)?.find(first) {
        let start = search + found;
        let mut at = start + first.len();
        let matched = words[1..].iter().all(|word| {
            let rest = &text[at..];
            let gap = rest.len() - rest.trim_start().len();
            if gap == 0 || !rest[gap..].starts_with(word) {
                return false;
            }
            at += gap + word.len();
            true
        });
        if matched {
            return Some(start);
        }
        search = start + first.len();
    }
    None
}

/// The sentences of a `NAME.claims` file of `tests/articles/`: one line per sentence,
/// `true|false FIRST WORDS[ # note]`; each sentence runs to the next one's first words.
pub fn labelled_sentences(text: &str, labels: &str) -> Result<Vec<LabelledSentence>, String> {
    let mut sentences: Vec<LabelledSentence> = Vec::new();
    let mut from = 0;
    for line in labels.lines().filter(|l| !l.trim().is_empty()) {
        let line = line.split(" # ").next().unwrap_or(line);
        let (label, words) = line.split_once(' ').unwrap_or((line, ""));
        let says_who = match label {
            "true" => true,
            "false" => false,
            other => return Err(format!("label {other:?} is neither true nor false")),
        };
        let start = find_words(text, words, from)
            .ok_or_else(|| format!("{words:?} not found after byte {from}"))?;
        if let Some(last) = sentences.last_mut() {
            last.span.end = start;
        }
        sentences.push(LabelledSentence {
            span: Span::new(start, text.len()),
            says_who,
        });
        from = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    Ok(sentences)
}

/// The PolNeAR articles of `data_jsonl` that `labels_jsonl` labels (`.ci/says_who_*.jsonl`:
/// one sentence a line, `doc`, `start`, `end` in code points, `says_who`), in one group.
pub fn polnear_articles(
    data_jsonl: &str,
    labels_jsonl: &str,
    group: &str,
) -> Result<Vec<SaysWhoArticle>, String> {
    let labels = parse_jsonl(labels_jsonl, "says-who labels")?;
    let mut articles = Vec::new();
    for doc in parse_jsonl(data_jsonl, "PolNeAR")? {
        let id = doc["id"]
            .as_str()
            .ok_or("a PolNeAR article without an id")?;
        let text = doc["text"]
            .as_str()
            .ok_or("a PolNeAR article without text")?;
        let offsets = byte_offsets(text);
        let byte = |label: &serde_json::Value, key: &str| {
            (label[key].as_u64())
                .and_then(|point| offsets.get(point as usize).copied())
                .ok_or_else(|| format!("{id}: a label's {key} is not in the article"))
        };
        let mut sentences = Vec::new();
        for label in labels.iter().filter(|l| l["doc"] == id) {
            sentences.push(LabelledSentence {
                span: Span::new(byte(label, "start")?, byte(label, "end")?),
                says_who: label["says_who"]
                    .as_bool()
                    .ok_or("a label without says_who")?,
            });
        }
        if !sentences.is_empty() {
            sentences.sort_by_key(|s| s.span.start);
            articles.push(SaysWhoArticle {
                group: group.to_string(),
                text: text.to_string(),
                labels: sentences,
            });
        }
    }
    Ok(articles)
}

/// An article as the model sees it: per claim it decides, its input and the labelled sentence
/// it lies in.
pub struct ReadArticle {
    pub group: String,
    /// Its index in the articles given to `says_who`.
    pub index: usize,
    pub claims: Vec<ReadClaim>,
    /// Per labelled sentence: the label, whether the hand-set rule flags it, and whether a
    /// claim in it is flagged before the model reads it (`says_who::settled`).
    pub labels: Vec<(bool, bool, bool)>,
}

/// A claim the model decides: its input, the labelled sentence it lies in, and features tried
/// beside the shipped ones (`experiment`: a group number, a feature index, a value).
pub struct ReadClaim {
    pub example: Example,
    pub label: usize,
    pub experiment: Vec<(u8, u32, f32)>,
}

/// Dense features tried beside the shipped ones take indices from here.
pub const EXPERIMENT_DENSE: usize = 64;

fn read(index: usize, article: &SaysWhoArticle) -> ReadArticle {
    let analysis = analyze(&article.text, Format::PlainText, &Config::default());
    let text = &analysis.prose.text;
    let decisions = says_who::decisions_of(&analysis);
    let label_of = |span: Span| {
        (article.labels.iter()).position(|l| l.span.start <= span.start && span.start < l.span.end)
    };
    let mut labels: Vec<(bool, bool, bool)> = (article.labels.iter())
        .map(|l| (l.says_who, false, false))
        .collect();
    let context = super::says_who_experiment::Context::new(&analysis);
    let mut claims = Vec::new();
    for (claim, decision) in analysis.claims.iter().zip(decisions) {
        let Some(label) = label_of(claim.span) else {
            continue;
        };
        let reading = match decision {
            says_who::Decision::Weigh(reading) => reading,
            // Hearsay, say, is flagged whatever the model reads.
            says_who::Decision::Settled(flagged) => {
                labels[label].2 |= flagged;
                continue;
            }
        };
        labels[label].1 |= reading.by_rule;
        // The claim's own words: a clause before a report is read without the report's.
        let tokens = tokenize(text, claim.span);
        let normalized = NormalizedSentence::new(text, &tokens);
        let mut features = Vec::new();
        add_word_features(&normalized, &mut features);
        add_reading_features(&reading, &mut features);
        let positive = article.labels[label].says_who;
        let experiment =
            context.features(claim.sentence, &normalized, SAYS_WHO_DENSE_FEATURES.len());
        claims.push(ReadClaim {
            example: Example { features, positive },
            label,
            experiment,
        });
    }
    ReadArticle {
        group: article.group.clone(),
        index,
        claims,
        labels,
    }
}

/// Every article read through the shipped pipeline.
pub fn read_articles(articles: &[SaysWhoArticle]) -> Vec<ReadArticle> {
    articles
        .iter()
        .enumerate()
        .map(|(i, a)| read(i, a))
        .collect()
}

/// A labelled sentence as the model that never saw its group reads it.
pub struct HeldOutSentence {
    /// The article's index in the articles given to `says_who`.
    pub article: usize,
    pub span: Span,
    pub says_who: bool,
    /// Flagged before the model reads it (`says_who::settled`).
    pub settled: bool,
    /// The highest logit among the sentence's claims the model decides; `None` when it decides
    /// none (the sentence holds no unsourced claim, or only settled ones).
    pub logit: Option<f32>,
}

impl HeldOutSentence {
    /// Whether it is flagged when the model flags logits of `threshold` and above.
    pub fn flagged_at(&self, threshold: f32) -> bool {
        self.settled || self.logit.is_some_and(|logit| logit >= threshold)
    }
}

pub struct SaysWhoReport {
    pub model: LinearModel,
    /// Per group held out: the figures of the model trained on all other articles, and of the
    /// hand-set rule, per labelled sentence.
    pub held_out: Vec<(String, Counts, Counts)>,
    /// Every labelled sentence of the groups held out, read by its group's held-out model: for
    /// studying the errors and other thresholds than 0.
    pub held_out_sentences: Vec<HeldOutSentence>,
    /// How many claims the model decides in the training data.
    pub examples: usize,
}

impl SaysWhoReport {
    /// The held-out figures summed over the groups: (model, rule).
    pub fn pooled(&self) -> (Counts, Counts) {
        let mut sum = (Counts::default(), Counts::default());
        for (_, model, rule) in &self.held_out {
            sum.0.merge(model);
            sum.1.merge(rule);
        }
        sum
    }
}

/// Trains the model on all `articles`; each group `hold_out` accepts is also held out in turn
/// (trained on everything else) for figures it never saw.
pub fn says_who(articles: &[SaysWhoArticle], hold_out: impl Fn(&str) -> bool) -> SaysWhoReport {
    let read = read_articles(articles);
    let shipped = |claim: &ReadClaim| claim.example.clone();
    held_out_with(
        articles,
        &read,
        &hold_out,
        &|_| true,
        SAYS_WHO_TRAINING,
        SAYS_WHO_DENSE_FEATURES.len(),
        &shipped,
    )
}

/// [`says_who`] on articles already read, trained on the groups `train_on` accepts, with other
/// settings and the input `input` builds from each claim (for trying features:
/// `examples/train_claims_sweep.rs`).
pub fn held_out_with(
    articles: &[SaysWhoArticle],
    read: &[ReadArticle],
    hold_out: &dyn Fn(&str) -> bool,
    train_on: &dyn Fn(&str) -> bool,
    settings: Training,
    dense: usize,
    input: &dyn Fn(&ReadClaim) -> Example,
) -> SaysWhoReport {
    let inputs: Vec<Vec<Example>> = (read.iter())
        .map(|a| a.claims.iter().map(input).collect())
        .collect();
    let mut groups: Vec<&str> = read.iter().map(|a| a.group.as_str()).collect();
    groups.sort_unstable();
    groups.dedup();
    groups.retain(|g| hold_out(g));
    let examples = |keep: &dyn Fn(&ReadArticle) -> bool| -> Vec<&Example> {
        (read
            .iter()
            .zip(&inputs)
            .filter(|(a, _)| keep(a) && train_on(&a.group)))
        .flat_map(|(_, inputs)| inputs.iter())
        .collect()
    };
    let mut held_out_sentences = Vec::new();
    let held_out = groups
        .iter()
        .map(|&group| {
            let model = train(&examples(&|a| a.group != group), dense, settings);
            let (mut by_model, mut by_rule) = (Counts::default(), Counts::default());
            for (article, inputs) in read.iter().zip(&inputs).filter(|(a, _)| a.group == group) {
                let mut logits: Vec<Option<f32>> = vec![None; article.labels.len()];
                for (claim, example) in article.claims.iter().zip(inputs) {
                    let logit = model.logit(&example.features);
                    let label = claim.label;
                    logits[label] = Some(logits[label].map_or(logit, |l| l.max(logit)));
                }
                let labels = &articles[article.index].labels;
                for ((&(says_who, rule, settled), logit), label) in
                    article.labels.iter().zip(logits).zip(labels)
                {
                    let sentence = HeldOutSentence {
                        article: article.index,
                        span: label.span,
                        says_who,
                        settled,
                        logit,
                    };
                    by_model.add(sentence.flagged_at(0.0), says_who);
                    by_rule.add(rule || settled, says_who);
                    held_out_sentences.push(sentence);
                }
            }
            (group.to_string(), by_model, by_rule)
        })
        .collect();
    let all = examples(&|_| true);
    SaysWhoReport {
        model: train(&all, dense, settings),
        held_out,
        held_out_sentences,
        examples: all.len(),
    }
}

/// The dense weights by name, for the training report.
pub fn dense_weights(model: &LinearModel) -> Vec<(&'static str, f32)> {
    (SAYS_WHO_DENSE_FEATURES.iter())
        .enumerate()
        .map(|(i, name)| (*name, model.weights[HASH_BUCKETS as usize + i]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_run_from_their_first_words_to_the_next_ones() {
        let text = "Prices rose 40% last year.\nThe mayor said \"no\".\n";
        let labels = "true Prices rose\nfalse The mayor  # a quotation\n";
        let sentences = labelled_sentences(text, labels).unwrap();
        assert_eq!(sentences.len(), 2);
        assert_eq!(
            sentences[0].span.slice(text),
            "Prices rose 40% last year.\n"
        );
        assert!(sentences[0].says_who && !sentences[1].says_who);
        assert_eq!(sentences[1].span.end, text.len());
        assert!(labelled_sentences(text, "maybe Prices").is_err());
        assert!(labelled_sentences(text, "true Rents fell").is_err());
    }

    #[test]
    fn first_words_match_across_line_breaks() {
        let text = "Headline\n\nThe mayor said\nthe road would open. It did.";
        assert_eq!(find_words(text, "The mayor said the road", 0), Some(10));
        assert_eq!(find_words(text, "It did.", 0), Some(46));
        assert_eq!(find_words(text, "the mayor", 0), None);
        assert_eq!(find_words(text, "The mayor", 11), None);
        // The next search starts one character, not one byte, after the last sentence's start.
        let quoted = "“Yes.” “No.”";
        let sentences = labelled_sentences(quoted, "false “Yes.”\ntrue “No.”").unwrap();
        assert_eq!(sentences[1].span.start, "“Yes.” ".len());
    }

    #[test]
    fn polnear_labels_count_code_points() {
        let data = r#"{"id": "a", "text": "Café prices rose 40%. Nobody knows why."}"#;
        let labels = r#"{"doc": "a", "start": 22, "end": 38, "says_who": true}"#;
        let articles = polnear_articles(data, labels, "polnear").unwrap();
        let article = &articles[0];
        assert_eq!(
            article.labels[0].span.slice(&article.text),
            "Nobody knows why"
        );
    }
}
