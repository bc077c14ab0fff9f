"""Assign each corpus case to `dev` (tune on it) or `frozen` (measure only), once and for ever.

split.json maps case name -> split. A name already there never moves: the frozen split stays
unseen by whoever tunes on dev, even as cases are added. New names are assigned in one go per
run, stratified by kind: within each kind the new names are shuffled with a fixed seed and each
goes to the split that has fewer cases of that kind so far (a tie is broken by the same seeded
generator), so every kind stays about 50/50.

Run through build.py; `python split.py` alone prints the per-kind counts.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

SEED = 20261130
SPLIT_FILE = Path(__file__).resolve().parent / "split.json"


def load() -> dict[str, str]:
    return json.loads(SPLIT_FILE.read_text()) if SPLIT_FILE.exists() else {}


def assign(kinds: dict[str, str], pinned: dict[str, str] | None = None) -> dict[str, str]:
    """Return name -> split for every case in `kinds` (name -> kind), saving any new assignment.

    `pinned` names new cases written for one split only (a batch that grows dev while frozen stays
    as it was, so figures measured on frozen before and after stay comparable).
    """
    splits = load()
    for name, split in (pinned or {}).items():
        if name in kinds and name not in splits:
            splits[name] = split
    new = sorted(name for name in kinds if name not in splits)
    if new or pinned:
        rng = random.Random(f"{SEED}:{len(splits)}")
        have = Counter((kinds[n], s) for n, s in splits.items() if n in kinds)
        for kind in sorted({kinds[n] for n in new}):
            batch = [n for n in new if kinds[n] == kind]
            rng.shuffle(batch)
            for name in batch:
                dev, frozen = have[(kind, "dev")], have[(kind, "frozen")]
                chosen = "dev" if dev < frozen else "frozen" if frozen < dev else rng.choice(["dev", "frozen"])
                splits[name] = chosen
                have[(kind, chosen)] += 1
        SPLIT_FILE.write_text(json.dumps(dict(sorted(splits.items())), indent=1) + "\n")
    return splits


def main() -> None:
    splits = load()
    here = Path(__file__).resolve().parent
    counts: Counter[tuple[str, str]] = Counter()
    for name, split in splits.items():
        path = here / split / f"{name}.expected.json"
        if path.exists():
            counts[(json.loads(path.read_text())["kind"], split)] += 1
    for kind in sorted({k for k, _ in counts}):
        print(f"{kind:24} dev {counts[(kind, 'dev')]:3}  frozen {counts[(kind, 'frozen')]:3}")


if __name__ == "__main__":
    main()
