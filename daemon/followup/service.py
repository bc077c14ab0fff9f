"""The daemon: one pass (`run_once`) and the loop the `schedule` library drives (`run_forever`).

Also the folder health rule used by `status`: a folder is unhealthy when it has never been
polled successfully, when its last good poll is older than three poll intervals, or after
three failed polls in a row. A silent zero must not look like a healthy zero.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

import schedule

from followup.clock import Clock, SystemClock

from followup.errors import ConfigError, FollowupError
from followup.model import FollowUpState
from followup.runtime import Runtime, load_runtime, read_settings
from followup.sdnotify import SystemdNotifier
from followup.source import Source, open_source
from followup.durations import Duration
from followup.settings import Secret, Settings, resolve_secret
from followup.store import FolderRow, Store

if TYPE_CHECKING:
    from followup import sync
    from followup.send import Sender

log = logging.getLogger(__name__)

STALE_POLLS = 3
FAILED_POLLS = 3
# One IDLE lasts at most this long before it is re-issued: far inside RFC 2177's 29 minutes,
# and short enough that a stop or a reload is noticed promptly.
IDLE_CYCLE_S = 60.0
# Between polls, due follow-ups, approval requests and notices are looked at this often.
WORK_EVERY_S = 5
IDLE_BACKOFF_CAP_S = 300.0
# The daemon's outbound work (housekeeping, dispatch) stops between two items once a pass has run
# this long, and at once when new mail is announced: a poll never waits long behind it. One send
# already begun still finishes (its own timeout bounds it).
PASS_BUDGET_S = 0.5


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
    if row.consecutive_errors:
        return FolderHealth(True, f"polled {_span(age)} ago, but the last attempt failed")
    return FolderHealth(True, f"polled {_span(age)} ago")


def status_data(config: Settings, store: Store, now: datetime) -> dict[str, Any]:
    """Gather the health report: folders, follow-ups by state, pause switch, what needs the owner."""
    from followup.review import needs_you
    from followup.runtime import Runtime

    folders = []
    known = {f.name: f for f in store.folders()}
    for name in config.mailbox.folders:
        row = known.get(name)
        health = folder_health(row, config.mailbox.poll_every, now)
        folders.append(
            {
                "folder": name,
                "healthy": health.healthy,
                "state": health.summary,
                "last_poll_ok": row.last_poll_ok.isoformat() if row and row.last_poll_ok else None,
                "last_error": row.last_error if row else None,
                "last_error_at": row.last_error_at.isoformat() if row and row.last_error_at else None,
                "messages_seen": row.seen if row else 0,
            }
        )
    attention = [
        {"id": fu.id, "state": fu.state.value, "rule": fu.rule, "to": fu.recipient.email, "why": fu.last_error}
        for state in (FollowUpState.failed, FollowUpState.unknown)
        for fu in store.followups(state)
    ]
    revoked: list[str] = []
    if config.uses_oauth2:
        from followup.oauth import revoked_sign_ins

        revoked = revoked_sign_ins(config)
    for f in folders:
        if revoked:
            # A revoked sign-in stops every poll until `followup login`: no folder is healthy.
            f["healthy"], f["state"] = False, revoked[0]
    return {
        "paused": store.is_paused(),
        "sign_in_revoked": revoked,
        "folders": folders,
        "followups": store.followup_counts(),
        "needs_attention": attention,
        "needs_you": [i.to_json() for i in needs_you(Runtime(config), store, now)],
        "notices_waiting": len(store.unsent_notices()),
        "messages": store.message_counts(),
        "state_dir": str(config.state_path),
    }


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
    failed_folders: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [*self.polled, *self.actions]

    @property
    def ok(self) -> bool:
        """False when a folder could not be polled (login refused, unreachable): a problem to fix."""
        return not self.failed_folders


def mailbox_password(config: Settings) -> Secret | None:
    """Resolve the mailbox password (IMAP only), at connect time."""
    m = config.mailbox
    if m.source != "imap" or m.password is None or m.auth != "password":
        return None
    return resolve_secret(m.password, "mailbox.password")


def make_source(config: Settings) -> Source:
    """The configured mailbox source, not yet connected."""
    tokens = None
    if config.mailbox.auth == "oauth2":
        from followup.oauth import mailbox_tokens

        tokens = mailbox_tokens(config)
    return open_source(config.mailbox, mailbox_password(config), config.base_dir, tokens)


def run_once(
    rt: Runtime,
    store: Store,
    clock: Clock,
    *,
    sender: Sender | None = None,
    source_factory: Callable[[], Source] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    progress: Callable[[str, int, int], None] | None = None,
    poll: bool = True,
    budget_s: float | None = None,
    triage: sync.Triage | None = None,
) -> RunReport:
    """One poll of every folder (unless `poll` is False), then reconcile, approvals, dispatch, notices.

    `should_stop` is asked between drafts and between sends; with `budget_s`, the outbound side
    also stops once the pass has run that long. What is left goes on in the next pass. A
    `triage` kept from pass to pass (the daemon's) keeps what it read of the tracked state.
    """
    from followup import inquiries, route, sync

    config = rt.config
    deadline = None if budget_s is None else time.monotonic() + budget_s

    def out_of_time() -> bool:
        return should_stop() or (deadline is not None and time.monotonic() >= deadline)

    report = RunReport()
    factory = source_factory or (lambda: make_source(config))
    mark = store.change_marker()
    if poll:
        try:
            source = factory()
        except FollowupError as exc:
            # The source cannot even be built (a secret command failed, a credential file is
            # missing): say so on every folder, where `status` shows it, and go on with the
            # sending side.
            for folder in config.mailbox.folders:
                store.record_poll_error(folder, clock.now(), str(exc))
                report.polled.append(f"{folder}: FAILED: {exc}")
                report.failed_folders.append(folder)
        else:
            results = sync.poll_once(
                source,
                store,
                config.mailbox.folders,
                now=clock.now(),
                backfill=config.mailbox.backfill,
                handle=route.make_handler(rt),
                progress=progress,
                triage=triage or route.make_triage(rt, store),
            )
            report.polled.extend(str(r) for r in results)
            report.failed_folders.extend(r.folder for r in results if not r.ok)
        notice_revoked_sign_ins(rt, store, clock.now())
    now = clock.now()
    settle_past_interviews(store, now)
    inquiries.ask_for_addresses(store, now)
    if not _has_work(rt, store, now):
        # The common idle case: nothing waits, so the sending side is not even loaded.
        return _with_news(report, store, mark)
    from followup import outbox
    from followup.approval import jobs as approval_jobs

    for outcome in outbox.reconcile_sending(store, now, factory, outbox.sent_folder(rt)):
        report.actions.append(f"follow-up #{outcome.followup_id} left mid-send: {outcome.action} ({outcome.detail})")
    if not approval_jobs.housekeeping(rt, store, now, should_stop=out_of_time):
        log.debug("housekeeping cut short; it goes on in the next pass")
    approval_jobs.daily_summary(rt, store, now)
    if sender is None and config.smtp is not None:
        sender = outbox.make_sender(rt)
    if sender is not None:
        requested = approval_jobs.send_requests(rt, store, now, sender)
        if requested:
            report.actions.append(f"approval requests mailed: {requested}")
        asked = inquiries.send_inquiries(rt, store, now, sender)
        if asked:
            report.actions.append(f"questions mailed to you: {asked}")
        dispatched = outbox.dispatch_due(rt, store, now, sender=sender, source_factory=factory, should_stop=out_of_time)
        if dispatched.paused:
            report.actions.append("paused: nothing sent (followup resume)")
        for o in dispatched.outcomes:
            report.actions.append(f"follow-up #{o.followup_id}: {o.action} ({o.detail})")
        approval_jobs.send_notices(rt, store, now, sender)
    return _with_news(report, store, mark)


def _with_news(report: RunReport, store: Store, mark: tuple[int, int]) -> RunReport:
    """Add each change the pass made (replies noticed, moves, re-timings, expiries, approvals by
    e-mail, cancellations and why) to its report, which `run --once` prints and the daemon logs."""
    from followup.review import what_happened

    report.actions.extend(what_happened(store, after=mark))
    return report


def settle_past_interviews(store: Store, now: datetime) -> list[str]:
    """Mark interviews whose time has passed `done`, with a history line each; return what changed."""
    from followup.track import past_interviews

    lines = []
    for iv in past_interviews(store.interviews("scheduled"), now):
        with store.transaction():
            store.update_interview(iv, now)
            store.add_history("done", now, interview_id=iv.id, note="the interview time has passed")
        log.info("interview done interview=%s", iv.id)
        lines.append(f"interview #{iv.id} ({iv.company or 'unknown company'}) is over: marked done")
    return lines


def _has_work(rt: Runtime, store: Store, now: datetime) -> bool:
    """Whether anything waits on the sending side: approved notes, drafts whose request, reminder
    or expiry is due, notices, a summary. Drafts merely waiting for the owner are no work."""
    counts = store.followup_counts()
    if counts.get("approved", 0) or counts.get("sending", 0):
        return True
    if counts.get("awaiting_approval", 0):
        from followup.approval.windows import drafts_need_attention

        if drafts_need_attention(rt, store, now):
            return True  # a request to mail, or a reminder or expiry due
    if counts.get("unknown", 0) and config_saves_sent(rt):
        from followup.dispatch import recheckable

        if any(recheckable(fu, now) for fu in store.followups(FollowUpState.unknown)):
            return True  # a late Sent copy may still turn up
    from followup.inquiries import unasked_questions

    if store.unsent_notices() or unasked_questions(rt, store):
        return True
    return summary_due(rt, store, now)


def config_saves_sent(rt: Runtime) -> bool:
    """Whether there is a Sent folder to look in (`smtp.save_sent_to`)."""
    return rt.config.smtp is not None and bool(rt.config.smtp.save_sent_to)


def summary_due(rt: Runtime, store: Store, now: datetime) -> bool:
    """Whether today's summary is due and not yet queued (so an idle pass stays light otherwise)."""
    from zoneinfo import ZoneInfo

    at = rt.config.approval.daily_summary
    if not at:
        return False
    local = now.astimezone(ZoneInfo(rt.config.owner.timezone))
    return local.strftime("%H:%M") >= at and store.get_setting("last_summary") != local.date().isoformat()


class _Stop:
    def __init__(self) -> None:
        self.event = threading.Event()
        self.reload = threading.Event()
        self.wake = threading.Event()

    def on_term(self, signum: int, frame: FrameType | None) -> None:
        log.info("stopping: finishing the current step signal=%s", signal.Signals(signum).name)
        self.event.set()
        self.wake.set()

    def on_hup(self, signum: int, frame: FrameType | None) -> None:
        self.reload.set()
        self.wake.set()


def notice_revoked_sign_ins(rt: Runtime, store: Store, now: datetime) -> list[str]:
    """Queue a notice (once) for each OAuth2 sign-in the provider revoked; return their lines."""
    if not rt.config.uses_oauth2:
        return []
    from followup.oauth import revoked_sign_ins

    lines = revoked_sign_ins(rt.config)
    for text in lines:
        body = f"{text}\n\nfollowup cannot read or send mail until you sign in again."
        if store.add_notice(f"revoked:{text}", body, now):
            log.error("%s", text)
    return lines


def check_health(rt: Runtime, store: Store, now: datetime) -> list[str]:
    """Log and queue a notice (once per incident) for each unhealthy folder; return their lines.

    A revoked sign-in is noticed by `run_once` right after it polls, not again here.
    """
    lines: list[str] = []
    for name in rt.config.mailbox.folders:
        row = store.folder(name)
        health = folder_health(row, rt.config.mailbox.poll_every, now)
        if health.healthy or row is None:
            continue
        line = f"folder {name} is unhealthy: {health.summary}" + (
            f"; last error: {row.last_error}" if row.last_error else ""
        )
        lines.append(line)
        incident = row.last_poll_ok.isoformat() if row.last_poll_ok else "never"
        if store.add_notice(f"unhealthy:{name}:{incident}", line, now):
            log.warning("%s", line)
    return lines


class Daemon:
    """The long-running service: passes in a worker thread, the scheduler and signals in the main one.

    A pass (poll, reconcile, approvals, dispatch, notices) runs in one worker thread, so a slow
    server never delays the watchdog or signal handling; every network call in it has a
    timeout, and a pass that is still running when the next is due is not started twice.
    """

    def __init__(self, rt: Runtime, store: Store, config_file: Path, clock: Clock | None = None) -> None:
        self.rt = rt
        self.store = store
        self.config_file = config_file
        self.clock = clock or SystemClock()
        self.stop = _Stop()
        self.notifier = SystemdNotifier()
        self._worker: threading.Thread | None = None
        self._last_pass_end: float = time.monotonic()
        self._poll_now = threading.Event()
        self._cached_sender: Sender | None = None
        self._sender_for: Runtime | None = None
        self._watchers: list[threading.Thread] = []
        self._source: Source | None = None
        self._source_for: Runtime | None = None
        self._triage: tuple[Runtime, sync.Triage] | None = None

    def _sender(self) -> Sender | None:
        # Built once per runtime: a {command: ...} secret is not re-run every few seconds.
        if self._sender_for is not self.rt:
            from followup.outbox import make_sender

            self._cached_sender = make_sender(self.rt)
            self._sender_for = self.rt
        return self._cached_sender

    def _kept_source(self) -> Source:
        """The mailbox connection passes share: logged in once, not on every pass.

        Only the pass worker uses it (one pass at a time). It is built again, with its secrets
        resolved again, after a reload or a pass that could not log in (a rotated password).
        """
        if self._source is not None and self._source_for is self.rt:
            return self._source
        self._drop_source()
        source = make_source(self.rt.config)
        keep_open = getattr(source, "keep_open", None)
        if keep_open is not None:
            keep_open()
        self._source, self._source_for = source, self.rt
        return source

    def _kept_triage(self) -> sync.Triage:
        """The triage passes share: what it read of the tracked addresses and threads (all of
        them, on a large store a good part of a second) is read again only when they changed
        and a message would otherwise be left unread."""
        from followup import route

        if self._triage is None or self._triage[0] is not self.rt:
            self._triage = (self.rt, route.make_triage(self.rt, self.store))
        return self._triage[1]

    def _drop_source(self) -> None:
        source, self._source, self._source_for = self._source, None, None
        if source is not None:
            keep_open = getattr(source, "keep_open", None)
            if keep_open is not None:
                keep_open(False)
            source.close()

    def _yield_to_news(self) -> bool:
        """Whether the sending side should stop between two sends: a stop, or new mail to read.

        A long dispatch never keeps new mail waiting for more than one send; what is left goes
        on the next pass.
        """
        return self.stop.event.is_set() or self._poll_now.is_set()

    def _pass(self, poll: bool) -> None:
        try:
            report = run_once(
                self.rt,
                self.store,
                self.clock,
                sender=self._sender(),
                source_factory=self._kept_source,
                should_stop=self._yield_to_news,
                poll=poll,
                budget_s=PASS_BUDGET_S,
                triage=self._kept_triage() if poll else None,
            )
            is_connected = getattr(self._source, "is_connected", None)
            if is_connected is not None and not is_connected():
                self._drop_source()
            for line in report.lines():
                log.info("%s", line)
            check_health(self.rt, self.store, self.clock.now())
            counts = self.store.followup_counts()
            waiting = counts.get("awaiting_approval", 0)
            self.notifier.notify(f"STATUS=last pass {self.clock.now():%H:%M}; {waiting} drafts await approval")
        except FollowupError as exc:
            log.error("pass failed: %s", exc)
        except Exception:
            log.exception("pass failed unexpectedly")
        finally:
            self._last_pass_end = time.monotonic()
            self.stop.wake.set()  # the main loop starts a poll that waited for this pass at once

    def start_pass(self, poll: bool = True) -> bool:
        """Start a pass (with a poll, or only the sending side) in the worker thread unless one
        is running; True if started."""
        if self._worker is not None and self._worker.is_alive():
            return False
        self._worker = threading.Thread(target=self._pass, args=(poll,), name="followup-pass", daemon=True)
        self._worker.start()
        return True

    def _watch(self, folder: str) -> None:
        """Hold an IDLE on `folder` and wake the main loop when mail arrives; reconnect on faults."""
        failures = 0
        while not self.stop.event.is_set():
            source = make_source(self.rt.config)
            try:
                source.connect()
                failures = 0
                wait = getattr(source, "wait_for_change", None)
                supports = getattr(source, "supports_idle", None)
                if wait is None or supports is None or not supports():
                    log.info(
                        "no IDLE on this server; polling every %s folder=%s", self.rt.config.mailbox.poll_every, folder
                    )
                    return
                # Mail that came between the last poll and this watch (at start, after a fault)
                # is announced by no IDLE: once the folder is selected, a poll reads it.
                wait(folder, 0)
                self._announce(folder)
                while not self.stop.event.is_set():
                    if wait(folder, IDLE_CYCLE_S):
                        self._announce(folder)
            except FollowupError as exc:
                failures += 1
                delay = min(IDLE_BACKOFF_CAP_S, 2.0 ** min(failures, 10))
                log.warning("IDLE on %s interrupted, polling goes on; retry in %.0fs error=%s", folder, delay, exc)
                self.stop.event.wait(delay)
            except Exception:
                log.exception("IDLE watcher failed folder=%s; polling goes on", folder)
                self.stop.event.wait(IDLE_BACKOFF_CAP_S)
            finally:
                source.close()

    def _announce(self, folder: str) -> None:
        log.debug("new mail announced folder=%s", folder)
        self._poll_now.set()
        self.stop.wake.set()

    def _start_watchers(self) -> None:
        mailbox = self.rt.config.mailbox
        if mailbox.source != "imap" or not mailbox.idle:
            return
        for folder in mailbox.folders:
            thread = threading.Thread(target=self._watch, args=(folder,), name=f"followup-idle-{folder}", daemon=True)
            thread.start()
            self._watchers.append(thread)

    def _watchdog(self) -> None:
        # A pass stuck far beyond every timeout means the process is wedged: stop pinging and
        # let systemd restart it.
        busy = self._worker is not None and self._worker.is_alive()
        stuck_after = max(600.0, 20 * self.rt.config.mailbox.timeout.seconds)
        if busy and time.monotonic() - self._last_pass_end > stuck_after:
            log.error("a pass has run for over %.0fs; not answering the watchdog", stuck_after)
            return
        self.notifier.notify("WATCHDOG=1")

    def _reload(self) -> None:
        try:
            # A reload is validated in full, as the README promises, whatever the record says.
            self.rt = load_runtime(read_settings(self.config_file, full=True))
            log.info("config, rules and templates reloaded path=%s", self.config_file)
        except ConfigError as exc:
            for problem in exc.problems:
                log.error("reload refused, keeping the last good config: %s", problem)
        except FollowupError as exc:
            log.error("reload refused, keeping the last good config: %s", exc)

    def run(self) -> int:
        """Run until SIGTERM/SIGINT; return the exit code."""
        signal.signal(signal.SIGTERM, self.stop.on_term)
        signal.signal(signal.SIGINT, self.stop.on_term)
        signal.signal(signal.SIGHUP, self.stop.on_hup)
        scheduler = schedule.Scheduler()
        interval = max(int(self.rt.config.mailbox.poll_every.seconds), 1)
        scheduler.every(interval).seconds.do(self.start_pass)
        scheduler.every(WORK_EVERY_S).seconds.do(self.start_pass, poll=False)
        if self.notifier.watchdog_s:
            scheduler.every(max(int(self.notifier.watchdog_s / 2), 1)).seconds.do(self._watchdog)
        log.info(
            "started folders=%s every=%ss state_dir=%s",
            ",".join(self.rt.config.mailbox.folders), interval, self.rt.config.state_path,
        )  # fmt: skip
        self.start_pass()
        self._start_watchers()
        self.notifier.notify("READY=1", "STATUS=started")
        while not self.stop.event.is_set():
            if self._poll_now.is_set() and self.start_pass():
                self._poll_now.clear()
            if self.stop.reload.is_set():
                self.stop.reload.clear()
                self.notifier.notify("RELOADING=1")
                self._reload()
                self.notifier.notify("READY=1")
            scheduler.run_pending()
            idle = scheduler.idle_seconds
            self.stop.wake.wait(timeout=min(1.0, max(idle if idle is not None else 1.0, 0.05)))
            self.stop.wake.clear()
        self.notifier.notify("STOPPING=1")
        if self._worker is not None:
            # Dispatch checks should_stop between sends: the current send finishes, no state is half-done.
            self._worker.join(timeout=max(60.0, 3 * self.rt.config.mailbox.timeout.seconds))
        if self._worker is None or not self._worker.is_alive():
            self._drop_source()
        log.info("stopped")
        return 0


def run_forever(rt: Runtime, store: Store, config_file: Path, clock: Clock | None = None) -> int:
    """Run the daemon until SIGTERM/SIGINT; SIGHUP reloads config, rules and templates."""
    return Daemon(rt, store, config_file, clock).run()
