//! Stand-in for `newslint analyze --json FILE...` (attributions only) until the CLI lands, so
//! that the official scorer can run against the attribution engine.

use newslint::analysis::{analyze, Span};
use newslint::config::Config;
use newslint::text::Format;
use serde_json::{json, Value};

fn main() {
    let config = Config::default();
    let mut files = Vec::new();
    for path in std::env::args().skip(1) {
        let source = std::fs::read_to_string(&path).expect("readable UTF-8 file");
        let analysis = analyze(&source, Format::from_path(path.as_ref()), &config);
        // Byte offset → code point offset.
        let mut chars = vec![0usize; source.len() + 1];
        let mut count = 0;
        for (i, c) in source.char_indices() {
            for slot in &mut chars[i..i + c.len_utf8()] {
                *slot = count;
            }
            count += 1;
        }
        chars[source.len()] = count;
        let span = |s: Span| json!({"start": chars[s.start], "end": chars[s.end]});
        let optional = |s: Option<Span>| s.map_or(Value::Null, span);
        let attributions: Vec<Value> = analysis
            .attributions
            .iter()
            .map(|a| {
                json!({"direct": a.direct, "content": span(a.content), "source": optional(a.source),
                       "cue": optional(a.cue), "entity": a.speaker})
            })
            .collect();
        files.push(
            json!({"path": path, "entities": [], "attributions": attributions,
                          "claims": [], "diagnostics": []}),
        );
    }
    println!("{}", json!({ "files": files }));
}
