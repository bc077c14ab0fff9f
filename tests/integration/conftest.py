"""Integration fixtures: a real Dovecot for the whole session (tests/integration/dovecot.py) and
the SMTP servers of tests/integration/smtpd.py.

`imap_account` gives each test its own fresh folder on the shared server, so tests never see
each other's mail, plus the chores a test needs: APPEND seed mail (with any INTERNALDATE),
create folders, read flags, reset a folder's UIDVALIDITY, and drop the user's connections.
"""

from __future__ import annotations

import itertools
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, UTC
from email.utils import format_datetime, make_msgid
from typing import Any

import pytest
from imapclient import IMAPClient

from followup.config import MailboxConfig, Secret
from tests.integration.dovecot import Dovecot, require_dovecot, start_dovecot
from tests.integration.smtpd import *  # noqa: F403 - the SMTP fixtures live there
from tests.integration.tokenserver import token_server  # noqa: F401 - the OAuth2 server fixture

_folder_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A Dovecot serving IMAP on 127.0.0.1 (plain + STARTTLS port, implicit-TLS port)."""
    require_dovecot()
    server = start_dovecot()
    try:
        yield server
    finally:
        server.cleanup()


def make_mail(
    subject: str = "Hello",
    body: str = "Just a note.\n",
    *,
    message_id: str | None = None,
    sender: str = "Sam Lee <sam.lee@acme.example>",
    to: str = "owner@example.org",
    date: datetime | None = None,
    size: int = 0,
) -> bytes:
    """An ordinary RFC 5322 message (CRLF line ends), padded to about `size` bytes if asked."""
    date = date or datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    message_id = message_id or make_msgid(domain="acme.example")
    text = body
    if size > len(text):
        line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n"
        text += line * ((size - len(text)) // len(line) + 1)
    head = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {format_datetime(date)}\r\n"
        f"Message-ID: {message_id}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return (head + text.replace("\r\n", "\n").replace("\n", "\r\n")).encode("utf-8")


@dataclass
class ImapAccount:
    """One test user's view of the session Dovecot, with a folder of its own."""

    server: Dovecot
    user: str
    password: str
    folder: str

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def tls_port(self) -> int:
        return self.server.tls_port

    @property
    def ca_file(self) -> str:
        return str(self.server.ca_file)

    @property
    def secret(self) -> Secret:
        return Secret(self.password)

    def mailbox_config(self, **overrides: Any) -> MailboxConfig:
        """A validated MailboxConfig for this account (plain on loopback unless overridden)."""
        data: dict[str, Any] = {
            "source": "imap",
            "host": self.host,
            "port": self.port,
            "security": "plain",
            "username": self.user,
            "password": {"env": "FOLLOWUP_TEST_UNUSED"},
            "folders": [self.folder],
            "timeout": "10s",
        }
        data.update(overrides)
        return MailboxConfig.model_validate(data)

    def client(self) -> IMAPClient:
        """A logged-in imapclient connection (plain, loopback)."""
        return self.server.client(self.user)

    def append(
        self,
        raw: bytes,
        when: datetime | None = None,
        *,
        folder: str | None = None,
        flags: Sequence[str] = (),
    ) -> None:
        """APPEND one message with INTERNALDATE `when` (default: now)."""
        self.append_many([raw], when, folder=folder, flags=flags)

    def append_many(
        self,
        raws: Sequence[bytes],
        when: datetime | None = None,
        *,
        folder: str | None = None,
        flags: Sequence[str] = (),
    ) -> None:
        client = self.client()
        try:
            for raw in raws:
                client.append(folder or self.folder, raw, flags=tuple(flags), msg_time=when or datetime.now(UTC))
        finally:
            client.logout()

    def create_folder(self, name: str) -> None:
        client = self.client()
        try:
            client.create_folder(name)
        finally:
            client.logout()

    def flags(self, folder: str | None = None) -> dict[int, tuple[bytes, ...]]:
        """The FLAGS of every message in the folder, by UID (read-only EXAMINE)."""
        client = self.client()
        try:
            client.select_folder(folder or self.folder, readonly=True)
            uids = client.search("ALL")
            return {uid: data[b"FLAGS"] for uid, data in client.fetch(uids, ["FLAGS"]).items()} if uids else {}
        finally:
            client.logout()

    def uidvalidity(self, folder: str | None = None) -> int:
        client = self.client()
        try:
            return int(client.select_folder(folder or self.folder, readonly=True)[b"UIDVALIDITY"])
        finally:
            client.logout()

    def reset_uidvalidity(self, folder: str | None = None) -> None:
        """Make Dovecot renumber the folder under a new UIDVALIDITY."""
        self.server.reset_uidvalidity(self.user, folder or self.folder)

    def kill_connections(self) -> int:
        """Kill the imap processes serving this user (drops every open connection)."""
        return self.server.kill_imap(self.user)

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca_file)


@pytest.fixture
def imap_account(dovecot: Dovecot) -> ImapAccount:
    """The `owner` account with a fresh, empty folder for this test."""
    account = ImapAccount(dovecot, "owner", dovecot.users["owner"], f"T{next(_folder_numbers):03d}")
    account.create_folder(account.folder)
    return account



PROJECT = __import__("pathlib").Path(__file__).resolve().parents[2]


def write_followup_config(
    tmp_path: Any,
    account: ImapAccount,
    *,
    smtp_host: str,
    smtp_port: int,
    sent: str,
    password_var: str,
    mailbox_extra: str = "",
    approval: str = "{via: [cli]}",
    rules: Any = None,
) -> Any:
    """A config.yaml for end-to-end runs: the test's IMAP folder, a loopback SMTP server, the project's templates.

    The daily summary (on by default) is off unless `approval` names it: these runs count the
    mail they send.
    """
    if "daily_summary" not in approval:
        approval = approval.rstrip("}") + ", daily_summary: null}"
    config = tmp_path / "config.yaml"
    config.write_text(
        f"""\
owner: {{name: Ana Example, email: ana@example.com, timezone: Europe/Paris}}
mailbox:
  source: imap
  host: {account.host}
  port: {account.port}
  security: plain
  username: {account.user}
  password: {{env: {password_var}}}
  address: ana.followup@example.com
  folders: [{account.folder}]
  timeout: 10s
{mailbox_extra}smtp: {{host: {smtp_host}, port: {smtp_port}, security: plain, save_sent_to: {sent}, timeout: 5s}}
approval: {approval}
rules: {rules or PROJECT / 'rules'}
templates: {PROJECT / 'rules' / 'templates'}
state_dir: {tmp_path / 'state'}
""",
        encoding="utf-8",
    )
    return config
