"""The labelled corpus end to end: every tests/data/labelled/*.eml through parse + detect.

Each NAME.eml has NAME.expected.json (written by tests/data/labelled/generate_corpus.py from
cases.py): the kind always; for job events the company, the contact address and the
interviewers (address, or name when no address is knowable); the interview start as an
instant; the role when the label gives one.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from followup.detect import detect_event
from followup.parse import parse_message

LABELLED = Path(__file__).resolve().parent.parent / "data" / "labelled"
CASES = sorted(p.stem for p in LABELLED.glob("*.eml"))
OWNER = "alex.morgan@mail.example"


def test_the_corpus_is_big_and_covers_every_kind_and_shape() -> None:
    expected = [json.loads((LABELLED / f"{name}.expected.json").read_text()) for name in CASES]
    assert len(expected) >= 80
    kinds = {e["kind"] for e in expected}
    assert kinds == {
        "interview_scheduled", "interview_rescheduled", "interview_cancelled", "application_received",
        "rejection", "offer", "none",
    }  # fmt: skip
    shapes = {e["shape"] for e in expected}
    assert {
        "direct",
        "html",
        "gmail",
        "outlook",
        "outlook_fr",
        "outlook_de",
        "outlook_es",
        "apple",
        "thunderbird",
        "rfc822",
    } <= shapes
    assert sum(e["kind"] == "none" for e in expected) >= 15


@pytest.mark.parametrize("name", CASES)
def test_labelled_message_gives_its_expected_event(name: str) -> None:
    expected = json.loads((LABELLED / f"{name}.expected.json").read_text())
    message = parse_message((LABELLED / f"{name}.eml").read_bytes(), f"{name}.eml")
    event = detect_event(message, owner_email=OWNER, owner_zone="America/New_York").to_json()
    assert event["kind"] == expected["kind"], event["evidence"]
    if expected["kind"] == "none":
        assert event["interview"] is None
        return
    assert event["company"] == expected["company"]
    if expected["role"] is not None:
        assert event["role"] == expected["role"]
    start = event["interview"]["start"] if event["interview"] else None
    if expected["start"] is None:
        assert expected["kind"] == "interview_cancelled" or start is None
    else:
        assert start is not None and datetime.fromisoformat(start) == datetime.fromisoformat(expected["start"])
    assert (event["contact"] or {}).get("email") == expected["contact"]
    assert [p["email"] or p["name"] for p in event["interviewers"]] == expected["interviewers"]
    # Judged by the forwarded original, never by the owner's wrapper.
    assert OWNER not in (event["original"]["from"] or "")
