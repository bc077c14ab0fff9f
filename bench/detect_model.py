"""Would a small statistical model trained on the dev split beat the hand-written cues on frozen?

Run from the repository root: `.venv/bin/python bench/detect_model.py`.

Trains a multinomial naive Bayes (word unigrams and bigrams of the subject and first 6,000
characters of text, add-half smoothing, one count per word per message) on the dev split, and
prints only aggregate kind macro-F1 on the frozen split for: the shipped detector, the model
alone, and hybrids where the model overrides a detector `none` when its posterior for a job
kind is at least a threshold. Nothing is shipped from here; it records why detection keeps the
hand-weighted families (see docs/detection.md, "Measuring").
"""

from __future__ import annotations

import itertools
import math
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from detect import KINDS, load, run

from followup.parse import parse_message

_TOKEN = re.compile(r"[a-zà-ÿ']+")

Model = tuple[dict[str, Counter[str]], Counter[str], set[str]]


def features(raw: bytes) -> set[str]:
    message = parse_message(raw)
    words = _TOKEN.findall(f"{message.subject or ''}\n{(message.text or '')[:6000]}".lower())
    return {*words, *(f"{a}_{b}" for a, b in itertools.pairwise(words))}


def train(items: list[tuple[str, bytes, dict[str, object]]]) -> Model:
    counts: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    prior: Counter[str] = Counter()
    for _, raw, label in items:
        kind = str(label["kind"])
        prior[kind] += 1
        counts[kind].update(features(raw))
    return counts, prior, set().union(*counts.values())


def predict(model: Model, raw: bytes) -> tuple[str, float]:
    counts, prior, vocab = model
    seen = [f for f in features(raw) if f in vocab]
    total = sum(prior.values())
    scores = {}
    for kind in KINDS:
        n = prior[kind]
        if not n:
            continue
        scores[kind] = math.log(n / total) + sum(math.log((counts[kind][f] + 0.5) / (n + 1)) for f in seen)
    top = max(scores.values())
    norm = sum(math.exp(v - top) for v in scores.values())
    best = max(scores, key=lambda k: scores[k])
    return best, math.exp(scores[best] - top) / norm


def macro_f1(truth: list[str], guess: list[str]) -> float:
    f1s = []
    for kind in KINDS:
        tp = sum(t == kind and g == kind for t, g in zip(truth, guess, strict=True))
        predicted, expected = guess.count(kind), truth.count(kind)
        if not predicted and not expected:
            continue
        precision = tp / predicted if predicted else 0.0
        recall = tp / expected if expected else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(f1s) / len(f1s)


def main() -> int:
    dev, frozen = load("dev"), load("frozen")
    model = train(dev)
    truth = [str(label["kind"]) for _, _, label in frozen]
    rules = [str(run(raw)["kind"]) for _, raw, _ in frozen]
    guesses = [predict(model, raw) for _, raw, _ in frozen]
    print(f"trained on dev ({len(dev)} messages); frozen ({len(frozen)} messages) kind macro-F1:")
    print(f"  shipped detector (hand-weighted cue families): {macro_f1(truth, rules):.3f}")
    print(f"  naive Bayes alone:                             {macro_f1(truth, [k for k, _ in guesses]):.3f}")
    for threshold in (0.9, 0.99, 0.999):
        hybrid = [
            k if r == "none" and k != "none" and p >= threshold else r for r, (k, p) in zip(rules, guesses, strict=True)
        ]
        print(f"  detector, model overriding its none at p >= {threshold}: {macro_f1(truth, hybrid):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
