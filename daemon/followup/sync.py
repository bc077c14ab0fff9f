"""Folder synchronisation: what is new in a mailbox, fed through the pipeline exactly once.

Owns the UID + UIDVALIDITY bookkeeping against the store (RFC 3501 §2.3.1.1), the first-sync
backfill rule (older mail is recorded, not acted on), per-message fault isolation (a message
that makes the pipeline raise is recorded as an error and the folder goes on), and the retry
policy for transient mailbox faults (capped exponential backoff with full jitter, a bounded
number of attempts per poll so a poll never hangs). It talks to the mailbox only through the
Source protocol and never parses mail or logs bodies; the pipeline decides what a message means.

Restart safety: `handle` records a message and advances the folder's last UID in one commit, so
after a crash or a dropped connection the next attempt starts after the last recorded UID and
re-reads only what was not recorded.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import random
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol

from followup import intake
from followup.readahead import read_ahead
from followup.report import count
from followup.errors import PermanentSourceError, SourceError, StoreError, TransientSourceError
from followup.sentorder import in_sent_order
from followup.source import FetchedMail, HeaderFirst, Source
from followup.durations import Duration
from followup.store import FolderRow

log = logging.getLogger(__name__)


class FolderStore(Protocol):
    """What synchronisation needs from the store: folder bookkeeping, recording, one transaction."""

    def transaction(self) -> AbstractContextManager[object]: ...

    def folder(self, name: str) -> FolderRow | None: ...

    def set_uidvalidity(self, name: str, uidvalidity: int) -> None: ...

    def mark_first_sync(self, name: str, at: datetime) -> None: ...

    def record_poll_ok(self, name: str, at: datetime) -> None: ...

    def record_poll_error(self, name: str, at: datetime, error: str) -> None: ...

    def record_message(
        self, *, folder: str, uidvalidity: int, uid: int, message_id: str | None, sha256: str, outcome: str,
        at: datetime, error: str | None = None, kind: str | None = None, event_json: str | None = None,
    ) -> int: ...

    def tracking_version(self) -> int: ...

Handle = Callable[..., intake.Handled]
Progress = Callable[[int, int], None]
# The reason to leave a message unread, judged on its head against what is tracked at the given
# tracking version (the store's, read by the caller); None to read it.
Triage = Callable[[FetchedMail, int], "str | None"]


@dataclass(frozen=True)
class Backoff:
    """How transient faults are retried within one poll."""

    base_s: float = 1.0
    cap_s: float = 30.0
    attempts: int = 4  # tries per folder per poll, the first included


DEFAULT_BACKOFF = Backoff()


def backoff_delay(retry: int, policy: Backoff = DEFAULT_BACKOFF, rand: Callable[[], float] = random.random) -> float:
    """Seconds to wait before retry number `retry` (1-based): full jitter below a capped exponential.

    The ceiling is min(cap, base * 2**(retry-1)); the wait is uniform in [ceiling/2, ceiling]
    so that retries are spread out but never immediate.
    """
    if retry < 1:
        raise ValueError(f"retry counts from 1, got {retry}")
    ceiling = min(policy.cap_s, policy.base_s * (2 ** min(retry - 1, 62)))
    return float(ceiling / 2 + rand() * ceiling / 2)


@dataclass
class FolderReport:
    """What one poll of one folder did."""

    folder: str
    uidvalidity: int | None = None
    fetched: int = 0
    recorded: int = 0  # new messages acted on (recorded, event, own ...)
    backfill: int = 0
    duplicates: int = 0
    errors: int = 0  # messages that made the pipeline fail
    retries: int = 0
    uidvalidity_changed: bool = False
    error: str | None = None  # the fault that stopped the poll of this folder, if any
    outcomes: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None

    def __str__(self) -> str:
        parts = [f"{self.fetched} new"]
        for n, noun, nouns in ((self.backfill, "backfill", "backfill"), (self.duplicates, "duplicate", None),
                               (self.errors, "error", None)):  # fmt: skip
            if n:
                parts.append(count(n, noun, nouns))
        if self.uidvalidity_changed:
            parts.append("UIDVALIDITY changed, rescanned")
        if self.retries:
            parts.append(count(self.retries, "retry", "retries"))
        text = f"{self.folder}: {', '.join(parts)}"
        return f"{text}; FAILED: {self.error}" if self.error else text

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
        if outcome == intake.MessageOutcome.BACKFILL:
            self.backfill += 1
        elif outcome == intake.MessageOutcome.DUPLICATE:
            self.duplicates += 1
        elif outcome == intake.MessageOutcome.ERROR:
            self.errors += 1
        elif outcome != "seen":
            self.recorded += 1


def sync_folder(
    source: Source,
    store: FolderStore,
    folder: str,
    *,
    now: datetime,
    backfill: Duration,
    handle: Handle = intake.handle_mail,
    progress: Progress | None = None,
    report: FolderReport | None = None,
    triage: Triage | None = None,
) -> FolderReport:
    """Poll `folder` once on a connected source; raise SourceError on a mailbox fault.

    `triage(head, tracking_version)` says why a new message need not be read (None: read it);
    without it every message inside the backfill window is read whole.

    A transient fault leaves the store consistent: what was recorded stays recorded, and a
    retry (see `poll_once`) continues after the last recorded UID.
    """
    report = report or FolderReport(folder)
    status = source.status(folder)
    report.uidvalidity = status.uidvalidity
    row = store.folder(folder)
    if row is None or row.uidvalidity != status.uidvalidity:
        if row is not None and row.uidvalidity is not None:
            log.warning(
                "uidvalidity changed, rescanning folder=%s old=%d new=%d", folder, row.uidvalidity, status.uidvalidity
            )
            report.uidvalidity_changed = True
        store.set_uidvalidity(folder, status.uidvalidity)
        row = store.folder(folder)
        assert row is not None
    first_sync = row.first_sync_at is None
    cutoff = backfill_cutoff(now, backfill) if first_sync else None
    uids = source.uids_after(folder, row.last_uid)
    total = len(uids)
    if total:
        log.info("new mail folder=%s count=%d first_sync=%s", folder, total, first_sync)
    done = 0
    last_progress = 0.0
    group: list[FetchedMail] = []

    holding = [False]

    @contextlib.contextmanager
    def held() -> Iterator[None]:
        # What a reordered group left unrecorded is recorded before it commits: its UIDs may be
        # lower than those the commit makes the folder's last UID.
        holding[0] = True
        try:
            with store.transaction():
                yield
                _record_group(store, group, report, now=now, handle=handle)
        finally:
            holding[0] = False

    # Closed at once on a fault, so that a group held in one transaction is rolled back before a retry.
    with _Commits(store) as commits, contextlib.closing(
        _incoming(source, folder, uids, cutoff, triage, store.tracking_version, held)
    ) as incoming:
        for mail, act in incoming:
            report.fetched += 1
            if act or not mail.raw:
                _record_group(store, group, report, now=now, handle=handle)
                report.count(_handle_one(store, mail, act=act, now=now, handle=handle))
            else:
                group.append(mail)
                if len(group) >= BACKFILL_GROUP:
                    _record_group(store, group, report, now=now, handle=handle)
            done += 1
            if progress is not None:
                tick = time.monotonic()
                if tick - last_progress >= 0.2 or done == total:
                    progress(done, total)
                    last_progress = tick
            if not holding[0]:
                commits.now_and_then()
        _record_group(store, group, report, now=now, handle=handle)
    if progress is not None and total and done != total:
        progress(done, total)
    store.mark_first_sync(folder, now)
    store.record_poll_ok(folder, now)
    return report


class _Commits:
    """One write transaction over the messages handled in COMMIT_EVERY_S, then the next.

    A commit per message made a first sync pay a WAL write, and now and then a checkpoint, for
    each one. Each message is still recorded with the folder's last UID in one transaction, so
    a crash only makes the next run read that while again, and other writers (the CLI) wait at
    most that long. A mailbox fault commits what was handled whole before it: a connection that
    keeps dropping still lets each retry get further.
    """

    def __init__(self, store: FolderStore) -> None:
        self.store = store
        self.open: AbstractContextManager[object] | None = None
        self.since = 0.0

    def __enter__(self) -> _Commits:
        self.open, self.since = self.store.transaction(), time.monotonic()
        self.open.__enter__()
        return self

    def now_and_then(self) -> None:
        if time.monotonic() - self.since >= COMMIT_EVERY_S:
            self.__exit__(None, None, None)
            self.__enter__()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        held, self.open = self.open, None
        if held is not None:
            kept = exc is None or isinstance(exc, SourceError)
            held.__exit__(None, None, None) if kept else held.__exit__(kind, exc, exc.__traceback__ if exc else None)


def _in_window(mail: FetchedMail, cutoff: datetime | None) -> bool:
    return cutoff is None or mail.internal_date is None or mail.internal_date >= cutoff


def _incoming(
    source: Source,
    folder: str,
    uids: Sequence[int],
    cutoff: datetime | None,
    triage: Triage | None,
    tracking_version: Callable[[], int],
    atomic: Callable[[], AbstractContextManager[object]],
) -> Generator[tuple[FetchedMail, bool]]:
    """The new messages, each group of them in the order it was sent, each with whether to act on it.

    A group handed on out of UID order is handled in one transaction (`atomic`): the folder's
    last UID only grows, so a crash between a later UID and an earlier one must not keep the
    later one alone, or the earlier one would never be read.

    A message left unread (backfill, or triage found no reason to read it) comes as its head
    alone, with `skipped` saying why when triage decided. Each head is triaged once, and judged
    again only when what is tracked changed since (`tracking_version`).
    """
    if not isinstance(source, HeaderFirst):
        for group in _bounded_groups(read_ahead(source.fetch(folder, uids), PREFETCH_DEPTH, PREFETCH_BYTES)):
            ordered = in_sent_order(group, _mail_itself)
            with atomic() if ordered != group else contextlib.nullcontext():
                for mail in ordered:
                    act = _in_window(mail, cutoff)
                    reason = triage(mail, tracking_version()) if act and triage is not None else None
                    yield (replace(mail, skipped=reason), False) if reason else (mail, act)
        return
    for start in range(0, len(uids), HEAD_GROUP):
        heads = list(source.heads(folder, uids[start : start + HEAD_GROUP]))
        if triage is not None:
            # A multipart head is judged on its structure (a calendar part, an attached
            # message), asked for only when the message is in the window.
            unknown = [h for h in heads if h.parts is None and _in_window(h, cutoff)]
            if unknown:
                known = {h.uid: h for h in source.structures(folder, unknown)}
                heads = [known.get(h.uid, h) for h in heads]
        planned_at = tracking_version() if triage is not None else 0
        plan: list[tuple[FetchedMail, bool, str | None]] = []
        for head in heads:
            act = _in_window(head, cutoff)
            plan.append((head, act, triage(head, planned_at) if act and triage is not None else None))
        in_order = in_sent_order(plan, _head_of)
        with atomic() if in_order != plan else contextlib.nullcontext():
            yield from _in_plan_order(source, folder, in_order, triage, tracking_version, planned_at)


def _in_plan_order(
    source: HeaderFirst,
    folder: str,
    plan: list[tuple[FetchedMail, bool, str | None]],
    triage: Triage | None,
    tracking_version: Callable[[], int],
    planned_at: int,
) -> Iterator[tuple[FetchedMail, bool]]:
    """Hand on one group of heads as planned, in the plan's order, reading the bodies to act on."""
    read_since, version = False, planned_at
    bodies = _bodies_in_order(source, folder, [head for head, act, reason in plan if act and reason is None])
    for head, act, reason in plan:
        if not act:
            yield head, False
        elif reason is None:
            mail = next(bodies)
            if mail is not None:
                yield mail, True
                read_since = True
            # else: expunged between the two FETCHes, nothing to record
        else:
            # What is tracked may have grown since the plan (an interview found a few
            # messages back): a message left unread then is judged again now. Only a
            # message read since can have changed it; the version says whether it did.
            if read_since:
                version, read_since = tracking_version(), False
            if version == planned_at:
                yield replace(head, skipped=reason), False
                continue
            again = triage(head, version) if triage is not None else None
            if again is None:
                yield from ((m, True) for m in source.bodies(folder, [head]))
            else:
                yield replace(head, skipped=again), False


def _head_of(step: tuple[FetchedMail, bool, str | None]) -> FetchedMail:
    return step[0]


def _mail_itself(mail: FetchedMail) -> FetchedMail:
    return mail


def _bodies_in_order(source: HeaderFirst, folder: str, heads: list[FetchedMail]) -> Iterator[FetchedMail | None]:
    """The bodies of `heads` in the order of `heads` (None for one expunged meanwhile).

    Read a run of heads at a time, at most PREFETCH_BYTES of them, since the server sends
    them in UID order and a run must be held whole to be handed on in another.
    """
    start = 0
    while start < len(heads):
        end, size = start + 1, heads[start].full_size
        while end < len(heads) and size + heads[end].full_size <= PREFETCH_BYTES:
            size += heads[end].full_size
            end += 1
        run = heads[start:end]
        if all(a.uid < b.uid for a, b in itertools.pairwise(run)):
            read = source.bodies(folder, run)  # already in UID order: streamed, nothing held
            pending = next(read, None)
            for head in run:
                if pending is not None and pending.uid == head.uid:
                    yield pending
                    pending = next(read, None)
                else:
                    yield None
        else:
            by_uid = {mail.uid: mail for mail in source.bodies(folder, run)}
            yield from (by_uid.pop(head.uid, None) for head in run)
        start = end


def _bounded_groups(mails: Iterator[FetchedMail]) -> Iterator[list[FetchedMail]]:
    """`mails` in groups of at most HEAD_GROUP messages and PREFETCH_BYTES, to be put in sent order.

    On a fault of the fetch, what was read before it is handed on first: a connection that
    keeps dropping part-way still lets each retry get further.
    """
    group: list[FetchedMail] = []
    size = 0
    try:
        for mail in mails:
            if group and (len(group) >= HEAD_GROUP or size + len(mail.raw) > PREFETCH_BYTES):
                yield group
                group, size = [], 0
            group.append(mail)
            size += len(mail.raw)
    except Exception:
        if group:
            yield group
        raise
    if group:
        yield group


PREFETCH_DEPTH = 256
PREFETCH_BYTES = 32_000_000  # read ahead at most this much message text
HEAD_GROUP = 1000  # heads judged per round before their bodies are fetched
BACKFILL_GROUP = 200  # backfill messages recorded per group (rolled back and redone alone on a failure)
COMMIT_EVERY_S = 0.5  # how long one write transaction of a sync stays open
def _record_group(
    store: FolderStore, group: list[FetchedMail], report: FolderReport, *, now: datetime, handle: Handle
) -> None:
    """Record backfill messages (act=False: nothing is acted on) in one commit, then clear `group`.

    One commit per message is what makes a large first sync slow; backfill mail has no effect
    beyond its record, so a crash mid-group only means the group is read again. If one message
    of the group makes `handle` raise, the whole group is rolled back and redone one message per
    commit, so the failure is recorded against that message alone.
    """
    if not group:
        return
    try:
        with store.transaction():
            outcomes = [handle(store, mail, act=False, now=now).outcome for mail in group]
    except (StoreError, SourceError):
        raise
    except Exception:
        outcomes = [_handle_one(store, mail, act=False, now=now, handle=handle) for mail in group]
    for outcome in outcomes:
        report.count(outcome)
    group.clear()


def _handle_one(store: FolderStore, mail: FetchedMail, *, act: bool, now: datetime, handle: Handle) -> str:
    """Run the pipeline on one message; a failure is recorded against the message, not raised."""
    if not mail.raw:
        message_id = None
        error = "the server returned no content for this message"
        log.warning("message without content folder=%s uid=%d", mail.folder, mail.uid)
    else:
        try:
            return handle(store, mail, act=act, now=now).outcome
        except (StoreError, SourceError):
            raise
        except Exception as exc:
            message_id = intake.header_message_id(mail.raw)
            error = " ".join(f"{type(exc).__name__}: {exc}".split())[:500]
            log.exception(
                "message failed folder=%s uid=%d message_id=%s", mail.folder, mail.uid, message_id or "-"
            )
    store.record_message(
        folder=mail.folder,
        uidvalidity=mail.uidvalidity,
        uid=mail.uid,
        message_id=message_id,
        sha256=intake.identity_hash(mail),
        outcome=intake.MessageOutcome.ERROR,
        at=now,
        error=error,
    )
    return intake.MessageOutcome.ERROR


def poll_once(
    source: Source,
    store: FolderStore,
    folders: Sequence[str],
    *,
    now: datetime,
    backfill: Duration,
    handle: Handle = intake.handle_mail,
    progress: Callable[[str, int, int], None] | None = None,
    policy: Backoff = DEFAULT_BACKOFF,
    sleep: Callable[[float], None] = time.sleep,
    rand: Callable[[], float] = random.random,
    triage: Triage | None = None,
) -> list[FolderReport]:
    """Poll every folder once, reconnecting on transient faults; never raises SourceError.

    Each fault is recorded on its folder (`status` shows it). A permanent fault (wrong password,
    TLS failure) ends the poll for every folder; a missing folder ends only that folder.
    `progress(folder, done, total)` is called during long fetches.
    """
    reports = [FolderReport(f) for f in folders]
    connected = False
    for index, report in enumerate(reports):
        folder = report.folder
        fold_progress = (lambda d, t, _f=folder: progress(_f, d, t)) if progress is not None else None
        for attempt in range(1, policy.attempts + 1):
            stage = "connect"
            try:
                if not connected:
                    source.connect()
                    connected = True
                stage = "sync"
                sync_folder(
                    source, store, folder, now=now, backfill=backfill, handle=handle,
                    progress=fold_progress, report=report, triage=triage,
                )  # fmt: skip
                report.error = None
                break
            except TransientSourceError as exc:
                connected = False
                source.close()
                report.error = str(exc)
                store.record_poll_error(folder, now, str(exc))
                if attempt < policy.attempts:
                    report.retries += 1
                    delay = backoff_delay(attempt, policy, rand)
                    log.warning(
                        "mailbox fault, retrying in %.1fs folder=%s attempt=%d error=%s", delay, folder, attempt, exc
                    )
                    sleep(delay)
                    continue
                log.error("folder poll failed folder=%s attempts=%d error=%s", folder, attempt, exc)
                if stage == "connect":
                    # The server is out of reach: the other folders would only wait for the same.
                    _fail_rest(store, reports[index + 1 :], now, exc)
                    return reports
            except PermanentSourceError as exc:
                connected = False
                source.close()
                report.error = str(exc)
                store.record_poll_error(folder, now, str(exc))
                log.error("folder poll failed folder=%s error=%s", folder, exc)
                if stage == "connect":
                    # Login or TLS: no folder can be read; say so on each one, without retrying.
                    _fail_rest(store, reports[index + 1 :], now, exc)
                    return reports
                # A missing folder: the others are still worth reading, on a fresh connection.
                break
    source.close()
    return reports


def _fail_rest(store: FolderStore, reports: Sequence[FolderReport], now: datetime, exc: SourceError) -> None:
    for report in reports:
        report.error = str(exc)
        store.record_poll_error(report.folder, now, str(exc))


def backfill_cutoff(now: datetime, backfill: Duration) -> datetime:
    """The instant before which first-sync mail is recorded, not acted on."""
    return now - backfill.timedelta

