"""Unit tests of the follow-up state machine (DESIGN §6)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from followup.approval.states import (
    TERMINAL,
    TRANSITIONS,
    approval_window,
    can_transition,
    check_transition,
    is_terminal,
)
from followup.errors import InvalidTransition
from followup.model import FollowUpState as S

ALLOWED = [
    (S.awaiting_approval, S.approved),
    (S.awaiting_approval, S.rejected),
    (S.awaiting_approval, S.cancelled),
    (S.awaiting_approval, S.expired),
    (S.approved, S.sending),
    (S.approved, S.cancelled),
    (S.approved, S.expired),
    (S.approved, S.failed),
    (S.sending, S.sent),
    (S.sending, S.approved),
    (S.sending, S.failed),
    (S.sending, S.unknown),
    (S.unknown, S.approved),
    (S.unknown, S.sent),  # the owner says it went out (`followup mark-sent`)
    (S.failed, S.approved),
    (S.expired, S.awaiting_approval),
]

FORBIDDEN = [
    (S.awaiting_approval, S.sending),
    (S.awaiting_approval, S.sent),
    (S.approved, S.sent),
    (S.unknown, S.sending),
    (S.failed, S.sending),
    (S.sent, S.sending),
    (S.sent, S.approved),
    (S.sending, S.cancelled),
    (S.sending, S.rejected),
    (S.rejected, S.approved),
    (S.expired, S.approved),
    (S.cancelled, S.awaiting_approval),
]


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_allowed_transitions(current: S, target: S) -> None:
    assert can_transition(current, target)
    check_transition(current, target)


@pytest.mark.parametrize(("current", "target"), FORBIDDEN)
def test_forbidden_transitions_raise(current: S, target: S) -> None:
    assert not can_transition(current, target)
    with pytest.raises(InvalidTransition, match=f"cannot go from '{current.value}' to '{target.value}'"):
        check_transition(current, target, followup_id=7)


def test_error_names_the_followup_and_the_allowed_states() -> None:
    with pytest.raises(InvalidTransition) as caught:
        check_transition(S.sending, S.cancelled, followup_id=42)
    assert str(caught.value) == (
        "follow-up 42: cannot go from 'sending' to 'cancelled'; allowed next states: approved, failed, sent, unknown"
    )


def test_every_state_is_in_the_table() -> None:
    assert set(TRANSITIONS) == set(S)


def test_sent_is_reached_only_from_sending_and_sending_only_from_approved() -> None:
    into_sent = {a for a, nxt in TRANSITIONS.items() if S.sent in nxt}
    into_sending = {a for a, nxt in TRANSITIONS.items() if S.sending in nxt}
    # `unknown` -> `sent` is the owner's word that a note already handed over did go out;
    # `unknown` itself is reached only from `sending`, so nothing reaches `sent` unclaimed.
    assert into_sent == {S.sending, S.unknown}
    assert {a for a, nxt in TRANSITIONS.items() if S.unknown in nxt} == {S.sending}
    assert into_sending == {S.approved}


def test_nothing_is_sent_without_passing_through_approved() -> None:
    # Every path from a fresh draft to `sent` must visit approved then sending, in that order.
    frontier: list[tuple[S, ...]] = [(S.awaiting_approval,)]
    seen_paths = 0
    while frontier:
        path = frontier.pop()
        for nxt in TRANSITIONS[path[-1]]:
            if nxt in path and nxt not in (S.approved,):
                continue  # walk simple paths (approved may repeat via retries)
            if path.count(S.approved) > 2:
                continue
            new = (*path, nxt)
            if nxt is S.sent:
                seen_paths += 1
                settled_by_owner = new[-4:] == (S.approved, S.sending, S.unknown, S.sent)
                assert new[-3:] == (S.approved, S.sending, S.sent) or settled_by_owner
            else:
                frontier.append(new)
    assert seen_paths > 0


def test_terminal_states_have_no_exit() -> None:
    assert {S.sent, S.rejected, S.cancelled} == TERMINAL
    for state, target in itertools.product(TERMINAL, S):
        assert not can_transition(state, target)
        assert is_terminal(state)
    assert not is_terminal(S.unknown)


def test_string_values_are_accepted() -> None:
    assert can_transition("approved", "sending")  # type: ignore[arg-type]


DAY = timedelta(days=1)
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("send_in", "request_in", "expires_in"),
    [
        (DAY, timedelta(0), 3 * DAY),  # due soon: three days to answer
        (5 * DAY, timedelta(0), 5 * DAY),  # due in five days: waits until it is due
        (30 * DAY, timedelta(0), 30 * DAY),  # weeks away: never expires before it is due
        (-DAY, timedelta(0), 3 * DAY),  # already due: three days to answer (then max_lateness)
    ],
)
def test_a_draft_never_expires_before_its_send_time(send_in: timedelta, request_in: timedelta,
                                                    expires_in: timedelta) -> None:
    window = approval_window(T0, T0 + send_in, 3 * DAY)
    assert (window.request_at - T0, window.expires_at - T0) == (request_in, expires_in)
    assert window.expires_at >= T0 + send_in
