"""The whole pipeline against the real Dovecot and a real SMTP server, as `followup` subprocesses.

Mail is APPENDed to the mailbox, `run --once --now` plans, nothing is sent before `approve`,
exactly one message goes out after, its copy lands in Sent flagged \\Seen, and a process
killed mid-send never causes a second send.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, UTC
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.integration.conftest import ImapAccount, write_followup_config
from tests.integration.dovecot import free_port
from tests.integration.smtpd import SmtpServer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
INVITE = ROOT / "daemon" / "followup" / "demo" / "mail" / "02_interview_invitation.eml"
PASSWORD_VAR = "FOLLOWUP_TEST_IMAP_PASSWORD"
ARRIVED = datetime(2026, 12, 3, 15, 5, tzinfo=UTC)


def write_config(tmp_path: Path, account: ImapAccount, smtp_host: str, smtp_port: int, sent: str) -> Path:
    return write_followup_config(
        tmp_path, account, smtp_host=smtp_host, smtp_port=smtp_port, sent=sent, password_var=PASSWORD_VAR,
        mailbox_extra="  backfill: 3650d\n", approval="{via: [cli], expire_after: 10d}",
    )  # fmt: skip


def followup(config: Path, account: ImapAccount, *args: str, check: bool = True, timeout: float = 120,
             on_start: Callable[[subprocess.Popen[str]], None] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, PASSWORD_VAR: account.password}
    env.pop("FOLLOWUP_CONFIG", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "followup", "--config", str(config), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    if on_start is not None:
        on_start(proc)
    out, err = proc.communicate(timeout=timeout)
    done = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    if check:
        assert done.returncode == 0, f"{args}: exit {done.returncode}\n{err}"
    return done


def notes(smtp: SmtpServer) -> list[Any]:
    """What the SMTP server received for people other than the owner (not notices, not requests)."""
    return [m for m in smtp.messages if m.rcpt_tos != ["ana@example.com"]]


def as_json(done: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(done.stdout)


@pytest.fixture
def setup(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer
) -> tuple[Path, ImapAccount, SmtpServer, str]:
    sent = f"{imap_account.folder}Sent"
    imap_account.create_folder(sent)
    imap_account.append(INVITE.read_bytes(), ARRIVED)
    return (
        write_config(tmp_path, imap_account, smtp_server.host, smtp_server.port, sent),
        imap_account,
        smtp_server,
        sent,
    )


def test_interview_mail_becomes_pending_followups(setup: tuple[Path, ImapAccount, SmtpServer, str]) -> None:
    config, account, _, _ = setup
    followup(config, account, "run", "--once", "--now", "2026-12-03T17:00:00+01:00")
    pending = as_json(followup(config, account, "pending", "--json"))
    summary = sorted((p["rule"], p["to"][0], p["state"]) for p in pending)
    assert summary == [
        ("check in after silence", "priya.raman@northwind.example", "awaiting_approval"),
        ("thank each interviewer", "jordan.ellis@northwind.example", "awaiting_approval"),
        ("thank each interviewer", "mei.tanaka@northwind.example", "awaiting_approval"),
    ]
    for item in pending:
        assert {"id", "state", "rule", "to", "subject", "send_at", "interview_id", "body"} <= set(item)
        assert item["interview_id"] == 1 and datetime.fromisoformat(item["send_at"]).tzinfo is not None
    thanks = [p for p in pending if p["rule"] == "thank each interviewer"]
    assert all(datetime.fromisoformat(p["send_at"]) == datetime(2026, 12, 9, 8, 0, tzinfo=UTC) for p in thanks)
    interviews = as_json(followup(config, account, "interviews", "--json"))
    assert [i["company"] for i in interviews] == ["Northwind Labs"]
    # A second pass over the same mailbox changes nothing.
    followup(config, account, "run", "--once", "--now", "2026-12-03T18:00:00+01:00")
    assert len(as_json(followup(config, account, "followups", "--json"))) == 3


def test_nothing_is_sent_before_approval_and_exactly_once_after(
    setup: tuple[Path, ImapAccount, SmtpServer, str],
) -> None:
    config, account, smtp, sent_folder = setup
    followup(config, account, "run", "--once", "--now", "2026-12-03T17:00:00+01:00")
    followup(config, account, "run", "--once", "--now", "2026-12-09T09:30:00+01:00")
    assert notes(smtp) == []
    followup(config, account, "approve", "--all-for", "1")
    for _ in range(2):
        followup(config, account, "run", "--once", "--now", "2026-12-09T09:31:00+01:00")
    to = sorted(r for m in notes(smtp) for r in m.rcpt_tos)
    assert len(notes(smtp)) == 2 and to == ["jordan.ellis@northwind.example", "mei.tanaka@northwind.example"]
    states = {f["to"][0]: f for f in as_json(followup(config, account, "followups", "--json"))}
    jordan = states["jordan.ellis@northwind.example"]
    assert jordan["state"] == "sent"
    message = email.message_from_bytes(
        next(m.data for m in notes(smtp) if "jordan.ellis@northwind.example" in m.rcpt_tos), policy=email.policy.default
    )
    assert message["Message-ID"] == jordan["message_id"]
    assert message["From"] == "Ana Example <ana@example.com>"
    assert message["To"] == "Jordan Ellis <jordan.ellis@northwind.example>"
    assert message["Subject"] == jordan["subject"] == "Thank you for your time"
    assert message.get_content_type() == "text/plain" and message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n") == jordan["body"]
    # The copies in Sent, flagged \Seen.
    client = account.client()
    try:
        client.select_folder(sent_folder, readonly=True)
        uids = client.search("ALL")
        fetched = client.fetch(uids, ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    finally:
        client.logout()
    assert len(uids) == 2
    assert all(b"\\Seen" in data[b"FLAGS"] for data in fetched.values())
    ids = {data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip() for data in fetched.values()}
    assert jordan["message_id"] in ids
    # The check-in (approved above with the rest) answers in the original thread (thread: true).
    again = followup(config, account, "approve", str(states["priya.raman@northwind.example"]["id"]), check=False)
    assert again.returncode == 1 and "is approved, not awaiting approval; nothing changed" in again.stderr
    followup(config, account, "run", "--once", "--now", "2026-12-15T17:05:00+01:00")
    assert len(notes(smtp)) == 3
    check_in = email.message_from_bytes(notes(smtp)[2].data, policy=email.policy.default)
    assert check_in["In-Reply-To"] == "<000000000000a1c3f2060c7e2b44@northwind.example>"
    assert "<000000000000a1c3f2060c7e2b44@northwind.example>" in check_in["References"]
    assert check_in["Subject"].startswith("Re: Invitation: Northwind Labs")
    history = as_json(followup(config, account, "history", "--json"))
    assert len(history) == 3 and not any(h["replied"] for h in history)


class KillingHandler:
    """Accepts DATA, optionally files the message in Sent (as some providers do), then kills
    the client before it can read the 250 reply: the server has the message, the client never
    committed `sent`."""

    def __init__(self, account: ImapAccount, sent_folder: str | None) -> None:
        self.account = account
        self.sent_folder = sent_folder
        self.victim: subprocess.Popen[str] | None = None
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw = bytes(envelope.original_content)
        self.messages.append((list(envelope.rcpt_tos), raw))
        if self.sent_folder:
            self.account.append(raw, folder=self.sent_folder, flags=["\\Seen"])
        if self.victim is not None:
            os.kill(self.victim.pid, signal.SIGKILL)
        return "250 2.0.0 Ok"


@pytest.mark.parametrize(("provider_files_sent", "final"), [(False, "unknown"), (True, "sent")])
def test_a_send_killed_mid_way_is_never_sent_twice(
    tmp_path: Path, imap_account: ImapAccount, provider_files_sent: bool, final: str
) -> None:
    sent_folder = f"{imap_account.folder}Sent"
    imap_account.create_folder(sent_folder)
    imap_account.append(INVITE.read_bytes(), ARRIVED)
    handler = KillingHandler(imap_account, sent_folder if provider_files_sent else None)
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        config = write_config(tmp_path, imap_account, "127.0.0.1", port, sent_folder)
        followup(config, imap_account, "run", "--once", "--now", "2026-12-03T17:00:00+01:00")
        pending = as_json(followup(config, imap_account, "pending", "--json"))
        jordan = next(p for p in pending if p["to"] == ["jordan.ellis@northwind.example"])
        followup(config, imap_account, "approve", str(jordan["id"]))

        def arm(proc: subprocess.Popen[str]) -> None:
            handler.victim = proc

        killed = followup(
            config, imap_account, "run", "--once", "--now", "2026-12-09T09:30:00+01:00", check=False, on_start=arm
        )
        assert killed.returncode == -signal.SIGKILL
        handler.victim = None
        state = {f["id"]: f["state"] for f in as_json(followup(config, imap_account, "followups", "--json"))}
        assert state[jordan["id"]] == "sending"
        # The restart reconciles from the Sent folder and never resends blindly.
        for _ in range(2):
            followup(config, imap_account, "run", "--once", "--now", "2026-12-09T09:40:00+01:00")
        state = {f["id"]: f["state"] for f in as_json(followup(config, imap_account, "followups", "--json"))}
        assert state[jordan["id"]] == final
        to_jordan = [raw for rcpts, raw in handler.messages if "jordan.ellis@northwind.example" in rcpts]
        assert len(to_jordan) == 1
        if final == "unknown":
            notices = [raw for rcpts, raw in handler.messages if rcpts == ["ana@example.com"]]
            assert any(b"followup mark-sent" in raw for raw in notices)
        status = as_json(followup(config, imap_account, "status", "--json"))
        assert status["followups"].get(final) == 1
    finally:
        controller.stop()
