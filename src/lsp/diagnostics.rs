//! Findings → the `textDocument/publishDiagnostics` notification, written straight to bytes.
//!
//! On a keystroke most diagnostics are those of the last publish: the same finding at the same
//! place before the edit, or moved by the edit after it. Their JSON up to the range (code, link,
//! escaped message) is copied from the last publish and their range moved by the lines the edit
//! added or removed; only the others are positioned and escaped again.

use std::io::Write;
use std::ops::Range as Bytes;
use std::sync::{Arc, LazyLock};
use tower_lsp_server::lsp_types::{
    CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, Position, Range, Uri,
};

use super::documents::Analyzed;
use super::position::{to_range, Cursor, Encoding};
use crate::analysis::Span;
use crate::config::Level;
use crate::rules::{Finding, RULES};
use crate::text::shared_len;

/// Where each rule is documented (the README's rules table).
const RULES_DOC: &str = "https://github.com/newslint/newslint/blob/main/README.md";

const SOURCE: &str = "newslint";

/// What a publish wrote, for the next publish of the same document to copy from.
#[derive(Debug)]
pub struct Published {
    encoding: Encoding,
    body: Arc<Vec<u8>>,
    /// One per finding, in finding order.
    diagnostics: Vec<Written>,
}

#[derive(Debug)]
struct Written {
    /// The diagnostic's bytes in `body`.
    bytes: Bytes<usize>,
    /// How many of them come before its range (up to and including `"range":`).
    head: usize,
    range: Range,
    severity: DiagnosticSeverity,
}

/// The body of the notification for `analyzed` (the keys in the order the protocol library
/// wrote them through `serde_json::Value`: alphabetical, absent ones omitted). What it wrote is
/// kept with `analyzed`; `previous`, the document's analysis published before it, lends its own.
pub fn publish(
    uri: &Uri,
    analyzed: &Analyzed,
    previous: Option<&Analyzed>,
    encoding: Encoding,
) -> Arc<Vec<u8>> {
    let version = Some(analyzed.version);
    if analyzed.skipped {
        let mut body = Body::new(1);
        let range = to_range(&analyzed.rope, Span::new(0, 0), encoding);
        let message = format!(
            "not analysed: this document is {} bytes, over the maxFileSize setting",
            analyzed.source.len()
        );
        body.next();
        body.head("max-file-size", None, &message);
        body.rest(range, DiagnosticSeverity::INFORMATION);
        return Arc::new(body.finish(uri, version));
    }
    let mut body = Body::new(analyzed.findings.len());
    let mut written = Vec::with_capacity(analyzed.findings.len());
    let mut reuse = previous.and_then(|previous| Reuse::new(previous, analyzed, encoding));
    let mut cursor = Cursor::new(&analyzed.rope, &analyzed.source, encoding);
    for finding in &analyzed.findings {
        let start = body.next();
        let severity = severity(finding.level);
        let (head, range) = match reuse.as_mut().and_then(|reuse| reuse.find(finding)) {
            // The same diagnostic in the same place, or on lines that did not move.
            Some((bytes, old, range)) if old.range == range && old.severity == severity => {
                body.bytes.extend_from_slice(bytes);
                (old.head, range)
            }
            Some((bytes, old, range)) => {
                body.bytes.extend_from_slice(&bytes[..old.head]);
                body.rest(range, severity);
                (old.head, range)
            }
            None => {
                body.head(finding.rule, code_href(finding.rule), &finding.message);
                let head = body.bytes.len() - start;
                let range = cursor.range(finding.span);
                body.rest(range, severity);
                (head, range)
            }
        };
        written.push(Written {
            bytes: start..body.bytes.len(),
            head,
            range,
            severity,
        });
    }
    let body = Arc::new(body.finish(uri, version));
    let published = Published {
        encoding,
        body: Arc::clone(&body),
        diagnostics: written,
    };
    // Published once per analysis; a second publish of it would write the same.
    let _ = analyzed.published.set(published);
    body
}

/// The notification that clears a closed document's diagnostics.
pub fn clear(uri: &Uri) -> Arc<Vec<u8>> {
    Arc::new(Body::new(0).finish(uri, None))
}

/// A notification being written.
struct Body {
    bytes: Vec<u8>,
    diagnostics: usize,
}

impl Body {
    fn new(diagnostics: usize) -> Body {
        // About 300 bytes a diagnostic.
        let mut bytes = Vec::with_capacity(256 + 320 * diagnostics);
        bytes.extend_from_slice(
            br#"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"diagnostics":["#,
        );
        Body {
            bytes,
            diagnostics: 0,
        }
    }

    /// Starts the next diagnostic; returns where it begins.
    fn next(&mut self) -> usize {
        if self.diagnostics > 0 {
            self.bytes.push(b',');
        }
        self.diagnostics += 1;
        self.bytes.len()
    }

    /// A diagnostic up to and including `"range":`.
    fn head(&mut self, code: &str, href: Option<&str>, message: &str) {
        self.bytes.extend_from_slice(br#"{"code":"#);
        self.string(code);
        if let Some(href) = href {
            self.bytes
                .extend_from_slice(br#","codeDescription":{"href":"#);
            self.string(href);
            self.bytes.push(b'}');
        }
        self.bytes.extend_from_slice(br#","message":"#);
        self.string(message);
        self.bytes.extend_from_slice(br#","range":"#);
    }

    /// The rest of a diagnostic after its head.
    fn rest(&mut self, range: Range, severity: DiagnosticSeverity) {
        let keyed: [(&[u8], Position); 2] =
            [(br#"{"end":"#, range.end), (br#","start":"#, range.start)];
        for (key, position) in keyed {
            self.bytes.extend_from_slice(key);
            self.bytes.extend_from_slice(br#"{"character":"#);
            self.number(position.character);
            self.bytes.extend_from_slice(br#","line":"#);
            self.number(position.line);
            self.bytes.push(b'}');
        }
        self.bytes.extend_from_slice(br#"},"severity":"#);
        serde_json::to_writer(&mut self.bytes, &severity).expect("a number serialises");
        self.bytes.extend_from_slice(br#","source":""#);
        self.bytes.extend_from_slice(SOURCE.as_bytes());
        self.bytes.extend_from_slice(br#""}"#);
    }

    /// `n` in decimal (`write!` through `fmt` took most of the time of a publish).
    fn number(&mut self, mut n: u32) {
        let mut digits = [0u8; 10];
        let mut first = digits.len();
        loop {
            first -= 1;
            digits[first] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.bytes.extend_from_slice(&digits[first..]);
    }

    fn string(&mut self, text: &str) {
        serde_json::to_writer(&mut self.bytes, text).expect("a string serialises");
    }

    fn finish(mut self, uri: &Uri, version: Option<i32>) -> Vec<u8> {
        self.bytes.extend_from_slice(br#"],"uri":"#);
        self.string(uri.as_str());
        if let Some(version) = version {
            let _ = write!(self.bytes, r#","version":{version}"#);
        }
        self.bytes.extend_from_slice(b"}}");
        self.bytes
    }
}

/// The last publish's diagnostics, walked in step with the new findings (both are in span order).
struct Reuse<'a> {
    findings: &'a [Finding],
    published: &'a Published,
    edit: Edit,
    next: usize,
}

impl<'a> Reuse<'a> {
    fn new(previous: &'a Analyzed, analyzed: &Analyzed, encoding: Encoding) -> Option<Reuse<'a>> {
        let published = previous.published.get()?;
        (published.encoding == encoding).then(|| Reuse {
            findings: &previous.findings,
            published,
            edit: Edit::between(previous, analyzed),
            next: 0,
        })
    }

    /// The last publish's diagnostic of the same finding (its bytes, what is known of them,
    /// and its range moved to the new text), if the text it is positioned from did not change.
    fn find(&mut self, finding: &Finding) -> Option<(&'a [u8], &'a Written, Range)> {
        let key = (finding.span.start, finding.span.end, finding.rule);
        while let Some(old) = self.findings.get(self.next) {
            let index = self.next;
            let Some((span, line_shift)) = self.edit.moved(old.span) else {
                self.next += 1;
                continue;
            };
            match (span.start, span.end, old.rule).cmp(&key) {
                std::cmp::Ordering::Less => self.next += 1,
                std::cmp::Ordering::Greater => return None,
                std::cmp::Ordering::Equal => {
                    self.next += 1;
                    if old.message != finding.message {
                        return None;
                    }
                    let written = &self.published.diagnostics[index];
                    let shift =
                        |p: Position| Position::new(p.line.wrapping_add(line_shift), p.character);
                    let range = Range::new(shift(written.range.start), shift(written.range.end));
                    let bytes = &self.published.body[written.bytes.clone()];
                    return Some((bytes, written, range));
                }
            }
        }
        None
    }
}

/// How two versions of a text differ, in whole lines: the lines before `same_before` are the
/// same, and so is the text from line start `old_after` on (at `new_after` in the new text).
/// A position there depends only on the text before it on its line and the lines before, so
/// one before the edit stays and one after it moves by whole lines.
struct Edit {
    same_before: usize,
    /// `usize::MAX` when the shared tail holds no line break.
    old_after: usize,
    new_after: usize,
    /// Lines added (wrapping: negative when removed).
    line_shift: u32,
}

impl Edit {
    fn between(old: &Analyzed, new: &Analyzed) -> Edit {
        let (old_text, new_text) = (old.source.as_bytes(), new.source.as_bytes());
        let prefix = shared_len(old_text, new_text, false);
        let same_before = new_text[..prefix]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let suffix =
            shared_len(old_text, new_text, true).min(old_text.len().min(new_text.len()) - prefix);
        let tail = old_text.len() - suffix;
        // The first line start in the shared tail that follows a line break of the tail
        // itself (a `\n`: a line ending in a lone `\r` is not trusted).
        let old_after = old_text[tail..]
            .iter()
            .position(|&b| b == b'\n')
            .map(|i| tail + i + 1);
        let Some(old_after) = old_after else {
            return Edit {
                same_before,
                old_after: usize::MAX,
                new_after: usize::MAX,
                line_shift: 0,
            };
        };
        let new_after = old_after + new_text.len() - old_text.len();
        let line_shift = (new.rope.byte_to_line(new_after) as u32)
            .wrapping_sub(old.rope.byte_to_line(old_after) as u32);
        Edit {
            same_before,
            old_after,
            new_after,
            line_shift,
        }
    }

    /// `span` of the old text in the new one, and the lines its positions move by; none if it
    /// touches the edited lines.
    fn moved(&self, span: Span) -> Option<(Span, u32)> {
        if span.end <= self.same_before {
            Some((span, 0))
        } else if span.start >= self.old_after {
            let to_new = |offset: usize| offset - self.old_after + self.new_after;
            Some((
                Span::new(to_new(span.start), to_new(span.end)),
                self.line_shift,
            ))
        } else {
            None
        }
    }
}

/// A finding as an `lsp_types` diagnostic, for code actions.
pub fn diagnostic(analyzed: &Analyzed, finding: &Finding, encoding: Encoding) -> Diagnostic {
    Diagnostic {
        range: to_range(&analyzed.rope, finding.span, encoding),
        severity: Some(severity(finding.level)),
        code: Some(NumberOrString::String(finding.rule.to_owned())),
        code_description: code_href(finding.rule)
            .and_then(|href| href.parse::<Uri>().ok())
            .map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_owned()),
        message: finding.message.clone(),
        ..Default::default()
    }
}

/// The link to a rule's documentation; every finding's rule is in the registry.
fn code_href(rule: &str) -> Option<&'static str> {
    static HREFS: LazyLock<Vec<(&str, Option<String>)>> = LazyLock::new(|| {
        RULES
            .iter()
            .map(|r| {
                let href = format!("{RULES_DOC}#{}", r.id());
                // Only a link that reads as a URI is sent (and it is sent as written).
                (r.id(), href.parse::<Uri>().is_ok().then_some(href))
            })
            .collect()
    });
    HREFS
        .iter()
        .find(|(id, _)| *id == rule)
        .and_then(|(_, href)| href.as_deref())
}

fn severity(level: Level) -> DiagnosticSeverity {
    match level {
        Level::Error => DiagnosticSeverity::ERROR,
        Level::Warning => DiagnosticSeverity::WARNING,
        Level::Info => DiagnosticSeverity::INFORMATION,
        Level::Hint | Level::Off => DiagnosticSeverity::HINT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analyzer;
    use crate::config::Config;
    use crate::text::Format;
    use tower_lsp_server::lsp_types::PublishDiagnosticsParams;

    fn uri() -> Uri {
        "file:///tmp/article.md".parse().unwrap()
    }

    fn analyse(text: &str, version: i32, analyzer: &mut Analyzer) -> Analyzed {
        let config = Arc::new(Config::default());
        let analysis = analyzer.analyze(text, Format::Markdown, &config);
        let findings = crate::rules::check(text, &analysis, &config);
        Analyzed {
            version,
            rope: ropey::Rope::from_str(text),
            source: text.to_owned(),
            analysis,
            findings,
            hints: Vec::new(),
            config,
            skipped: false,
            published: Default::default(),
        }
    }

    const ARTICLE: &str = "“Сергей Лавров” said 👍 Zoë's «oui», officials said.\r\n\n\
        Experts say the plan will fail. The minister said \"we will win\n\n\
        Many people believe it is true. Dr. Jane Smith said it was \"fine\".\n";

    #[test]
    fn writes_what_the_protocol_library_wrote() {
        for encoding in [Encoding::Utf16, Encoding::Utf8] {
            let analyzed = analyse(ARTICLE, 3, &mut Analyzer::default());
            assert!(analyzed.findings.len() > 3, "{:?}", analyzed.findings);
            let diagnostics = analyzed
                .findings
                .iter()
                .map(|f| diagnostic(&analyzed, f, encoding))
                .collect();
            let params = PublishDiagnosticsParams::new(uri(), diagnostics, Some(3));
            let expected = serde_json::json!({
                "jsonrpc": "2.0",
                "method": "textDocument/publishDiagnostics",
                "params": params,
            });
            let written = publish(&uri(), &analyzed, None, encoding);
            assert_eq!(
                String::from_utf8_lossy(&written),
                serde_json::to_string(&expected).unwrap()
            );
        }
    }

    #[test]
    fn a_publish_after_edits_writes_what_a_fresh_one_writes() {
        // Each text is the one before it, edited: within a line, across lines, lines added
        // and removed, at the start and the end, next to line breaks of each kind.
        let edits: [fn(&str) -> String; 10] = [
            |t| t.replacen("plan", "plan, critics said,", 1),
            |t| t.replacen("fail.", "fail.\n\nAnother line. Officials say.", 1),
            |t| t.replacen("\r\n", "\n", 1),
            |t| format!("New first line.\n{t}"),
            |t| t.replacen("Many", "Some", 1),
            |t| t.replacen("\n\n", " ", 1),
            |t| format!("{t}Last said \"x"),
            |t| t.replacen("Zoë", "Zoe", 1),
            |t| t.replacen("\"fine\"", "“fine”", 1),
            |t| t[t.len() / 3..].to_owned(),
        ];
        for encoding in [Encoding::Utf16, Encoding::Utf8] {
            let mut analyzer = Analyzer::default();
            let mut text = ARTICLE.to_owned();
            let mut previous = analyse(&text, 1, &mut analyzer);
            publish(&uri(), &previous, None, encoding);
            for (version, edit) in (2..).zip(edits) {
                text = edit(&text);
                let next = analyse(&text, version, &mut analyzer);
                let incremental = publish(&uri(), &next, Some(&previous), encoding);
                let fresh = publish(
                    &uri(),
                    &analyse(&text, version, &mut Analyzer::default()),
                    None,
                    encoding,
                );
                assert_eq!(
                    String::from_utf8_lossy(&incremental),
                    String::from_utf8_lossy(&fresh),
                    "{text:?}"
                );
                previous = next;
            }
        }
    }

    #[test]
    fn rule_links_serialise_as_written() {
        for rule in RULES {
            let href = code_href(rule.id()).expect("every rule has a link");
            assert_eq!(href.parse::<Uri>().unwrap().as_str(), href);
        }
    }
}
