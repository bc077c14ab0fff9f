"""The detection corpus (tests/data/detection/): well-formed, split once, and never an error.

Accuracy on this corpus is measured by bench/detect.py, not asserted here: the frozen split is a
measurement nobody tunes on, so a test gate on it would turn it into a tuning target. What is
asserted is what must hold for every message whatever the detector's skill: detection records no
`error:` evidence line and takes under a second of CPU time.
"""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

import pytest

from followup.detect import detect_event
from followup.parse import parse_message

CORPUS = Path(__file__).resolve().parent.parent / "data" / "detection"
OWNER = "alex.morgan@mail.example"
KINDS = {
    "interview_scheduled", "interview_rescheduled", "interview_cancelled", "application_received",
    "rejection", "offer", "none",
}  # fmt: skip
KEYS = {"kind", "company", "role", "contact", "interviewers", "start", "booking_requested", "shape", "source"}
MESSAGES = sorted(CORPUS.glob("*/*.eml"))


def test_every_case_sits_in_the_split_recorded_for_it_and_nowhere_else() -> None:
    splits = json.loads((CORPUS / "split.json").read_text())
    on_disk = {p.stem: p.parent.name for p in MESSAGES}
    assert on_disk == splits
    assert set(splits.values()) == {"dev", "frozen"}


def test_both_splits_cover_every_kind_and_booking_requests() -> None:
    for split in ("dev", "frozen"):
        labels = [json.loads(p.read_text()) for p in (CORPUS / split).glob("*.expected.json")]
        assert {e["kind"] for e in labels} == KINDS, split
        assert any(e["booking_requested"] for e in labels), split


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_label_is_well_formed(path: Path) -> None:
    label = json.loads(path.with_suffix(".expected.json").read_text())
    assert set(label) == KEYS
    assert label["kind"] in KINDS
    if label["kind"] == "none":
        assert label["start"] is None and label["interviewers"] == [] and label["company"] is None
    elif label["booking_requested"]:
        # A cancelled booking that asks for a new slot; every other event names no booking.
        assert label["kind"] == "interview_cancelled"
    if label["start"] is not None:
        assert datetime.fromisoformat(label["start"]).tzinfo is not None
    assert OWNER not in label["interviewers"] and label["contact"] != OWNER


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_detection_records_no_error_and_stays_under_a_second(path: Path) -> None:
    raw = path.read_bytes()
    started = time.process_time()
    event = detect_event(parse_message(raw, path.name), owner_email=OWNER, owner_zone="America/New_York").to_json()
    elapsed = time.process_time() - started
    errors = [line for line in event["evidence"] if str(line).startswith("error:")]
    assert errors == []
    assert elapsed < 1.0
