//! Trains the four claim models, prints their cross-validated figures and speed, and with
//! `--write` stores the weights in `data/claims/`.
//!
//! ```text
//! cargo run --release --example train_claims -- [--data DIR] [--write]
//! ```
//!
//! * check-worthiness (`checkworthy.model`) from the CLEF-2019 CheckThat! task 1 debates,
//!   leave-one-debate-out: MAP, P@10, P/R/F1 of `score >= 0.5`;
//! * the weasel sentence model (`weasel.model`) from the CoNLL-2010 Wikipedia sample,
//!   5-fold: accuracy and P/R/F1 of "a weasel phrase is reported in the sentence";
//! * the source-cue token model (`source_cue.model`) from PolNeAR train, scored on the words of
//!   PolNeAR dev: P/R/F1 of "more likely a cue than not";
//! * the reported-sentence model (`reported.model`) from PolNeAR train, reading each sentence
//!   with the source-cue model just trained, scored on the sentences of PolNeAR dev: P/R/F1 of
//!   "more likely attributed than not".
//!
//! DIR (default: `$NEWSLINT_DATA`, else `../shared/data`) holds `clef2019_train.jsonl`,
//! `weasel_dev.jsonl`, `polnear_train.jsonl` and `polnear_dev.jsonl`. The data stays there;
//! only weights enter the project.

mod claims_data;

use std::path::{Path, PathBuf};
use std::time::Instant;

use newslint::analysis::claims::model::{LinearModel, HASH_BUCKETS};
use newslint::analysis::claims::training::{self, WEASEL_FOLDS};
use newslint::analysis::claims::{
    find_weasels, score_sentence, CLAIM_DENSE_FEATURES, REPORTED_DENSE_FEATURES,
    WEASEL_DENSE_FEATURES,
};
use newslint::text::{split_sentences, tokenize, Format, Prose};

fn main() {
    let mut data = claims_data::default_data_dir();
    let mut write = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data" => data = args.next().map(PathBuf::from),
            "--write" => write = true,
            other => {
                panic!("unknown argument {other:?}; usage: train_claims [--data DIR] [--write]")
            }
        }
    }
    let data = data.expect("no training data: pass --data DIR or set NEWSLINT_DATA");

    let started = Instant::now();
    let clef = claims_data::read(&data, claims_data::CLEF).unwrap_or_else(|e| panic!("{e}"));
    let report = training::checkworthiness(&clef).unwrap_or_else(|e| panic!("{e}"));
    for (id, average_precision, at_10) in &report.debates {
        println!("  {id:<28} AP {average_precision:.3}  P@10 {at_10:.1}");
    }
    println!(
        "check-worthiness, leave-one-debate-out ({} debates, {} sentences, {:.1}s): MAP {:.3}  P@10 {:.3}\n  score >= 0.5: {}",
        report.debates.len(),
        report.sentences,
        started.elapsed().as_secs_f64(),
        report.mean_average_precision,
        report.precision_at_10,
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

    if write {
        write_model(&report.model, "checkworthy.model");
        write_model(&weasels.model, "weasel.model");
        write_model(&cues.model, "source_cue.model");
        write_model(&reported.model, "reported.model");
    }
    measure_speed(&clef);
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

fn print_dense_weights(model: &LinearModel, names: &[&str]) {
    let weights: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, name)| format!("{name} {:+.2}", model.weights[HASH_BUCKETS as usize + i]))
        .collect();
    println!("  bias {:+.2}; {}", model.bias, weights.join(", "));
}

fn write_model(model: &LinearModel, name: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/claims")
        .join(name);
    std::fs::write(&path, model.to_bytes()).expect("write model");
    println!("wrote {}", path.display());
}
