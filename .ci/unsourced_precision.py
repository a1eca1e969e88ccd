#!/usr/bin/env python3
"""On PolNeAR: the share of sentences flagged `unsourced-claim` that carry no gold attribution
(a flagged sentence should be one nobody is said to have said). Prints one JSON line.

usage: unsourced_precision.py BINARY DATASET.jsonl
"""
import json
import os
import sys

SHARED_EVAL = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "shared", "eval")
sys.path.insert(0, SHARED_EVAL)
import score  # noqa: E402  (the shared scorer: its CLI runner, validation and sentence splitter)


def main(binary, dataset):
    docs = score.load_dataset(dataset, "attribution")
    preds, _ = score.run_cli(f"{binary} analyze --json", docs, 64, 600, "attribution")
    flagged = clean = 0
    for doc, pred in zip(docs, preds):
        gold = [tuple(part) for a in doc["attributions"] for part in (a.get("content_parts") or [a["content"]])]
        diagnostics = [d for d in pred.get("diagnostics", []) if d["rule"] == "unsourced-claim"]
        for start, end in score.split_sentences(doc["text"]):
            if not any(score.overlap((start, end), (d["start"], d["end"])) for d in diagnostics):
                continue
            flagged += 1
            clean += not any(score.overlap((start, end), g) for g in gold)
    share = clean / flagged if flagged else 1.0
    print(json.dumps({"flagged_sentences": flagged, "without_gold_attribution": clean, "share": round(share, 4)}))
    return share


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
