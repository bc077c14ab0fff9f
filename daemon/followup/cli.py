"""The command line: argument parsing, wiring, printing and exit codes; no decisions of its own.

Exit codes: 0 ok, 1 a problem the user must fix (bad config, failed check), 2 bad usage.
Expected faults print one line to stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from followup import __version__
from followup.clock import Clock, FixedClock, SystemClock
from followup.config import DEFAULT_CONFIG_PATH, Config, read_config, resolve_secret
from followup.errors import ConfigError, FollowupError, StoreError
from followup.logs import setup_logging
from followup.store import Store

log = logging.getLogger(__name__)

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad command-line usage: exit 2."""


def _iso_now(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--now {text!r} is not an ISO 8601 time; write e.g. 2026-12-08T17:00:00-05:00"
        ) from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"--now {text!r} has no UTC offset; add one, e.g. {text}+00:00"
        )
    return value


def build_parser() -> argparse.ArgumentParser:
    """Build the argparse parser for every command."""
    parser = argparse.ArgumentParser(
        prog="followup",
        description="Follow up on every interview and application.",
    )
    parser.add_argument("--version", action="version", version=f"followup {__version__}")
    parser.add_argument(
        "--config",
        metavar="PATH",
        help=f"config file (default: $FOLLOWUP_CONFIG, else {DEFAULT_CONFIG_PATH})",
    )
    parser.add_argument("--log-format", choices=("text", "json"), default="text", help="log line format")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("run", help="run the daemon in the foreground")
    p.add_argument("--once", action="store_true", help="one poll and one dispatch, then exit")
    p.add_argument("--now", type=_iso_now, metavar="ISO", help="take this instant as the current time")

    p = sub.add_parser("status", help="health of each folder and follow-ups by state")
    p.add_argument("--json", action="store_true")

    sub.add_parser("pause", help="the kill switch: send nothing until resume")
    sub.add_parser("resume", help="allow sending again")
    sub.add_parser("check", help="validate config, rules and templates, then try IMAP and SMTP login")
    return parser


def config_path(args: argparse.Namespace) -> Path:
    """The config file the user means: --config, $FOLLOWUP_CONFIG, or the default path."""
    raw = args.config or os.environ.get("FOLLOWUP_CONFIG") or DEFAULT_CONFIG_PATH
    return Path(os.path.expanduser(raw))


def load(args: argparse.Namespace) -> Config:
    """Read the config named by the arguments (raises ConfigError)."""
    return read_config(config_path(args))


def open_store(config: Config) -> Store:
    """Open the state store of `config`."""
    return Store.open(config.state_path)


def clock_for(args: argparse.Namespace) -> Clock:
    now = getattr(args, "now", None)
    return FixedClock(now) if now is not None else SystemClock()


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=None, default=str))


def _fmt_time(value: datetime | None, zone: str = "UTC") -> str:
    if value is None:
        return "never"
    from zoneinfo import ZoneInfo

    return value.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M %Z")


# --- commands ---


def cmd_check(args: argparse.Namespace) -> int:
    from followup.checks import check_everything

    path = config_path(args)
    ok = True
    for line, good in check_everything(path):
        print(line)
        ok = ok and good
    return EXIT_OK if ok else EXIT_PROBLEM


def cmd_run(args: argparse.Namespace) -> int:
    from followup import service

    config = load(args)
    store = open_store(config)
    try:
        store.lock()
        if args.once:
            report = service.run_once(config, store, clock_for(args))
            for line in report.lines():
                print(line)
            return EXIT_OK
        return service.run_forever(config, store, config_path(args))
    finally:
        store.close()


def status_data(config: Config, store: Store, now: datetime) -> dict[str, Any]:
    """Gather the health report: folders, follow-ups by state, pause switch."""
    from followup.service import folder_health

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
    return {
        "paused": store.is_paused(),
        "folders": folders,
        "followups": store.followup_counts(),
        "messages": store.message_counts(),
        "state_dir": str(config.state_path),
    }


def cmd_status(args: argparse.Namespace) -> int:
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
    for f in data["folders"]:
        mark = "ok" if f["healthy"] else "UNHEALTHY"
        last_ok = _fmt_time(datetime.fromisoformat(f["last_poll_ok"]) if f["last_poll_ok"] else None, zone)
        print(f"folder {f['folder']}: {mark} - {f['state']}; last good poll {last_ok}; {f['messages_seen']} messages seen")
        if f["last_error"]:
            at = _fmt_time(datetime.fromisoformat(f["last_error_at"]), zone) if f["last_error_at"] else "?"
            print(f"  last error ({at}): {f['last_error']}")
    counts = data["followups"]
    if counts:
        print("follow-ups: " + ", ".join(f"{n} {state}" for state, n in sorted(counts.items())))
    else:
        print("follow-ups: none yet")
    return EXIT_OK


def cmd_pause(args: argparse.Namespace) -> int:
    config = load(args)
    store = open_store(config)
    try:
        store.set_paused(True)
    finally:
        store.close()
    print("paused: nothing will be sent until `followup resume` (detection and scheduling go on)")
    return EXIT_OK


def cmd_resume(args: argparse.Namespace) -> int:
    config = load(args)
    store = open_store(config)
    try:
        store.set_paused(False)
    finally:
        store.close()
    print("resumed: approved follow-ups will be sent when due")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": cmd_check,
    "run": cmd_run,
    "status": cmd_status,
    "pause": cmd_pause,
    "resume": cmd_resume,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    setup_logging(args.log_format, logging.DEBUG if args.verbose else logging.INFO)
    handler = COMMANDS[args.command]
    try:
        return handler(args)
    except UsageError as exc:
        print(f"followup: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEM
    except (StoreError, FollowupError) as exc:
        print(f"followup: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
