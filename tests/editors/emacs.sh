#!/usr/bin/env bash
# Emacs 30 + Eglot end-to-end test of editors/emacs/newslint.el: diagnostics,
# hover and an edit on the example article(s). Exits non-zero on failure.
#   tests/editors/setup.sh emacs && tests/editors/emacs.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
emacs --version 2>/dev/null | grep -q 'Emacs 3' || "$ROOT/tests/editors/setup.sh" emacs
status=0
for example in "${EXAMPLES[@]}"; do
  cp "$example" "$WORK/"
  NEWSLINT_BIN=$NEWSLINT NEWSLINT_PLUGIN_DIR=$ROOT/editors/emacs NEWSLINT_EXAMPLE=$WORK/$(basename "$example") \
    timeout 120 emacs --batch -Q -l "$ROOT/tests/editors/emacs/test.el" </dev/null 2>"$WORK/emacs.err" \
    || { status=1; tail -20 "$WORK/emacs.err"; }
done
[ $status -eq 0 ] && echo "PASS emacs e2e" || echo "FAIL emacs e2e"
exit $status
