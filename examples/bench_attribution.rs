//! Times the analysis of a ~100 KB article (the bundled example, repeated) — a benchmark, not a
//! test: `cargo run --release --example bench_attribution`.

use std::time::Instant;

use newslint::analysis::analyze;
use newslint::config::Config;
use newslint::text::Format;

/// Runs of the analysis timed; the median is reported (these machines are noisy).
const RUNS: usize = 21;

fn main() {
    let article = include_str!("foreign-policy-concept.txt");
    let source = article.repeat(100_000 / article.len() + 1);
    let config = Config::default();
    let mut samples = Vec::with_capacity(RUNS);
    let mut attributions = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let analysis = analyze(&source, Format::PlainText, &config);
        samples.push(start.elapsed().as_secs_f64() * 1000.0);
        attributions = analysis.attributions.len();
    }
    samples.sort_by(f64::total_cmp);
    println!(
        "{} KB, {attributions} attributions: whole analysis median {:.2} ms, best {:.2} ms \
         ({RUNS} runs)",
        source.len() / 1024,
        samples[RUNS / 2],
        samples[0],
    );
}
