#!/usr/bin/env python3
"""Whether two builds give the same output: `analyze --json` over every document of the shared
development data and the lspbench corpus, one digest per binary. For speed work, which must
not change what the engine finds.

usage: output_identity.py BINARY [BINARY ...]

Each document's text is written once to a temporary directory, so every binary reads the same
paths; prints one SHA-256 per binary and whether they all agree (exit 1 if not). Digests
compare within one run only: the output names each file, and the directory is new each run.
"""
import glob
import hashlib
import json
import os
import subprocess
import sys
import tempfile

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")


def write_documents(directory):
    paths = []
    for dataset in sorted(glob.glob(os.path.join(SHARED, "data", "*.jsonl"))):
        name = os.path.basename(dataset)
        with open(dataset, encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                path = os.path.join(directory, f"{name}_{number}.txt")
                with open(path, "w", encoding="utf-8") as out:
                    out.write(json.loads(line)["text"])
                paths.append(path)
    paths += sorted(glob.glob(os.path.join(SHARED, "tools", "lspbench", "corpus", "*.md")))
    return paths


def digest(binary, paths):
    sha = hashlib.sha256()
    # In batches: one process per batch, the output in the order of `paths`.
    for start in range(0, len(paths), 200):
        out = subprocess.run([binary, "analyze", "--json", *paths[start:start + 200]],
                             capture_output=True, check=True).stdout
        sha.update(out)
    return sha.hexdigest()


def main():
    binaries = sys.argv[1:]
    if not binaries:
        raise SystemExit(__doc__)
    if not os.path.isdir(os.path.join(SHARED, "data")):
        raise SystemExit(f"output_identity: no shared data at {SHARED}")
    with tempfile.TemporaryDirectory() as directory:
        paths = write_documents(directory)
        digests = {binary: digest(binary, paths) for binary in binaries}
    print(f"{len(paths)} documents")
    for binary, value in digests.items():
        print(f"{value}  {binary}")
    same = len(set(digests.values())) == 1
    print("same output" if same else "OUTPUT DIFFERS")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
