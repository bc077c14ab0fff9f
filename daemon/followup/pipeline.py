"""What happens to one fetched message: parse, detect, track, plan, and record it, in one commit.

This is the glue between the pure core and the store. `handle_mail` is idempotent: a message
already recorded (same folder, UIDVALIDITY and UID) is skipped, and one already processed under
another UID with the same Message-ID and content hash (a UIDVALIDITY reset, a copy in a second
folder) is recorded as a duplicate and not acted on again.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import datetime

from dataclasses import replace
from typing import TYPE_CHECKING
from collections.abc import Callable

from followup.rawmail import header_of
from followup.source import FetchedMail
from followup.store import Store

if TYPE_CHECKING:
    from followup.gate import GateContext
    from followup.model import Application, Event, Interview, Message
    from followup.planner import Plan
    from followup.runtime import Runtime
    from followup.trust import Trust

log = logging.getLogger(__name__)

_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_HEADER_SCAN_LIMIT = 256 * 1024


class Outcome:
    """The outcome names recorded for a message."""

    RECORDED = "recorded"
    BACKFILL = "backfill"
    SKIPPED = "skipped"  # new mail whose head showed nothing that could matter: not read
    DUPLICATE = "duplicate"
    OWN = "own"
    EVENT = "event"
    APPROVAL = "approval"
    ERROR = "error"
    DETECT_ERROR = "detect_error"  # detection raised: the Event is none with an `error:` line, counted by status


@dataclass(frozen=True)
class Handled:
    """What became of one message."""

    outcome: str
    row_id: int | None
    kind: str | None = None


def content_hash(raw: bytes) -> str:
    """The sha256 of the raw message, hex (how messages were identified before heads came first)."""
    return hashlib.sha256(raw).hexdigest()


def identity_hash(mail: FetchedMail) -> str:
    """The sha256 of a message's header block and size, hex.

    Computable from the head alone, so a message recorded unread and the same message read
    whole later (after a UIDVALIDITY change, in another folder) are known to be one.
    """
    head = header_of(mail.raw)
    return hashlib.sha256(head + b"\0" + str(mail.full_size).encode("ascii")).hexdigest()


def header_message_id(raw: bytes) -> str | None:
    """The Message-ID header of the outer message, found without a full parse."""
    head = raw[:_HEADER_SCAN_LIMIT]
    end = re.search(rb"\r?\n\r?\n", head)
    if end:
        head = head[: end.start()]
    match = _MESSAGE_ID.search(head)
    if not match:
        return None
    value = b" ".join(match.group(1).split()).decode("ascii", "replace").strip()
    return value or None


def handle_mail(
    store: Store,
    mail: FetchedMail,
    *,
    act: bool,
    now: datetime,
    process: Callable[[Store, FetchedMail, int, datetime], tuple[str, str | None, str | None]] | None = None,
) -> Handled:
    """Process one fetched message and record it; `act=False` records without acting (backfill).

    `process(store, mail, row_id, now) -> (outcome, kind, event_json)` does the acting, inside
    the same transaction as the record; without it the message is only recorded.
    """
    if store.has_message(mail.folder, mail.uidvalidity, mail.uid):
        return Handled("seen", None)
    sha = identity_hash(mail)
    message_id = header_message_id(mail.raw)
    with store.transaction():
        duplicate = store.find_duplicate(message_id, sha)
        if duplicate is None and mail.complete:
            duplicate = store.find_duplicate(message_id, content_hash(mail.raw))  # recorded by an older version
        error: str | None = None
        if duplicate is not None:
            outcome = Outcome.DUPLICATE
            error = f"same as message {duplicate.id} ({duplicate.folder} uid {duplicate.uid})"
        elif act:
            outcome = Outcome.RECORDED
            if mail.truncated:
                error = (
                    f"read in part: the message is {mail.full_size // 1_000_000} MB, "
                    "only its text and calendar parts were read"
                )
        else:
            outcome = Outcome.SKIPPED if mail.skipped else Outcome.BACKFILL
        row = store.record_message(
            folder=mail.folder,
            uidvalidity=mail.uidvalidity,
            uid=mail.uid,
            message_id=message_id,
            sha256=sha,
            outcome=outcome,
            at=now,
            error=error,
            kind=duplicate.kind if duplicate else None,
        )
        if duplicate is not None:
            return Handled(outcome, row, duplicate.kind)
        if not act or process is None:
            return Handled(outcome, row)
        outcome, kind, event_json = process(store, mail, row, now)
        store.set_message_outcome(row, outcome, kind=kind, event_json=event_json)
        return Handled(outcome, row, kind)


def make_handler(rt: Runtime) -> Callable[..., Handled]:
    """The sync handler that runs the whole pipeline with this runtime."""

    def handle(store: Store, mail: FetchedMail, *, act: bool, now: datetime) -> Handled:
        return handle_mail(
            store,
            mail,
            act=act,
            now=now,
            process=lambda st, m, row, n: process_mail(rt, st, m.raw, row, n, source=f"{m.folder}:{m.uid}"),
        )

    return handle


def make_triage(rt: Runtime, store: Store) -> Callable[[FetchedMail], str | None]:
    """The sync triage for this runtime: why a new message need not be read, or None to read it.

    What is tracked is read from the store once and again only when it changed (the store's
    tracking version), and only when a message would otherwise be left unread. Nothing is
    loaded before the first new message: an idle poll pays nothing for triage.
    """
    cached: list[tuple[int, GateContext]] = []

    def context(version: int) -> GateContext:
        from followup import gate

        if not cached or cached[0][0] != version:
            config = rt.config
            detection = config.detection
            own = set(config.trusted_senders)
            if config.mailbox.address:
                own.add(config.mailbox.address.lower())
            ctx = gate.GateContext(
                own_addresses=frozenset(own),
                tracked_addresses=frozenset(store.tracked_addresses()),
                tracked_threads=frozenset(store.tracked_threads()),
                job_domains=(
                    *detection.job_domains, *(d for k in _KINDS for d in getattr(detection, k).sender_domains)
                ),
                phrases=tuple(p.lower() for k in _KINDS for p in getattr(detection, k).phrases if p),
            )
            cached[:] = [(version, ctx)]
        return cached[0][1]

    def triage(mail: FetchedMail) -> str | None:
        from followup import gate

        parts = mail.parts if mail.parts is not None or not mail.complete else gate.parts_of(mail.raw)
        head = header_of(mail.raw)
        ctx = cached[0][1] if cached else context(store.tracking_version())
        verdict = gate.triage(head, parts, ctx)
        if not verdict.read:
            fresh = context(store.tracking_version())
            if fresh is not ctx:
                verdict = gate.triage(head, parts, fresh)
        return None if verdict.read else verdict.reason

    return triage


_KINDS = (
    "interview_scheduled", "interview_rescheduled", "interview_cancelled", "application_received", "rejection", "offer",
)  # fmt: skip


def judge_trust(rt: Runtime, message: Message) -> Trust:
    """The trust verdict on a message (trust.judge with this config): what `approval: auto` may do."""
    from followup import trust

    return trust.judge(
        message, owner_addresses=rt.config.trusted_senders, authserv_id=rt.config.mailbox.authserv_id
    )


def process_mail(
    rt: Runtime, store: Store, raw: bytes, row: int | None, now: datetime, *, source: str = ""
) -> tuple[str, str | None, str | None]:
    """Parse, detect, track and plan one message; persist every change. Returns the outcome."""
    import json

    from followup.detect import detect_event
    from followup.parse import parse_message

    message = parse_message(raw, source)
    if store.is_own_message(message.envelope_message_id) or store.is_own_message(message.message_id):
        return Outcome.OWN, None, None
    from followup import inquiries
    from followup.approval import jobs as approval_jobs

    answered = inquiries.handle_answer(rt, store, message, now)
    if answered is not None:
        return Outcome.APPROVAL, None, json.dumps({"answer": answered})
    handled = approval_jobs.handle_reply(rt, store, message, now)
    if handled is not None:
        return Outcome.APPROVAL, None, json.dumps({"approval": handled})
    config = rt.config
    event = detect_event(
        message, owner_email=config.owner.email, owner_zone=config.owner.timezone, extra=config.detection
    )
    apply_event(rt, store, event, message, now, row=row)
    failed = any(line.startswith("error:") for line in event.evidence)
    outcome = Outcome.DETECT_ERROR if failed else Outcome.EVENT
    inquiries.ask_about_mail(rt, store, message, event, row, now)
    return outcome, event.kind.value, json.dumps(event.to_json(), ensure_ascii=False)


def apply_event(
    rt: Runtime, store: Store, event: Event, message: Message, now: datetime, *, row: int | None = None
) -> list[Plan]:
    """Track an Event and plan its follow-ups; persist it all (the caller's transaction)."""
    from followup import outbox
    from followup.planner import Trigger
    from followup.track import ChangeKind, MessageFacts, SentRef, Tracked, track_event

    from followup.model import EventKind

    trusted = judge_trust(rt, message)
    if event.kind is EventKind.none and not _may_be_a_reply(store, message):
        return []
    sent = tuple(SentRef(mid, iid, aid) for mid, iid, aid in store.sent_refs())
    state = Tracked(
        interviews=tuple(store.interviews()),
        applications=tuple(store.applications()),
        sent=sent,
        owner_addresses=rt.config.trusted_senders,
    )
    facts = MessageFacts.from_message(message, trusted=trusted.trusted)
    plans: list[Plan] = []
    last_application: int | None = None
    for change in track_event(state, event, facts):
        target: Interview | Application | None = None
        trigger: Event | Trigger = event
        kind = change.kind
        if kind is ChangeKind.create_interview and change.interview is not None:
            iv = change.interview
            if iv.application_id is None and last_application is not None:
                iv = replace(iv, application_id=last_application)
            target = replace(iv, id=store.add_interview(iv, now))
            store.add_history(event.kind.value, now, interview_id=target.id, message_row=row, note=change.reason)
        elif kind in (ChangeKind.update_interview, ChangeKind.end_interview) and change.interview is not None:
            target = change.interview
            store.update_interview(target, now)
            store.add_history(event.kind.value, now, interview_id=target.id, message_row=row, note=change.reason)
            if change.moved:
                outbox.refresh_drafts(rt, store, target, now, "the interview moved")
        elif kind is ChangeKind.create_application and change.application is not None:
            app = change.application
            target = replace(app, id=store.add_application(app, now))
            last_application = target.id
            store.add_history(event.kind.value, now, application_id=target.id, message_row=row, note=change.reason)
        elif kind is ChangeKind.end_application and change.application is not None:
            target = change.application
            store.update_application(target, now)
            store.add_history(event.kind.value, now, application_id=target.id, message_row=row, note=change.reason)
        elif kind is ChangeKind.link_application and change.interview is not None:
            linked = change.interview
            if linked.application_id is None and last_application is not None:
                linked = replace(linked, application_id=last_application)
            if linked.id is not None:
                store.update_interview(linked, now)
        elif kind in (ChangeKind.noticed_reply, ChangeKind.defer):
            if kind is ChangeKind.noticed_reply:
                trigger = Trigger("reply", at=change.at, person=change.person)
                store.add_history("reply", change.at or now, interview_id=change.interview_id,
                                  application_id=change.application_id, message_row=row, note=change.reason)
            else:
                trigger = Trigger("defer", at=change.until, person=change.person)
                store.add_history("defer", now, interview_id=change.interview_id,
                                  application_id=change.application_id, message_row=row, note=change.reason)
            if change.interview_id is not None:
                target = store.interview(change.interview_id)
            elif change.application_id is not None:
                target = store.application(change.application_id)
        else:
            log.debug("nothing to track reason=%s", change.reason)
        if target is not None and target.id is not None:
            plans.append(plan_for(rt, store, trigger, target, now, trusted))
    return plans


def _may_be_a_reply(store: Store, message: Message) -> bool:
    """Whether a mail that is no event could still answer something tracked (thread or sender)."""
    if message.in_reply_to or message.references or message.envelope_in_reply_to or message.envelope_references:
        return True
    sender = (message.sender.email or "").lower() if message.sender else ""
    return bool(sender) and store.is_tracked_address(sender)


def plan_for(
    rt: Runtime, store: Store, trigger: object, target: Interview | Application, now: datetime, trusted: Trust
) -> Plan:
    """Plan one trigger on one stored target and persist creates, re-timings and cancels."""
    from followup import outbox
    from followup.model import FollowUpState, Interview
    from followup.planner import plan

    existing = tuple(store.followups())
    tracked = (*store.interviews(), *store.applications())
    result = plan(trigger, target, rt.rules, existing, rt.owner, now, trusted, tracked)  # type: ignore[arg-type]
    for fu in result.creates:
        drafted = outbox.with_text(rt, target, fu)
        fid = store.add_followup(drafted, now, f"planned by rule '{fu.rule}'")
        if fid is not None:
            log.info(
                "follow-up planned followup=%s rule=%s state=%s send_at=%s",
                fid,
                fu.rule,
                fu.state.value,
                fu.send_at.isoformat(),
            )
    for retime in result.retimes:
        store.update_followup(retime.followup_id, now, send_at=retime.send_at)
        store.add_history("retimed", now, interview_id=target.id if isinstance(target, Interview) else None,
                          application_id=None if isinstance(target, Interview) else target.id,
                          note=f"follow-up {retime.followup_id}: {retime.reason}")
    for cancel in result.cancels:
        current = store.followup(cancel.followup_id)
        if current is None or current.state not in (FollowUpState.awaiting_approval, FollowUpState.approved):
            continue
        store.transition(cancel.followup_id, FollowUpState.cancelled, cancel.reason, now, expect=current.state)
    return result
