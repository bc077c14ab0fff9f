"""Commands that show what the daemon makes of a mail: inspect (detection) and explain (the
follow-ups it would plan).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from followup.cli.common import EXIT_OK, EXIT_PROBLEM, fmt_time, load, optional_config, print_json
from followup.clock import SystemClock
from followup.model import FollowUpState
from followup import report
from followup.store import Store


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
    print(f"planning as of {fmt_time(now, zone)} (--now to change), against your state (nothing is changed):")
    if not plans:
        print("  nothing new: it is already tracked (above)" if before is not None
              else "  no rule applies: nothing is tracked or planned from this mail")  # fmt: skip
    for result in plans:
        for skip in result.skips:
            who = f" ({skip.recipient})" if skip.recipient else ""
            print(f"  rule '{skip.rule}'{who}: {skip.reason}")
        for retime in result.retimes:
            print(f"  follow-up #{retime.followup_id} moves to {fmt_time(retime.send_at, zone)}: {retime.reason}")
        for cancel in result.cancels:
            print(f"  follow-up #{cancel.followup_id} is cancelled: {cancel.reason}")
    for fu in created:
        approval = (
            "waits for your approval" if fu.state is FollowUpState.awaiting_approval else "approved automatically"
        )
        print(f"  rule '{fu.rule}' -> {fu.recipient.name or ''} <{fu.recipient.email}>"
              + (f" (cc {', '.join(p.email or '' for p in fu.cc)})" if fu.cc else "")
              + f", at {fmt_time(fu.send_at, zone)}, {approval}")
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
                             f"at {fmt_time(fu.send_at, zone)} (now {fu.state.value})")  # fmt: skip
    return {
        "at": row.processed_at.isoformat(),
        "at_text": fmt_time(row.processed_at, zone),
        "where": f"{row.folder} uid {row.uid}",
        "outcome": row.outcome,
        "kind": row.kind,
        "history": lines,
    }


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


def person_line(person: Any) -> str:
    """'Name <address>', or the one of them that is known, or a plain word when neither is."""
    if person.name and person.email:
        return f"{person.name} <{person.email}>"
    if person.email:
        return f"<{person.email}>"
    return f"{person.name} (no address)" if person.name else "(nobody named)"


def describe_event(name: str, event: Any, zone: str) -> str:
    """A readable summary of an Event, with its evidence."""
    lines = [f"{name}: {event.kind.value} (confidence {event.confidence:.2f})"]
    known = [f"{label}: {value}" for label, value in (("company", event.company), ("role", event.role)) if value]
    if known:
        lines.append("  " + "; ".join(known))
    if event.interview:
        t = event.interview
        end = f" - {fmt_time(t.end, zone)}" if t.end else ""
        lines.append(f"  when: {fmt_time(t.start, zone)}{end} (their zone: {t.timezone or 'unknown'})")
        if t.location or t.meeting_url:
            lines.append(f"  where: {t.meeting_url or t.location}")
    for p in event.interviewers:
        lines.append(f"  interviewer: {person_line(p)}")
    if event.contact:
        lines.append(f"  contact: {person_line(event.contact)}")
    o = event.original
    subject = f"subject {o.subject!r}" if o.subject is not None else "(no subject)"
    lines.append(f"  original: from {o.sender or '(no sender)'}, {subject}")
    for item in event.evidence:
        lines.append(f"  - {item}")
    return "\n".join(lines)
