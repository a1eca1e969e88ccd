//! The open documents. Changes are applied in arrival order, synchronously, under the store's
//! lock; a bad change is clamped and reported, never a panic and never silent.

use ropey::Rope;
use std::collections::HashMap;
use std::sync::Arc;
use tower_lsp_server::lsp_types::{TextDocumentContentChangeEvent, Uri};

use super::position::{to_position, to_span, Encoding};
use crate::analysis::{Analysis, Analyzer};
use crate::config::Config;
use crate::rules::Finding;
use crate::text::Format;

#[derive(Debug)]
pub struct Document {
    pub rope: Rope,
    pub version: i32,
    pub format: Format,
    /// The last analysis that completed, possibly of an older version.
    pub analyzed: Option<Arc<Analyzed>>,
    /// The block cache of this document's analyses.
    pub analyzer: Arc<std::sync::Mutex<Analyzer>>,
}

/// A completed analysis with the text it was run on.
#[derive(Debug)]
pub struct Analyzed {
    pub version: i32,
    pub rope: Rope,
    pub source: String,
    pub analysis: Analysis,
    pub findings: Vec<Finding>,
    /// The inlay hints' offsets and labels (`inlay_hints::anchors`).
    pub hints: Vec<(usize, String)>,
    /// The settings it ran with.
    pub config: Arc<Config>,
    /// Set when the document was too large to analyse.
    pub skipped: bool,
    /// Its diagnostics as published, which the next analysis's publish copies from.
    pub published: std::sync::OnceLock<super::diagnostics::Published>,
}

#[derive(Debug, Default)]
pub struct Documents {
    documents: HashMap<Uri, Document>,
}

impl Documents {
    pub fn open(&mut self, uri: Uri, text: &str, version: i32, format: Format) {
        let document = Document {
            rope: Rope::from_str(text),
            version,
            format,
            analyzed: None,
            analyzer: Default::default(),
        };
        self.documents.insert(uri, document);
    }

    pub fn close(&mut self, uri: &Uri) -> bool {
        self.documents.remove(uri).is_some()
    }

    pub fn get(&self, uri: &Uri) -> Option<&Document> {
        self.documents.get(uri)
    }

    pub fn get_mut(&mut self, uri: &Uri) -> Option<&mut Document> {
        self.documents.get_mut(uri)
    }

    pub fn uris(&self) -> Vec<Uri> {
        self.documents.keys().cloned().collect()
    }

    /// Applies `changes` in order. Returns warnings for the client log: an unknown document, a
    /// version that does not increase, a range that had to be clamped.
    pub fn change(
        &mut self,
        uri: &Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        encoding: Encoding,
    ) -> Vec<String> {
        let mut warnings = Vec::new();
        let Some(document) = self.documents.get_mut(uri) else {
            warnings.push(format!(
                "didChange for {} which is not open; ignored",
                uri.as_str()
            ));
            return warnings;
        };
        if version <= document.version {
            warnings.push(format!(
                "didChange for {} has version {version}, not after {}; applied in arrival order",
                uri.as_str(),
                document.version
            ));
        }
        for change in changes {
            match change.range {
                None => document.rope = Rope::from_str(&change.text),
                Some(range) => {
                    let span = to_span(&document.rope, range, encoding);
                    let exact = to_position(&document.rope, span.start, encoding) == range.start
                        && to_position(&document.rope, span.end, encoding) == range.end;
                    if !exact {
                        warnings.push(format!(
                            "didChange for {} has a range outside the document or reversed ({range:?}); clamped",
                            uri.as_str()
                        ));
                    }
                    let (start, end) = (
                        document.rope.byte_to_char(span.start),
                        document.rope.byte_to_char(span.end),
                    );
                    document.rope.remove(start..end);
                    document.rope.insert(start, &change.text);
                }
            }
        }
        document.version = version.max(document.version);
        warnings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::lsp_types::{Position, Range};

    fn uri() -> Uri {
        "file:///tmp/a.md".parse().unwrap()
    }

    fn edit(range: ((u32, u32), (u32, u32)), text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(
                Position::new(range.0 .0, range.0 .1),
                Position::new(range.1 .0, range.1 .1),
            )),
            range_length: None,
            text: text.to_owned(),
        }
    }

    #[test]
    fn applies_edits_in_order_in_both_encodings() {
        for encoding in [Encoding::Utf16, Encoding::Utf8] {
            let mut docs = Documents::default();
            docs.open(uri(), "“Сергей” 👍 said\nok", 1, Format::Markdown);
            let after_emoji = match encoding {
                Encoding::Utf16 => 11,
                Encoding::Utf8 => 23,
            };
            let warnings = docs.change(
                &uri(),
                2,
                vec![
                    edit(((0, after_emoji), (1, 0)), "!"),
                    edit(((0, 0), (0, 0)), ">"),
                ],
                encoding,
            );
            assert!(warnings.is_empty());
            assert_eq!(
                docs.get(&uri()).unwrap().rope.to_string(),
                ">“Сергей” 👍!ok"
            );
        }
    }

    #[test]
    fn bad_changes_are_reported_not_fatal() {
        let mut docs = Documents::default();
        docs.open(uri(), "abc", 5, Format::PlainText);
        let warnings = docs.change(
            &uri(),
            4,
            vec![edit(((7, 3), (9, 9)), "X")],
            Encoding::Utf16,
        );
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert_eq!(docs.get(&uri()).unwrap().rope.to_string(), "abcX");
        let unknown: Uri = "file:///nope.md".parse().unwrap();
        assert_eq!(docs.change(&unknown, 1, vec![], Encoding::Utf16).len(), 1);
    }
}
