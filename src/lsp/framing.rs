//! A guard in front of the protocol library's reader that passes on only well-formed messages.
//!
//! tower-lsp-server reads through tokio-util's `FramedRead`, which ends the stream after the
//! first frame it cannot decode: one malformed message (bad JSON, a wrong `Content-Length`, a
//! missing header) would end the session. So the frames are checked here first. A good one is
//! passed on unchanged with a normalised header; a bad one is replaced by a
//! [`REJECTED_METHOD`] request with a `null` id, which the server answers with the JSON-RPC
//! error the spec prescribes (parse error or invalid request, `id: null`) and logs. A request
//! for a `$/` method, which the library would leave unanswered, is refused the same way with
//! its own id and MethodNotFound, as the LSP spec asks. Memory stays
//! bounded: headers are capped, and a body over [`MAX_MESSAGE_BYTES`] is skipped unread.

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tower_lsp_server::jsonrpc::{Request, Response};

/// The method that stands in for a message that could not be read or must be refused.
pub const REJECTED_METHOD: &str = "newslint/rejectedMessage";

/// Larger messages are refused (their bytes are read and dropped, never buffered).
pub const MAX_MESSAGE_BYTES: usize = 256 << 20;

/// A header block longer than this is garbage.
const MAX_HEADER_BYTES: usize = 8 << 10;

const HEADER_NAME: &[u8] = b"Content-Length";

/// The params of a [`REJECTED_METHOD`] request.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Rejected {
    /// The id to answer: the request's own for a `$/` request, else `null`.
    #[serde(skip)]
    pub id: serde_json::Value,
    /// The JSON-RPC error code to answer with: -32700 (parse error) or -32600 (invalid request).
    pub code: i64,
    pub reason: String,
}

const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;
const METHOD_NOT_FOUND: i64 = -32601;

enum Frame {
    /// A message body that reads as a JSON-RPC request, notification or response.
    Message(Vec<u8>),
    Rejected(Rejected),
    /// The input ended.
    End,
}

struct Reader<R> {
    input: R,
    buffer: Vec<u8>,
    eof: bool,
    max_message: usize,
}

impl<R: AsyncRead + Unpin> Reader<R> {
    /// Reads more input into the buffer; false at the end of the input.
    async fn fill(&mut self) -> bool {
        if self.eof {
            return false;
        }
        let mut chunk = [0u8; 64 << 10];
        match self.input.read(&mut chunk).await {
            Ok(0) | Err(_) => {
                self.eof = true;
                false
            }
            Ok(n) => {
                self.buffer.extend_from_slice(&chunk[..n]);
                true
            }
        }
    }

    /// Drops the garbage up to the next `Content-Length` after the first byte.
    fn resync(&mut self) {
        let rest = &self.buffer[1.min(self.buffer.len())..];
        let next = rest
            .windows(HEADER_NAME.len())
            .position(|w| w.eq_ignore_ascii_case(HEADER_NAME))
            .map_or(self.buffer.len(), |i| i + 1);
        self.buffer.drain(..next);
    }

    async fn next_frame(&mut self) -> Frame {
        // The header block.
        let header_end = loop {
            if let Some(i) = find(&self.buffer, b"\r\n\r\n") {
                break i;
            }
            if self.buffer.len() > MAX_HEADER_BYTES {
                self.resync();
                return rejected(PARSE_ERROR, "no message header found");
            }
            if !self.fill().await {
                if self.buffer.iter().all(u8::is_ascii_whitespace) {
                    return Frame::End;
                }
                self.buffer.clear();
                return rejected(PARSE_ERROR, "the input ended inside a message header");
            }
        };
        let length = match content_length(&self.buffer[..header_end]) {
            Ok(length) => length,
            Err(reason) => {
                self.resync();
                return rejected(PARSE_ERROR, &reason);
            }
        };
        self.buffer.drain(..header_end + 4);
        if length > self.max_message {
            let mut left = length;
            loop {
                let n = left.min(self.buffer.len());
                self.buffer.drain(..n);
                left -= n;
                if left == 0 || !self.fill().await {
                    break;
                }
            }
            return rejected(
                INVALID_REQUEST,
                &format!(
                    "a message of {length} bytes is over the limit of {}",
                    self.max_message
                ),
            );
        }
        while self.buffer.len() < length {
            if !self.fill().await {
                self.buffer.clear();
                return rejected(PARSE_ERROR, "the input ended inside a message body");
            }
        }
        let body: Vec<u8> = self.buffer.drain(..length).collect();
        match check_body(&body) {
            Ok(()) => Frame::Message(body),
            Err(rejection) => Frame::Rejected(rejection),
        }
    }
}

fn rejected(code: i64, reason: &str) -> Frame {
    Frame::Rejected(Rejected {
        id: serde_json::Value::Null,
        code,
        reason: reason.to_owned(),
    })
}

/// The `Content-Length` of a header block; other headers are allowed and dropped.
fn content_length(block: &[u8]) -> Result<usize, String> {
    let block = std::str::from_utf8(block).map_err(|_| "a header is not UTF-8".to_owned())?;
    let mut length = None;
    for line in block.split("\r\n") {
        let Some((name, value)) = line.split_once(':') else {
            return Err(format!("not a header line: {:?}", truncate(line)));
        };
        if name.trim().eq_ignore_ascii_case("Content-Length") {
            let value = value.trim();
            length = Some(
                value
                    .parse::<usize>()
                    .map_err(|_| format!("bad Content-Length {:?}", truncate(value)))?,
            );
        }
    }
    length.ok_or_else(|| "no Content-Length header".to_owned())
}

/// Whether the protocol library will accept and answer the body: UTF-8 JSON shaped as a
/// JSON-RPC message. A request whose method starts with `$/` is refused here too: the spec
/// says to answer it with MethodNotFound, and the library would leave it unanswered.
fn check_body(body: &[u8]) -> Result<(), Rejected> {
    let refuse = |code, reason: String| Rejected {
        id: serde_json::Value::Null,
        code,
        reason,
    };
    let text = std::str::from_utf8(body)
        .map_err(|e| refuse(PARSE_ERROR, format!("the message is not UTF-8: {e}")))?;
    // Straight into the library's types (no intermediate tree: a didOpen may be 50 MB).
    if let Ok(request) = serde_json::from_str::<Request>(text) {
        if let Some(id) = request.id().filter(|_| request.method().starts_with("$/")) {
            return Err(Rejected {
                id: serde_json::to_value(id).unwrap_or_default(),
                code: METHOD_NOT_FOUND,
                reason: format!("unknown method {}", request.method()),
            });
        }
        return Ok(());
    }
    if serde_json::from_str::<Response>(text).is_ok() {
        return Ok(());
    }
    match serde_json::from_str::<serde::de::IgnoredAny>(text) {
        Err(e) => Err(refuse(PARSE_ERROR, format!("the message is not JSON: {e}"))),
        Ok(_) => Err(refuse(
            INVALID_REQUEST,
            "the message is JSON but not a JSON-RPC request, notification or response".to_owned(),
        )),
    }
}

fn truncate(text: &str) -> String {
    text.chars().take(40).collect()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Copies well-formed frames from `input` to `output` until the input ends or the output is
/// closed; replaces each malformed one with a [`REJECTED_METHOD`] request.
pub async fn forward_well_formed(input: impl AsyncRead + Unpin, output: impl AsyncWrite + Unpin) {
    forward_with_limit(input, output, MAX_MESSAGE_BYTES).await
}

async fn forward_with_limit(
    input: impl AsyncRead + Unpin,
    mut output: impl AsyncWrite + Unpin,
    max_message: usize,
) {
    let mut reader = Reader {
        input,
        buffer: Vec::new(),
        eof: false,
        max_message,
    };
    loop {
        let body = match reader.next_frame().await {
            Frame::End => break,
            Frame::Message(body) => body,
            Frame::Rejected(rejected) => serde_json::to_vec(&serde_json::json!({
                "jsonrpc": "2.0",
                "id": rejected.id,
                "method": REJECTED_METHOD,
                "params": rejected,
            }))
            .expect("plain JSON values serialise"),
        };
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        let written = async {
            output.write_all(header.as_bytes()).await?;
            output.write_all(&body).await?;
            output.flush().await
        };
        if written.await.is_err() {
            break;
        }
    }
    let _ = output.shutdown().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn frames(input: &[u8], max_message: usize) -> Vec<serde_json::Value> {
        let mut output = Vec::new();
        forward_with_limit(input, &mut output, max_message).await;
        let mut out = Vec::new();
        let mut rest = output.as_slice();
        while !rest.is_empty() {
            let header_end = find(rest, b"\r\n\r\n").unwrap();
            let length = content_length(&rest[..header_end]).unwrap();
            let body = &rest[header_end + 4..header_end + 4 + length];
            out.push(serde_json::from_slice(body).unwrap());
            rest = &rest[header_end + 4 + length..];
        }
        out
    }

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[tokio::test]
    async fn good_frames_pass_and_bad_ones_are_replaced() {
        let good = r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        let input = [
            frame(good),
            frame("{not json"),
            "garbage\r\n\r\n".to_owned(),
            format!(
                "content-length:{}\r\nContent-Type: text/plain\r\n\r\n{good}",
                good.len()
            ),
            frame("[1, 2]"),
            "Content-Length: 99999999999999999999999\r\n\r\n".to_owned(),
            frame(good),
        ]
        .concat();
        let got = frames(input.as_bytes(), MAX_MESSAGE_BYTES).await;
        let methods: Vec<_> = got.iter().map(|m| m["method"].as_str().unwrap()).collect();
        assert_eq!(
            methods,
            [
                "shutdown",
                REJECTED_METHOD,
                REJECTED_METHOD,
                "shutdown",
                REJECTED_METHOD,
                REJECTED_METHOD,
                "shutdown"
            ]
        );
        assert_eq!(got[1]["params"]["code"], PARSE_ERROR);
        assert_eq!(got[4]["params"]["code"], INVALID_REQUEST);
    }

    #[tokio::test]
    async fn an_oversized_body_is_skipped_not_buffered() {
        let good = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let limit = 1000;
        let big = 300_000;
        let mut input = format!("Content-Length: {big}\r\n\r\n").into_bytes();
        input.resize(input.len() + big, b' ');
        input.extend_from_slice(frame(good).as_bytes());
        let got = frames(&input, limit).await;
        assert_eq!(got.len(), 2);
        assert_eq!(got[0]["method"], REJECTED_METHOD);
        assert_eq!(got[1]["method"], "initialized");
    }
}
