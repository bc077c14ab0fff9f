"""IMAP-only behaviour against a real Dovecot: login errors, unreachable servers, TLS and STARTTLS."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone, UTC

import pytest

from followup import sync
from followup.config import Secret
from followup.errors import PermanentSourceError, TransientSourceError
from followup.source import open_source
from followup.source.imap import ImapSource
from followup.spec import Duration
from followup.store import Store
from tests.integration.conftest import ImapAccount, make_mail
from tests.integration.dovecot import free_port

pytestmark = pytest.mark.integration

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_a_wrong_password_is_a_one_line_permanent_error(imap_account: ImapAccount) -> None:
    source = ImapSource(imap_account.mailbox_config(), Secret("not-the-password"))
    with pytest.raises(PermanentSourceError) as caught:
        source.connect()
    message = str(caught.value)
    assert message.startswith(f"IMAP login failed for user 'owner' at 127.0.0.1:{imap_account.port}: wrong username")
    assert "AUTHENTICATIONFAILED" in message  # the server's own words
    assert message.endswith("fix mailbox.username/password")
    assert "\n" not in message and "not-the-password" not in message


def test_a_wrong_password_is_recorded_on_every_folder_and_poll_once_returns(
    imap_account: ImapAccount, tmp_path: pytest.TempPathFactory
) -> None:
    store = Store.open(tmp_path / "state")  # type: ignore[operator]
    source = ImapSource(imap_account.mailbox_config(), Secret("nope"))
    sleeps: list[float] = []
    reports = sync.poll_once(
        source, store, ["INBOX", imap_account.folder], now=NOW, backfill=Duration.parse("14d"), sleep=sleeps.append
    )
    assert [r.ok for r in reports] == [False, False]
    assert sleeps == []  # a permanent fault is not retried
    for name in ("INBOX", imap_account.folder):
        row = store.folder(name)
        assert row is not None and row.last_error is not None and "IMAP login failed" in row.last_error


def test_a_refused_connection_is_transient_and_quick(imap_account: ImapAccount) -> None:
    source = ImapSource(imap_account.mailbox_config(port=free_port()), imap_account.secret)
    started = time.monotonic()
    with pytest.raises(TransientSourceError, match=r"unreachable during connect: Connection refused; will retry"):
        source.connect()
    assert time.monotonic() - started < 2


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections but never says a word (a hung server)."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield int(listener.getsockname()[1])


def test_a_server_that_never_greets_times_out_as_transient(imap_account: ImapAccount, silent_port: int) -> None:
    source = ImapSource(imap_account.mailbox_config(port=silent_port, timeout="1s"), imap_account.secret)
    started = time.monotonic()
    with pytest.raises(TransientSourceError, match=r"timed out after 1.0s"):
        source.connect()
    assert 0.9 < time.monotonic() - started < 3


def test_implicit_tls_with_the_ca_file_works(imap_account: ImapAccount) -> None:
    imap_account.append(make_mail("over tls"), NOW)
    config = imap_account.mailbox_config(security="tls", port=imap_account.tls_port, ca_file=imap_account.ca_file)
    source = open_source(config, imap_account.secret)
    source.connect()
    try:
        uids = source.uids_after(imap_account.folder, 0)
        [mail] = list(source.fetch(imap_account.folder, uids))
        assert b"Subject: over tls" in mail.raw
    finally:
        source.close()


def test_starttls_with_the_ca_file_works(imap_account: ImapAccount) -> None:
    config = imap_account.mailbox_config(security="starttls", ca_file=imap_account.ca_file)
    source = open_source(config, imap_account.secret)
    source.connect()
    try:
        assert source.status(imap_account.folder).exists == 0
    finally:
        source.close()


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_an_untrusted_certificate_is_a_clear_permanent_error(imap_account: ImapAccount, security: str) -> None:
    port = imap_account.tls_port if security == "tls" else imap_account.port
    source = ImapSource(imap_account.mailbox_config(security=security, port=port), imap_account.secret)
    with pytest.raises(PermanentSourceError) as caught:
        source.connect()
    message = str(caught.value)
    assert message.startswith(f"IMAP TLS certificate verification failed for 127.0.0.1:{port}:")
    assert "set mailbox.ca_file" in message and "\n" not in message


def test_tls_against_a_plain_port_says_to_check_security_and_port(imap_account: ImapAccount) -> None:
    config = imap_account.mailbox_config(security="tls", port=imap_account.port, ca_file=imap_account.ca_file)
    with pytest.raises(PermanentSourceError, match=r"TLS handshake with .* failed .*check mailbox.security"):
        ImapSource(config, imap_account.secret).connect()


def test_internaldate_is_timezone_aware_and_exact(imap_account: ImapAccount) -> None:
    when = datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=-5)))
    imap_account.append(make_mail("dated"), when)
    source = ImapSource(imap_account.mailbox_config(), imap_account.secret)
    source.connect()
    try:
        [mail] = list(source.fetch(imap_account.folder, source.uids_after(imap_account.folder, 0)))
    finally:
        source.close()
    assert mail.internal_date is not None and mail.internal_date.utcoffset() is not None
    assert mail.internal_date == when


def test_a_connection_killed_between_calls_is_transient(imap_account: ImapAccount) -> None:
    imap_account.append(make_mail("one"), NOW)
    source = ImapSource(imap_account.mailbox_config(), imap_account.secret)
    source.connect()
    try:
        source.status(imap_account.folder)
        assert imap_account.kill_connections() == 1
        with pytest.raises(TransientSourceError, match=r"folder='T\d+'"):
            list(source.fetch(imap_account.folder, [1]))
        source.connect()  # a reconnect is all it takes
        assert source.status(imap_account.folder).exists == 1
    finally:
        source.close()


def test_fetch_leaves_flags_alone_even_on_mail_already_flagged(imap_account: ImapAccount) -> None:
    imap_account.append(make_mail("flagged"), NOW, flags=["\\Flagged"])
    imap_account.append(make_mail("plain"), NOW)
    before = imap_account.flags()
    source = ImapSource(imap_account.mailbox_config(), imap_account.secret)
    source.connect()
    try:
        assert len(list(source.fetch(imap_account.folder, source.uids_after(imap_account.folder, 0)))) == 2
    finally:
        source.close()
    assert imap_account.flags() == before


def test_idle_wakes_on_new_mail_and_times_out_when_there_is_none(imap_account: ImapAccount) -> None:
    import threading

    source = ImapSource(imap_account.mailbox_config(), imap_account.secret)
    source.connect()
    try:
        assert source.supports_idle()
        started = time.monotonic()
        assert source.wait_for_change(imap_account.folder, 1.0) is False
        assert 0.9 <= time.monotonic() - started < 5
        timer = threading.Timer(0.3, lambda: imap_account.append(make_mail("Interview")))
        timer.start()
        started = time.monotonic()
        assert source.wait_for_change(imap_account.folder, 10.0) is True
        assert time.monotonic() - started < 3
        timer.join()
        # The connection is still usable after IDLE: the new message can be listed.
        assert len(source.uids_after(imap_account.folder, 0)) == 1
    finally:
        source.close()
