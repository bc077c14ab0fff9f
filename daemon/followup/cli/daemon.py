"""Commands about the daemon itself: check, login, run, status, pause, resume, demo."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime

from followup.cli.common import (
    EXIT_OK, EXIT_PROBLEM, VALIDATED_RECORD, clock_for, config_path, fmt_time, load, open_store, print_json,
    UsageError,
)
from followup.clock import SystemClock


def cmd_check(args: argparse.Namespace) -> int:
    from followup.checks import check_everything

    path = config_path(args)
    ok = True
    for line, good in check_everything(path):
        print(line)
        ok = ok and good
    return EXIT_OK if ok else EXIT_PROBLEM


def cmd_login(args: argparse.Namespace) -> int:
    from followup.oauth import login, sign_ins

    config = load(args)
    found = sign_ins(config)
    if not found:
        print("nothing to sign in: neither mailbox.auth nor smtp.auth is oauth2")
        return EXIT_OK
    for sign_in in found:
        where = login(config, sign_in, lambda text: print(text, flush=True), open_browser=not args.no_browser)
        print(f"signed in {sign_in.account} ({sign_in.setting}); refresh token kept in {where}")
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    from followup import service

    from followup.runtime import open_runtime

    if args.now is not None and not args.once:
        raise UsageError("--now needs --once: the daemon always runs on the real clock")
    config = load(args)
    rt = open_runtime(config, config.state_path / VALIDATED_RECORD)
    store = open_store(rt.config)
    try:
        store.lock()
        if args.once:
            report = service.run_once(rt, store, clock_for(args), progress=terminal_progress())
            for line in report.lines():
                print(line)
            # A folder that could not be polled is a problem to fix (exit 1), even though the
            # sending side still ran.
            return EXIT_OK if report.ok else EXIT_PROBLEM
        return service.run_forever(rt, store, config_path(args))
    finally:
        store.close()


def terminal_progress() -> Callable[[str, int, int], None] | None:
    """A progress line for long first syncs, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(folder: str, done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\r{folder}: {done}/{total} messages{end}")
        sys.stderr.flush()

    return show


def cmd_status(args: argparse.Namespace) -> int:
    from followup.report import count
    from followup.service import status_data

    config = load(args)
    store = open_store(config)
    try:
        data = status_data(config, store, SystemClock().now())
    finally:
        store.close()
    if args.json:
        print_json(data)
        return EXIT_OK
    zone = config.owner.timezone
    print(f"sending: {'PAUSED (followup resume to send again)' if data['paused'] else 'on'}")
    for line in data["sign_in_revoked"]:
        print(line)
    for f in data["folders"]:
        mark = "ok" if f["healthy"] else "UNHEALTHY"
        last_ok = fmt_time(datetime.fromisoformat(f["last_poll_ok"]) if f["last_poll_ok"] else None, zone)
        print(
            f"folder {f['folder']}: {mark} - {f['state']}; last good poll {last_ok}; "
            f"{count(f['messages_seen'], 'message')} seen"
        )
        if f["last_error"]:
            at = fmt_time(datetime.fromisoformat(f["last_error_at"]), zone) if f["last_error_at"] else "?"
            # The store keeps the last error after a good poll; shown as current it would read as
            # a fault that is still there.
            settled = bool(
                f["last_poll_ok"]
                and f["last_error_at"]
                and datetime.fromisoformat(f["last_error_at"]) < datetime.fromisoformat(f["last_poll_ok"])
            )
            if settled:
                print(f"  earlier error ({at}), a later poll succeeded: {f['last_error']}")
            else:
                print(f"  last error ({at}): {f['last_error']}")
    for item in data["needs_you"]:
        print(f"needs you: {item['what']}: {item['command']}")
    if data["notices_waiting"]:
        print(f"{data['notices_waiting']} notices for you are waiting to be mailed (is smtp configured and reachable?)")
    counts = data["followups"]
    if counts:
        print("follow-ups: " + ", ".join(f"{n} {state}" for state, n in sorted(counts.items())))
    else:
        print("follow-ups: none yet")
    return EXIT_OK


def cmd_pause(args: argparse.Namespace) -> int:
    return _set_paused(
        args, True, "paused: nothing will be sent until `followup resume` (detection and scheduling go on)"
    )


def cmd_resume(args: argparse.Namespace) -> int:
    return _set_paused(args, False, "resumed: approved follow-ups will be sent when due")


def _set_paused(args: argparse.Namespace, paused: bool, message: str) -> int:
    config = load(args)
    store = open_store(config)
    try:
        store.set_paused(paused)
    finally:
        store.close()
    print(message)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from followup.demo import run_demo

    return run_demo(print)
