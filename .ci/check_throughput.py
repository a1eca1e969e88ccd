#!/usr/bin/env python3
"""`newslint check` throughput on one core, binaries alternated run by run (the machine is
shared and noisy: only medians of alternated runs compare).

usage: check_throughput.py BINARY [BINARY ...] [--runs N=11] [--file FILE]

Each run is `taskset -c 0 BINARY check --fail-on never FILE` (FILE defaults to lspbench's
news-1m.md); prints per binary the median wall time, the median CPU time (user + system,
from rusage) and both as MB/s of input per core. Start-up is included.
"""
import argparse
import os
import resource
import statistics
import subprocess
import time

DEFAULT_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "tools", "lspbench", "corpus", "news-1m.md")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--file", default=DEFAULT_FILE)
    args = parser.parse_args()
    if not os.path.exists(args.file):
        raise SystemExit(f"check_throughput: no input file {args.file} (pass --file)")
    size = os.path.getsize(args.file)
    wall = {b: [] for b in args.binaries}
    cpu = {b: [] for b in args.binaries}
    for _ in range(args.runs):
        for binary in args.binaries:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(["taskset", "-c", "0", binary, "check", "--fail-on", "never", args.file],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            wall[binary].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[binary].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(f"{size} bytes, {args.runs} alternated runs, load {os.getloadavg()[0]:.1f}")
    for binary in args.binaries:
        w, c = statistics.median(wall[binary]), statistics.median(cpu[binary])
        print(f"{binary}: wall median {w:.3f} s = {size / 1e6 / w:.2f} MB/s; "
              f"CPU median {c:.3f} s = {size / 1e6 / c:.2f} MB/s per core")


if __name__ == "__main__":
    main()
