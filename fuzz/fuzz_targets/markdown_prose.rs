//! The Markdown text layer's offset map: the prose has the source's length and line breaks,
//! every non-blank prose byte is the source's byte, blocks lie inside the text and are disjoint.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslint::text::{Format, Prose};

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|source: &str| {
    let prose = Prose::parse(source, Format::Markdown);
    invariants::check_prose(source, &prose);
    let plain = Prose::parse(source, Format::PlainText);
    invariants::check_prose(source, &plain);
});
