// The newslint VS Code extension: a thin client. It finds the `newslint`
// binary, starts `newslint lsp` over stdio, forwards the `newslint.*`
// settings, and adds a status-bar item and two commands. Every diagnostic,
// hover and inlay hint comes from the server.
import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  DocumentSymbol,
  DocumentSymbolRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  SymbolInformation,
  TransportKind,
} from "vscode-languageclient/node";

const SECTION = "newslint";
// Settings that configure this client only; the server never sees them.
const CLIENT_ONLY = ["server", "languages", "trace"];

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem;
let output: vscode.OutputChannel;
let notFoundShown = false;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // One output channel for the whole session, so restarts append to it.
  output = vscode.window.createOutputChannel("newslint");
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = "newslint.showOutput";
  status.name = "newslint";
  context.subscriptions.push(output, status);

  context.subscriptions.push(
    vscode.commands.registerCommand("newslint.restartServer", () => restart(context)),
    vscode.commands.registerCommand("newslint.showSources", showSources),
    vscode.commands.registerCommand("newslint.showOutput", () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((e) => onConfigChange(e, context)),
  );

  await start(context);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

/** What the server receives: `{"newslint": {...}}` holding only the settings
 *  the user actually set (user, workspace or folder), minus client-only keys.
 *  Defaults are left out on purpose so the server's own defaults and the
 *  project's `.newslint.toml` keep applying underneath. */
function serverSettings(): { newslint: Record<string, unknown> } {
  const cfg = vscode.workspace.getConfiguration(SECTION);
  const out: Record<string, unknown> = {};
  const put = (dotted: string, value: unknown) => {
    const keys = dotted.split(".");
    let node = out;
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]] = value;
  };
  // getConfiguration() nests dotted keys (newslint.rules.x -> {rules: {x}}); walk its leaves.
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      const key = prefix + k;
      if (!prefix && CLIENT_ONLY.includes(k)) continue;
      if (v && typeof v === "object" && !Array.isArray(v)) {
        walk(v as Record<string, unknown>, key + ".");
        continue;
      }
      const i = cfg.inspect(key);
      const set = i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
      // A key without a declared default is one the user typed into settings.json.
      if (set !== undefined) put(key, set);
      else if (i?.defaultValue === undefined && v !== undefined) put(key, v);
    }
  };
  walk(JSON.parse(JSON.stringify(cfg)), "");
  return { newslint: out };
}

/** The server binary: the setting, then the one bundled in the .vsix for this
 *  platform (server/<vsce-target>/newslint), then `newslint` on PATH. */
function findServer(context: vscode.ExtensionContext): string | { missing: string } {
  const exe = process.platform === "win32" ? "newslint.exe" : "newslint";
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>("server.path", "").trim();
  if (configured) {
    const p = configured.replace(/^~(?=$|[\\/])/, process.env.HOME ?? "~");
    if (fs.existsSync(p)) return p;
    return { missing: `newslint.server.path is set to "${configured}", which does not exist.` };
  }
  // vsce's target names are `${process.platform}-${process.arch}` (linux-x64, darwin-arm64, win32-x64 …).
  const bundled = context.asAbsolutePath(path.join("server", `${process.platform}-${process.arch}`, exe));
  if (fs.existsSync(bundled)) {
    // Some unzip paths drop the executable bit; put it back rather than fail.
    try {
      fs.accessSync(bundled, fs.constants.X_OK);
    } catch {
      try {
        fs.chmodSync(bundled, 0o755);
      } catch (err) {
        output.appendLine(`cannot make ${bundled} executable: ${err}`);
      }
    }
    return bundled;
  }
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, exe);
    if (fs.existsSync(p)) return p;
  }
  return {
    missing:
      "the `newslint` server was not found. Install it (`cargo install --path .` in a newslint checkout) " +
      "and put it on PATH, or set `newslint.server.path`.",
  };
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const command = findServer(context);
  if (typeof command !== "string") {
    setStatus("error", "server not found");
    output.appendLine(`newslint: ${command.missing}`);
    if (!notFoundShown) {
      notFoundShown = true; // say it once per window, not on every restart
      // Not awaited: the message stays up until dismissed, and activation must not wait for it.
      vscode.window.showErrorMessage(`newslint: ${command.missing}`, "Open Settings").then((pick) => {
        if (pick) vscode.commands.executeCommand("workbench.action.openSettings", "newslint.server.path");
      });
    }
    return;
  }
  output.appendLine(`Starting ${command} lsp`);
  const args = ["lsp", ...vscode.workspace.getConfiguration(SECTION).get<string[]>("server.extraArgs", [])];
  const serverOptions: ServerOptions = {
    run: { command, args, transport: TransportKind.stdio },
    debug: { command, args, transport: TransportKind.stdio, options: { env: { ...process.env, RUST_BACKTRACE: "1" } } },
  };
  const languages = vscode.workspace.getConfiguration(SECTION).get<string[]>("languages", ["markdown", "plaintext"]);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { language, scheme: "file" },
      { language, scheme: "untitled" },
    ]),
    initializationOptions: serverSettings(),
    outputChannel: output,
    middleware: {
      // Answer a server's workspace/configuration pull with the same object we push.
      workspace: {
        configuration: (params, token, next) =>
          params.items.map((item) => {
            if (item.section === SECTION) return serverSettings().newslint;
            if (!item.section) return serverSettings();
            return undefined;
          }),
      },
    },
  };
  client = new LanguageClient("newslint", "newslint", serverOptions, clientOptions);
  client.onDidChangeState((e) => {
    if (e.newState === State.Running) setStatus("running");
    else if (e.newState === State.Starting) setStatus("starting");
    else setStatus("stopped");
  });
  setStatus("starting");
  try {
    await client.start();
  } catch (err) {
    setStatus("error", String(err));
    output.appendLine(`newslint failed to start: ${err}`);
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  if (client) {
    const old = client;
    client = undefined;
    try {
      await old.stop();
    } catch (err) {
      output.appendLine(`stopping the old server: ${err}`);
    }
  }
  await start(context);
}

async function onConfigChange(e: vscode.ConfigurationChangeEvent, context: vscode.ExtensionContext): Promise<void> {
  if (!e.affectsConfiguration(SECTION)) return;
  // These change how the server is launched or which documents it sees.
  if (["server", "languages"].some((k) => e.affectsConfiguration(`${SECTION}.${k}`))) {
    await restart(context);
    return;
  }
  if (client?.isRunning()) {
    await client.sendNotification(DidChangeConfigurationNotification.type, { settings: serverSettings() });
  }
}

function setStatus(state: "starting" | "running" | "stopped" | "error", detail?: string): void {
  const icons = { starting: "$(sync~spin)", running: "$(quote)", stopped: "$(circle-slash)", error: "$(error)" };
  status.text = `${icons[state]} newslint`;
  status.tooltip = `newslint: ${state}${detail ? ` — ${detail}` : ""}\nClick to show the output.`;
  status.backgroundColor = state === "error" ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
  status.show();
}

/** "Show Sources": the server's documentSymbol outline has a "Sources" group
 *  (each speaker, their quotes as children) and a group of quotations nobody
 *  is said to have said. Offer both as a quick pick that jumps to the quote. */
async function showSources(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client?.isRunning() || !editor) {
    vscode.window.showInformationMessage("newslint: open a checked document first.");
    return;
  }
  const doc = editor.document;
  const result = await client.sendRequest(DocumentSymbolRequest.type, {
    textDocument: { uri: doc.uri.toString() },
  });
  const symbols = (result ?? []) as (DocumentSymbol | SymbolInformation)[];
  const tree = symbols.filter((s): s is DocumentSymbol => "range" in s);
  type Item = vscode.QuickPickItem & { range?: vscode.Range };
  const items: Item[] = [];
  const toRange = (s: DocumentSymbol) => client!.protocol2CodeConverter.asRange(s.selectionRange ?? s.range);
  const addQuotes = (parent: DocumentSymbol) => {
    for (const quote of parent.children ?? []) {
      items.push({ label: `$(quote) ${quote.name}`, description: quote.detail, range: toRange(quote) });
    }
  };
  for (const group of tree) {
    if (/^sources$/i.test(group.name)) {
      for (const speaker of group.children ?? []) {
        items.push({ label: speaker.name, kind: vscode.QuickPickItemKind.Separator });
        items.push({ label: `$(person) ${speaker.name}`, description: speaker.detail, range: toRange(speaker) });
        addQuotes(speaker);
      }
    } else {
      // e.g. "Quotations without a speaker"
      items.push({ label: group.name, kind: vscode.QuickPickItemKind.Separator });
      addQuotes(group);
    }
  }
  if (items.length === 0) {
    vscode.window.showInformationMessage("newslint: no sources found in this document.");
    return;
  }
  const pick = await vscode.window.showQuickPick(items, {
    title: `Sources in ${path.basename(doc.fileName)}`,
    matchOnDescription: true,
  });
  if (pick?.range) {
    editor.selection = new vscode.Selection(pick.range.start, pick.range.end);
    editor.revealRange(pick.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
