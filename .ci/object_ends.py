#!/usr/bin/env python3
"""Derives data/attribution/object_ends.txt: the verbs after which a content that opens with a
noun phrase ends at its first comma ("endorsed Hillary Clinton on Thursday, another example of
…"), as PolNeAR's annotators end it.

For each attribution the release binary finds on the training split whose content follows its
cue and opens with a noun phrase (not "that", "to", a question word, a subject pronoun or a
quotation), it cuts the content at its first comma (not before a capitalised word, as
`object_end` in src/analysis/attribution/frames.rs does) and counts, per cue lemma, the contents
the cut makes match a gold (fixed) and the ones it makes miss (broken), by the scorer's span rule.
A verb is listed when the cut fixes at least MIN_FIXED and at least RATIO times what it breaks.

Measure on a build whose list is empty (the listed verbs' contents are cut already otherwise):

  python3 .ci/object_ends.py --write-empty && cargo build --release
  python3 .ci/object_ends.py --write && cargo build --release
"""
import argparse
import collections
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score as S  # noqa: E402  (the scorer's own matching rules)
from attribution_errors import matches  # noqa: E402  (its span rule, as the scorer applies it)

LIST = os.path.join(ROOT, "data", "attribution", "object_ends.txt")
VERBS = os.path.join(ROOT, "data", "attribution", "reporting_verbs.txt")
MIN_FIXED, RATIO = 3, 3
HEADER = f"""\
# Verbs whose noun-phrase object ends the content at its first comma ("endorsed Hillary Clinton
# on Thursday, another example of …"), one lemma a line. Derived from PolNeAR's training split by
# `.ci/object_ends.py` (see its docstring): cutting there fixed at least {MIN_FIXED} contents and at least {RATIO}
# times as many as it broke. The list only, no text.
"""
TOKEN = re.compile(r"\w+(?:['’.]\w+)*|[^\w\s]")
CLAUSE_OPENERS = {"that", "to", "what", "how", "why", "whether", "if", "who", "where", "when", "which"}
SUBJECT_PRONOUNS = {"he", "she", "they", "it", "i", "we", "you"}
QUOTE_MARKS = set("“”\"‘’'`«»")


def lemmas():
    forms = {}
    for line in open(VERBS, encoding="utf-8"):
        line = line.strip()
        if not line or line[0] in "#[":
            continue
        words = [w for w in line.split() if w[0] not in "+-"]
        for w in words:
            forms.setdefault(w, words[0])
    return forms


def first_comma_cut(text, start, end):
    """The end of a content cut at its first comma, or None when it opens no noun phrase or has
    no comma to cut at."""
    tokens = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]
    if not tokens:
        return None
    first = tokens[0][0]
    if first[0] in QUOTE_MARKS or first.lower() in CLAUSE_OPENERS | SUBJECT_PRONOUNS:
        return None
    for i, (word, _, _) in enumerate(tokens[1:], 1):
        if word == ",":
            after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            return None if after[:1].isupper() else tokens[i - 1][2]
    return None


def tallies(docs, preds, forms):
    counts = collections.defaultdict(lambda: [0, 0])
    for d, p in zip(docs, preds):
        text = d["text"]
        golds = [S._gold_attr(g)[0] for g in d["attributions"]]
        for a in p["attributions"]:
            (start, end), cue = a["content"], a["cue"]
            if not cue or cue[1] > start:
                continue
            lemma = next((forms[w] for w in TOKEN.findall(text[cue[0]:cue[1]].lower()) if w in forms), None)
            cut = first_comma_cut(text, start, end)
            if lemma is None or cut is None:
                continue
            before = any(matches("attribution", (start, end), g) for g in golds)
            after = any(matches("attribution", (start, cut), g) for g in golds)
            counts[lemma][0] += after and not before
            counts[lemma][1] += before and not after
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(SHARED, "data", "polnear_train.jsonl"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "newslint"))
    ap.add_argument("--write", action="store_true", help="write the list to data/attribution/")
    ap.add_argument("--write-empty", action="store_true", help="write an empty list (to measure)")
    a = ap.parse_args()
    if a.write_empty:
        open(LIST, "w", encoding="utf-8").write(HEADER)
        return 0
    docs = S.load_dataset(a.data, "attribution")
    preds, _ = S.run_cli(f"{a.bin} analyze --json", docs, 200, 1800, "attribution")
    counts = tallies(docs, preds, lemmas())
    chosen = sorted(l for l, (fixed, broken) in counts.items() if fixed >= MIN_FIXED and fixed >= RATIO * broken)
    for lemma in chosen:
        print(f"{lemma:12} fixed {counts[lemma][0]:3}  broken {counts[lemma][1]:3}")
    if a.write:
        open(LIST, "w", encoding="utf-8").write(HEADER + "".join(l + "\n" for l in chosen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
