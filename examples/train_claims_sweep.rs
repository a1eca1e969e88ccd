//! Tries settings and features of the says-who model, each invented set held out, reading the
//! articles once (`train_claims` trains only the shipped ones).
//!
//! ```text
//! cargo run --release --example train_claims_sweep -- [--data DIR] CONFIG…
//! ```
//!
//! CONFIG is space-separated `key=value`: `groups=1,3` (`says_who_experiment`'s feature groups
//! added), `drop=words|dense:A-B` (shipped features left out), `epochs=`, `lr=`, `l2=`, `pw=`
//! (positive weight), `orders=`, `polnear=0` (PolNeAR train's labels left out of training),
//! `out=FILE` (held-out sentences' logits), `ww=`/`bw=` (the value of a word / of a pair of
//! the seeded groups 30 + k). Per CONFIG one line: held-out F1, P, R at p = 0.5 and at logits
//! -0.2 and +0.2, the best precision at a recall of 0.65 or more and the best F1 (with their
//! logits), and the fit in sample (trained on everything, read on the invented sets).

mod claims_data;

use std::path::PathBuf;

use newslint::analysis::claims::model::HASH_BUCKETS;
use newslint::analysis::claims::says_who::SAYS_WHO_DENSE_FEATURES;
use newslint::analysis::claims::says_who_training::{
    self, ReadClaim, EXPERIMENT_DENSE, SAYS_WHO_TRAINING,
};
use newslint::analysis::claims::training::{Counts, Example};

fn main() {
    let mut data = claims_data::default_data_dir();
    let mut configs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data" => data = args.next().map(PathBuf::from),
            other => configs.push(other.to_string()),
        }
    }
    let data = data.expect("no training data");
    let polnear =
        claims_data::read(&data, claims_data::POLNEAR_TRAIN).unwrap_or_else(|e| panic!("{e}"));
    let articles = claims_data::says_who_articles(&polnear).unwrap_or_else(|e| panic!("{e}"));
    let read = says_who_training::read_articles(&articles);
    let dense = SAYS_WHO_DENSE_FEATURES.len() + EXPERIMENT_DENSE;
    for config in &configs {
        let mut settings = SAYS_WHO_TRAINING;
        let mut groups: Vec<u8> = Vec::new();
        let mut drop_words = false;
        let mut drop_dense: Vec<(usize, usize)> = Vec::new();
        let mut with_polnear = true;
        let mut out = None;
        let (mut word_value, mut bigram_value) = (1.0f32, 1.0f32);
        for pair in config.split_whitespace() {
            let (key, value) = pair.split_once('=').expect("key=value");
            match key {
                "groups" => groups = value.split(',').map(|g| g.parse().unwrap()).collect(),
                "drop" => {
                    for part in value.split(',') {
                        if part == "words" {
                            drop_words = true;
                        } else {
                            let range = part.strip_prefix("dense:").expect("drop=dense:A-B");
                            let (a, b) = range.split_once('-').unwrap_or((range, range));
                            drop_dense.push((a.parse().unwrap(), b.parse().unwrap()));
                        }
                    }
                }
                "epochs" => settings.epochs = value.parse().unwrap(),
                "lr" => settings.learning_rate = value.parse().unwrap(),
                "l2" => settings.l2 = value.parse().unwrap(),
                "pw" => settings.positive_weight = value.parse().unwrap(),
                "orders" => settings.orders = value.parse().unwrap(),
                "shift" => settings.shift = value.parse().unwrap(),
                "polnear" => with_polnear = value != "0",
                "out" => out = Some(value.to_string()),
                "ww" => word_value = value.parse().unwrap(),
                "bw" => bigram_value = value.parse().unwrap(),
                other => panic!("unknown key {other}"),
            }
        }
        let input = |claim: &ReadClaim| {
            let keep = |index: u32| {
                if index < HASH_BUCKETS {
                    return !drop_words;
                }
                let d = (index - HASH_BUCKETS) as usize;
                !drop_dense.iter().any(|&(a, b)| a <= d && d <= b)
            };
            let mut features: Vec<(u32, f32)> = (claim.example.features.iter())
                .filter(|(i, _)| keep(*i))
                .map(|&(i, v)| (i, if i < HASH_BUCKETS { v * word_value } else { v }))
                .collect();
            features.extend(
                (claim.experiment.iter())
                    .filter(|(g, _, _)| groups.contains(g))
                    .map(|&(g, i, v)| {
                        (
                            i,
                            if g == 1 || g >= 30 {
                                v * bigram_value
                            } else {
                                v
                            },
                        )
                    }),
            );
            Example {
                features,
                positive: claim.example.positive,
            }
        };
        let report = says_who_training::held_out_with(
            &articles,
            &read,
            &claims_data::is_invented_set,
            &|group| with_polnear || claims_data::is_invented_set(group),
            settings,
            dense,
            &input,
        );
        let sentences = &report.held_out_sentences;
        let at = |threshold: f32| {
            let mut counts = Counts::default();
            for s in sentences {
                counts.add(s.flagged_at(threshold), s.says_who);
            }
            counts
        };
        let zero = at(0.0);
        let mut best = (0.0, 0.0f32);
        let mut threshold = -1.5f32;
        while threshold <= 1.5 {
            let c = at(threshold);
            if c.recall() >= 0.65 && c.precision() > best.0 {
                best = (c.precision(), threshold);
            }
            threshold += 0.02;
        }
        let mut best_f1 = (0.0, 0.0f32);
        let mut threshold = -1.5f32;
        while threshold <= 1.5 {
            let c = at(threshold);
            if c.f1() > best_f1.0 {
                best_f1 = (c.f1(), threshold);
            }
            threshold += 0.02;
        }
        // In sample: the model trained on everything, on the invented sets.
        let mut in_sample = Counts::default();
        for article in read
            .iter()
            .filter(|a| claims_data::is_invented_set(&a.group))
        {
            let mut flagged: Vec<bool> = article.labels.iter().map(|l| l.2).collect();
            for claim in &article.claims {
                if report.model.logit(&input(claim).features) >= 0.0 {
                    flagged[claim.label] = true;
                }
            }
            for (&(says_who, _, _), flagged) in article.labels.iter().zip(flagged) {
                in_sample.add(flagged, says_who);
            }
        }
        let (m, p) = (at(-0.2), at(0.2));
        println!(
            "[{config}] held out F1 {:.4} P {:.3} R {:.3} | -0.2 {:.3}/{:.3} +0.2 {:.3}/{:.3} | P@R>=.65 {:.3} (t {:+.2}) | best F1 {:.4} (t {:+.2}) | in-sample F1 {:.4} P {:.3} R {:.3}",
            zero.f1(),
            zero.precision(),
            zero.recall(),
            m.precision(),
            m.recall(),
            p.precision(),
            p.recall(),
            best.0,
            best.1,
            best_f1.0,
            best_f1.1,
            in_sample.f1(),
            in_sample.precision(),
            in_sample.recall()
        );
        if let Some(path) = out {
            let mut text = String::new();
            for s in sentences {
                text += &claims_data::held_out_line(&articles, s);
            }
            std::fs::write(&path, text).unwrap();
        }
    }
}
