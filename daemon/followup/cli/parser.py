"""The argument parser of every command (argparse)."""

from __future__ import annotations

import argparse
from datetime import datetime

from followup import __version__
from followup.cli.common import DEFAULT_CONFIG_PATH
from followup.model import FollowUpState


def _iso_now(text: str) -> datetime:
    # argparse names the argument (--now, --time, --since, ISO) before this message.
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 time; write e.g. 2026-12-08T17:00:00-05:00"
        ) from None
    if value.tzinfo is None:
        # From the parsed value, not the text: a bare date with an offset appended still
        # reads as a naive midnight, so the hint must carry the time.
        raise argparse.ArgumentTypeError(
            f"{text!r} has no UTC offset; add one, e.g. {value.isoformat(timespec='minutes')}+00:00"
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
    p = sub.add_parser("login", help="sign in with OAuth2 (Google, Microsoft, custom) and keep the refresh token")
    p.add_argument("--no-browser", action="store_true", help="print the sign-in address instead of opening a browser")

    for name, helptext in (
        ("interviews", "the interviews being tracked"),
        ("applications", "the applications being tracked"),
        ("pending", "follow-ups awaiting your approval, fully rendered"),
        ("history", "what was sent, when, to whom, and whether anyone replied"),
        ("stats", "applications, interviews, follow-ups sent, reply rate, time to reply"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--json", action="store_true")
        if name in ("interviews", "applications", "history"):
            _paging(p)
        if name == "history":
            p.add_argument("--all", action="store_true", help="every sent note (by default the 50 most recent)")

    p = sub.add_parser("followups", help="every follow-up with its state")
    p.add_argument("--state", choices=[s.value for s in FollowUpState], help="only this state")
    p.add_argument("--json", action="store_true")
    _paging(p)

    p = sub.add_parser("ask", help="add a question that templates can include")
    p.add_argument("interview_id", type=int, metavar="INTERVIEW_ID")
    p.add_argument("question")

    p = sub.add_parser("approve", help="approve a draft (--edit to change its text first)")
    p.add_argument("id", type=int, nargs="?", metavar="ID")
    p.add_argument("--edit", action="store_true", help="open $EDITOR on the text; what you save is sent verbatim")
    p.add_argument("--all-for", type=int, metavar="INTERVIEW_ID", help="approve every draft of this interview")

    p = sub.add_parser("reject", help="drop a draft")
    p.add_argument("id", type=int, metavar="ID")

    p = sub.add_parser("mark-sent", help="an `unknown` note did go out: record it as sent")
    p.add_argument("id", type=int, metavar="ID")

    p = sub.add_parser("resend", help="an `unknown` note did not go out: send it again now")
    p.add_argument("id", type=int, metavar="ID")

    p = sub.add_parser("revive", help="bring an expired draft back for your approval")
    p.add_argument("id", type=int, metavar="ID")

    p = sub.add_parser("interview", help="correct a tracked interview (people, company, role, time, cancel, done)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--add-interviewer", action="append", default=[], metavar="'NAME <ADDRESS>'",
                   help="add an interviewer, or give the address of one named without it")
    p.add_argument("--remove-interviewer", action="append", default=[], metavar="ADDRESS|NAME")
    p.add_argument("--contact", metavar="'NAME <ADDRESS>'", help="the recruiter or coordinator to follow up with")
    p.add_argument("--company", type=_not_blank)
    p.add_argument("--role", type=_not_blank)
    p.add_argument("--time", type=_iso_now, metavar="ISO", help="the new start; the length stays unless --end")
    p.add_argument("--end", type=_iso_now, metavar="ISO")
    ending = p.add_mutually_exclusive_group()
    ending.add_argument("--cancel", action="store_true", help="the interview is off: its drafts are cancelled")
    ending.add_argument("--done", action="store_true", help="the interview took place")

    p = sub.add_parser("application", help="add an application by hand (add), or correct or close one (ID)")
    p.add_argument("id", metavar="ID|add")
    p.add_argument("--company", type=_not_blank)
    p.add_argument("--role", type=_not_blank)
    p.add_argument("--contact", metavar="'NAME <ADDRESS>'")
    p.add_argument("--close", action="store_true", help="no longer pursued: its drafts are cancelled")

    p = sub.add_parser("review", help='"needs you": everything to look at, each with the command that resolves it')
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("answer", help="answer a question the daemon asked you (as you would by e-mail)")
    p.add_argument("id", type=int, metavar="QUESTION_ID")
    p.add_argument("text", metavar="ANSWER", help="e.g. 'INTERVIEW 2026-12-10 14:00', IGNORE, or an address")

    p = sub.add_parser("snooze", help="put a follow-up off by a while (e.g. 2d)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("delay", metavar="DURATION")

    p = sub.add_parser("retime", help="send a follow-up at another time")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("at", type=_iso_now, metavar="ISO")

    p = sub.add_parser("redirect", help="send a follow-up to someone else (it waits for your approval again)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("to", metavar="'NAME <ADDRESS>'")

    p = sub.add_parser("explain", help="what the rules would do with a mail: follow-ups, recipients, times, text")
    p.add_argument("file", metavar="FILE.eml")
    p.add_argument("--now", type=_iso_now, metavar="ISO", help="plan as if it were this instant")
    p.add_argument("--json", action="store_true", help="the Event, the follow-ups it creates, and every decision")

    sub.add_parser("demo", help="the whole pipeline on bundled sample mails: no mail account needed")

    p = sub.add_parser("inspect", help="parse and detect mail files and print their Events; touches nothing")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="one JSON object per line, with a 'file' key")

    p = sub.add_parser("export", help="interviews and applications for a spreadsheet or calendar")
    p.add_argument("--format", choices=("json", "csv", "ics"), default="json")
    return parser


def _paging(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=_positive, metavar="N", help="only the N most recent")
    p.add_argument("--since", type=_iso_now, metavar="ISO", help="only those from this instant on")


def _not_blank(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is blank; give the name, e.g. 'Northwind Labs'")
    return text.strip()


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give 1 or more")
    return value
