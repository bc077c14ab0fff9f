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
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from followup import __version__
from followup.clock import Clock, FixedClock, SystemClock
from followup.config import DEFAULT_CONFIG_PATH, Config, read_config
from followup.errors import ConfigError, FollowupError, InvalidTransition, StoreError
from followup.logs import setup_logging
from followup.model import FollowUpState
from followup import report
from followup.store import Store

if TYPE_CHECKING:
    from followup.runtime import Runtime

log = logging.getLogger(__name__)

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
# In the state dir: the fingerprint of the last config, rules and templates that passed validation.
VALIDATED_RECORD = "validated.sha256"
T = TypeVar("T")


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
    p.add_argument("--company")
    p.add_argument("--role")
    p.add_argument("--time", type=_iso_now, metavar="ISO", help="the new start; the length stays unless --end")
    p.add_argument("--end", type=_iso_now, metavar="ISO")
    ending = p.add_mutually_exclusive_group()
    ending.add_argument("--cancel", action="store_true", help="the interview is off: its drafts are cancelled")
    ending.add_argument("--done", action="store_true", help="the interview took place")

    p = sub.add_parser("application", help="add an application by hand (add), or correct or close one (ID)")
    p.add_argument("id", metavar="ID|add")
    p.add_argument("--company")
    p.add_argument("--role")
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


def print_json_items(items: Iterable[Any]) -> None:
    """A JSON array written item by item: a long list never sits in memory twice."""
    out = sys.stdout
    out.write("[")
    for n, item in enumerate(items):
        out.write((", " if n else "") + json.dumps(item, ensure_ascii=False, default=str))
    out.write("]\n")


def _paging(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=_positive, metavar="N", help="only the N most recent")
    p.add_argument("--since", type=_iso_now, metavar="ISO", help="only those from this instant on")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give 1 or more")
    return value


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


def status_data(config: Config, store: Store, now: datetime) -> dict[str, Any]:
    """Gather the health report: folders, follow-ups by state, pause switch, what needs the owner."""
    from followup.review import needs_you
    from followup.runtime import Runtime
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
    attention = [
        {"id": fu.id, "state": fu.state.value, "rule": fu.rule, "to": fu.recipient.email, "why": fu.last_error}
        for state in (FollowUpState.failed, FollowUpState.unknown)
        for fu in store.followups(state)
    ]
    from followup.oauth import revoked_sign_ins

    revoked = revoked_sign_ins(config)
    for f in folders:
        if revoked:
            # A revoked sign-in stops every poll until `followup login`: no folder is healthy.
            f["healthy"], f["state"] = False, revoked[0]
    return {
        "paused": store.is_paused(),
        "sign_in_revoked": revoked,
        "folders": folders,
        "followups": store.followup_counts(),
        "needs_attention": attention,
        "needs_you": [i.to_json() for i in needs_you(Runtime(config), store, now)],
        "notices_waiting": len(store.unsent_notices()),
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
    for line in data["sign_in_revoked"]:
        print(line)
    for f in data["folders"]:
        mark = "ok" if f["healthy"] else "UNHEALTHY"
        last_ok = _fmt_time(datetime.fromisoformat(f["last_poll_ok"]) if f["last_poll_ok"] else None, zone)
        print(
            f"folder {f['folder']}: {mark} - {f['state']}; last good poll {last_ok}; {f['messages_seen']} messages seen"
        )
        if f["last_error"]:
            at = _fmt_time(datetime.fromisoformat(f["last_error_at"]), zone) if f["last_error_at"] else "?"
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


def with_store(args: argparse.Namespace) -> tuple[Config, Store]:
    """Load the config and open its store (the caller closes it)."""
    config = load(args)
    return config, open_store(config)


def query(args: argparse.Namespace, fn: Callable[[Store], T]) -> tuple[Config, T]:
    """Load the config, read something from its store, and close it again."""
    config, store = with_store(args)
    try:
        return config, fn(store)
    finally:
        store.close()


def cmd_interviews(args: argparse.Namespace) -> int:
    config, interviews = query(args, lambda st: st.interviews(limit=args.limit, since=args.since))
    if args.json:
        print_json_items(report.interview_json(i) for i in interviews)
        return EXIT_OK
    if not interviews:
        print("no interviews tracked yet")
    zone = config.owner.timezone
    for iv in interviews:
        when = _fmt_time(iv.time.start, zone) if iv.time else "time unknown"
        people = ", ".join(p.name or p.email or "?" for p in iv.interviewers) or "no interviewers named"
        print(f"#{iv.id} {report.title(iv.company, iv.role)}: {iv.state.value}, {when}; with {people}")
        for q in iv.questions:
            print(f"    question: {q}")
    return EXIT_OK


def cmd_applications(args: argparse.Namespace) -> int:
    config, apps = query(args, lambda st: st.applications(limit=args.limit, since=args.since))
    if args.json:
        print_json_items(report.application_json(a) for a in apps)
        return EXIT_OK
    if not apps:
        print("no applications tracked yet")
    for a in apps:
        received = _fmt_time(a.received, config.owner.timezone)
        print(f"#{a.id} {report.title(a.company, a.role)}: {a.state.value}, received {received}")
    return EXIT_OK


def _print_followup(fu: Any, zone: str, full: bool, expires_at: datetime | None = None) -> None:
    to = f"{fu.recipient.name} <{fu.recipient.email}>" if fu.recipient.name else fu.recipient.email
    owner = f"interview #{fu.interview_id}" if fu.interview_id else f"application #{fu.application_id}"
    expiry = f", expires {_fmt_time(expires_at, zone)} unless approved" if expires_at is not None else ""
    print(f"#{fu.id} [{fu.state.value}] {fu.rule} -> {to}, {owner}, send at {_fmt_time(fu.send_at, zone)}{expiry}")
    if fu.last_error:
        print(f"    why: {fu.last_error}")
    if fu.fallback:
        print(f"    fallback: {fu.fallback}")
    if full:
        print(f"    Subject: {fu.subject or ''}")
        for line in (fu.body or "").splitlines():
            print(f"    | {line}")
        print()


def cmd_followups(args: argparse.Namespace) -> int:
    config, items = query(args, lambda st: st.followups(args.state, limit=args.limit, since=args.since))
    if args.json:
        print_json_items(report.followup_json(f) for f in items)
        return EXIT_OK
    if not items:
        print("no follow-ups" + (f" in state {args.state}" if args.state else ""))
    for fu in items:
        _print_followup(fu, config.owner.timezone, full=False)
    return EXIT_OK


def cmd_pending(args: argparse.Namespace) -> int:
    from followup.approval import jobs as approval_jobs
    from followup.runtime import Runtime

    config = load(args)
    rt = Runtime(config)  # rules and templates are not needed to list drafts
    now = SystemClock().now()

    def drafts(st: Store) -> list[tuple[Any, datetime]]:
        return [(fu, approval_jobs.draft_window(rt, st, fu, now).expires_at)
                for fu in st.followups(FollowUpState.awaiting_approval)]  # fmt: skip

    _, items = query(args, drafts)
    if args.json:
        print_json([report.followup_json(f, extra={"expires_at": at.isoformat()}) for f, at in items])
        return EXIT_OK
    if not items:
        print("nothing awaits your approval")
        return EXIT_OK
    for fu, expires_at in items:
        _print_followup(fu, config.owner.timezone, full=True, expires_at=expires_at)
    print("approve with `followup approve ID` (--edit to change the text first), drop with `followup reject ID`")
    return EXIT_OK


def change(args: argparse.Namespace, fn: Callable[[Runtime, Store, datetime], T]) -> tuple[Runtime, T] | None:
    """Make one change the owner asked for, now; print a refusal (InvalidTransition) as one line.

    Rules and templates are loaded (and validated) only if the change needs them.
    """
    from followup.errors import InvalidTransition
    from followup.runtime import Runtime

    rt = Runtime(load(args))
    store = open_store(rt.config)
    try:
        return rt, fn(rt, store, SystemClock().now())
    except InvalidTransition as exc:
        print(f"followup: {exc}", file=sys.stderr)
        return None
    finally:
        store.close()


def _changed(done: tuple[Runtime, list[str]] | None, what: str) -> int:
    if done is None:
        return EXIT_PROBLEM
    _, changes = done
    print(f"{what}: " + ("; ".join(changes) if changes else "nothing to change"))
    return EXIT_OK


def cmd_interview(args: argparse.Namespace) -> int:
    from followup import corrections
    from followup.model import TrackState

    state = TrackState.cancelled if args.cancel else TrackState.done if args.done else None
    if args.end is not None and args.time is None:
        raise UsageError("--end needs --time")
    try:
        correction = corrections.InterviewChange(
            add=tuple(corrections.parse_person(p) for p in args.add_interviewer),
            remove=tuple(args.remove_interviewer), company=args.company, role=args.role,
            start=args.time, end=args.end, state=state,
            contact=corrections.parse_person(args.contact) if args.contact else None,
        )  # fmt: skip
    except FollowupError as exc:
        raise UsageError(str(exc)) from None
    done = change(args, lambda rt, st, now: corrections.correct_interview(rt, st, args.id, correction, now, via="cli"))
    return _changed(done, f"interview #{args.id}")


def cmd_application(args: argparse.Namespace) -> int:
    from followup import corrections

    try:
        contact = corrections.parse_person(args.contact) if args.contact else None
    except FollowupError as exc:
        raise UsageError(str(exc)) from None
    if args.id == "add":
        if not args.company:
            raise UsageError("application add needs --company")
        done = change(args, lambda rt, st, now: corrections.add_application(
            rt, st, args.company, args.role, contact, now, via="cli"))  # fmt: skip
        if done is None:
            return EXIT_PROBLEM
        print(f"added application #{done[1]}: {report.title(args.company, args.role)}")
        return EXIT_OK
    if not args.id.isdigit():
        raise UsageError(f"expected an application ID or 'add', got {args.id!r}")
    app_id = int(args.id)
    done_edit = change(args, lambda rt, st, now: corrections.correct_application(
        rt, st, app_id, now, via="cli", company=args.company, role=args.role, contact=contact, close=args.close))
    return _changed(done_edit, f"application #{app_id}")  # fmt: skip


def cmd_review(args: argparse.Namespace) -> int:
    from followup.review import needs_you
    from followup.runtime import Runtime

    config = load(args)
    rt = Runtime(config)
    _, items = query(args, lambda st: needs_you(rt, st, SystemClock().now()))
    if args.json:
        print_json([i.to_json() for i in items])
        return EXIT_OK
    if not items:
        print("nothing needs you")
    for item in items:
        print(f"- {item.line()}")
    return EXIT_OK


def cmd_answer(args: argparse.Namespace) -> int:
    from followup import inquiries

    def act(rt: Runtime, st: Store, now: datetime) -> str:
        inquiry = next((q for q in st.inquiries() if q.id == args.id), None)
        if inquiry is None:
            raise InvalidTransition(f"no question {args.id}; see `followup review` for the open ones")
        if inquiry.answered_at is not None:
            raise InvalidTransition(f"question {args.id} was already answered: {inquiry.answer}")
        answer, expected = inquiries.read_answer(rt, inquiry, args.text)
        if answer.problem is not None:
            raise InvalidTransition(f"cannot read that answer ({answer.problem}); expected {expected}")
        with st.transaction():
            return inquiries.act_on_answer(rt, st, inquiry, answer, now)

    done = change(args, act)
    if done is None:
        return EXIT_PROBLEM
    print(f"question #{args.id}: {done[1]}")
    return EXIT_OK


def cmd_snooze(args: argparse.Namespace) -> int:
    from followup import corrections
    from followup.spec import Duration

    try:
        delay = Duration.parse(args.delay)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if delay.business_days:
        raise UsageError("snooze takes hours or days (e.g. 2d), not business days")
    done = change(args, lambda rt, st, now: corrections.snooze_followup(st, args.id, delay.timedelta, now, via="cli"))
    return _moved(done, args.id)


def cmd_retime(args: argparse.Namespace) -> int:
    from followup import corrections

    done = change(args, lambda rt, st, now: corrections.retime_followup(st, args.id, args.at, now, via="cli"))
    return _moved(done, args.id)


def _moved(done: tuple[Runtime, Any] | None, followup_id: int) -> int:
    if done is None:
        return EXIT_PROBLEM
    rt, fu = done
    print(f"follow-up #{followup_id} now goes at {_fmt_time(fu.send_at, rt.config.owner.timezone)} ({fu.state.value})")
    return EXIT_OK


def cmd_redirect(args: argparse.Namespace) -> int:
    from followup import corrections

    try:
        to = corrections.parse_person(args.to)
    except FollowupError as exc:
        raise UsageError(str(exc)) from None
    done = change(args, lambda rt, st, now: corrections.redirect_followup(rt, st, args.id, to, now, via="cli"))
    if done is None:
        return EXIT_PROBLEM
    print(f"follow-up #{args.id} now goes to {to.email}; it waits for your approval: `followup approve {args.id}`")
    return EXIT_OK


def cmd_revive(args: argparse.Namespace) -> int:
    from followup import outbox

    done = change(args, lambda rt, st, now: outbox.revive(rt, st, args.id, now, via="cli"))
    if done is None:
        return EXIT_PROBLEM
    rt, fu = done
    when = _fmt_time(fu.send_at, rt.config.owner.timezone)
    print(f"revived #{args.id}: it awaits your approval again, to go at {when}")
    return EXIT_OK


def cmd_ask(args: argparse.Namespace) -> int:
    from followup import drafts
    from followup.clock import SystemClock
    from followup.runtime import load_runtime

    text = " ".join(args.question.split())
    if not text:
        raise UsageError("the question is empty")
    rt = load_runtime(load(args))
    store = open_store(rt.config)
    now = SystemClock().now()
    try:
        with store.transaction():
            store.add_question(args.interview_id, text, now)
            interview = store.interview(args.interview_id)
            assert interview is not None
            drafts.refresh_drafts(rt, store, interview, now, "a question was added")
    finally:
        store.close()
    print(
        f"added to interview #{args.interview_id}: {text}; "
        "unsent drafts now include it (an approved one waits for your approval again)"
    )
    return EXIT_OK


def edit_text(subject: str, body: str) -> tuple[str, str] | None:
    """Open $EDITOR on a draft; return the saved (subject, body), or None when emptied."""
    import shlex
    import subprocess
    import tempfile

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", prefix="followup-", encoding="utf-8", delete=False) as f:
        f.write(f"Subject: {subject}\n\n{body}")
        path = f.name
    try:
        done = subprocess.run([*shlex.split(editor), path], check=False)
        if done.returncode != 0:
            raise UsageError(f"the editor ({editor}) exited with {done.returncode}; nothing changed")
        text = Path(path).read_text(encoding="utf-8")
    finally:
        os.unlink(path)
    if not text.strip():
        return None
    head, _, rest = text.partition("\n\n")
    if head.lower().startswith("subject:") and "\n" not in head:
        return head[len("subject:") :].strip(), rest
    return subject, text


def cmd_approve(args: argparse.Namespace) -> int:
    from followup import outbox
    from followup.clock import SystemClock
    from followup.errors import InvalidTransition
    from followup.runtime import load_runtime

    if (args.id is None) == (args.all_for is None):
        raise UsageError("give a follow-up ID, or --all-for INTERVIEW_ID")
    if args.edit and args.all_for is not None:
        raise UsageError("--edit works on one follow-up at a time")
    rt = load_runtime(load(args))
    store = open_store(rt.config)
    now = SystemClock().now()
    status = EXIT_OK
    try:
        if args.all_for is not None:
            ids = [f.id for f in store.followups(FollowUpState.awaiting_approval, interview_id=args.all_for) if f.id]
            if not ids:
                print(f"interview #{args.all_for} has no drafts awaiting approval")
                return EXIT_PROBLEM
        else:
            ids = [args.id]
        for fid in ids:
            fu = store.followup(fid)
            subject = body = None
            if args.edit and fu is not None and fu.state is FollowUpState.awaiting_approval:
                edited = edit_text(fu.subject or "", fu.body or "")
                if edited is None:
                    print("the text was emptied: nothing approved (use `followup reject` to drop it)")
                    return EXIT_PROBLEM
                if edited != (fu.subject or "", fu.body or ""):
                    subject, body = edited
            try:
                done = outbox.approve(rt, store, fid, now, via="cli", body=body, subject=subject)
            except InvalidTransition as exc:
                print(f"followup: {exc}", file=sys.stderr)
                status = EXIT_PROBLEM
                continue
            edited_note = " with your edits" if body is not None or subject is not None else ""
            print(f"approved #{fid}{edited_note}: goes to {done.recipient.email} at "
                  f"{_fmt_time(done.send_at, rt.config.owner.timezone)}"
                  + (" (sending is PAUSED)" if store.is_paused() else ""))
    finally:
        store.close()
    return status


def cmd_settle(args: argparse.Namespace) -> int:
    """`mark-sent ID` and `resend ID`: the owner settles a note whose send is `unknown`."""
    from followup import outbox
    from followup.clock import SystemClock
    from followup.errors import InvalidTransition

    _, store = with_store(args)
    try:
        if args.command == "mark-sent":
            outbox.mark_sent(store, args.id, SystemClock().now())
        else:
            outbox.resend(store, args.id, SystemClock().now())
    except InvalidTransition as exc:
        print(f"followup: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        store.close()
    if args.command == "mark-sent":
        print(f"#{args.id} recorded as sent")
    else:
        print(f"#{args.id} approved again: it goes out with the next dispatch")
    return EXIT_OK


def cmd_reject(args: argparse.Namespace) -> int:
    from followup import outbox

    if change(args, lambda rt, st, now: outbox.reject(st, args.id, now, via="cli")) is None:
        return EXIT_PROBLEM
    print(f"rejected #{args.id}: it will not be sent")
    return EXIT_OK


def sent_notes(store: Store, *, limit: int | None = None, since: datetime | None = None) -> list[report.SentNote]:
    """Sent follow-ups with the first reply after each (paired in SQL)."""
    return [report.SentNote(*row) for row in store.sent_notes(limit=limit, since=since)]


def cmd_history(args: argparse.Namespace) -> int:
    def read(st: Store) -> tuple[list[report.SentNote], list[dict[str, Any]]]:
        since = args.since
        corrected = st.history_of_kind("corrected")
        corrected = [c for c in corrected if not since or datetime.fromisoformat(c["at"]) >= since]
        return sent_notes(st, limit=args.limit, since=args.since), corrected[-args.limit :] if args.limit else corrected

    config, (notes, corrected) = query(args, read)
    if args.json:
        print_json_items([*report.history_json(notes), *(report.correction_json(c) for c in corrected)])
        return EXIT_OK
    for c in corrected:
        about = f"interview #{c['interview_id']}" if c["interview_id"] else f"application #{c['application_id']}"
        print(f"{_fmt_time(datetime.fromisoformat(c['at']), config.owner.timezone)}  corrected {about}: {c['note']}")
    if not notes:
        print("nothing sent yet")
    for n in notes:
        replied = f"replied {_fmt_time(n.replied_at, config.owner.timezone)}" if n.replied_at else "no reply yet"
        print(
            f"{_fmt_time(n.sent_at, config.owner.timezone)}  {n.company or 'unknown company'}: "
            f"{n.followup.rule} -> {n.followup.recipient.email}; {replied}"
        )
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    _config, data = query(
        args, lambda st: report.stats_from_counts(*st.months(), st.sends_and_replies(), totals=st.tracked_counts())
    )
    if args.json:
        print_json(data)
        return EXIT_OK
    t = data["totals"]
    rate = f"{t['reply_rate']:.0%}" if t["reply_rate"] is not None else "-"
    median = f"{t['median_hours_to_reply']}h" if t["median_hours_to_reply"] is not None else "-"
    print(f"{report.count(t['applications'], 'application')}, {report.count(t['interviews'], 'interview')}, "
          f"{report.count(t['followups_sent'], 'follow-up')} sent, reply rate {rate}, median time to reply {median}")
    for m in data["months"]:
        rate = f"{m['reply_rate']:.0%}" if m["reply_rate"] is not None else "-"
        print(f"  {m['month']}: {report.count(m['applications'], 'application')}, "
              f"{report.count(m['interviews'], 'interview')}, {m['followups_sent']} sent, reply rate {rate}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from followup.clock import SystemClock

    config, (apps, ivs) = query(args, lambda st: (st.applications(), st.interviews()))
    if args.format == "json":
        print(report.export_json(apps, ivs))
    elif args.format == "csv":
        sys.stdout.write(report.export_csv(apps, ivs))
    else:
        domain = config.owner.email.rsplit("@", 1)[-1]
        sys.stdout.buffer.write(report.export_ics(ivs, SystemClock().now(), domain))
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from followup.changes import EMPTY_STATE, as_stored
    from followup.hints import NO_HINTS, Hints
    from followup.parse import parse_message
    from followup.pipeline import decide_event, detect
    from followup.runtime import load_runtime

    rt = load_runtime(load(args))
    zone = rt.config.owner.timezone
    try:
        raw = Path(args.file).read_bytes()
    except OSError as exc:
        print(f"followup: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEM
    message = parse_message(raw, args.file)
    real = Store.open_read_only(rt.config.state_path)
    hints = Hints.from_rows(real.hints()) if real is not None else NO_HINTS
    event = detect(rt, message, hints)  # read with what you taught: the evidence says where
    now = args.now or message.envelope_date or message.date
    if now is None:
        now = SystemClock().now()
    # The same decision `run` makes, on the state as it stands, opened read-only: nothing is
    # applied, so nothing is written or logged as planned.
    try:
        before = what_did_happen(real, message, zone) if real is not None else None
        if before is not None and args.now is None:
            now = SystemClock().now()  # processed already: what would happen now, not back then
        changes = decide_event(rt, real if real is not None else EMPTY_STATE, event, message, now)
    finally:
        if real is not None:
            real.close()
    plans = changes.plans
    created = sorted((as_stored(f) for f in changes.created), key=lambda f: (f.send_at, f.id or 0))
    if args.json:
        print_json(
            {
                "file": args.file,
                "processed": before,
                "now": now.isoformat(),
                "event": event.to_json(),
                "followups": [report.followup_json(f) for f in created],
                "retimes": [{"id": r.followup_id, "send_at": r.send_at.isoformat(), "reason": r.reason}
                            for p in plans for r in p.retimes],
                "cancels": [{"id": c.followup_id, "reason": c.reason} for p in plans for c in p.cancels],
                "skips": [
                    {"rule": k.rule, "recipient": k.recipient, "reason": k.reason} for p in plans for k in p.skips
                ],
            }
        )  # fmt: skip
        return EXIT_OK
    print(describe_event(args.file, event, zone))
    if before is not None:
        print(f"already processed {before['at_text']} ({before['where']}): {before['outcome']}"
              + (f" {before['kind']}" if before["kind"] else ""))
        for line in before["history"]:
            print(f"  what happened: {line}")
        if not before["history"]:
            print("  what happened: nothing was tracked or planned from it")
        print("what would happen now:")
    print(f"planning as of {_fmt_time(now, zone)} (--now to change), against your state (nothing is changed):")
    if not plans:
        print("  nothing new: it is already tracked (above)" if before is not None
              else "  no rule applies: nothing is tracked or planned from this mail")  # fmt: skip
    for result in plans:
        for skip in result.skips:
            who = f" ({skip.recipient})" if skip.recipient else ""
            print(f"  rule '{skip.rule}'{who}: {skip.reason}")
        for retime in result.retimes:
            print(f"  follow-up #{retime.followup_id} moves to {_fmt_time(retime.send_at, zone)}: {retime.reason}")
        for cancel in result.cancels:
            print(f"  follow-up #{cancel.followup_id} is cancelled: {cancel.reason}")
    for fu in created:
        approval = (
            "waits for your approval" if fu.state is FollowUpState.awaiting_approval else "approved automatically"
        )
        print(f"  rule '{fu.rule}' -> {fu.recipient.name or ''} <{fu.recipient.email}>"
              + (f" (cc {', '.join(p.email or '' for p in fu.cc)})" if fu.cc else "")
              + f", at {_fmt_time(fu.send_at, zone)}, {approval}")
        if fu.last_error:
            print(f"    cannot render: {fu.last_error}")
        print(f"    Subject: {fu.subject or ''}")
        for line in (fu.body or "").splitlines():
            print(f"    | {line}")
    return EXIT_OK


def what_did_happen(store: Store, message: Any, zone: str) -> dict[str, Any] | None:
    """What happened when this mail was processed (by its Message-ID), or None if it never was."""
    row = store.find_processed(message.envelope_message_id) or store.find_processed(message.message_id)
    if row is None:
        return None
    lines = []
    targets: set[tuple[int | None, int | None]] = set()
    for h in store.history_of_message(row.id):
        about = f"interview #{h['interview_id']}" if h["interview_id"] else f"application #{h['application_id']}"
        lines.append(f"{h['kind']} ({about}): {h['note'] or ''}".rstrip(": "))
        targets.add((h["interview_id"], h["application_id"]))
    for interview_id, application_id in sorted(targets, key=str):
        found = (store.followups(interview_id=interview_id) if interview_id
                 else store.followups(application_id=application_id))  # fmt: skip
        for fu in found:
            if fu.created_at is not None and abs((fu.created_at - row.processed_at).total_seconds()) < 1:
                lines.append(f"follow-up #{fu.id} planned: {fu.rule} to {fu.recipient.email} "
                             f"at {_fmt_time(fu.send_at, zone)} (now {fu.state.value})")  # fmt: skip
    return {
        "at": row.processed_at.isoformat(),
        "at_text": _fmt_time(row.processed_at, zone),
        "where": f"{row.folder} uid {row.uid}",
        "outcome": row.outcome,
        "kind": row.kind,
        "history": lines,
    }


def optional_config(args: argparse.Namespace) -> Config | None:
    """The config when one is named or present at the default path; None when there is none."""
    path = config_path(args)
    if args.config is None and not os.environ.get("FOLLOWUP_CONFIG") and not path.exists():
        return None
    return read_config(path)


def cmd_inspect(args: argparse.Namespace) -> int:
    from followup.detect import DetectionConfig, detect_event
    from followup.parse import parse_message

    config = optional_config(args)
    owner_email = config.owner.email if config else None
    zone = config.owner.timezone if config else "UTC"
    extra = config.detection if config else DetectionConfig()
    status = EXIT_OK
    for name in args.files:
        try:
            raw = Path(name).read_bytes()
        except OSError as exc:
            print(f"followup: cannot read {name}: {exc.strerror or exc}", file=sys.stderr)
            status = EXIT_PROBLEM
            continue
        event = detect_event(parse_message(raw, name), owner_email=owner_email, owner_zone=zone, extra=extra)
        if args.json:
            print_json({"file": name, **event.to_json()})
            continue
        print(describe_event(name, event, zone))
    return status


def describe_event(name: str, event: Any, zone: str) -> str:
    """A readable summary of an Event, with its evidence."""
    lines = [f"{name}: {event.kind.value} (confidence {event.confidence:.2f})"]
    known = [f"{label}: {value}" for label, value in (("company", event.company), ("role", event.role)) if value]
    if known:
        lines.append("  " + "; ".join(known))
    if event.interview:
        t = event.interview
        end = f" - {_fmt_time(t.end, zone)}" if t.end else ""
        lines.append(f"  when: {_fmt_time(t.start, zone)}{end} (their zone: {t.timezone or 'unknown'})")
        if t.location or t.meeting_url:
            lines.append(f"  where: {t.meeting_url or t.location}")
    for p in event.interviewers:
        lines.append(f"  interviewer: {p.name or ''} <{p.email or '?'}>")
    if event.contact:
        lines.append(f"  contact: {event.contact.name or ''} <{event.contact.email or '?'}>")
    o = event.original
    lines.append(f"  original: from {o.sender or '?'}, subject {o.subject!r}")
    for item in event.evidence:
        lines.append(f"  - {item}")
    return "\n".join(lines)


def cmd_demo(args: argparse.Namespace) -> int:
    from followup.demo import run_demo

    return run_demo(print)


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
