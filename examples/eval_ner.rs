//! Scores the entity tagger, conlleval-style (exact span and label), without the CLI.
//!
//! ```text
//! cargo run --release --example eval_ner -- [DATA_DIR=../shared/data] [--model data/ner/model.bin]
//!     [--errors N] [--dump FILE]
//! ```
//! Prints P/R/F1 per label on `conll2003_dev.jsonl` and on the held-out fifth of
//! `gum_other.jsonl` (PER/ORG/LOC only: GUM has no MISC), the same two sets with every line
//! in Title Case (headlines), then tagging speed. `--model` evaluates a model file without
//! rebuilding. `--errors N` also lists the first N missed and spurious entities of each set;
//! `--dump FILE` writes the grouped GUM held-out mentions as `analyze --json` output (code
//! points), for error analysis with the scorer's tools.

#[path = "ner_common/mod.rs"]
mod ner_data;

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Instant;

use newslint::analysis::entities::training::{Document, Tagger};
use newslint::analysis::entities::{group, EntityLabel, TaggedSpan};
use newslint::analysis::Span;
use newslint::text::tokenize;

#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    predicted: usize,
    correct: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }

    fn prf(self) -> (f64, f64, f64) {
        let p = self.correct as f64 / self.predicted.max(1) as f64;
        let r = self.correct as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

fn main() {
    let mut data_dir = PathBuf::from("../shared/data");
    let mut model_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/ner/model.bin");
    let mut errors = 0;
    let mut dump: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dump" => dump = Some(PathBuf::from(args.next().expect("--dump needs a path"))),
            "--model" => model_path = PathBuf::from(args.next().expect("--model needs a path")),
            "--errors" => {
                errors = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("--errors needs a number")
            }
            _ => data_dir = PathBuf::from(arg),
        }
    }
    let bytes = std::fs::read(&model_path).expect("read the model");
    let loading = Instant::now();
    let tagger = Tagger::new(&bytes).expect("a valid model");
    println!(
        "model {} : {:.2} MB, {} features, parsed in {:?}",
        model_path.display(),
        bytes.len() as f64 / 1e6,
        tagger.feature_count(),
        loading.elapsed()
    );

    // First use of the word lists (what an editor pays once, with the model read in place).
    let warming = Instant::now();
    let warm_up = "Warming Up Word Lists";
    let _ = tagger.tag_sentence(warm_up, &tokenize(warm_up, Span::new(0, warm_up.len())));
    println!("model and word lists ready in {:?}", warming.elapsed());

    let conll = ner_data::read(&data_dir.join("conll2003_dev.jsonl"));
    for grouped in [false, true] {
        let name = if grouped {
            "CoNLL-2003 dev, grouped"
        } else {
            "CoNLL-2003 dev"
        };
        report(
            name,
            &tagger,
            conll.iter(),
            &EntityLabel::ALL,
            errors,
            grouped,
        );
    }
    let gum = ner_data::read(&data_dir.join("gum_other.jsonl"));
    let three = [EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc];
    for grouped in [false, true] {
        let held_out = gum
            .iter()
            .enumerate()
            .filter(|(i, _)| ner_data::is_gum_held_out(*i))
            .map(|(_, d)| d);
        let name = if grouped {
            "GUM held-out (PER/ORG/LOC), grouped"
        } else {
            "GUM held-out (PER/ORG/LOC)"
        };
        report(name, &tagger, held_out, &three, errors, grouped);
    }

    let held_out: Vec<&ner_data::GoldDocument> = gum
        .iter()
        .enumerate()
        .filter(|(i, _)| ner_data::is_gum_held_out(*i))
        .map(|(_, d)| d)
        .collect();
    alias(&tagger, &held_out);

    // Headlines: the same documents with every line in Title Case.
    let conll_title: Vec<ner_data::GoldDocument> =
        conll.iter().map(ner_data::in_title_case).collect();
    report(
        "CoNLL-2003 dev in Title Case, grouped",
        &tagger,
        conll_title.iter(),
        &EntityLabel::ALL,
        0,
        true,
    );
    let gum_title: Vec<ner_data::GoldDocument> = held_out
        .iter()
        .map(|d| ner_data::in_title_case(d))
        .collect();
    report(
        "GUM held-out (PER/ORG/LOC) in Title Case, grouped",
        &tagger,
        gum_title.iter(),
        &three,
        0,
        true,
    );
    if let Some(path) = dump {
        dump_predictions(&tagger, &held_out, &path);
    }

    // Speed: features + decoding only, over pre-tokenised sentences, one core.
    let documents: Vec<Document> = conll.iter().map(|d| Document::new(&d.text)).collect();
    let tokens: usize = documents
        .iter()
        .flat_map(|d| &d.sentences)
        .map(Vec::len)
        .sum();
    // Twenty passes, timed by the wall clock and by this process's CPU time (the machine
    // may be shared: CPU time is what one core costs).
    const PASSES: usize = 20;
    let started = Instant::now();
    let cpu_started = cpu_seconds();
    let mut found = 0;
    for _ in 0..PASSES {
        for document in &documents {
            for sentence in &document.sentences {
                found += tagger.tag_sentence(&document.text, sentence).len();
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let tokens = tokens * PASSES;
    print!(
        "speed: {tokens} tokens ({} entities): wall {seconds:.3}s = {:.0} tokens/s",
        found / PASSES,
        tokens as f64 / seconds
    );
    match (cpu_started, cpu_seconds()) {
        (Some(before), Some(after)) if after > before => {
            println!(
                ", CPU {:.3}s = {:.0} tokens/s",
                after - before,
                tokens as f64 / (after - before)
            )
        }
        _ => println!(),
    }
    // Document-level grouping over the same documents, tagged once.
    let tagged: Vec<Vec<TaggedSpan>> = documents.iter().map(|d| tag(&tagger, d)).collect();
    let started = Instant::now();
    let mut referents = 0;
    for _ in 0..PASSES {
        for (document, tagged) in documents.iter().zip(&tagged) {
            referents += group(&document.text, tagged, &[]).referents.len();
        }
    }
    println!(
        "grouping: {} documents ({} referents) in {:.3}s (wall)",
        documents.len() * PASSES,
        referents / PASSES,
        started.elapsed().as_secs_f64()
    );
}

/// Writes the grouped mentions of `documents` as the scorer's `analyze --json` output
/// (code-point offsets), for error analysis in Python.
fn dump_predictions(tagger: &Tagger, documents: &[&ner_data::GoldDocument], path: &PathBuf) {
    let files: Vec<serde_json::Value> = documents
        .iter()
        .map(|document| {
            let parsed = Document::new(&document.text);
            let tagged = tag(tagger, &parsed);
            let chars = |byte: usize| document.text[..byte].chars().count();
            let entities: Vec<serde_json::Value> = group(&parsed.text, &tagged, &[])
                .mentions
                .iter()
                .map(|m| {
                    serde_json::json!({
                        "start": chars(m.span.start),
                        "end": chars(m.span.end),
                        "label": m.label.as_str(),
                    })
                })
                .collect();
            serde_json::json!({ "entities": entities })
        })
        .collect();
    let json = serde_json::json!({ "files": files });
    std::fs::write(path, json.to_string()).expect("write the predictions");
}

/// Every sentence of `document` through the tagger.
fn tag(tagger: &Tagger, document: &Document) -> Vec<TaggedSpan> {
    document
        .sentences
        .iter()
        .flat_map(|sentence| tagger.tag_sentence(&document.text, sentence))
        .collect()
}

/// User + system CPU time of this process, from /proc (Linux); `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // The kernel's USER_HZ is 100 on every common Linux configuration.
    Some(ticks / 100.0)
}

fn report<'a>(
    name: &str,
    tagger: &Tagger,
    documents: impl Iterator<Item = &'a ner_data::GoldDocument>,
    labels: &[EntityLabel],
    mut errors: usize,
    grouped: bool,
) {
    let mut per_label = vec![Counts::default(); labels.len()];
    let mut span_only = Counts::default();
    let mut docs = 0;
    for document in documents {
        docs += 1;
        let parsed = Document::new(&document.text);
        let tagged = tag(tagger, &parsed);
        let mut predicted: HashSet<(Span, EntityLabel)> = if grouped {
            group(&parsed.text, &tagged, &[])
                .mentions
                .iter()
                .map(|m| (m.span, m.label))
                .collect()
        } else {
            tagged.iter().map(|t| (t.span, t.label)).collect()
        };
        predicted.retain(|(_, l)| labels.contains(l));
        let gold: HashSet<(Span, EntityLabel)> = document
            .entities
            .iter()
            .copied()
            .filter(|(_, l)| labels.contains(l))
            .collect();
        for (k, &label) in labels.iter().enumerate() {
            per_label[k].add(Counts {
                gold: gold.iter().filter(|(_, l)| *l == label).count(),
                predicted: predicted.iter().filter(|(_, l)| *l == label).count(),
                correct: predicted
                    .iter()
                    .filter(|(_, l)| *l == label)
                    .filter(|e| gold.contains(e))
                    .count(),
            });
        }
        for (kind, from, against) in [
            ("missed", &gold, &predicted),
            ("spurious", &predicted, &gold),
        ] {
            for &(span, label) in from.difference(against) {
                if errors > 0 {
                    errors -= 1;
                    let text = span.slice(&document.text);
                    println!("  {kind:<8} {:<4} {text:?}", label.as_str());
                }
            }
        }
        let gold_spans: HashSet<Span> = gold.iter().map(|(s, _)| *s).collect();
        let predicted_spans: HashSet<Span> = predicted.iter().map(|(s, _)| *s).collect();
        span_only.add(Counts {
            gold: gold_spans.len(),
            predicted: predicted_spans.len(),
            correct: predicted_spans.intersection(&gold_spans).count(),
        });
    }
    let mut total = Counts::default();
    println!("\n{name}: {docs} documents");
    for (label, counts) in labels.iter().zip(&per_label) {
        total.add(*counts);
        let (p, r, f) = counts.prf();
        println!(
            "  {:<5} P {p:.3}  R {r:.3}  F1 {f:.3}  (gold {})",
            label.as_str(),
            counts.gold
        );
    }
    let (p, r, f) = total.prf();
    println!("  micro P {p:.3}  R {r:.3}  F1 {f:.3}");
    println!("  span-only F1 {:.3}", span_only.prf().2);
}

/// The scorer's `alias` task: gold entities matched one-to-one to predicted mentions by
/// largest overlap; then over pairs of matched gold entities, "same GUM cluster" against
/// "same canonical name".
fn alias(tagger: &Tagger, documents: &[&ner_data::GoldDocument]) {
    let (mut both, mut predicted_same, mut gold_same, mut gold, mut detected) = (0, 0, 0, 0, 0);
    for document in documents {
        let parsed = Document::new(&document.text);
        let tagged = tag(tagger, &parsed);
        let entities = group(&parsed.text, &tagged, &[]);
        let mut candidates = Vec::new();
        for (g, (gold_span, _)) in document.entities.iter().enumerate() {
            for (p, mention) in entities.mentions.iter().enumerate() {
                let overlap = gold_span.end.min(mention.span.end) as isize
                    - gold_span.start.max(mention.span.start) as isize;
                if overlap > 0 {
                    candidates.push((std::cmp::Reverse(overlap), g, p));
                }
            }
        }
        candidates.sort();
        let (mut gold_used, mut predicted_used) = (HashSet::new(), HashSet::new());
        let mut matched = Vec::new();
        for (_, g, p) in candidates {
            if !gold_used.contains(&g) && !predicted_used.contains(&p) {
                gold_used.insert(g);
                predicted_used.insert(p);
                let canonical = &entities.referents[entities.mentions[p].referent].canonical;
                matched.push((g, document.clusters[g].clone(), canonical.to_lowercase()));
            }
        }
        matched.sort();
        gold += document.entities.len();
        detected += matched.len();
        for (a, (_, cluster_a, name_a)) in matched.iter().enumerate() {
            for (_, cluster_b, name_b) in &matched[a + 1..] {
                let same_gold = cluster_a == cluster_b;
                let same_predicted = name_a == name_b;
                gold_same += usize::from(same_gold);
                predicted_same += usize::from(same_predicted);
                both += usize::from(same_gold && same_predicted);
                if same_gold != same_predicted && std::env::var_os("ALIAS_ERRORS").is_some() {
                    println!(
                        "  alias {} {name_a:?} {name_b:?}",
                        if same_gold { "split" } else { "merged" }
                    );
                }
            }
        }
    }
    let p = both as f64 / predicted_same.max(1) as f64;
    let r = both as f64 / gold_same.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!("\nGUM held-out alias (lenient): P {p:.3}  R {r:.3}  F1 {f:.3}  ({detected}/{gold} gold entities detected)");
}
