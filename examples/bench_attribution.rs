//! Times the analysis of a ~100 KB article (the bundled example, repeated) — a benchmark, not a
//! test: `cargo run --release --example bench_attribution`.

use std::time::Instant;

use newslint::analysis::analyze;
use newslint::config::Config;
use newslint::text::Format;

fn main() {
    let article = include_str!("foreign-policy-concept.txt");
    let source = article.repeat(100_000 / article.len() + 1);
    let config = Config::default();
    let mut best = f64::MAX;
    let mut attributions = 0;
    for _ in 0..20 {
        let start = Instant::now();
        let analysis = analyze(&source, Format::PlainText, &config);
        best = best.min(start.elapsed().as_secs_f64());
        attributions = analysis.attributions.len();
    }
    println!(
        "{} KB, {attributions} attributions: whole analysis {:.2} ms (best of 20)",
        source.len() / 1024,
        best * 1000.0
    );
}
