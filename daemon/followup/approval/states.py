"""The follow-up state machine of DESIGN §6: which state may follow which.

Owns the transition table and its checks; the store calls `check_transition` inside the
transaction that moves a follow-up, so no code path can skip a state.

Pure: no I/O, no clock, no database. `sent` is reachable only from `sending`, and `sending`
only from `approved`: that is what makes "never twice" and "never without approval" checkable.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import MappingProxyType

from followup.errors import InvalidTransition
from followup.model import FollowUpState

S = FollowUpState

TRANSITIONS: Mapping[FollowUpState, frozenset[FollowUpState]] = MappingProxyType(
    {
        # A draft: the owner approves or rejects it, an event cancels it, or nobody answers in time.
        S.awaiting_approval: frozenset({S.approved, S.rejected, S.cancelled, S.expired}),
        # Approved: dispatch claims it (`sending`); an event or the owner can still stop it; it
        # expires when overdue past max_lateness; it fails without a send when it cannot be
        # rendered or addressed; a reschedule or edit sends it back for a fresh approval.
        S.approved: frozenset(
            {S.sending, S.rejected, S.cancelled, S.expired, S.failed, S.awaiting_approval}
        ),
        # Sending: the SMTP outcome decides; a transient fault returns it to `approved` for a
        # retry; a crash leaves it here until reconciliation makes it `sent` or `unknown`.
        S.sending: frozenset({S.sent, S.approved, S.failed, S.unknown}),
        # Unknown: only the owner decides: it went out (`mark-sent`), or an explicit, informed
        # resend (`resend`), or drop it.
        S.unknown: frozenset({S.approved, S.sent, S.rejected, S.cancelled}),
        # Failed: the owner may fix the cause (an address, a template) and approve it again.
        S.failed: frozenset({S.approved, S.rejected}),
        S.sent: frozenset(),
        S.rejected: frozenset(),
        S.cancelled: frozenset(),
        # Expired: the owner may revive it; it waits for a fresh approval, never goes straight out.
        S.expired: frozenset({S.awaiting_approval}),
    }
)

TERMINAL: frozenset[FollowUpState] = frozenset(s for s, nxt in TRANSITIONS.items() if not nxt)


def can_transition(current: FollowUpState, target: FollowUpState) -> bool:
    """True when the table allows moving a follow-up from `current` to `target`."""
    return target in TRANSITIONS[FollowUpState(current)]


def check_transition(current: FollowUpState, target: FollowUpState, followup_id: int | None = None) -> None:
    """Raise InvalidTransition unless `current` → `target` is in the table."""
    if not can_transition(current, target):
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[FollowUpState(current)])) or "none (final state)"
        who = f"follow-up {followup_id}: " if followup_id is not None else ""
        raise InvalidTransition(
            f"{who}cannot go from '{FollowUpState(current).value}' to '{FollowUpState(target).value}'; "
            f"allowed next states: {allowed}"
        )


@dataclass(frozen=True)
class ApprovalWindow:
    """When a draft's approval request goes out and when the draft expires unapproved."""

    request_at: datetime
    expires_at: datetime


def approval_window(waiting_since: datetime, send_at: datetime, expire_after: timedelta) -> ApprovalWindow:
    """The approval window of a draft that has waited since `waiting_since`.

    The request goes out at once, while the interview is fresh in the owner's mind. The owner
    has at least `expire_after` to answer, and a draft due later than that waits until its
    send time: it never expires before it is due.
    """
    return ApprovalWindow(request_at=waiting_since, expires_at=max(waiting_since + expire_after, send_at))


# The owner is reminded once, this long before a waiting draft is due or expires.
REMIND_BEFORE = timedelta(hours=3)


def reminder_at(window: ApprovalWindow, send_at: datetime) -> datetime | None:
    """When the owner is reminded of a draft still waiting: REMIND_BEFORE the earlier of its send
    time and its expiry; None when it began waiting only that close to it (the request itself is
    the reminder then)."""
    at = min(send_at, window.expires_at) - REMIND_BEFORE
    return at if window.request_at < at else None


def attention_at(window: ApprovalWindow, send_at: datetime, max_lateness: timedelta) -> datetime:
    """The first instant a waiting draft needs housekeeping: its reminder, its expiry, or its send
    time passing max_lateness (at that edge a moment early, never late)."""
    due = min(window.expires_at, send_at + max_lateness)
    remind = reminder_at(window, send_at)
    return due if remind is None else min(due, remind)


def is_terminal(state: FollowUpState) -> bool:
    """True for states nothing follows (sent, rejected, cancelled)."""
    return FollowUpState(state) in TERMINAL
