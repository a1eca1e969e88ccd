//! Trains the four claim models, prints their cross-validated figures and speed, and with
//! `--write` stores the weights in `data/claims/`.
//!
//! ```text
//! cargo run --release --example train_claims -- [--data DIR] [--write | --check]
//! ```
//!
//! * check-worthiness (`checkworthy.model`) from the CLEF-2019 CheckThat! task 1 debates,
//!   leave-one-debate-out: MAP, P@10 and the spread of AP over debates, P/R/F1 of
//!   `score >= 0.5`;
//! * the weasel sentence model (`weasel.model`) from the CoNLL-2010 Wikipedia sample,
//!   5-fold: accuracy and P/R/F1 of "a weasel phrase is reported in the sentence";
//! * the source-cue token model (`source_cue.model`) from PolNeAR train, scored on the words of
//!   PolNeAR dev: P/R/F1 of "more likely a cue than not";
//! * the reported-sentence model (`reported.model`) from PolNeAR train, reading each sentence
//!   with the source-cue model just trained, scored on the sentences of PolNeAR dev: P/R/F1 of
//!   "more likely attributed than not";
//! * the says-who model (`says_who.model`) from the sentences labelled "would an editor ask:
//!   says who?": the invented articles of `tests/articles/` (`NAME.claims`) and PolNeAR train's
//!   (`.ci/says_who_train.jsonl`). Each invented set is held out in turn: precision and recall
//!   of the model trained on everything else, beside the hand-set rule it replaces. It reads
//!   the articles with the shipped models: after `--write` changes the others, rebuild and
//!   write again (`--check` tells).
//!
//! `--held-out-sentences FILE` writes every held-out says-who sentence with its label, whether it
//! is flagged and the model's logit, for studying the errors.
//!
//! `--check` fails when a committed model is not what the current code and data train: the
//! features come from the claim cues, the sentence splitter and the tokenizer, so a change to
//! any of them leaves the shipped weights reading features they were not trained on.
//!
//! With `--unsourced-cv FILE` it trains nothing to keep: it writes to FILE the claims (score,
//! reading as reported, sourcing) and the `unsourced-claim` spans of every PolNeAR train
//! article under 5-fold cross-validation of the two reading models
//! (`training::unsourced_cross_validated`), as `analyze --json` would print them; with `--dev`
//! too, those of PolNeAR dev read with models trained on all of train.
//! `.ci/unsourced_precision.py BINARY DATASET --predictions FILE` scores them.
//!
//! DIR (default: `$NEWSLINT_DATA`, else `../shared/data`) holds `clef2019_train.jsonl`,
//! `weasel_dev.jsonl`, `polnear_train.jsonl` and `polnear_dev.jsonl`. The data stays there;
//! only weights enter the project.

mod claims_data;

use std::path::{Path, PathBuf};
use std::time::Instant;

use newslint::analysis::claims::model::{LinearModel, HASH_BUCKETS};
use newslint::analysis::claims::says_who_training::{self, HeldOutSentence, SaysWhoArticle};
use newslint::analysis::claims::training::{self, Counts, WEASEL_FOLDS};
use newslint::analysis::claims::{
    find_weasels, score_sentence, CLAIM_DENSE_FEATURES, REPORTED_DENSE_FEATURES,
    WEASEL_DENSE_FEATURES,
};
use newslint::text::{split_sentences, tokenize, Format, Prose};

fn main() {
    let mut data = claims_data::default_data_dir();
    let (mut write, mut check) = (false, false);
    let mut unsourced_cv = None;
    let mut held_out_claims = false;
    let mut held_out_sentences = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data" => data = args.next().map(PathBuf::from),
            "--write" => write = true,
            "--check" => check = true,
            "--unsourced-cv" => unsourced_cv = args.next().map(PathBuf::from),
            "--dev" => held_out_claims = true,
            "--held-out-sentences" => held_out_sentences = args.next().map(PathBuf::from),
            other => {
                panic!("unknown argument {other:?}; usage: train_claims [--data DIR] [--write | --check] [--held-out-sentences FILE] [--unsourced-cv FILE [--dev]]")
            }
        }
    }
    let data = data.expect("no training data: pass --data DIR or set NEWSLINT_DATA");
    if let Some(out) = unsourced_cv {
        let polnear =
            claims_data::read(&data, claims_data::POLNEAR_TRAIN).unwrap_or_else(|e| panic!("{e}"));
        let flagged = if held_out_claims {
            let dev = claims_data::read(&data, claims_data::POLNEAR_DEV)
                .unwrap_or_else(|e| panic!("{e}"));
            training::unsourced_held_out(&polnear, &dev)
        } else {
            training::unsourced_cross_validated(&polnear, 5)
        }
        .unwrap_or_else(|e| panic!("{e}"));
        let files: Vec<serde_json::Value> = flagged
            .iter()
            .map(|claims| {
                let diagnostics: Vec<serde_json::Value> = (claims.iter())
                    .filter(|c| c.flagged)
                    .map(|c| serde_json::json!({"start": c.start, "end": c.end, "rule": "unsourced-claim"}))
                    .collect();
                let claims: Vec<serde_json::Value> = (claims.iter())
                    .map(|c| {
                        serde_json::json!({"start": c.start, "end": c.end, "score": c.score,
                            "reported": c.reported, "sourcing": c.sourcing, "quoted": c.quoted})
                    })
                    .collect();
                serde_json::json!({ "diagnostics": diagnostics, "claims": claims })
            })
            .collect();
        std::fs::write(&out, serde_json::json!({ "files": files }).to_string())
            .expect("write the cross-validated spans");
        println!("wrote {}", out.display());
        return;
    }

    let started = Instant::now();
    let clef = claims_data::read(&data, claims_data::CLEF).unwrap_or_else(|e| panic!("{e}"));
    let report = training::checkworthiness(&clef).unwrap_or_else(|e| panic!("{e}"));
    for (id, average_precision, at_10) in &report.debates {
        println!("  {id:<28} AP {average_precision:.3}  P@10 {at_10:.1}");
    }
    println!(
        "check-worthiness, leave-one-debate-out ({} debates, {} sentences, {:.1}s): MAP {:.3}  P@10 {:.3}\n  AP per debate: {}\n  score >= 0.5: {}",
        report.debates.len(),
        report.sentences,
        started.elapsed().as_secs_f64(),
        report.mean_average_precision,
        report.precision_at_10,
        spread(report.debates.iter().map(|d| d.1)),
        report.at_half
    );
    print_dense_weights(&report.model, &CLAIM_DENSE_FEATURES);

    let started = Instant::now();
    let weasel = claims_data::read(&data, claims_data::WEASEL).unwrap_or_else(|e| panic!("{e}"));
    let weasels = training::weasels(&weasel).unwrap_or_else(|e| panic!("{e}"));
    println!(
        "weasel sentences, {WEASEL_FOLDS}-fold ({:.1}s): {}\n  the sentence model alone: {}",
        started.elapsed().as_secs_f64(),
        weasels.phrases,
        weasels.sentence_model
    );
    print_dense_weights(&weasels.model, &WEASEL_DENSE_FEATURES);

    let started = Instant::now();
    let polnear =
        claims_data::read(&data, claims_data::POLNEAR_TRAIN).unwrap_or_else(|e| panic!("{e}"));
    let held_out = claims_data::read(&data, claims_data::POLNEAR_DEV).ok();
    let cues =
        training::source_cues(&polnear, held_out.as_deref()).unwrap_or_else(|e| panic!("{e}"));
    println!(
        "source cues ({:.1}s): {} of {} candidate words in PolNeAR train are gold cues",
        started.elapsed().as_secs_f64(),
        cues.cues,
        cues.candidates
    );
    if let Some(counts) = cues.held_out {
        println!("  PolNeAR dev words, p >= 0.5: {counts}");
    }

    let started = Instant::now();
    let reported = training::reported_sentences(&polnear, held_out.as_deref(), &cues.model)
        .unwrap_or_else(|e| panic!("{e}"));
    println!(
        "reported sentences ({:.1}s): {} of {} sentences in PolNeAR train carry a gold attribution",
        started.elapsed().as_secs_f64(),
        reported.attributed,
        reported.sentences
    );
    if let Some(counts) = reported.held_out {
        println!("  PolNeAR dev sentences, p >= 0.5: {counts}");
    }
    print_dense_weights(&reported.model, &REPORTED_DENSE_FEATURES);

    let started = Instant::now();
    let articles = claims_data::says_who_articles(&polnear).unwrap_or_else(|e| panic!("{e}"));
    let says_who = says_who_training::says_who(&articles, claims_data::is_invented_set);
    for (group, model, rule) in &says_who.held_out {
        println!(
            "  {group:<12} model P {:.3} R {:.3} | rule P {:.3} R {:.3}",
            model.precision(),
            model.recall(),
            rule.precision(),
            rule.recall()
        );
    }
    let (model, rule) = says_who.pooled();
    println!(
        "says-who ({:.1}s, {} claims decided): each invented set held out, p >= 0.5: {model}\n  the hand-set rule on the same sentences: {rule}",
        started.elapsed().as_secs_f64(),
        says_who.examples,
    );
    print_thresholds(&says_who.held_out_sentences);
    if let Some(path) = held_out_sentences {
        write_held_out_sentences(&path, &articles, &says_who.held_out_sentences);
    }
    let weights: Vec<String> = (says_who_training::dense_weights(&says_who.model).iter())
        .map(|(name, weight)| format!("{name} {weight:+.2}"))
        .collect();
    println!("  bias {:+.2}; {}", says_who.model.bias, weights.join(", "));

    let models = [
        (&report.model, "checkworthy.model"),
        (&weasels.model, "weasel.model"),
        (&cues.model, "source_cue.model"),
        (&reported.model, "reported.model"),
        (&says_who.model, "says_who.model"),
    ];
    if write {
        for (model, name) in models {
            write_model(model, name);
        }
    }
    measure_speed(&clef);
    if check {
        let stale: Vec<&str> = (models.iter())
            .filter(|(model, name)| std::fs::read(model_path(name)).ok() != Some(model.to_bytes()))
            .map(|(_, name)| *name)
            .collect();
        if !stale.is_empty() {
            eprintln!(
                "not what the current code and data train: data/claims/{}; retrain with \
                 `cargo run --release --example train_claims -- --write`",
                stale.join(", data/claims/")
            );
            std::process::exit(1);
        }
    }
}

/// The pooled held-out figures at logits other than 0 (p = 0.5), to see what a threshold would
/// trade.
fn print_thresholds(sentences: &[HeldOutSentence]) {
    let figures: Vec<String> = [-0.4f32, -0.2, 0.2, 0.4]
        .iter()
        .map(|&threshold| {
            let mut counts = Counts::default();
            for sentence in sentences {
                counts.add(sentence.flagged_at(threshold), sentence.says_who);
            }
            format!(
                "logit {threshold:+.1}: P {:.3} R {:.3}",
                counts.precision(),
                counts.recall()
            )
        })
        .collect();
    println!("  other thresholds, held out: {}", figures.join("; "));
}

/// One line per held-out sentence ([`claims_data::held_out_line`]) under a header.
fn write_held_out_sentences(
    path: &Path,
    articles: &[SaysWhoArticle],
    sentences: &[HeldOutSentence],
) {
    let mut out = String::from("set\tsays_who\tflagged\tlogit\tsentence\n");
    for sentence in sentences {
        out += &claims_data::held_out_line(articles, sentence);
    }
    std::fs::write(path, out).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    println!(
        "  wrote {} held-out sentences to {}",
        sentences.len(),
        path.display()
    );
}

/// Sentences per second through tokenize + score_sentence + find_weasels, with the shipped
/// models, over the debates' text.
fn measure_speed(jsonl: &str) {
    let texts: Vec<String> = jsonl
        .lines()
        .map(|line| {
            let doc: serde_json::Value = serde_json::from_str(line).expect("JSON");
            doc["text"].as_str().unwrap_or("").to_string()
        })
        .collect();
    let timer = Instant::now();
    let mut sentences = 0;
    for text in &texts {
        let prose = Prose::parse(text, Format::PlainText);
        for block in &prose.blocks {
            for span in split_sentences(&prose.text, block.span, Format::PlainText.line_breaks()) {
                let tokens = tokenize(&prose.text, span);
                std::hint::black_box(score_sentence(&prose.text, span, &tokens, block.kind));
                std::hint::black_box(find_weasels(&prose.text, span, &tokens));
                sentences += 1;
            }
        }
    }
    println!(
        "speed: {:.0} sentences/s (tokenize + score_sentence + find_weasels, one core)",
        sentences as f64 / timer.elapsed().as_secs_f64()
    );
}

/// The spread of per-debate figures: one debate moves the mean by a twentieth of its change.
fn spread(values: impl Iterator<Item = f64>) -> String {
    let mut values: Vec<f64> = values.collect();
    values.sort_by(f64::total_cmp);
    let n = values.len().max(1) as f64;
    let mean = values.iter().sum::<f64>() / n;
    let deviation = (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n).sqrt();
    let standard_error = deviation / n.sqrt();
    format!(
        "min {:.3}, median {:.3}, max {:.3}, sd {deviation:.3}, standard error of the mean {standard_error:.3}",
        values.first().copied().unwrap_or(0.0),
        values.get(values.len() / 2).copied().unwrap_or(0.0),
        values.last().copied().unwrap_or(0.0),
    )
}

fn print_dense_weights(model: &LinearModel, names: &[&str]) {
    let weights: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, name)| format!("{name} {:+.2}", model.weights[HASH_BUCKETS as usize + i]))
        .collect();
    println!("  bias {:+.2}; {}", model.bias, weights.join(", "));
}

fn model_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/claims")
        .join(name)
}

fn write_model(model: &LinearModel, name: &str) {
    let path = model_path(name);
    std::fs::write(&path, model.to_bytes()).expect("write model");
    println!("wrote {}", path.display());
}
