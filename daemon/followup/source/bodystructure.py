"""BODYSTRUCTURE (RFC 3501 §7.4.2): what a message's parts are, and reading huge mail in part.

Owns `FetchLimits` (how many bytes one FETCH may bring in), reading imapclient's BODYSTRUCTURE
tuples (calendar and attached-message parts, the text and calendar sections worth fetching) and
rebuilding a capped body from the fetched sections. Pure: it takes the values the IMAP source
fetched and returns bytes; it must not import imapclient, talk to a server or log.
"""

from __future__ import annotations

from dataclasses import dataclass

from followup.rawmail import Parts


@dataclass(frozen=True)
class FetchLimits:
    """How much message text one FETCH may bring in: memory follows bytes, not message counts."""

    batch_bytes: int = 8_000_000  # whole messages asked for in one FETCH, by RFC822.SIZE
    max_whole_bytes: int = 8_000_000  # bigger messages are read in part
    text_cap: int = 4_000_000  # bytes read of one text part (encoded), as much as parse reads
    calendar_cap: int = 2_000_000  # bytes read of one calendar part (encoded)


_CALENDAR_TYPES = {b"text/calendar", b"application/ics", b"text/x-vcalendar", b"application/x-ics"}


# --- BODYSTRUCTURE (RFC 3501 §7.4.2) ---


def fetch_item(data: dict[bytes, object], name: bytes) -> object:
    """A FETCH item whatever partial suffix the server gave it (`BODY[HEADER]<0>`)."""
    if name in data:
        return data[name]
    for key, value in data.items():
        if key.startswith(name):
            return value
    return None


def section_name(key: object) -> str | None:
    """`BODY[1.2]<0>` -> `1.2`; `BODY[2.MIME]` -> `2.MIME`."""
    if not isinstance(key, bytes) or not key.startswith(b"BODY["):
        return None
    end = key.find(b"]")
    return key[5:end].decode("ascii", "replace") if end > 0 else None


def _lower(value: object) -> bytes:
    return value.lower() if isinstance(value, bytes) else b""


def _params(value: object) -> dict[bytes, bytes]:
    if not isinstance(value, (tuple, list)):
        return {}
    items = list(value)
    return {_lower(k): v for k, v in zip(items[::2], items[1::2], strict=False) if isinstance(v, bytes)}


def _multipart(body: object) -> tuple[list[object], list[object]] | None:
    """(children, [subtype, params, ...]) of a multipart body, or None for a single part.

    imapclient gives the outermost multipart as ([children], subtype, ...) and nested ones as
    (child, child, ..., subtype, ...), the form of the wire (RFC 3501 §7.4.2).
    """
    if not isinstance(body, (tuple, list)) or not body:
        return None
    if isinstance(body[0], list):
        return list(body[0]), list(body[1:])
    if not isinstance(body[0], tuple):
        return None
    count = 0
    while count < len(body) and isinstance(body[count], (tuple, list)):
        count += 1
    return list(body[:count]), list(body[count:])


def _is_multipart(body: object) -> bool:
    return _multipart(body) is not None


def _leaf_kind(body: object) -> str:
    """'calendar', 'text', 'message' or '' (an attachment never read) for a non-multipart part."""
    if not isinstance(body, (tuple, list)) or len(body) < 2:
        return ""
    ctype = _lower(body[0]) + b"/" + _lower(body[1])
    if ctype == b"message/rfc822":
        return "message"
    names = [*_params(body[2] if len(body) > 2 else None).values()]
    disposition_at = 9 if ctype.startswith(b"text/") else 8
    disposition = body[disposition_at] if len(body) > disposition_at else None
    if isinstance(disposition, (tuple, list)) and len(disposition) > 1:
        names += _params(disposition[1]).values()
    is_attachment = isinstance(disposition, (tuple, list)) and disposition and _lower(disposition[0]) == b"attachment"
    if ctype in _CALENDAR_TYPES or any(n.lower().endswith((b".ics", b".vcs")) for n in names):
        return "calendar"
    if ctype in (b"text/plain", b"text/html") and not is_attachment:
        return "text"
    return ""


def parts_of(structure: object) -> Parts:
    calendar = attached = False
    stack = [structure]
    while stack and len(stack) < 10_000:
        body = stack.pop()
        split = _multipart(body)
        if split is not None:
            stack.extend(split[0])
            continue
        kind = _leaf_kind(body)
        if kind == "calendar":
            calendar = True
        elif kind == "message":
            attached = True
            if isinstance(body, (tuple, list)) and len(body) > 8:
                stack.append(body[8])
    return Parts(calendar=calendar, attached_message=attached)


def _child(path: str, index: int) -> str:
    return f"{path}.{index}" if path else str(index)


def wanted_sections(structure: object, limits: FetchLimits, path: str = "", depth: int = 0) -> list[tuple[str, int]]:
    """The sections to fetch to read a message's text and calendars: (section, byte cap or 0)."""
    if depth > 30:
        return []
    split = _multipart(structure)
    if split is not None:
        found: list[tuple[str, int]] = []
        for i, child in enumerate(split[0][:500], start=1):
            section = _child(path, i)
            inner = wanted_sections(child, limits, section, depth + 1)
            if inner:
                found += [(f"{section}.MIME", 0), *inner]
        return found
    kind = _leaf_kind(structure)
    section = path or "1"
    if kind == "message" and isinstance(structure, (tuple, list)) and len(structure) > 8:
        # RFC 3501 §6.4.5: an attached message's header is `n.HEADER`; the parts of its body
        # are `n.1`, `n.2` ... (a single-part body is `n.1`).
        inner = structure[8]
        if _is_multipart(inner):
            body = wanted_sections(inner, limits, section, depth + 1)
        else:
            cap = _cap(inner, limits)
            body = [(f"{section}.1", cap)] if cap else []
        return [(f"{section}.HEADER", 0), *body] if body else []
    cap = _cap(structure, limits)
    return [(section, cap)] if cap else []


def _cap(structure: object, limits: FetchLimits) -> int:
    kind = _leaf_kind(structure)
    return limits.text_cap if kind == "text" else limits.calendar_cap if kind == "calendar" else 0


def terminated(header: bytes) -> bytes:
    """A header block ending in its blank line, whatever was fetched."""
    if header.endswith(b"\r\n\r\n") or header.endswith(b"\n\n"):
        return header
    return header.rstrip(b"\r\n") + b"\r\n\r\n"


def _whole_lines(data: bytes, cap: int) -> bytes:
    """Cut a capped part at its last line end, so that base64 and quoted-printable still decode."""
    if len(data) < cap:
        return data
    cut = data.rfind(b"\n")
    return data[: cut + 1] if cut > 0 else data


def assemble(structure: object, path: str, sections: dict[str, bytes], limits: FetchLimits, depth: int = 0) -> bytes:
    """Rebuild a message body from the fetched sections: the same MIME tree, unread parts left out."""
    if depth > 30:
        return b""
    split = _multipart(structure)
    if split is not None:
        children, extension = split
        boundary = _params(extension[1] if len(extension) > 1 else None).get(b"boundary")
        if boundary is None:
            return b""
        out = []
        for i, child in enumerate(children[:500], start=1):
            section = _child(path, i)
            inner = assemble(child, section, sections, limits, depth + 1)
            if inner:
                mime = sections.get(f"{section}.MIME", b"")
                out.append(b"--" + boundary + b"\r\n" + terminated(mime) + inner + b"\r\n")
        return b"".join(out) + b"--" + boundary + b"--\r\n" if out else b""
    section = path or "1"
    if _leaf_kind(structure) == "message" and isinstance(structure, (tuple, list)) and len(structure) > 8:
        inner = structure[8]
        if _is_multipart(inner):
            body = assemble(inner, section, sections, limits, depth + 1)
        else:
            body = _leaf(inner, f"{section}.1", sections, limits)
        header = sections.get(f"{section}.HEADER")
        return terminated(header) + body if header is not None and body else b""
    return _leaf(structure, section, sections, limits)


def _leaf(structure: object, section: str, sections: dict[str, bytes], limits: FetchLimits) -> bytes:
    cap = _cap(structure, limits)
    data = sections.get(section)
    return _whole_lines(data, cap) if cap and data is not None else b""
