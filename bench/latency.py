"""Latency benchmark: APPEND of an invitation -> its draft stored by the running daemon, against raw IDLE.

Starts its own Dovecot and, for a small (empty) and a large store (built like bench/state.py),
runs `followup run` (IDLE on the folder) and, in the same run, a raw imapclient client that
holds IDLE on the same folder and, on EXISTS, fetches the new message: the least any
IDLE-driven client does. Each trial APPENDs one fresh interview invitation and measures

  raw     APPEND -> EXISTS seen and BODY.PEEK[] fetched by the raw client
  daemon  APPEND -> the invitation's follow-up drafts stored (read from the state database)

and prints the medians of --trials and their ratio. Target: daemon <= 1.5x raw on both stores.

Usage: .venv/bin/python bench/latency.py [--large 10000/50000] [--trials 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "daemon"))


from bench import state as state_bench  # noqa: E402
from followup.store import Store  # noqa: E402
from tests.integration.dovecot import Dovecot, start_dovecot  # noqa: E402

OWNER = "alex.morgan@mail.example"


def invitation(n: int) -> bytes:
    now = datetime.now(UTC)
    when = now + timedelta(days=3)
    return (
        f"From: Sam Lee <sam.lee@latency{n}.example>\r\nTo: Alex Morgan <{OWNER}>\r\n"
        f"Subject: Interview confirmation: Data Engineer at Latency {n}\r\nDate: {format_datetime(now)}\r\n"
        f"Message-ID: <lat-{n}-{time.time_ns()}@latency.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hi Alex,\r\n\r\nYour interview for the Data Engineer role at Latency {n} is confirmed for "
        f"{when:%A %d %B %Y} at 15:00 UTC with Jane Doe (jane.doe@latency{n}.example).\r\n"
        "Join at https://zoom.us/j/123456789\r\n\r\nSam Lee\r\nRecruiting\r\n"
    ).encode()


def write_config(work: Path, dc: Dovecot, name: str, folder: str) -> Path:
    path = work / f"{name}.yaml"
    path.write_text(
        f"""owner: {{name: Alex Morgan, email: {OWNER}, timezone: UTC}}
mailbox:
  source: imap
  host: {dc.host}
  port: {dc.port}
  security: plain
  username: owner
  password: {{env: BENCH_IMAP_PASSWORD}}
  folders: [{folder}]
  poll_every: 10m
  idle: true
approval: {{via: [cli]}}
rules: {ROOT / "rules"}
templates: {ROOT / "rules" / "templates"}
state_dir: {work / name}
"""
    )
    return path


class RawIdler:
    """An imapclient connection in IDLE that fetches each new message as EXISTS announces it."""

    def __init__(self, dc: Dovecot, folder: str) -> None:
        self.client = dc.client(timeout=30)
        self.client.select_folder(folder, readonly=True)
        self.seen = len(self.client.search(["ALL"]))
        self.done = threading.Event()
        self.at = 0.0

    def wait_one(self) -> None:
        self.client.idle()
        try:
            while True:
                responses = self.client.idle_check(timeout=10)
                if any(isinstance(r, tuple) and len(r) > 1 and r[1] == b"EXISTS" for r in responses):
                    break
        finally:
            self.client.idle_done()
        uids = self.client.search(["ALL"])
        self.client.fetch(uids[-1:], ["BODY.PEEK[]"])
        self.at = time.perf_counter()
        self.done.set()


def count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def run_store(
    dc: Dovecot, work: Path, name: str, folder: str, trials: int, env: dict[str, str]
) -> tuple[float, float]:
    config = write_config(work, dc, name, folder)
    db = work / name / "state.db"
    # The daemon's log is kept: when a trial fails, its last lines say why.
    log_path = work / f"{name}.log"
    log_file = log_path.open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "followup", "--config", str(config), "run"],
        env=env, stdout=subprocess.DEVNULL, stderr=log_file,
    )  # fmt: skip

    def fail(why: str) -> SystemExit:
        log_file.flush()
        tail = log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-20:]
        return SystemExit("\n".join([why, f"last lines of the daemon's log ({name} store):", *tail]))

    raws, daemons = [], []
    try:
        deadline = time.monotonic() + 120
        while count(db, "SELECT COUNT(*) FROM folders WHERE last_poll_ok IS NOT NULL") < 1:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise fail(f"the daemon did not poll {folder} (exit {proc.poll()})")
            time.sleep(0.1)
        time.sleep(2.0)  # the IDLE watcher settles into its IDLE
        appender = dc.client(timeout=30)
        for trial in range(trials):
            idler = RawIdler(dc, folder)
            waiter = threading.Thread(target=idler.wait_one, daemon=True)
            waiter.start()
            time.sleep(0.5)
            before = count(db, "SELECT COUNT(*) FROM followups")
            started = time.perf_counter()
            appender.append(folder, invitation(trial), msg_time=datetime.now(UTC))
            while count(db, "SELECT COUNT(*) FROM followups") <= before:
                if proc.poll() is not None:
                    raise fail(f"the daemon exited ({proc.returncode}) before the draft of trial {trial}")
                if time.perf_counter() - started > 60:
                    raise fail(f"no draft within 60 s (trial {trial})")
                time.sleep(0.005)
            daemons.append(time.perf_counter() - started)
            idler.done.wait(30)
            raws.append(idler.at - started)
            idler.client.logout()
            time.sleep(1.0)
        appender.logout()
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        log_file.close()
    return statistics.median(raws), statistics.median(daemons)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--large", default="10000/50000", help="INTERVIEWS/FOLLOWUPS of the large store")
    parser.add_argument("--trials", type=int, default=5)
    args = parser.parse_args(argv)
    interviews, followups = (int(x) for x in args.large.split("/"))
    work = Path(tempfile.mkdtemp(prefix="followup-latency-"))
    dc = start_dovecot()
    env = {**os.environ, "BENCH_IMAP_PASSWORD": dc.users["owner"], "PYTHONPATH": str(ROOT / "daemon")}
    try:
        for folder in ("Small", "Large"):
            client = dc.client(timeout=30)
            client.create_folder(folder)
            client.logout()
        started = time.perf_counter()
        store = Store.open(work / "large")
        state_bench.build(store, interviews, followups)
        store.close()
        took = time.perf_counter() - started
        print(f"large store: {interviews} interviews / {followups} follow-ups built in {took:.0f}s")
        for name, folder in (("small", "Small"), ("large", "Large")):
            raw, daemon = run_store(dc, work, name, folder, args.trials, env)
            print(
                f"{name:5} store: raw IDLE + fetch {raw * 1000:7.1f} ms, "
                f"daemon APPEND -> draft {daemon * 1000:7.1f} ms = {daemon / raw:5.2f}x   (target <= 1.5x)"
            )
    finally:
        dc.cleanup()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
