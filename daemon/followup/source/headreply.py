"""Reading the reply to the heads FETCH without imapclient's general response parser.

A first sync asks for the head (UID, RFC822.SIZE, INTERNALDATE, the header) of every new
message, and imapclient's generic parser costs several times what the server takes to send
them: it tokenises every byte of every response line. The reply to this one request has a
fixed shape, one header literal per message with a few atoms around it, so it is read here
with one match per message. Anything of another shape (an unsolicited FLAGS update, a NIL
header, an item this reader does not know) makes `read_heads` return None, and the caller
parses the reply with imapclient as before: this reader may only be faster, never different.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, UTC

from followup.rawmail import Parts, parts_of
from followup.source.bodystructure import fetch_item

# One message's line up to its literal: `<seq> (<items> {<n>}`; the items before the literal are
# atoms, numbers and quoted strings only.
_OPENING = re.compile(rb"\d+ \(((?:[^(){}\"]|\"[^\"\\]*\")*)\{(\d+)\}\Z")
_ITEM = re.compile(rb' *([A-Z][A-Z0-9.]*) (\d+|"[^"\\]*")')
_CLOSING = re.compile(rb"((?: *[A-Z][A-Z0-9.]* (?:\d+|\"[^\"\\]*\"))*) *\)\Z")
_HEADER_ITEM = b"BODY[HEADER]<0>"
# RFC 3501 date-time: "dd-Mon-yyyy hh:mm:ss +zzzz", the day space-padded or not.
_DATE_TIME = re.compile(rb" ?(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)\Z")
_MONTHS = {m: i for i, m in enumerate(
    (b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec"), 1
)}  # fmt: skip
_ZONES: dict[bytes, timezone] = {}
# A top-level type whose parts only the server's structure tells (folded values included).
_COMPOUND = re.compile(rb"^content-type:\s*(?:multipart|message)/", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Head:
    """What the heads FETCH says of one message."""

    size: int | None
    internal_date: datetime | None
    header: bytes


def read_heads(data: Sequence[object]) -> dict[int, Head] | None:
    """The heads in an untagged FETCH reply as imaplib hands it on, by UID; None if its shape is other.

    `data` alternates a (line up to the literal, literal) pair with the rest of that line, as
    imaplib reads a response holding one literal.
    """
    heads: dict[int, Head] = {}
    index = 0
    while index < len(data):
        pair = data[index]
        rest = data[index + 1] if index + 1 < len(data) else None
        if not (isinstance(pair, tuple) and len(pair) == 2 and isinstance(rest, bytes)):
            return None
        opening, literal = pair
        if not (isinstance(opening, bytes) and isinstance(literal, bytes)):
            return None
        head = _read_one(opening, literal, rest)
        if head is None:
            return None
        uid, found = head
        heads[uid] = found
        index += 2
    return heads


def parsed_head(data: dict[bytes, object]) -> Head:
    """The head in one message's reply as imapclient's parser gives it (a naive time taken as UTC)."""
    header, size, when = fetch_item(data, b"BODY[HEADER]"), data.get(b"RFC822.SIZE"), data.get(b"INTERNALDATE")
    if isinstance(when, datetime) and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return Head(
        size=size if isinstance(size, int) else None,
        internal_date=when if isinstance(when, datetime) else None,
        header=header if isinstance(header, bytes) else b"",
    )


def _read_one(opening: bytes, literal: bytes, rest: bytes) -> tuple[int, Head] | None:
    match = _OPENING.match(opening)
    closing = _CLOSING.match(rest)
    if match is None or closing is None or int(match[2]) != len(literal):
        return None
    before, after = b" " + match[1], closing[1]
    if not before.endswith(b" " + _HEADER_ITEM + b" "):
        return None  # the literal is some other item
    items: dict[bytes, bytes] = {}
    for text in (before[: -len(_HEADER_ITEM) - 1], after):
        end = 0
        for item in _ITEM.finditer(text):
            if item.start() != end:
                return None
            items[item[1]] = item[2]
            end = item.end()
        if end != len(text.rstrip(b" ")):
            return None
    uid = items.get(b"UID")
    if uid is None or not uid.isdigit():
        return None
    size = items.get(b"RFC822.SIZE")
    when = items.get(b"INTERNALDATE")
    internal_date = _date_time(when[1:-1]) if when is not None and when.startswith(b'"') else None
    if when is not None and internal_date is None:
        return None
    return int(uid), Head(
        size=int(size) if size is not None and size.isdigit() else None,
        internal_date=internal_date,
        header=literal,
    )


def _date_time(text: bytes) -> datetime | None:
    match = _DATE_TIME.match(text)
    if match is None:
        return None
    day, month, year, hour, minute, second, sign, zh, zm = match.groups()
    number = _MONTHS.get(month.lower())
    if number is None:
        return None
    zone_key = sign + zh + zm
    zone = _ZONES.get(zone_key)
    if zone is None:
        offset = timedelta(hours=int(zh), minutes=int(zm))
        zone = _ZONES.setdefault(zone_key, timezone(-offset if sign == b"-" else offset))
    try:
        return datetime(int(year), number, int(day), int(hour), int(minute), int(second), tzinfo=zone)
    except ValueError:
        return None


def uid_set(uids: Sequence[int]) -> str:
    """`uids` (ascending) as an IMAP sequence set, runs written as ranges: "1:200,205"."""
    parts: list[str] = []
    index = 0
    while index < len(uids):
        end = index
        while end + 1 < len(uids) and uids[end + 1] == uids[end] + 1:
            end += 1
        parts.append(str(uids[index]) if end == index else f"{uids[index]}:{uids[end]}")
        index = end + 1
    return ",".join(parts)


def single_part(header: bytes) -> Parts | None:
    """A single-part message's parts, read off its whole header; None when only the structure
    can tell (a multipart or message/* type, or a header cut short)."""
    if not header.endswith((b"\r\n\r\n", b"\n\n")) or _COMPOUND.search(header):
        return None
    return parts_of(header)
