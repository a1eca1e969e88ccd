//! Language-server latency as an editor feels it, in process: `cargo bench --bench lsp_latency`.
//! For each document: open → first diagnostics, 50 one-character edits in the middle (each
//! waits for its own diagnostics), 50 hovers, 20 inlay-hint requests over the whole document.

mod corpus;
#[path = "../tests/support/mod.rs"]
mod support;

use serde_json::json;
use std::time::Instant;
use support::{position, Client};

const URI: &str = "file:///bench/doc.md";

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    println!(
        "{:<16} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "document",
        "open ms",
        "edit p50",
        "edit p95",
        "hover p50",
        "hover p95",
        "inlay p50",
        "inlay p95"
    );
    for doc in corpus::documents() {
        let mut client = Client::start();
        client.initialize(false, json!(null)).await;
        let mut text = doc.text.clone();
        let start = Instant::now();
        client.open(URI, "markdown", &text, 1).await;
        client.diagnostics(URI, 1).await;
        let open = ms(start);

        // Type in the middle of the document, after a space, like lspbench does.
        let middle = text.len() / 2;
        let mut at = text[middle..].find(' ').map_or(middle, |i| middle + i + 1);
        let mut edits = Vec::new();
        for (i, c) in "typing ".chars().cycle().take(50).enumerate() {
            let version = i as i64 + 2;
            let range =
                json!({"start": position(&text, at, false), "end": position(&text, at, false)});
            text.insert(at, c);
            at += c.len_utf8();
            let start = Instant::now();
            client
                .notify(
                    "textDocument/didChange",
                    json!({"textDocument": {"uri": URI, "version": version}, "contentChanges": [{"range": range, "text": c.to_string()}]}),
                )
                .await;
            client.diagnostics(URI, version).await;
            edits.push(ms(start));
        }

        let lines: Vec<usize> = text.match_indices('\n').map(|(i, _)| i + 1).collect();
        let mut hovers = Vec::new();
        for k in 0..50 {
            let offset = lines.get(k * lines.len() / 50).copied().unwrap_or(0);
            let start = Instant::now();
            client
                .request("textDocument/hover", json!({"textDocument": {"uri": URI}, "position": position(&text, offset, false)}))
                .await;
            hovers.push(ms(start));
        }
        let end = position(&text, text.len(), false);
        let mut inlays = Vec::new();
        for _ in 0..20 {
            let start = Instant::now();
            client
                .request(
                    "textDocument/inlayHint",
                    json!({"textDocument": {"uri": URI}, "range": {"start": {"line": 0, "character": 0}, "end": end}}),
                )
                .await;
            inlays.push(ms(start));
        }
        client.shutdown().await;
        println!(
            "{:<16} {:>9.2} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>9.3}",
            doc.name,
            open,
            corpus::quantile_ms(edits.clone(), 0.5),
            corpus::quantile_ms(edits, 0.95),
            corpus::quantile_ms(hovers.clone(), 0.5),
            corpus::quantile_ms(hovers, 0.95),
            corpus::quantile_ms(inlays.clone(), 0.5),
            corpus::quantile_ms(inlays, 0.95),
        );
    }
}
