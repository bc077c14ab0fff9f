"""The daemon: one pass (`run_once`) and the loop the `schedule` library drives (`run_forever`).

Also the folder health rule used by `status`: a folder is unhealthy when it has never been
polled successfully, when its last good poll is older than three poll intervals, or after
three failed polls in a row. A silent zero must not look like a healthy zero.
"""

from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from types import FrameType

import schedule

from followup.clock import Clock, SystemClock
from collections.abc import Callable

from followup.config import Config, Secret, read_config, resolve_secret
from followup.errors import ConfigError, FollowupError
from followup.runtime import Runtime, load_runtime
from followup.send import Sender
from followup.source import Source, open_source
from followup.spec import Duration
from followup.store import FolderRow, Store

log = logging.getLogger(__name__)

STALE_POLLS = 3
FAILED_POLLS = 3


@dataclass(frozen=True)
class FolderHealth:
    """Whether a folder is healthy, and a short phrase saying why."""

    healthy: bool
    summary: str


def folder_health(row: FolderRow | None, poll_every: Duration, now: datetime) -> FolderHealth:
    """Judge a folder's health from what the store knows of it."""
    if row is None or row.last_poll_ok is None:
        if row is not None and row.last_error:
            return FolderHealth(False, "never polled successfully")
        return FolderHealth(False, "not polled yet (is the daemon running?)")
    if row.consecutive_errors >= FAILED_POLLS:
        return FolderHealth(False, f"{row.consecutive_errors} failed polls in a row")
    age = now - row.last_poll_ok
    limit = timedelta(seconds=max(poll_every.seconds, 1) * STALE_POLLS)
    if age > limit:
        return FolderHealth(False, f"no successful poll for {_span(age)}")
    return FolderHealth(True, f"polled {_span(age)} ago")


def _span(delta: timedelta) -> str:
    seconds = int(max(delta.total_seconds(), 0))
    if seconds < 120:
        return f"{seconds}s"
    if seconds < 7200:
        return f"{seconds // 60}m"
    if seconds < 172800:
        return f"{seconds // 3600}h"
    return f"{seconds // 86400}d"


@dataclass
class RunReport:
    """What one pass did, for the terminal and the log."""

    polled: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [*self.polled, *self.actions]


def mailbox_password(config: Config) -> Secret | None:
    """Resolve the mailbox password (IMAP only), at connect time."""
    if config.mailbox.source != "imap" or config.mailbox.password is None:
        return None
    return resolve_secret(config.mailbox.password, "mailbox.password")


def make_source(config: Config) -> Source:
    """The configured mailbox source, not yet connected."""
    return open_source(config.mailbox, mailbox_password(config), config.base_dir)


def run_once(
    rt: Runtime,
    store: Store,
    clock: Clock,
    *,
    sender: Sender | None = None,
    source_factory: Callable[[], Source] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    progress: Callable[[str, int, int], None] | None = None,
) -> RunReport:
    """One poll of every folder, then reconcile, approvals, dispatch and notices."""
    from followup import approvals, outbox, pipeline, sync

    config = rt.config
    report = RunReport()
    factory = source_factory or (lambda: make_source(config))
    now = clock.now()
    results = sync.poll_once(
        factory(),
        store,
        config.mailbox.folders,
        now=now,
        backfill=config.mailbox.backfill,
        handle=pipeline.make_handler(rt),
        progress=progress,
    )
    report.polled.extend(str(r) for r in results)
    now = clock.now()
    sent_folder = config.smtp.save_sent_to if config.smtp else None
    for outcome in outbox.reconcile_sending(store, now, factory, sent_folder):
        report.actions.append(f"follow-up #{outcome.followup_id} left mid-send: {outcome.action} ({outcome.detail})")
    approvals.housekeeping(rt, store, now)
    if sender is None and config.smtp is not None:
        sender = outbox.make_sender(rt)
    if sender is not None:
        requested = approvals.send_requests(rt, store, now, sender)
        if requested:
            report.actions.append(f"approval requests mailed: {requested}")
        dispatched = outbox.dispatch_due(rt, store, now, sender=sender, source_factory=factory, should_stop=should_stop)
        if dispatched.paused:
            report.actions.append("paused: nothing sent (followup resume)")
        for o in dispatched.outcomes:
            report.actions.append(f"follow-up #{o.followup_id}: {o.action} ({o.detail})")
        approvals.send_notices(rt, store, now, sender)
    return report


class _Stop:
    def __init__(self) -> None:
        self.event = threading.Event()
        self.reload = threading.Event()

    def on_term(self, signum: int, frame: FrameType | None) -> None:
        log.info("stopping signal=%s", signal.Signals(signum).name)
        self.event.set()

    def on_hup(self, signum: int, frame: FrameType | None) -> None:
        self.reload.set()


def run_forever(rt: Runtime, store: Store, config_file: Path, clock: Clock | None = None) -> int:
    """Poll and dispatch on the configured interval until SIGTERM/SIGINT; SIGHUP reloads."""
    clock = clock or SystemClock()
    stop = _Stop()
    signal.signal(signal.SIGTERM, stop.on_term)
    signal.signal(signal.SIGINT, stop.on_term)
    signal.signal(signal.SIGHUP, stop.on_hup)
    current = {"rt": rt}

    def pass_job() -> None:
        try:
            for line in run_once(current["rt"], store, clock, should_stop=stop.event.is_set).lines():
                log.info("%s", line)
        except FollowupError as exc:
            log.error("pass failed: %s", exc)
        except Exception:
            log.exception("pass failed unexpectedly")

    scheduler = schedule.Scheduler()
    scheduler.every(max(int(rt.config.mailbox.poll_every.seconds), 1)).seconds.do(pass_job)
    log.info("started folders=%s state_dir=%s", ",".join(rt.config.mailbox.folders), rt.config.state_path)
    pass_job()
    while not stop.event.is_set():
        if stop.reload.is_set():
            stop.reload.clear()
            try:
                current["rt"] = load_runtime(read_config(config_file))
                log.info("config, rules and templates reloaded path=%s", config_file)
            except ConfigError as exc:
                for problem in exc.problems:
                    log.error("reload refused, keeping the last good config: %s", problem)
        scheduler.run_pending()
        stop.event.wait(timeout=min(1.0, max(scheduler.idle_seconds or 1.0, 0.05)))
    log.info("stopped")
    return 0
