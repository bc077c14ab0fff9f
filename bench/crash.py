"""Crash test: `followup run --once` killed with SIGKILL at random points while it sends.

Starts its own Dovecot (tests/integration/dovecot.py) and an aiosmtpd server in this process
that scripts faults: `slow` (every DATA answered late), `store-then-hang` (some messages kept,
then no answer) and `store-then-drop` (some kept, then the connection dropped). One
invitation batch is planned and approved once; each trial copies that state, runs the
dispatch as a subprocess, kills it with SIGKILL at a random moment, then lets two clean passes
settle what was left. It counts, over all trials:

  duplicates       a note delivered more than once
  losses           an approved note that never went out and is not `unknown` or `failed`
                   (or is `sent` without ever reaching the server)
  left sending     notes still in `sending` after the settling passes
  missing copies   `sent` notes with no copy in the Sent folder
  unknown          notes handed to the owner to decide (allowed: it is the honest answer)

Targets: 0 duplicates, 0 losses, 0 left in sending, 0 missing copies.
Usage: .venv/bin/python bench/crash.py [--trials 100] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "daemon"))

from aiosmtpd.controller import Controller  # noqa: E402

from tests.integration.dovecot import Dovecot, free_port, start_dovecot  # noqa: E402
from tests.integration.smtpd import CapturingHandler  # noqa: E402

INVITE = (ROOT / "daemon" / "followup" / "demo" / "mail" / "02_interview_invitation.eml").read_bytes()
OWNER = "ana@example.com"
PASSWORD_VAR = "FOLLOWUP_CRASH_IMAP_PASSWORD"
ARRIVED = datetime(2026, 12, 3, 15, 5, tzinfo=UTC)
PLANNED = datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
DUE = datetime(2026, 12, 9, 8, 5, tzinfo=UTC)
MODES = ("slow", "store-then-hang", "store-then-drop")
FAULT_RATE = 0.3  # share of DATA answers faulted in a trial of a faulting mode
MAX_DATA = 200  # DATA commands a trial can make (each note, its retries and the owner's mail)
_MID = re.compile(rb"^message-id:\s*(<[^>]+>)", re.IGNORECASE | re.MULTILINE)


def invitations(n: int) -> list[bytes]:
    """`n` distinct invitations, each with two interviewers: 2n thank-you notes."""
    out = []
    for i in range(n):
        uid, mid = f"crash-{i}@northwind.example".encode(), f"<crash-{i}@northwind.example>".encode()
        raw = INVITE.replace(b"3kq8v2m5c1t7d9r0b4n6x2w8z1@northwind.example", uid)
        raw = raw.replace(b"<000000000000a1c3f2060c7e2b44@northwind.example>", mid)
        raw = raw.replace(b"jordan.ellis@", f"jordan.ellis{i}@".encode())
        raw = raw.replace(b"mei.tanaka@", f"mei.tanaka{i}@".encode())
        raw = raw.replace(b"20261208T100000", f"20261208T{10 + i % 6:02d}0000".encode())
        raw = raw.replace(b"20261208T110000", f"20261208T{11 + i % 6:02d}0000".encode())
        out.append(raw)
    return out


def write_config(base: Path, dc: Dovecot, smtp_port: int, folder: str, sent: str, state: Path) -> Path:
    config = base / "config.yaml"
    config.write_text(
        f"""\
owner: {{name: Ana Example, email: {OWNER}, timezone: Europe/Paris}}
mailbox:
  source: imap
  host: {dc.host}
  port: {dc.port}
  security: plain
  username: owner
  password: {{env: {PASSWORD_VAR}}}
  address: ana.followup@example.com
  folders: [{folder}]
  timeout: 10s
  backfill: 3650d
  idle: false
smtp: {{host: 127.0.0.1, port: {smtp_port}, security: plain, save_sent_to: {sent}, timeout: 1s, max_per_day: 1000}}
approval: {{via: [cli], expire_after: 10d}}
rules: {ROOT / 'rules'}
templates: {ROOT / 'rules' / 'templates'}
state_dir: {state}
""",
        encoding="utf-8",
    )
    return config


def sent_copies(dc: Dovecot, folder: str) -> Counter[str]:
    client = dc.client()
    try:
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")
        found: Counter[str] = Counter()
        if uids:
            for data in client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]).values():
                for key, value in data.items():
                    if isinstance(value, bytes) and key.startswith(b"BODY"):
                        match = _MID.search(value)
                        if match:
                            found[match.group(1).decode()] += 1
        return found
    finally:
        client.logout()


def run_followup(config: Path, now: datetime, kill_after: float | None = None) -> int:
    env = {**os.environ, PASSWORD_VAR: os.environ[PASSWORD_VAR]}
    args = [sys.executable, "-m", "followup", "--config", str(config), "run", "--once", "--now", now.isoformat()]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    if kill_after is None:
        return proc.wait(timeout=300)
    try:
        return proc.wait(timeout=kill_after)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return -9


@dataclass
class Totals:
    trials: int = 0
    killed: int = 0
    notes: int = 0
    duplicates: int = 0
    losses: int = 0
    left_sending: int = 0
    missing_copies: int = 0
    unknown: int = 0
    sent: int = 0
    by_mode: Counter[str] = field(default_factory=Counter)


def plan_once(base: Path, dc: Dovecot, smtp_port: int, n_invites: int) -> tuple[Path, str, int]:
    """Plan and approve the batch once; return the template state dir, its folder and note count."""
    from followup import outbox, service
    from followup.clock import FixedClock
    from followup.config import read_config
    from followup.model import FollowUpState
    from followup.runtime import load_runtime
    from followup.store import Store

    folder = "CrashInbox"
    client = dc.client()
    try:
        client.create_folder(folder)
        for raw in invitations(n_invites):
            client.append(folder, raw, msg_time=ARRIVED)
    finally:
        client.logout()
    state = base / "template-state"
    config = write_config(base, dc, smtp_port, folder, "CrashSentTemplate", state)
    rt = load_runtime(read_config(config))
    store = Store.open(rt.config.state_path)
    service.run_once(rt, store, FixedClock(PLANNED))
    count = 0
    for fu in store.followups(FollowUpState.awaiting_approval):
        if fu.rule == "thank each interviewer" and fu.id is not None:
            outbox.approve(rt, store, fu.id, PLANNED, via="cli")
            count += 1
    store.close()
    return state, folder, count


def faults(mode: str, rng: random.Random) -> list[str | None]:
    """The DATA script of one trial: every answer slow, or some faulted after the message is kept."""
    if mode == "slow":
        return ["slow"] * MAX_DATA
    return [mode if rng.random() < FAULT_RATE else None for _ in range(MAX_DATA)]


def trial(k: int, rng: random.Random, base: Path, dc: Dovecot, handler: CapturingHandler, smtp_port: int,
          template: Path, folder: str, totals: Totals) -> None:  # fmt: skip
    from followup.model import FollowUpState
    from followup.store import Store

    mode = rng.choice(MODES)
    work = base / f"trial-{k:03d}"
    state = work / "state"
    shutil.copytree(template, state)
    sent = f"CrashSent{k:03d}"
    client = dc.client()
    try:
        client.create_folder(sent)
    finally:
        client.logout()
    config = write_config(work, dc, smtp_port, folder, sent, state)
    handler.messages.clear()
    handler.data_script = faults(mode, random.Random(rng.random()))
    code = run_followup(config, DUE, kill_after=rng.uniform(0.2, 4.0))
    handler.data_script = []
    for minutes in (10, 20):
        run_followup(config, DUE + timedelta(minutes=minutes))
    # The owner's own mail (approval requests, notices) is not a note.
    notes_received = [m.data for m in handler.messages if m.rcpt_tos != [OWNER]]
    delivered = Counter(m.group(1).decode() for raw in notes_received if (m := _MID.search(raw)))
    copies = sent_copies(dc, sent)
    store = Store.open(state)
    notes = [f for f in store.followups() if f.rule == "thank each interviewer"]
    store.close()
    totals.trials += 1
    totals.killed += code == -9
    totals.by_mode[mode] += 1
    for fu in notes:
        n = delivered.get(fu.message_id, 0)
        totals.notes += 1
        totals.duplicates += max(0, n - 1)
        state_now = fu.state
        if state_now is FollowUpState.sending:
            totals.left_sending += 1
        if state_now is FollowUpState.unknown:
            totals.unknown += 1
        if state_now is FollowUpState.sent:
            totals.sent += 1
            if n == 0:
                totals.losses += 1
            if copies.get(fu.message_id, 0) == 0:
                totals.missing_copies += 1
        elif state_now not in (FollowUpState.unknown, FollowUpState.failed):
            totals.losses += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--invites", type=int, default=5, help="invitations per trial (two notes each)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    base = Path(tempfile.mkdtemp(prefix="followup-crash-"))
    dc = start_dovecot()
    handler = CapturingHandler([], [], [])
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    os.environ[PASSWORD_VAR] = dc.users["owner"]
    started = time.monotonic()
    try:
        template, folder, count = plan_once(base, dc, port, args.invites)
        totals = Totals()
        for k in range(args.trials):
            trial(k, rng, base, dc, handler, port, template, folder, totals)
    finally:
        controller.stop()
        dc.cleanup()
        shutil.rmtree(base, ignore_errors=True)
    elapsed = time.monotonic() - started
    print(f"crash test: {totals.trials} trials ({totals.killed} killed mid-run) x {count} approved notes, "
          f"modes {dict(totals.by_mode)}, seed {args.seed}, {elapsed:.0f}s")  # fmt: skip
    print(f"  notes checked     {totals.notes}")
    print(f"  duplicates        {totals.duplicates}")
    print(f"  losses            {totals.losses}")
    print(f"  left in sending   {totals.left_sending}")
    print(f"  missing copies    {totals.missing_copies} (of {totals.sent} sent)")
    print(f"  unknown           {totals.unknown} (handed to the owner)")
    ok = totals.duplicates == totals.losses == totals.left_sending == totals.missing_copies == 0
    print("  targets           " + ("met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
