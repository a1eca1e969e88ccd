//! An in-process LSP client over `tokio::io::duplex`, talking to the real server.
#![allow(dead_code)] // each test binary uses its own part of it

pub mod invariants;

use serde_json::{json, Value};
use std::time::Duration;
use tokio::io::{
    AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, ReadHalf, WriteHalf,
};

pub struct Client {
    reader: BufReader<ReadHalf<DuplexStream>>,
    writer: WriteHalf<DuplexStream>,
    next_id: i64,
    /// Notifications read while waiting for something else, oldest first.
    pub notifications: Vec<Value>,
}

pub const TIMEOUT: Duration = Duration::from_secs(20);

impl Client {
    /// Starts a server on its own task and connects to it.
    pub fn start() -> Client {
        Client::with_pipe_capacity(1 << 20)
    }

    /// A server whose pipes buffer at most `capacity` bytes each way.
    pub fn with_pipe_capacity(capacity: usize) -> Client {
        let (client_end, server_end) = tokio::io::duplex(capacity);
        let (server_read, server_write) = tokio::io::split(server_end);
        tokio::spawn(newslint::lsp::serve(server_read, server_write));
        let (reader, writer) = tokio::io::split(client_end);
        Client {
            reader: BufReader::new(reader),
            writer,
            next_id: 1,
            notifications: Vec::new(),
        }
    }

    /// The two directions apart, for clients that write and read at the same time.
    pub fn split(self) -> (Writer, Reader) {
        (
            Writer {
                writer: self.writer,
            },
            Reader {
                reader: self.reader,
            },
        )
    }

    pub async fn send_raw(&mut self, bytes: &[u8]) {
        self.writer
            .write_all(bytes)
            .await
            .expect("server is reading");
        self.writer.flush().await.expect("flush");
    }

    pub async fn send(&mut self, message: Value) {
        let body = message.to_string();
        self.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes())
            .await;
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}))
            .await;
    }

    /// Sends a request and returns its response (`result` or `error`), answering server
    /// requests and keeping notifications on the way.
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
            .await;
        loop {
            let message = self.read().await;
            if message.get("id") == Some(&json!(id)) && message.get("method").is_none() {
                return message;
            }
            self.handle_other(message).await;
        }
    }

    /// Reads until the next response (any id), answering server requests and keeping
    /// notifications on the way.
    pub async fn next_response(&mut self) -> Value {
        loop {
            let message = self.read().await;
            if message.get("method").is_none() {
                return message;
            }
            self.handle_other(message).await;
        }
    }

    /// Reads until a notification satisfies `pred`; earlier ones are kept.
    pub async fn wait_for(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.notifications.iter().position(&pred) {
            return self.notifications.remove(i);
        }
        loop {
            let message = self.read().await;
            if message.get("id").is_none() && pred(&message) {
                return message;
            }
            self.handle_other(message).await;
        }
    }

    /// The diagnostics published for `uri` at `version`.
    pub async fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let uri = uri.to_owned();
        let message = self
            .wait_for(move |m| {
                m["method"] == "textDocument/publishDiagnostics"
                    && m["params"]["uri"] == uri.as_str()
                    && m["params"]["version"] == version
            })
            .await;
        message["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    async fn handle_other(&mut self, message: Value) {
        match (
            message.get("id"),
            message.get("method").and_then(Value::as_str),
        ) {
            // A request from the server: answer as a plain client would.
            (Some(id), Some(method)) => {
                let result = if method == "workspace/configuration" {
                    json!([null])
                } else {
                    Value::Null
                };
                let id = id.clone();
                self.send(json!({"jsonrpc": "2.0", "id": id, "result": result}))
                    .await;
            }
            (None, Some(_)) => self.notifications.push(message),
            _ => {}
        }
    }

    pub async fn read(&mut self) -> Value {
        tokio::time::timeout(TIMEOUT, read_frame(&mut self.reader))
            .await
            .expect("the server answered in time")
    }

    /// initialize + initialized, offering UTF-8 or only UTF-16 positions.
    pub async fn initialize(&mut self, utf8: bool, init_options: Value) -> Value {
        let encodings = if utf8 {
            json!(["utf-8", "utf-16"])
        } else {
            json!(["utf-16"])
        };
        let response = self
            .request(
                "initialize",
                json!({
                    "processId": null,
                    "rootUri": null,
                    "capabilities": {"general": {"positionEncodings": encodings}},
                    "initializationOptions": init_options,
                }),
            )
            .await;
        self.notify("initialized", json!({})).await;
        response
    }

    pub async fn open(&mut self, uri: &str, language: &str, text: &str, version: i64) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}}),
        )
        .await;
    }

    pub async fn shutdown(&mut self) {
        let response = self.request("shutdown", Value::Null).await;
        assert_eq!(response["result"], Value::Null, "{response}");
        self.notify("exit", Value::Null).await;
    }
}

/// The LSP position of byte `offset` in `text`, computed the slow, obvious way.
pub fn position(text: &str, offset: usize, utf8: bool) -> Value {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let line_text = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let character = if utf8 {
        line_text.len()
    } else {
        line_text.encode_utf16().count()
    };
    json!({"line": line, "character": character})
}

/// The diagnostics the server must publish for `text`: the engine's findings at the obvious
/// positions, as `essentials` renders them.
pub fn expected_diagnostics(text: &str, language: &str, utf8: bool) -> Vec<Value> {
    use newslint::{analysis::analyze, config::Config, rules::check, text::Format};
    let config = Config::default();
    let format = Format::from_language_id(language);
    let analysis = analyze(text, format, &config);
    check(text, &analysis, &config)
        .iter()
        .map(|f| {
            json!({
                "range": {"start": position(text, f.span.start, utf8), "end": position(text, f.span.end, utf8)},
                "code": f.rule,
                "message": f.message,
            })
        })
        .collect()
}

/// What `expected_diagnostics` compares: range, code and message.
pub fn essentials(diagnostics: &[Value]) -> Vec<Value> {
    diagnostics
        .iter()
        .map(|d| json!({"range": d["range"], "code": d["code"], "message": d["message"]}))
        .collect()
}

/// Reads one framed message.
pub async fn read_frame(reader: &mut BufReader<ReadHalf<DuplexStream>>) -> Value {
    let mut length = None;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).await.expect("read header");
        assert!(!line.is_empty(), "the server closed the stream");
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = Some(value.parse::<usize>().expect("numeric length"));
        }
    }
    let mut body = vec![0; length.expect("Content-Length header")];
    reader.read_exact(&mut body).await.expect("read body");
    if std::env::var_os("LSP_TRACE").is_some() {
        eprintln!("<= {}", String::from_utf8_lossy(&body));
    }
    serde_json::from_slice(&body).expect("JSON body")
}

/// The writing half of a split [`Client`].
pub struct Writer {
    writer: WriteHalf<DuplexStream>,
}

impl Writer {
    pub async fn send(&mut self, message: Value) {
        let body = message.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.writer
            .write_all(frame.as_bytes())
            .await
            .expect("server is reading");
        self.writer.flush().await.expect("flush");
    }
}

/// The reading half of a split [`Client`].
pub struct Reader {
    reader: BufReader<ReadHalf<DuplexStream>>,
}

impl Reader {
    /// The next message, or None when the server has closed the stream.
    pub async fn next(&mut self) -> Option<Value> {
        // Peek for the end of the stream without consuming a header line.
        let buffered = self.reader.fill_buf().await.ok()?;
        if buffered.is_empty() {
            return None;
        }
        Some(read_frame(&mut self.reader).await)
    }
}
