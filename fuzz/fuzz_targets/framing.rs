//! The framing guard on arbitrary input bytes: never a panic, it ends, and everything it
//! passes on is a well-formed frame holding a JSON-RPC message.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslint::lsp::framing::forward_well_formed;
use std::sync::LazyLock;

static RUNTIME: LazyLock<tokio::runtime::Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime")
});

fuzz_target!(|input: &[u8]| {
    let mut output = Vec::new();
    RUNTIME.block_on(forward_well_formed(input, &mut output));
    let mut rest = output.as_slice();
    while !rest.is_empty() {
        let header_end = rest
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a header");
        let header = std::str::from_utf8(&rest[..header_end]).expect("an ASCII header");
        let length: usize = header
            .strip_prefix("Content-Length: ")
            .and_then(|n| n.parse().ok())
            .expect("a Content-Length");
        let body = &rest[header_end + 4..header_end + 4 + length];
        let message: serde_json::Value = serde_json::from_slice(body).expect("JSON");
        assert_eq!(message["jsonrpc"], "2.0");
        rest = &rest[header_end + 4 + length..];
    }
});
