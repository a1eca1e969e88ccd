//! The framing guard on arbitrary input streams — good frames, bad frames, wrong lengths and
//! garbage mixed — never panics, ends, passes every good frame on intact and in order, and
//! emits nothing but well-formed JSON-RPC frames.

use proptest::prelude::*;
use serde_json::{json, Value};

use newslint::lsp::framing::{forward_well_formed, REJECTED_METHOD};

/// One piece of an input stream, and the message it must produce if it is a good frame.
fn piece() -> impl Strategy<Value = (Vec<u8>, Option<Value>)> {
    let good = (0i64..1000, "\\PC{0,20}").prop_map(|(id, text)| {
        let message = json!({"jsonrpc": "2.0", "id": id, "method": "textDocument/hover", "params": {"text": text}});
        let body = message.to_string();
        (
            format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes(),
            Some(message),
        )
    });
    let bad_body = proptest::collection::vec(any::<u8>(), 0..40).prop_map(|body| {
        let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        frame.extend(body);
        (frame, None)
    });
    let garbage = proptest::collection::vec(any::<u8>(), 0..40).prop_map(|g| (g, None));
    let bad_header = proptest::sample::select(vec![
        "Content-Length: x\r\n\r\n",
        "Content-Length: 99999999999999999999\r\n\r\n",
        "\r\n\r\n",
        "Content-Type: a\r\n\r\n",
        "Content-Length:",
    ])
    .prop_map(|h| (h.as_bytes().to_vec(), None));
    prop_oneof![4 => good, 1 => bad_body, 1 => garbage, 1 => bad_header]
}

/// Splits the guard's output into frames; panics on anything malformed.
fn frames(mut output: &[u8]) -> Vec<Value> {
    let mut out = Vec::new();
    while !output.is_empty() {
        let header_end = output
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a header");
        let header = std::str::from_utf8(&output[..header_end]).unwrap();
        let length: usize = header
            .strip_prefix("Content-Length: ")
            .unwrap()
            .parse()
            .unwrap();
        let body = &output[header_end + 4..header_end + 4 + length];
        out.push(serde_json::from_slice(body).expect("JSON"));
        output = &output[header_end + 4 + length..];
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(400)
    ))]

    #[test]
    fn the_guard_passes_good_frames_and_only_well_formed_ones(pieces in proptest::collection::vec(piece(), 0..12)) {
        let input: Vec<u8> = pieces.iter().flat_map(|(bytes, _)| bytes.clone()).collect();
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let mut output = Vec::new();
        runtime.block_on(forward_well_formed(input.as_slice(), &mut output));
        let messages = frames(&output);
        for message in &messages {
            prop_assert_eq!(&message["jsonrpc"], "2.0");
            prop_assert!(message.get("method").is_some(), "{}", message);
        }
        // Garbage may swallow a good frame after it (a wrong length eats what follows), but
        // the good frames that come through are intact and in order, and a stream of good
        // frames alone comes through whole.
        let passed: Vec<&Value> = messages.iter().filter(|m| m["method"] != REJECTED_METHOD).collect();
        let sent: Vec<&Value> = pieces.iter().filter_map(|(_, m)| m.as_ref()).collect();
        let mut rest = sent.iter();
        for message in &passed {
            prop_assert!(rest.any(|s| s == message), "{} was not sent, or not in this order", message);
        }
        if pieces.iter().all(|(_, m)| m.is_some()) {
            prop_assert_eq!(passed.len(), sent.len());
        }
    }
}
