#!/usr/bin/env bash
# Runs each fuzz target for a fixed time and prints libFuzzer's summary.
# Usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]   (default 300 s, every target;
# FUZZ_MAX_LEN=N caps input size, default 8192)
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly toolchain (`cargo +nightly`);
# with only a stable toolchain, try `RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none …`.
# Crashing inputs land in fuzz/artifacts/TARGET/; turn each into a test under tests/.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(analysis markdown_prose document_edits framing)
[ -d corpus ] || ./build-seeds.sh
for target in "${targets[@]}"; do
  dict=()
  case $target in analysis | markdown_prose) dict=(-dict=newslint.dict) ;; esac
  echo "== $target for ${seconds}s"
  cargo +nightly fuzz run -O "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-8192}" -timeout=10 -print_final_stats=1 "${dict[@]}" \
    2>&1 | tee "/tmp/newslint-fuzz-$target.log" | grep -E "^(stat::|#[0-9]+ +DONE|==[0-9]+==|SUMMARY|Done)" || true
done
