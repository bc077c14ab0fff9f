"""Decide, then apply: deciding reads the store and writes nothing; one store method applies it all."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from followup import pipeline, route
from followup.changes import Cancellation, Changes, Redraft
from followup.config import load_config
from followup.errors import StoreError
from followup.model import EventKind, FollowUpState
from followup.parse import parse_message
from followup.runtime import Runtime, load_runtime
from followup.store import Store

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "daemon" / "followup" / "demo" / "mail"
INVITED = datetime(2026, 12, 3, 16, tzinfo=UTC)
REJECTED = datetime(2026, 12, 8, 10, tzinfo=UTC)
S = FollowUpState


def runtime(tmp_path: Path) -> Runtime:
    config = load_config(
        "owner: {name: Ana Example, email: ana@example.com, timezone: Europe/Paris}\n"
        f"mailbox: {{source: maildir, path: mail}}\nrules: {ROOT / 'rules'}\n"
        f"templates: {ROOT / 'rules' / 'templates'}\nstate_dir: state\n",
        "config.yaml",
        str(tmp_path),
    )
    return load_runtime(config)


@pytest.fixture
def invited(tmp_path: Path) -> tuple[Runtime, Store]:
    """A store holding one interview (the demo's invitation) and its drafted notes."""
    rt = runtime(tmp_path)
    store = Store.open(rt.config.state_path)
    with store.transaction():
        route.process_mail(rt, store, (MAIL / "02_interview_invitation.eml").read_bytes(), None, INVITED)
    assert store.followups(S.awaiting_approval)
    return rt, store


def _decide_rejection(rt: Runtime, store: Store) -> Changes:
    """The company of the invitation says no, in the invitation's thread."""
    invitation = parse_message((MAIL / "02_interview_invitation.eml").read_bytes(), "invitation.eml")
    event = pipeline.detect(rt, invitation)
    message = replace(invitation, message_id="<no@northwind.example>", in_reply_to=invitation.message_id)
    rejection = replace(event, kind=EventKind.rejection, interview=None, original=replace(event.original,
                        message_id=message.message_id, date=REJECTED))  # fmt: skip
    return pipeline.decide_event(rt, store, rejection, message, REJECTED)


def _dump(store: Store) -> list[object]:
    return [store.interviews(), store.applications(), store.followups(), store.history_of(interview_id=1),
            [store.transitions(f.id) for f in store.followups() if f.id is not None]]  # fmt: skip


def test_deciding_writes_nothing(invited: tuple[Runtime, Store]) -> None:
    rt, store = invited
    before = _dump(store)
    changes = _decide_rejection(rt, store)
    assert changes.interviews and changes.history and not changes.is_empty
    assert _dump(store) == before


def test_a_rejection_cancels_the_pending_thank_yous_when_applied(invited: tuple[Runtime, Store]) -> None:
    rt, store = invited
    pending = {f.id for f in store.followups(S.awaiting_approval) if f.rule == "thank each interviewer"}
    assert pending
    changes = _decide_rejection(rt, store)
    assert {c.followup_id for c in changes.followup_changes if isinstance(c, Cancellation)} >= pending
    store.apply_changes(changes, REJECTED)
    assert {f.id for f in store.followups(S.cancelled)} >= pending
    assert all(t.cause.startswith("rule 'thank each interviewer': cancel_on rejection")
               for fid in pending if fid is not None for t in store.transitions(fid)[1:])  # fmt: skip


def test_changes_decided_on_a_state_that_moved_are_refused(invited: tuple[Runtime, Store]) -> None:
    rt, store = invited
    message = parse_message((MAIL / "01_application_receipt.eml").read_bytes(), "01_application_receipt.eml")
    changes = pipeline.decide_event(rt, store, pipeline.detect(rt, message), message, INVITED)
    assert changes.created_applications
    store.apply_changes(changes, INVITED)
    with pytest.raises(StoreError, match="decide them again"):
        store.apply_changes(changes, INVITED)  # the ids it predicted are taken now


def test_a_redraft_of_an_approved_note_waits_for_approval_again(invited: tuple[Runtime, Store]) -> None:
    _, store = invited
    fu = store.followups(S.awaiting_approval)[0]
    assert fu.id is not None
    store.transition(fu.id, S.approved, "approved by the owner (cli)", INVITED, expect=S.awaiting_approval)
    redraft = Redraft(fu.id, "New subject", "New body\n", S.approved, "the interview moved")
    store.apply_changes(replace(Changes(), followup_changes=(redraft,)), INVITED)
    again = store.followup(fu.id)
    assert again is not None and again.state is S.awaiting_approval
    assert (again.subject, again.body) == ("New subject", "New body\n")
    assert store.transitions(fu.id)[-1].cause == "text changed (the interview moved); approve again"
