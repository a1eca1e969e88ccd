//! Protocol abuse, end to end: every malformed or out-of-order message gets the response the
//! spec prescribes or a logged warning, and the server answers the next valid request.

mod support;

use serde_json::{json, Value};
use std::time::Duration;
use support::Client;

const URI: &str = "file:///tmp/newslint-test/abuse.md";

/// JSON-RPC and LSP error codes the spec prescribes.
const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;
const METHOD_NOT_FOUND: i64 = -32601;
const INVALID_PARAMS: i64 = -32602;
const SERVER_NOT_INITIALIZED: i64 = -32002;
const REQUEST_CANCELLED: i64 = -32800;

async fn hover(client: &mut Client, uri: &str, line: u32, character: u32) -> Value {
    client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
        )
        .await
}

/// The server still answers a valid request after whatever came before.
async fn assert_still_serving(client: &mut Client) {
    let response = hover(client, "file:///never-opened.md", 0, 0).await;
    assert_eq!(response["result"], Value::Null, "{response}");
    assert!(response.get("error").is_none(), "{response}");
}

/// Sends raw bytes, then expects an error response with a `null` id and the given code.
async fn assert_rejected(client: &mut Client, raw: &[u8], code: i64) {
    client.send_raw(raw).await;
    let error = client.next_response().await;
    assert_eq!(error["error"]["code"], code, "for {raw:?}: {error}");
    assert_eq!(error["id"], Value::Null, "{error}");
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

async fn started() -> Client {
    let mut client = Client::start();
    client.initialize(false, Value::Null).await;
    client
}

async fn logged_warning(client: &mut Client, needle: &str) -> Value {
    let needle = needle.to_owned();
    client
        .wait_for(move |m| {
            m["method"] == "window/logMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|t| t.contains(&needle))
        })
        .await
}

#[tokio::test]
async fn malformed_json_gets_a_parse_error_and_the_server_goes_on() {
    let mut client = started().await;
    let bodies: &[&[u8]] = &[
        b"{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": ",
        b"not json at all",
        b"{\"jsonrpc\": \"2.0\", \"id\": 8, \"method\": \"x\"}}",
        b"\xff\xfe{\"jsonrpc\": \"2.0\"}",
        b"",
        b"\0\0\0\0",
    ];
    for body in bodies {
        assert_rejected(&mut client, &frame(body), PARSE_ERROR).await;
        assert_still_serving(&mut client).await;
    }
    logged_warning(&mut client, "rejected a message").await;
    client.shutdown().await;
}

#[tokio::test]
async fn json_that_is_not_json_rpc_is_an_invalid_request() {
    let mut client = started().await;
    let bodies: &[&[u8]] = &[
        b"[1, 2, 3]",
        b"42",
        b"{\"hello\": \"world\"}",
        b"{\"jsonrpc\": \"1.0\", \"id\": 1, \"method\": \"shutdown\"}",
        b"{\"jsonrpc\": \"2.0\", \"id\": {\"a\": 1}, \"method\": \"shutdown\"}",
        b"{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": 5}",
    ];
    for body in bodies {
        assert_rejected(&mut client, &frame(body), INVALID_REQUEST).await;
        assert_still_serving(&mut client).await;
    }
    client.shutdown().await;
}

#[tokio::test]
async fn bad_headers_and_wrong_content_lengths() {
    let mut client = started().await;
    let body = br#"{"jsonrpc":"2.0","id":99,"method":"shutdown"}"#;
    // No Content-Length, a non-numeric one, an absurd one, garbage instead of a header.
    let headers: &[&[u8]] = &[
        b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n",
        b"Content-Length: twelve\r\n\r\n",
        b"Content-Length: 123456789012345678901234567890\r\n\r\n",
        b"Content-Length: -5\r\n\r\n",
        b"GET / HTTP/1.1\r\n\r\n",
    ];
    for header in headers {
        client.send_raw(header).await;
        let error = client.next_response().await;
        assert_eq!(error["error"]["code"], PARSE_ERROR, "{header:?}: {error}");
        assert_still_serving(&mut client).await;
    }
    // A Content-Length shorter than the body: the truncated JSON is a parse error, the rest
    // is skipped up to the next header.
    let mut short = format!("Content-Length: {}\r\n\r\n", body.len() - 5).into_bytes();
    short.extend_from_slice(body);
    client.send_raw(&short).await;
    let error = client.next_response().await;
    assert_eq!(error["error"]["code"], PARSE_ERROR, "{error}");
    assert_still_serving(&mut client).await;

    // A Content-Length longer than the body swallows the start of the next message: both are
    // lost with one parse error, and the message after them is answered.
    let mut long = format!("Content-Length: {}\r\n\r\n", body.len() + 30).into_bytes();
    long.extend_from_slice(body);
    client.send_raw(&long).await;
    let filler = br#"{"jsonrpc":"2.0","method":"$/filler"}"#;
    client.send_raw(&frame(filler)).await;
    let error = client.next_response().await;
    assert_eq!(error["error"]["code"], PARSE_ERROR, "{error}");
    assert_still_serving(&mut client).await;

    // Header names are case-insensitive and a charset-less Content-Type is fine.
    let request = br#"{"jsonrpc":"2.0","id":98,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.md"},"position":{"line":0,"character":0}}}"#;
    let mut odd = format!(
        "content-length: {}\r\nContent-Type: application/vscode-jsonrpc\r\n\r\n",
        request.len()
    )
    .into_bytes();
    odd.extend_from_slice(request);
    client.send_raw(&odd).await;
    let answer = client.next_response().await;
    assert_eq!(answer["id"], 98, "{answer}");
    assert_eq!(answer["result"], Value::Null, "{answer}");
    client.shutdown().await;
}

#[tokio::test]
async fn unknown_methods() {
    let mut client = started().await;
    for method in [
        "textDocument/nonsense",
        "$/unknownRequest",
        "newslint/unknown",
    ] {
        let response = client.request(method, json!({})).await;
        assert_eq!(
            response["error"]["code"], METHOD_NOT_FOUND,
            "{method}: {response}"
        );
    }
    // Unknown notifications are ignored (those starting with `$/` silently, as the spec says).
    client.notify("$/unknownNotification", json!({})).await;
    client.notify("custom/whatever", json!([1, 2])).await;
    // Known methods with params of the wrong shape.
    let response = client
        .request("textDocument/hover", json!({"textDocument": 5}))
        .await;
    assert_eq!(response["error"]["code"], INVALID_PARAMS, "{response}");
    client
        .notify("textDocument/didOpen", json!({"textDocument": "nope"}))
        .await;
    client.notify("textDocument/didChange", json!(null)).await;
    assert_still_serving(&mut client).await;
    client.shutdown().await;
}

#[tokio::test]
async fn requests_before_initialize_and_after_shutdown() {
    let mut client = Client::start();
    let response = hover(&mut client, URI, 0, 0).await;
    assert_eq!(
        response["error"]["code"], SERVER_NOT_INITIALIZED,
        "{response}"
    );
    client.initialize(false, Value::Null).await;
    let again = client
        .request("initialize", json!({"capabilities": {}}))
        .await;
    assert_eq!(again["error"]["code"], INVALID_REQUEST, "{again}");
    assert_still_serving(&mut client).await;
    let response = client.request("shutdown", Value::Null).await;
    assert_eq!(response["result"], Value::Null);
    let response = hover(&mut client, URI, 0, 0).await;
    assert_eq!(response["error"]["code"], INVALID_REQUEST, "{response}");
    client.notify("exit", Value::Null).await;
}

#[tokio::test]
async fn documents_never_opened() {
    let mut client = started().await;
    let never = "file:///tmp/never-opened.txt";
    assert_eq!(hover(&mut client, never, 3, 4).await["result"], Value::Null);
    let range = json!({"start": {"line": 0, "character": 0}, "end": {"line": 9, "character": 0}});
    for (method, params) in [
        (
            "textDocument/inlayHint",
            json!({"textDocument": {"uri": never}, "range": range}),
        ),
        (
            "textDocument/codeAction",
            json!({"textDocument": {"uri": never}, "range": range, "context": {"diagnostics": []}}),
        ),
        (
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": never}}),
        ),
    ] {
        let response = client.request(method, params).await;
        assert!(response.get("error").is_none(), "{method}: {response}");
        assert_eq!(response["result"], Value::Null, "{method}: {response}");
    }
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": never, "version": 2}, "contentChanges": [{"text": "x"}]}),
        )
        .await;
    logged_warning(&mut client, "which is not open").await;
    client
        .notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": never}}),
        )
        .await;
    logged_warning(&mut client, "didClose for").await;
    assert_still_serving(&mut client).await;
    client.shutdown().await;
}

#[tokio::test]
async fn positions_past_the_end_are_clamped() {
    let mut client = started().await;
    let text = "He said “we will win.\nSecond line 👍\n";
    client.open(URI, "markdown", text, 1).await;
    client.diagnostics(URI, 1).await;
    for (line, character) in [
        (0, 10_000),
        (1, 14),
        (1, 15),
        (500, 0),
        (u32::MAX, u32::MAX),
    ] {
        let response = hover(&mut client, URI, line, character).await;
        assert!(response.get("error").is_none(), "{response}");
    }
    let huge = json!({"start": {"line": 0, "character": 0}, "end": {"line": u32::MAX, "character": u32::MAX}});
    let reversed =
        json!({"start": {"line": 9, "character": 9}, "end": {"line": 0, "character": 0}});
    for range in [huge, reversed] {
        for (method, params) in [
            (
                "textDocument/inlayHint",
                json!({"textDocument": {"uri": URI}, "range": range}),
            ),
            (
                "textDocument/codeAction",
                json!({"textDocument": {"uri": URI}, "range": range, "context": {"diagnostics": []}}),
            ),
        ] {
            let response = client.request(method, params).await;
            assert!(response.get("error").is_none(), "{method}: {response}");
        }
    }
    // An edit past the end is clamped to the end, and said so.
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [
                {"range": {"start": {"line": 40, "character": 3}, "end": {"line": 41, "character": 0}}, "text": "”"}
            ]}),
        )
        .await;
    logged_warning(&mut client, "clamped").await;
    // The text is now the old text with ” at the end: its diagnostics say so.
    let diagnostics = client.diagnostics(URI, 2).await;
    let expected = support::expected_diagnostics(&format!("{text}”"), "markdown", false);
    assert_eq!(support::essentials(&diagnostics), expected);
    client.shutdown().await;
}

#[tokio::test]
async fn stale_and_skipped_versions() {
    let mut client = started().await;
    client.open(URI, "plaintext", "one\n", 5).await;
    client.diagnostics(URI, 5).await;
    let change = |version: i64, text: &str| json!({"textDocument": {"uri": URI, "version": version}, "contentChanges": [{"text": text}]});
    // Versions need not be consecutive (the spec): a skipped version is applied silently.
    client
        .notify("textDocument/didChange", change(9, "He said “nine.\n"))
        .await;
    let diagnostics = client.diagnostics(URI, 9).await;
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    // A stale version is applied in arrival order and logged.
    client
        .notify("textDocument/didChange", change(3, "Fine now.\n"))
        .await;
    logged_warning(&mut client, "not after 9").await;
    let diagnostics = client.diagnostics(URI, 9).await;
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_still_serving(&mut client).await;
    client.shutdown().await;
}

#[tokio::test]
async fn close_twice_and_reopen() {
    let mut client = started().await;
    client.open(URI, "markdown", "He said “a.\n", 1).await;
    client.diagnostics(URI, 1).await;
    let close = json!({"textDocument": {"uri": URI}});
    client.notify("textDocument/didClose", close.clone()).await;
    // Closing clears the diagnostics.
    let cleared = client
        .wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["diagnostics"]
                    .as_array()
                    .is_some_and(Vec::is_empty)
        })
        .await;
    assert_eq!(cleared["params"]["uri"], URI);
    client.notify("textDocument/didClose", close).await;
    logged_warning(&mut client, "which is not open").await;
    assert_eq!(hover(&mut client, URI, 0, 9).await["result"], Value::Null);
    // Opening twice replaces the document.
    client.open(URI, "markdown", "x\n", 1).await;
    client.open(URI, "markdown", "He said “b.\n", 2).await;
    assert_eq!(client.diagnostics(URI, 2).await.len(), 1);
    client.shutdown().await;
}

#[tokio::test]
async fn cancelled_requests_are_answered_or_cancelled() {
    let mut client = started().await;
    let text = "“Quote one,” she said.\n\n".repeat(2000);
    client.open(URI, "markdown", &text, 1).await;
    // Cancel requests as soon as they are sent, and one that does not exist.
    let ids: Vec<i64> = (1000..1020).collect();
    for &id in &ids {
        client
            .send(json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": URI}}}))
            .await;
        client.notify("$/cancelRequest", json!({"id": id})).await;
    }
    client
        .notify("$/cancelRequest", json!({"id": 123456}))
        .await;
    client
        .notify("$/cancelRequest", json!({"id": "not-a-number"}))
        .await;
    let mut answered = Vec::new();
    while answered.len() < ids.len() {
        let response = client.next_response().await;
        let id = response["id"].as_i64().expect("numeric id");
        if let Some(error) = response.get("error") {
            assert_eq!(error["code"], REQUEST_CANCELLED, "{response}");
        }
        answered.push(id);
    }
    answered.sort();
    assert_eq!(answered, ids, "every request gets exactly one response");
    assert_still_serving(&mut client).await;
    client.shutdown().await;
}

#[tokio::test]
async fn shutdown_while_analysis_runs() {
    let mut client = started().await;
    // Big enough that its analysis is still running when shutdown arrives.
    let text = "He said “we will win, and then some.\n\n".repeat(8_000);
    client.open(URI, "markdown", &text, 1).await;
    let response = tokio::time::timeout(
        Duration::from_secs(10),
        client.request("shutdown", Value::Null),
    )
    .await
    .expect("shutdown is answered at once, not after the analysis");
    assert_eq!(response["result"], Value::Null, "{response}");
    client.notify("exit", Value::Null).await;
}

#[tokio::test]
async fn a_panic_in_analysis_is_logged_and_the_server_goes_on() {
    let mut client = started().await;
    let trigger = newslint::analysis::TEST_PANIC_TRIGGER;
    client
        .open(URI, "markdown", &format!("He said “x.\n{trigger}\n"), 1)
        .await;
    let logged = client
        .wait_for(|m| {
            m["method"] == "window/logMessage"
                && m["params"]["type"] == 1
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|t| t.contains("forced by TEST_PANIC_TRIGGER"))
        })
        .await;
    assert!(logged["params"]["message"].as_str().unwrap().contains(URI));
    assert_still_serving(&mut client).await;
    // The same document, fixed, is analysed again (the block cache was dropped, not poisoned).
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [{"text": "He said “x.\n"}]}),
        )
        .await;
    assert_eq!(client.diagnostics(URI, 2).await.len(), 1);
    // And another document was never affected.
    let other = "file:///tmp/newslint-test/other.md";
    client
        .open(other, "markdown", "“Fine,” she said.\n", 1)
        .await;
    assert!(client.diagnostics(other, 1).await.is_empty());
    client.shutdown().await;
}

#[tokio::test]
async fn a_panic_while_answering_a_request_is_logged_and_the_server_goes_on() {
    let mut client = started().await;
    let trigger = newslint::lsp::TEST_HOVER_PANIC_TRIGGER;
    client
        .open(URI, "markdown", &format!("He said “x.\n{trigger}\n"), 1)
        .await;
    assert_eq!(client.diagnostics(URI, 1).await.len(), 1);
    let response = hover(&mut client, URI, 0, 8).await;
    assert_eq!(response["result"], Value::Null, "{response}");
    let logged = client
        .wait_for(|m| m["method"] == "window/logMessage" && m["params"]["type"] == 1)
        .await;
    assert!(
        logged["params"]["message"]
            .as_str()
            .unwrap()
            .contains("hover failed: forced by TEST_HOVER_PANIC_TRIGGER"),
        "{logged}"
    );
    assert_still_serving(&mut client).await;
    // The worker goes on too: the next edit is analysed and published.
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [{"text": "Fine.\n"}]}),
        )
        .await;
    assert!(client.diagnostics(URI, 2).await.is_empty());
    client.shutdown().await;
}
