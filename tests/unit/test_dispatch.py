"""Unit tests of send.dispatch and send.reconcile, with fakes at the SendQueue and Sender seams."""

from __future__ import annotations


from dataclasses import replace
from datetime import datetime, timedelta, UTC
from typing import Any

import pytest

from followup.errors import (
    ConfigError,
    PermanentSendError,
    StoreError,
    TransientSendError,
)
from followup.model import FollowUp, FollowUpState, Person
from followup.render import RenderedMessage, build_message
from followup.send import RetryPolicy, SendReceipt, dispatch, reconcile
from tests.fakes import FakeSendQueue, RecordingSender

S = FollowUpState
NOW = datetime(2026, 12, 9, 14, 0, tzinfo=UTC)


def followup(fid: int, state: S = S.approved, send_at: datetime = NOW - timedelta(minutes=5), **kw: Any) -> FollowUp:
    return FollowUp(
        id=fid,
        rule="thank each interviewer",
        recipient=Person("Jane Doe", f"jane{fid}@acme.example"),
        send_at=send_at,
        state=state,
        message_id=f"<fu-{fid}@example.com>",
        template="thank_you.txt",
        interview_id=1,
        **kw,
    )


def render_fn(fu: FollowUp) -> RenderedMessage:
    return build_message(
        subject="Thank you",
        body=f"Hi Jane,\nthank you ({fu.id}).\n",
        from_addr="alex@example.com",
        from_name="Alex",
        to=(fu.recipient,),
        message_id=fu.message_id,
        date=NOW,
    )


def run(outbox: FakeSendQueue, sender: RecordingSender, now: datetime = NOW, max_per_day: int = 20, **kw: Any) -> Any:
    return dispatch(outbox, sender, kw.pop("render", render_fn), now, max_per_day, RetryPolicy(seed=7), **kw)


def test_approved_due_followup_is_sent_once_with_reply_recorded() -> None:
    outbox = FakeSendQueue([followup(1)])
    sender = RecordingSender()
    report = run(outbox, sender)
    assert report.sent == [1]
    assert [(a, b) for _, a, b, _ in outbox.transitions] == [(S.approved, S.sending), (S.sending, S.sent)]
    assert outbox.fields[1]["smtp_reply"] == "250 2.0.0 Ok: queued as Q1"
    assert outbox.fields[1]["sent_at"] == NOW
    data, from_addr, to = sender.sent[0]
    assert (from_addr, to) == ("alex@example.com", ["jane1@acme.example"])
    assert b"\r\nMessage-ID: <fu-1@example.com>\r\n" in data
    assert run(outbox, sender).outcomes == [] and len(sender.sent) == 1


def test_paused_sends_nothing() -> None:
    outbox = FakeSendQueue([followup(1)], paused=True)
    sender = RecordingSender()
    report = run(outbox, sender)
    assert report.paused and report.outcomes == [] and sender.sent == []
    assert outbox.states() == {1: S.approved}


def test_pause_during_a_run_stops_the_rest() -> None:
    outbox = FakeSendQueue([followup(1), followup(2)])
    sender = RecordingSender()

    class PausingSender(RecordingSender):
        def send(self, message_bytes: bytes, from_addr: str, to: list[str]) -> SendReceipt:
            outbox.paused = True
            return sender.send(message_bytes, from_addr, to)

    report = run(outbox, PausingSender())
    assert report.sent == [1] and report.paused
    assert outbox.states() == {1: S.sent, 2: S.approved}


@pytest.mark.parametrize("state", [S.awaiting_approval, S.rejected, S.sending, S.unknown, S.failed])
def test_only_approved_followups_go_out_even_if_the_store_lists_others(state: S) -> None:
    outbox = FakeSendQueue([followup(1, state=state)])
    outbox.due_followups = lambda now: list(outbox.rows.values())  # type: ignore[method-assign]
    sender = RecordingSender()
    run(outbox, sender)
    assert sender.sent == [] and outbox.states() == {1: state}


def test_not_yet_due_is_not_sent() -> None:
    outbox = FakeSendQueue([followup(1, send_at=NOW + timedelta(minutes=1))])
    outbox.due_followups = lambda now: list(outbox.rows.values())  # type: ignore[method-assign]
    sender = RecordingSender()
    run(outbox, sender)
    assert sender.sent == []


def test_transient_error_backs_off_then_sends() -> None:
    outbox = FakeSendQueue([followup(1)])
    sender = RecordingSender([TransientSendError("smtp x: server replied 451 4.3.0 try later")])
    report = run(outbox, sender)
    assert report.ids("retry") == [1]
    row = outbox.rows[1]
    assert row.state is S.approved and row.attempts == 1
    assert row.last_error is not None and "451" in row.last_error
    delay = RetryPolicy(seed=7).delay(1, row.message_id)
    assert row.next_attempt == NOW + delay
    assert timedelta(seconds=48) <= delay <= timedelta(seconds=60)
    assert run(outbox, sender, now=NOW + delay - timedelta(seconds=1)).outcomes == []
    assert run(outbox, sender, now=NOW + delay).sent == [1]
    assert len(sender.sent) == 1 and outbox.states() == {1: S.sent}


def test_gives_up_after_max_attempts() -> None:
    outbox = FakeSendQueue([followup(1, attempts=7)])
    sender = RecordingSender([TransientSendError("smtp x: timed out")])
    report = run(outbox, sender)
    assert report.ids("failed") == [1]
    assert outbox.rows[1].state is S.failed
    assert outbox.fields[1]["last_error"] == "gave up after 8 attempts: smtp x: timed out"


def test_permanent_error_fails_with_the_servers_reply() -> None:
    outbox = FakeSendQueue([followup(1), followup(2)])
    sender = RecordingSender([PermanentSendError("smtp x: server replied 550 5.1.1 no such user")])
    report = run(outbox, sender)
    assert report.ids("failed") == [1] and report.sent == [2]
    assert outbox.rows[1].state is S.failed
    assert "550 5.1.1 no such user" in outbox.fields[1]["last_error"]


def test_overdue_past_max_lateness_expires_unsent() -> None:
    late = followup(1, send_at=NOW - timedelta(days=1, seconds=1))
    just_in_time = followup(2, send_at=NOW - timedelta(days=1))
    outbox = FakeSendQueue([late, just_in_time])
    sender = RecordingSender()
    report = run(outbox, sender)
    assert report.ids("expired") == [1] and report.sent == [2]
    assert outbox.transitions[0][3] == "overdue by 1d, past max_lateness 1d"


def test_max_per_day_defers_the_rest() -> None:
    outbox = FakeSendQueue([followup(i, send_at=NOW - timedelta(minutes=10 - i)) for i in range(1, 5)])
    outbox.rows[99] = followup(99, state=S.sent)
    outbox.claimed.append((99, NOW - timedelta(hours=3)))  # sent earlier today
    sender = RecordingSender()
    report = run(outbox, sender, max_per_day=3)
    assert report.sent == [1, 2]
    assert report.ids("deferred") == [3, 4]
    assert outbox.states() == {1: S.sent, 2: S.sent, 3: S.approved, 4: S.approved, 99: S.sent}


def test_a_template_error_fails_that_followup_and_the_others_go_on() -> None:
    from followup.errors import Problem

    def broken(fu: FollowUp) -> RenderedMessage:
        if fu.id == 1:
            raise ConfigError([Problem("thank_you.txt", 4, 1, "body", "unknown variable 'x'")])
        return render_fn(fu)

    outbox = FakeSendQueue([followup(1), followup(2)])
    sender = RecordingSender()
    report = run(outbox, sender, render=broken)
    assert report.sent == [2]
    assert outbox.rows[1].state is S.failed
    assert outbox.fields[1]["last_error"] == "cannot render: thank_you.txt:4:1: body: unknown variable 'x'"
    assert [(a, b) for i, a, b, _ in outbox.transitions if i == 1] == [(S.approved, S.failed)]


def test_an_invalid_recipient_fails_without_sending() -> None:
    bad = replace(followup(1), recipient=Person("Jane", "not an address"))
    outbox = FakeSendQueue([bad])
    sender = RecordingSender()
    run(outbox, sender)
    assert sender.sent == [] and outbox.rows[1].state is S.failed
    assert "is not a valid e-mail address" in outbox.fields[1]["last_error"]


def test_a_message_id_other_than_the_fixed_one_is_refused() -> None:
    outbox = FakeSendQueue([followup(1)])
    sender = RecordingSender()
    run(outbox, sender, render=lambda fu: render_fn(replace(fu, message_id="<other@example.com>")))
    assert sender.sent == [] and outbox.rows[1].state is S.failed


def test_a_followup_moved_by_someone_else_is_skipped() -> None:
    outbox = FakeSendQueue([followup(1)])
    sender = RecordingSender()
    stale = outbox.rows[1]
    outbox.rows[1] = replace(stale, state=S.cancelled)
    outbox.due_followups = lambda now: [stale]  # type: ignore[method-assign]
    report = run(outbox, sender)
    assert report.ids("skipped") == [1] and sender.sent == []


def test_should_stop_finishes_the_current_send_and_stops() -> None:
    outbox = FakeSendQueue([followup(1), followup(2)])
    sender = RecordingSender()
    calls: list[int] = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 1

    report = run(outbox, sender, should_stop=stop)
    assert report.sent == [1] and outbox.states() == {1: S.sent, 2: S.approved}


def test_crash_after_smtp_accept_never_resends() -> None:
    outbox = FakeSendQueue([followup(1)])
    outbox.fail_on = (1, S.sent)
    sender = RecordingSender()
    with pytest.raises(StoreError):
        run(outbox, sender)
    assert len(sender.sent) == 1 and outbox.states() == {1: S.sending}
    outbox.fail_on = None
    assert run(outbox, sender, now=NOW + timedelta(hours=1)).outcomes == []
    assert len(sender.sent) == 1
    outcomes = reconcile(outbox, lambda message_id: False, NOW)
    assert [(o.followup_id, o.action) for o in outcomes] == [(1, "unknown")]
    assert outbox.states() == {1: S.unknown}
    assert run(outbox, sender, now=NOW + timedelta(hours=2)).outcomes == [] and len(sender.sent) == 1


def test_reconcile_marks_sent_when_the_sent_folder_has_it() -> None:
    outbox = FakeSendQueue([followup(1, state=S.sending), followup(2, state=S.sending), followup(3)])
    seen: list[str] = []

    def has(message_id: str) -> bool:
        seen.append(message_id)
        return message_id == "<fu-1@example.com>"

    outcomes = reconcile(outbox, has, NOW)
    assert [(o.followup_id, o.action) for o in outcomes] == [(1, "sent"), (2, "unknown")]
    assert outbox.states() == {1: S.sent, 2: S.unknown, 3: S.approved}
    assert seen == ["<fu-1@example.com>", "<fu-2@example.com>"]


def test_reconcile_makes_it_unknown_when_the_sent_folder_cannot_be_searched() -> None:
    from followup.errors import TransientSourceError

    outbox = FakeSendQueue([followup(1, state=S.sending)])

    def unreachable(message_id: str) -> bool:
        raise TransientSourceError("imap x: connection refused")

    # Nothing stays in `sending`: only the owner can tell, so they are asked within the pass.
    outcomes = reconcile(outbox, unreachable, NOW)
    assert [(o.followup_id, o.action) for o in outcomes] == [(1, "unknown")]
    assert "connection refused" in outcomes[0].detail
    assert outbox.states() == {1: S.unknown}


@pytest.mark.parametrize(
    ("attempt", "low", "high"),
    [(1, 48, 60), (2, 96, 120), (3, 192, 240), (7, 2880, 3600), (12, 2880, 3600)],
)
def test_backoff_is_exponential_capped_and_jittered(attempt: int, low: float, high: float) -> None:
    delay = RetryPolicy(base_s=60, factor=2, cap_s=3600, jitter=0.2, seed=1).delay(attempt, "<a@b>")
    assert timedelta(seconds=low) <= delay <= timedelta(seconds=high)


def test_backoff_jitter_is_deterministic_per_seed_and_spreads_keys() -> None:
    policy = RetryPolicy(seed=3)
    assert policy.delay(2, "<a@b>") == policy.delay(2, "<a@b>")
    assert len({policy.delay(2, f"<{i}@b>") for i in range(20)}) > 10
    assert RetryPolicy(seed=4).delay(2, "<a@b>") != policy.delay(2, "<a@b>")


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="tz-aware"):
        dispatch(FakeSendQueue([]), RecordingSender(), render_fn, datetime(2026, 1, 1), 20)
