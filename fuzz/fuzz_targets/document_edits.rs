//! The document store under arbitrary LSP edits in both position encodings: after every
//! change the rope equals a reference `String` model that applies the documented clamping
//! (past the end of a line → its end; past the last line → the end; inside a character → its
//! start; a reversed range → swapped). Never a panic.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use newslint::lsp::position::Encoding;
use newslint::lsp::Documents;
use newslint::text::Format;
use tower_lsp_server::lsp_types::{Position, Range, TextDocumentContentChangeEvent, Uri};

#[path = "../../tests/support/invariants.rs"]
mod invariants;
use invariants::reference_offset;

#[derive(Debug, Arbitrary)]
struct Input {
    utf8: bool,
    initial: String,
    changes: Vec<(i32, Vec<Change>)>,
}

#[derive(Debug, Arbitrary)]
struct Change {
    range: Option<((u8, u8), (u8, u8))>,
    text: String,
}

fuzz_target!(|input: Input| {
    let uri: Uri = "file:///fuzz/doc.md".parse().unwrap();
    let encoding = if input.utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
    let mut documents = Documents::default();
    documents.open(uri.clone(), &input.initial, 0, Format::Markdown);
    let mut model = input.initial.clone();
    for (version, changes) in input.changes {
        let events: Vec<TextDocumentContentChangeEvent> = changes
            .iter()
            .map(|c| TextDocumentContentChangeEvent {
                range: c.range.map(|((l1, c1), (l2, c2))| {
                    Range::new(
                        Position::new(l1 as u32, c1 as u32),
                        Position::new(l2 as u32, c2 as u32),
                    )
                }),
                range_length: None,
                text: c.text.clone(),
            })
            .collect();
        for event in &events {
            match event.range {
                None => model = event.text.clone(),
                Some(range) => {
                    let a = reference_offset(&model, range.start, input.utf8);
                    let b = reference_offset(&model, range.end, input.utf8);
                    model.replace_range(a.min(b)..a.max(b), &event.text);
                }
            }
        }
        documents.change(&uri, version, events, encoding);
        let rope = &documents.get(&uri).unwrap().rope;
        assert_eq!(rope.to_string(), model);
    }
});
