"""Exactly-once dispatch of follow-ups, and the reconciliation of those a crash left in `sending`.

Owns the `Sender` seam and its `SendReceipt`, the dispatch of due, approved follow-ups (claim as
`sending`, send, record), retry backoff, the daily cap, and the start-up reconciliation of
follow-ups left in `sending`. The SMTP session behind the seam lives in `send`, which
re-exports every public name here.

Must not: speak SMTP or import aiosmtplib (a `Sender` is passed in), touch SQLite (state goes
through the `SendQueue` protocol the store implements), read the clock (`now` is an argument),
render templates (a `render_fn` is passed in), or ever send a follow-up that is not `approved`,
or resend one left in `sending`.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Collection
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from followup.errors import (
    ConfigError,
    FollowupError,
    InvalidTransition,
    PermanentSendError,
    TransientSendError,
    UncertainSendError,
)
from followup.model import FollowUp, FollowUpState
from followup.render import RenderedMessage
from followup.timing import day_start

# The name these lines were always logged under, so log filters and readers keep working.
log = logging.getLogger("followup.send")

S = FollowUpState


@dataclass(frozen=True)
class SendReceipt:
    """The server's final reply to a message it accepted (code and text, as recorded)."""

    code: int
    message: str

    def __str__(self) -> str:
        return f"{self.code} {self.message}".strip()


class Sender(Protocol):
    """Hands one message to a mail server; raises TransientSendError or PermanentSendError."""

    def send(self, message_bytes: bytes, from_addr: str, to: list[str]) -> SendReceipt: ...

    def batch(self) -> AbstractContextManager[None]:
        """A block inside which every send shares one connection."""
        ...


class SendQueue(Protocol):
    """What dispatch and reconciliation need from the store."""

    def due_followups(self, now: datetime) -> list[FollowUp]:
        """Follow-ups in `approved` with send_at <= now and (next_attempt is None or <= now)."""
        ...

    def followups_in_state(self, state: FollowUpState) -> list[FollowUp]:
        """Every follow-up currently in `state`."""
        ...

    def mark(
        self,
        followup_id: int,
        from_state: FollowUpState,
        to_state: FollowUpState,
        cause: str,
        *,
        at: datetime,
        **fields: Any,
    ) -> None:
        """Move one follow-up in one committed transaction at `at`, only if it is still in `from_state`.

        Raise InvalidTransition when it is not in `from_state` any more (someone else moved it)
        or the table forbids the move. `fields` update columns in the same transaction:
        attempts, next_attempt, last_error, smtp_reply, sent_at.
        """
        ...

    def sends_since(self, start: datetime) -> int:
        """Follow-ups handed to the server (claimed, and not returned for a retry) since `start`."""
        ...

    def is_paused(self) -> bool:
        """True while the owner's kill switch (`followup pause`) is on."""
        ...


@dataclass(frozen=True)
class RetryPolicy:
    """Capped exponential backoff with jitter for transient send faults."""

    base_s: float = 60.0
    factor: float = 2.0
    cap_s: float = 3600.0
    jitter: float = 0.2
    max_attempts: int = 8
    seed: int = 0

    def delay(self, attempt: int, key: str) -> timedelta:
        """Delay before retry number `attempt` (1-based); jitter is deterministic per key and seed."""
        raw = min(self.cap_s, self.base_s * self.factor ** max(0, attempt - 1))
        rng = random.Random(f"{self.seed}:{key}:{attempt}")
        # Jitter only shortens the delay, so the cap stays a cap; spreading retries keeps a
        # batch that failed together from hammering the server together.
        return timedelta(seconds=raw * (1.0 - self.jitter * rng.random()))


@dataclass(frozen=True)
class SendOutcome:
    """What dispatch or reconciliation did with one follow-up."""

    followup_id: int
    action: str  # sent | retry | failed | expired | deferred | skipped | uncertain | unknown | unchecked
    detail: str = ""


@dataclass
class DispatchReport:
    """The result of one dispatch run."""

    paused: bool = False
    outcomes: list[SendOutcome] = field(default_factory=list)

    def ids(self, action: str) -> list[int]:
        """Ids of the follow-ups that ended with `action`."""
        return [o.followup_id for o in self.outcomes if o.action == action]

    @property
    def sent(self) -> list[int]:
        return self.ids("sent")


RenderFn = Callable[[FollowUp], RenderedMessage]


def _try_mark(
    queue: SendQueue, fu: FollowUp, to_state: FollowUpState, cause: str, *, at: datetime, **fields: Any
) -> bool:
    assert fu.id is not None
    try:
        queue.mark(fu.id, fu.state, to_state, cause, at=at, **fields)
    except InvalidTransition as exc:
        log.warning("follow-up moved by someone else, skipped followup=%s detail=%s", fu.id, exc)
        return False
    return True


def dispatch(
    queue: SendQueue,
    sender: Sender,
    render_fn: RenderFn,
    now: datetime,
    max_per_day: int,
    retry: RetryPolicy = RetryPolicy(),
    should_stop: Callable[[], bool] = lambda: False,
    on_accepted: AcceptedFn = lambda fu, message: None,
    zone: str = "UTC",
) -> DispatchReport:
    """Send every due, approved follow-up once: approved → sending (committed) → SMTP → sent.

    Every due message is rendered before the connection opens; then one connection carries
    the batch. Transient faults return the follow-up to `approved` with a backed-off
    `next_attempt` (and `failed` after `retry.max_attempts`); permanent faults make it `failed`
    with the reason. A session that broke after the final dot leaves it in `sending` with the
    outcome `uncertain`: the caller settles it from the Sent folder, never by resending.
    `on_accepted(fu, message)` runs right after the server accepted a message and before it is
    recorded `sent` (the Sent copy). Follow-ups overdue past their max_lateness become
    `expired`. Nothing is sent while paused or past `max_per_day`, counted from midnight in
    `zone`. `should_stop` is polled between follow-ups (SIGTERM: finish the current send, never
    leave a half state).
    """
    if now.tzinfo is None:
        raise ValueError("dispatch needs a tz-aware now")
    report = DispatchReport()
    if queue.is_paused():
        report.paused = True
        return report
    budget = max_per_day - queue.sends_since(day_start(now, zone))
    ready: list[tuple[FollowUp, RenderedMessage]] = []
    for fu in sorted(queue.due_followups(now), key=lambda f: (f.send_at, f.id or 0)):
        assert fu.id is not None
        if fu.state is not S.approved or fu.send_at > now or (fu.next_attempt and fu.next_attempt > now):
            continue  # the store's query is trusted, but only approved and due ever go out
        late = now - fu.send_at
        if late > timedelta(seconds=fu.max_lateness_s):
            cause = f"overdue by {_human(late)}, past max_lateness {_human(timedelta(seconds=fu.max_lateness_s))}"
            if _try_mark(queue, fu, S.expired, cause, at=now):
                log.warning("follow-up expired followup=%s rule=%s", fu.id, fu.rule)
                report.outcomes.append(SendOutcome(fu.id, "expired", cause))
            continue
        if len(ready) >= budget:
            report.outcomes.append(SendOutcome(fu.id, "deferred", f"max_per_day ({max_per_day}) reached"))
            continue
        try:
            message = render_fn(fu)
            if message.message_id != fu.message_id:
                raise PermanentSendError(
                    f"rendered Message-ID {message.message_id} is not the one fixed at creation {fu.message_id}"
                )
        except (ConfigError, PermanentSendError) as exc:
            reason = f"cannot render: {' / '.join(str(exc).splitlines())}"
            if _try_mark(queue, fu, S.failed, reason, at=now, last_error=reason):
                log.error("follow-up cannot be rendered followup=%s rule=%s error=%s", fu.id, fu.rule, reason)
                report.outcomes.append(SendOutcome(fu.id, "failed", reason))
            continue
        ready.append((fu, message))
    if not ready:
        return report
    with sender.batch():
        for fu, message in ready:
            if should_stop() or queue.is_paused():
                report.paused = report.paused or queue.is_paused()
                break
            report.outcomes.append(_send_one(queue, sender, fu, message, now, retry, on_accepted))
    return report


AcceptedFn = Callable[[FollowUp, RenderedMessage], None]


def _send_one(
    queue: SendQueue,
    sender: Sender,
    fu: FollowUp,
    message: RenderedMessage,
    now: datetime,
    retry: RetryPolicy,
    on_accepted: AcceptedFn,
) -> SendOutcome:
    assert fu.id is not None
    # The claim is committed (durably: see SendQueue.mark) before any byte goes to the server: a
    # crash from here on leaves `sending`, which reconcile() settles without resending blindly.
    if not _try_mark(queue, fu, S.sending, "dispatch", at=now):
        return SendOutcome(fu.id, "skipped", "state changed before sending")
    sending = _moved(fu, S.sending)
    try:
        receipt = sender.send(message.data, message.from_addr, list(message.to))
    except UncertainSendError as exc:
        # Left in `sending` on purpose: only the Sent folder (or the owner) can say what happened.
        log.warning("send outcome uncertain followup=%s message_id=%s error=%s", fu.id, fu.message_id, exc)
        return SendOutcome(fu.id, "uncertain", str(exc))
    except TransientSendError as exc:
        attempts = fu.attempts + 1
        if attempts >= retry.max_attempts:
            reason = f"gave up after {attempts} attempts: {exc}"
            _try_mark(queue, sending, S.failed, reason, at=now, attempts=attempts, last_error=reason)
            log.error("follow-up failed followup=%s error=%s", fu.id, reason)
            return SendOutcome(fu.id, "failed", reason)
        next_attempt = now + retry.delay(attempts, fu.message_id)
        _try_mark(
            queue, sending, S.approved, f"transient: {exc}", at=now,
            attempts=attempts, next_attempt=next_attempt, last_error=str(exc),
        )  # fmt: skip
        log.warning(
            "send deferred followup=%s attempt=%s next=%s error=%s", fu.id, attempts, next_attempt.isoformat(), exc
        )
        return SendOutcome(fu.id, "retry", f"{exc}; next attempt {next_attempt.isoformat()}")
    except PermanentSendError as exc:
        _try_mark(queue, sending, S.failed, f"permanent: {exc}", at=now, last_error=str(exc))
        log.error("send failed followup=%s error=%s", fu.id, exc)
        return SendOutcome(fu.id, "failed", str(exc))
    on_accepted(sending, message)
    _try_mark(queue, sending, S.sent, "smtp accepted", at=now, smtp_reply=str(receipt), sent_at=now)
    log.info("follow-up sent followup=%s message_id=%s reply=%s", fu.id, fu.message_id, receipt)
    return SendOutcome(fu.id, "sent", str(receipt))


def _moved(fu: FollowUp, state: FollowUpState) -> FollowUp:
    return replace(fu, state=state)


def _human(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def reconcile(
    queue: SendQueue, sent_folder_has: Callable[[str], bool], now: datetime, ids: Collection[int] | None = None
) -> list[SendOutcome]:
    """Settle follow-ups left in `sending` (a crash, or a session that broke after the final
    dot): `sent` if the Sent folder holds the Message-ID, else `unknown` for the owner to
    decide. Never a resend. `now` stamps the transitions; `ids` limits it to those follow-ups.

    When the Sent folder cannot be searched, the follow-up becomes `unknown` at once, with the
    reason: a note must not sit in `sending` for ever, and only the owner can tell.
    """
    outcomes: list[SendOutcome] = []
    for fu in sorted(queue.followups_in_state(S.sending), key=lambda f: f.id or 0):
        assert fu.id is not None
        if ids is not None and fu.id not in ids:
            continue
        try:
            found = sent_folder_has(fu.message_id)
        except (FollowupError, OSError) as exc:
            log.warning("cannot search the Sent folder followup=%s message_id=%s error=%s", fu.id, fu.message_id, exc)
            cause = f"may have been sent, and the Sent folder cannot be searched ({exc}); check and decide"
            if _try_mark(queue, fu, S.unknown, cause, at=now, last_error=cause):
                outcomes.append(SendOutcome(fu.id, "unknown", cause))
            continue
        if found:
            if _try_mark(queue, fu, S.sent, "reconciled: found in the Sent folder", at=now):
                outcomes.append(SendOutcome(fu.id, "sent", "found in the Sent folder"))
        else:
            cause = "may have been sent, and it is not in the Sent folder; check and decide"
            if _try_mark(queue, fu, S.unknown, cause, at=now, last_error=cause):
                log.warning("follow-up state unknown followup=%s message_id=%s", fu.id, fu.message_id)
                outcomes.append(SendOutcome(fu.id, "unknown", cause))
    return outcomes


# A server that files what it accepted (Gmail, Microsoft 365) does so within minutes; a day
# past the latest time the note could have gone, a copy is no longer looked for.
RECHECK_FOR = timedelta(days=1)
RECHECK_LIMIT = 10  # Sent-folder searches per pass for notes left `unknown`


def recheckable(fu: FollowUp, now: datetime) -> bool:
    """Whether a note left `unknown` is still looked for in the Sent folder at `now`."""
    return fu.send_at + timedelta(seconds=fu.max_lateness_s) + RECHECK_FOR >= now


def recheck_unknown(
    queue: SendQueue, sent_folder_has: Callable[[str], bool], now: datetime, skip: Collection[int] = ()
) -> list[SendOutcome]:
    """Look again for a late Sent copy of notes left `unknown`: found, the note is `sent`.

    At most RECHECK_LIMIT searches a pass, the most recent notes first, and only while a copy
    may still come (`recheckable`); `skip` are notes just searched for. Not found, a note stays
    `unknown` for the owner, who was told already. Never a resend.
    """
    waiting = [fu for fu in queue.followups_in_state(S.unknown) if fu.id not in skip and recheckable(fu, now)]
    outcomes: list[SendOutcome] = []
    for fu in sorted(waiting, key=lambda f: f.send_at, reverse=True)[:RECHECK_LIMIT]:
        assert fu.id is not None
        try:
            found = sent_folder_has(fu.message_id)
        except (FollowupError, OSError) as exc:
            log.info("cannot search the Sent folder again followup=%s error=%s", fu.id, exc)
            break  # the next pass tries again
        if found and _try_mark(queue, fu, S.sent, "reconciled: a late copy found in the Sent folder", at=now):
            outcomes.append(SendOutcome(fu.id, "sent", "a late copy found in the Sent folder"))
    return outcomes


__all__ = [
    "DispatchReport",
    "RetryPolicy",
    "SendOutcome",
    "SendQueue",
    "SendReceipt",
    "Sender",
    "dispatch",
    "recheck_unknown",
    "recheckable",
    "reconcile",
]
