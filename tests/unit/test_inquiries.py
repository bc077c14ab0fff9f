"""Reading the owner's answers to "What is this mail?" and "What is X's address?"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from followup.inquiries import parse_address, parse_what
from followup.model import EventKind

PARIS = ZoneInfo("Europe/Paris")
BASE = datetime(2026, 12, 3, 9, 12, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("text", "kind", "start"),
    [
        ("INTERVIEW 2026-12-10 14:00", EventKind.interview_scheduled, datetime(2026, 12, 10, 14, 0, tzinfo=PARIS)),
        ("interview Dec 10 2pm\n\nthanks!", EventKind.interview_scheduled, datetime(2026, 12, 10, 14, 0, tzinfo=PARIS)),
        ("Interview", EventKind.interview_scheduled, None),
        ("\n  rejection.\n", EventKind.rejection, None),
        ("APPLICATION", EventKind.application_received, None),
        ("Offer!", EventKind.offer, None),
        ("CANCELLED", EventKind.interview_cancelled, None),
        ("IGNORE", None, None),
    ],
)
def test_what_answers_are_one_word_and_an_interview_may_add_a_time(
    text: str, kind: EventKind | None, start: datetime | None
) -> None:
    answer = parse_what(text, zone="Europe/Paris", base=BASE)
    assert (answer.problem, answer.kind, answer.start) == (None, kind, start)


@pytest.mark.parametrize("text", ["Maybe? Not sure", "", "yes please", "INTERVIEWS"])
def test_an_answer_that_cannot_be_read_says_so(text: str) -> None:
    assert parse_what(text, zone="Europe/Paris", base=BASE).problem is not None


@pytest.mark.parametrize(
    ("text", "address"),
    [("samir.n@initech.example", "samir.n@initech.example"),
     ("It is <samir.n@initech.example>, thanks", "samir.n@initech.example"),
     ("no idea\nsamir@initech.example", None), ("", None)],
)  # fmt: skip
def test_the_address_is_read_from_the_first_line(text: str, address: str | None) -> None:
    answer = parse_address(text)
    assert answer.address == address and (answer.problem is None) == (address is not None)
