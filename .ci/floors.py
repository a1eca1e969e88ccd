#!/usr/bin/env python3
"""Accuracy floors: runs ../shared/eval/score.py on the development data and fails when a
figure drops below its floor. Needs ../shared (not in a fresh clone): says so and skips."""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
BINARY = os.path.join(ROOT, "target", "release", "newslint")

# (task, dataset, extra scorer arguments, metric path, floor). Floors sit a little under the
# figures measured when they were set, so noise does not fail CI but a real drop does.
FLOORS = [
    ("quotes", "polnear_dev.jsonl", [], "detection.f1", 0.957),
    ("quotes", "polnear_dev.jsonl", [], "speaker.accuracy", 0.915),
    ("quotes", "polnear_dev.jsonl", [], "cue.accuracy", 0.900),
    ("quotes", "offset_canary.jsonl", [], "detection.f1", 0.99),
    ("attribution", "polnear_dev.jsonl", [], "span.f1", 0.734),
    ("attribution", "polnear_dev.jsonl", [], "char.f1", 0.855),
    # The claim and weasel models were trained on these two sets: these floors guard the wiring
    # (JSON, offsets, sourcing); tests/claims_floors.rs checks the cross-validated figures.
    ("claims", "clef2019_train.jsonl", [], "map", 0.28),
    ("weasel", "weasel_dev.jsonl", [], "accuracy", 0.90),
    # The entity tagger is not trained on these (CoNLL dev; the canary guards the offsets);
    # the GUM held-out figure is in tests/ner_floor.rs and examples/eval_ner.rs.
    ("ner", "conll2003_dev.jsonl", [], "micro.f1", 0.915),
    ("ner", "offset_canary.jsonl", [], "span_only.f1", 0.85),
]

# `unsourced-claim` on PolNeAR dev (.ci/unsourced_precision.py): the share of flagged sentences
# without a gold attribution, and of those sentences the share flagged (a recall proxy). The
# reported-sentence model learns from PolNeAR train only. Measured 0.793 and 0.344. The proxy's
# floor was 0.33; it is 0.32 since says-who recall (below) is measured: of the sentences without
# gold attribution many are ones an editor would not ask about, and unflagging one lowers the
# proxy. Lowered for a sentence ending in a colon (no statement): says-who precision dev 0.678
# -> 0.690, train 0.510 -> 0.512, recall unchanged on both (0.360, 0.338); the proxy 0.3307 -> 0.3287
# (since back to 0.3307 with the verdicts and forecasts that now count as the writer's own).
# The share's floor was 0.78; it is 0.75 since vague crowds ("Analysts expect", "Others warned")
# and general statements about a class ("Scholars have long debated …") count as unsourced:
# PolNeAR marks both as attributions, the issue lists the first as vague attributions to flag,
# and both gain on our labels (share 0.7897 -> 0.7604, 434 flagged; says-who train 176/282 ->
# 183/291, dev 42/54 -> 43/56; invented articles right 228 -> 251 of 391 true, flagged 349 -> 363).
# An event told as hearsay ("It is widely accepted that bills were held down", "reportedly")
# counts as unsourced for the same reason: share 0.7564 -> 0.7517, says-who train 184/292 ->
# 185/293, invented articles right 318 -> 323 with no new wrong flag.
# Since the says-who model decides (src/analysis/claims/says_who.rs), the floors are 0.63 and 0.27
# (measured 0.6560 and 0.2857; the hand-set rule had 0.7556 and 0.3367), a judgement call: the
# model, learnt from sentences labelled "would an editor ask: says who?", flags better by that
# question on sets it never saw (each invented set held out: P 0.663 -> 0.772, R 0.621 -> 0.623;
# the blind s57-c21: P 0.578 -> 0.771, R 0.531 -> 0.551; PolNeAR dev labels below: 45/60 ->
# 49/66), and the two targets disagree: the sentences it adds that PolNeAR marks as attributed
# are mostly stance and cognition an editor would question ("Clinton has largely ignored the
# issue of tax reform", "Mr. Ban's record on promoting women's leadership has been mixed"), and
# those it drops are mostly narration PolNeAR leaves unattributed.
# The clean share's floor is 0.25: each retrain of the says-who model drifts it with no rule
# changed (learning s62-c29 to s63-c34 took it to 0.2577, the frame filter retrained for the
# quotations after naming words back to 0.2777, learning s64-c35 to s64-c37 to 0.2597, 260 of
# 1001 without a gold attribution: it flags fewer, 434 -> 412, at a share of 0.6311).
# The share's floor is 0.61 since a vague crowd answered by a named speaker next ("Analysts
# say …" then one analyst by name) reaches the model instead of counting as sourced: the same
# conflict as above (PolNeAR marks the crowd as an attribution, the issue and our labels count
# it as vague). With s65-c38 to s65-c40 learnt at the same time: share 0.6322 -> 0.6158 (419
# flagged), says-who dev 46/59 -> 48/62, train 241/270 -> 246/275; held out on the 43 sets of
# the time F1 0.693 -> 0.705.
# Its floor is 0.60 since a report whose source is a relative pronoun sources only its clause,
# crowds in the present perfect or placed where nobody is named ("Land agents in the region
# say") and unnamed studies, surveys or polls ("Polls show …") reach the model: the same
# conflict again (PolNeAR marks them as attributions; the issue lists them as vague). With
# s66-c41 and s66-c42 learnt at the same time: share 0.6215 -> 0.6037 (429 flagged), says-who
# dev 51/65 -> 49/63, train 246/275 -> 243/273; held out F1 0.694 on 46 sets -> 0.703 on 48.
# Its floor is 0.59 since the writer's own "is likely to" reaches the model even where a report
# or a source's act sits elsewhere in the sentence ("The legality of the rules is likely to be
# decided by the Supreme Court"; "… is likely to placate Democrats, who have argued …"): PolNeAR
# marks such predictions as attributions, our labels and the issue count them as the writer's.
# With s69-c51 to s69-c54 learnt at the same time: share 0.6050 -> 0.5995 (427 flagged; without
# the "is likely to" reading 0.6052 at 423, says-who dev 49/65, train 239/270), says-who dev
# 51/66 -> 51/67, train 244/273 -> 242/274; held out on 60 sets F1 0.717 (0.715 without the
# reading).
# Its floor is 0.585 since a third party's hope stopped sourcing its sentence (s77, m42: "Labour,
# which had hoped to take the seat"; our labels of such sentences 8 true to 1 false, PolNeAR marks
# the hope as an attribution: "Mr. Clarke hoped electric utilities would …", two dev flags) and a
# says-who input reads the writer's verdict phrases ("a blow to", "worst fears"). With s77-c75 to
# s77-c77 learnt at the same time: share 0.5941 -> 0.5898 (451 flagged, 266 clean), says-who dev
# 51/64 -> 53/70, train 276/280 -> 278/282; held out on 83 sets F1 0.729 -> 0.734.
UNSOURCED_FLOORS = [("share", 0.585), ("clean_flagged_share", 0.25)]

# `unsourced-claim` against our own labels of PolNeAR dev, "would an editor ask: says who?"
# (.ci/says_who.py): issue 5's measure. Measured P 0.742 and R 0.441 (flagged 66, 49 true of 111)
# with the says-who model (the hand-set rule: 0.750 and 0.405); its training never reads PolNeAR
# dev. Three flags move precision by 0.01 here, so its floor keeps that room; one true flag
# moves recall by 0.009 (the model retrained with s64-c35 to s64-c37 and the claim's place
# among the document's claims: 46 of 111, P 0.780 R 0.414, held out on 43 invented sets P 0.780
# R 0.621 -> 0.787 R 0.619).
SAYS_WHO_FLOORS = [("precision", 0.72), ("recall", 0.40)]


def metric(metrics, path):
    for key in path.split("."):
        metrics = metrics[key]
    return metrics


def main():
    if not os.path.isdir(os.path.join(SHARED, "data")):
        print("accuracy floors: SKIPPED (../shared/data is not present)")
        return 0
    failures = 0
    for task, dataset, extra, path, floor in FLOORS:
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            command = [sys.executable, os.path.join(SHARED, "eval", "score.py"), "--cmd", f"{BINARY} analyze --json",
                       *extra, "--json-out", out.name, task, os.path.join(SHARED, "data", dataset)]
            run = subprocess.run(command, capture_output=True, text=True)
            if run.returncode != 0:
                print(f"FAIL {task} {dataset}: the scorer failed\n{run.stderr}")
                failures += 1
                continue
            value = metric(json.load(open(out.name))["metrics"], path)
        ok = value >= floor
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {task:<12} {dataset:<24} {path:<28} {value:.4f} (floor {floor})")
    import unsourced_precision  # beside this file; it needs ../shared/eval, so only here

    figures, _ = unsourced_precision.measure(BINARY, os.path.join(SHARED, "data", "polnear_dev.jsonl"))
    for key, floor in UNSOURCED_FLOORS:
        ok = figures[key] >= floor
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {'unsourced':<12} {'polnear_dev.jsonl':<24} {key:<28} {figures[key]:.4f} (floor {floor})")
    import says_who  # beside this file too

    labels = says_who.load_labels(os.path.join(ROOT, ".ci", "says_who_dev.jsonl"))
    docs = says_who.load_docs(labels, unsourced_precision.score)
    flagged = says_who.flagged_sentences(BINARY, docs, labels, unsourced_precision.score)
    figures = says_who.figures(labels, flagged, None)
    for key, floor in SAYS_WHO_FLOORS:
        ok = figures[key] >= floor
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {'says-who':<12} {'says_who_dev.jsonl':<24} {key:<28} {figures[key]:.4f} (floor {floor})")
    checks = len(FLOORS) + len(UNSOURCED_FLOORS) + len(SAYS_WHO_FLOORS)
    print(f"accuracy floors: {checks - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
