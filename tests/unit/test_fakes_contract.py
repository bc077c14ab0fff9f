"""The fakes keep the contracts of the real parts: each test runs on the fake and on the real store.

A test that passes on FakeSendQueue only means something if the real Store, seen as a send.SendQueue,
behaves the same way; these tests hold both to one contract. They also run dispatch itself
against the real store, so that the daily cap is tested where it is counted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followup.errors import InvalidTransition
from followup.model import FollowUp, FollowUpState, Person
from followup.render import RenderedMessage, build_message
from followup.send import SendQueue, RetryPolicy, dispatch
from followup.store import Store
from tests.fakes import FakeSendQueue, RecordingSender

S = FollowUpState
NOW = datetime(2026, 12, 9, 14, 0, tzinfo=UTC)


def followup(fid: int, state: S = S.approved, send_at: datetime = NOW - timedelta(minutes=5)) -> FollowUp:
    return FollowUp(
        id=fid, rule="thank each interviewer", recipient=Person("Jane Doe", f"jane{fid}@acme.example"),
        send_at=send_at, state=state, message_id=f"<fu-{fid}@example.com>", template="thank_you.txt",
        max_lateness_s=3 * 86400,
    )  # fmt: skip


@dataclass
class Subject:
    """An SendQueue under test, with the one thing the contract cannot set through it: the pause switch."""

    outbox: SendQueue
    pause: Callable[[bool], None]


def _fake(followups: list[FollowUp], tmp_path: Path) -> Subject:
    fake = FakeSendQueue(followups)

    def pause(on: bool) -> None:
        fake.paused = on

    return Subject(fake, pause)


def _store(followups: list[FollowUp], tmp_path: Path) -> Subject:
    store = Store.open(tmp_path / "state")
    for fu in followups:
        assert store.add_followup(fu, NOW - timedelta(days=2), "planned") == fu.id
    return Subject(store, store.set_paused)


Make = Callable[[list[FollowUp], Path], Subject]


@pytest.fixture(params=["fake", "store"])
def make(request: pytest.FixtureRequest) -> Iterator[Make]:
    made: list[Subject] = []

    def build(followups: list[FollowUp], tmp_path: Path) -> Subject:
        subject = (_fake if request.param == "fake" else _store)(followups, tmp_path)
        made.append(subject)
        return subject

    yield build
    for subject in made:
        if isinstance(subject.outbox, Store):
            subject.outbox.close()


def _ids(followups: list[FollowUp]) -> list[int]:
    return sorted(f.id for f in followups if f.id is not None)


def test_due_followups_are_approved_past_their_time_and_their_retry_delay(make: Make, tmp_path: Path) -> None:
    subject = make(
        [followup(1), followup(2, state=S.awaiting_approval), followup(3, send_at=NOW + timedelta(hours=1)),
         followup(4)],
        tmp_path,
    )  # fmt: skip
    outbox = subject.outbox
    outbox.mark(4, S.approved, S.sending, "dispatch", at=NOW)
    outbox.mark(4, S.sending, S.approved, "transient", at=NOW, attempts=1, next_attempt=NOW + timedelta(minutes=9))
    assert _ids(outbox.due_followups(NOW)) == [1]
    assert _ids(outbox.due_followups(NOW + timedelta(minutes=10))) == [1, 4]
    assert _ids(outbox.due_followups(NOW + timedelta(hours=2))) == [1, 3, 4]
    assert [f.attempts for f in outbox.due_followups(NOW + timedelta(minutes=10)) if f.id == 4] == [1]


def test_followups_in_state_lists_exactly_that_state(make: Make, tmp_path: Path) -> None:
    outbox = make([followup(1), followup(2, state=S.awaiting_approval), followup(3)], tmp_path).outbox
    outbox.mark(3, S.approved, S.sending, "dispatch", at=NOW)
    assert _ids(outbox.followups_in_state(S.approved)) == [1]
    assert _ids(outbox.followups_in_state(S.sending)) == [3]
    assert _ids(outbox.followups_in_state(S.sent)) == []


def test_mark_moves_only_from_the_expected_state(make: Make, tmp_path: Path) -> None:
    outbox = make([followup(1)], tmp_path).outbox
    with pytest.raises(InvalidTransition):
        outbox.mark(1, S.sending, S.sent, "not claimed yet", at=NOW)
    outbox.mark(1, S.approved, S.sending, "dispatch", at=NOW)
    with pytest.raises(InvalidTransition):
        outbox.mark(1, S.approved, S.sending, "a second claim", at=NOW)
    assert _ids(outbox.followups_in_state(S.sending)) == [1]


def test_mark_refuses_a_move_the_table_forbids(make: Make, tmp_path: Path) -> None:
    outbox = make([followup(1, state=S.awaiting_approval)], tmp_path).outbox
    with pytest.raises(InvalidTransition):
        outbox.mark(1, S.awaiting_approval, S.sent, "skipping approval", at=NOW)
    assert _ids(outbox.followups_in_state(S.awaiting_approval)) == [1]


def test_sends_since_counts_each_note_handed_to_the_server_once(make: Make, tmp_path: Path) -> None:
    outbox = make([followup(1), followup(2), followup(3), followup(4)], tmp_path).outbox
    midnight = NOW.replace(hour=0, minute=0)
    outbox.mark(1, S.approved, S.sending, "dispatch", at=midnight - timedelta(hours=1))
    outbox.mark(1, S.sending, S.sent, "smtp accepted", at=midnight - timedelta(hours=1))
    outbox.mark(2, S.approved, S.sending, "dispatch", at=NOW - timedelta(hours=2))
    outbox.mark(2, S.sending, S.approved, "transient", at=NOW - timedelta(hours=2), attempts=1)
    outbox.mark(2, S.approved, S.sending, "dispatch", at=NOW - timedelta(hours=1))
    outbox.mark(2, S.sending, S.sent, "smtp accepted", at=NOW - timedelta(hours=1))
    outbox.mark(3, S.approved, S.sending, "dispatch", at=NOW)
    outbox.mark(3, S.sending, S.approved, "transient", at=NOW, attempts=1)
    assert outbox.sends_since(midnight) == 1  # 2, claimed twice; 1 went before; 3 came back for a retry
    outbox.mark(4, S.approved, S.sending, "dispatch", at=NOW)
    assert outbox.sends_since(midnight) == 2  # a claim still in `sending` may have gone out: it counts
    assert outbox.sends_since(midnight - timedelta(days=1)) == 3
    assert outbox.sends_since(NOW + timedelta(hours=1)) == 0


def test_pause_is_seen_by_is_paused(make: Make, tmp_path: Path) -> None:
    subject = make([followup(1)], tmp_path)
    assert subject.outbox.is_paused() is False
    subject.pause(True)
    assert subject.outbox.is_paused() is True
    subject.pause(False)
    assert subject.outbox.is_paused() is False


def _render(fu: FollowUp) -> RenderedMessage:
    return build_message(
        subject="Thank you", body=f"Thank you ({fu.id}).\n", from_addr="alex@example.com", from_name="Alex",
        to=(fu.recipient,), message_id=fu.message_id, date=NOW,
    )  # fmt: skip


def test_the_daily_cap_counts_what_earlier_passes_sent(make: Make, tmp_path: Path) -> None:
    # Three notes due, at most two a day: the first pass sends two, later passes that day send
    # none (the cap is counted from what was recorded, not from this pass), the next day the last.
    # The day is the owner's: it starts at midnight in their zone.
    outbox = make([followup(1), followup(2), followup(3)], tmp_path).outbox
    sender = RecordingSender()

    def run(now: datetime) -> list[int]:
        return dispatch(outbox, sender, _render, now, 2, RetryPolicy(seed=1), zone="Europe/Paris").sent

    assert run(NOW) == [1, 2]
    assert run(NOW + timedelta(hours=1)) == []
    assert run(NOW.replace(hour=22, minute=50)) == []  # 23:50 in Paris: still the same day
    assert run(NOW.replace(hour=23, minute=10)) == [3]  # 00:10 in Paris: a new day
    assert len(sender.sent) == 3
