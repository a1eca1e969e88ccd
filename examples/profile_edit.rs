//! Re-analyses a document after one-character edits in the middle, for profilers:
//! `cargo run --release --example profile_edit -- FILE [ROUNDS]`.

use newslint::analysis::Analyzer;
use newslint::config::Config;
use newslint::rules::check;
use newslint::text::Format;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: profile_edit FILE [ROUNDS]");
    let rounds: usize = args
        .next()
        .map_or(20, |r| r.parse().expect("a number of rounds"));
    let text = std::fs::read_to_string(&path).expect("a readable UTF-8 file");
    let format = Format::from_path(std::path::Path::new(&path));
    let config = Config::default();
    let middle = (text.len() / 2..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let mut edited = text.clone();
    edited.insert(middle, 'x');
    let mut analyzer = Analyzer::default();
    let start = std::time::Instant::now();
    for round in 0..rounds {
        let source = if round % 2 == 0 { &text } else { &edited };
        let analysis = analyzer.analyze(source, format, &config);
        std::hint::black_box(check(source, &analysis, &config));
    }
    eprintln!(
        "{rounds} rounds: {:.1} ms per round",
        start.elapsed().as_secs_f64() * 1000.0 / rounds as f64
    );
}
