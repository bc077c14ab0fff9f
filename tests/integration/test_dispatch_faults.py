"""Dispatch through the real store against scripted SMTP servers: 451 then accept, 550, a hang.

The follow-up ends in the right state, nothing is sent twice, and the owner is told by mail
when a note failed for good.
"""

from __future__ import annotations

import email
import email.policy
import time
from collections.abc import Callable
from datetime import datetime, timedelta, UTC
from pathlib import Path

import pytest

from followup import outbox, route
from followup.approval import jobs as approval_jobs
from followup.config import load_config
from followup.model import FollowUpState
from followup.runtime import Runtime, load_runtime
from followup.store import Store
from tests.integration.smtpd import SmtpServer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
INVITATION = ROOT / "daemon" / "followup" / "demo" / "mail" / "02_interview_invitation.eml"
PLANNED = datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
DUE = datetime(2026, 12, 9, 8, 5, tzinfo=UTC)
OWNER = "ana@example.com"
S = FollowUpState


def setup(tmp_path: Path, server: SmtpServer) -> tuple[Runtime, Store, int]:
    config = load_config(
        f"""\
owner: {{name: Ana Example, email: {OWNER}, timezone: Europe/Paris}}
mailbox: {{source: maildir, path: mail, address: ana.followup@example.com}}
smtp: {{host: {server.host}, port: {server.port}, security: plain, save_sent_to: null, timeout: 1s}}
approval: {{via: [cli], expire_after: 10d}}
rules: {ROOT / 'rules'}
templates: {ROOT / 'rules' / 'templates'}
state_dir: state
""",
        "config.yaml",
        str(tmp_path),
    )
    rt = load_runtime(config)
    store = Store.open(config.state_path)
    with store.transaction():
        route.process_mail(rt, store, INVITATION.read_bytes(), None, PLANNED)
    jordan = next(f for f in store.followups() if f.recipient.email == "jordan.ellis@northwind.example")
    assert jordan.id is not None
    outbox.approve(rt, store, jordan.id, PLANNED, via="cli")
    return rt, store, jordan.id


def notes(server: SmtpServer) -> list[bytes]:
    return [m.data for m in server.messages if m.rcpt_tos != [OWNER]]


def test_451_then_accept_sends_once_after_a_retry(tmp_path: Path, make_smtp_server: Callable[..., SmtpServer]) -> None:
    server = make_smtp_server(data_script=["451 4.3.0 try again later"])
    rt, store, fid = setup(tmp_path, server)
    first = outbox.dispatch_due(rt, store, DUE)
    assert [o.action for o in first.outcomes] == ["retry"]
    fu = store.followup(fid)
    assert fu is not None and fu.state is S.approved and fu.attempts == 1 and fu.next_attempt is not None
    assert notes(server) == []
    # Not before the backoff is over; then exactly once.
    assert outbox.dispatch_due(rt, store, DUE + timedelta(seconds=1)).outcomes == []
    later = fu.next_attempt + timedelta(seconds=1)
    assert [o.action for o in outbox.dispatch_due(rt, store, later).outcomes] == ["sent"]
    assert outbox.dispatch_due(rt, store, later + timedelta(hours=1)).outcomes == []
    assert len(notes(server)) == 1
    assert store.followup(fid).state is S.sent  # type: ignore[union-attr]


def test_550_fails_and_the_owner_is_told_by_mail(tmp_path: Path, make_smtp_server: Callable[..., SmtpServer]) -> None:
    server = make_smtp_server(data_script=["550 5.1.1 mailbox unavailable"])
    rt, store, fid = setup(tmp_path, server)
    report = outbox.dispatch_due(rt, store, DUE)
    assert [o.action for o in report.outcomes] == ["failed"]
    fu = store.followup(fid)
    assert fu is not None and fu.state is S.failed and "550" in (fu.last_error or "")
    assert approval_jobs.send_notices(rt, store, DUE, outbox.make_sender(rt)) >= 1
    told = [m for m in server.messages if m.rcpt_tos == [OWNER]]
    assert told
    text = email.message_from_bytes(told[0].data, policy=email.policy.default).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert f"#{fid}" in text and "550" in text
    assert notes(server) == []


def test_a_server_hanging_after_the_dot_is_not_retried_and_the_owner_decides(
    tmp_path: Path, make_smtp_server: Callable[..., SmtpServer]
) -> None:
    # No Sent folder to settle it from (save_sent_to: null): `unknown` within the pass, a
    # notice saying how to settle it, and no second send.
    server = make_smtp_server(data_script=["hang"])
    rt, store, fid = setup(tmp_path, server)
    started = time.monotonic()
    report = outbox.dispatch_due(rt, store, DUE)
    assert time.monotonic() - started < 15  # the timeout fired; the daemon is not stuck
    assert [o.action for o in report.outcomes] == ["uncertain", "unknown"]
    server.release_hangs()
    assert store.followup(fid).state is S.unknown  # type: ignore[union-attr]
    assert outbox.dispatch_due(rt, store, DUE + timedelta(days=1)).outcomes == []
    assert server.handler.data_attempts == 1
    (text,) = [t for k, t in store.unsent_notices() if k == f"unknown:{fid}"]
    assert f"followup mark-sent {fid}" in text and f"followup resend {fid}" in text
