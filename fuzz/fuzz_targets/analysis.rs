//! The whole engine on arbitrary text in both formats: no panic, every span inside the text
//! on character boundaries, the same result twice, and the same result through a reused
//! `Analyzer` (after analysing another text) as from scratch.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslint::analysis::{analyze, Analyzer};
use newslint::config::Config;
use newslint::rules::check;
use newslint::text::Format;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let source = String::from_utf8_lossy(rest);
    let format = if selector & 1 == 0 {
        Format::Markdown
    } else {
        Format::PlainText
    };
    let config = Config::default();
    let analysis = analyze(&source, format, &config);
    invariants::check_analysis(&source, &analysis);
    let findings = check(&source, &analysis, &config);
    invariants::check_findings(&source, &findings);

    assert_eq!(analyze(&source, format, &config), analysis, "not deterministic");
    assert_eq!(check(&source, &analysis, &config), findings, "findings not deterministic");

    // The block cache must not change the answer: analyse a prefix first, then the whole.
    let mut analyzer = Analyzer::default();
    let cut = (selector as usize * source.len() / 256).min(source.len());
    let cut = (0..=cut).rev().find(|&i| source.is_char_boundary(i)).unwrap_or(0);
    analyzer.analyze(&source[..cut], format, &config);
    assert_eq!(analyzer.analyze(&source, format, &config), analysis, "incremental differs");
});
