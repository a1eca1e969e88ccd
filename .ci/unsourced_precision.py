#!/usr/bin/env python3
"""On PolNeAR: the share of sentences flagged `unsourced-claim` that carry no gold attribution
(a flagged sentence should be one nobody is said to have said). Prints one JSON line.

Also a recall proxy, so that the share is not won by flagging nothing: of the sentences that
carry no gold attribution, the share we flag (`clean_flagged_share`). Not every such sentence is
a claim (titles, transitions), so this is a proxy, to compare runs, not a recall.

usage: unsourced_precision.py BINARY DATASET.jsonl [--errors] [--predictions FILE]

--errors lists the flagged sentences that do carry a gold attribution, grouped by the gold
cue's words, most frequent first: the error analysis behind the sourcing decisions.

--predictions FILE scores the `analyze --json`-shaped output in FILE (one entry in `files` per
article, in dataset order) instead of running BINARY: `examples/train_claims.rs --unsourced-cv`
writes the spans of PolNeAR train under cross-validation of the reading models.
"""
import collections
import json
import os
import sys

SHARED_EVAL = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "shared", "eval")
sys.path.insert(0, SHARED_EVAL)
import score  # noqa: E402  (the shared scorer: its CLI runner, validation and sentence splitter)


def measure(binary, dataset, predictions=None):
    """The figures (the JSON line main prints) and, per gold cue, the flagged sentences that
    carry a gold attribution."""
    docs = score.load_dataset(dataset, "attribution")
    if predictions:
        with open(predictions) as f:
            preds = json.load(f)["files"]
        assert len(preds) == len(docs), "one prediction per article"
    else:
        preds, _ = score.run_cli(f"{binary} analyze --json", docs, 64, 600, "attribution")
    flagged = clean = clean_sentences = 0
    misses = collections.defaultdict(list)
    for doc, pred in zip(docs, preds):
        text = doc["text"]
        gold = []
        for a in doc["attributions"]:
            cue = a.get("cue")
            cue_words = " ".join(text[cue[0]:cue[1]].lower().split()) if cue else "(no cue)"
            gold.extend((tuple(part), cue_words) for part in (a.get("content_parts") or [a["content"]]))
        diagnostics = [d for d in pred.get("diagnostics", []) if d["rule"] == "unsourced-claim"]
        for start, end in score.split_sentences(text):
            hits = [cue for span, cue in gold if score.overlap((start, end), span)]
            clean_sentences += not hits
            if not any(score.overlap((start, end), (d["start"], d["end"])) for d in diagnostics):
                continue
            flagged += 1
            clean += not hits
            if hits:
                misses[hits[0]].append(text[start:end])
    share = clean / flagged if flagged else 1.0
    figures = {"flagged_sentences": flagged, "without_gold_attribution": clean, "share": round(share, 4),
               "sentences_without_gold_attribution": clean_sentences,
               "clean_flagged_share": round(clean / clean_sentences, 4) if clean_sentences else 0.0}
    return figures, misses


def main(binary, dataset, errors=False, predictions=None):
    figures, misses = measure(binary, dataset, predictions)
    print(json.dumps(figures))
    if errors:
        for cue, sentences in sorted(misses.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"\n## {cue!r}: {len(sentences)}")
            for sentence in sentences:
                print(f"  - {sentence[:200]}")
    return figures["share"]


if __name__ == "__main__":
    rest = sys.argv[3:]
    predictions = rest[rest.index("--predictions") + 1] if "--predictions" in rest else None
    main(sys.argv[1], sys.argv[2], "--errors" in rest, predictions)
