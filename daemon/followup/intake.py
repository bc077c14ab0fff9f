"""Taking in fetched mail exactly once: record each message, then hand it to whatever acts on it.

`handle_mail` is idempotent: a message already recorded (same folder, UIDVALIDITY and UID) is
skipped, and one already processed under another UID with the same Message-ID and content hash
(a UIDVALIDITY reset, a copy in a second folder) is recorded as a duplicate and not acted on
again. What acting means (detection and planning, or an approval reply) is the caller's
`process`; this module knows nothing of it, so sync can use it without the pipeline.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from followup.rawmail import header_of
from followup.source import FetchedMail
from followup.store import Store

_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_HEADER_SCAN_LIMIT = 256 * 1024


class MessageOutcome(enum.StrEnum):
    """What became of a message, as recorded in the store (a StrEnum: it is stored and printed as its value)."""

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
        outcome: str
        if duplicate is not None:
            outcome = MessageOutcome.DUPLICATE
            error = f"same as message {duplicate.id} ({duplicate.folder} uid {duplicate.uid})"
        elif act:
            outcome = MessageOutcome.RECORDED
            if mail.truncated:
                error = (
                    f"read in part: the message is {mail.full_size // 1_000_000} MB, "
                    "only its text and calendar parts were read"
                )
        else:
            outcome = MessageOutcome.SKIPPED if mail.skipped else MessageOutcome.BACKFILL
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
