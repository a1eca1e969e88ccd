#!/usr/bin/env bash
# A picture of the Neovim plugin at work, for the README: Neovim 0.11 in tmux on the
# example, diagnostics as virtual text, the hover on a quotation open. The screen is
# captured with its colours, turned into HTML and photographed by headless chromium.
#   tests/editors/nvim-screenshot.sh [out.png]   (default target/editors-e2e/nvim.png)
set -euo pipefail
source "$(dirname "$0")/common.sh"
NVIM=$CACHE/nvim-venv/bin/nvim
[ -x "$NVIM" ] || "$ROOT/tests/editors/setup.sh" nvim
command -v tmux >/dev/null && command -v chromium >/dev/null || { echo "needs tmux and chromium (setup.sh kak vscode)"; exit 1; }
PNG=${1:-$ROOT/target/editors-e2e/nvim.png}; mkdir -p "$(dirname "$PNG")"
example=${EXAMPLES[1]:-${EXAMPLES[0]}}
cp "$example" "$WORK/"
S=(-S "$WORK/tmux.sock")
trap 'tmux "${S[@]}" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT
tmux "${S[@]}" -f /dev/null new-session -d -x 118 -y 34 \
  -e COLORTERM=truecolor -e NEWSLINT_BIN="$NEWSLINT" -e NEWSLINT_PLUGIN_DIR="$ROOT/editors/neovim" \
  -e NEWSLINT_EXAMPLE="$WORK/$(basename "$example")" -e NEWSLINT_READY="$WORK/ready" \
  -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" -e XDG_DATA_HOME="$XDG_DATA_HOME" -e XDG_STATE_HOME="$XDG_STATE_HOME" \
  "$NVIM --clean -i NONE -n -c 'luafile $ROOT/tests/editors/nvim/screenshot.lua'"
for _ in $(seq 1 100); do [ -e "$WORK/ready" ] && break; sleep 0.1; done
[ -e "$WORK/ready" ] || { echo "FAIL nvim screenshot: Neovim never got ready"; exit 1; }
tmux "${S[@]}" capture-pane -e -p >"$WORK/screen.ansi"
python3 "$ROOT/tests/editors/nvim/ansi2html.py" "$WORK/screen.ansi" "newslint in Neovim" >"$WORK/screen.html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --no-first-run --user-data-dir="$WORK/chromium" --hide-scrollbars --window-size=1010,620 \
  --screenshot="$PNG" "file://$WORK/screen.html" >/dev/null 2>&1
echo "wrote $PNG"
