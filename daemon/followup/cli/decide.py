"""Commands through which the owner decides and corrects: approve, reject, revive, mark-sent,
resend, ask, review, answer, and the corrections of interviews, applications and follow-ups.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.cli.common import (
    EXIT_OK, EXIT_PROBLEM, change, fmt_time, load, open_store, print_json, query, UsageError, with_store,
)
from followup.clock import SystemClock
from followup.errors import FollowupError, InvalidTransition
from followup.model import FollowUpState
from followup import report
from followup.store import Store

if TYPE_CHECKING:
    from followup.runtime import Runtime


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
            return inquiries.act_on_answer(rt, st, inquiry, answer, now, via="cli")

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
    print(f"follow-up #{followup_id} now goes at {fmt_time(fu.send_at, rt.config.owner.timezone)} ({fu.state.value})")
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
    when = fmt_time(fu.send_at, rt.config.owner.timezone)
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
        try:
            done = subprocess.run([*shlex.split(editor), path], check=False)
        except OSError as exc:
            raise FollowupError(
                f"cannot start the editor {editor!r}: {exc.strerror or exc}; set $VISUAL or $EDITOR to your editor"
            ) from None
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
                why = (
                    f"no interview {args.all_for}; see `followup interviews` for the ids"
                    if store.interview(args.all_for) is None
                    else f"interview #{args.all_for} has no drafts awaiting approval"
                )
                print(f"followup: {why}", file=sys.stderr)
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
                  f"{fmt_time(done.send_at, rt.config.owner.timezone)}"
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
