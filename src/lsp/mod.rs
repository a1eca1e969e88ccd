//! The language server: the only layer that knows the protocol. It keeps the documents,
//! converts positions, runs analyses off the async runtime and renders their results.

mod code_actions;
mod diagnostics;
mod documents;
mod entities;
pub mod framing;
mod hover;
mod inlay_hints;
mod outbox;
pub mod position;
mod server;
mod symbols;

pub use documents::Documents;
#[cfg(any(test, feature = "test-hooks"))]
pub use hover::TEST_HOVER_PANIC_TRIGGER;
pub use server::Backend;

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, Server};

/// Serves one client over any pair of streams (stdio, or an in-memory pipe in tests).
/// Returns whether the client asked for `shutdown` before the session ended.
pub async fn serve(input: impl AsyncRead + Unpin, output: impl AsyncWrite) -> bool {
    let shut_down = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&shut_down);
    let (outbox, published) = outbox::Outbox::new();
    let (service, socket) = LspService::build(move |client| {
        Backend::new(client, outbox.clone()).with_shutdown_flag(Arc::clone(&flag))
    })
    .custom_method(framing::REJECTED_METHOD, Backend::rejected_message)
    .finish();
    // Only well-formed frames reach the protocol library (see `framing`).
    let (checked_read, checked_write) = tokio::io::duplex(64 << 10);
    let guard = framing::forward_well_formed(input, checked_write);
    // Its output meets the diagnostics serialised here on the way out (see `outbox`).
    let (library_write, library_read) = tokio::io::duplex(64 << 10);
    let pump = outbox::pump(library_read, published, output);
    let server = Server::new(checked_read, library_write, socket).serve(service);
    let session = async {
        tokio::pin!(guard, server);
        tokio::select! {
            _ = &mut server => {}
            // The input ended and the pipe is closed: let the server finish what it has read.
            _ = &mut guard => server.await,
        }
    };
    tokio::join!(session, pump);
    shut_down.load(Ordering::SeqCst)
}

pub fn run_stdio() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("newslint: cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    let shut_down = runtime.block_on(serve(tokio::io::stdin(), tokio::io::stdout()));
    // An analysis may still be running on a blocking thread: do not wait for it to exit.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    // The spec: exit code 0 if `shutdown` came before `exit` (or the end of input), else 1.
    if shut_down {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
