"""Never twice: whatever order of approvals, sends, faults, crashes, reconciles and restarts, no
follow-up reaches the recipient more than once, and none is recorded `sent` that did not.

A Hypothesis state machine drives the real Store in a temporary folder through send.dispatch
and send.reconcile. The SMTP side is a scripted sender that delivers into a list (what the
recipients got) and can fail before delivering, fail after delivering (the reply lost after
the final dot), or crash the process before or after delivering. A crash is an exception no
code catches; what follows is a restart: the store is closed and opened again from disk.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from followup.errors import InvalidTransition, PermanentSendError, TransientSendError, UncertainSendError
from followup.model import FollowUp, FollowUpState, Person
from followup.render import RenderedMessage, build_message
from followup.send import RetryPolicy, SendReceipt, dispatch, reconcile
from followup.store import Store

S = FollowUpState
START = datetime(2026, 12, 9, 9, 0, tzinfo=UTC)
NOTES = 3
FAULTS = ("ok", "transient", "permanent", "lost reply", "crash before", "crash after", "crash in copy")


class Crash(BaseException):
    """The process dies here: nothing in the daemon catches it."""


class ScriptedSender:
    """Delivers into `delivered`, or fails as told for the next message."""

    def __init__(self, delivered: list[str]) -> None:
        self.delivered = delivered
        self.fault = "ok"

    def send(self, message_bytes: bytes, from_addr: str, to: list[str]) -> SendReceipt:
        fault, self.fault = self.fault, "ok"
        message_id = next(
            line.split(b":", 1)[1].strip().decode() for line in message_bytes.split(b"\r\n")
            if line.lower().startswith(b"message-id:")
        )  # fmt: skip
        if fault == "transient":
            raise TransientSendError("451 try again later")
        if fault == "permanent":
            raise PermanentSendError("550 no such user")
        if fault == "crash before":
            raise Crash
        self.delivered.append(message_id)
        if fault == "lost reply":
            raise UncertainSendError("connection dropped after the final dot")
        if fault == "crash after":
            raise Crash
        return SendReceipt(250, "2.0.0 Ok")

    def batch(self) -> AbstractContextManager[None]:
        return nullcontext()


def render(fu: FollowUp) -> RenderedMessage:
    return build_message(
        subject="Thank you", body="Thank you for your time.\n", from_addr="ana@example.com", from_name="Ana",
        to=(fu.recipient,), message_id=fu.message_id, date=START,
    )  # fmt: skip


class NeverTwice(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="never-twice-"))
        self.store = Store.open(self.dir)
        self.now = START
        self.delivered: list[str] = []  # what recipients received, in order
        self.sent_folder: set[str] = set()  # copies saved after the server accepted
        self.sender = ScriptedSender(self.delivered)
        self.copy_crashes = False
        self.ids: list[int] = []
        for n in range(NOTES):
            fu = FollowUp(
                id=None, rule="thank each interviewer", recipient=Person(f"P{n}", f"p{n}@acme.example"),
                send_at=START, state=S.awaiting_approval, message_id=f"<note-{n}@example.com>",
                template="thank_you.txt", interview_id=None, application_id=None, max_lateness_s=30 * 86400,
            )  # fmt: skip
            fid = self.store.add_followup(replace_key(fu, n), START, "planned")
            assert fid is not None
            self.ids.append(fid)

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def _copy(self, fu: FollowUp, message: RenderedMessage) -> None:
        if self.copy_crashes:
            self.copy_crashes = False
            raise Crash
        self.sent_folder.add(fu.message_id)

    @rule(index=st.integers(0, NOTES - 1))
    def approve(self, index: int) -> None:
        # Not awaiting approval any more: the owner's command says so and changes nothing.
        with contextlib.suppress(InvalidTransition):
            self.store.transition(self.ids[index], S.approved, "approved by the owner (cli)", self.now,
                                  expect=S.awaiting_approval)  # fmt: skip

    @rule(fault=st.sampled_from(FAULTS))
    def dispatch_pass(self, fault: str) -> None:
        self.sender.fault = "ok" if fault == "crash in copy" else fault
        self.copy_crashes = fault == "crash in copy"
        try:
            dispatch(self.store, self.sender, render, self.now, 100, RetryPolicy(base_s=60, seed=3),
                     on_accepted=self._copy)  # fmt: skip
        except Crash:
            self.restart()
        self.sender.fault = "ok"
        self.copy_crashes = False

    @rule()
    def reconcile_pass(self) -> None:
        reconcile(self.store, lambda message_id: message_id in self.sent_folder, self.now)

    @rule()
    def restart(self) -> None:
        self.store.close()
        self.store = Store.open(self.dir)

    @rule(minutes=st.integers(1, 180))
    def time_passes(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)

    @invariant()
    def nothing_reached_anyone_twice(self) -> None:
        assert len(self.delivered) == len(set(self.delivered)), self.delivered

    @invariant()
    def sent_means_delivered(self) -> None:
        for fid in self.ids:
            fu = self.store.followup(fid)
            assert fu is not None
            if fu.state is S.sent:
                assert fu.message_id in self.delivered
            if fu.message_id in self.delivered:
                # Delivered: only sending (not settled yet), sent, or unknown (for the owner).
                assert fu.state in (S.sending, S.sent, S.unknown), (fu.state, fu.message_id)

    @invariant()
    def every_sent_went_through_the_claim(self) -> None:
        for fid in self.ids:
            moves = [(t.from_state, t.to_state) for t in self.store.transitions(fid)]
            for index, (_, to) in enumerate(moves):
                if to == "sent":
                    assert ("approved", "sending") in moves[:index]


def replace_key(fu: FollowUp, n: int) -> FollowUp:
    """Each note its own idempotency key (a different interview would do the same)."""
    return FollowUp(**{**fu.__dict__, "rule": f"{fu.rule} {n}"})


NeverTwice.TestCase.settings = settings(
    max_examples=40, stateful_step_count=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
test_never_twice = NeverTwice.TestCase


@pytest.mark.parametrize("fault", ["crash after", "lost reply", "crash in copy"])
def test_a_note_the_server_may_have_taken_is_never_sent_again(fault: str) -> None:
    # The runs the machine above may or may not draw, every time: the server takes the message,
    # the client never learns it (or dies), then reconcile, a restart, time and more passes.
    machine = NeverTwice()
    try:
        machine.approve(0)
        machine.dispatch_pass(fault)
        for _ in range(2):
            machine.reconcile_pass()
            machine.restart()
            machine.time_passes(180)
            machine.dispatch_pass("ok")
        machine.nothing_reached_anyone_twice()
        machine.sent_means_delivered()
        machine.every_sent_went_through_the_claim()
        assert machine.delivered == ["<note-0@example.com>"]
    finally:
        machine.teardown()
