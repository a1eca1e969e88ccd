#!/usr/bin/env bash
# Vim + ALE end-to-end test of editors/vim (ALE linters for text and markdown):
# diagnostics and an edit on the example article(s). Exits non-zero on failure.
#   tests/editors/setup.sh vim && tests/editors/vim.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ -d /usr/share/vim-ale ] || "$ROOT/tests/editors/setup.sh" vim
status=0
for example in "${EXAMPLES[@]}"; do
  cp "$example" "$WORK/"
  # vim -es prints nothing itself; the test writes its report to a file.
  NEWSLINT_BIN=$NEWSLINT NEWSLINT_PLUGIN_DIR=$ROOT/editors/vim NEWSLINT_EXAMPLE=$WORK/$(basename "$example") \
  NEWSLINT_OUT=$WORK/vim-report.txt \
    timeout 120 vim -N -u "$ROOT/tests/editors/vim/test.vim" -i NONE -n -es </dev/null || status=1
  cat "$WORK/vim-report.txt" 2>/dev/null || { echo "FAIL vim: no report"; status=1; }
done
[ $status -eq 0 ] && echo "PASS vim e2e" || echo "FAIL vim e2e"
exit $status
