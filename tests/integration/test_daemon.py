"""`followup run` as a real daemon process against the real Dovecot and SMTP server, in real time.

An interview mail appended while the daemon IDLEs is processed long before the next poll; the
approval request arrives; `approve` from the CLI; the note goes out once and its copy is in
Sent; SIGHUP with a broken rule file keeps it running on the last good rules; SIGTERM stops it
with exit 0; a second daemon on the same state dir refuses to start.

Nothing here sleeps a guessed time: the test waits on what it can observe. The daemon speaks
sd_notify(3) to a socket the test holds (READY, RELOADING, a STATUS line after every pass), and
Dovecot's process title shows when the daemon's connection sits in IDLE.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone, UTC
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from tests.integration.conftest import ImapAccount, write_followup_config
from tests.integration.smtpd import SmtpServer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
INVITE = ROOT / "daemon" / "followup" / "demo" / "mail" / "02_interview_invitation.eml"
PASSWORD_VAR = "FOLLOWUP_TEST_IMAP_PASSWORD"
OWNER = "ana@example.com"
# Far below mailbox.poll_every (10m): mail seen within this was announced by IDLE, not polled.
IDLE_BOUND = 30.0

RULES = """\
rules:
  - name: quick thanks
    on: interview_scheduled
    when: {after: received, delay: 0s}
    to: each interviewer
    fallback_to: contact
    template: thank_you.txt
    approval: required
"""


def fresh_invitation(now: datetime) -> bytes:
    """The demo's calendar invitation, sent now, for an interview tomorrow."""
    raw = INVITE.read_bytes()
    start = (now + timedelta(days=1)).astimezone(timezone(timedelta(hours=-5)))
    day = start.strftime("%Y%m%d")
    raw = raw.replace(b"Date: Thu, 03 Dec 2026 10:02:12 -0500", f"Date: {format_datetime(now)}".encode())
    raw = raw.replace(b"America/New_York:20261208T100000", f"America/New_York:{day}T100000".encode())
    raw = raw.replace(b"America/New_York:20261208T110000", f"America/New_York:{day}T110000".encode())
    return raw


def wait_for(what: str, check: Callable[[], Any], timeout: float, step: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


class Notices:
    """The sd_notify datagrams the daemon sends, as they arrive (systemd's side of NOTIFY_SOCKET)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(0.2)
        self.received: list[tuple[float, str]] = []  # (time.monotonic() on arrival, line)
        self.changed = threading.Condition()
        self.closed = False
        self.reader = threading.Thread(target=self._read, name="notify-reader", daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while not self.closed:
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            with self.changed:
                now = time.monotonic()
                self.received.extend((now, line) for line in data.decode("utf-8").splitlines())
                self.changed.notify_all()

    def wait(self, what: str, prefix: str, since: float, timeout: float, count: int = 1) -> None:
        """Wait until `count` lines starting with `prefix` arrived after `since` (time.monotonic())."""

        def seen() -> bool:
            return sum(at > since and line.startswith(prefix) for at, line in self.received) >= count

        with self.changed:
            if not self.changed.wait_for(seen, timeout):
                got = [line for at, line in self.received if at > since]
                raise AssertionError(f"timed out after {timeout}s waiting for {what}; got {got}")

    def close(self) -> None:
        self.closed = True
        self.reader.join(timeout=5)
        self.sock.close()


class Setup:
    def __init__(self, tmp_path: Path, account: ImapAccount, smtp: SmtpServer) -> None:
        self.account = account
        self.smtp = smtp
        self.sent = f"{account.folder}Sent"
        account.create_folder(self.sent)
        self.rules = tmp_path / "rules.yaml"
        self.rules.write_text(RULES, encoding="utf-8")
        self.config = write_followup_config(
            tmp_path, account, smtp_host=smtp.host, smtp_port=smtp.port, sent=self.sent, password_var=PASSWORD_VAR,
            mailbox_extra="  poll_every: 10m\n  idle: true\n", approval="{via: [cli, email]}", rules=self.rules,
        )  # fmt: skip
        self.notices = Notices(tmp_path / "notify")
        self.env = {**os.environ, PASSWORD_VAR: account.password, "NOTIFY_SOCKET": str(self.notices.path)}
        self.env.pop("FOLLOWUP_CONFIG", None)
        self.env.pop("WATCHDOG_USEC", None)

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "followup", "--config", str(self.config), *args]

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.command(*args), capture_output=True, text=True, env=self.env, timeout=120)

    def json(self, *args: str) -> Any:
        done = self.cli(*args, "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def start(self) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command("run"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env
        )

    def interviews_in_db(self) -> int:
        """Interviews tracked so far, read from the state database (a CLI process per look is slow)."""
        db = self.config.parent / "state" / "state.db"
        if not db.exists():
            return 0
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM interviews").fetchone()[0])
        except sqlite3.OperationalError:
            return 0
        finally:
            conn.close()

    def idling(self) -> bool:
        """True while one of the account's IMAP connections sits in IDLE (Dovecot's process title)."""
        titles = []
        for pid in self.account.server.imap_pids(self.account.user):
            try:
                titles.append(Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"))
            except OSError:
                continue
        return any(" IDLE]" in title for title in titles)

    def notes(self) -> list[Any]:
        return [m for m in self.smtp.messages if m.rcpt_tos != [OWNER]]

    def to_owner(self) -> list[Any]:
        return [m for m in self.smtp.messages if m.rcpt_tos == [OWNER]]


@pytest.fixture
def daemon(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer
) -> Iterator[tuple[Setup, subprocess.Popen[str]]]:
    setup = Setup(tmp_path, imap_account, smtp_server)
    proc = setup.start()
    try:
        setup.notices.wait("the first pass", "STATUS=last pass", 0.0, 30)
        yield setup, proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=30)
        setup.notices.close()


def test_the_daemon_round(daemon: tuple[Setup, subprocess.Popen[str]]) -> None:
    setup, proc = daemon
    # One daemon per state dir.
    second = setup.cli("run")
    assert second.returncode == 1 and "another followup daemon" in second.stderr
    assert len(second.stderr.strip().splitlines()) == 1

    # IDLE: mail appended while the daemon idles is processed long before the next poll.
    wait_for("the daemon's connection to sit in IDLE", setup.idling, 30)
    setup.account.append(fresh_invitation(datetime.now(UTC)))
    wait_for("the interview to be tracked", setup.interviews_in_db, IDLE_BOUND, step=0.05)
    assert setup.json("interviews")

    # The approval request arrives; nothing goes to the interviewers before approval, although
    # the notes are due at once (delay 0s): the pass that mailed the request dispatched too.
    request = wait_for("the approval request", setup.to_owner, 15)
    assert b"[followup #" in request[0].data
    setup.notices.wait("the end of the pass that mailed the request", "STATUS=last pass", request[0].at, 30)
    assert setup.notes() == []
    pending = setup.json("pending")
    assert sorted(p["to"][0] for p in pending) == ["jordan.ellis@northwind.example", "mei.tanaka@northwind.example"]

    approved = setup.cli("approve", str(pending[0]["id"]))
    assert approved.returncode == 0, approved.stderr
    sent = wait_for("the approved note to go out", setup.notes, 20)
    # The end of the pass that sent it, then the end of a whole pass after it: still one note.
    setup.notices.wait("a whole pass after the send", "STATUS=last pass", sent[0].at, 30, count=2)
    assert len(setup.notes()) == 1 and sent[0].rcpt_tos == pending[0]["to"]
    client = setup.account.client()
    try:
        client.select_folder(setup.sent, readonly=True)
        assert len(client.search("ALL")) == 1
    finally:
        client.logout()

    # SIGHUP with a broken rule file: it logs why and keeps running on the last good rules.
    setup.rules.write_text(RULES.replace("on: interview_scheduled", "on: interview_sheduled"), encoding="utf-8")
    reload = time.monotonic()
    proc.send_signal(signal.SIGHUP)
    setup.notices.wait("the reload to begin", "RELOADING=1", reload, 30)
    setup.notices.wait("the daemon to be ready again", "READY=1", reload, 30)
    assert proc.poll() is None
    assert setup.json("status")["folders"][0]["healthy"]

    # SIGTERM: a clean stop.
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert "reload refused, keeping the last good config" in err and "interview_sheduled" in err
    assert "stopped" in err

