//! The language server: the only layer that knows the protocol. It keeps the documents,
//! converts positions, runs analyses off the async runtime and renders their results.

mod code_actions;
mod diagnostics;
mod documents;
mod hover;
mod inlay_hints;
pub mod position;
mod server;
mod symbols;

pub use documents::Documents;
pub use server::Backend;

use std::process::ExitCode;
use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, Server};

/// Serves one client over any pair of streams (stdio, or an in-memory pipe in tests).
pub async fn serve(input: impl AsyncRead + Unpin, output: impl AsyncWrite) {
    let (service, socket) = LspService::new(Backend::new);
    Server::new(input, output, socket).serve(service).await;
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
    runtime.block_on(serve(tokio::io::stdin(), tokio::io::stdout()));
    ExitCode::SUCCESS
}
