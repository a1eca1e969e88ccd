//! The document store under random LSP edits in both position encodings, including ranges
//! past the ends of lines and of the document and reversed ranges: after every change the
//! rope equals a reference `String` model (the fuzz target `document_edits`, in `cargo test`).

mod support;

use proptest::prelude::*;
use support::invariants::reference_offset;

use newslint::lsp::position::Encoding;
use newslint::lsp::Documents;
use newslint::text::Format;
use tower_lsp_server::lsp_types::{Position, Range, TextDocumentContentChangeEvent, Uri};

const PIECES: &[&str] = &[
    "a",
    "Сергей",
    "👍",
    "e\u{301}",
    "\n",
    "\r\n",
    "\r",
    "“",
    "”",
    " ",
    "",
    "\u{0}",
    "\u{feff}",
];

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..30).prop_map(|p| p.concat())
}

/// Start and end as (line, character).
type RawRange = ((u32, u32), (u32, u32));

/// A change: a range given in small line/character numbers (often out of range), or none for
/// a full replacement.
fn change() -> impl Strategy<Value = (Option<RawRange>, String)> {
    let position = (0u32..8, 0u32..12);
    (
        proptest::option::weighted(0.9, (position.clone(), position)),
        text(),
    )
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn the_rope_follows_a_reference_model(
        initial in text(),
        batches in proptest::collection::vec(proptest::collection::vec(change(), 1..4), 1..12),
        utf8: bool,
    ) {
        let uri: Uri = "file:///proptest/doc.md".parse().unwrap();
        let encoding = if utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
        let mut documents = Documents::default();
        documents.open(uri.clone(), &initial, 0, Format::Markdown);
        let mut model = initial;
        for (version, batch) in batches.into_iter().enumerate() {
            let mut events = Vec::new();
            for (range, text) in batch {
                let range = range.map(|((l1, c1), (l2, c2))| {
                    Range::new(Position::new(l1, c1), Position::new(l2, c2))
                });
                match range {
                    None => model = text.clone(),
                    Some(range) => {
                        let a = reference_offset(&model, range.start, utf8);
                        let b = reference_offset(&model, range.end, utf8);
                        model.replace_range(a.min(b)..a.max(b), &text);
                    }
                }
                events.push(TextDocumentContentChangeEvent { range, range_length: None, text });
            }
            documents.change(&uri, version as i32 + 1, events, encoding);
            prop_assert_eq!(documents.get(&uri).unwrap().rope.to_string(), model.clone());
        }
    }
}
