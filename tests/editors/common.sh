# Sourced by the editor e2e scripts. Sets:
#   ROOT       repository root
#   CACHE      where setup.sh installed the editors (NEWSLINT_E2E_CACHE)
#   NEWSLINT   the server binary under test (NEWSLINT_BIN, else target/release/newslint,
#              built with `cargo build --release` when missing)
#   EXAMPLES   the bundled example article(s), .txt and .md when present
#   WORK       a fresh temp dir; HOME and XDG_* point inside it so no editor
#              reads or writes the user's own config
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE=${NEWSLINT_E2E_CACHE:-/opt/newslint-e2e}

if [ -n "${NEWSLINT_BIN:-}" ]; then
  NEWSLINT=$NEWSLINT_BIN
else
  tdir=${CARGO_TARGET_DIR:-$ROOT/target}
  NEWSLINT=$tdir/release/newslint
  if [ ! -x "$NEWSLINT" ] || [ -n "${NEWSLINT_E2E_BUILD:-}" ]; then
    (cd "$ROOT" && cargo build --release --bin newslint >&2)
  fi
fi
[ -x "$NEWSLINT" ] || { echo "FAIL: no server binary at $NEWSLINT" >&2; exit 1; }

EXAMPLES=()
for f in "$ROOT/examples/foreign-policy-concept.txt" "$ROOT/examples/foreign-policy-concept.md"; do
  [ -f "$f" ] && EXAMPLES+=("$f")
done
[ ${#EXAMPLES[@]} -gt 0 ] || { echo "FAIL: no example article under $ROOT/examples" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/newslint-e2e.XXXXXX")
[ -n "${NEWSLINT_E2E_KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data \
       XDG_STATE_HOME=$WORK/state XDG_CACHE_HOME=$WORK/cache
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
