"""The command line: argument parsing, wiring, printing and exit codes; no decisions of its own.

Exit codes: 0 ok, 1 a problem the user must fix (bad config, failed check), 2 bad usage.
Expected faults print one line to stderr and never a traceback.

One module per command group: `parser` (the arguments), `common` (what every command shares),
`daemon`, `lists`, `decide` and `explain`; `main` here is the console entry point.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from followup.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, UsageError, open_store
from followup.cli.daemon import (
    cmd_check, cmd_demo, cmd_login, cmd_pause, cmd_resume, cmd_run, cmd_status,
)
from followup.cli.decide import (
    cmd_answer, cmd_application, cmd_approve, cmd_ask, cmd_interview, cmd_redirect, cmd_reject, cmd_retime,
    cmd_review, cmd_revive, cmd_settle, cmd_snooze,
)
from followup.cli.explain import cmd_explain, cmd_inspect
from followup.cli.lists import (
    cmd_applications, cmd_export, cmd_followups, cmd_history, cmd_interviews, cmd_pending, cmd_stats,
)
from followup.cli.parser import build_parser
from followup.errors import ConfigError, FollowupError, StoreError
from followup.logs import setup_logging

# Re-exported: tests and tools call these through `followup.cli`.
__all__ = ["COMMANDS", "build_parser", "main", "open_store"]


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "approve": cmd_approve,
    "reject": cmd_reject,
    "revive": cmd_revive,
    "interview": cmd_interview,
    "application": cmd_application,
    "snooze": cmd_snooze,
    "review": cmd_review,
    "answer": cmd_answer,
    "retime": cmd_retime,
    "redirect": cmd_redirect,
    "mark-sent": cmd_settle,
    "resend": cmd_settle,
    "explain": cmd_explain,
    "inspect": cmd_inspect,
    "interviews": cmd_interviews,
    "applications": cmd_applications,
    "followups": cmd_followups,
    "pending": cmd_pending,
    "ask": cmd_ask,
    "history": cmd_history,
    "stats": cmd_stats,
    "export": cmd_export,
    "check": cmd_check,
    "run": cmd_run,
    "status": cmd_status,
    "pause": cmd_pause,
    "resume": cmd_resume,
    "login": cmd_login,
}


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
    handler = COMMANDS[args.command]
    try:
        code = handler(args)
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
