#!/usr/bin/env bash
# Build the newslint release binary and package the VS Code extension with it,
# offline, into newslint-<target>-<version>.vsix (one .vsix per platform, as
# rust-analyzer, harper and typos-lsp ship theirs).
#
#   ./package.sh                          # this machine's platform (e.g. linux-x64)
#   ./package.sh --target linux-arm64     # cross-build; needs the Rust target + a linker:
#                                         #   rustup target add aarch64-unknown-linux-gnu
#   ./package.sh --target darwin-arm64 --server path/to/newslint
#                                         # bundle a binary built elsewhere (e.g. a CI matrix job)
#   ./package.sh --universal              # no binary inside: uses newslint.server.path or PATH
#
# Targets (vsce name -> Rust triple): linux-x64 x86_64-unknown-linux-gnu,
# linux-arm64 aarch64-unknown-linux-gnu, alpine-x64 x86_64-unknown-linux-musl,
# darwin-x64 x86_64-apple-darwin, darwin-arm64 aarch64-apple-darwin,
# win32-x64 x86_64-pc-windows-msvc, win32-arm64 aarch64-pc-windows-msvc.
# Needs cargo and Node >= 20 (npm); nothing is downloaded but npm packages.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)

host=$(node -p 'process.platform + "-" + process.arch')
target=$host server="" universal=""
while [ $# -gt 0 ]; do
  case "$1" in
    --target) target=$2; shift 2 ;;
    --server) server=$2; shift 2 ;;
    --universal) universal=1; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "package.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

triple_of() {
  case "$1" in
    linux-x64) echo x86_64-unknown-linux-gnu ;;   linux-arm64) echo aarch64-unknown-linux-gnu ;;
    alpine-x64) echo x86_64-unknown-linux-musl ;; alpine-arm64) echo aarch64-unknown-linux-musl ;;
    darwin-x64) echo x86_64-apple-darwin ;;       darwin-arm64) echo aarch64-apple-darwin ;;
    win32-x64) echo x86_64-pc-windows-msvc ;;     win32-arm64) echo aarch64-pc-windows-msvc ;;
    *) echo "package.sh: unknown target $1" >&2; exit 2 ;;
  esac
}

[ -d node_modules ] || npm ci --no-audit --no-fund

rm -rf server
if [ -z "$universal" ]; then
  exe=newslint; case "$target" in win32-*) exe=newslint.exe ;; esac
  if [ -z "$server" ]; then
    tdir=$(cd "$ROOT" && cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
    if [ "$target" = "$host" ]; then
      (cd "$ROOT" && cargo build --release --locked --bin newslint)
      server="$tdir/release/$exe"
    else
      triple=$(triple_of "$target")
      if command -v rustup >/dev/null && ! rustup target list --installed | grep -qx "$triple"; then
        echo "package.sh: Rust target $triple is not installed: rustup target add $triple" \
             "(plus a linker for it), or build elsewhere and pass --server PATH" >&2
        exit 1
      fi
      (cd "$ROOT" && cargo build --release --locked --bin newslint --target "$triple")
      server="$tdir/$triple/release/$exe"
    fi
  fi
  [ -x "$server" ] || { echo "package.sh: no server binary at $server" >&2; exit 1; }
  # The extension looks for server/<platform>-<arch>/newslint; vsce target names match that.
  dir=server/$target; case "$target" in alpine-*) dir=server/linux-${target#alpine-} ;; esac
  mkdir -p "$dir" && cp "$server" "$dir/$exe" && chmod +x "$dir/$exe"
  # The release profile keeps line tables for backtraces; users need none of it (34 MB -> a few).
  if [ "$target" = "$host" ] && command -v strip >/dev/null; then strip "$dir/$exe"; fi
fi

version=$(node -p 'require("./package.json").version')
if [ -n "$universal" ]; then
  out=newslint-$version.vsix
  npx vsce package --no-dependencies -o "$out"
else
  out=newslint-$target-$version.vsix
  npx vsce package --no-dependencies --target "$target" -o "$out"
fi
echo "built $(pwd)/$out"
