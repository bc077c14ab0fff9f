"""Ingest benchmark: a first sync of a big folder, acted on and recorded only, against a raw fetch.

Starts its own Dovecot (tests/integration/dovecot.py) and, for each size N, seeds N messages of
3-10 KB into a fresh folder by writing Maildir files directly. The mix is an ordinary inbox:
about 2% job mail (application receipts and interview confirmations, a third of them with a
calendar invitation), 83% list and robot mail (newsletters with List-Unsubscribe, no-reply
notifications) and 15% personal mail (--personal changes that share). Then, in the same run:

  raw       imapclient fetching every BODY.PEEK[] in batches of 200: the baseline (best of
            --repeat, after one cold pass that lets Dovecot index the folder)
  acted     `followup run --once` on an empty state dir with every message inside the backfill
            window: triage, parse, detect, track and plan, as a new user's first sync does
  record    the same with every message outside the window: recorded, not acted on
  idle      `followup run --once` with nothing new, against a bare `python -c pass`
  peak RSS  of each first-sync process (VmHWM, read by the process itself at exit)
  CPU       of each whole first-sync process (user + system, read by itself at exit; least of
            --repeat): on a shared machine it moves far less with the load than the wall time

Each first sync is printed as a ratio to the raw fetch of the same folder, whole process and
minus the idle run (start-up); then the per-message cost's growth from one size to the next.
Targets (issue "fast at any size"): acted-on 10k <= 3x raw; per-message cost 10k -> 50k <= 1.2x;
peak RSS <= 100 MB and flat in N; idle run --once <= 150 ms beyond a bare interpreter.

Usage: .venv/bin/python bench/ingest.py [--sizes 1000,10000,50000] [--repeat 3] [--keep]
50k takes a few minutes on a shared 2-core machine: run it with nice, in the background.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from tests.integration.dovecot import Dovecot, start_dovecot  # noqa: E402

# `followup` run by an interpreter that reports its own peak RSS (VmHWM) on exit: getrusage in
# the parent would count the parent's size from before exec.
RUN = (
    "import atexit, sys\n"
    "from followup.cli import main\n"
    "def hwm():\n"
    "    line = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]\n"
    "    print('VmHWM', int(line.split()[1]) // 1024, file=sys.stderr)\n"
    "    import os; t = os.times(); print('CPU', t.user + t.system, file=sys.stderr)\n"
    "atexit.register(hwm)\n"
    "sys.exit(main(sys.argv[1:]))\n"
)
FOLLOWUP = [sys.executable, "-c", RUN]
NOW = "2027-06-01T00:00:00+00:00"  # after every seeded message, whatever N
WORDS = (
    "the", "quarterly", "update", "team", "meeting", "notes", "project", "deadline", "weekend", "plans",
    "invoice", "receipt", "newsletter", "offer", "discount", "shipping", "order", "delivered", "thanks",
    "regards", "photo", "family", "dinner", "friday", "report", "draft", "review", "comments", "schedule",
    "lunch", "coffee", "travel", "booking", "hotel", "flight",
)
FIRST_NAMES = ["Mia", "Noah", "Lena", "Omar", "Priya", "Tom", "Yuki", "Ines", "Paul", "Zoe"]
COMPANIES = ["Acme Robotics", "Globex", "Initech", "Umbrella Labs", "Hooli", "Stark Industries"]
ROLES = ["Senior Backend Engineer", "Data Engineer", "Platform Engineer", "Engineering Manager"]
LISTS = ["news", "digest", "offers", "updates", "noreply", "notifications"]

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


def ics(uid: str, start: datetime) -> str:
    end = start + timedelta(minutes=45)
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//bench//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
        f"UID:{uid}\nDTSTAMP:{start:%Y%m%dT%H%M%SZ}\nDTSTART:{start:%Y%m%dT%H%M%SZ}\n"
        f"DTEND:{end:%Y%m%dT%H%M%SZ}\nSUMMARY:Interview\nORGANIZER:mailto:sam.lee@acme.example\n"
        "ATTENDEE;CN=Jane Doe:mailto:jane.doe@acme.example\nEND:VEVENT\nEND:VCALENDAR\n"
    )


def job_mail(rng: random.Random, i: int, when: datetime, size: int) -> tuple[str, str, str, str]:
    """(sender, subject, extra headers, body) of a job mail."""
    company, role = rng.choice(COMPANIES), rng.choice(ROLES)
    sender = f"Sam Lee <sam.lee@{company.split()[0].lower()}.example>"
    if rng.random() < 0.5:
        body = (
            f"Hi,\n\nThank you for your application for the {role} position at {company}. "
            "We have received it and our team will review it shortly.\n\nBest,\nThe recruiting team\n"
        )
        return sender, f"Thank you for applying to {company}", "", body + filler(rng, size - len(body))
    start = (when + timedelta(days=5)).replace(hour=15, minute=0)
    text = (
        f"Hi,\n\nYour interview for the {role} role at {company} is confirmed for "
        f"{start.strftime('%A %d %B %Y at %H:%M')} UTC with Jane Doe (jane.doe@example.com).\n"
        "Join at https://zoom.us/j/123456789\n\nSam Lee\nRecruiting\n"
    )
    subject = f"Interview confirmation: {role} at {company}"
    if rng.random() < 0.66:
        return sender, subject, "", text + filler(rng, size - len(text))
    boundary = f"b{i}"
    body = (
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
        f"--{boundary}\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n"
        f"{ics(f'bench-{i}@acme.example', start)}--{boundary}--\n"
    )
    return sender, subject, f"multipart/alternative; boundary=\"{boundary}\"", body


def messages(n: int, seed: int = 7, personal: float = 0.15) -> Iterator[tuple[bytes, float]]:
    """N messages (raw, epoch) of 3-10 KB: 2% job mail, `personal` personal mail, the rest list and robot mail."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(n):
        when = start + timedelta(minutes=10 * i)
        size = rng.randint(3000, 10000)
        draw = rng.random()
        extra = ""
        ctype = "text/plain; charset=utf-8"
        if draw < 0.02:
            sender, subject, mixed, body = job_mail(rng, i, when, size)
            ctype = mixed or ctype
        elif draw < 1.0 - personal:
            name = rng.choice(LISTS)
            sender = f"{rng.choice(WORDS).title()} <{name}@{rng.choice(WORDS)}.example>"
            subject = " ".join(rng.choice(WORDS) for _ in range(5)).capitalize()
            extra = f"List-Unsubscribe: <mailto:unsubscribe@{name}.example>\n" if name != "noreply" else ""
            body = filler(rng, size)
        else:
            first = rng.choice(FIRST_NAMES)
            sender = f"{first} <{first.lower()}@{rng.choice(['mail', 'post', 'inbox'])}.example>"
            subject = " ".join(rng.choice(WORDS) for _ in range(5)).capitalize()
            body = filler(rng, size)
        head = (
            f"From: {sender}\nTo: owner@example.org\nSubject: {subject}\nDate: {format_datetime(when)}\n"
            f"Message-ID: <bench-{i}-{seed}@bench.example>\n{extra}MIME-Version: 1.0\nContent-Type: {ctype}\n\n"
        )
        yield (head + body).replace("\n", "\r\n").encode(), when.timestamp()


def raw_fetch(dc: Dovecot, folder: str, batch: int = 200) -> tuple[float, int, int]:
    """Fetch every BODY.PEEK[] with imapclient; return (seconds, messages, bytes)."""
    started = time.perf_counter()
    client = dc.client(timeout=120)
    client.select_folder(folder, readonly=True)
    uids = client.search(["UID", "1:*"])
    count = size = 0
    for i in range(0, len(uids), batch):
        for data in client.fetch(uids[i : i + batch], ["BODY.PEEK[]", "INTERNALDATE"]).values():
            count += 1
            size += len(data[b"BODY[]"])
    client.logout()
    return time.perf_counter() - started, count, size


def timed_run(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run a command; return (seconds, peak RSS in MB as the process reported it, output).

    The output ends with the process's own CPU seconds (`cpu_of`): on a shared machine they
    move far less with the load than the wall time does."""
    started = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[-6:])} exited {done.returncode}: {(done.stdout + done.stderr)[-2000:]}")
    peak = [float(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("VmHWM ")]
    return elapsed, peak[-1] if peak else 0.0, done.stdout + done.stderr


def cpu_of(text: str) -> float:
    """The CPU seconds (user + system) a `followup` run reported at exit."""
    found = [float(line.split()[1]) for line in text.splitlines() if line.startswith("CPU ")]
    return found[-1] if found else 0.0


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
approval:
  via: [cli]
rules: {ROOT / "rules"}
templates: {ROOT / "rules" / "templates"}
state_dir: {work / name}
"""
    )
    return path


def outcome_line(text: str) -> str:
    lines = [line for line in text.splitlines() if " new" in line and ":" in line and "followup." not in line]
    return lines[-1].strip() if lines else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated folder sizes (default 1000,10000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure; the best counts (default 3)")
    parser.add_argument("--personal", type=float, default=0.15, help="share of personal mail (default 0.15)")
    parser.add_argument("--keep", action="store_true", help="keep the Dovecot and state dirs")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    work = Path(tempfile.mkdtemp(prefix="followup-bench-"))
    dc = start_dovecot()
    env = {**os.environ, "BENCH_IMAP_PASSWORD": dc.users["owner"], "PYTHONPATH": str(ROOT / "daemon")}
    results: list[dict[str, float]] = []
    try:
        bare = min(timed_run([sys.executable, "-c", "pass"], env)[0] for _ in range(5))
        for n in sizes:
            folder = f"N{n}"
            t0 = time.perf_counter()
            dc.seed_maildir("owner", messages(n, personal=args.personal), folder=folder)
            print(f"\n== N = {n} ({args.personal:.0%} personal mail): seeded in {time.perf_counter() - t0:.1f}s")
            raw_fetch(dc, folder)  # the first session indexes the Maildir: not counted
            raws = [raw_fetch(dc, folder) for _ in range(args.repeat)]
            raw = min(r[0] for r in raws)
            print(f"raw fetch: {raws[0][1]} messages, {raws[0][2] / 1e6:.1f} MB: {raw:.2f}s")
            row: dict[str, float] = {"n": n, "raw": raw}
            for mode, backfill in (("acted", "3650d"), ("record", "1s")):
                best, peak, out, cpu = float("inf"), 0.0, "", float("inf")
                for attempt in range(args.repeat):
                    config = write_config(work, dc, f"{mode}{n}-{attempt}", folder, backfill)
                    command = [*FOLLOWUP, "--config", str(config), "run", "--once", "--now", NOW]
                    elapsed, rss, text = timed_run(command, env)
                    if elapsed < best:
                        best, out = elapsed, text
                    cpu = min(cpu, cpu_of(text))
                    peak = max(peak, rss)
                idle = min(
                    timed_run([*FOLLOWUP, "--config", str(config), "run", "--once", "--now", NOW], env)[0]
                    for _ in range(args.repeat)
                )
                row[mode], row[f"{mode}_rss"], row[f"{mode}_cpu"], row["idle"] = best, peak, cpu, idle
                said = outcome_line(out)
                print(f"{mode:6} first sync: {best:.2f}s (CPU {cpu:.2f}s), peak RSS {peak:.0f} MB | {said}")
            results.append(row)
            print(f"idle run --once: {row['idle'] * 1000:.0f} ms; bare interpreter: {bare * 1000:.0f} ms")

        print("\nN        acted/raw  (-start-up)  record/raw  (-start-up)  acted ms/msg  (CPU)  peak RSS acted/record")
        for row in results:
            count, raw, idle = row["n"], row["raw"], row["idle"]
            print(
                f"{int(count):<8} {row['acted'] / raw:8.2f}x {(row['acted'] - idle) / raw:10.2f}x "
                f"{row['record'] / raw:10.2f}x {(row['record'] - idle) / raw:10.2f}x "
                f"{(row['acted'] - idle) / count * 1000:12.3f} {row['acted_cpu'] / count * 1000:6.3f} "
                f"{row['acted_rss']:9.0f} / {row['record_rss']:.0f} MB"
            )
        for before, after in itertools.pairwise(results):
            per_after = (after["acted"] - after["idle"]) / after["n"]
            growth = per_after / ((before["acted"] - before["idle"]) / before["n"])
            raw_growth = (after["raw"] / after["n"]) / (before["raw"] / before["n"])
            cpu_growth = (after["acted_cpu"] / after["n"]) / (before["acted_cpu"] / before["n"])
            print(
                f"per-message cost {int(before['n'])} -> {int(after['n'])}: acted {growth:.2f}x "
                f"(CPU {cpu_growth:.2f}x; raw fetch {raw_growth:.2f}x)   target <= 1.2x"
            )
        idle_beyond = min(r["idle"] for r in results) - bare
        print(f"idle run --once beyond a bare interpreter: {idle_beyond * 1000:.0f} ms   target <= 150 ms")
        print("targets: acted-on 10k <= 3x raw; peak RSS <= 100 MB, flat in N")
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
