//! Training and cross-validation of the claim models, shared by
//! `examples/train_claims.rs` (which writes the weights) and `tests/claims_floors.rs` (which
//! asserts the held-out figures). They read the data from outside the project at run time
//! (`examples/claims_data`) and pass its text in: like the rest of `analysis`, this module does
//! no I/O.
//!
//! Both evaluations go through the analysis' own path (`Prose::parse`, sentences, tokens,
//! [`score_sentence_with`], [`find_weasels_with`]) and score as `shared/eval/score.py` does,
//! so the figures are what `newslint analyze` would get on unseen debates and sentences.

use serde_json::Value;

use super::lexicon::NormalizedSentence;
use super::model::{sigmoid, Features, LinearModel};
use super::reported::reported_features;
use super::source_cue::{cue_features, read_cues_with, CueWords, SOURCES_AT};
use super::{
    claim_features, find_weasels_with, score_sentence_with, weasel_features, CLAIM_DENSE_FEATURES,
    REPORTED_DENSE_FEATURES, WEASEL_DENSE_FEATURES,
};
use crate::analysis::attribution::SourcesWords;
use crate::analysis::{analyze, Span};
use crate::config::Config;
use crate::text::{split_sentences, tokenize, BlockKind, Format, Prose};

/// Logistic regression by stochastic gradient descent with AdaGrad step sizes.
#[derive(Debug, Clone, Copy)]
pub struct Training {
    pub epochs: usize,
    pub learning_rate: f32,
    pub l2: f32,
    /// Loss weight of a positive example.
    pub positive_weight: f32,
    /// Added to the trained bias (see the two settings below).
    pub shift: f32,
    /// How many shuffles of the examples are trained and their weights averaged. One order is
    /// one draw: adding or dropping a single example reshuffles them all, and the weights it
    /// trains move with it.
    pub orders: usize,
}

/// Check-worthiness. Fewer epochs and a small step size act as regularisation: larger ones
/// fit the training debates and lose held-out MAP (lr 0.05: 0.15, 0.2: 0.13).
///
/// The shift makes 0.5 mean "an editor would ask: says who?" in news prose. Debate lines are
/// mostly talk; CLEF's annotators marked only the claims fact-checkers took up (2.7%).
/// Leave-one-debate-out F1 of `score >= 0.5` on CLEF by shift (with the cue prior of
/// `score_sentence`): 0.201 (+0.8), 0.193 (+1.0), 0.185 (+1.2), 0.155 (+1.5), flagging 6.3%,
/// 7.9%, 10.1% and 14.6% of lines. +1.2 stays near CLEF's best F1 while news sentences with a
/// cue ("has sparked outrage", "the largest employer") reach 0.5 and plain narration ("She
/// walked to the podium") does not.
pub const CHECKWORTHY_TRAINING: Training = Training {
    epochs: 8,
    learning_rate: 0.02,
    l2: 1e-4,
    positive_weight: 4.0,
    shift: 1.2,
    orders: 1,
};

/// The weasel sentence model. A vague cue word must be present as well, so the gate can lean
/// towards "vague": 5-fold accuracy / F1 by shift: −0.3: 0.760 / 0.746, 0: 0.768 / 0.766,
/// +0.3: 0.781 / 0.790, +0.6: 0.772 / 0.789. The step size, epochs and L2 were tried too and
/// change little (L2 1e-5 to 3e-3: accuracy within 0.001); 20 epochs or a step of 0.3 overfit.
pub const WEASEL_TRAINING: Training = Training {
    epochs: 5,
    learning_rate: 0.1,
    l2: 1e-4,
    positive_weight: 1.0,
    shift: 0.3,
    orders: 1,
};

/// The source-cue token model: most tokens are not cues (9 in 10 candidates), and plain
/// step sizes learn them well; no shift, so 0.5 means "more likely a cue than not".
pub const SOURCE_CUE_TRAINING: Training = Training {
    epochs: 4,
    learning_rate: 0.1,
    l2: 1e-6,
    positive_weight: 1.0,
    shift: 0.0,
    orders: 1,
};

/// The reported-sentence model: a third of PolNeAR's sentences carry no attribution, and
/// plain step sizes learn them; no shift, so 0.5 means "more likely attributed than not".
/// Its reading decides which unsourced sentences are flagged, so one draw showed in every
/// figure: single orders gave says-who dev 41 to 44 right of 55 to 61 flagged, and the share
/// on PolNeAR dev 0.738 to 0.755. Ten orders averaged: dev 44 of 59, train 185 of 286, share
/// dev 0.7534, train 0.8069. Twenty (measured a few rules earlier, against ten's 44 of 59, 186
/// of 287, 0.7534, 0.8068): 44 of 59, 187 of 288, 0.7512, 0.8071, and "Every 72 minutes, a
/// veteran commits suicide." no longer reads as unreported enough to flag.
pub const REPORTED_TRAINING: Training = Training {
    epochs: 4,
    learning_rate: 0.1,
    l2: 1e-5,
    positive_weight: 1.0,
    shift: 0.0,
    orders: 10,
};

#[derive(Clone)]
pub struct Example {
    pub features: Features,
    pub positive: bool,
}

pub fn train(examples: &[&Example], dense_features: usize, settings: Training) -> LinearModel {
    let orders = settings.orders.max(1);
    let mut average = LinearModel::zeros(dense_features);
    for draw in 0..orders {
        let model = train_in_order(examples, dense_features, settings, draw as u64);
        average.bias += model.bias / orders as f32;
        for (sum, weight) in average.weights.iter_mut().zip(&model.weights) {
            *sum += weight / orders as f32;
        }
    }
    average.bias += settings.shift;
    average
}

/// One AdaGrad run over `examples`, shuffled anew each epoch from the seed of `draw`.
fn train_in_order(
    examples: &[&Example],
    dense_features: usize,
    settings: Training,
    draw: u64,
) -> LinearModel {
    let mut model = LinearModel::zeros(dense_features);
    let mut squared = vec![1e-6f32; model.weights.len()];
    let mut bias_squared = 1e-6f32;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = 0x9e37_79b9_7f4a_7c15u64 ^ draw.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    for _ in 0..settings.epochs {
        shuffle(&mut order, &mut rng);
        for &i in &order {
            let example = examples[i];
            let p = sigmoid(model.logit(&example.features));
            let (target, weight) = if example.positive {
                (1.0, settings.positive_weight)
            } else {
                (0.0, 1.0)
            };
            let gradient = (p - target) * weight;
            for &(index, value) in &example.features {
                let index = index as usize;
                let g = gradient * value + settings.l2 * model.weights[index];
                squared[index] += g * g;
                model.weights[index] -= settings.learning_rate * g / squared[index].sqrt();
            }
            bias_squared += gradient * gradient;
            model.bias -= settings.learning_rate * gradient / bias_squared.sqrt();
        }
    }
    model
}

/// Deterministic Fisher–Yates with xorshift, so that every run trains the same weights.
fn shuffle(order: &mut [usize], state: &mut u64) {
    for i in (1..order.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        order.swap(i, (*state % (i as u64 + 1)) as usize);
    }
}

/// One JSON value a line; `name` says which file in errors.
pub(crate) fn parse_jsonl(jsonl: &str, name: &str) -> Result<Vec<Value>, String> {
    jsonl
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).map_err(|e| format!("{name}: {e}")))
        .collect()
}

/// A sentence as the analysis sees it.
struct Sentence {
    span: Span,
    block: BlockKind,
}

fn sentences(text: &str) -> Vec<Sentence> {
    let prose = Prose::parse(text, Format::PlainText);
    let mut out = Vec::new();
    for block in &prose.blocks {
        for span in split_sentences(&prose.text, block.span, Format::PlainText.line_breaks()) {
            out.push(Sentence {
                span,
                block: block.kind,
            });
        }
    }
    out
}

struct Debate {
    id: String,
    text: String,
    /// Gold lines as byte spans, with their labels.
    lines: Vec<(Span, bool)>,
    sentences: Vec<Sentence>,
    /// Per sentence: features, and whether it overlaps a check-worthy line.
    examples: Vec<Example>,
}

fn load_debates(jsonl: &str) -> Result<Vec<Debate>, String> {
    parse_jsonl(jsonl, "clef2019_train.jsonl")?
        .into_iter()
        .map(|doc| {
            let text = doc["text"]
                .as_str()
                .ok_or("a debate without text")?
                .to_string();
            let offsets = byte_offsets(&text);
            let at = |line: &Value, key: &str| {
                line[key]
                    .as_u64()
                    .and_then(|i| offsets.get(i as usize).copied())
                    .ok_or_else(|| format!("bad {key} offset"))
            };
            let lines = doc["lines"]
                .as_array()
                .ok_or("a debate without lines")?
                .iter()
                .map(|line| {
                    Ok((
                        Span::new(at(line, "start")?, at(line, "end")?),
                        line["label"] == 1,
                    ))
                })
                .collect::<Result<Vec<_>, String>>()?;
            let sentences = sentences(&text);
            let examples = sentences
                .iter()
                .map(|s| Example {
                    features: claim_features(&text, &tokenize(&text, s.span)),
                    positive: lines.iter().any(|(l, label)| *label && l.overlaps(s.span)),
                })
                .collect();
            Ok(Debate {
                id: doc["id"].as_str().unwrap_or("?").to_string(),
                text,
                lines,
                sentences,
                examples,
            })
        })
        .collect()
}

/// The data's spans count code points: the byte offset of each, and of the end.
pub(crate) fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// Each gold line gets the highest score of the sentences overlapping it, as the scorer does.
fn line_scores(model: &LinearModel, debate: &Debate) -> Vec<f32> {
    let scores: Vec<f32> = debate
        .sentences
        .iter()
        .map(|s| {
            let tokens = tokenize(&debate.text, s.span);
            score_sentence_with(model, &debate.text, s.span, &tokens, s.block).score
        })
        .collect();
    debate
        .lines
        .iter()
        .map(|(line, _)| {
            debate
                .sentences
                .iter()
                .zip(&scores)
                .filter(|(s, _)| s.span.overlaps(*line))
                .map(|(_, score)| *score)
                .fold(0.0, f32::max)
        })
        .collect()
}

/// Average precision and precision at 10 of one debate, ranked by score with a stable sort
/// (ties keep line order), as CLEF's scorer does.
fn ranking_figures(scores: &[f32], labels: &[bool]) -> (f64, f64) {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let relevant = labels.iter().filter(|l| **l).count();
    let (mut hits, mut precision_sum, mut at_10) = (0, 0.0, 0);
    for (rank, &i) in order.iter().enumerate() {
        if labels[i] {
            hits += 1;
            precision_sum += hits as f64 / (rank + 1) as f64;
            if rank < 10 {
                at_10 += 1;
            }
        }
    }
    let average_precision = if relevant == 0 {
        0.0
    } else {
        precision_sum / relevant as f64
    };
    (average_precision, at_10 as f64 / 10.0)
}

/// A binary confusion matrix.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub true_positive: usize,
    pub false_positive: usize,
    pub false_negative: usize,
    pub true_negative: usize,
}

impl Counts {
    pub fn add(&mut self, predicted: bool, gold: bool) {
        match (predicted, gold) {
            (true, true) => self.true_positive += 1,
            (true, false) => self.false_positive += 1,
            (false, true) => self.false_negative += 1,
            (false, false) => self.true_negative += 1,
        }
    }

    pub fn merge(&mut self, other: &Counts) {
        self.true_positive += other.true_positive;
        self.false_positive += other.false_positive;
        self.false_negative += other.false_negative;
        self.true_negative += other.true_negative;
    }

    pub fn precision(&self) -> f64 {
        self.true_positive as f64 / (self.true_positive + self.false_positive).max(1) as f64
    }

    pub fn recall(&self) -> f64 {
        self.true_positive as f64 / (self.true_positive + self.false_negative).max(1) as f64
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    fn total(&self) -> usize {
        self.true_positive + self.false_positive + self.false_negative + self.true_negative
    }

    pub fn accuracy(&self) -> f64 {
        (self.true_positive + self.true_negative) as f64 / self.total().max(1) as f64
    }

    /// Share of items predicted positive.
    pub fn flagged(&self) -> f64 {
        (self.true_positive + self.false_positive) as f64 / self.total().max(1) as f64
    }
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "P {:.3}  R {:.3}  F1 {:.3}  accuracy {:.3}  flagged {:.3}",
            self.precision(),
            self.recall(),
            self.f1(),
            self.accuracy(),
            self.flagged()
        )
    }
}

pub struct CheckworthinessReport {
    /// Per held-out debate: id, average precision, precision at 10.
    pub debates: Vec<(String, f64, f64)>,
    pub mean_average_precision: f64,
    pub precision_at_10: f64,
    /// Gold lines against `score >= 0.5`, over all held-out debates.
    pub at_half: Counts,
    /// Sentences the analysis splits the debates into.
    pub sentences: usize,
    /// Trained on every debate: the model to ship.
    pub model: LinearModel,
}

/// Leave-one-debate-out on the text of `clef2019_train.jsonl`, then a model trained on all.
pub fn checkworthiness(clef_jsonl: &str) -> Result<CheckworthinessReport, String> {
    let debates = load_debates(clef_jsonl)?;
    let dense = CLAIM_DENSE_FEATURES.len();
    let mut report = CheckworthinessReport {
        debates: Vec::new(),
        mean_average_precision: 0.0,
        precision_at_10: 0.0,
        at_half: Counts::default(),
        sentences: debates.iter().map(|d| d.sentences.len()).sum(),
        model: train(
            &debates.iter().flat_map(|d| &d.examples).collect::<Vec<_>>(),
            dense,
            CHECKWORTHY_TRAINING,
        ),
    };
    for (held_out, debate) in debates.iter().enumerate() {
        let training: Vec<&Example> = debates
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != held_out)
            .flat_map(|(_, d)| &d.examples)
            .collect();
        let model = train(&training, dense, CHECKWORTHY_TRAINING);
        let scores = line_scores(&model, debate);
        let labels: Vec<bool> = debate.lines.iter().map(|(_, l)| *l).collect();
        let (average_precision, at_10) = ranking_figures(&scores, &labels);
        report
            .debates
            .push((debate.id.clone(), average_precision, at_10));
        for (score, label) in scores.iter().zip(&labels) {
            report.at_half.add(*score >= 0.5, *label);
        }
    }
    let n = report.debates.len().max(1) as f64;
    report.mean_average_precision = report.debates.iter().map(|d| d.1).sum::<f64>() / n;
    report.precision_at_10 = report.debates.iter().map(|d| d.2).sum::<f64>() / n;
    Ok(report)
}

pub struct WeaselReport {
    /// Gold labels against "a weasel phrase is reported in the sentence", held out.
    pub phrases: Counts,
    /// Gold labels against the sentence model alone (`p >= 0.5`), held out.
    pub sentence_model: Counts,
    /// Trained on every sentence: the model to ship.
    pub model: LinearModel,
}

pub const WEASEL_FOLDS: usize = 5;

/// 5-fold cross-validation on the text of `weasel_dev.jsonl`, then a model trained on all.
pub fn weasels(weasel_jsonl: &str) -> Result<WeaselReport, String> {
    let rows = parse_jsonl(weasel_jsonl, "weasel_dev.jsonl")?;
    let texts: Vec<&str> = rows
        .iter()
        .map(|r| r["text"].as_str().unwrap_or(""))
        .collect();
    let examples: Vec<Example> = rows
        .iter()
        .zip(&texts)
        .map(|(row, text)| Example {
            features: weasel_features(text, &tokenize(text, Span::new(0, text.len()))),
            positive: row["label"] == 1,
        })
        .collect();
    // What the rule leaves to the sources (quotations, what a named source said) does not
    // depend on the weasel model: read once.
    let sources: Vec<SourcesWords> = texts.iter().map(|text| sources_words(text)).collect();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    shuffle(&mut order, &mut 0x2545_f491_4f6c_dd1d);
    let fold_of = |i: usize| order[i] % WEASEL_FOLDS;
    let dense = WEASEL_DENSE_FEATURES.len();
    let (mut phrases, mut sentence_model) = (Counts::default(), Counts::default());
    for fold in 0..WEASEL_FOLDS {
        let training: Vec<&Example> = (0..examples.len())
            .filter(|&i| fold_of(i) != fold)
            .map(|i| &examples[i])
            .collect();
        let model = train(&training, dense, WEASEL_TRAINING);
        for i in (0..examples.len()).filter(|&i| fold_of(i) == fold) {
            let gold = examples[i].positive;
            phrases.add(has_weasel(&model, texts[i], sources[i].clone()), gold);
            sentence_model.add(sigmoid(model.logit(&examples[i].features)) >= 0.5, gold);
        }
    }
    let all: Vec<&Example> = examples.iter().collect();
    Ok(WeaselReport {
        phrases,
        sentence_model,
        model: train(&all, dense, WEASEL_TRAINING),
    })
}

/// The words of `text` that are its sources', as the engine reads them.
fn sources_words(text: &str) -> SourcesWords {
    let analysis = analyze(text, Format::PlainText, &Config::default());
    SourcesWords::new(text, &analysis.quotes, &analysis.attributions)
}

/// Whether `newslint analyze` would put a weasel diagnostic on this document: a weasel phrase
/// that is not its `sources`' (the rule's test for "reportedly" in a sourced sentence aside).
pub fn has_weasel(model: &LinearModel, text: &str, mut sources: SourcesWords) -> bool {
    sentences(text).iter().any(|s| {
        let tokens = tokenize(text, s.span);
        (find_weasels_with(model, text, s.span, &tokens).iter()).any(|w| !sources.own(w))
    })
}

pub struct SourceCueReport {
    /// Candidate words in the training articles, and how many of them are gold cues.
    pub candidates: usize,
    pub cues: usize,
    /// Gold cues against `p >= 0.5` on the held-out articles, if any were given.
    pub held_out: Option<Counts>,
    /// Trained on every training article: the model to ship.
    pub model: LinearModel,
}

/// Trains the source-cue model on PolNeAR articles (`polnear_train.jsonl`): every candidate
/// word of every sentence, positive when a gold attribution's cue covers it. Scores the
/// words of `held_out` (`polnear_dev.jsonl`) the same way.
pub fn source_cues(train_jsonl: &str, held_out: Option<&str>) -> Result<SourceCueReport, String> {
    let examples = cue_examples(train_jsonl, "polnear_train.jsonl")?;
    let all: Vec<&Example> = examples.iter().collect();
    let model = train(&all, 0, SOURCE_CUE_TRAINING);
    let held_out = held_out
        .map(|jsonl| -> Result<Counts, String> {
            let mut counts = Counts::default();
            for example in cue_examples(jsonl, "polnear_dev.jsonl")? {
                let p = sigmoid(model.logit(&example.features));
                counts.add(p >= SOURCES_AT, example.positive);
            }
            Ok(counts)
        })
        .transpose()?;
    Ok(SourceCueReport {
        candidates: examples.len(),
        cues: examples.iter().filter(|e| e.positive).count(),
        held_out,
        model,
    })
}

/// The gold attributions of a PolNeAR article.
fn attributions(doc: &Value) -> impl Iterator<Item = &Value> {
    doc["attributions"].as_array().into_iter().flatten()
}

/// The byte spans of one part of `attributions`: "cue" or "content", each split into its
/// `_parts` when it has them.
fn gold_parts<'a>(
    attributions: impl Iterator<Item = &'a Value>,
    text: &str,
    part: &str,
    name: &str,
) -> Result<Vec<Span>, String> {
    let offsets = byte_offsets(text);
    let at = |v: &Value| v.as_u64().and_then(|i| offsets.get(i as usize).copied());
    let mut spans = Vec::new();
    for attribution in attributions {
        let parts = match attribution[format!("{part}_parts")].as_array() {
            Some(parts) => parts.clone(),
            None => vec![attribution[part].clone()],
        };
        for part in parts.iter().filter(|p| !p.is_null()) {
            let (Some(start), Some(end)) = (at(&part[0]), at(&part[1])) else {
                return Err(format!("{name}: bad attribution offsets"));
            };
            spans.push(Span::new(start, end));
        }
    }
    Ok(spans)
}

/// One example per candidate word of a PolNeAR file.
fn cue_examples(jsonl: &str, name: &str) -> Result<Vec<Example>, String> {
    let mut examples = Vec::new();
    for doc in parse_jsonl(jsonl, name)? {
        let text = doc["text"].as_str().ok_or("an article without text")?;
        let cues = gold_parts(attributions(&doc), text, "cue", name)?;
        for sentence in sentences(text) {
            let tokens = tokenize(text, sentence.span);
            let normalized = NormalizedSentence::new(text, &tokens);
            let words = CueWords::new(text, &normalized, &tokens);
            for (i, token) in tokens.iter().enumerate() {
                let mut features = Features::new();
                if cue_features(&words, i, &mut features) {
                    let start = token.span.start;
                    examples.push(Example {
                        features,
                        positive: cues.iter().any(|c| c.contains(start)),
                    });
                }
            }
        }
    }
    Ok(examples)
}

pub struct ReportedReport {
    /// Sentences of the training articles, and how many of them carry a gold attribution.
    pub sentences: usize,
    pub attributed: usize,
    /// Gold "carries an attribution" against `p >= 0.5` on the held-out articles, if given.
    pub held_out: Option<Counts>,
    /// Trained on every training article: the model to ship.
    pub model: LinearModel,
}

/// Trains the reported-sentence model on PolNeAR articles: every sentence the analysis splits
/// them into, positive when it overlaps the content of a gold attribution with a source, read
/// with `cue_model`
/// (the source-cue model trained just before it). Scores the sentences of `held_out` the same
/// way.
pub fn reported_sentences(
    train_jsonl: &str,
    held_out: Option<&str>,
    cue_model: &LinearModel,
) -> Result<ReportedReport, String> {
    let examples = reported_examples(train_jsonl, "polnear_train.jsonl", cue_model)?;
    let all: Vec<&Example> = examples.iter().collect();
    let model = train(&all, REPORTED_DENSE_FEATURES.len(), REPORTED_TRAINING);
    let held_out = held_out
        .map(|jsonl| -> Result<Counts, String> {
            let mut counts = Counts::default();
            for example in reported_examples(jsonl, "polnear_dev.jsonl", cue_model)? {
                let p = sigmoid(model.logit(&example.features));
                counts.add(p >= 0.5, example.positive);
            }
            Ok(counts)
        })
        .transpose()?;
    Ok(ReportedReport {
        sentences: examples.len(),
        attributed: examples.iter().filter(|e| e.positive).count(),
        held_out,
        model,
    })
}

/// One example per sentence of a PolNeAR file.
fn reported_examples(
    jsonl: &str,
    name: &str,
    cue_model: &LinearModel,
) -> Result<Vec<Example>, String> {
    let mut examples = Vec::new();
    for doc in parse_jsonl(jsonl, name)? {
        let text = doc["text"].as_str().ok_or("an article without text")?;
        // An agentless passive is annotated too ("was accused of"), but names no one: the
        // question "says who?" stands, so only attributions with a source count.
        let sourced = attributions(&doc).filter(|a| !a["source"].is_null());
        let contents = gold_parts(sourced, text, "content", name)?;
        for sentence in sentences(text) {
            let tokens = tokenize(text, sentence.span);
            let normalized = NormalizedSentence::new(text, &tokens);
            let cues = read_cues_with(cue_model, text, &normalized, &tokens);
            examples.push(Example {
                features: reported_features(text, &normalized, &tokens, &cues),
                positive: contents.iter().any(|c| c.overlaps(sentence.span)),
            });
        }
    }
    Ok(examples)
}

/// A claim of [`unsourced_cross_validated`], offsets in code points.
#[derive(Debug, Clone)]
pub struct CrossValidatedClaim {
    pub start: usize,
    pub end: usize,
    /// Whether `unsourced-claim` reports it.
    pub flagged: bool,
    pub score: f32,
    pub reported: f32,
    /// What sources it: "attribution", "link", "citation", "dateline", "holder", "cue",
    /// "carried-over".
    pub sourcing: Option<&'static str>,
    pub quoted: bool,
}

fn sourcing_name(sourcing: &crate::analysis::Sourcing) -> &'static str {
    use crate::analysis::Sourcing;
    match sourcing {
        Sourcing::Attribution(_) => "attribution",
        Sourcing::Link(_) => "link",
        Sourcing::Citation(_) => "citation",
        Sourcing::Dateline => "dateline",
        Sourcing::Holder(_) => "holder",
        Sourcing::Document(_) => "document",
        Sourcing::Cue(_) => "cue",
        Sourcing::CarriedOver(_) => "carried-over",
        Sourcing::Introduced(_) => "introduced",
        Sourcing::Account(_) => "account",
        Sourcing::Decision(_) => "decision",
    }
}

/// `unsourced-claim` on PolNeAR articles the reading models never saw: the articles are split
/// into `folds` (article `i` in fold `i % folds`); for each fold the source-cue and
/// reported-sentence models are trained on the others, and each of its articles is analysed
/// with the shipped pipeline, its claims then re-read with the fold's models (the reading as
/// reported, and whether a source's act names the source). Returns, per article in file
/// order, its claims in code points (as `analyze --json` prints them) and whether they are
/// flagged: the error analysis on the training split without the models having learned its
/// answers.
pub fn unsourced_cross_validated(
    train_jsonl: &str,
    folds: usize,
) -> Result<Vec<Vec<CrossValidatedClaim>>, String> {
    let lines: Vec<&str> = train_jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    let docs = parse_jsonl(train_jsonl, "polnear_train.jsonl")?;
    let mut claims = vec![Vec::new(); docs.len()];
    for fold in 0..folds {
        let training: String = (lines.iter().enumerate())
            .filter(|(i, _)| i % folds != fold)
            .flat_map(|(_, line)| [*line, "\n"])
            .collect();
        let (cue_model, reported_model) = reading_models(&training)?;
        for (index, doc) in docs.iter().enumerate().filter(|(i, _)| i % folds == fold) {
            let text = doc["text"].as_str().ok_or("an article without text")?;
            claims[index] = reread_claims(text, &cue_model, &reported_model);
        }
    }
    Ok(claims)
}

/// The claims of each article of `held_out_jsonl` (as [`unsourced_cross_validated`] gives
/// them) read with the models trained on all of `train_jsonl`: what the shipped models do.
pub fn unsourced_held_out(
    train_jsonl: &str,
    held_out_jsonl: &str,
) -> Result<Vec<Vec<CrossValidatedClaim>>, String> {
    let (cue_model, reported_model) = reading_models(train_jsonl)?;
    parse_jsonl(held_out_jsonl, "polnear_dev.jsonl")?
        .iter()
        .map(|doc| {
            let text = doc["text"].as_str().ok_or("an article without text")?;
            Ok(reread_claims(text, &cue_model, &reported_model))
        })
        .collect()
}

/// The source-cue and reported-sentence models trained on `jsonl`, quantised as shipped.
fn reading_models(jsonl: &str) -> Result<(LinearModel, LinearModel), String> {
    let quantized = |m: &LinearModel| LinearModel::from_bytes(&m.to_bytes()).expect("a model");
    let cue_model = quantized(&source_cues(jsonl, None)?.model);
    let reported_model = quantized(&reported_sentences(jsonl, None, &cue_model)?.model);
    Ok((cue_model, reported_model))
}

/// The claims of `text` as the shipped pipeline finds them, re-read with these two models.
fn reread_claims(
    text: &str,
    cue_model: &LinearModel,
    reported_model: &LinearModel,
) -> Vec<CrossValidatedClaim> {
    use crate::analysis::{analyze, Sourcing};
    use crate::config::Config;
    let config = Config::default();
    let mut analysis = analyze(text, Format::PlainText, &config);
    let prose = &analysis.prose.text;
    for claim in &mut analysis.claims {
        let sentence = analysis.sentences[claim.sentence].span;
        if claim.span != sentence || claim.crowd.is_some() {
            // The reporter's clause after a report is read at the neutral bar, a crowd's
            // claim as the writer's own, whatever the models read.
            continue;
        }
        let tokens = tokenize(prose, sentence);
        let normalized = NormalizedSentence::new(prose, &tokens);
        let cues = read_cues_with(cue_model, prose, &normalized, &tokens);
        let mut reported =
            super::reported::reported_with(reported_model, prose, &normalized, &tokens, &cues);
        if crate::analysis::sourcing::opens_with_a_source_document(prose, sentence) {
            reported = reported.max(super::NEUTRAL_READING);
        }
        claim.reported = reported;
        match (claim.sourcing, cues.cue) {
            (None, Some(cue)) => claim.sourcing = Some(Sourcing::Cue(cue)),
            (Some(Sourcing::Cue(_)), None) => claim.sourcing = None,
            _ => {}
        }
    }
    let offsets = byte_offsets(text);
    let point = |byte: usize| offsets.partition_point(|&b| b < byte);
    (analysis.claims.iter())
        .map(|c| CrossValidatedClaim {
            start: point(c.span.start),
            end: point(c.span.end),
            flagged: c.is_unsourced_claim(config.claims.threshold),
            score: c.score,
            reported: c.reported,
            sourcing: c.sourcing.map(|s| sourcing_name(&s)),
            quoted: c.quoted,
        })
        .collect()
}

/// The reported attributions of one PolNeAR article, for the frame filter
/// (`analysis::attribution::filter`): what the engine finds with the filter off, each labelled
/// as `shared/eval/score.py` matches it, and the counts the span F1 needs besides.
pub struct FrameArticle {
    /// Per reported (not direct) attribution the scorer counts: its features, and whether its
    /// content overlaps a gold one at all. What the filter learns: a content where annotators
    /// marked nothing is a false alarm whatever its extent, and is told apart far better than
    /// one the scorer does not match (PolNeAR train, 5-fold at 0.3: 170 false alarms and 35
    /// matches dropped, against 638 and 296 learning the scorer's matches).
    pub examples: Vec<Example>,
    /// Per example: whether the scorer matches it to a gold content.
    pub matched: Vec<bool>,
    /// The article's gold contents, and its direct attributions the scorer counts and matches.
    pub gold: usize,
    pub direct: usize,
    pub direct_matched: usize,
}

/// The engine's attributions of every article of a PolNeAR file, unfiltered, as [`FrameArticle`]s.
pub fn frame_articles(jsonl: &str, name: &str) -> Result<Vec<FrameArticle>, String> {
    use crate::analysis::attribution::filter::frame_features;
    let mut config = Config::default();
    config.attribution.report_every_frame = true;
    let mut articles = Vec::new();
    for doc in parse_jsonl(jsonl, name)? {
        let text = doc["text"].as_str().ok_or("an article without text")?;
        let golds: Vec<Vec<Span>> = attributions(&doc)
            .map(|a| gold_parts(std::iter::once(a), text, "content", name))
            .collect::<Result<_, _>>()?;
        let analysis = analyze(text, Format::PlainText, &config);
        let contents: Vec<Span> = analysis.attributions.iter().map(|a| a.content).collect();
        let matches = scorer_matches(&golds, &contents);
        let mut article = FrameArticle {
            examples: Vec::new(),
            gold: golds.len(),
            direct: 0,
            direct_matched: 0,
            matched: Vec::new(),
        };
        for (attribution, matched) in analysis.attributions.iter().zip(matches) {
            let Some(matched) = matched else {
                continue;
            };
            if attribution.direct {
                article.direct += 1;
                article.direct_matched += usize::from(matched);
                continue;
            }
            let mut features = Features::new();
            frame_features(&analysis.prose.text, attribution, &mut features);
            article.examples.push(Example {
                features,
                positive: (golds.iter().flatten()).any(|g| g.overlaps(attribution.content)),
            });
            article.matched.push(matched);
        }
        articles.push(article);
    }
    Ok(articles)
}

/// Per predicted content, as `shared/eval/score.py` scores it: matched one-to-one to a gold
/// content (greedily, the largest overlap first; an overlap of at least half the longer of
/// the two, or of the longer of the span and one gold part), unmatched, or `None` when the
/// scorer ignores it (a piece of a matched discontinuous content). Offsets in bytes rather
/// than code points: the same on ASCII, near enough elsewhere for a label.
fn scorer_matches(golds: &[Vec<Span>], predicted: &[Span]) -> Vec<Option<bool>> {
    let overlap_parts =
        |span: Span, parts: &[Span]| -> usize { parts.iter().map(|&p| span.overlap_len(p)).sum() };
    let mut candidates = Vec::new();
    for (g, parts) in golds.iter().enumerate() {
        let gold: usize = parts.iter().map(|p| p.len()).sum();
        for (p, &span) in predicted.iter().enumerate() {
            let total = overlap_parts(span, parts);
            let fits = total > 0
                && (2 * total >= span.len().max(gold)
                    || parts
                        .iter()
                        .any(|&part| 2 * span.overlap_len(part) >= span.len().max(part.len())));
            if fits {
                candidates.push((total, g, p));
            }
        }
    }
    candidates.sort_by_key(|&(total, g, p)| (std::cmp::Reverse(total), g, p));
    let mut gold_used = vec![false; golds.len()];
    let mut labels = vec![Some(false); predicted.len()];
    for (_, g, p) in candidates {
        if !gold_used[g] && labels[p] == Some(false) {
            gold_used[g] = true;
            labels[p] = Some(true);
        }
    }
    let matched_golds: Vec<&Vec<Span>> = (golds.iter().zip(&gold_used))
        .filter(|(_, &used)| used)
        .map(|(parts, _)| parts)
        .collect();
    for (label, &span) in labels.iter_mut().zip(predicted) {
        let piece = matched_golds
            .iter()
            .any(|parts| parts.len() > 1 && 2 * overlap_parts(span, parts) >= span.len());
        if *label == Some(false) && piece {
            *label = None;
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Examples whose label the first feature decides, the second feature noise.
    fn examples() -> Vec<Example> {
        (0..40u32)
            .map(|i| Example {
                features: vec![(i % 2, 1.0), (2 + i % 7, 1.0)],
                positive: i % 2 == 0,
            })
            .collect()
    }

    #[test]
    fn several_orders_train_the_mean_of_their_models() {
        let examples = examples();
        let examples: Vec<&Example> = examples.iter().collect();
        let settings = |orders| Training {
            epochs: 3,
            learning_rate: 0.1,
            l2: 1e-5,
            positive_weight: 1.0,
            shift: 0.5,
            orders,
        };
        // One order is the single run the models shipped so far were trained with.
        let single = train_in_order(&examples, 0, settings(1), 0);
        assert_eq!(train(&examples, 0, settings(1)).bias, single.bias + 0.5);
        let runs: Vec<LinearModel> = (0..4)
            .map(|draw| train_in_order(&examples, 0, settings(4), draw))
            .collect();
        // Each order is its own draw, and the model is their mean.
        assert_ne!(runs[0].weights, runs[1].weights);
        let averaged = train(&examples, 0, settings(4));
        let mean_bias = runs.iter().map(|m| m.bias / 4.0).sum::<f32>() + 0.5;
        assert!((averaged.bias - mean_bias).abs() < 1e-6);
        let mean_first = runs.iter().map(|m| m.weights[0] / 4.0).sum::<f32>();
        assert!((averaged.weights[0] - mean_first).abs() < 1e-6);
        // It still learns what decides the label.
        assert!(averaged.logit(&[(0, 1.0)]) > averaged.logit(&[(1, 1.0)]));
    }
}
