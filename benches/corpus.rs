//! Documents for the benchmarks: the lspbench news corpus when `../shared` is there (10 KB,
//! 100 KB, 1 MB of Brown-corpus press prose), otherwise the bundled article repeated to size.

use std::path::Path;

pub struct Document {
    pub name: String,
    pub text: String,
}

pub fn documents() -> Vec<Document> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/tools/lspbench/corpus");
    let sizes = [("10k", 10_000), ("100k", 100_000), ("1m", 1_000_000)];
    sizes
        .iter()
        .map(|(label, bytes)| {
            let path = shared.join(format!("news-{label}.md"));
            match std::fs::read_to_string(&path) {
                Ok(text) => Document {
                    name: format!("news-{label}.md"),
                    text,
                },
                Err(_) => Document {
                    name: format!("example×{label}.md"),
                    text: repeat_example(*bytes),
                },
            }
        })
        .collect()
}

fn repeat_example(bytes: usize) -> String {
    let article = include_str!("../examples/foreign-policy-concept.md");
    let mut text = String::with_capacity(bytes + article.len());
    while text.len() < bytes {
        text.push_str(article);
        text.push('\n');
    }
    text
}

/// The value at quantile `q` (0..=1), nearest rank.
pub fn quantile_ms(mut samples: Vec<f64>, q: f64) -> f64 {
    samples.sort_by(f64::total_cmp);
    let rank = ((samples.len() as f64 - 1.0) * q).round() as usize;
    samples[rank]
}
