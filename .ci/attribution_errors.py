#!/usr/bin/env python3
"""Error analysis for the quotes and attribution tasks on PolNeAR: runs the release binary through
../shared/eval/score.py's own runner and matching, and lists what is missed, by category.

  python3 .ci/attribution_errors.py attribution                     # counts per category
  python3 .ci/attribution_errors.py attribution --show missed --n 30
  python3 .ci/attribution_errors.py quotes --show cue-wrong
  python3 .ci/attribution_errors.py attribution --cues              # cue words of missed golds
  python3 .ci/attribution_errors.py attribution --data ../shared/data/polnear_train.jsonl
  python3 .ci/attribution_errors.py attribution --ceilings          # what boundary work can win

Categories: missed (no prediction overlaps the gold), boundary:longer / boundary:shorter /
boundary:shifted (a prediction overlaps but fails the scorer's span rule), and for each unmatched
prediction: false-alarm (overlaps no gold), false-alarm-on-a-matched-gold (every gold it overlaps
is another prediction's match), false-alarm-on-a-missed-gold (it overlaps a gold nothing matched:
the prediction's side of a boundary miss), and for quotes
speaker-wrong / cue-wrong among matched quotes. Study the train split, tune on dev.

--ceilings scores two oracles over the attributions found: each content cut where the gold it
starts with ends, and each content given the span of the gold it overlaps most (one gold per
prediction): the span F1 that better ends, or better boundaries, could reach with the same
detections.
"""
import argparse
import collections
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score as S  # noqa: E402  (the scorer's own matching rules)


def text_of(text, span):
    return text[span[0]:span[1]] if span else None


def short(s, n=200):
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[: n // 2] + " … " + s[-n // 2:]


def matches(task, span, parts):
    o = S.overlap_parts(span, parts)
    plen = span[1] - span[0]
    glen = sum(b - a for a, b in parts)
    if task == "quotes":
        return o > 0 and o >= 0.5 * min(plen, glen)
    return o > 0 and (o >= 0.5 * max(glen, plen)
                      or any(S.overlap(span, q) >= 0.5 * max(plen, q[1] - q[0]) for q in parts))


def categorize(task, docs, preds):
    cats = collections.defaultdict(list)
    for d, p in zip(docs, preds):
        text, raw = d["text"], d["attributions"]
        golds = {i: S._gold_attr(g) for i, g in enumerate(raw) if task != "quotes" or g["direct"]}
        ps = [a for a in p["attributions"] if task != "quotes" or a["direct"]]
        cand = [(S.overlap_parts(a["content"], golds[gi][0]), gi, pi)
                for gi in golds for pi, a in enumerate(ps) if matches(task, a["content"], golds[gi][0])]
        match = S.greedy_match(cand)
        for gi, pi in match.items():
            _, sources, cues = golds[gi]
            a = ps[pi]
            if task == "quotes" and sources and not (a["source"] and S.touches(a["source"], sources)):
                cats["speaker-wrong"].append((d, raw[gi], a))
            if task == "quotes" and cues and not (a["cue"] and S.touches(a["cue"], cues)):
                cats["cue-wrong"].append((d, raw[gi], a))
        for gi, (parts, _, _) in golds.items():
            if gi in match:
                continue
            near = [a for a in ps if S.overlap_parts(a["content"], parts) > 0]
            if not near:
                cats["missed"].append((d, raw[gi], None))
                continue
            a = max(near, key=lambda a: S.overlap_parts(a["content"], parts))
            (s, e), gs, ge = a["content"], parts[0][0], parts[-1][1]
            kind = "longer" if s <= gs and e >= ge else "shorter" if s >= gs and e <= ge else "shifted"
            cats["boundary:" + kind].append((d, raw[gi], a))
        taken = set(match.values())
        for pi, a in enumerate(ps):
            plen = a["content"][1] - a["content"][0]
            split_piece = any(len(golds[gi][0]) > 1
                              and S.overlap_parts(a["content"], golds[gi][0]) >= 0.5 * plen for gi in match)
            if pi in taken or split_piece:
                continue
            overlapped = [gi for gi, g in golds.items() if S.overlap_parts(a["content"], g[0]) > 0]
            kind = ("false-alarm" if not overlapped
                    else "false-alarm-on-a-matched-gold" if all(gi in match for gi in overlapped)
                    else "false-alarm-on-a-missed-gold")
            cats[kind].append((d, None, a))
    return cats


def with_oracle_spans(docs, preds, whole):
    """`preds` with each content replaced by a gold span: the whole span of the gold it overlaps
    most (`whole`, each gold used once), else cut at the end of a gold it starts with."""
    out = []
    for d, p in zip(docs, preds):
        golds = [S._gold_attr(g)[0] for g in d["attributions"]]
        used, attributions = set(), []
        for a in p["attributions"]:
            s, e = a["content"]
            scored = [(S.overlap((s, e), (g[0][0], g[-1][1])), i) for i, g in enumerate(golds)
                      if i not in used or not whole]
            o, best = max(scored, default=(0, None))
            if o > 0:
                gs, ge = golds[best][0][0], golds[best][-1][1]
                if whole:
                    used.add(best)
                    s, e = gs, ge
                elif abs(gs - s) <= 2 and ge < e:
                    e = ge
            attributions.append(dict(a, content=(s, e)))
        out.append(dict(p, attributions=attributions))
    return out


def ceilings(docs, preds):
    for name, oracle in (("found", preds), ("ends cut at the gold's", with_oracle_spans(docs, preds, False)),
                         ("gold boundaries", with_oracle_spans(docs, preds, True))):
        m = S.score_attribution(docs, oracle)
        print(f"{name:24} span F1 {m['span']['f1']:.4f}  char F1 {m['char']['f1']:.4f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("task", choices=("quotes", "attribution"))
    ap.add_argument("--data", default=os.path.join(SHARED, "data", "polnear_dev.jsonl"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "newslint"))
    ap.add_argument("--show", help="list the items of one category")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--cues", action="store_true", help="the cue words of missed golds, most frequent first")
    ap.add_argument("--ceilings", action="store_true", help="span F1 with oracle boundaries (attribution)")
    a = ap.parse_args()
    docs = S.load_dataset(a.data, "attribution")
    preds, _ = S.run_cli(f"{a.bin} analyze --json", docs, 200, 1800, "attribution")
    if a.ceilings:
        ceilings(docs, preds)
        return 0
    cats = categorize(a.task, docs, preds)
    for name, items in sorted(cats.items(), key=lambda kv: -len(kv[1])):
        print(f"{name:30} {len(items)}")
    if a.cues:
        counts = collections.Counter(
            (text_of(d["text"], g["cue"]) or "(none)").lower() for d, g, _ in cats["missed"])
        print(", ".join(f"{cue} {n}" for cue, n in counts.most_common(80)))
    for d, g, p in cats.get(a.show, [])[: a.n]:
        text = d["text"]
        print("-" * 80 + "\n" + d["id"])
        if g:
            content = " ‖ ".join(text_of(text, q) for q in g.get("content_parts") or [g["content"]])
            print(f"  gold direct={g['direct']} cue=[{text_of(text, g.get('cue'))}] "
                  f"source=[{text_of(text, g.get('source'))}] {short(content)!r}")
        if p:
            print(f"  ours direct={p['direct']} cue=[{text_of(text, p['cue'])}] "
                  f"source=[{text_of(text, p['source'])}] {short(text_of(text, p['content']))!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
