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

from followup.source import FetchedMail
from followup.store import Store

log = logging.getLogger(__name__)

_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_HEADER_SCAN_LIMIT = 256 * 1024


class Outcome:
    """The outcome names recorded for a message."""

    RECORDED = "recorded"
    BACKFILL = "backfill"
    DUPLICATE = "duplicate"
    OWN = "own"
    EVENT = "event"
    ERROR = "error"


@dataclass(frozen=True)
class Handled:
    """What became of one message."""

    outcome: str
    row_id: int | None
    kind: str | None = None


def content_hash(raw: bytes) -> str:
    """The sha256 of the raw message, hex."""
    return hashlib.sha256(raw).hexdigest()


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


def handle_mail(store: Store, mail: FetchedMail, *, act: bool, now: datetime) -> Handled:
    """Process one fetched message and record it; `act=False` records without acting (backfill)."""
    if store.has_message(mail.folder, mail.uidvalidity, mail.uid):
        return Handled("seen", None)
    sha = content_hash(mail.raw)
    message_id = header_message_id(mail.raw)
    with store.transaction():
        duplicate = store.find_duplicate(message_id, sha)
        if duplicate is not None:
            outcome = Outcome.DUPLICATE
            row = store.record_message(
                folder=mail.folder,
                uidvalidity=mail.uidvalidity,
                uid=mail.uid,
                message_id=message_id,
                sha256=sha,
                outcome=outcome,
                at=now,
                error=f"same as message {duplicate.id} ({duplicate.folder} uid {duplicate.uid})",
                kind=duplicate.kind,
            )
            return Handled(outcome, row, duplicate.kind)
        outcome = Outcome.RECORDED if act else Outcome.BACKFILL
        row = store.record_message(
            folder=mail.folder,
            uidvalidity=mail.uidvalidity,
            uid=mail.uid,
            message_id=message_id,
            sha256=sha,
            outcome=outcome,
            at=now,
        )
        return Handled(outcome, row)
