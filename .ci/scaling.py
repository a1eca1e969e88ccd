#!/usr/bin/env python3
"""Whether time and memory stay linear on pathological input: bad documents at N, 2N and 4N bytes.

usage: scaling.py [BINARY=target/release/newslint] [--size BYTES=262144] [--runs 3]
                  [--commands check,analyze] [--only NAME[,NAME...]] [--keep DIR]

Each generator below makes a document of about `size` bytes of one shape that real prose rarely
or never has (no sentence punctuation, one 1 MB word, 10,000s of quote marks, quotations that
never close, thousands of names, long tables, lists, code, HTML, CR line ends, mixed scripts),
plus a realistic news article repeated as the baseline. Each document is run through
`BINARY check --fail-on never` and `BINARY analyze --json`, `runs` times at each size; the table
gives the least wall time (load only ever adds to it) and the largest RSS per size, the ratio 4N/N of both (linear is 4,
quadratic 16), and time per byte relative to the news baseline (the first input run). Exits 1
if any ratio exceeds 6 (a time ratio only where 4N takes 50 ms or more: below that it is noise;
and only if it still does when measured again with three times the runs) or a run fails (a panic, a non-zero exit). `--keep DIR` writes the documents there to profile
them. RSS ratios use the RSS above an empty document's (the binary and its models).
.ci/run runs `--size 163840 --commands check` (about a minute and a half on 2 cores): every size
above the 128 KB from which a cold analysis uses two threads, whose peak RSS steps up there.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ARTICLE = open(os.path.join(ROOT, "examples", "foreign-policy-concept.md"), encoding="utf-8").read()
NEWS_1M = os.path.join(ROOT, "..", "shared", "tools", "lspbench", "corpus", "news-1m.md")
MAX_RATIO = 6.0


def name(i):
    """A distinct capitalised word for every i: Bacu, Bede, ..."""
    consonants, vowels, out = "bcdfghklmnprstvz", "aeiou", ""
    while True:
        out += consonants[i % 16] + vowels[(i // 16) % 5]
        i //= 80
        if not i:
            return out.capitalize()


def fill(unit, n):
    """`unit(i)` for i = 0, 1, ... until the text has n bytes."""
    parts, size, i = [], 0, 0
    while size < n:
        part = unit(i)
        parts.append(part)
        size += len(part.encode())
        i += 1
    return "".join(parts)


def news(n):
    if os.path.exists(NEWS_1M):
        text = open(NEWS_1M, encoding="utf-8").read()
        return (text * (n // len(text) + 1))[:n].rsplit("\n\n", 1)[0] + "\n"
    return fill(lambda i: ARTICLE + "\n\n", n)


WORDS = "prices rose again and the council met on the plan while".split()
# name: (file extension, generator of about n bytes)
GENERATORS = {
    "news-1m": (".md", news),
    "article-repeated": (".md", lambda n: fill(lambda i: ARTICLE + "\n\n", n)),
    "no-punctuation-one-line": (".md", lambda n: fill(lambda i: WORDS[i % 11] + " ", n)),
    "no-punctuation-md-lines": (".md", lambda n: fill(lambda i: WORDS[i % 11] + (" " if i % 9 else "\n"), n)),
    "no-punctuation-txt-line": (".txt", lambda n: fill(lambda i: WORDS[i % 11] + " ", n)),
    "sentence-per-line-txt": (".txt", lambda n: fill(lambda i: f"The council met {name(i)} on the plan\n", n)),
    "one-word-no-spaces": (".md", lambda n: "a" * n),
    "one-word-no-spaces-txt": (".txt", lambda n: "Ab" * (n // 2)),
    "straight-quotes": (".md", lambda n: '"' * n),
    "curly-double-quotes": (".md", lambda n: fill(lambda i: "“”"[i % 2], n)),
    "curly-single-quotes": (".md", lambda n: fill(lambda i: "‘’"[i % 2], n)),
    "guillemets": (".md", lambda n: fill(lambda i: "«»"[i % 2], n)),
    "opening-marks-only": (".md", lambda n: fill(lambda i: "“", n)),
    "quoted-words-one-paragraph": (".md", lambda n: fill(lambda i: f'"{WORDS[i % 11]}" ', n)),
    "alternating-styles": (".md", lambda n: fill(lambda i: '"“‘’”«»„‚\'' [i % 10] + "x ", n)),
    "nested-quotes": (".md", lambda n: fill(lambda i: "“a ‘b “c ‘d " if i % 64 < 32 else "e’ f” g’ h” ", n)),
    "quotes-txt": (".txt", lambda n: fill(lambda i: '"“‘’”' [i % 5] + "word ", n)),
    "unclosed-quote-at-top": (".md", lambda n: "“" + fill(lambda i: ARTICLE + "\n\n", n)),
    "unclosed-quote-per-paragraph": (".md", lambda n: fill(lambda i: f"“The plan is fine and {name(i)} will sign it.\n\n", n)),
    "unclosed-quote-per-line-txt": (".txt", lambda n: fill(lambda i: f"“The plan is fine, {name(i)} said.\n", n)),
    "distinct-names": (".md", lambda n: fill(lambda i: f"{name(i)} {name(i + 7)} ", n)),
    "distinct-names-sentences": (".md", lambda n: fill(lambda i: f"{name(i)} {name(3 * i)} said {name(i + 1)} visited {name(i + 2)}. ", n)),
    "same-name-repeated": (".md", lambda n: fill(lambda i: "John Smith met John Smith. ", n)),
    "names-every-paragraph": (".md", lambda n: fill(lambda i: f"{name(i)} Bravo told {name(i + 5)} Inc that Paris is fine, officials said.\n\n", n)),
    "table-of-numbers": (".md", lambda n: "| a | b | c |\n|---|---|---|\n" + fill(lambda i: f"| {i} | {i * 7 % 1000} | {i / 3:.2f} |\n", n)),
    "nested-list": (".md", lambda n: fill(lambda i: "  " * (i % 6) + f"- {name(i)} said the item {i} is fine\n", n)),
    "deep-list": (".md", lambda n: fill(lambda i: "  " * (i % 400) + "- item\n", n)),
    "block-quotes": (".md", lambda n: fill(lambda i: "> " * (1 + i % 5) + f"“The plan is fine,” {name(i)} said.\n", n)),
    "deep-block-quote": (".md", lambda n: fill(lambda i: "> " * (i % 200) + "said it\n", n)),
    "links-and-footnotes": (".md", lambda n: fill(lambda i: f"See [the report {i}](https://example.com/{i}) and [^{i}].\n\n", n // 2)
                            + fill(lambda i: f"[^{i}]: Note {i} said so.\n", n // 2)),
    "reference-links": (".md", lambda n: fill(lambda i: f"[Report {i}][r{i}] said so.\n", n // 2) + fill(lambda i: f"[r{i}]: https://example.com/{i}\n", n // 2)),
    "code-with-quotes": (".md", lambda n: fill(lambda i: '```\nsay("hi") “ ‘\n```\n\n"Hello," she said `code "` here.\n\n', n)),
    "unclosed-code-fence": (".md", lambda n: '```\n' + fill(lambda i: f'x = "{i}" “\n', n)),
    "html-blocks": (".md", lambda n: fill(lambda i: f'<div class="x">\n<p>“Quote {i}” said <b>{name(i)}</b></p>\n</div>\n\n', n)),
    "crlf": (".md", lambda n: fill(lambda i: ARTICLE.replace("\n", "\r\n") + "\r\n\r\n", n)),
    "lone-cr": (".md", lambda n: fill(lambda i: ARTICLE.replace("\n", "\r") + "\r\r", n)),
    "lone-cr-txt": (".txt", lambda n: fill(lambda i: ARTICLE.replace("\n", "\r") + "\r\r", n)),
    "mixed-scripts": (".md", lambda n: fill(lambda i: "Путин сказал «да». 习近平说“好”。 قال الرئيس «نعم». 🎉👍🏽 e\u0301te\u0301 ", n)),
    "combining-marks": (".md", lambda n: "a" + "\u0301" * (n // 2)),
    "emoji-run": (".md", lambda n: fill(lambda i: "👨‍👩‍👧‍👦", n)),
    "article-one-paragraph": (".md", lambda n: fill(lambda i: ARTICLE.replace("\n", " ") + " ", n)),
    "article-one-line-txt": (".txt", lambda n: fill(lambda i: ARTICLE.replace("\n", " ") + " ", n)),
    "quotes-no-person": (".md", lambda n: fill(lambda i: f"“It is fine,” he said in {name(i)} City.\n\n", n)),
    "speaker-carry-over": (".md", lambda n: "Anna Petrova said on Monday:\n\n" + fill(lambda i: f"“Point {i} is fine.”\n\n", n)),
    "colon-introductions": (".md", lambda n: fill(lambda i: f"{name(i)} Bravo said: the plan {i} is fine. ", n)),
    "lower-case-names": (".md", lambda n: fill(lambda i: f"Ludwig van {name(i)} met Charles de {name(i + 1)} and al-{name(i + 2)}. ", n)),
    "acronym-definitions": (".md", lambda n: fill(lambda i: f"the {name(i).lower()} surface {name(i + 3).lower()} ({name(i).upper()}S) rose. ", n)),
    "titles-before-names": (".md", lambda n: fill(lambda i: f"President {name(i)} told Minister {name(i + 9)}, officials said. ", n)),
    "many-headings": (".md", lambda n: fill(lambda i: f"## {name(i)} Says The Plan Is Fine\n\n", n)),
    "brackets-and-emphasis": (".md", lambda n: fill(lambda i: "[*_`!<"[i % 6], n)),
    "open-brackets": (".md", lambda n: "[" * n),
    "backtick-runs": (".md", lambda n: fill(lambda i: "`" * (1 + i % 40) + " ", n)),
    "quotes-with-cues-one-paragraph": (".md", lambda n: fill(lambda i: f"“Point {i} is fine,” {name(i)} said. ", n)),
    "pronoun-quotes-one-paragraph": (".md", lambda n: fill(lambda i: "“It is fine,” he said. “So is this,” she added. ", n)),
    "straight-single-quotes": (".md", lambda n: fill(lambda i: "'a " if i % 2 else "b' ", n)),
    "weasel-phrases": (".md", lambda n: fill(lambda i: "Some say experts believe that many people think it is widely reported. ", n)),
    "claims-with-numbers": (".md", lambda n: fill(lambda i: f"Prices rose {i % 97}% in {1900 + i % 125}, the highest since {name(i)}. ", n)),
    "acronyms": (".md", lambda n: fill(lambda i: f"The {name(i).upper()} and the {name(i + 1).upper()} met. ", n)),
    "long-capitalised-words": (".md", lambda n: fill(lambda i: name(i) * 100 + " ", n)),
    "front-matter": (".md", lambda n: "---\n" + fill(lambda i: f"key{i}: \"value {i}\"\n", n) + "---\n\nText.\n"),
    "table-with-quotes": (".md", lambda n: "| a | b |\n|---|---|\n" + fill(lambda i: f"| “{name(i)}” | {name(i + 1)} said “yes |\n", n)),
    "heading-one-line": (".md", lambda n: "# " + fill(lambda i: name(i) + " ", n)),
    "one-quotation-over-all-paragraphs": (".md", lambda n: fill(lambda i: f"“Paragraph {i} of the remarks.\n\n", n) + "“The end,” he said.\n"),
    "abbreviations": (".md", lambda n: fill(lambda i: "Mr. Gov. Sen. No. 5 U.S. Jan. ", n)),
    "dotted-run": (".md", lambda n: "a." * (n // 2)),
    "hyphenated-run": (".md", lambda n: "Ab-" * (n // 3)),
    "long-number": (".md", lambda n: "1,000" * (n // 5)),
    "bare-urls": (".md", lambda n: fill(lambda i: f"http://example.com/{name(i)} said “x ", n)),
    "unclosed-quote-each-paragraph": (".md", lambda n: fill(lambda i: f"He said “the plan {i} is fine.\n\n", n)),
    "disable-line-each-line": (".md", lambda n: fill(lambda i: f"He said “fine {i}. <!-- newslint-disable-line unbalanced-quote -->\n\n", n)),
    "anonymous-sources": (".md", lambda n: fill(lambda i: f"The plan {i} is fine, a senior official said. ", n)),
    "disable-directives": (".md", lambda n: fill(lambda i: f"<!-- newslint-disable unbalanced-quote -->\n“Fine {i}.\n\n", n)),
}


def run(command):
    """Wall time and max RSS (KB) of one run; stops the script on a failure. posix_spawn (vfork)
    rather than fork, whose child would count this script's memory in its max RSS."""
    with tempfile.TemporaryFile() as stderr:
        actions = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                   (os.POSIX_SPAWN_DUP2, stderr.fileno(), 2)]
        start = time.perf_counter()
        pid = os.posix_spawn(command[0], command, os.environ, file_actions=actions)
        _, status, usage = os.wait4(pid, 0)
        elapsed = time.perf_counter() - start
        if status != 0:
            stderr.seek(0)
            message = stderr.read().decode(errors="replace")[-2000:]
            sys.exit(f"scaling: {' '.join(command)} failed ({status}): {message}")
    return elapsed, usage.ru_maxrss


def measure(binary, command, paths, runs):
    """The least wall time and the largest RSS of `runs` runs on each document."""
    times, rss = [], []
    for path in paths:
        results = [run([binary, *command, path]) for _ in range(runs)]
        times.append(min(t for t, _ in results))
        rss.append(max(r for _, r in results))
    return times, rss


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", nargs="?", default=os.path.join(ROOT, "target", "release", "newslint"))
    parser.add_argument("--size", type=int, default=256 * 1024)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--commands", default="check,analyze")
    parser.add_argument("--only")
    parser.add_argument("--keep")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(GENERATORS)
    directory = args.keep or tempfile.mkdtemp(prefix="newslint-scaling-")
    os.makedirs(directory, exist_ok=True)
    empty = os.path.join(directory, "empty.md")
    open(empty, "w").close()
    base_rss = min(run([args.binary, "analyze", "--json", empty])[1] for _ in range(3))
    commands = {"check": ["check", "--fail-on", "never"], "analyze": ["analyze", "--json"]}
    commands = {name: commands[name] for name in args.commands.split(",")}
    print(f"{'input':30} {'cmd':7} {'t(N) s':>7} {'t(4N) s':>7} {'ratio':>5} {'vs news':>7} "
          f"{'RSS(4N) MB':>10} {'ratio':>5}")
    news_per_byte, failures = {}, []
    for generator_name in names:
        extension, generate = GENERATORS[generator_name]
        paths = []
        for factor in (1, 2, 4):
            path = os.path.join(directory, f"{generator_name}-{factor}{extension}")
            with open(path, "w", encoding="utf-8", newline="") as out:
                out.write(generate(args.size * factor))
            paths.append(path)
        for command_name, command in commands.items():
            times, rss = measure(args.binary, command, paths, args.runs)
            time_ratio = times[2] / max(times[0], 1e-3)
            if time_ratio > MAX_RATIO and times[2] >= 0.05:
                # A busy machine slows some runs: a second look before calling it superlinear.
                times, _ = measure(args.binary, command, paths, 3 * args.runs)
                time_ratio = times[2] / max(times[0], 1e-3)
            rss_ratio = max(rss[2] - base_rss, 1) / max(rss[0] - base_rss, 1024)
            per_byte = times[2] / os.path.getsize(paths[2])
            news_per_byte.setdefault(command_name, per_byte)
            relative = per_byte / news_per_byte[command_name]
            flag = (time_ratio > MAX_RATIO and times[2] >= 0.05) or rss_ratio > MAX_RATIO
            print(f"{generator_name:30} {command_name:7} {times[0]:7.3f} {times[2]:7.3f} {time_ratio:5.1f} "
                  f"{relative:7.1f} {rss[2] / 1024:10.1f} {rss_ratio:5.1f}{'  SUPERLINEAR' if flag else ''}",
                  flush=True)
            if flag:
                failures.append(f"{generator_name} ({command_name})")
        if not args.keep:
            for path in paths:
                os.remove(path)
    if not args.keep:
        os.remove(empty)
        os.rmdir(directory)
    if failures:
        sys.exit(f"scaling: superlinear: {', '.join(failures)}")
    print("all linear")


if __name__ == "__main__":
    main()
