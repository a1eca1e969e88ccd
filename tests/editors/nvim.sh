#!/usr/bin/env bash
# Neovim 0.11 end-to-end test: the editors/neovim plugin drives `newslint lsp`
# on the bundled example article(s). Exits non-zero on failure.
#
#   tests/editors/setup.sh nvim && tests/editors/nvim.sh
#
# NEWSLINT_BIN=path overrides the server binary (default target/release/newslint,
# built if missing); NEWSLINT_E2E_STRICT=1 fails on checks still marked pending.
set -euo pipefail
source "$(dirname "$0")/common.sh"
NVIM=${NVIM:-$CACHE/nvim-venv/bin/nvim}
[ -x "$NVIM" ] || "$ROOT/tests/editors/setup.sh" nvim

status=0
# Every example through the 0.11 path; the first one also through the
# vim.lsp.start fallback that Neovim 0.8-0.10 use.
runs=()
for example in "${EXAMPLES[@]}"; do runs+=("0:$example"); done
runs+=("1:${EXAMPLES[0]}")
for run in "${runs[@]}"; do
  example=${run#*:}
  # Test a copy: the test edits the buffer (never saved, but be safe).
  cp "$example" "$WORK/"
  NEWSLINT_NVIM_LEGACY=${run%%:*} NEWSLINT_BIN=$NEWSLINT NEWSLINT_PLUGIN_DIR=$ROOT/editors/neovim \
  NEWSLINT_EXAMPLE=$WORK/$(basename "$example") \
    timeout 180 "$NVIM" --headless --clean -i NONE -n \
      -c "luafile $ROOT/tests/editors/nvim/test.lua" </dev/null || status=1
done
[ $status -eq 0 ] && echo "PASS nvim e2e" || echo "FAIL nvim e2e"
exit $status
