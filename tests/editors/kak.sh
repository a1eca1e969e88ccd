#!/usr/bin/env bash
# Kakoune + kak-lsp end-to-end test of editors/kakoune/newslint.kak: diagnostics,
# hover and an edit on the example article(s). Kakoune runs inside tmux and is
# queried with `kak -p`. Exits non-zero on failure.
#   tests/editors/setup.sh kak && tests/editors/kak.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
[ -x "$CACHE/kak/bin/kak-lsp" ] && command -v kak tmux >/dev/null || "$ROOT/tests/editors/setup.sh" kak

# The config under test says `command = "newslint"`: put the binary under test first on PATH.
mkdir -p "$WORK/bin" && ln -s "$NEWSLINT" "$WORK/bin/newslint"
export PATH=$WORK/bin:$CACHE/kak/bin:$PATH TMPDIR=$WORK KAKOUNE_CONFIG_DIR=$WORK/kak
mkdir -p "$KAKOUNE_CONFIG_DIR"
printf 'eval %%sh{kak-lsp}\nsource %s\n' "$ROOT/editors/kakoune/newslint.kak" >"$KAKOUNE_CONFIG_DIR/kakrc"
TMUX_S=(-S "$WORK/tmux.sock")
trap 'tmux "${TMUX_S[@]}" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT

passed=0 failed=0
check() { # name ok detail
  if [ "$2" = 1 ]; then passed=$((passed + 1)); printf '  ok      %s%s\n' "$1" "${3:+ — $3}";
  else failed=$((failed + 1)); printf '  FAIL    %s%s\n' "$1" "${3:+ — $3}"; fi
}
# ask SESSION EXPR: evaluate a Kakoune expression in the client, print the result.
ask() {
  rm -f "$WORK/ask"
  echo "eval -client client0 %{ echo -to-file $WORK/ask $2 }" | kak -p "$1" 2>/dev/null || return 0
  for _ in $(seq 1 20); do [ -e "$WORK/ask" ] && break; sleep 0.05; done
  cat "$WORK/ask" 2>/dev/null || true
}
# wait_for SESSION EXPR REGEX: poll for up to 15 s until the answer matches.
wait_for() {
  local a=""
  for _ in $(seq 1 75); do a=$(ask "$1" "$2"); [[ "$a" =~ $3 ]] && break; sleep 0.2; done
  printf '%s' "$a"
}
# wait_gone SESSION EXPR TEXT: poll for up to 15 s until the answer no longer contains TEXT.
wait_gone() {
  local a=""
  for _ in $(seq 1 75); do a=$(ask "$1" "$2"); [[ "$a" != *"$3"* ]] && break; sleep 0.2; done
  printf '%s' "$a"
}

n=0
for example in "${EXAMPLES[@]}"; do
  n=$((n + 1)); s=newslint$n
  cp "$example" "$WORK/"; file=$WORK/$(basename "$example")
  echo "kakoune $(kak -version 2>&1 | head -1), kak-lsp $(kak-lsp --version | head -1), $(basename "$file")"
  qline=$(grep -n '“In general, the West' "$file" | head -1 | cut -d: -f1)
  # Kakoune columns are 1-based bytes.
  qcol=$(( $(sed -n "${qline}p" "$file" | sed 's/“In general.*//' | wc -c) ))
  tmux "${TMUX_S[@]}" new-session -d -x 140 -y 45 "kak -s $s '$file'"
  diags=$(wait_for $s '%opt{lsp_inline_diagnostics}' "$qline\.$qcol,")
  echo "    DIAG $diags"
  [[ "$diags" =~ (^| )$qline\.$qcol,[0-9.]+\|DiagnosticError ]] && ok=1 || ok=0
  check "unbalanced-quote (error) at the opening mark" $ok "want $qline.$qcol"
  had=$ok
  # Hover inside the quotation; Kakoune shows it in an info box.
  echo "eval -client client0 %{ select $qline.$((qcol + 5)),$qline.$((qcol + 5)); lsp-hover }" | kak -p $s
  hover=""
  for _ in $(seq 1 50); do
    hover=$(tmux "${TMUX_S[@]}" capture-pane -p | grep -E 'Quotation|speaker|Speaker' || true)
    [ -n "$hover" ] && break; sleep 0.2
  done
  echo "    HOVER $(echo "$hover" | tr -s ' ' | head -3 | tr '\n' ' ')"
  check "hover on a quotation" $([ -n "$hover" ] && echo 1 || echo 0)
  # Edit: replace the straight closing mark with ” (last char of the line).
  echo "eval -client client0 %{ exec '<esc>${qline}gglr”' }" | kak -p $s
  after=$(wait_gone $s '%opt{lsp_inline_diagnostics}' " $qline.$qcol,")
  echo "    DIAG $after"
  [ $had = 1 ] && [[ "$after" != *" $qline.$qcol,"* ]] && ok=1 || ok=0
  check "edit clears the diagnostic" $ok
  echo "eval -client client0 %{ lsp-exit; quit! }" | kak -p $s 2>/dev/null || true
  sleep 0.5; tmux "${TMUX_S[@]}" kill-session -t $s 2>/dev/null || true
done
echo "kak: $passed passed, $failed failed"
[ $failed -eq 0 ] && echo "PASS kak e2e" || echo "FAIL kak e2e"
[ $failed -eq 0 ]
