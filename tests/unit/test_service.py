"""Service pieces: folder health, sd_notify, health notices once per incident."""

from __future__ import annotations

import socket
from datetime import datetime, timedelta, UTC
from pathlib import Path

import pytest

from followup.sdnotify import SystemdNotifier
from followup.service import folder_health
from followup.spec import Duration
from followup.store import FolderRow, Store

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
EVERY = Duration(120)


def _row(**kw: object) -> FolderRow:
    values: dict[str, object] = dict(
        name="INBOX", uidvalidity=1, last_uid=5, first_sync_at=NOW, last_poll_ok=NOW - timedelta(minutes=1),
        last_error=None, last_error_at=None, consecutive_errors=0, seen=5,
    )  # fmt: skip
    values.update(kw)
    return FolderRow(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("row", "healthy", "phrase"),
    [
        (None, False, "not polled yet"),
        (_row(last_poll_ok=None, last_error="IMAP login failed"), False, "never polled successfully"),
        (_row(), True, "polled 60s ago"),
        (_row(last_poll_ok=NOW - timedelta(minutes=7)), False, "no successful poll for 7m"),
        (_row(consecutive_errors=3, last_error="timeout"), False, "3 failed polls in a row"),
        (_row(consecutive_errors=1, last_error="timeout"), True, "but the last attempt failed"),
        # zero messages is fine when polls succeed: health is about polling, not about mail
        (_row(seen=0, last_uid=0), True, "polled"),
    ],
)
def test_folder_health(row: FolderRow | None, healthy: bool, phrase: str) -> None:
    health = folder_health(row, EVERY, NOW)
    assert health.healthy is healthy and phrase in health.summary


def test_notifier_sends_datagrams_to_notify_socket(tmp_path: Path) -> None:
    path = str(tmp_path / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(path)
        server.settimeout(5)
        notifier = SystemdNotifier({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "120000000"})
        assert notifier.enabled and notifier.watchdog_s == 120
        notifier.notify("READY=1", "STATUS=started")
        assert server.recv(4096) == b"READY=1\nSTATUS=started"
        notifier.notify("WATCHDOG=1")
        assert server.recv(4096) == b"WATCHDOG=1"


def test_notifier_is_silent_without_systemd() -> None:
    notifier = SystemdNotifier({})
    assert not notifier.enabled and notifier.watchdog_s is None
    notifier.notify("READY=1")  # nothing to send to, and no error


def test_notifier_survives_a_vanished_socket(tmp_path: Path) -> None:
    SystemdNotifier({"NOTIFY_SOCKET": str(tmp_path / "gone.sock")}).notify("WATCHDOG=1")


def test_unhealthy_folder_is_noticed_once_per_incident(tmp_path: Path) -> None:
    from followup.config import load_config
    from followup.rules import RuleSet
    from followup.runtime import Runtime
    from followup.service import check_health

    config = load_config("owner: {name: A, email: a@example.com}\nmailbox: {source: maildir, path: m}\n", "c.yaml")
    rt = Runtime(config, RuleSet(), {})
    store = Store.open(tmp_path)
    store.record_poll_ok("INBOX", NOW - timedelta(hours=1))
    assert check_health(rt, store, NOW) and len(store.unsent_notices()) == 1
    check_health(rt, store, NOW + timedelta(minutes=5))
    assert len(store.unsent_notices()) == 1
    store.record_poll_ok("INBOX", NOW + timedelta(minutes=6))
    assert check_health(rt, store, NOW + timedelta(minutes=7)) == []
    store.close()


@pytest.mark.parametrize(
    ("smtp", "later", "busy"),
    [
        ("smtp: {host: smtp.example.com, save_sent_to: Sent}\n", timedelta(hours=1), True),
        ("smtp: {host: smtp.example.com, save_sent_to: Sent}\n", timedelta(days=3), False),  # no copy comes now
        ("smtp: {host: smtp.example.com, save_sent_to: null}\n", timedelta(hours=1), False),  # nowhere to look
    ],
)
def test_a_pass_looks_again_for_a_note_left_unknown_while_its_copy_may_come(
    tmp_path: Path, smtp: str, later: timedelta, busy: bool
) -> None:
    from followup.config import load_config
    from followup.model import FollowUp, FollowUpState, Person
    from followup.rules import RuleSet
    from followup.runtime import Runtime
    from followup.service import _has_work

    text = (
        "owner: {name: A, email: a@example.com}\nmailbox: {source: maildir, path: m}\n"
        "approval: {daily_summary: null}\n" + smtp
    )
    rt = Runtime(load_config(text, "c.yaml"), RuleSet(), {})
    store = Store.open(tmp_path)
    fu = FollowUp(id=None, rule="r", recipient=Person("Kim", "kim@acme.example"), send_at=NOW,
                  state=FollowUpState.approved, message_id="<k@followup.test>", template="t.txt")  # fmt: skip
    fid = store.add_followup(fu, NOW, "planned")
    assert fid is not None
    assert _has_work(rt, store, NOW)
    store.transition(fid, FollowUpState.sending, "dispatch", NOW)
    store.transition(fid, FollowUpState.unknown, "maybe delivered", NOW)
    assert _has_work(rt, store, NOW + later) is busy
    store.close()
