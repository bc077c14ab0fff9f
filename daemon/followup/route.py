"""Where an incoming message goes: own mail is ignored, answers to the owner's questions and
approval replies go to the outbound side (inquiries, approval.jobs), everything else to the
pipeline (detect, track, plan), after which a mail it could not make out becomes a question to
the owner; and which new mail need not be read at all.

The one place the inbound and outbound sides meet, so that neither imports the other.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING
from datetime import datetime

from followup.intake import Handled, MessageOutcome, handle_mail
from followup.rawmail import header_of
from followup.runtime import Runtime
from followup.source import FetchedMail
from followup.store import Store

if TYPE_CHECKING:
    from followup.gate import GateContext


def process_mail(
    rt: Runtime, store: Store, raw: bytes, row: int | None, now: datetime, *, source: str = ""
) -> tuple[str, str | None, str | None]:
    """Parse one message and route it; persist every change. Returns (outcome, kind, event JSON)."""
    # Imported here, not at the top: a poll that finds no new mail never loads parsing,
    # detection or rendering.
    from followup import inquiries, pipeline
    from followup.hints import Hints
    from followup.approval import jobs as approval_jobs
    from followup.parse import parse_message

    message = parse_message(raw, source)
    if store.is_own_message(message.envelope_message_id) or store.is_own_message(message.message_id):
        return MessageOutcome.OWN, None, None
    answered = inquiries.handle_answer(rt, store, message, now)
    if answered is not None:
        return MessageOutcome.APPROVAL, None, json.dumps({"answer": answered})
    handled = approval_jobs.handle_reply(rt, store, message, now)
    if handled is not None:
        return MessageOutcome.APPROVAL, None, json.dumps({"approval": handled})
    outcome, event = pipeline.process_event(rt, store, message, row, now, Hints.from_rows(store.hints()))
    inquiries.ask_about_mail(rt, store, message, event, row, now)
    return outcome, event.kind.value, json.dumps(event.to_json(), ensure_ascii=False)


def make_handler(rt: Runtime) -> Callable[..., Handled]:
    """The sync handler: record each message once, then route it with this runtime."""

    def handle(store: Store, mail: FetchedMail, *, act: bool, now: datetime) -> Handled:
        return handle_mail(
            store, mail, act=act, now=now,
            process=lambda st, m, row, n: process_mail(rt, st, m.raw, row, n, source=f"{m.folder}:{m.uid}"),
        )  # fmt: skip

    return handle


def make_triage(rt: Runtime, store: Store) -> Callable[[FetchedMail, int], str | None]:
    """The sync triage for this runtime: why a new message need not be read, or None to read it,
    judged against what is tracked at the tracking version the caller names.

    What is tracked is read from the store once and again only when the version moved, and only
    when a message would otherwise be left unread (tracking only adds reasons to read). Nothing
    is loaded before the first new message: an idle poll pays nothing for triage. A head left
    unread is remembered as read, so judging it again when tracking grows is two set lookups.
    """
    from followup import gate

    cached: list[tuple[int, GateContext]] = []
    unread: dict[tuple[str, int, int], gate.Reading] = {}

    def context(version: int) -> GateContext:
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

    def triage(mail: FetchedMail, version: int) -> str | None:
        ctx = cached[0][1] if cached else context(version)
        key = (mail.folder, mail.uidvalidity, mail.uid)
        reading = unread.pop(key, None)
        if reading is None:
            parts = mail.parts if mail.parts is not None or not mail.complete else gate.parts_of(mail.raw)
            reading = gate.read_head(header_of(mail.raw), parts, ctx)
        verdict = gate.judge(reading, ctx)
        if not verdict.read and cached[0][0] != version:
            verdict = gate.judge(reading, context(version))
        if verdict.read:
            return None
        if len(unread) >= _UNREAD_KEPT:
            del unread[next(iter(unread))]  # the oldest: sync judges a head again only within its group
        unread[key] = reading
        return verdict.reason

    return triage


_UNREAD_KEPT = 4096  # heads left unread remembered for a second judgement (bounded: a daemon runs for months)
_KINDS = (
    "interview_scheduled", "interview_rescheduled", "interview_cancelled", "application_received", "rejection", "offer",
)  # fmt: skip
