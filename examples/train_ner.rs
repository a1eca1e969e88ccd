//! Trains the entity tagger and writes `data/ner/model.bin`.
//!
//! ```text
//! cargo run --release --example train_ner -- [DATA_DIR=../shared/data] [--epochs N] [--max-features N=150000]
//!     [--seed N] [--runs N=3] [--gum-copies N=3] [--out PATH=data/ner/model.bin]
//! cargo run --release --example train_ner -- --word-table
//! ```
//! Trains on `conll2003_train.jsonl` and the GUM documents of `gum_other.jsonl` that are not
//! held out (every 5th is held out for `eval_ner`), each GUM document `--gum-copies` times:
//! GUM is the corpus annotated like the news we are measured on (person, organisation,
//! place), CoNLL the larger one. Every 8th sentence is seen again in capitals and every 8th
//! (another) in Title Case, as in headlines. `--runs` perceptrons, each on its own order of the
//! sentences, are averaged into one model. Deterministic: the same data and options give the
//! same bytes.
//!
//! `--word-table` instead writes `data/ner/words.bin`, the word lists of
//! `data/ner/gazetteers/` laid out as the tagger reads them (after any change to a list).

#[path = "ner_common/mod.rs"]
mod ner_data;

use std::path::PathBuf;
use std::time::Instant;

use newslint::analysis::entities::training::{self, Corpus, Options};

const CONLL: Corpus = Corpus {
    misc_unannotated: false,
    caps_every: Some(8),
    title_every: Some(8),
};
const GUM: Corpus = Corpus {
    misc_unannotated: true,
    caps_every: Some(8),
    title_every: Some(8),
};

fn main() {
    let mut data_dir = PathBuf::from("../shared/data");
    let mut options = Options {
        epochs: 10,
        max_features: 150_000,
        seed: 0x5eed,
        runs: 3,
    };
    let mut gum_copies = 3;
    let mut out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/ner/model.bin");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> usize {
            args.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{name} needs a number"))
        };
        match arg.as_str() {
            "--epochs" => options.epochs = number("--epochs"),
            "--max-features" => options.max_features = number("--max-features"),
            "--gum-copies" => gum_copies = number("--gum-copies"),
            "--seed" => options.seed = number("--seed") as u64,
            "--runs" => options.runs = number("--runs"),
            "--out" => out = PathBuf::from(args.next().expect("--out needs a path")),
            "--word-table" => {
                let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/ner/words.bin");
                let table = training::build_word_table();
                std::fs::write(&path, &table).expect("write the word table");
                eprintln!(
                    "wrote {} ({:.2} MB)",
                    path.display(),
                    table.len() as f64 / 1e6
                );
                return;
            }
            _ => data_dir = PathBuf::from(arg),
        }
    }
    let started = Instant::now();
    let mut examples = Vec::new();
    for document in ner_data::read(&data_dir.join("conll2003_train.jsonl")) {
        examples.extend(training::examples(
            &document.text,
            &document.entities,
            CONLL,
        ));
    }
    let conll = examples.len();
    for (index, document) in ner_data::read(&data_dir.join("gum_other.jsonl"))
        .iter()
        .enumerate()
    {
        if !ner_data::is_gum_held_out(index) {
            for _ in 0..gum_copies {
                examples.extend(training::examples(&document.text, &document.entities, GUM));
            }
        }
    }
    eprintln!(
        "{} training sentences ({} CoNLL, {} GUM) in {:.1}s",
        examples.len(),
        conll,
        examples.len() - conll,
        started.elapsed().as_secs_f64()
    );
    let model = training::train(&examples, &options, |run, epoch, accuracy| {
        eprintln!(
            "run {run}, epoch {epoch}: training token accuracy {accuracy:.4} ({:.0}s)",
            started.elapsed().as_secs_f64()
        );
    });
    std::fs::write(&out, &model).expect("write the model");
    let tagger = training::Tagger::new(&model).expect("a freshly written model parses");
    eprintln!(
        "wrote {} ({:.1} MB, {} features) in {:.0}s",
        out.display(),
        model.len() as f64 / 1e6,
        tagger.feature_count(),
        started.elapsed().as_secs_f64()
    );
}
