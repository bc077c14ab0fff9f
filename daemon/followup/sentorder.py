"""Pure: the order mail was sent in, read off its head.

Tracking folds events in the order they reach it: a rejection read before the application
receipt it answers ends nothing, and the receipt then opens a second application. A folder's
UIDs say when mail was filed, which is not when it was sent once mail is moved, imported or
forwarded late, so new mail is handed on by its Date header instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime, UTC
from email.utils import parsedate_to_datetime
from typing import Protocol, TypeVar

from followup.rawmail import header_of

_DATE = re.compile(rb"^date:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_NEVER = datetime.max.replace(tzinfo=UTC)

T = TypeVar("T")


class Filed(Protocol):
    """A message as a mailbox holds it (a fetched mail or its head)."""

    @property
    def raw(self) -> bytes: ...

    @property
    def internal_date(self) -> datetime | None: ...

    @property
    def uid(self) -> int: ...


def sent_at(mail: Filed) -> datetime | None:
    """When `mail` was sent: its Date header, else its INTERNALDATE; None when neither is known.

    A Date header without a zone is read as UTC: it cannot be placed better, and a few hours
    matter less than putting it at one end of the batch.
    """
    match = _DATE.search(header_of(mail.raw))
    if match:
        text = b" ".join(match.group(1).split()).decode("ascii", "replace")
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            when = None
        if when is not None:
            return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return mail.internal_date


def in_sent_order(items: Iterable[T], mail_of: Callable[[T], Filed]) -> list[T]:
    """`items` sorted by when their mail was sent, the UID breaking ties; undated mail last, by UID."""

    def key(item: T) -> tuple[datetime, int]:
        mail = mail_of(item)
        return sent_at(mail) or _NEVER, mail.uid

    return sorted(items, key=key)
