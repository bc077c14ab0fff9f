"""Pure: what can be read off raw message bytes without parsing them.

The header block, and whether the message holds a calendar or an attached message (a scan of
part headers). Kept apart from parse.py so that the mailbox sources, which import it, stay light
to load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def header_of(raw: bytes) -> bytes:
    """The header block of raw message bytes, up to and including the blank line."""
    crlf, lf = raw.find(b"\r\n\r\n"), raw.find(b"\n\n")
    if crlf >= 0 and (lf < 0 or crlf < lf):
        return raw[: crlf + 4]
    if lf >= 0:
        return raw[: lf + 2]
    return raw


@dataclass(frozen=True)
class Parts:
    """What a message's MIME structure holds, as far as deciding whether to read it goes."""

    calendar: bool = False
    attached_message: bool = False


_PART_TYPE = re.compile(
    rb"(?im)^content-type:[ \t]*(text/calendar|application/ics|text/x-vcalendar|application/x-ics|message/rfc822)"
    rb"|^content-(?:disposition|type):[^\r\n]*\.(?:ics|vcs)\b|^[ \t]+[^\r\n]*name=\"?[^\"\r\n]*\.(?:ics|vcs)\b"
)


def parts_of(raw: bytes) -> Parts:
    """The structure of raw bytes, by a scan of part headers (for sources that hold the whole message)."""
    calendar = attached = False
    for match in _PART_TYPE.finditer(raw):
        kind = (match.group(1) or b"").lower()
        if kind == b"message/rfc822":
            attached = True
        else:
            calendar = True
        if calendar and attached:
            break
    return Parts(calendar=calendar, attached_message=attached)
