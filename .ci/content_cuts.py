#!/usr/bin/env python3
"""Measures where cutting an attribution's content short would pay on PolNeAR: for each content
the release binary finds after its cue, the candidate cut points inside it (the first comma, a
comma before "which"/"who", an article, a gerund or a preposition, the last comma before
which/who/a/an/the with no comma after it, a dash, a preposition or a subordinator), keyed by
the content's shape ("to", "that", a subject pronoun, a question word, a quotation, a noun
phrase with or without a finite verb before its first comma) and, with --by, by the cue's lemma
or class. It counts the contents each cut makes match a gold (fixed) and miss one (broken) by the
scorer's span rule, as `.ci/object_ends.py` does for its one cut, and with --try scores the
splits with the chosen cuts applied, through the scorer itself.

  python3 .ci/content_cuts.py                          # per (shape, kind), train and dev
  python3 .ci/content_cuts.py --by lemma --min-fixed 4 # per (lemma, shape, kind)
  python3 .ci/content_cuts.py --try to:comma-tail subj:comma-tail

What it found (see `trailing_comment_end` in src/analysis/attribution/frames.rs, the one cut
kept): per cue lemma or class, cuts fix about as many contents as they break (annotators keep a
trailing "in a speech", "during the debate", ", which …" as often as they leave it out), and the
lemmas that pass a MIN_FIXED/RATIO test on train gain nothing on dev.
"""
import argparse
import collections
import copy
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score as S  # noqa: E402  (the scorer's own matching rules)
from attribution_errors import matches  # noqa: E402  (its span rule, as the scorer applies it)
from object_ends import lemmas  # noqa: E402  (cue lemmas from the reporting-verb lexicon)

TOKEN = re.compile(r"\w+(?:['’.]\w+)*|—|--|[^\w\s]")
CLAUSE_OPENERS = {"what", "how", "why", "whether", "if", "who", "where", "when", "which"}
SUBJECT_PRONOUNS = {"he", "she", "they", "it", "i", "we", "you"}
FINITE = {"have", "has", "had", "is", "are", "was", "were", "will", "would", "can", "could",
          "should", "may", "might", "must", "does", "did", "do"}
PREPOSITIONS = {"during", "in", "at", "on", "after", "since", "before", "amid", "over", "following",
                "with", "from", "by", "as", "for", "about", "against", "under", "through", "via",
                "while", "when", "because", "until", "despite"}
OPENING_MARKS, CLOSING_MARKS = set("“‘"), set("”’")


def attitude_lemmas():
    """The lemmas under `[attitude]` in the reporting-verb lexicon."""
    found, inside = set(), False
    for line in open(os.path.join(ROOT, "data", "attribution", "reporting_verbs.txt"), encoding="utf-8"):
        line = line.strip()
        if line.startswith("["):
            inside = line == "[attitude]"
        elif line and not line.startswith("#") and inside:
            found.add(line.split()[0])
    return found


def shape(tokens):
    first = tokens[0][0]
    lower = first.lower()
    if first[0] in "“”\"‘’'`«»":
        return "quote"
    if lower in ("that", "to"):
        return lower
    if lower in CLAUSE_OPENERS:
        return "wh"
    if lower in SUBJECT_PRONOUNS:
        return "subj"
    for word, _, _ in tokens:
        if word in (",", "—", "--"):
            break
        if word.lower() in FINITE or word.lower().endswith("n't"):
            return "np-clause"
    return "np"


def cuts(text, start, end):
    """The content's shape and, per cut kind, the end it would get (the first of its kind)."""
    tokens = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]
    if not tokens:
        return None, {}
    found, depth = {}, 0
    for i, (word, _, _) in enumerate(tokens):
        if word in OPENING_MARKS or word == '"' and depth == 0:
            depth += 1
            continue
        if (word in CLOSING_MARKS or word == '"') and depth > 0:
            depth -= 1
            continue
        if i == 0 or depth:
            continue
        cut, lower = tokens[i - 1][2], word.lower()
        after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        kinds = []
        if lower in PREPOSITIONS and tokens[i - 1][0] != ",":
            kinds.append("prep:" + lower)
        if word == ",":
            kinds.append("comma-cap" if after[:1].isupper() else "comma")
            if after.islower() and after.endswith("ing"):
                kinds.append("comma-ing")
            if after.lower() in ("a", "an", "the"):
                kinds.append("comma-det")
            if after.lower() in ("which", "who"):
                kinds.append("comma-wh")
            if after.lower() in PREPOSITIONS:
                kinds.append("comma-prep")
            if after.lower() in ("which", "who", "a", "an", "the") and not any(t[0] == "," for t in tokens[i + 1:]):
                kinds.append("comma-tail")
        if word in ("—", "--", "–") or word == "-" and text[tokens[i][1] - 1] == " ":
            kinds.append("dash")
        for kind in kinds:
            found.setdefault(kind, cut)
    return shape(tokens), found


def keyed(by, forms, attitude):
    def keys(text, cue):
        lemma = next((forms[w] for w in TOKEN.findall(text[cue[0]:cue[1]].lower()) if w in forms), None)
        if by == "lemma":
            return lemma
        if by == "class":
            return lemma and ("attitude" if lemma in attitude else "speech-or-act")
        return "all"
    return keys


def contents(docs, preds, key_of):
    """(document, attribution, key, shape, cuts) for each content after its cue."""
    for d, p in zip(docs, preds):
        for a in p["attributions"]:
            (start, end), cue = a["content"], a["cue"]
            if not cue or cue[1] > start:
                continue
            key = key_of(d["text"], cue)
            if key is None:
                continue
            form, found = cuts(d["text"], start, end)
            yield d, a, key, form, found


def tallies(docs, preds, key_of):
    counts = collections.defaultdict(lambda: [0, 0])
    for d, a, key, form, found in contents(docs, preds, key_of):
        golds = [S._gold_attr(g)[0] for g in d["attributions"]]
        start, end = a["content"]
        before = any(matches("attribution", (start, end), g) for g in golds)
        for kind, cut in found.items():
            after = any(matches("attribution", (start, cut), g) for g in golds)
            counts[(key, form, kind)][0] += after and not before
            counts[(key, form, kind)][1] += before and not after
    return counts


def scored(docs, preds, key_of, chosen):
    """Span and character F1 with each content cut at the first of its chosen cuts."""
    preds = copy.deepcopy(preds)
    for d, a, key, form, found in contents(docs, preds, key_of):
        ends = [cut for kind, cut in found.items() if (key, form, kind) in chosen]
        if ends:
            a["content"] = [a["content"][0], min(ends)]
    m = S.score_attribution(docs, preds)
    return m["span"]["tp"], m["span"]["pred"], m["span"]["f1"], m["char"]["f1"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "newslint"))
    ap.add_argument("--by", choices=["all", "class", "lemma"], default="all")
    ap.add_argument("--min-fixed", type=int, default=5)
    ap.add_argument("--ratio", type=float, default=3.0)
    ap.add_argument("--try", dest="tries", nargs="*", metavar="SHAPE:KIND",
                    help="score with these cuts (keys with --by all)")
    a = ap.parse_args()
    key_of = keyed(a.by, lemmas(), attitude_lemmas())
    splits = {}
    for name in ("train", "dev"):
        docs = S.load_dataset(os.path.join(SHARED, "data", f"polnear_{name}.jsonl"), "attribution")
        splits[name] = (docs, S.run_cli(f"{a.bin} analyze --json", docs, 200, 1800, "attribution")[0])
    if a.tries is not None:
        chosen = {("all",) + tuple(t.split(":")) for t in a.tries}
        for name, (docs, preds) in splits.items():
            print(name, "as found   tp %d pred %d span F1 %.4f char F1 %.4f" % scored(docs, preds, key_of, set()))
            print(name, "with cuts  tp %d pred %d span F1 %.4f char F1 %.4f" % scored(docs, preds, key_of, chosen))
        return 0
    train, dev = (tallies(*splits[n], key_of) for n in ("train", "dev"))
    rows = sorted(train.items(), key=lambda kv: kv[1][1] - kv[1][0])
    for k, (fixed, broken) in rows:
        if fixed >= a.min_fixed and fixed >= a.ratio * broken:
            dev_fixed, dev_broken = dev.get(k, (0, 0))
            print(f"{'/'.join(map(str, k)):40} train fixed {fixed:3} broken {broken:3}   dev fixed {dev_fixed:3} broken {dev_broken:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
