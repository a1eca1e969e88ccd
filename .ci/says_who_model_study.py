#!/usr/bin/env python3
"""Study: would a model learned from the "says who?" labels decide `unsourced-claim` better?

Not part of CI. It needs numpy and scikit-learn (`python3 -m venv /tmp/venv &&
/tmp/venv/bin/pip install numpy scikit-learn`, then run it with that interpreter) and
../shared (PolNeAR and the shared scorer).

usage: says_who_model_study.py BINARY [--threshold T ...] [--set NAME]

It led to the says-who model the engine has used since s57 (src/analysis/claims/says_who.rs,
trained by examples/train_claims.rs); kept as the study. Before, a sentence was flagged when its
check-worthiness score (a model trained on CLEF debates) cleared the threshold and the sourcing
rules found nothing that covers it. This asks whether a
logistic regression trained on our sentence labels, reading what the engine already computes,
picks the sentences an editor would ask "says who?" about better. Per sentence it reads, from
`BINARY analyze --json`: the claim score, whether a claim is sourced, whether `unsourced-claim`,
`weasel-wording` or `anonymous-source` touch it, the attributions whose content touches it
(how many, direct, with a source), whether it opens its paragraph, the same attribution facts
and flag of the sentences before and after, and its words and word pairs (lowercased, numbers
as one token).

Labels: the invented articles (tests/articles/*/NAME.claims, sentences cut from each label's
first words to the next's, as tests/articles.rs does) and PolNeAR's (.ci/says_who_train.jsonl,
.ci/says_who_dev.jsonl; sentences as the labels give them).

Printed, for the engine and for the model at each threshold, three ways of using it:
- `model`: the model alone decides;
- `model-unsourced`: the model decides among the sentences no attribution sources;
- `model-filter`: the model only removes flags the engine gave.
Each with:
- the invented sets, leave-one-set-out (train on the other sets and PolNeAR train labels):
  precision/recall of the labelled sentences;
- PolNeAR dev labels (train on all invented sets and PolNeAR train labels): precision/recall;
- with `--set NAME` (a directory of tests/articles), that set's own leave-one-set-out figures:
  a blind set read by a model that never saw it;
- the share of flagged PolNeAR dev sentences that carry no gold attribution (what
  `.ci/unsourced_precision.py` measures; CI's floor is 0.75), over every dev sentence.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score  # noqa: E402  (the shared scorer: sentence splitter, CLI runner)


def span(x):
    return (x["start"], x["end"]) if isinstance(x, dict) else tuple(x)


def reading(out, text, start, end, index, doc, group, label, gold_attr=False):
    """What the engine's output says of the sentence at start..end."""
    def touches(x):
        a, b = span(x)
        return a < end and b > start

    claims = [c for c in out["claims"] if touches(c)]
    rule = lambda name: any(d["rule"] == name and touches(d) for d in out["diagnostics"])
    attributions = [a for a in out["attributions"] if touches(a["content"])]
    paragraph = text.rfind("\n", 0, start) + 1
    return dict(group=group, doc=doc, index=index, label=label, gold_attr=gold_attr,
                text=text[start:end].strip(),
                score=max((c["score"] for c in claims), default=0.0),
                sourced=any(c["sourced"] for c in claims), has_claim=bool(claims),
                flagged=rule("unsourced-claim"), weasel=rule("weasel-wording"),
                anon=rule("anonymous-source"), n_attr=len(attributions),
                direct=any(a["direct"] for a in attributions),
                attr_src=any(a["source"] for a in attributions),
                first_in_para=start <= paragraph + 1)


def analyze(binary, path, cwd):
    run = subprocess.run([binary, "analyze", "--json", path], capture_output=True, text=True, cwd=cwd)
    return json.loads(run.stdout)["files"][0]


def invented(binary):
    rows = []
    for labels_path in sorted(glob.glob(os.path.join(ROOT, "tests/articles/*/*.claims"))):
        text_path = labels_path[: -len(".claims")] + ".txt"
        text = open(text_path).read()
        labels = []
        for line in open(labels_path):
            body = line.rstrip("\n").split("  #")[0]
            if body.strip():
                value, words = body.split(" ", 1)
                labels.append((value == "true", words.split()))
        starts, at = [], 0
        for _, words in labels:
            found = re.compile(r"\s+".join(map(re.escape, words))).search(text, at)
            starts.append(found.start() if found else None)
            at = found.end() if found else at
        out = analyze(binary, text_path, ROOT)
        group = os.path.basename(os.path.dirname(labels_path))
        for i, ((value, _), start) in enumerate(zip(labels, starts)):
            if start is None:
                continue
            end = next((s for s in starts[i + 1:] if s is not None), len(text))
            rows.append(reading(out, text, start, end, i, text_path, group, value))
    return rows


def polnear_labelled(binary, labels_path, data_path, scratch):
    texts = {d["id"]: d["text"] for d in map(json.loads, open(data_path))}
    by_doc = {}
    for label in map(json.loads, open(labels_path)):
        by_doc.setdefault(label["doc"], []).append(label)
    rows = []
    for doc, labels in by_doc.items():
        path = os.path.join(scratch, "article.txt")
        with open(path, "w") as f:
            f.write(texts[doc])
        out = analyze(binary, path, scratch)
        for i, label in enumerate(sorted(labels, key=lambda l: l["start"])):
            rows.append(reading(out, texts[doc], label["start"], label["end"], i, doc,
                                "polnear", label["says_who"]))
    return rows


def polnear_all(binary, data_path):
    docs = score.load_dataset(data_path, "attribution")
    preds, _ = score.run_cli(f"{binary} analyze --json", docs, 64, 600, "attribution")
    rows = []
    for doc, out in zip(docs, preds):
        text = doc["text"]
        gold = [tuple(p) for a in doc["attributions"] for p in (a.get("content_parts") or [a["content"]])]
        for i, (start, end) in enumerate(score.split_sentences(text)):
            attributed = any(score.overlap((start, end), g) for g in gold)
            rows.append(reading(out, text, start, end, i, doc["id"], "polnear", False, attributed))
    return rows


def features(rows, i):
    r = rows[i]
    f = {k: float(r[k]) for k in ("sourced", "has_claim", "flagged", "weasel", "anon", "direct",
                                  "attr_src", "first_in_para")}
    f.update(score=r["score"], score2=r["score"] ** 2, n_attr=min(r["n_attr"], 3),
             flag_x_score=float(r["flagged"]) * r["score"])
    for step, name in ((-1, "prev"), (1, "next")):
        j = i + step
        if 0 <= j < len(rows) and rows[j]["doc"] == r["doc"]:
            f[name + "_attr"] = float(rows[j]["n_attr"] > 0)
            f[name + "_direct"] = float(rows[j]["direct"])
            f[name + "_flag"] = float(rows[j]["flagged"])
    tokens = ["<num>" if t.isdigit() else t for t in re.findall(r"[a-z]+|\d+|[%$£€]", r["text"].lower())]
    f.update({"w=" + t: 1.0 for t in tokens})
    f.update({"b=" + a + "_" + b: 1.0 for a, b in zip(tokens, tokens[1:])})
    f["len"] = min(len(tokens), 40) / 40
    return f


def table(rows):
    return [features(rows, i) for i in range(len(rows))], np.array([r["label"] for r in rows])


def fit(x, y):
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=1.0, max_iter=3000).fit(vectorizer.fit_transform(x), y)
    return lambda rows_x: model.predict_proba(vectorizer.transform(rows_x))[:, 1]


def column(rows, key):
    return np.array([r[key] for r in rows])


def decide(rows, probability, threshold, use):
    flagged = probability >= threshold
    if use == "model-unsourced":
        flagged &= ~column(rows, "sourced")
    elif use == "model-filter":
        flagged &= column(rows, "flagged")
    return flagged


def pr(labels, flagged):
    right = int((flagged & labels).sum())
    return f"P {right / max(flagged.sum(), 1):.3f} R {right / labels.sum():.3f} ({right}/{int(flagged.sum())})"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary")
    ap.add_argument("--threshold", type=float, action="append")
    ap.add_argument("--set", help="also print this invented set's own figures")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    data = os.path.join(SHARED, "data")
    if not os.path.isdir(data):
        sys.exit(f"needs {data}")
    scratch = tempfile.mkdtemp()
    inv = invented(binary)
    train = polnear_labelled(binary, os.path.join(ROOT, ".ci/says_who_train.jsonl"),
                             os.path.join(data, "polnear_train.jsonl"), scratch)
    dev = polnear_labelled(binary, os.path.join(ROOT, ".ci/says_who_dev.jsonl"),
                           os.path.join(data, "polnear_dev.jsonl"), scratch)
    every_dev = polnear_all(binary, os.path.join(data, "polnear_dev.jsonl"))
    x_inv, y_inv = table(inv)
    x_train, y_train = table(train)
    x_dev, y_dev = table(dev)
    x_every = [features(every_dev, i) for i in range(len(every_dev))]
    attributed = column(every_dev, "gold_attr")

    groups = column(inv, "group")
    p_inv = np.zeros(len(inv))
    for group in sorted(set(groups)):
        rest = groups != group
        predict = fit([x for x, k in zip(x_inv, rest) if k] + x_train,
                      np.concatenate([y_inv[rest], y_train]))
        p_inv[~rest] = predict([x for x, k in zip(x_inv, ~rest) if k])
    predict = fit(x_inv + x_train, np.concatenate([y_inv, y_train]))
    p_dev, p_every = predict(x_dev), predict(x_every)

    in_set = groups == args.set

    def invented_figures(flagged):
        pooled = pr(y_inv, flagged)
        return pooled + (f" | {args.set} {pr(y_inv[in_set], flagged[in_set])}" if args.set else "")

    def share(flagged):
        return f"share {(~attributed[flagged]).mean():.4f} ({int(flagged.sum())} flagged)"

    print("engine", "| invented", invented_figures(column(inv, "flagged")), "| PolNeAR dev",
          pr(y_dev, column(dev, "flagged")), "|", share(column(every_dev, "flagged")))
    for use in ("model", "model-unsourced", "model-filter"):
        for t in args.threshold or [0.4, 0.5, 0.6]:
            print(f"{use} t={t}", "| invented", invented_figures(decide(inv, p_inv, t, use)),
                  "| PolNeAR dev", pr(y_dev, decide(dev, p_dev, t, use)), "|",
                  share(decide(every_dev, p_every, t, use)))


if __name__ == "__main__":
    main()
