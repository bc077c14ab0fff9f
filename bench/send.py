"""Dispatch N approved follow-ups to a local SMTP server; print throughput and check each
arrived exactly once.

    .venv/bin/python bench/send.py [--n 200]

The baseline, measured in the same run, is aiosmtplib sending the same N pre-rendered messages
over one connection with no store: the ratio shows what exactly-once bookkeeping (a durable
claim and a committed result per note) and rendering cost on top of the wire. The same with a
connection per message is printed too.
"""

from __future__ import annotations

import argparse
import asyncio
import email
import email.policy
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta, UTC
from pathlib import Path

import aiosmtplib
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "daemon"))

from followup.config import load_config  # noqa: E402
from followup.model import FollowUp, FollowUpState, Interview, InterviewTime, Original, Person  # noqa: E402
from followup.drafts import with_text  # noqa: E402
from followup.outbox import dispatch_due, message_for  # noqa: E402
from followup.runtime import load_runtime  # noqa: E402
from followup.store import Store  # noqa: E402
from tests.integration.dovecot import free_port  # noqa: E402
from tests.integration.smtpd import CapturingHandler  # noqa: E402

NOW = datetime(2026, 12, 9, 10, 0, tzinfo=UTC)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args()
    capture = CapturingHandler([], [], [])
    port = free_port()
    controller = Controller(capture, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            config = load_config(
                "owner: {name: Ana Example, email: ana@example.com, timezone: Europe/Paris}\n"
                "mailbox: {source: maildir, path: mail}\n"
                f"smtp: {{host: 127.0.0.1, port: {port}, security: plain, save_sent_to: null, max_per_day: {args.n}}}\n"
                f"rules: {ROOT / 'rules'}\ntemplates: {ROOT / 'rules' / 'templates'}\nstate_dir: {tmp}/state\n",
                "bench.yaml",
            )
            rt = load_runtime(config)
            store = Store.open(Path(tmp) / "state")
            start = NOW - timedelta(hours=3)
            iid = store.add_interview(
                Interview(
                    id=None, company="Acme Robotics", role="Backend Engineer",
                    time=InterviewTime(start, start + timedelta(hours=1), "Europe/Paris"),
                    original=Original(
                        "Sam <sam@acme.example>", "Interview", start - timedelta(days=3), "<orig@acme.example>"
                    ),
                ),
                NOW,
            )  # fmt: skip
            interview = store.interview(iid)
            for i in range(args.n):
                fu = FollowUp(
                    id=None, rule="thank each interviewer", recipient=Person(f"Person {i}", f"p{i}@acme.example"),
                    send_at=NOW - timedelta(minutes=1), state=FollowUpState.approved,
                    message_id=f"<bench.{i}@example.com>", template="thank_you.txt", interview_id=iid,
                )  # fmt: skip
                store.add_followup(with_text(rt, interview, fu), NOW, "bench")

            # Baseline: the same messages over aiosmtplib with no store and no rendering.
            rendered = [message_for(rt, store, fu, NOW) for fu in store.followups(FollowUpState.approved)]

            async def raw_send() -> None:
                for m in rendered:
                    await aiosmtplib.send(m.data, sender=m.from_addr, recipients=list(m.to), hostname="127.0.0.1",
                                          port=port, timeout=10)  # fmt: skip

            async def raw_batch() -> None:
                # What dispatch does on the wire: one connection for the whole batch.
                client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=10)
                await client.connect()
                for m in rendered:
                    await client.sendmail(m.from_addr, list(m.to), m.data)
                await client.quit()

            # The best of three of each, on a shared machine.
            baseline = per_message = float("inf")
            for _ in range(3):
                t0 = time.perf_counter()
                asyncio.run(raw_batch())
                baseline = min(baseline, time.perf_counter() - t0)
                t0 = time.perf_counter()
                asyncio.run(raw_send())
                per_message = min(per_message, time.perf_counter() - t0)
            capture.messages.clear()

            t0 = time.perf_counter()
            report = dispatch_due(rt, store, NOW)
            elapsed = time.perf_counter() - t0
            store.close()
    finally:
        controller.stop()
    ids = Counter(email.message_from_bytes(m.data, policy=email.policy.default)["Message-ID"] for m in capture.messages)
    expected = {f"<bench.{i}@example.com>" for i in range(args.n)}
    once = set(ids) == expected and all(n == 1 for n in ids.values())
    print(f"follow-ups: {args.n}; sent by dispatch: {len(report.sent)}; arrived: {len(capture.messages)}; "
          f"each exactly once: {'yes' if once else 'NO'}")
    print(f"baseline (aiosmtplib, one connection, no store): {baseline:.2f}s = {args.n / baseline:.0f} msg/s")
    print(f"aiosmtplib, a connection per message, no store:  {per_message:.2f}s = {args.n / per_message:.0f} msg/s")
    print(
        f"dispatch (exactly-once, store):  {elapsed:.2f}s = {args.n / elapsed:.0f} msg/s; "
        f"ratio {elapsed / baseline:.2f}x"
    )
    return 0 if once else 1


if __name__ == "__main__":
    raise SystemExit(main())
