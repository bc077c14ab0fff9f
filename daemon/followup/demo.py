"""`followup demo`: the real pipeline on bundled sample mails, with no mail account.

It builds a temporary Maildir and state dir, starts an SMTP capture on loopback (aiosmtpd),
and replays the samples in date order with a moving clock (the same `run --once --now` pass
the daemon runs). Drafts are approved by the demo itself, and it says so. Everything it made
is removed at the end.
"""

from __future__ import annotations

import email
import email.policy
import json
import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from followup import outbox, service
from followup.clock import FixedClock
from followup.config import read_config
from followup.model import FollowUpState
from followup.parse import parse_message
from followup.runtime import load_runtime
from followup.store import Store

log = logging.getLogger(__name__)

HORIZON = timedelta(days=30)
PROCESS_AFTER = timedelta(minutes=5)


@dataclass
class Capture:
    """An SMTP server on 127.0.0.1 that keeps what it receives."""

    messages: list[tuple[list[str], bytes]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), bytes(envelope.original_content or envelope.content)))
        return "250 OK: captured by the followup demo"


def _samples() -> list[tuple[datetime, str, bytes]]:
    folder = resources.files("followup") / "demo" / "mail"
    items = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".eml"):
            continue
        raw = entry.read_bytes()
        date = parse_message(raw, entry.name).envelope_date
        if date is None:
            continue
        items.append((date, entry.name, raw))
    return sorted(items, key=lambda item: item[0])


def _copy_tree(src: Any, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for entry in src.iterdir():
        if entry.is_dir():
            _copy_tree(entry, dst / entry.name)
        else:
            (dst / entry.name).write_bytes(entry.read_bytes())


def _write_config(base: Path, port: int) -> Path:
    text = (resources.files("followup") / "demo" / "config.yaml").read_text(encoding="utf-8")
    text = text.replace("port: 2525", f"port: {port}")
    path = base / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _deliver(maildir: Path, name: str, raw: bytes) -> None:
    (maildir / "tmp" / name).write_bytes(raw)
    (maildir / "tmp" / name).rename(maildir / "new" / name)


def run_demo(say: Callable[[str], None] = print) -> int:
    """Run the demo, printing through `say`; return the exit code."""
    quiet = [logging.getLogger(name) for name in ("followup", "mail.log")]
    levels = [logger.level for logger in quiet]
    for logger in quiet:
        logger.setLevel(logging.WARNING)
    try:
        return _run(say)
    finally:
        for logger, level in zip(quiet, levels, strict=True):
            logger.setLevel(level)


def _run(say: Callable[[str], None]) -> int:
    from aiosmtpd.controller import Controller

    base = Path(tempfile.mkdtemp(prefix="followup-demo-"))
    capture = Capture()
    port = _free_port()
    controller = Controller(capture, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        for sub in ("cur", "new", "tmp"):
            (base / "mail" / sub).mkdir(parents=True)
        _copy_tree(resources.files("followup") / "demo" / "rules", base / "rules")
        rt = load_runtime(read_config(_write_config(base, port)))
        store = Store.open(rt.config.state_path)
        try:
            _replay(rt, store, base / "mail", capture, say)
        finally:
            store.close()
    finally:
        controller.stop()
        shutil.rmtree(base, ignore_errors=True)
    say("")
    say("That was the real pipeline: Maildir source, detection, rules, approval, SMTP, all on this machine;")
    say("the temporary mailbox, state and SMTP capture are gone now.")
    say("To point followup at your own mailbox:")
    say("  1. copy config.example.yaml to ~/.config/followup/config.yaml and fill in your mailbox and SMTP server")
    say("  2. followup check            (validates everything and tries both logins)")
    say("  3. followup run --once       then  followup pending  and  followup approve ID")
    say("See docs/forwarding.md for getting job mail into that mailbox.")
    return 0


def _replay(rt: Any, store: Store, maildir: Path, capture: Capture, say: Callable[[str], None]) -> None:
    zone = ZoneInfo(rt.config.owner.timezone)

    def when(t: datetime) -> str:
        return t.astimezone(zone).strftime("%a %d %b %H:%M")

    samples = _samples()
    end = samples[-1][0] + HORIZON
    clock = FixedClock(samples[0][0])
    said_sent = 0
    say(f"followup demo: {len(samples)} sample mails for {rt.config.owner.name}, replayed in time order "
        f"(times in {rt.config.owner.timezone}).")
    while True:
        due = [f.send_at for f in store.followups(FollowUpState.approved)]
        next_mail = samples[0][0] + PROCESS_AFTER if samples else None
        next_send = min(due) if due else None
        moments = [t for t in (next_mail, next_send) if t is not None]
        if not moments or min(moments) > end:
            break
        now = max(min(moments), clock.now())
        clock.set(now)
        if next_mail is not None and now >= next_mail:
            _date, name, raw = samples.pop(0)
            _deliver(maildir, name, raw)
            subject = email.message_from_bytes(raw, policy=email.policy.default)["subject"]
            say("")
            say(f"[{when(now)}] mail arrives: {name} - {subject!r}")
        before = {f.id: f for f in store.followups()}
        service.run_once(rt, store, clock)
        for row in store.messages():
            if row.processed_at == now and row.event_json:
                _say_event(json.loads(row.event_json), say, when)
        for fu in store.followups():
            old = before.get(fu.id)
            to = outbox.person_label(fu.recipient)
            if old is None:
                say(f"    planned: '{fu.rule}' to {to}, for {when(fu.send_at)}")
            elif old.send_at != fu.send_at and fu.state is old.state:
                say(f"    re-timed: '{fu.rule}' to {to}, now for {when(fu.send_at)}")
            elif old.state is FollowUpState.approved and fu.state is FollowUpState.awaiting_approval:
                moved = f", now for {when(fu.send_at)}" if old.send_at != fu.send_at else ""
                say(f"    back for approval, its text changed: '{fu.rule}' to {to}{moved}")
            elif old.state is not fu.state and fu.state in (FollowUpState.cancelled, FollowUpState.expired):
                say(f"    {fu.state.value}: '{fu.rule}' to {to}")
        approved = []
        for fu in store.followups(FollowUpState.awaiting_approval):
            assert fu.id is not None
            outbox.approve(rt, store, fu.id, now, via="demo")
            approved.append(f"#{fu.id}")
        if approved:
            say(f"    approved by the demo: {', '.join(approved)} (in real use you approve each draft: "
                "`followup approve ID`, or reply APPROVE to the request mail)")
        for rcpts, data in capture.messages[said_sent:]:
            _say_sent(rcpts, data, say, when(now))
        said_sent = len(capture.messages)
    say("")
    counts = store.followup_counts()
    owner = rt.config.owner.email.lower()
    notes = [data for rcpts, data in capture.messages if owner not in (r.lower() for r in rcpts)]
    ids = {email.message_from_bytes(d, policy=email.policy.default)["Message-ID"] for d in notes}
    say("In the end: " + ", ".join(f"{n} {state}" for state, n in sorted(counts.items()))
        + f"; {len(notes)} notes reached the SMTP capture, {len(ids)} distinct: each exactly once.")


def _say_event(event: dict[str, Any], say: Callable[[str], None], when: Callable[[datetime], str]) -> None:
    kind = event["kind"]
    if kind == "none":
        reason = event["evidence"][-1] if event["evidence"] else "no job event"
        say(f"    detected: nothing to act on ({reason})")
        return
    parts = [x for x in (event.get("company"), event.get("role")) if x]
    line = f"    detected: {kind}" + (f" - {', '.join(parts)}" if parts else "")
    interview = event.get("interview")
    if interview and interview.get("start"):
        line += f", {when(datetime.fromisoformat(interview['start']))}"
    people = [p.get("name") or p.get("email") for p in event.get("interviewers") or []]
    if people:
        line += f", with {', '.join(people)}"
    say(line)


def _say_sent(rcpts: list[str], data: bytes, say: Callable[[str], None], at: str) -> None:
    message = email.message_from_bytes(data, policy=email.policy.default)
    say(f"    SENT at {at} to {', '.join(rcpts)}: {message['subject']}")
    if message["In-Reply-To"]:
        say(f"      (in the original thread: In-Reply-To {message['In-Reply-To']})")
    body = message.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    for line in text.rstrip().splitlines():
        say(f"      | {line}")
