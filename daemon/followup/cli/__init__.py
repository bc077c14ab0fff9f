"""The command line: argument parsing, wiring, printing and exit codes; no decisions of its own.

Exit codes: 0 ok, 1 a problem the user must fix (bad config, failed check), 2 bad usage.
Expected faults print one line to stderr and never a traceback.

One module per command group: `parser` (the arguments), `common` (what every command shares),
`daemon`, `lists`, `decide` and `explain`; `main` here is the console entry point.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from followup.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, UsageError, open_store
from followup.cli.parser import build_parser
from followup.errors import ConfigError, FollowupError, StoreError
from followup.logs import setup_logging

# Re-exported: tests and tools call these through `followup.cli`.
__all__ = ["COMMANDS", "build_parser", "handler", "main", "open_store"]


# Each command names its module and function, imported only when that command runs: `--help`
# and one command never pay for the imports of all the others.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("daemon", "cmd_demo"),
    "approve": ("decide", "cmd_approve"),
    "reject": ("decide", "cmd_reject"),
    "revive": ("decide", "cmd_revive"),
    "interview": ("decide", "cmd_interview"),
    "application": ("decide", "cmd_application"),
    "snooze": ("decide", "cmd_snooze"),
    "review": ("decide", "cmd_review"),
    "answer": ("decide", "cmd_answer"),
    "retime": ("decide", "cmd_retime"),
    "redirect": ("decide", "cmd_redirect"),
    "mark-sent": ("decide", "cmd_settle"),
    "resend": ("decide", "cmd_settle"),
    "explain": ("explain", "cmd_explain"),
    "inspect": ("explain", "cmd_inspect"),
    "interviews": ("lists", "cmd_interviews"),
    "applications": ("lists", "cmd_applications"),
    "followups": ("lists", "cmd_followups"),
    "pending": ("lists", "cmd_pending"),
    "ask": ("decide", "cmd_ask"),
    "history": ("lists", "cmd_history"),
    "stats": ("lists", "cmd_stats"),
    "export": ("lists", "cmd_export"),
    "check": ("daemon", "cmd_check"),
    "run": ("daemon", "cmd_run"),
    "status": ("daemon", "cmd_status"),
    "pause": ("daemon", "cmd_pause"),
    "resume": ("daemon", "cmd_resume"),
    "login": ("daemon", "cmd_login"),
}


def handler(command: str) -> Callable[[argparse.Namespace], int]:
    """The function that runs `command`, its module imported now."""
    module, name = COMMANDS[command]
    fn: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(f"followup.cli.{module}"), name)
    return fn


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    setup_logging(args.log_format, logging.DEBUG if args.verbose else logging.INFO)
    try:
        code = handler(args.command)(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # The reader went away (`followup export | head`): that is no fault. Point stdout at
        # /dev/null so that the interpreter's own flush at exit does not complain again.
        _silence_stdout()
        return EXIT_OK
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
