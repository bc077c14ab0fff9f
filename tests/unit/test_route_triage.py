"""The sync triage route makes: each head read once, judged again against what is tracked now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followup import gate, route
from followup.model import Interview, InterviewTime, Person
from followup.source import FetchedMail
from followup.store import Store
from tests.unit.test_tracked_lookup import runtime

NOW = datetime(2026, 12, 20, tzinfo=UTC)
BULK = (
    b"From: Sam Lee <sam@acme.example>\r\nTo: alex.morgan@mail.example\r\nSubject: Our spring update\r\n"
    b"List-Unsubscribe: <mailto:u@acme.example>\r\nContent-Type: text/plain\r\n\r\n"
)


def counted(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The headers gate.read_head is asked to read, from now on."""
    readings: list[bytes] = []
    real = gate.read_head

    def counting(header: bytes, parts: gate.Parts | None, ctx: gate.GateContext) -> gate.Reading:
        readings.append(header)
        return real(header, parts, ctx)

    monkeypatch.setattr(gate, "read_head", counting)
    return readings


def add_contact(store: Store, address: str) -> None:
    start = NOW + timedelta(days=2)
    store.add_interview(
        Interview(None, "Acme", None, InterviewTime(start, start + timedelta(hours=1), "UTC"),
                  contact=Person("Sam Lee", address)),
        NOW,
    )  # fmt: skip


def test_a_head_left_unread_is_read_once_and_judged_again_when_its_sender_becomes_tracked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rt = runtime(tmp_path)
    store = Store.open(rt.config.state_path)
    readings = counted(monkeypatch)
    triage = route.make_triage(rt, store)
    head = FetchedMail("INBOX", 1, 7, BULK, NOW, complete=False, parts=gate.Parts())

    assert triage(head, store.tracking_version()) == "list or bulk mail without a job signal in its header"
    assert triage(head, store.tracking_version()) is not None
    add_contact(store, "sam@acme.example")
    assert triage(head, store.tracking_version()) is None  # now from a tracked address
    assert len(readings) == 1


def test_the_latest_heads_left_unread_are_kept_when_there_are_more_than_it_keeps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rt = runtime(tmp_path)
    store = Store.open(rt.config.state_path)
    monkeypatch.setattr(route, "_UNREAD_KEPT", 3)
    readings = counted(monkeypatch)
    triage = route.make_triage(rt, store)
    heads = [FetchedMail("INBOX", 1, uid, BULK, NOW, complete=False, parts=gate.Parts()) for uid in range(1, 6)]
    assert all(triage(head, 0) is not None for head in heads)
    add_contact(store, "sam@acme.example")
    assert all(triage(head, store.tracking_version()) is None for head in heads[-3:])
    assert len(readings) == len(heads)  # the last three were not read again
