//! Re-analyses a document after each keystroke of typing, for profilers:
//! `cargo run --release --example profile_edit -- FILE [KEYSTROKES]`.
//!
//! It types "typing " one character at a time where `../shared/tools/lspbench` types (the
//! first prose line from the middle of the file on, after the first space past half the line:
//! in the 1 MB corpus document, in front of "Vladilen Semenov", so a name changes on most
//! keystrokes), and runs the analysis and the rules after each.

use newslint::analysis::Analyzer;
use newslint::config::Config;
use newslint::rules::check;
use newslint::text::Format;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: profile_edit FILE [KEYSTROKES]");
    let keystrokes: usize = args
        .next()
        .map_or(20, |r| r.parse().expect("a number of keystrokes"));
    let mut text = std::fs::read_to_string(&path).expect("a readable UTF-8 file");
    let format = Format::from_path(std::path::Path::new(&path));
    let config = Config::default();
    let mut at = edit_point(&text);
    let mut analyzer = Analyzer::default();
    analyzer.analyze(&text, format, &config);
    let mut times = Vec::with_capacity(keystrokes);
    for c in "typing ".chars().cycle().take(keystrokes) {
        text.insert(at, c);
        at += c.len_utf8();
        let start = std::time::Instant::now();
        let analysis = analyzer.analyze(&text, format, &config);
        std::hint::black_box(check(&text, &analysis, &config));
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    let mean = times.iter().sum::<f64>() / keystrokes.max(1) as f64;
    times.sort_by(f64::total_cmp);
    let quantile = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    eprintln!(
        "{keystrokes} keystrokes: {mean:.1} ms mean, p50 {:.1} ms, p95 {:.1} ms",
        quantile(0.5),
        quantile(0.95)
    );
}

/// Where lspbench's `pick_edit_point("middle")` types, as a byte offset.
fn edit_point(text: &str) -> usize {
    let lines: Vec<(usize, &str)> = text
        .split('\n')
        .scan(0, |start, line| {
            let at = *start;
            *start += line.len() + 1;
            Some((at, line.trim_end_matches('\r')))
        })
        .collect();
    let middle = lines.len() / 2;
    let order = (middle..lines.len()).chain((0..middle).rev());
    for i in order {
        let (start, line) = lines[i];
        let prose = !["#", "```", "~~~", "|", "<"]
            .iter()
            .any(|p| line.trim_start().starts_with(p));
        // lspbench counts code points; so does this, then turns the column into bytes.
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        if chars.len() >= 20 && prose {
            let space = (chars.len() / 2..chars.len())
                .find(|&c| chars[c].1 == ' ')
                .or_else(|| chars.iter().rposition(|&(_, c)| c == ' '));
            let column = space.map_or(chars.len() / 2, |c| c + 1);
            return start + chars.get(column).map_or(line.len(), |&(b, _)| b);
        }
    }
    text.len()
}
