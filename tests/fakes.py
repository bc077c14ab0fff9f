"""The fakes unit tests use at the Protocol seams, in one place.

Each one is held to the contract of the real part it stands for: tests/unit/test_fakes_contract.py
runs the same tests on the fake and on the real store, so a test that passes on a fake means
what it would mean on the real thing.
"""

from __future__ import annotations

import email
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from datetime import datetime
from email import policy
from email.message import EmailMessage
from typing import Any

from followup.approval.states import check_transition
from followup.errors import InvalidTransition, SendError, StoreError
from followup.model import FollowUp, FollowUpState
from followup.send import SendReceipt

S = FollowUpState


class FakeSendQueue:
    """An in-memory send.SendQueue: compare-and-set transitions checked against the real table."""

    def __init__(self, followups: list[FollowUp], paused: bool = False) -> None:
        self.rows: dict[int, FollowUp] = {f.id: f for f in followups if f.id is not None}
        self.fields: dict[int, dict[str, Any]] = {i: {} for i in self.rows}
        self.transitions: list[tuple[int, S, S, str]] = []
        self.claimed: list[tuple[int, datetime]] = []  # (follow-up, when it became `sending`)
        self.paused = paused
        self.fail_on: tuple[int, S] | None = None  # simulate a crash when committing this move

    def due_followups(self, now: datetime) -> list[FollowUp]:
        return [
            f
            for f in self.rows.values()
            if f.state is S.approved and f.send_at <= now and (f.next_attempt is None or f.next_attempt <= now)
        ]

    def followups_in_state(self, state: S) -> list[FollowUp]:
        return [f for f in self.rows.values() if f.state is state]

    def mark(self, followup_id: int, from_state: S, to_state: S, cause: str, *, at: datetime, **fields: Any) -> None:
        current = self.rows[followup_id]
        if current.state is not from_state:
            raise InvalidTransition(f"follow-up {followup_id} is '{current.state.value}', not '{from_state.value}'")
        check_transition(from_state, to_state, followup_id)
        if self.fail_on == (followup_id, to_state):
            raise StoreError("simulated crash before commit")
        model_fields = {k: v for k, v in fields.items() if k in ("attempts", "next_attempt", "last_error")}
        self.rows[followup_id] = replace(current, state=to_state, **model_fields)
        self.fields[followup_id].update(fields)
        self.transitions.append((followup_id, from_state, to_state, cause))
        if to_state is S.sending:
            self.claimed.append((followup_id, at))

    def sends_since(self, start: datetime) -> int:
        handed = (S.sending, S.sent, S.unknown)  # a claim returned for a retry did not go out
        return len({fid for fid, at in self.claimed if at >= start and self.rows[fid].state in handed})

    def is_paused(self) -> bool:
        return self.paused

    def states(self) -> dict[int, S]:
        return {i: f.state for i, f in self.rows.items()}


class RecordingSender:
    """A send.Sender that keeps what it was handed and plays a script of faults."""

    def __init__(self, script: list[SendError | None] | None = None) -> None:
        self.sent: list[tuple[bytes, str, list[str]]] = []
        self.script = list(script or [])

    def send(self, message_bytes: bytes, from_addr: str, to: list[str]) -> SendReceipt:
        outcome = self.script.pop(0) if self.script else None
        if outcome is not None:
            raise outcome
        self.sent.append((message_bytes, from_addr, list(to)))
        return SendReceipt(250, f"2.0.0 Ok: queued as Q{len(self.sent)}")

    def batch(self) -> AbstractContextManager[None]:
        return nullcontext()

    def parsed(self, to: str | None = None) -> list[EmailMessage]:
        """The messages sent (to one recipient, when given), parsed."""
        out = []
        for data, _, rcpt in self.sent:
            if to is None or rcpt == [to]:
                message = email.message_from_bytes(data, policy=policy.default)
                assert isinstance(message, EmailMessage)
                out.append(message)
        return out
