#!/usr/bin/env bash
# Run the editor e2e tests one after another and sum up.
#   tests/editors/all.sh                 # nvim vim emacs kak vscode
#   tests/editors/all.sh nvim vscode     # just these
# Installs what is missing first (tests/editors/setup.sh, cached).
set -uo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] || set -- nvim vim emacs kak vscode
"$DIR/setup.sh" "$@" || exit 1
summary=() status=0
for t in "$@"; do
  start=$(date +%s)
  if "$DIR/$t.sh"; then r=PASS; else r=FAIL; status=1; fi
  summary+=("$(printf '%-7s %s  %3ss' "$t" "$r" $(( $(date +%s) - start )))")
done
echo "== editor e2e summary"; printf '%s\n' "${summary[@]}"
exit $status
