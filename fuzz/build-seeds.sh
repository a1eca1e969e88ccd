#!/usr/bin/env bash
# Builds the seed corpora for the fuzz targets (not committed: the dev-data documents are
# licensed data). Seeds: the bundled examples (ours), every offset-canary document, and the
# first 40 documents of the PolNeAr and GUM development sets when ../shared is present.
# Usage: fuzz/build-seeds.sh   (from the repository root or anywhere)
set -euo pipefail
cd "$(dirname "$0")"
data=../../shared/data
for target in analysis markdown_prose document_edits framing; do
  mkdir -p "corpus/$target"
done
for file in ../examples/*.md ../examples/*.txt; do
  name=$(basename "$file")
  cp "$file" "corpus/markdown_prose/$name"
  # analysis: the first byte picks the format (even: Markdown, odd: plain text).
  { printf '\x00'; cat "$file"; } > "corpus/analysis/md-$name"
  { printf '\x01'; cat "$file"; } > "corpus/analysis/txt-$name"
done
if [ -d "$data" ]; then
  python3 - "$data" <<'PY'
import json, sys, os
data = sys.argv[1]
docs = []
for name, limit in [("offset_canary.jsonl", 1000), ("polnear_dev.jsonl", 40), ("gum_other.jsonl", 40)]:
    path = os.path.join(data, name)
    if not os.path.exists(path):
        continue
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= limit:
                break
            docs.append((name.split(".")[0] + f"-{i}", json.loads(line)["text"]))
for name, text in docs:
    raw = text.encode("utf-8")
    open(f"corpus/markdown_prose/{name}", "wb").write(raw)
    open(f"corpus/analysis/md-{name}", "wb").write(b"\x00" + raw)
    open(f"corpus/analysis/txt-{name}", "wb").write(b"\x01" + raw)
print(f"{len(docs)} dev-data documents seeded")
PY
else
  echo "no $data: seeded from examples/ only"
fi
# document_edits takes structured input (arbitrary's format): it starts from small seeds.
printf '\x00' > corpus/document_edits/empty
# framing: a short LSP session.
for body in '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}' \
            '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.md","languageId":"markdown","version":1,"text":"He said \u201cx."}}}' \
            '{"jsonrpc":"2.0","id":2,"result":null}'; do
  printf 'Content-Length: %d\r\n\r\n%s' "${#body}" "$body"
done > corpus/framing/session
for target in analysis markdown_prose document_edits framing; do
  echo "$target: $(ls "corpus/$target" | wc -l) seeds"
done
