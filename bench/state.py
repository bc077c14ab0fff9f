"""State benchmark: the daemon's work pass, one new event and every list command, on big stores.

Builds stores through the public Store API (applications, interviews with their history and
replies, follow-ups moved through their real transitions), one per size given as
INTERVIEWS/FOLLOWUPS (default 2000/10000 and 10000/50000). Like a store after years of use,
most follow-ups are settled (sent, expired, cancelled, rejected); a few dozen drafts wait for
approval and a few approved notes wait for their time. Then it times, on each store:

  work pass  service.run_once without a poll: reconcile, housekeeping, approval requests,
             dispatch (nothing due), notices; the job the daemon runs every 5 seconds
  new event  one new interview invitation through the real pipeline (parse, detect, track,
             plan, record), in a transaction rolled back afterwards
  commands   interviews, applications, pending, followups, history (its default page and
             --all), stats (in-process, output discarded), each with --json

and prints each time and its growth from one store to the next (the store is 5x larger).
Targets: work pass <= 1 s and growth <= 6x; one new invite <= 0.2 s; stats, history and
pending <= 0.5 s at 10k/50k.

Usage: .venv/bin/python bench/state.py [--sizes 2000/10000,10000/50000] [--keep]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))

from followup.cli import main as cli_main  # noqa: E402
from followup.clock import FixedClock  # noqa: E402
from followup.config import read_config  # noqa: E402
from followup.model import (  # noqa: E402
    Application,
    FollowUp,
    FollowUpState,
    Interview,
    InterviewTime,
    Original,
    Person,
    TrackState,
)
from followup.runtime import load_runtime  # noqa: E402
from followup.send import SendReceipt  # noqa: E402
from followup.source import FetchedMail  # noqa: E402
from followup.store import Store  # noqa: E402

S = FollowUpState
NOW = datetime(2027, 6, 1, 12, 0, tzinfo=UTC)
COMPANIES = [f"{a} {b}" for a in ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell")
             for b in ("Robotics", "Labs", "Systems", "Health", "Energy", "Freight", "Games", "Bank")]  # fmt: skip
RULES = ["thank each interviewer", "check in after silence", "thank the recruiter"]
# Where follow-ups end up after years of use, by share (the rest are sent).
SETTLED = [(S.expired, 0.10), (S.cancelled, 0.10), (S.rejected, 0.05)]
PATHS = {
    S.sent: (S.approved, S.sending, S.sent),
    S.expired: (S.expired,),
    S.cancelled: (S.cancelled,),
    S.rejected: (S.rejected,),
    S.approved: (S.approved,),
    S.awaiting_approval: (),
}


class NullSender:
    """Accepts every message and drops it (approval requests and notices in the work pass)."""

    def send(self, message_bytes: bytes, from_addr: str, to: list[str]) -> SendReceipt:
        return SendReceipt(250, "2.0.0 dropped by the bench")

    def batch(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()


def write_config(work: Path, name: str) -> Path:
    (work / "maildir" / "cur").mkdir(parents=True, exist_ok=True)
    path = work / f"{name}.yaml"
    path.write_text(
        f"""owner: {{name: Alex Morgan, email: alex.morgan@mail.example, timezone: UTC}}
mailbox: {{source: maildir, path: {work / "maildir"}, address: followup@mail.example}}
smtp: {{host: 127.0.0.1, port: 2525, security: plain, save_sent_to: null}}
approval: {{via: [cli, email]}}
rules: {ROOT / "rules"}
templates: {ROOT / "rules" / "templates"}
state_dir: {work / name}
"""
    )
    return path


def build(store: Store, interviews: int, followups: int, seed: int = 5) -> None:
    """Fill `store` with `interviews` interviews (and as many applications) and `followups` notes."""
    rng = random.Random(seed)
    start = NOW - timedelta(days=3 * 365)
    span = (NOW - start).total_seconds()
    per_interview = max(1, followups // interviews)
    waiting = approved = 0
    with store.transaction():
        for i in range(interviews):
            company = f"{rng.choice(COMPANIES)} {i}"
            domain = f"c{i}.example"
            at = start + timedelta(seconds=span * i / interviews)
            app = Application(
                None, company, "Engineer", at, contact=Person("Sam Lee", f"sam@{domain}"),
                thread_ids=(f"<app-{i}@{domain}>",), state=TrackState.closed if i % 3 else TrackState.open,
                original=Original(sender=f"sam@{domain}", subject="Thanks", date=at, message_id=f"<app-{i}@{domain}>"),
            )  # fmt: skip
            aid = store.add_application(app, at)
            when = at + timedelta(days=10)
            future = i >= interviews - 20
            if future:
                when = NOW + timedelta(days=1 + i % 10)
            iv = Interview(
                None, company, "Engineer",
                InterviewTime(start=when, end=when + timedelta(minutes=45), timezone="UTC"),
                interviewers=(Person("Jane Doe", f"jane@{domain}"), Person("Kim Park", f"kim@{domain}")),
                contact=Person("Sam Lee", f"sam@{domain}"), thread_ids=(f"<iv-{i}@{domain}>",),
                calendar_uid=f"uid-{i}@{domain}", state=TrackState.scheduled if future else TrackState.done,
                application_id=aid,
                original=Original(sender=f"sam@{domain}", subject="Interview", date=at, message_id=f"<iv{i}@{domain}>"),
            )  # fmt: skip
            iid = store.add_interview(iv, at)
            store.add_history("interview_scheduled", at, interview_id=iid, note="bench")
            for k in range(per_interview):
                send_at = when + timedelta(hours=2 + 24 * k)
                target = S.sent
                draw = rng.random()
                for state, share in SETTLED:
                    if draw < share:
                        target = state
                        break
                    draw -= share
                if future and waiting < 60:
                    target, waiting = S.awaiting_approval, waiting + 1
                elif future and approved < 20:
                    target, approved = S.approved, approved + 1
                fu = FollowUp(
                    None, RULES[k % len(RULES)], Person("Jane Doe", f"jane{k}@{domain}"), send_at,
                    S.awaiting_approval, f"<bench-{i}-{k}@mail.example>", "thank_you.txt",
                    interview_id=iid, subject="Thank you", body="Dear Jane,\n\nThank you.\n", created_at=at,
                )  # fmt: skip
                fid = store.add_followup(fu, at, "bench")
                assert fid is not None
                for step in PATHS[target]:
                    store.transition(fid, step, "bench", send_at if target is S.sent else at)
                if target is S.sent and rng.random() < 0.4:
                    store.add_history("reply", send_at + timedelta(days=2), interview_id=iid, note="bench reply")


def invitation(n: int) -> bytes:
    when = NOW + timedelta(days=3)
    return (
        f"From: Sam Lee <sam.lee@newco{n}.example>\r\nTo: Alex Morgan <alex.morgan@mail.example>\r\n"
        f"Subject: Interview confirmation: Data Engineer at Newco {n}\r\nDate: {format_datetime(NOW)}\r\n"
        f"Message-ID: <new-{n}@newco.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hi Alex,\r\n\r\nYour interview for the Data Engineer role at Newco {n} is confirmed for "
        f"{when:%A %d %B %Y} at 15:00 UTC with Jane Doe (jane.doe@newco{n}.example).\r\n"
        "Join at https://zoom.us/j/123456789\r\n\r\nSam Lee\r\nRecruiting\r\n"
    ).encode()


def best_of(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


class _Rollback(Exception):
    pass


def measure(config_path: Path, repeat: int) -> dict[str, float]:
    from followup import route, service

    config = read_config(config_path)
    rt = load_runtime(config)
    store = Store.open(config.state_path)
    clock = FixedClock(NOW)
    sender = NullSender()
    times: dict[str, float] = {}
    service.run_once(rt, store, clock, sender=sender, poll=False)  # first pass: requests and notices go out
    times["first work pass"] = best_of(lambda: service.run_once(rt, store, clock, sender=sender, poll=False), 1)
    times["work pass"] = best_of(lambda: service.run_once(rt, store, clock, sender=sender, poll=False), repeat)
    handle = route.make_handler(rt)
    count = [0]

    def one_event() -> None:
        count[0] += 1
        mail = FetchedMail("INBOX", 1, 10_000_000 + count[0], invitation(count[0]), NOW)
        try:
            with store.transaction():
                handled = handle(store, mail, act=True, now=NOW)
                assert handled.kind == "interview_scheduled", handled
                raise _Rollback
        except _Rollback:
            pass

    one_event()  # imports and compiles detection: not counted
    times["one new invite"] = best_of(one_event, repeat)
    store.close()
    # `history` shows its most recent page by default; `history --all` is every sent note.
    for command in ("interviews", "applications", "pending", "followups", "history", "history --all", "stats"):
        args = ["--config", str(config_path), *command.split(), "--json"]
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            times[command] = best_of(lambda a=args: cli_main(a), repeat)  # type: ignore[misc]
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--sizes", default="2000/10000,10000/50000", help="INTERVIEWS/FOLLOWUPS,... (default 2000/10000,10000/50000)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure; the best counts (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the state dirs")
    args = parser.parse_args(argv)
    sizes = [tuple(int(x) for x in s.split("/")) for s in args.sizes.split(",") if s.strip()]

    work = Path(tempfile.mkdtemp(prefix="followup-state-"))
    results: list[tuple[str, dict[str, float]]] = []
    try:
        for interviews, followups in sizes:
            name = f"s{interviews}-{followups}"
            config = write_config(work, name)
            started = time.perf_counter()
            store = Store.open(work / name)
            build(store, interviews, followups)
            store.close()
            print(f"built {interviews} interviews / {followups} follow-ups in {time.perf_counter() - started:.1f}s")
            times = measure(config, args.repeat)
            results.append((f"{interviews}/{followups}", times))
            for what, seconds in times.items():
                print(f"  {what:16} {seconds * 1000:9.1f} ms")
        if len(results) > 1:
            print("\nmeasure            " + "  ".join(f"{label:>12}" for label, _ in results) + "   growth")
            for what in results[0][1]:
                values = [t[what] for _, t in results]
                growth = values[-1] / values[0] if values[0] else float("nan")
                print(f"{what:18} " + "  ".join(f"{v * 1000:9.1f} ms" for v in values) + f"   {growth:5.1f}x")
        print("targets: work pass <= 1 s, growth <= 6x; one new invite <= 0.2 s; stats, history, pending <= 0.5 s")
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
