"""Pure: raw mail bytes → a normalised Message, judged by the forwarded original.

Owns MIME reading with the stdlib `email` package (compat32, the most lenient policy): headers
and bodies in any charset (decoded by charsets.py), HTML-only bodies turned into readable text
(by htmltext.py), calendar parts and .ics attachments, message/rfc822 originals, inline
forwards (via forwards.py), auto-reply markers (RFC 3834), list and authentication headers.
It must not do I/O, read the clock or decide what a message means (detect does), and it never
raises: every problem with the input becomes a short reason in `Message.defects`.

Work is bounded for hostile input: the raw message, each header, each text part, the HTML
converted and the number of MIME parts walked are all capped, and non-text attachments are
never decoded.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes
from email.message import Message as MimeMessage
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

from followup.charsets import (
    Defects,
    decode_bytes,
    decode_header_value,
    fix_8bit,
    one_line,
    unfold,
)
from followup.forwards import (
    ForwardResult,
    is_forward_subject,
    parse_loose_date,
    strip_subject_prefixes,
    unwrap_forward,
)
from followup.htmltext import MAX_HTML_CHARS, MAX_TEXT_CHARS, html_to_text
from followup.model import Message, Person

# decode_bytes, decode_header_value and html_to_text live in charsets.py and htmltext.py; they are
# named here too so that callers of the whole parse stage need one import.
__all__ = ["decode_bytes", "decode_header_value", "html_to_text", "parse_message", "unflow"]

MAX_RAW_BYTES = 40_000_000
MAX_PARTS = 500
MAX_NESTING = 30
MAX_RFC822_DEPTH = 3
MAX_HEADERS = 500
MAX_HEADER_CHARS = 16_000
MAX_PART_ENCODED_CHARS = 4_000_000
MAX_CALENDAR_CHARS = 1_000_000
MAX_CALENDARS = 10
MAX_IDS = 100

_CALENDAR_TYPES = {"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics"}
_MSG_ID_RE = re.compile(r"<[^<>\s]{1,900}>")
_BARE_ADDR_RE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w:.-]{1,40})""", re.IGNORECASE)
# Subjects of out-of-office and automatic replies in the languages we meet most.
_AUTO_SUBJECT_RE = re.compile(
    r"^\s*(?:auto(?:matic|matische|matisk)?[ -]?(?:reply|response|antwort|svar|respuesta)|"
    r"auto[ -]?respon|autoreply|out of (?:the )?office|ooo\b|abwesenheitsnotiz|"
    r"abwesend|réponse automatique|r[ée]ponse automatique|respuesta autom[áa]tica|"
    r"fuera de la oficina|absence du bureau|automatisch antwoord|afwezig|"
    r"risposta automatica|fuori sede|on vacation|vacation reply|away from (?:the )?office)",
    re.IGNORECASE,
)
# Precedence: bulk and junk mark mass mail, which detect judges by content (an ATS receipt
# can be bulk); only auto_reply says it answers something.
_BULK_PRECEDENCE = {"auto_reply"}


@dataclass
class _Head:
    """Decoded headers of one (outer or attached) message."""

    sender: Person | None = None
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    reply_to: tuple[Person, ...] = ()
    date: datetime | None = None
    subject: str = ""
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    auto_submitted: str | None = None
    is_auto_reply: bool = False
    list_id: str | None = None
    authentication_results: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()


@dataclass
class _Body:
    """What the MIME tree of one message holds."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    calendars: list[str] = field(default_factory=list)
    attached: list[MimeMessage] = field(default_factory=list)
    is_report: bool = False
    charset_hint: str | None = None
    parts: int = 0


def parse_message(raw: bytes, source: str = "") -> Message:
    """Parse raw mail bytes into a Message; never raises (problems go to `defects`).

    `source` names where the bytes came from (file, folder/UID) for the caller's logs.
    """
    defects = Defects()
    try:
        return _parse(raw, defects)
    except Exception as exc:  # last resort of "never raises": keep the reason, lose the mail
        defects.add(f"unparseable message: {type(exc).__name__}")
        return Message(sender=None, date=None, subject="", message_id=None, text="",
                       defects=tuple(defects.items))


def _parse(raw: bytes, defects: Defects) -> Message:
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    raw = bytes(raw)
    if len(raw) > MAX_RAW_BYTES:
        raw = raw[:MAX_RAW_BYTES]
        defects.add(f"message truncated to {MAX_RAW_BYTES // 1_000_000} MB")
    if not raw.strip():
        defects.add("empty message")
    raw = _bound_raw(raw, defects)
    mime = message_from_bytes(raw, policy=compat32)
    for defect in mime.defects[:10]:
        defects.add(f"mime: {type(defect).__name__}")

    outer_body = _walk(mime, defects)
    outer = _read_head(mime, outer_body.charset_hint, defects)

    # An original forwarded as an attachment (message/rfc822) is judged instead of the wrapper;
    # a delivery report (RFC 3464 multipart/report) carries the bounced mail, not a forward.
    head, body, depth = outer, outer_body, 0
    calendars = list(outer_body.calendars)
    while body.attached and not body.is_report and depth < MAX_RFC822_DEPTH:
        inner_mime = body.attached[0]
        inner_body = _walk(inner_mime, defects)
        inner_head = _read_head(inner_mime, inner_body.charset_hint or body.charset_hint, defects)
        if inner_head.sender is None and not inner_head.subject and not inner_body.plain and not inner_body.html:
            break
        head, body, depth = inner_head, inner_body, depth + 1
        calendars.extend(c for c in inner_body.calendars if c not in calendars)

    text, html = _best_text(body, defects)

    sender, date, subject, message_id = head.sender, head.date, head.subject, head.message_id
    to, cc, reply_to = head.to, head.cc, head.reply_to
    in_reply_to, references = head.in_reply_to, head.references
    known_date = head.date or outer.date
    default_tz = known_date.tzinfo if known_date is not None else None
    forward = unwrap_forward(text, subject=head.subject, default_tz=default_tz)
    if forward is not None:
        depth += forward.depth
        text = forward.body
        sender, date, message_id = forward.sender, forward.date, forward.message_id
        subject = forward.subject or strip_subject_prefixes(head.subject)
        to, cc, reply_to = forward.to, forward.cc, forward.reply_to
        in_reply_to, references = None, ()
        _note_forward_defects(forward, defects)
    elif depth == 0 and is_forward_subject(head.subject):
        defects.add("forward subject but no forwarded original found")

    is_auto = outer.is_auto_reply or head.is_auto_reply or bool(_AUTO_SUBJECT_RE.match(subject or ""))
    if forward is None and depth == 0 and _AUTO_SUBJECT_RE.match(outer.subject or ""):
        is_auto = True

    return Message(
        sender=sender,
        date=date,
        subject=subject or "",
        message_id=message_id,
        text=text,
        to=to,
        cc=cc,
        reply_to=reply_to,
        in_reply_to=in_reply_to,
        references=references,
        calendars=tuple(calendars[:MAX_CALENDARS]),
        html=html,
        envelope_sender=outer.sender,
        envelope_message_id=outer.message_id,
        envelope_date=outer.date,
        envelope_in_reply_to=outer.in_reply_to,
        envelope_references=outer.references,
        forward_depth=depth,
        auto_submitted=head.auto_submitted or outer.auto_submitted,
        is_auto_reply=is_auto,
        authentication_results=outer.authentication_results,
        list_id=head.list_id or outer.list_id,
        headers=outer.headers,
        defects=tuple(defects.items),
    )


_LONG_ENCODED_RE = re.compile(rb"(?<![A-Za-z0-9+/=\r\n])[A-Za-z0-9+/=\r\n]{%d,}" % 1_000_000)
_MULTIPART_RE = re.compile(rb"(?i)multipart/")
MAX_KEPT_ENCODED = 256_000
MAX_MULTIPART_DECLARATIONS = 100


def _bound_raw(raw: bytes, defects: Defects) -> bytes:
    """Shrink what would make the stdlib parser slow: huge encoded bodies and deep nesting.

    A run of over 1 MB of base64 alphabet is an attachment we never decode (text parts are
    capped far below that), so only its start is kept. The lookbehind makes the scan start only
    at the beginning of a run, which keeps it linear. The stdlib feed parser recurses once per
    multipart level, so declarations beyond the first 100 are made opaque.
    """
    if len(raw) > 1_000_000:
        def keep_start(match: re.Match[bytes]) -> bytes:
            run = match.group(0)
            cut = run.rfind(b"\n", 0, MAX_KEPT_ENCODED)
            return run[: cut + 1 if cut > 0 else MAX_KEPT_ENCODED]

        shrunk = _LONG_ENCODED_RE.sub(keep_start, raw)
        if len(shrunk) != len(raw):
            defects.add("encoded body over 1 MB shortened")
            raw = shrunk
    positions = [m.start() for m in itertools.islice(_MULTIPART_RE.finditer(raw), 1_000_000)]
    if len(positions) > MAX_MULTIPART_DECLARATIONS:
        buffer = bytearray(raw)
        for position in positions[MAX_MULTIPART_DECLARATIONS:]:
            buffer[position : position + 10] = b"x-opaque-/"
        raw = bytes(buffer)
        defects.add(f"more than {MAX_MULTIPART_DECLARATIONS} multipart containers; the rest opaque")
    return raw


def _note_forward_defects(forward: ForwardResult, defects: Defects) -> None:
    if forward.sender is None:
        defects.add("forwarded original has no sender")
    if forward.date is None:
        defects.add("forwarded original date unreadable" if forward.date_text else "forwarded original has no date")


# --- MIME tree ------------------------------------------------------------------------------


def _walk(root: MimeMessage, defects: Defects) -> _Body:
    """Collect text, HTML, calendars and attached messages, breadth-bounded and depth-bounded."""
    body = _Body()
    stack: list[tuple[MimeMessage, int]] = [(root, 0)]
    while stack:
        part, nesting = stack.pop()
        body.parts += 1
        if body.parts > MAX_PARTS:
            defects.add(f"more than {MAX_PARTS} MIME parts; the rest ignored")
            break
        ctype = _content_type(part)
        if ctype == "message/rfc822" or (ctype.startswith("message/") and part.is_multipart()):
            payload = part.get_payload()
            if ctype == "message/rfc822" and isinstance(payload, list) and payload:
                inner = payload[0]
                if isinstance(inner, MimeMessage):
                    body.attached.append(inner)
            continue
        if part.is_multipart():
            if ctype == "multipart/report":
                body.is_report = True
            if nesting >= MAX_NESTING:
                defects.add(f"MIME nesting deeper than {MAX_NESTING}; inner parts ignored")
                continue
            children = part.get_payload()
            if isinstance(children, list):
                for child in reversed(children[: MAX_PARTS + 1]):
                    if isinstance(child, MimeMessage):
                        stack.append((child, nesting + 1))
            continue
        _read_leaf(part, ctype, body, defects)
    return body


def _content_type(part: MimeMessage) -> str:
    try:
        return part.get_content_type()
    except Exception:
        return "text/plain"


def _read_leaf(part: MimeMessage, ctype: str, body: _Body, defects: Defects) -> None:
    is_calendar = ctype in _CALENDAR_TYPES or _filename(part).endswith((".ics", ".vcs"))
    if is_calendar:
        if len(body.calendars) < MAX_CALENDARS:
            text = _decode_part(part, body, defects, MAX_CALENDAR_CHARS)
            if text and text not in body.calendars:
                body.calendars.append(text)
        return
    if ctype not in ("text/plain", "text/html"):
        return  # never decode non-text attachments: bounded work on a 20 MB PDF
    try:
        disposition = part.get_content_disposition()
    except Exception:
        disposition = None
    if disposition == "attachment":
        return
    limit = MAX_TEXT_CHARS if ctype == "text/plain" else MAX_HTML_CHARS
    text = _decode_part(part, body, defects, limit)
    if text is None:
        return
    (body.plain if ctype == "text/plain" else body.html).append(text)


def _filename(part: MimeMessage) -> str:
    # Reading parameters costs: a part whose headers do not hold the parameter's name has none.
    try:
        disposition, ctype = part.get("Content-Disposition"), part.get("Content-Type")
        if "filename" not in str(disposition or "").lower() and "name" not in str(ctype or "").lower():
            return ""
        return (part.get_filename() or "").lower()
    except Exception:
        return ""


def _decode_part(part: MimeMessage, body: _Body, defects: Defects, limit: int) -> str | None:
    payload = part.get_payload()
    if not isinstance(payload, str):
        return None
    if len(payload) > MAX_PART_ENCODED_CHARS:
        cut = payload.rfind("\n", 0, MAX_PART_ENCODED_CHARS)
        part.set_payload(payload[: cut if cut > 0 else MAX_PART_ENCODED_CHARS])
        defects.add("text part truncated")
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return None
    declared = None
    try:
        declared = part.get_content_charset()
    except Exception:
        defects.add("bad charset parameter")
    if declared is None and _content_type(part) == "text/html":
        meta = _META_CHARSET_RE.search(data[:4096])
        if meta:
            declared = meta.group(1).decode("ascii", "replace").lower()
    if declared and body.charset_hint is None:
        body.charset_hint = declared
    text = decode_bytes(data, declared, defects)
    if len(text) > limit:
        text = text[:limit]
        defects.add("text truncated")
    if _content_type(part) == "text/plain" and str(part.get_param("format", "")).lower() == "flowed":
        text = unflow(text, delsp=str(part.get_param("delsp", "")).lower() == "yes")
    return text


_QUOTE_PREFIX = re.compile(r"^>+")


def unflow(text: str, *, delsp: bool = False) -> str:
    """Join the soft line breaks of a format=flowed text/plain body (RFC 3676 §4.2)."""
    out: list[str] = []
    pending: str | None = None
    pending_depth = 0
    for raw in text.split("\n"):
        line = raw.rstrip("\r")
        match = _QUOTE_PREFIX.match(line)
        depth = len(match.group(0)) if match else 0
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing (§4.4)
        if pending is not None and depth != pending_depth:
            out.append(">" * pending_depth + (" " if pending_depth else "") + pending)
            pending = None
        flowed = content.endswith(" ") and content != "-- "
        if flowed and delsp:
            content = content[:-1]
        joined = content if pending is None else pending + content
        if flowed:
            pending, pending_depth = joined, depth
            continue
        out.append(">" * depth + (" " if depth else "") + joined)
        pending = None
    if pending is not None:
        out.append(">" * pending_depth + (" " if pending_depth else "") + pending)
    return "\n".join(out)


def _best_text(body: _Body, defects: Defects) -> tuple[str, str | None]:
    html = body.html[0] if body.html else None
    plain = "\n\n".join(p.strip("\r\n") for p in body.plain if p.strip())
    if plain:
        return _normalize_text(plain), html
    if body.html:
        converted = "\n\n".join(html_to_text(h) for h in body.html[:5])
        return converted.strip(), html
    return "", html


def _normalize_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text[:MAX_TEXT_CHARS].strip()


# --- headers --------------------------------------------------------------------------------


def _read_head(mime: MimeMessage, hint: str | None, defects: Defects) -> _Head:
    raw_items: list[tuple[str, str]] = []
    for name, value in list(mime.raw_items())[:MAX_HEADERS]:
        if not isinstance(value, str):
            value = str(value)
        if len(value) > MAX_HEADER_CHARS:
            value = value[:MAX_HEADER_CHARS]
            defects.add(f"header {name[:40]} truncated")
        raw_items.append((str(name), value))

    # Fifteen headers are looked up by name: index them once instead of scanning them all each time.
    by_name: dict[str, list[str]] = {}
    for key, value in raw_items:
        by_name.setdefault(key.lower(), []).append(value)

    def first(name: str) -> str | None:
        values = by_name.get(name.lower())
        return values[0] if values else None

    def every(name: str) -> list[str]:
        return by_name.get(name.lower(), [])

    head = _Head()
    head.headers = tuple((k, decode_header_value(v, hint)[:1000]) for k, v in raw_items[:100])
    head.subject = one_line(decode_header_value(first("Subject") or "", hint))
    senders = _people(first("From"), hint)
    head.sender = senders[0] if senders else None
    if first("From") and head.sender is None:
        defects.add("unreadable From header")
    head.to = _people(first("To"), hint)
    head.cc = _people(first("Cc"), hint)
    head.reply_to = _people(first("Reply-To"), hint)
    head.date = _date(first("Date"), defects)
    head.message_id = _msg_id(first("Message-ID"))
    head.in_reply_to = _msg_id(first("In-Reply-To"))
    refs = _MSG_ID_RE.findall(unfold(first("References") or ""))
    head.references = tuple(dict.fromkeys(refs[:MAX_IDS]))
    head.authentication_results = tuple(
        one_line(decode_header_value(v, hint))[:2000] for v in every("Authentication-Results")[:20]
    )
    list_id = first("List-Id")
    if list_id:
        decoded = one_line(decode_header_value(list_id, hint))
        inner = re.search(r"<([^<>]+)>", decoded)
        head.list_id = (inner.group(1) if inner else decoded).strip() or None

    # RFC 3834 §5: Auto-Submitted other than "no" marks machine-sent mail, but only
    # "auto-replied" is an automatic *reply*. Applicant-tracking systems stamp their receipts
    # and confirmations "auto-generated": those are news, and detect must still read them.
    auto = first("Auto-Submitted")
    if auto:
        value = one_line(auto).split(";")[0].strip().lower()
        if value:
            head.auto_submitted = value
            head.is_auto_reply = value.startswith("auto-replied")
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply"):
        marker = first(name)
        if marker is not None and marker.strip().lower() not in ("no", "false", "0"):
            head.is_auto_reply = True
    precedence = (first("Precedence") or "").strip().lower()
    if precedence in _BULK_PRECEDENCE:
        head.is_auto_reply = True
    if _AUTO_SUBJECT_RE.match(head.subject):
        head.is_auto_reply = True
    return head


@functools.lru_cache(maxsize=1024)
def _people(value: str | None, hint: str | None) -> tuple[Person, ...]:
    # Cached: the same To/From lines (the owner's own address above all) recur mail after mail,
    # and the stdlib's strict address parser is one of the costlier steps of a parse.
    if not value:
        return ()
    text = fix_8bit(unfold(value), hint)
    people: list[Person] = []
    try:
        pairs = getaddresses([text])
    except Exception:
        pairs = []
    for name, address in pairs[:200]:
        name = one_line(decode_header_value(name, hint)) if name else ""
        address = address.strip()
        email = address if "@" in address and " " not in address else None
        if name or email:
            people.append(Person(name=name or None, email=email))
    if not any(p.email for p in people):
        # Malformed lists (two mailboxes without a comma, stray brackets): keep the addresses.
        found = _BARE_ADDR_RE.findall(decode_header_value(text, hint))
        if found:
            people = [Person(name=None, email=a) for a in dict.fromkeys(found[:200])]
    return tuple(people)


def _date(value: str | None, defects: Defects) -> datetime | None:
    if not value:
        defects.add("no Date header")
        return None
    text = one_line(value)[:200]
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is None:
        loose = parse_loose_date(text)
        if loose is not None:
            defects.add("Date header not RFC 5322; read loosely")
            return loose
        defects.add("unreadable Date header")
        return None
    if parsed.tzinfo is None:
        # RFC 5322 §3.3: "-0000" means the zone is unknown; a naive time would be a guess.
        defects.add("Date header has no usable zone")
        return None
    return parsed


def _msg_id(value: str | None) -> str | None:
    if not value:
        return None
    text = unfold(value)
    match = _MSG_ID_RE.search(text)
    if match:
        return match.group(0)
    text = text.strip()
    return f"<{text}>" if text and " " not in text and len(text) < 900 else None
