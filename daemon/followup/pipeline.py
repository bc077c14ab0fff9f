"""What one message means for the tracked state: detect, track, plan, draft, then apply it.

The inbound side. `process_event` detects the Event, decides its Changes on a snapshot of the
store (`changes.decide`) and applies them in the caller's transaction; `decide_event` is the
same decision without the apply, which is all `explain` runs. Approval replies and our own
mail never get here: `route` sends them elsewhere first.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from followup import trust
from followup.changes import Changes, Snapshot, Target, decide, decide_plan
from followup.drafts import drafter
from followup.hints import NO_HINTS, Hints, apply_hints
from followup.intake import MessageOutcome
from followup.model import Event, EventKind, Message
from followup.planner import Plan, Trigger
from followup.runtime import Runtime
from followup.track import MessageFacts
from followup.trust import Trust


class StateReader(Protocol):
    """What deciding needs from the store: reads only."""

    def is_tracked_address(self, address: str) -> bool: ...

    def snapshot(self) -> Snapshot: ...

    def snapshot_for(
        self, *, calendar_uid: str | None, message_ids: Iterable[str], company: str | None, addresses: Iterable[str]
    ) -> Snapshot: ...


def judge_trust(rt: Runtime, message: Message) -> Trust:
    """The trust verdict on a message (trust.judge with this config): what `approval: auto` may do."""
    return trust.judge(message, owner_addresses=rt.config.trusted_senders, authserv_id=rt.config.mailbox.authserv_id)


def detect(rt: Runtime, message: Message, hints: Hints = NO_HINTS) -> Event:
    """The Event in a parsed message, with this config's owner and detection settings, read with
    what the owner taught about its sender (`hints`)."""
    from followup.detect import detect_event

    config = rt.config
    event = detect_event(
        message, owner_email=config.owner.email, owner_zone=config.owner.timezone, extra=config.detection
    )
    return apply_hints(event, hints)


def decide_event(
    rt: Runtime, state: StateReader, event: Event, message: Message, now: datetime, *, row: int | None = None
) -> Changes:
    """Decide what an Event changes: tracking, follow-ups, drafts, history. Reads `state`, writes nothing."""
    if event.kind is EventKind.none and not _may_be_a_reply(state, message):
        return Changes()
    verdict = judge_trust(rt, message)
    facts = MessageFacts.from_message(message, trusted=verdict.trusted)
    return decide(
        snapshot_for(state, event, message, facts),
        event,
        facts,
        verdict,
        rules=rt.rules,
        owner=rt.owner,
        owner_addresses=rt.config.trusted_senders,
        now=now,
        draft=drafter(rt),
        message_row=row,
    )


def snapshot_for(state: StateReader, event: Event, message: Message, facts: MessageFacts) -> Snapshot:
    """The part of the tracked state this message can be about, found by index: what its calendar
    UID, its Message-IDs (own, replied to, referenced; outer and forwarded), its sender and its
    company lead to. One event then costs what it touches, not the size of the store."""
    ids = {
        m
        for m in (
            message.message_id, message.in_reply_to, *message.references, message.envelope_message_id,
            message.envelope_in_reply_to, *message.envelope_references, event.original.message_id,
        )
        if m
    }  # fmt: skip
    return state.snapshot_for(
        calendar_uid=event.calendar.uid if event.calendar else None,
        message_ids=ids,
        company=event.company,
        addresses=[facts.sender] if facts.sender else [],
    )


class StateStore(StateReader, Protocol):
    """What processing an event needs from the store: the reads of deciding, and the one write."""

    def apply_changes(self, changes: Changes, at: datetime) -> None: ...


def apply_event(
    rt: Runtime, store: StateStore, event: Event, message: Message, now: datetime, *, row: int | None = None
) -> tuple[Plan, ...]:
    """Decide what an Event changes and apply it (the caller's transaction); return the plans made."""
    changes = decide_event(rt, store, event, message, now, row=row)
    store.apply_changes(changes, now)
    return changes.plans


def process_event(
    rt: Runtime, store: StateStore, message: Message, row: int | None, now: datetime, hints: Hints = NO_HINTS
) -> tuple[str, Event]:
    """Detect one message's Event and apply what it changes (the caller's transaction); return the outcome."""
    event = detect(rt, message, hints)
    apply_event(rt, store, event, message, now, row=row)
    failed = any(line.startswith("error:") for line in event.evidence)
    return (MessageOutcome.DETECT_ERROR if failed else MessageOutcome.EVENT), event


def _may_be_a_reply(store: StateReader, message: Message) -> bool:
    """Whether a mail that is no event could still answer something tracked (thread or sender)."""
    if message.in_reply_to or message.references or message.envelope_in_reply_to or message.envelope_references:
        return True
    sender = (message.sender.email or "").lower() if message.sender else ""
    return bool(sender) and store.is_tracked_address(sender)


def plan_for(
    rt: Runtime, store: StateStore, trigger: Event | Trigger, target: Target, now: datetime, trust: Trust
) -> Plan:
    """Plan one trigger on one stored target and apply what it decides (the caller's transaction)."""
    changes = decide_plan(
        store.snapshot(), trigger, target, rules=rt.rules, owner=rt.owner, now=now, trust=trust, draft=drafter(rt)
    )
    store.apply_changes(changes, now)
    return changes.plans[0]
