#!/usr/bin/env python3
"""Sorts PolNeAR attribution boundary misses (boundary:longer/shorter/shifted in
`.ci/attribution_errors.py`) by what lies between the prediction's edges and the gold's: an extra
or missing tail opening with a preposition, ", and/but" clause, ", which/who", ", V-ing", a dash,
a colon, a second sentence, a newline, ", he said"; an extra or missing head; a discontinuous
gold. Each class is split by whether the prediction's cue touches the gold's (same-cue: a true
boundary miss) or not (other-cue: mostly a gold nested inside our content under its own cue,
which is a missed detection, not an end to move).

  python3 .ci/boundary_classes.py                       # train, table
  python3 .ci/boundary_classes.py --data ../shared/data/polnear_dev.jsonl
  python3 .ci/boundary_classes.py --show "+tail prep (no comma)" --n 20

What it found (session 79, train): of 2409 boundary misses about half are other-cue (+head 810
alone). Same-cue tails: preposition 244, ", other" 166, other 124, "and/but" without comma 76,
dash 62, second sentence 62, ", adverbial" 55, ", which/who" 42, ", and/but" clause 34 (but
20 misses the other way: gold keeps the ", but" clause we cut), ", V-ing" 31. Cutting contents
(indirect, after the cue) at each class, scored through the scorer, broke as many or more
matches than it fixed on train and dev: a temporal phrase (on Tuesday, in 2011, last week) 53
fixed/144 broken, a medium phrase (in an interview, on Twitter) 22/13 train but 2/5 dev, " and
<finite or -ed verb>" 15/52 (np-shaped objects 11/10), a newline 6/2, a sentence end 10/765, a
leading preposition (about/on/to + noun phrase) ~0 either way (a short head never flips the
scorer's 50% rule). The scorer's rule only flips when a cut removes more than half of the
content, so a cut pays only where annotators end there more often than not; none of these
classes does. See also `.ci/content_cuts.py` and `.ci/object_ends.py`.
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
from attribution_errors import categorize  # noqa: E402  (its categories)
ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--data", default=os.path.join(SHARED, "data", "polnear_train.jsonl"))
ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "newslint"))
ap.add_argument("--show", help="list the items of one class")
ap.add_argument("--n", type=int, default=10)
args = ap.parse_args()
show = args.show
docs = S.load_dataset(args.data, "attribution")
preds, _ = S.run_cli(f"{args.bin} analyze --json", docs, 200, 1800, "attribution")
cats = categorize("attribution", docs, preds)
PREP = set("during in at on after since before amid over following with from by as for about against under through via while when because until despite into to of".split())
SAYS = re.compile(r"^,?\s*(according to|(he|she|they|it|we|I|[A-Z][\w.’'-]*( [A-Z][\w.’'-]*)*) (said|says|added|told|wrote|noted|argued|explained|continued|insisted|warned|claimed|stated|recalled))\b")
def tail_class(s):
    if not s.strip(): return "ws"
    if "\n" in s: return "newline"
    st = s.lstrip()
    if SAYS.match(st) : return ", he said/according to"
    if re.match(r"^[”\"’']?\.\s", s) or re.search(r"[.?!][”\"’']?\s+[A-Z“\"]", s[:len(s)]): return "sentence+"
    if re.match(r"^,\s*(and|but|or|yet|so)\b", s): return ", and/but clause"
    if re.match(r"^,\s*(which|who|whom|whose|where|when)\b", s): return ", which/who/when"
    if re.match(r"^,\s*\w+ing\b", s): return ", V-ing"
    if re.match(r"^,\s*(after|before|despite|though|although|while|as|because|since|even|including|compared|according|for|in|on|at|with|from|by|during|amid|if|unless)\b", s): return ", adverbial"
    if re.match(r"^,", s): return ", other"
    if re.match(r"^\s*(and|but|or)\b", s): return "and/but (no comma)"
    if re.match(r"^\s*[:;]", s): return "colon/semicolon"
    if re.match(r"^\s*[—–-]{1,2}\s", s) or s.lstrip().startswith("—"): return "dash"
    if re.match(r"^\s*\(", s): return "paren"
    w = re.match(r"^\s*[“\"']?(\w+)", s)
    if w and w.group(1).lower() in PREP: return "prep (no comma)"
    if w and w.group(1).lower() in ("that","than","so","who","which","where","when","if","whether","because"): return "clause word"
    return "other"
cnt = collections.Counter(); ex = collections.defaultdict(list)
for c in ("boundary:longer", "boundary:shorter", "boundary:shifted"):
    for d, g, p in cats[c]:
        t = d["text"]
        parts = g.get("content_parts") or [g["content"]]
        gs, ge = parts[0][0], parts[-1][1]
        ps, pe = p["content"]
        same = bool(p["cue"] and g.get("cue") and S.overlap(p["cue"], g["cue"]) > 0)
        keys = []
        if len(parts) > 1: keys.append("gold discontinuous")
        if pe > ge: keys.append("+tail " + tail_class(t[ge:pe]))
        if pe < ge: keys.append("-tail " + tail_class(t[pe:ge]))
        if ps < gs: keys.append("+head" + (" newline" if "\n" in t[ps:gs] else ""))
        if ps > gs: keys.append("-head")
        for k in keys:
            cnt[(k, same)] += 1
            ex[(k, same)].append((d["id"], t[gs:ge], t[ps:pe], t[p['cue'][0]:p['cue'][1]] if p['cue'] else None))
tot = collections.Counter()
for (k, s), n in cnt.items(): tot[k] += n
for k, n in tot.most_common():
    print(f"{k:40} {n:5}  same-cue {cnt[(k, True)]:5}  other-cue {cnt[(k, False)]:5}")
if show:
    for s in (True, False):
        for i, e in enumerate(ex[(show, s)][:args.n]):
            print(s, e[3], "\n  G:", e[1].replace("\n","⏎")[:300], "\n  O:", e[2].replace("\n","⏎")[:400])
