"""The daemon keeps one IMAP login (and what triage read of the tracked state) across its passes,
and logs in again when the server drops it.

Runs the daemon's passes in-process against the real Dovecot; logins are counted where the
connection signs in (ImapSource._login), and what each pass saw is read
from the store.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from followup.config import read_config
from followup.runtime import load_runtime
from followup.service import Daemon
from followup.source.imap import ImapSource
from followup.store import Store
from tests.integration.conftest import ImapAccount, make_mail, write_followup_config

pytestmark = pytest.mark.integration

PASSWORD_VAR = "FOLLOWUP_TEST_IMAP_PASSWORD"


@pytest.fixture
def daemon(tmp_path: Path, imap_account: ImapAccount, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv(PASSWORD_VAR, imap_account.password)
    path = write_followup_config(
        tmp_path, imap_account, smtp_host="127.0.0.1", smtp_port=9, sent="null", password_var=PASSWORD_VAR
    )
    rt = load_runtime(read_config(path))
    store = Store.open(rt.config.state_path)
    daemon = Daemon(rt, store, path)
    yield daemon
    daemon._drop_source()  # as the daemon does when it stops
    store.close()


@pytest.fixture
def logins(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The usernames the daemon's mailbox connections logged in as, one per login."""
    seen: list[str] = []
    real = ImapSource._login

    def counting(self: ImapSource, client: IMAPClient) -> None:
        seen.append(self.username)
        real(self, client)

    monkeypatch.setattr(ImapSource, "_login", counting)
    return seen


def last_uid(daemon: Daemon, folder: str) -> int:
    """The last UID the daemon has read in `folder` (0 before its first poll)."""
    row = daemon.store.folder(folder)
    return row.last_uid if row is not None else 0


def test_passes_share_one_login(daemon: Daemon, imap_account: ImapAccount, logins: list[str]) -> None:
    for n in range(3):
        imap_account.append(make_mail(subject=f"note {n}", message_id=f"<keep-{n}@example.com>"))
        daemon._pass(poll=True)
        assert last_uid(daemon, imap_account.folder) == n + 1
    assert logins == [imap_account.user]


def test_a_dropped_connection_is_logged_in_again_on_the_next_pass(
    daemon: Daemon, imap_account: ImapAccount, logins: list[str]
) -> None:
    daemon._pass(poll=True)
    assert imap_account.kill_connections() > 0
    imap_account.append(make_mail(subject="after the drop", message_id="<dropped@example.com>"))
    daemon._pass(poll=True)
    assert last_uid(daemon, imap_account.folder) == 1
    assert len(logins) == 2


def test_passes_share_what_triage_read_of_the_tracked_state(
    daemon: Daemon, imap_account: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[int] = []
    real = Store.tracked_threads

    def counting(self: Store) -> set[str]:
        reads.append(1)
        return real(self)

    monkeypatch.setattr(Store, "tracked_threads", counting)
    for n in range(2):
        imap_account.append(make_mail(subject=f"Interview invitation {n}", message_id=f"<job-{n}@example.com>"))
        daemon._pass(poll=True)
        assert last_uid(daemon, imap_account.folder) == n + 1
    assert len(reads) == 1  # read for the first new message, kept for the next pass


def test_mail_that_came_before_the_watch_began_is_announced(
    daemon: Daemon, imap_account: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup import service

    monkeypatch.setattr(service, "IDLE_CYCLE_S", 0.2)  # the watcher notices the stop quickly
    daemon._pass(poll=True)
    imap_account.append(make_mail(subject="between the poll and the watch", message_id="<early@example.com>"))
    watcher = threading.Thread(target=daemon._watch, args=(imap_account.folder,), daemon=True)
    watcher.start()
    try:
        # No IDLE will ever announce this one: the watch must ask for a poll once it is set up.
        assert daemon._poll_now.wait(timeout=30)
    finally:
        daemon.stop.event.set()
        watcher.join(timeout=30)
    assert not watcher.is_alive()
