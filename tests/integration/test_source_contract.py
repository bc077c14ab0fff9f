"""The Source contract, run against IMAP (a real Dovecot) and Maildir (a tmp_path directory).

Each test drives `sync.poll_once` with the real pipeline and a real Store, the way the daemon
does, and checks what the store holds afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, UTC
from email.utils import make_msgid
from pathlib import Path
from typing import Protocol

import pytest

from followup import intake, sync
from followup.errors import TransientSourceError
from followup.source import FetchedMail, FolderStatus, Source
from followup.source.imap import ImapSource
from followup.source.maildir import UIDLIST_NAME, MaildirSource
from followup.spec import Duration
from followup.store import FolderRow, Store
from tests.integration.conftest import ImapAccount, make_mail

pytestmark = pytest.mark.integration

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
BACKFILL = Duration.parse("14d")
NO_WAIT = sync.Backoff(base_s=0.01, cap_s=0.01, attempts=4)


def no_sleep(seconds: float) -> None:
    """Backoff waits are checked in the unit tests; here they only slow things down."""


class Box(Protocol):
    """A mailbox under test, as the contract needs it."""

    folder: str

    def deliver(self, raws: Sequence[bytes], when: datetime | None = None) -> None: ...
    def open(self, batch_size: int = 200) -> Source: ...
    def reset_uidvalidity(self) -> None: ...
    def drop_connection(self) -> None: ...
    def untouched(self) -> bool: ...


class ImapBox:
    """The test's folder on the session Dovecot."""

    def __init__(self, account: ImapAccount) -> None:
        self.account = account
        self.folder = account.folder

    def deliver(self, raws: Sequence[bytes], when: datetime | None = None) -> None:
        self.account.append_many(raws, when)

    def open(self, batch_size: int = 200) -> Source:
        return ImapSource(self.account.mailbox_config(batch_size=batch_size), self.account.secret)

    def reset_uidvalidity(self) -> None:
        self.account.reset_uidvalidity()

    def drop_connection(self) -> None:
        assert self.account.kill_connections() >= 1

    def untouched(self) -> bool:
        flags = self.account.flags()
        return bool(flags) and all(b"\\Seen" not in f for f in flags.values())


class DroppingSource:
    """A Source wrapper (the Protocol seam) that fails like a dropped connection when armed."""

    def __init__(self, inner: MaildirSource) -> None:
        self.inner = inner
        self.armed = False
        self.connected = False

    def connect(self) -> None:
        self.inner.connect()
        self.connected = True

    def close(self) -> None:
        self.connected = False
        self.inner.close()

    def _check(self) -> None:
        if not self.connected:
            raise TransientSourceError("not connected")
        if self.armed:
            self.armed = False
            self.connected = False
            raise TransientSourceError("connection dropped during FETCH")

    def find_sent_folder(self) -> tuple[str | None, str]:
        return self.inner.find_sent_folder()

    def status(self, folder: str) -> FolderStatus:
        self._check()
        return self.inner.status(folder)

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        self._check()
        return self.inner.uids_after(folder, last_uid)

    def fetch(self, folder: str, uids: Sequence[int]) -> Iterator[FetchedMail]:
        for mail in self.inner.fetch(folder, uids):
            self._check()
            yield mail

    def append(self, folder: str, raw: bytes, flags: Sequence[str], when: datetime) -> None:
        self.inner.append(folder, raw, flags, when)

    def has_message_id(self, folder: str, message_id: str) -> bool:
        return self.inner.has_message_id(folder, message_id)


class MaildirBox:
    """A Maildir in tmp_path; mail is delivered the Maildir way (tmp/ then new/)."""

    folder = "INBOX"

    def __init__(self, root: Path) -> None:
        self.root = root
        for sub in ("cur", "new", "tmp"):
            (root / sub).mkdir(parents=True)
        self.count = 0
        self.sources: list[DroppingSource] = []
        self.delivered: set[str] = set()

    def deliver(self, raws: Sequence[bytes], when: datetime | None = None) -> None:
        for raw in raws:
            self.count += 1
            name = f"{1700000000 + self.count}.M{self.count}P1.test"
            tmp = self.root / "tmp" / name
            tmp.write_bytes(raw)
            stamp = (when or datetime.now(UTC)).timestamp()
            os.utime(tmp, (stamp, stamp))
            os.rename(tmp, self.root / "new" / name)
            self.delivered.add(name)

    def open(self, batch_size: int = 200) -> Source:
        source = DroppingSource(MaildirSource(str(self.root)))
        self.sources.append(source)
        return source

    def reset_uidvalidity(self) -> None:
        (self.root / UIDLIST_NAME).unlink()

    def drop_connection(self) -> None:
        self.sources[-1].armed = True

    def untouched(self) -> bool:
        return set(os.listdir(self.root / "new")) == self.delivered and not os.listdir(self.root / "cur")


@pytest.fixture(params=["imap", "maildir"])
def box(request: pytest.FixtureRequest, tmp_path: Path) -> Box:
    if request.param == "imap":
        return ImapBox(request.getfixturevalue("imap_account"))
    return MaildirBox(tmp_path / "Maildir")


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "state"


def mails(n: int, tag: str = "m") -> list[bytes]:
    return [
        make_mail(f"{tag} {i}", message_id=make_msgid(idstring=f"{tag}{i}", domain="acme.example")) for i in range(n)
    ]


def _folder(store: Store, name: str) -> FolderRow:
    row = store.folder(name)
    assert row is not None, f"folder {name} is not on record"
    return row


def poll(box: Box, store: Store, *, batch_size: int = 200, **kwargs: object) -> sync.FolderReport:
    source = box.open(batch_size)
    reports = sync.poll_once(
        source, store, [box.folder], now=NOW, backfill=BACKFILL, policy=NO_WAIT, sleep=no_sleep, **kwargs  # type: ignore[arg-type]
    )
    assert len(reports) == 1
    return reports[0]


def test_new_mail_is_processed_exactly_once(box: Box, state_dir: Path) -> None:
    box.deliver(mails(3), NOW - timedelta(hours=1))
    store = Store.open(state_dir)
    first = poll(box, store)
    assert first.ok and first.fetched == 3 and first.recorded == 3
    second = poll(box, store)
    assert second.ok and second.fetched == 0
    rows = store.messages(box.folder)
    assert [r.outcome for r in rows] == ["recorded"] * 3
    assert len({r.uid for r in rows}) == 3
    assert _folder(store, box.folder).last_uid == max(r.uid for r in rows)


def test_restart_does_not_reprocess(box: Box, state_dir: Path) -> None:
    box.deliver(mails(4), NOW - timedelta(hours=1))
    store = Store.open(state_dir)
    assert poll(box, store).fetched == 4
    store.close()

    restarted = Store.open(state_dir)
    assert poll(box, restarted).fetched == 0
    box.deliver(mails(1, "late"), NOW)
    after = poll(box, restarted)
    assert after.fetched == 1 and after.recorded == 1
    assert len(restarted.messages(box.folder)) == 5


def test_uidvalidity_reset_loses_and_duplicates_nothing(box: Box, state_dir: Path) -> None:
    box.deliver(mails(3), NOW - timedelta(hours=1))
    store = Store.open(state_dir)
    before = poll(box, store)
    old_uidvalidity = _folder(store, box.folder).uidvalidity
    box.reset_uidvalidity()
    box.deliver(mails(1, "after-reset"), NOW)

    report = poll(box, store)

    assert report.ok and report.uidvalidity_changed
    assert _folder(store, box.folder).uidvalidity != old_uidvalidity == before.uidvalidity
    assert report.fetched == 4 and report.duplicates == 3 and report.recorded == 1
    acted = [r for r in store.messages(box.folder) if r.outcome == "recorded"]
    assert len(acted) == 4
    assert len({r.message_id for r in acted}) == 4  # every message acted on once, none twice
    assert poll(box, store).fetched == 0


def test_a_dropped_connection_mid_fetch_is_retried_and_loses_nothing(
    box: Box, state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # More messages than sync reads ahead, and groups (put in sent order before any is handed on)
    # smaller than the folder, so the drop lands while FETCHes are still going on.
    monkeypatch.setattr(sync, "HEAD_GROUP", 50)
    total = sync.PREFETCH_DEPTH + 150
    box.deliver(mails(total), NOW - timedelta(hours=1))
    store = Store.open(state_dir)
    handled: list[int] = []

    def handle_and_drop(store: Store, mail: FetchedMail, *, act: bool, now: datetime) -> intake.Handled:
        result = intake.handle_mail(store, mail, act=act, now=now)
        handled.append(mail.uid)
        if len(handled) == 25:
            box.drop_connection()
        return result

    report = poll(box, store, batch_size=10, handle=handle_and_drop)

    assert report.ok, report.error
    assert report.retries >= 1
    rows = store.messages(box.folder)
    assert len(rows) == total and all(r.outcome == "recorded" for r in rows)
    assert len({r.uid for r in rows}) == total
    assert _folder(store, box.folder).consecutive_errors == 0
    assert _folder(store, box.folder).last_error  # the drop is on record for `status`


def test_the_backfill_cutoff_is_honoured_on_the_first_sync_only(box: Box, state_dir: Path) -> None:
    box.deliver(mails(2, "old"), NOW - timedelta(days=30))
    box.deliver(mails(2, "recent"), NOW - timedelta(days=2))
    store = Store.open(state_dir)

    first = poll(box, store)

    assert first.backfill == 2 and first.recorded == 2
    by_subject = {r.message_id: r.outcome for r in store.messages(box.folder)}
    assert sorted(by_subject.values()) == ["backfill", "backfill", "recorded", "recorded"]
    assert all(o == "backfill" for mid, o in by_subject.items() if mid and "old" in mid)
    # After the first sync, mail is acted on whatever its date (a late delivery, a moved message).
    box.deliver(mails(1, "old-but-new-here"), NOW - timedelta(days=60))
    assert poll(box, store).recorded == 1


def test_mail_is_never_marked_read(box: Box, state_dir: Path) -> None:
    box.deliver(mails(3), NOW)
    store = Store.open(state_dir)
    assert poll(box, store).fetched == 3
    assert box.untouched()


def test_a_message_that_breaks_the_pipeline_is_recorded_and_the_folder_goes_on(
    box: Box, state_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    box.deliver(mails(3), NOW)
    store = Store.open(state_dir)

    def fragile(store: Store, mail: FetchedMail, *, act: bool, now: datetime) -> intake.Handled:
        if b"Subject: m 1\r\n" in mail.raw:
            raise ValueError("hostile mail")
        return intake.handle_mail(store, mail, act=act, now=now)

    report = poll(box, store, handle=fragile)

    assert report.ok and report.errors == 1 and report.recorded == 2
    failed = [r for r in store.messages(box.folder) if r.outcome == "error"]
    assert len(failed) == 1 and failed[0].error == "ValueError: hostile mail"
    assert failed[0].message_id and "m1" in failed[0].message_id
    logged = [r for r in caplog.records if r.name == "followup.sync" and "message failed" in r.getMessage()]
    assert len(logged) == 1 and f"uid={failed[0].uid}" in logged[0].getMessage()
    assert poll(box, store, handle=fragile).fetched == 0  # not retried forever


def test_a_backfill_message_that_breaks_the_pipeline_is_isolated_from_its_group(box: Box, state_dir: Path) -> None:
    box.deliver(mails(5, "old"), NOW - timedelta(days=30))  # recorded in one commit as a group
    store = Store.open(state_dir)

    def fragile(store: Store, mail: FetchedMail, *, act: bool, now: datetime) -> intake.Handled:
        with store.transaction():  # as the pipeline does: record and act in one commit
            result = intake.handle_mail(store, mail, act=act, now=now)
            if b"Subject: old 3\r\n" in mail.raw:
                raise RuntimeError("boom after writing")  # the row written above must not survive
            return result

    report = poll(box, store, handle=fragile)

    assert report.ok and report.backfill == 4 and report.errors == 1
    rows = store.messages(box.folder)
    assert len(rows) == 5 and len({r.uid for r in rows}) == 5
    [failed] = [r for r in rows if r.outcome == "error"]
    assert failed.error == "RuntimeError: boom after writing" and "old3" in (failed.message_id or "")


def test_a_missing_folder_is_reported_and_the_other_folders_go_on(box: Box, state_dir: Path) -> None:
    box.deliver(mails(2), NOW)
    store = Store.open(state_dir)
    source = box.open()

    missing, present = sync.poll_once(
        source, store, ["NoSuchFolder", box.folder], now=NOW, backfill=BACKFILL, policy=NO_WAIT, sleep=no_sleep
    )

    assert missing.error and "NoSuchFolder" in missing.error and "fix mailbox.folders" in missing.error
    assert "\n" not in missing.error
    assert present.ok and present.fetched == 2
    assert _folder(store, "NoSuchFolder").last_error == missing.error


def test_append_stores_a_message_that_has_message_id_finds(box: Box) -> None:
    source = box.open()
    source.connect()
    try:
        message_id = make_msgid(domain="followup.example")
        source.append(box.folder, make_mail("Sent copy", message_id=message_id), ["\\Seen"], NOW)
        assert source.has_message_id(box.folder, message_id)
        assert not source.has_message_id(box.folder, make_msgid(domain="followup.example"))
        status = source.status(box.folder)
        assert status.exists == 1
        [uid] = source.uids_after(box.folder, 0)
        [mail] = list(source.fetch(box.folder, [uid]))
        assert b"Subject: Sent copy" in mail.raw and mail.internal_date == NOW
    finally:
        source.close()


def test_uids_after_the_highest_is_empty(box: Box) -> None:
    """RFC 3501 §6.4.8: `UID n:*` matches the last message even when n is past it."""
    box.deliver(mails(2), NOW)
    source = box.open()
    source.connect()
    try:
        source.status(box.folder)
        uids = source.uids_after(box.folder, 0)
        assert len(uids) == 2 and uids == sorted(uids)
        assert source.uids_after(box.folder, uids[-1]) == []
        assert source.uids_after(box.folder, uids[-1] + 100) == []
        assert source.uids_after(box.folder, uids[0]) == uids[1:]
    finally:
        source.close()


def test_fetch_in_batches_yields_every_message_in_uid_order(box: Box) -> None:
    box.deliver(mails(23), NOW - timedelta(minutes=5))
    source = box.open(batch_size=7)
    source.connect()
    try:
        status = source.status(box.folder)
        uids = source.uids_after(box.folder, 0)
        fetched = list(source.fetch(box.folder, uids))
        assert [m.uid for m in fetched] == uids and len(uids) == 23 == status.exists
        assert all(m.uidvalidity == status.uidvalidity and m.folder == box.folder for m in fetched)
        assert all(m.internal_date == NOW - timedelta(minutes=5) for m in fetched)
    finally:
        source.close()


def test_progress_is_reported_for_a_long_sync(box: Box, state_dir: Path) -> None:
    box.deliver(mails(12), NOW)
    store = Store.open(state_dir)
    seen: list[tuple[str, int, int]] = []
    source = box.open(batch_size=5)
    sync.poll_once(
        source, store, [box.folder], now=NOW, backfill=BACKFILL, policy=NO_WAIT, sleep=no_sleep,
        progress=lambda folder, done, total: seen.append((folder, done, total)),
    )  # fmt: skip
    assert seen and seen[-1] == (box.folder, 12, 12)

