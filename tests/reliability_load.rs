//! Memory and load: a client that never reads, and a client that edits 1,000 times a second
//! while asking for hovers. Live heap bytes are counted by this binary's global allocator, so
//! the tests here run one at a time.

mod support;

use serde_json::{json, Value};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use support::Client;

/// Counts the bytes currently allocated by the whole test process.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        unsafe { System.dealloc(pointer, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(pointer, layout, new_size) };
        if !new.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            let live = LIVE.fetch_add(new_size, Ordering::Relaxed) + new_size;
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The tests of this binary measure the whole process: one at a time.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

const URI: &str = "file:///tmp/newslint-test/load.md";

fn live_mib() -> f64 {
    LIVE.load(Ordering::Relaxed) as f64 / (1 << 20) as f64
}

/// A change that replaces the character at the start of `line` with `letter`.
fn change(version: i64, line: u32, letter: char) -> Value {
    json!({
        "textDocument": {"uri": URI, "version": version},
        "contentChanges": [{
            "range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 1}},
            "text": letter.to_string(),
        }],
    })
}

/// 200 lines, each with an unclosed quotation: every publish carries 200 diagnostics, so a
/// client that does not read fills the pipe quickly.
fn document() -> String {
    (0..200)
        .map(|i| format!("x{i} said “unclosed number {i}.\n\n"))
        .collect()
}

fn apply(text: &mut String, line: u32, letter: char) {
    let start: usize = text
        .split_inclusive('\n')
        .take(line as usize)
        .map(str::len)
        .sum();
    text.replace_range(start..start + 1, &letter.to_string());
}

/// Sends a notification, or gives up after `limit` when the server has stopped reading
/// (back-pressure): Ok(false) then.
async fn notify_within(client: &mut Client, method: &str, params: Value, limit: Duration) -> bool {
    tokio::time::timeout(limit, client.notify(method, params))
        .await
        .is_ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_never_reads_does_not_grow_the_server() {
    let _serial = SERIAL.lock().await;
    // Small pipes, so that the server's output is blocked after one publish.
    let mut client = Client::with_pipe_capacity(64 << 10);
    client.initialize(false, Value::Null).await;
    let mut text = document();
    client.open(URI, "markdown", &text, 1).await;
    let mut version = 1;
    let mut send = async |client: &mut Client, text: &mut String, count: usize| -> usize {
        let mut sent = 0;
        for _ in 0..count {
            let line = (version % 100) as u32 * 2;
            let letter = if version % 2 == 0 { 'y' } else { 'x' };
            let params = change(version + 1, line, letter);
            if !notify_within(
                client,
                "textDocument/didChange",
                params,
                Duration::from_secs(2),
            )
            .await
            {
                break; // the server stopped reading: back-pressure, bounded by design
            }
            version += 1;
            apply(text, line, letter);
            sent += 1;
        }
        sent
    };
    // Fill the server → client pipe first (the heap settles once it is full), then measure
    // while edits keep coming. Before the fix each unread edit kept ~250 bytes (a queue entry).
    let warm = send(&mut client, &mut text, 2_000).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let before = live_mib();
    let mut more = 0;
    for _ in 0..2 {
        more += send(&mut client, &mut text, 3_000).await;
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let after = live_mib();
    eprintln!(
        "never-reading client: {warm} + {more} edits sent unread; live heap {before:.2} MiB → {after:.2} MiB"
    );
    assert!(
        after - before < 0.75,
        "the server grew by {:.2} MiB while the client did not read",
        after - before
    );
    // Nothing lost: once the client reads, the last version's diagnostics match its text.
    let diagnostics = client.diagnostics(URI, version).await;
    assert_eq!(
        support::essentials(&diagnostics),
        support::expected_diagnostics(&text, "markdown", false)
    );
    client.shutdown().await;
}
