//! The `LanguageServer` implementation: state, text sync, settings and the analysis worker.
//!
//! Discipline (DESIGN.md): every didOpen/didChange/didClose is applied to the store at the top
//! of its handler, under a `std::sync::Mutex`, before any `.await`, so edits apply in arrival
//! order even though handlers run concurrently. Analysis runs on a blocking thread over a
//! snapshot (ropes are cheap to clone); its result is kept and published only if the document
//! is still at that version. Requests are answered from the last completed analysis.

use serde_json::Value;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::Notify;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::lsp_types::*;
use tower_lsp_server::{Client, LanguageServer, UriExt};

use super::documents::{Analyzed, Documents};
use super::outbox::Outbox;
use super::position::{to_offset, Encoding};
use super::{code_actions, diagnostics, entities, hover, inlay_hints, symbols};
use crate::analysis::Analyzer;
use crate::config::{Config, ConfigLayers, FILE_NAME};
use crate::rules;
use crate::text::Format;

pub struct State {
    pub documents: Documents,
    pub encoding: Encoding,
    pub layers: ConfigLayers,
    pub config: Arc<Config>,
    root: Option<PathBuf>,
    pulls_configuration: bool,
    watches_files: bool,
    refreshes_inlay_hints: bool,
}

pub struct Backend {
    client: Client,
    /// Where diagnostics are published (serialised here, not through `client`).
    outbox: Outbox,
    state: Arc<Mutex<State>>,
    queue: Arc<Queue>,
    /// Set by the `shutdown` request, so that `exit` can report whether it came first.
    shut_down: Arc<AtomicBool>,
}

/// The documents waiting for analysis. A set, not a channel: however fast edits arrive, and
/// even while the worker is blocked on a client that does not read, each document waits at
/// most once, so memory stays bounded by the number of open documents.
#[derive(Default)]
struct Queue {
    pending: Mutex<Vec<Uri>>,
    ready: Notify,
    closed: AtomicBool,
}

impl Drop for Backend {
    fn drop(&mut self) {
        self.queue.closed.store(true, Ordering::SeqCst);
        self.queue.ready.notify_one();
    }
}

impl Backend {
    pub fn new(client: Client, outbox: Outbox) -> Backend {
        let state = Arc::new(Mutex::new(State {
            documents: Documents::default(),
            encoding: Encoding::Utf16,
            layers: ConfigLayers::default(),
            config: Arc::new(Config::default()),
            root: None,
            pulls_configuration: false,
            watches_files: false,
            refreshes_inlay_hints: false,
        }));
        let queue = Arc::new(Queue::default());
        tokio::spawn(run_worker(
            Arc::clone(&queue),
            Arc::clone(&state),
            client.clone(),
            outbox.clone(),
        ));
        Backend {
            client,
            outbox,
            state,
            queue,
            shut_down: Arc::default(),
        }
    }

    /// Shares `flag`, which the `shutdown` request sets.
    pub fn with_shutdown_flag(mut self, flag: Arc<AtomicBool>) -> Backend {
        self.shut_down = flag;
        self
    }

    /// The state, even if a panic elsewhere poisoned the lock: the documents are still whole,
    /// since every mutation of them completes before the lock is released.
    fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    fn schedule(&self, uri: Uri) {
        {
            let mut pending = self.queue.pending.lock().unwrap_or_else(|p| p.into_inner());
            if !pending.contains(&uri) {
                pending.push(uri);
            }
        }
        // Stores a permit if the worker is busy, so no wake-up is lost.
        self.queue.ready.notify_one();
    }

    fn schedule_all(&self) {
        let uris = self.state().documents.uris();
        for uri in uris {
            self.schedule(uri);
        }
    }

    /// The last completed analysis of a document and the encoding to answer in.
    fn analyzed(&self, uri: &Uri) -> Option<(Arc<Analyzed>, Encoding, Arc<Config>)> {
        let state = self.state();
        let analyzed = state.documents.get(uri)?.analyzed.clone()?;
        Some((analyzed, state.encoding, Arc::clone(&state.config)))
    }

    /// The last analysis only if it is of the document's current text: edits computed on an
    /// older text would land in the wrong place.
    fn current(&self, uri: &Uri) -> Option<(Arc<Analyzed>, Encoding)> {
        let state = self.state();
        let document = state.documents.get(uri)?;
        let analyzed = document.analyzed.clone()?;
        (analyzed.version == document.version && analyzed.rope == document.rope)
            .then(|| (analyzed, state.encoding))
    }

    /// Re-reads `.newslint.toml` and re-merges the settings; tells the user once if it is broken.
    async fn reload_config(&self) {
        let root = self.state().root.clone();
        let file_layer = match root.map(|r| r.join(FILE_NAME)) {
            Some(path) if path.is_file() => Config::read_file(&path).map(Some),
            _ => Ok(None),
        };
        let file_error = file_layer.as_ref().err().cloned();
        let merge_error = {
            let mut state = self.state();
            state.layers.file = file_layer.unwrap_or(None);
            let (config, error) = state.layers.resolve();
            state.config = Arc::new(config);
            error
        };
        for message in [file_error, merge_error].into_iter().flatten() {
            self.client
                .show_message(
                    MessageType::WARNING,
                    format!("newslint: {message}; using the defaults"),
                )
                .await;
        }
    }

    /// Answers a message the framing guard refused (see `framing`): logged, and answered with
    /// the JSON-RPC error it calls for.
    pub async fn rejected_message(&self, params: super::framing::Rejected) -> Result<()> {
        self.client
            .log_message(
                MessageType::WARNING,
                format!("newslint: rejected a message: {}", params.reason),
            )
            .await;
        Err(tower_lsp_server::jsonrpc::Error {
            code: params.code.into(),
            message: params.reason.into(),
            data: None,
        })
    }

    async fn pull_client_settings(&self) {
        if !self.state().pulls_configuration {
            return;
        }
        let item = ConfigurationItem {
            scope_uri: None,
            section: Some("newslint".to_owned()),
        };
        if let Ok(mut values) = self.client.configuration(vec![item]).await {
            if let Some(value) = values.pop().filter(Value::is_object) {
                self.state().layers.client_settings = Some(value);
            }
        }
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offers_utf8 = params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref())
            .is_some_and(|encodings| encodings.contains(&PositionEncodingKind::UTF8));
        let workspace = params.capabilities.workspace.as_ref();
        let root = params
            .workspace_folders
            .as_ref()
            .and_then(|folders| folders.first())
            .map(|f| &f.uri)
            .or({
                #[allow(deprecated)]
                params.root_uri.as_ref()
            })
            .and_then(|uri| uri.to_file_path().map(|p| p.into_owned()));
        {
            let mut state = self.state();
            state.encoding = if offers_utf8 {
                Encoding::Utf8
            } else {
                Encoding::Utf16
            };
            state.root = root;
            state.pulls_configuration = workspace.and_then(|w| w.configuration).unwrap_or(false);
            state.watches_files = workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|w| w.dynamic_registration)
                .unwrap_or(false);
            state.refreshes_inlay_hints = workspace
                .and_then(|w| w.inlay_hint.as_ref())
                .and_then(|h| h.refresh_support)
                .unwrap_or(false);
            state.layers.init_options = params.initialization_options.filter(Value::is_object);
        }
        self.reload_config().await;
        let encoding = if offers_utf8 {
            PositionEncodingKind::UTF8
        } else {
            PositionEncodingKind::UTF16
        };
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(encoding),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        ..Default::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                inlay_hint_provider: Some(OneOf::Left(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        ..Default::default()
                    },
                )),
                document_symbol_provider: Some(OneOf::Left(true)),
                document_highlight_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                rename_provider: Some(OneOf::Right(RenameOptions {
                    prepare_provider: Some(true),
                    work_done_progress_options: Default::default(),
                })),
                semantic_tokens_provider: Some(
                    SemanticTokensServerCapabilities::SemanticTokensOptions(
                        SemanticTokensOptions {
                            legend: entities::legend(),
                            range: Some(true),
                            full: Some(SemanticTokensFullOptions::Bool(true)),
                            work_done_progress_options: Default::default(),
                        },
                    ),
                ),
                ..Default::default()
            },
            server_info: Some(ServerInfo {
                name: "newslint".to_owned(),
                version: Some(env!("CARGO_PKG_VERSION").to_owned()),
            }),
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        // The models and word lists load on first use (tens of milliseconds); load them now,
        // off the runtime, so the first document opened does not wait for them.
        tokio::task::spawn_blocking(|| {
            let _ = std::panic::catch_unwind(|| {
                crate::analysis::analyze(
                    "“Warm,” Sergei Lavrov said on Friday.",
                    Format::PlainText,
                    &Config::default(),
                )
            });
        });
        if self.state().watches_files {
            let options = DidChangeWatchedFilesRegistrationOptions {
                watchers: vec![FileSystemWatcher {
                    glob_pattern: GlobPattern::String(format!("**/{FILE_NAME}")),
                    kind: None,
                }],
            };
            let registration = Registration {
                id: "newslint-config".to_owned(),
                method: "workspace/didChangeWatchedFiles".to_owned(),
                register_options: serde_json::to_value(options).ok(),
            };
            if let Err(e) = self.client.register_capability(vec![registration]).await {
                self.client
                    .log_message(
                        MessageType::WARNING,
                        format!("newslint: cannot watch {FILE_NAME}: {e}"),
                    )
                    .await;
            }
        }
        self.pull_client_settings().await;
        self.reload_config().await;
        self.schedule_all();
    }

    async fn shutdown(&self) -> Result<()> {
        self.shut_down.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        let format = Format::from_language_id(&document.language_id);
        self.state().documents.open(
            document.uri.clone(),
            &document.text,
            document.version,
            format,
        );
        self.schedule(document.uri);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let warnings = {
            let mut state = self.state();
            let encoding = state.encoding;
            state.documents.change(
                &uri,
                params.text_document.version,
                params.content_changes,
                encoding,
            )
        };
        for warning in warnings {
            self.client
                .log_message(MessageType::WARNING, format!("newslint: {warning}"))
                .await;
        }
        self.schedule(uri);
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let was_open = self.state().documents.close(&uri);
        if was_open {
            self.outbox.send(diagnostics::clear(&uri)).await;
        } else {
            self.client
                .log_message(
                    MessageType::WARNING,
                    format!("newslint: didClose for {} which is not open", uri.as_str()),
                )
                .await;
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        if params.settings.is_object() && params.settings.as_object().is_some_and(|o| !o.is_empty())
        {
            self.state().layers.client_settings = Some(params.settings);
        } else {
            self.pull_client_settings().await;
        }
        self.reload_config().await;
        self.schedule_all();
    }

    async fn did_change_watched_files(&self, _: DidChangeWatchedFilesParams) {
        self.reload_config().await;
        self.schedule_all();
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let position = params.text_document_position_params;
        let Some((analyzed, encoding, _)) = self.analyzed(&position.text_document.uri) else {
            return Ok(None);
        };
        let offset = to_offset(&analyzed.rope, position.position, encoding);
        let hover = contained(&self.client, "hover", || {
            hover::hover(&analyzed, offset, encoding)
        });
        Ok(hover.await.flatten())
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        let Some((analyzed, encoding, config)) = self.analyzed(&params.text_document.uri) else {
            return Ok(None);
        };
        if !config.inlay_hints {
            return Ok(Some(Vec::new()));
        }
        let hints = contained(&self.client, "inlay hints", || {
            inlay_hints::inlay_hints(&analyzed, params.range, encoding)
        });
        Ok(hints.await)
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri.clone();
        let Some((analyzed, encoding)) = self.current(&uri) else {
            return Ok(None);
        };
        let actions = contained(&self.client, "code actions", || {
            code_actions::code_actions(&analyzed, &uri, params.range, encoding)
        });
        Ok(actions.await)
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let Some((analyzed, encoding, _)) = self.analyzed(&params.text_document.uri) else {
            return Ok(None);
        };
        let symbols = contained(&self.client, "document symbols", || {
            DocumentSymbolResponse::Nested(symbols::document_symbols(&analyzed, encoding))
        });
        Ok(symbols.await)
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let at = params.text_document_position_params;
        let Some((analyzed, encoding, _)) = self.analyzed(&at.text_document.uri) else {
            return Ok(None);
        };
        let offset = to_offset(&analyzed.rope, at.position, encoding);
        Ok(contained(&self.client, "highlights", || {
            entities::highlights(&analyzed, offset, encoding)
        })
        .await)
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let at = params.text_document_position;
        let Some((analyzed, encoding, _)) = self.analyzed(&at.text_document.uri) else {
            return Ok(None);
        };
        let offset = to_offset(&analyzed.rope, at.position, encoding);
        let uri = at.text_document.uri;
        Ok(contained(&self.client, "references", || {
            entities::references(&analyzed, &uri, offset, encoding)
        })
        .await)
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        let Some((analyzed, encoding)) = self.current(&params.text_document.uri) else {
            return Ok(None);
        };
        let offset = to_offset(&analyzed.rope, params.position, encoding);
        let range = contained(&self.client, "prepare rename", || {
            entities::rename_range(&analyzed, offset, encoding)
        });
        Ok(range.await.flatten().map(PrepareRenameResponse::Range))
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let at = params.text_document_position;
        let Some((analyzed, encoding)) = self.current(&at.text_document.uri) else {
            return Ok(None);
        };
        let offset = to_offset(&analyzed.rope, at.position, encoding);
        let uri = at.text_document.uri;
        let edit = contained(&self.client, "rename", || {
            entities::rename(&analyzed, &uri, offset, &params.new_name, encoding)
        });
        Ok(edit.await.flatten())
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        let Some((analyzed, encoding, _)) = self.analyzed(&params.text_document.uri) else {
            return Ok(None);
        };
        let tokens = contained(&self.client, "semantic tokens", || {
            entities::semantic_tokens(&analyzed, None, encoding)
        });
        Ok(tokens.await.map(|data| {
            SemanticTokensResult::Tokens(SemanticTokens {
                result_id: None,
                data,
            })
        }))
    }

    async fn semantic_tokens_range(
        &self,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>> {
        let Some((analyzed, encoding, _)) = self.analyzed(&params.text_document.uri) else {
            return Ok(None);
        };
        let tokens = contained(&self.client, "semantic tokens", || {
            entities::semantic_tokens(&analyzed, Some(params.range), encoding)
        });
        Ok(tokens.await.map(|data| {
            SemanticTokensRangeResult::Tokens(SemanticTokens {
                result_id: None,
                data,
            })
        }))
    }
}

/// Analyses documents as their edits arrive. Edits that pile up while one runs are coalesced:
/// each document is analysed once, at its newest version. Ends when the server is dropped.
async fn run_worker(queue: Arc<Queue>, state: Arc<Mutex<State>>, client: Client, outbox: Outbox) {
    loop {
        queue.ready.notified().await;
        if queue.closed.load(Ordering::SeqCst) {
            return;
        }
        let pending = std::mem::take(&mut *queue.pending.lock().unwrap_or_else(|p| p.into_inner()));
        for uri in pending {
            analyze_and_publish(&state, &client, &outbox, uri).await;
        }
    }
}

async fn analyze_and_publish(
    state: &Arc<Mutex<State>>,
    client: &Client,
    outbox: &Outbox,
    uri: Uri,
) {
    let (rope, version, format, analyzer, config, encoding) = {
        let state = lock(state);
        let Some(document) = state.documents.get(&uri) else {
            return;
        };
        let up_to_date = |a: &Arc<Analyzed>| {
            a.version == document.version
                && a.rope == document.rope
                && Arc::ptr_eq(&a.config, &state.config)
        };
        if document.analyzed.as_ref().is_some_and(up_to_date) {
            return;
        }
        let analyzer = Arc::clone(&document.analyzer);
        (
            document.rope.clone(),
            document.version,
            document.format,
            analyzer,
            Arc::clone(&state.config),
            state.encoding,
        )
    };
    let job =
        tokio::task::spawn_blocking(move || run_analysis(rope, version, format, &analyzer, config))
            .await;
    let analyzed = match job {
        Ok(Ok(analyzed)) => Arc::new(analyzed),
        Ok(Err(panic)) => {
            client
                .log_message(
                    MessageType::ERROR,
                    format!("newslint: analysis of {} failed: {panic}", uri.as_str()),
                )
                .await;
            return;
        }
        Err(e) => {
            client
                .log_message(
                    MessageType::ERROR,
                    format!("newslint: analysis task failed: {e}"),
                )
                .await;
            return;
        }
    };
    // The analysis this one replaces is freed only after the publish: freeing a large one
    // takes milliseconds that the client would otherwise wait for (and the lock be held).
    let (current, refresh_hints, replaced) = {
        let mut state = lock(state);
        let refreshes = state.refreshes_inlay_hints;
        match state.documents.get_mut(&uri) {
            Some(document) if document.version == version && document.rope == analyzed.rope => {
                let replaced = document.analyzed.replace(Arc::clone(&analyzed));
                let hints_changed = replaced
                    .as_ref()
                    .is_none_or(|old| old.hints != analyzed.hints);
                (true, refreshes && hints_changed, replaced)
            }
            _ => (false, false, None),
        }
    };
    // A newer version is queued behind this one; its own publish will follow.
    if current {
        let notification = contained(client, "diagnostics", || {
            diagnostics::publish(&uri, &analyzed, replaced.as_deref(), encoding)
        });
        let Some(notification) = notification.await else {
            return;
        };
        outbox.send(notification).await;
        if refresh_hints {
            // An editor that asked for hints before this analysis finished shows none until
            // told to ask again. Not awaited here: the worker must not wait on the client.
            let client = client.clone();
            tokio::spawn(async move { client.inlay_hint_refresh().await });
        }
    }
    drop(replaced);
}

/// Runs on a blocking thread. A panic is caught and returned as a message; the document's
/// block cache is then dropped, since the panic may have left it half-built.
fn run_analysis(
    rope: ropey::Rope,
    version: i32,
    format: Format,
    analyzer: &Mutex<Analyzer>,
    config: Arc<Config>,
) -> std::result::Result<Analyzed, String> {
    // Chunk by chunk: `to_string` goes through `fmt`, a call per chunk.
    let mut source = String::with_capacity(rope.len_bytes());
    rope.chunks().for_each(|chunk| source.push_str(chunk));
    if source.len() > config.max_file_size {
        let analysis = crate::analysis::analyze("", format, &config);
        return Ok(Analyzed {
            version,
            rope,
            source,
            analysis,
            findings: Vec::new(),
            hints: Vec::new(),
            config,
            skipped: true,
            published: Default::default(),
        });
    }
    let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
        let mut analyzer = analyzer.lock().unwrap_or_else(|p| p.into_inner());
        let analysis = analyzer.analyze(&source, format, &config);
        let findings = rules::check(&source, &analysis, &config);
        let hints = inlay_hints::anchors(&analysis, &source);
        (analysis, findings, hints)
    }));
    match outcome {
        Ok((analysis, findings, hints)) => Ok(Analyzed {
            version,
            rope,
            source,
            analysis,
            findings,
            hints,
            config,
            skipped: false,
            published: Default::default(),
        }),
        Err(payload) => {
            *analyzer.lock().unwrap_or_else(|p| p.into_inner()) = Analyzer::default();
            Err(panic_message(payload.as_ref()))
        }
    }
}

/// Runs rendering code (positions, hovers, diagnostics) and turns a panic into a logged error
/// and no answer: a bug there must not end the session (a panic in a request handler would
/// unwind through the protocol library's loop) or stop the analysis worker.
async fn contained<T>(client: &Client, what: &str, render: impl FnOnce() -> T) -> Option<T> {
    match std::panic::catch_unwind(AssertUnwindSafe(render)) {
        Ok(value) => Some(value),
        Err(payload) => {
            let message = panic_message(payload.as_ref());
            client
                .log_message(
                    MessageType::ERROR,
                    format!("newslint: {what} failed: {message}"),
                )
                .await;
            None
        }
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic with no message".to_owned())
}
