"""Ingest benchmark: a first sync and an idle poll of a big folder, against a raw IMAP fetch.

Starts its own Dovecot (tests/integration/dovecot.py), seeds N ordinary messages of 3-10 KB
(with some job mail among them) by writing Maildir files directly, then measures in one run:

  raw       imapclient fetching every BODY.PEEK[] in batches (the baseline, warm cache)
  first     `followup run --once` on an empty state dir (everything new, acted on)
  idle      `followup run --once` again with nothing new, minus process start-up; and the
            same poll in-process (sync.poll_once on a fresh connection)
  startup   `followup --version` (interpreter + import start-up)
  peak RSS  of the first-sync process (wait4 rusage)
  acting    a first sync of a small second folder whose mail is acted on (the whole pipeline:
            parse, detect, track, plan), per message against the raw fetch

and prints the ratios. Usage: .venv/bin/python bench/ingest.py [--n 10000] [--keep]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from email.utils import format_datetime
from datetime import datetime, timedelta, UTC
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from imapclient import IMAPClient  # noqa: E402

from tests.integration.dovecot import Dovecot, start_dovecot  # noqa: E402

FOLLOWUP = [sys.executable, "-m", "followup"]
NOW = "2027-06-01T00:00:00+00:00"  # after every seeded message, whatever N
WORDS = [
    "the",
    "quarterly",
    "update",
    "team",
    "meeting",
    "notes",
    "project",
    "deadline",
    "weekend",
    "plans",
    "invoice",
    "receipt",
    "newsletter",
    "offer",
    "discount",
    "shipping",
    "order",
    "delivered",
    "thanks",
    "regards",
    "photo",
    "family",
    "dinner",
    "friday",
    "report",
    "draft",
    "review",
    "comments",
    "schedule",
    "lunch",
    "coffee",
    "travel",
    "booking",
    "hotel",
    "flight",
]
COMPANIES = ["Acme Robotics", "Globex", "Initech", "Umbrella Labs", "Hooli", "Stark Industries"]
ROLES = ["Senior Backend Engineer", "Data Engineer", "Platform Engineer", "Engineering Manager"]


_LINE_POOL: list[str] = []


def filler(rng: random.Random, size: int) -> str:
    """About `size` bytes of prose-like lines (drawn from a pool, so seeding stays fast)."""
    if not _LINE_POOL:
        pool_rng = random.Random(1)
        _LINE_POOL.extend(" ".join(pool_rng.choice(WORDS) for _ in range(12)).capitalize() + ".\n" for _ in range(997))
    lines, total = [], 0
    while total < size:
        line = _LINE_POOL[rng.randrange(len(_LINE_POOL))]
        lines.append(line)
        total += len(line)
    return "".join(lines)


def job_body(rng: random.Random, company: str, role: str, when: datetime) -> tuple[str, str]:
    if rng.random() < 0.5:
        return (
            f"Thank you for applying to {company}",
            f"Hi,\n\nThank you for your application for the {role} position at {company}. "
            "We have received it and our team will review it shortly.\n\nBest,\nThe recruiting team\n",
        )
    start = (when + timedelta(days=5)).replace(hour=15, minute=0)
    return (
        f"Interview confirmation: {role} at {company}",
        f"Hi,\n\nYour interview for the {role} role at {company} is confirmed for "
        f"{start.strftime('%A %d %B %Y at %H:%M')} UTC with Jane Doe (jane.doe@example.com).\n"
        "Join at https://zoom.us/j/123456789\n\nSam Lee\nRecruiting\n",
    )


def messages(n: int, seed: int = 7) -> Iterator[tuple[bytes, float]]:
    """N messages (raw, epoch) of 3-10 KB; about 2% of them job mail."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(n):
        when = start + timedelta(minutes=10 * i)
        size = rng.randint(3000, 10000)
        if rng.random() < 0.02:
            company, role = rng.choice(COMPANIES), rng.choice(ROLES)
            subject, body = job_body(rng, company, role, when)
            sender = f"Sam Lee <sam.lee@{company.split()[0].lower()}.example>"
            body += "\n" + filler(rng, size - len(body))
        else:
            subject = " ".join(rng.choice(WORDS) for _ in range(5)).capitalize()
            sender = f"{rng.choice(WORDS).title()} <{rng.choice(WORDS)}@mail.example>"
            body = filler(rng, size)
        head = (
            f"From: {sender}\nTo: owner@example.org\nSubject: {subject}\nDate: {format_datetime(when)}\n"
            f"Message-ID: <bench-{i}-{seed}@bench.example>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
        )
        yield (head + body).replace("\n", "\r\n").encode(), when.timestamp()


def raw_fetch(dc: Dovecot, batch: int = 200) -> tuple[float, int, int]:
    """Fetch every BODY.PEEK[] with imapclient; return (seconds, messages, bytes)."""
    started = time.perf_counter()
    client = IMAPClient(dc.host, port=dc.port, ssl=False, timeout=60)
    client.login("owner", dc.users["owner"])
    client.select_folder("INBOX", readonly=True)
    uids = client.search(["UID", "1:*"])
    count = size = 0
    for i in range(0, len(uids), batch):
        for data in client.fetch(uids[i : i + batch], ["BODY.PEEK[]", "INTERNALDATE"]).values():
            count += 1
            size += len(data[b"BODY[]"])
    client.logout()
    return time.perf_counter() - started, count, size


def timed_run(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run a command; return (seconds, peak RSS in MB, stdout+stderr tail)."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    text = out.decode(errors="replace").strip()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}: {text[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, text


def idle_in_process(config_path: Path, password: str, repeat: int = 5) -> float:
    """The best of `repeat` idle polls (connect, EXAMINE, UID SEARCH, logout) inside this process."""
    sys.path.insert(0, str(ROOT / "daemon"))
    from followup import sync
    from followup.config import Secret, read_config
    from followup.source.imap import ImapSource
    from followup.store import Store

    config = read_config(config_path)
    store = Store.open(config.state_path)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        [report] = sync.poll_once(
            ImapSource(config.mailbox, Secret(password)), store, config.mailbox.folders,
            now=datetime.now(UTC), backfill=config.mailbox.backfill,
        )  # fmt: skip
        best = min(best, time.perf_counter() - started)
        assert report.ok and report.fetched == 0, report
    store.close()
    return best


def write_config(work: Path, dc: Dovecot, name: str, folder: str, backfill: str) -> Path:
    path = work / f"{name}.yaml"
    path.write_text(
        f"""owner:
  name: Bench Owner
  email: owner@example.org
  timezone: UTC
mailbox:
  source: imap
  host: {dc.host}
  port: {dc.port}
  security: plain
  username: owner
  password: {{env: BENCH_IMAP_PASSWORD}}
  folders: [{folder}]
  backfill: {backfill}
  batch_size: 200
approval:
  via: [cli]
rules: {ROOT / "rules"}
templates: {ROOT / "rules" / "templates"}
state_dir: {work / name}
"""
    )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="messages to seed (default 10000)")
    parser.add_argument(
        "--sample", type=int, default=300, help="messages in a second folder synced with acting on (0: skip)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the Dovecot and state dirs")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="followup-bench-"))
    dc = start_dovecot()
    try:
        t0 = time.perf_counter()
        written = dc.seed_maildir("owner", messages(args.n))
        if args.sample:
            dc.seed_maildir("owner", messages(args.sample, seed=11), folder="Sample")
        print(f"seeded {written} messages in {time.perf_counter() - t0:.1f}s (Maildir files)")
        cold, count, size = raw_fetch(dc)  # the first session indexes the Maildir: not counted
        raw, count, size = raw_fetch(dc)
        print(f"raw fetch: {count} messages, {size / 1e6:.1f} MB: {raw:.2f}s warm ({cold:.2f}s cold, indexing)")

        env = {**os.environ, "BENCH_IMAP_PASSWORD": dc.users["owner"], "PYTHONPATH": str(ROOT / "daemon")}
        # Every message is older than `now` - 1s: the first sync records them all without acting
        # (DESIGN §5 backfill), which is the ingest path the targets are about.
        config = write_config(work, dc, "record", "INBOX", "1s")
        run_once = [*FOLLOWUP, "--config", str(config), "run", "--once", "--now", NOW]
        first, first_rss, first_out = timed_run(run_once, env)
        print(f"first sync (recording only): {first:.2f}s, peak RSS {first_rss:.0f} MB")
        for line in first_out.splitlines()[-2:]:
            print(f"  | {line}")
        startup = min(timed_run([*FOLLOWUP, "--version"], env)[0] for _ in range(3))
        idle_runs = [timed_run(run_once, env) for _ in range(3)]
        idle = min(t for t, _, _ in idle_runs)
        idle_rss = max(r for _, r, _ in idle_runs)
        print(
            f"idle run --once: {idle * 1000:.0f} ms; "
            f"start-up (--version): {startup * 1000:.0f} ms; RSS {idle_rss:.0f} MB"
        )
        in_process = idle_in_process(config, dc.users["owner"])
        print(f"idle poll in-process (sync.poll_once, fresh connection): {in_process * 1000:.1f} ms")

        acted = acted_rss = 0.0
        if args.sample:
            sample_cfg = write_config(work, dc, "act", "Sample", "3650d")
            acted, acted_rss, acted_out = timed_run(
                [*FOLLOWUP, "--config", str(sample_cfg), "run", "--once", "--now", NOW], env
            )
            print(f"first sync of {args.sample} messages acted on (parse, detect, track, plan): {acted:.2f}s")
            for line in acted_out.splitlines()[-1:]:
                print(f"  | {line}")

        self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        per_raw_ms = raw / count * 1000
        print()
        print(f"N = {count}")
        # `run --once` start-up (imports, config, rules, templates) is what an idle run costs
        # beyond its poll; subtracting it leaves the sync work the raw fetch compares with.
        run_startup = max(idle - in_process, startup)
        print(f"first sync (recording only) / raw fetch = {first / raw:.2f}x   (whole process, start-up included)")
        print(f"(first sync - start-up of --version) / raw fetch = {(first - startup) / raw:.2f}x")
        print(
            f"(first sync - start-up of run --once, {run_startup * 1000:.0f} ms) / raw fetch = "
            f"{(first - run_startup) / raw:.2f}x   (target <= 2x)"
        )
        print(
            f"idle run --once beyond start-up = {(idle - startup) * 1000:.0f} ms   "
            f"(target < 100 ms; the poll itself in-process: {in_process * 1000:.1f} ms)"
        )
        print(f"peak RSS of first sync = {first_rss:.0f} MB   (target < 150 MB; bench driver itself {self_rss:.0f} MB)")
        if args.sample:
            per_act_ms = (acted - startup) / args.sample * 1000
            print(
                f"acting on mail: {per_act_ms:.1f} ms a message = {per_act_ms / per_raw_ms:.0f}x its raw fetch "
                f"({per_raw_ms:.2f} ms); peak RSS {acted_rss:.0f} MB"
            )
    finally:
        if args.keep:
            print(f"kept: dovecot {dc.root} (stopped), work {work}")
            dc.stop()
        else:
            dc.cleanup()
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
