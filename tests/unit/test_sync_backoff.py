"""The retry policy of sync: capped exponential backoff with jitter, bounded attempts per poll.

`backoff_delay` is pure; `poll_once` is driven here through a FakeSource (the Source Protocol
seam) that fails on a script, with an injected sleep and random, and a real Store in tmp_path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, UTC
from pathlib import Path

import pytest

from followup import intake, sync
from followup.errors import PermanentSourceError, TransientSourceError
from followup.source import FetchedMail, FolderStatus
from followup.spec import Duration
from followup.store import Store

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
POLICY = sync.Backoff(base_s=1.0, cap_s=30.0, attempts=4)


def _always(value: float) -> Callable[[], float]:
    return lambda: value


@pytest.mark.parametrize(
    ("retry", "low", "high"),
    [(1, 0.5, 1.0), (2, 1.0, 2.0), (3, 2.0, 4.0), (5, 8.0, 16.0), (6, 15.0, 30.0), (7, 15.0, 30.0), (500, 15.0, 30.0)],
)
def test_backoff_doubles_up_to_the_cap_with_jitter_in_the_upper_half(retry: int, low: float, high: float) -> None:
    assert sync.backoff_delay(retry, POLICY, rand=lambda: 0.0) == low
    assert sync.backoff_delay(retry, POLICY, rand=lambda: 1.0) == high
    assert low <= sync.backoff_delay(retry, POLICY, rand=lambda: 0.37) <= high


def test_backoff_never_exceeds_the_cap_whatever_the_random_draw() -> None:
    policy = sync.Backoff(base_s=0.25, cap_s=5.0, attempts=3)
    draws = [i / 100 for i in range(101)]
    delays = [sync.backoff_delay(r, policy, rand=_always(d)) for r in range(1, 40) for d in draws]
    assert max(delays) == 5.0 and min(delays) == 0.125


def test_backoff_refuses_a_retry_number_below_one() -> None:
    with pytest.raises(ValueError, match="retry counts from 1"):
        sync.backoff_delay(0)


class FakeSource:
    """An in-memory Source whose calls fail according to a script of exceptions."""

    def __init__(self, messages: dict[int, bytes], *, connect_faults: Sequence[Exception] = (),
                 fetch_faults: Sequence[Exception] = (), fail_after: int = 0,
                 broken_uid: tuple[str, int] | None = None) -> None:  # fmt: skip
        self.messages = messages
        self.connect_faults = list(connect_faults)
        self.fetch_faults = list(fetch_faults)
        self.fail_after = fail_after
        self.broken_uid = broken_uid
        self.connects = 0
        self.closes = 0

    def connect(self) -> None:
        self.connects += 1
        if self.connect_faults:
            raise self.connect_faults.pop(0)

    def close(self) -> None:
        self.closes += 1

    def find_sent_folder(self) -> tuple[str | None, str]:
        return "Sent", "the fake's Sent folder"

    def status(self, folder: str) -> FolderStatus:
        return FolderStatus(folder, 7, max(self.messages, default=0) + 1, len(self.messages))

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        return sorted(u for u in self.messages if u > last_uid)

    def fetch(self, folder: str, uids: Sequence[int]) -> Iterator[FetchedMail]:
        for n, uid in enumerate(uids):
            if n == self.fail_after and self.fetch_faults:
                raise self.fetch_faults.pop(0)
            if (folder, uid) == self.broken_uid:
                raise TransientSourceError(f"connection dropped at uid {uid}")
            yield FetchedMail(folder, 7, uid, self.messages[uid], NOW)

    def append(self, folder: str, raw: bytes, flags: Sequence[str], when: datetime) -> None:
        raise AssertionError("not used")

    def has_message_id(self, folder: str, message_id: str) -> bool:
        raise AssertionError("not used")


def mail(i: int) -> bytes:
    return f"Message-ID: <{i}@x.example>\r\nSubject: {i}\r\n\r\nbody\r\n".encode()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "state")


def run(
    source: FakeSource, store: Store, folders: Sequence[str] = ("INBOX",)
) -> tuple[list[sync.FolderReport], list[float]]:
    sleeps: list[float] = []
    reports = sync.poll_once(
        source, store, folders, now=NOW, backfill=Duration.parse("14d"), policy=POLICY,
        sleep=sleeps.append, rand=lambda: 1.0,
    )  # fmt: skip
    return reports, sleeps


def test_a_transient_connect_fault_is_retried_with_growing_waits(store: Store) -> None:
    source = FakeSource({1: mail(1)}, connect_faults=[TransientSourceError("refused")] * 2)
    [report], sleeps = run(source, store)
    assert report.ok and report.fetched == 1 and report.retries == 2
    assert sleeps == [1.0, 2.0] and source.connects == 3


def test_a_fault_mid_fetch_resumes_after_the_last_recorded_uid(store: Store) -> None:
    source = FakeSource(
        {u: mail(u) for u in range(1, 11)}, fetch_faults=[TransientSourceError("dropped")], fail_after=4
    )
    [report], sleeps = run(source, store)
    assert report.ok and report.retries == 1 and sleeps == [1.0]
    assert [r.uid for r in store.messages("INBOX")] == list(range(1, 11))
    row = store.folder("INBOX")
    assert row is not None and row.last_uid == 10 and row.consecutive_errors == 0 and row.last_error == "dropped"


def test_attempts_are_capped_so_a_poll_never_hangs(store: Store) -> None:
    source = FakeSource({1: mail(1)}, connect_faults=[TransientSourceError("down")] * 100)
    reports, sleeps = run(source, store, ("INBOX", "Jobs"))
    assert [r.error for r in reports] == ["down", "down"]
    # An unreachable server is tried `attempts` times in all, not once more per folder.
    assert source.connects == POLICY.attempts and sleeps == [1.0, 2.0, 4.0]
    inbox, jobs = store.folder("INBOX"), store.folder("Jobs")
    assert inbox is not None and inbox.consecutive_errors == POLICY.attempts and inbox.last_poll_ok is None
    assert jobs is not None and jobs.consecutive_errors == 1 and jobs.last_error == "down"


def test_a_folder_that_keeps_failing_does_not_stop_the_next_one(store: Store) -> None:
    source = FakeSource({1: mail(1), 2: mail(2)}, broken_uid=("INBOX", 2))
    bad, good = run(source, store, ("INBOX", "Jobs"))[0]
    assert bad.error == "connection dropped at uid 2" and bad.fetched == 1 and bad.retries == POLICY.attempts - 1
    assert good.ok and good.fetched == 2
    assert [(r.folder, r.uid) for r in store.messages()] == [("INBOX", 1), ("Jobs", 1), ("Jobs", 2)]


def test_a_permanent_connect_fault_stops_the_poll_without_waiting(store: Store) -> None:
    source = FakeSource({1: mail(1)}, connect_faults=[PermanentSourceError("wrong password")])
    reports, sleeps = run(source, store, ("INBOX", "Jobs"))
    assert [r.error for r in reports] == ["wrong password", "wrong password"]
    assert sleeps == [] and source.connects == 1 and store.messages() == []


def test_a_successful_poll_clears_the_error_streak(store: Store) -> None:
    failing = FakeSource({1: mail(1)}, connect_faults=[TransientSourceError("down")] * 100)
    run(failing, store)
    row = store.folder("INBOX")
    assert row is not None and row.consecutive_errors == POLICY.attempts
    [report], _ = run(FakeSource({1: mail(1)}), store)
    row = store.folder("INBOX")
    assert report.ok and row is not None and row.consecutive_errors == 0 and row.last_poll_ok == NOW


def test_the_report_reads_as_one_line(store: Store) -> None:
    [report], _ = run(FakeSource({1: mail(1), 2: mail(2)}, connect_faults=[TransientSourceError("x")]), store)
    assert str(report) == "INBOX: 2 new, 1 retry"
    [failed], _ = run(FakeSource({}, connect_faults=[PermanentSourceError("bad login")]), store)
    assert str(failed) == "INBOX: 0 new; FAILED: bad login"


def test_the_report_counts_agree_with_their_nouns() -> None:
    one = sync.FolderReport("INBOX", fetched=1, backfill=1, duplicates=1, errors=1, retries=1)
    assert str(one) == "INBOX: 1 new, 1 backfill, 1 duplicate, 1 error, 1 retry"
    two = sync.FolderReport("INBOX", fetched=2, backfill=2, duplicates=2, errors=2, retries=2)
    assert str(two) == "INBOX: 2 new, 2 backfill, 2 duplicates, 2 errors, 2 retries"


class Crash(BaseException):
    """The process dying mid-group (nothing catches it)."""


def test_a_crash_inside_a_group_handed_on_out_of_uid_order_loses_no_earlier_uid(store: Store) -> None:
    dates = {
        1: "Mon, 14 Dec 2026 16:00:00 +0000",
        2: "Tue, 01 Dec 2026 09:00:00 +0000",
        3: "Sat, 05 Dec 2026 09:00:00 +0000",
    }
    source = FakeSource({uid: f"Date: {d}\r\n".encode() + mail(uid) for uid, d in dates.items()})
    handled: list[int] = []

    def handle(st: Store, m: FetchedMail, *, act: bool, now: datetime, crash: bool = True) -> intake.Handled:
        if crash and m.uid == 1:
            raise Crash
        handled.append(m.uid)
        return intake.handle_mail(st, m, act=act, now=now)

    with pytest.raises(Crash):
        sync.sync_folder(source, store, "INBOX", now=NOW, backfill=Duration.parse("14d"), handle=handle)
    assert handled == [2, 3]  # in the order they were sent
    row = store.folder("INBOX")
    assert store.messages() == [] and (row is None or row.last_uid == 0)  # the group was rolled back whole
    handled.clear()
    sync.sync_folder(source, store, "INBOX", now=NOW, backfill=Duration.parse("14d"),
                     handle=lambda st, m, **kw: handle(st, m, **kw, crash=False))  # fmt: skip
    assert handled == [2, 3, 1] and sorted(m.uid for m in store.messages()) == [1, 2, 3]


def commits(store: Store) -> list[str]:
    """The COMMITs the store's connection runs from now on."""
    seen: list[str] = []
    store._connect().set_trace_callback(lambda sql: seen.append(sql) if sql.strip().upper() == "COMMIT" else None)
    return seen


def test_a_first_sync_commits_now_and_then_not_once_per_message(store: Store) -> None:
    source = FakeSource({u: mail(u) for u in range(1, 31)})
    done = commits(store)
    [report], _ = run(source, store)
    assert report.ok and report.fetched == 30 and len(store.messages("INBOX")) == 30
    assert len(done) <= 5  # the sync's own, the folder's bookkeeping: not one per message


def test_each_message_commits_alone_when_the_interval_is_zero(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync, "COMMIT_EVERY_S", 0.0)
    done = commits(store)
    [report], _ = run(FakeSource({u: mail(u) for u in range(1, 11)}), store)
    assert report.ok and len(done) >= 10


def test_what_was_handled_before_a_mailbox_fault_is_kept_for_the_retry(store: Store) -> None:
    source = FakeSource(
        {u: mail(u) for u in range(1, 11)}, fetch_faults=[TransientSourceError("dropped")], fail_after=4
    )
    handled: list[int] = []

    def handle(st: Store, m: FetchedMail, *, act: bool, now: datetime) -> intake.Handled:
        handled.append(m.uid)
        return intake.handle_mail(st, m, act=act, now=now)

    [report] = sync.poll_once(
        source, store, ["INBOX"], now=NOW, backfill=Duration.parse("14d"), policy=POLICY, handle=handle,
        sleep=lambda s: None, rand=lambda: 1.0,
    )  # fmt: skip
    assert report.ok and report.retries == 1
    assert handled == list(range(1, 11))  # none handled twice
