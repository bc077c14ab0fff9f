"""Pure: find the forwarded original inside the text of a forward.

Owns the inline forward shapes of the common mail clients: Gmail ("---------- Forwarded
message ---------"), Outlook desktop and web (From:/Sent:/To:/Subject: blocks, "-----Original
Message-----", the underscore rule, *bold* labels, localized labels), Apple Mail ("Begin
forwarded message:"), Thunderbird ("-------- Forwarded Message --------" header table), Yahoo
(headers collapsed onto one line), Proton, MailMate, IONOS and others; nested forwards, with or
without "> " quoting, with the owner's note above. It also owns reading the loose dates and
addresses those blocks contain. It must not do I/O, read the clock or parse MIME (parse.py owns
message/rfc822 parts), and never raises on any text.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

from dateutil import parser as dateutil_parser

from followup.model import Person
from followup.quoting import quote_level, unquote

__all__ = [
    "ForwardResult",
    "is_forward_subject",
    "is_reply_subject",
    "parse_loose_date",
    "parse_people",
    "parse_person",
    "strip_subject_prefixes",
    "unwrap_forward",
]

MAX_TEXT_CHARS = 1_000_000
MAX_DEPTH = 5
_HEADER_LOOKAHEAD = 20

# Header labels of forward blocks, by meaning, in the languages mail clients write them.
_LABELS: dict[str, tuple[str, ...]] = {
    "from": ("from", "de", "von", "van", "da", "od", "från", "fra", "от", "отправитель",
             "送信元", "差出人", "发件人", "寄件者", "보낸 사람"),
    "date": ("date", "sent", "datum", "gesendet", "envoyé", "enviado", "fecha", "data",
             "inviato", "verzonden", "skickat", "sendt", "дата", "отправлено", "日付", "送信日時",
             "发送时间", "日期", "날짜", "보낸 날짜", "sent date"),
    "to": ("to", "à", "a", "an", "para", "aan", "per", "till", "til", "кому", "宛先", "收件人",
           "받는 사람", "送信先"),
    "cc": ("cc", "kopie (cc)", "kopie", "copie", "cc/cci", "копия", "抄送", "참조"),
    "subject": ("subject", "objet", "betreff", "asunto", "oggetto", "onderwerp", "assunto",
                "ämne", "emne", "тема", "件名", "主题", "主旨", "제목"),
    "reply-to": ("reply-to", "répondre à", "antwort an", "responder a"),
    "bcc": ("bcc", "cci", "bcc/cci"),
    "message-id": ("message-id", "message id"),
}
_LABEL_OF = {label: key for key, labels in _LABELS.items() for label in labels}
_LABEL_ALT = "|".join(sorted((re.escape(x) for x in _LABEL_OF), key=len, reverse=True))
_HEADER_RE = re.compile(
    rf"^\s*\*?\s*({_LABEL_ALT})\s*\*?\s*[:：]\s*\*?\s*(.*?)\s*$", re.IGNORECASE
)
# Yahoo collapses the header block onto the separator line: split it at capitalised labels.
_COLLAPSED_RE = re.compile(r"(From|To|Cc|CC|Sent|Date|Subject|Reply-To)\s*:\s*")

_SEP_RE = re.compile(r"^-{2,}\s*([^-].{1,60}?)\s*-{2,}\s*(.*)$")
_SEP_WORDS = re.compile(
    r"forward|original|weitergeleitet|ursprüngliche|transf[ée]r[ée]|origine|reenviado|"
    r"inoltrat|doorgestuurd|oorspronkelijk|encaminhada|vidarebefordrat|videresendt|"
    r"пересыла|переадрес|исходное|転送|转发|原始|전달",
    re.IGNORECASE,
)
_BEGIN_WORDS = (
    r"begin forwarded message|forwarded message|début du message réexpédié|"
    r"message transféré|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado|"
    r"comienzo del mensaje reenviado|inizio messaggio inoltrato|doorgestuurd bericht|"
    r"начало переадресованного сообщения|転送されたメッセージ"
)
_BEGIN_RE = re.compile(rf"^(?:{_BEGIN_WORDS})\s*[:：]?$", re.IGNORECASE)
# The Apple Mail opener with no colon, as a raw line (quote marks and blanks around it).
_BARE_BEGIN_RE = re.compile(rf"^[\s>]*(?:{_BEGIN_WORDS})\s*$", re.IGNORECASE)
_RULE_RE = re.compile(r"^_{10,}$")
_ON_WROTE_RE = re.compile(r"^on (.{4,80}?),\s*(.{3,200}?)\s+wrote:$", re.IGNORECASE)

_FWD_PREFIX_RE = re.compile(
    r"^\s*(?:\[?(?:fwd?|fw|tr|wg|rv|enc|i|doorst|vs|vb|pd|trs|továbbítás|пересл|転送)\]?\s*[:：]\s*)",
    re.IGNORECASE,
)
_RE_PREFIX_RE = re.compile(
    r"^\s*(?:\[?(?:re|aw|sv|antw|odp|ynt|res|rif|r|отв|返信)\]?(?:\[\d+\])?\s*[:：]\s*)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ForwardResult:
    """The innermost original found in a forward, and how many forward layers wrapped it."""

    sender: Person | None
    date: datetime | None
    subject: str | None
    message_id: str | None
    body: str
    note: str = ""
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    date_text: str | None = None
    depth: int = 1
    client: str = "inline"
    reply_to: tuple[Person, ...] = ()

    def __post_init__(self) -> None:
        if self.date is not None and self.date.tzinfo is None:
            raise ValueError(f"ForwardResult.date must be tz-aware, got {self.date!r}")


@dataclass(frozen=True)
class _Block:
    start: int
    headers: dict[str, str]
    body_start: int
    quote: int
    client: str


def unwrap_forward(
    text: str, *, subject: str | None = None, default_tz: tzinfo | None = None
) -> ForwardResult | None:
    """Return the innermost forwarded original in `text`, or None when it is not a forward.

    `subject` (the outer subject, when known) tells a reply ("RE: ...", whose quoted header
    block is not a forward) from a forward; `default_tz` is the zone given to a forwarded
    date written without one (Gmail writes it in the forwarder's zone).
    """
    try:
        return _unwrap(text, subject, default_tz)
    except Exception:  # the contract is "never raises"; a miss only loses the unwrapping
        return None


def _unwrap(text: str, subject: str | None, default_tz: tzinfo | None) -> ForwardResult | None:
    lines = _normalize(text[:MAX_TEXT_CHARS]).split("\n")
    reply = subject is not None and is_reply_subject(subject) and not is_forward_subject(subject)
    block = _find_block(lines, strong_only=reply)
    if block is None:
        return None
    note = "\n".join(unquote(line) for line in lines[: block.start]).strip()
    depth = 1
    while depth < MAX_DEPTH:
        body = _body_lines(lines, block)
        inner = _find_block(body, strong_only=False)
        if inner is None:
            break
        before = "\n".join(body[: inner.start]).strip()
        # Descend only into a real forward of a forward: the layer's own subject says "Fwd:"
        # or nothing but (an empty) note sits above the next block. A thread forwarded with
        # earlier messages below (Gmail "forward all") keeps the first message.
        if not (is_forward_subject(block.headers.get("subject", "")) or not before):
            break
        lines, block = body, inner
        depth += 1
    body_text = "\n".join(_body_lines(lines, block)).strip()
    return _result(block, body_text, note, depth, default_tz)


def _result(
    block: _Block, body: str, note: str, depth: int, default_tz: tzinfo | None
) -> ForwardResult:
    headers = block.headers
    date_text = headers.get("date") or None
    # Clients writing their labels in English print numeric dates month first (US Outlook);
    # the others (Envoyé, Gesendet, Enviado, ...) day first: 07/12/2026 is 7 December there.
    dayfirst = headers.get("_date_label", "date") not in ("date", "sent", "sent date")
    subject = headers.get("subject")
    message_id = headers.get("message-id")
    if message_id:
        found = re.search(r"<[^<>\s]+>", message_id)
        message_id = found.group(0) if found else None
    return ForwardResult(
        sender=parse_person(headers.get("from", "")),
        date=parse_loose_date(date_text, default_tz, dayfirst=dayfirst) if date_text else None,
        subject=subject.strip() if subject and subject.strip() else None,
        message_id=message_id,
        body=body,
        note=note,
        to=parse_people(headers.get("to", "")),
        cc=parse_people(headers.get("cc", "")),
        reply_to=parse_people(headers.get("reply-to", "")),
        date_text=date_text,
        depth=depth,
        client=block.client,
    )


def _normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\xa0", " ")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _find_block(lines: list[str], *, strong_only: bool) -> _Block | None:
    """Find the first forward block: a separator line then headers, or a bare header block."""
    for index, raw in enumerate(lines):
        if not _may_open_block(raw):
            continue
        quote = quote_level(raw)
        line = unquote(raw, quote).strip()
        if not line:
            continue
        if _BEGIN_RE.match(line):
            block = _read_headers(lines, index + 1, quote, "apple")
            if block is not None:
                return _Block(index, block.headers, block.body_start, block.quote, "apple")
            continue
        sep = _SEP_RE.match(line)
        if sep and _SEP_WORDS.search(sep.group(1)):
            words = sep.group(1).lower()
            weak = "original" in words or "ursprüngliche" in words or "origine" in words
            if strong_only and weak:
                continue
            if sep.group(2):
                block = _read_collapsed(sep.group(2), index, quote)
            else:
                block = _read_headers(lines, index + 1, quote, "separator")
            if block is not None:
                return _Block(index, block.headers, block.body_start, block.quote, block.client)
            continue
        if strong_only:
            continue
        if _RULE_RE.match(line):
            block = _read_headers(lines, index + 1, quote, "outlook")
            if block is not None and "from" in block.headers:
                return _Block(index, block.headers, block.body_start, block.quote, "outlook")
            continue
        header = _HEADER_RE.match(line)
        if header and _LABEL_OF.get(header.group(1).lower()) == "from":
            block = _read_headers(lines, index, quote, "outlook")
            if block is not None and len(block.headers) >= 3 and (
                "date" in block.headers or "subject" in block.headers
            ):
                return block
            continue
        wrote = _ON_WROTE_RE.match(line)
        if wrote and index == _first_content(lines) and _indented_after(lines, index + 1):
            # Outlook for Mac forwards as an indented 'On <date>, <sender> wrote:' block.
            headers = {"from": wrote.group(2), "date": wrote.group(1)}
            return _Block(index, headers, index + 1, quote, "outlook_mac")
    return None


def _may_open_block(raw: str) -> bool:
    """False for a line that cannot open a block, read before unquoting it: most lines of a mail
    hold no colon (every header and "wrote:" has one), no "--" or "__" to start a separator or
    rule, and are no bare "Begin forwarded message"."""
    return ":" in raw or "：" in raw or "--" in raw or "__" in raw or _BARE_BEGIN_RE.match(raw) is not None


def _first_content(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        if line.strip():
            return index
    return -1


def _indented_after(lines: list[str], start: int) -> bool:
    content = [line for line in lines[start : start + 30] if line.strip()]
    return bool(content) and all(line.startswith(("    ", "\t")) for line in content)


def _read_headers(lines: list[str], start: int, quote: int, client: str) -> _Block | None:
    headers: dict[str, str] = {}
    index = start
    last: str | None = None
    first = start
    end = min(len(lines), start + _HEADER_LOOKAHEAD)
    while index < end:
        if not headers:
            # The header lines may be quoted deeper than the separator (Apple Mail, MailMate).
            quote = max(quote, quote_level(lines[index]))
        line = unquote(lines[index], quote or None)
        match = _HEADER_RE.match(line)
        if match:
            key = _LABEL_OF[match.group(1).lower()]
            if key in headers:
                break
            if not headers:
                first = index
            headers[key] = match.group(2).strip()
            if key == "date":
                headers["_date_label"] = match.group(1).lower()
            last = key
            index += 1
            continue
        if not line.strip() and not headers:
            index += 1
            continue
        if headers and last in ("to", "cc") and line[:1] in (" ", "\t") and line.strip():
            headers[last] += " " + line.strip()  # a wrapped recipient list
            index += 1
            continue
        if headers and last == "from" and re.match(r"(?i)\s*on behalf of\b", line):
            index += 1  # Outlook HTML puts the delegate on its own line; the named person counts
            continue
        if headers and not line.strip() and _next_is_new_header(lines, index, quote, headers):
            index += 1  # Word HTML turns each header into a paragraph: blank lines between
            continue
        break
    if not headers or not ({"from", "subject", "date"} & headers.keys()):
        return None
    return _Block(first, headers, index, quote, client)


def _next_is_new_header(lines: list[str], index: int, quote: int, headers: dict[str, str]) -> bool:
    for line in lines[index + 1 : index + 3]:
        line = unquote(line, quote or None)
        if not line.strip():
            continue
        match = _HEADER_RE.match(line)
        return match is not None and _LABEL_OF[match.group(1).lower()] not in headers
    return False


def _read_collapsed(rest: str, index: int, quote: int) -> _Block | None:
    headers: dict[str, str] = {}
    matches = list(_COLLAPSED_RE.finditer(rest))
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(rest)
        key = _LABEL_OF.get(match.group(1).lower())
        if key and key not in headers:
            headers[key] = rest[match.end() : end].strip()
    if "from" not in headers:
        return None
    return _Block(index, headers, index + 1, quote, "yahoo")


def _body_lines(lines: list[str], block: _Block) -> list[str]:
    body = [unquote(line, block.quote) if block.quote else line for line in lines[block.body_start :]]
    if block.client == "outlook_mac":
        body = [line[4:] if line.startswith("    ") else line.lstrip("\t") for line in body]
    content = [line for line in body if line.strip()]
    if content and all(quote_level(line) for line in content):
        body = [unquote(line, 1) for line in body]  # the whole original quoted (Missive)
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    return body


# --- subjects -------------------------------------------------------------------------------


def is_forward_subject(subject: str) -> bool:
    """Tell whether a subject starts with a forward prefix (Fwd:, FW:, TR:, WG:, RV:, ...)."""
    return bool(_FWD_PREFIX_RE.match(subject or ""))


def is_reply_subject(subject: str) -> bool:
    """Tell whether a subject starts with a reply prefix (Re:, AW:, SV:, ...)."""
    return bool(_RE_PREFIX_RE.match(subject or ""))


def strip_subject_prefixes(subject: str) -> str:
    """Remove leading forward and reply prefixes ("Fwd: RE: FW: x" → "x")."""
    text = subject or ""
    for _ in range(20):
        match = _FWD_PREFIX_RE.match(text) or _RE_PREFIX_RE.match(text)
        if not match:
            break
        text = text[match.end():]
    return text.strip()


# --- addresses ------------------------------------------------------------------------------

_ANGLE_ADDR_RE = re.compile(r"([^<>]*?)<\s*([^<>\s@]+@[^<>\s]+?)\s*>")
_BARE_ADDR_RE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def _clean_address_text(value: str) -> str:
    value = re.sub(r"<mailto:[^<>]*>", "", value, flags=re.IGNORECASE)
    value = re.sub(r"\[mailto:([^\]]+)\]", r"<\1>", value, flags=re.IGNORECASE)
    value = re.sub(r"\bmailto:", "", value, flags=re.IGNORECASE)
    # Outlook's delegate sends: "Name <addr> on behalf of robot@x" — the named person is meant.
    value = re.split(r"\s+(?:on behalf of|im auftrag von|de la part de|en nombre de)\s+", value,
                     maxsplit=1, flags=re.IGNORECASE)[0]
    return value.strip()


def _clean_name(name: str) -> str | None:
    name = name.strip().strip(",;").strip()
    name = name.strip("\"'").strip()
    name = re.sub(r"\s+", " ", name)
    return name or None


def parse_person(value: str) -> Person | None:
    """Read one sender as written in a forward block ("Name <addr>", "Name [mailto:addr]", ...)."""
    people = parse_people(value)
    if people:
        return people[0]
    name = _clean_name(_clean_address_text(value or ""))
    return Person(name=name, email=None) if name else None


def parse_people(value: str) -> tuple[Person, ...]:
    """Read a recipient list as written in a forward block; names may contain commas."""
    text = _clean_address_text(value or "")[:10_000]
    people: list[Person] = []
    position = 0
    for match in _ANGLE_ADDR_RE.finditer(text):
        raw_name = match.group(1)
        bares = list(_BARE_ADDR_RE.finditer(raw_name))
        if bares and raw_name[bares[-1].end():].strip(" \t\"'")[:1] in (",", ";"):
            # "a@x; Name <b@x>": bare addresses before the named one are people of their own.
            for bare in bares:
                people.append(Person(name=None, email=bare.group(0)))
            raw_name = raw_name[bares[-1].end():]
        if _BARE_ADDR_RE.fullmatch(raw_name.strip().strip(",;").strip().strip("\"'")):
            name = None  # "addr <addr>" as Outlook writes it: no display name
        else:
            name = _clean_name(raw_name)
        people.append(Person(name=name, email=match.group(2)))
        position = match.end()
    for bare in _BARE_ADDR_RE.findall(text[position:]):
        people.append(Person(name=None, email=bare))
    return tuple(people)


# --- dates ----------------------------------------------------------------------------------

_MONTHS = {
    # French
    "janvier": "January", "janv": "January", "février": "February", "fevrier": "February",
    "févr": "February", "mars": "March", "avril": "April", "avr": "April", "mai": "May",
    "juin": "June", "juillet": "July", "juil": "July", "août": "August", "aout": "August",
    "septembre": "September", "sept": "September", "octobre": "October", "novembre": "November",
    "décembre": "December", "decembre": "December", "déc": "December",
    # German
    "januar": "January", "jänner": "January", "februar": "February", "märz": "March",
    "maerz": "March", "mär": "March", "juni": "June", "juli": "July", "oktober": "October",
    "okt": "October", "dezember": "December", "dez": "December",
    # Spanish / Portuguese / Italian
    "enero": "January", "ene": "January", "febrero": "February", "marzo": "March",
    "abril": "April", "abr": "April", "mayo": "May", "junio": "June", "julio": "July",
    "agosto": "August", "ago": "August", "septiembre": "September", "setiembre": "September",
    "octubre": "October", "noviembre": "November", "diciembre": "December", "dic": "December",
    "janeiro": "January", "fevereiro": "February", "março": "March", "maio": "May",
    "junho": "June", "julho": "July", "setembro": "September", "outubro": "October",
    "novembro": "November", "dezembro": "December", "gennaio": "January", "febbraio": "February",
    "aprile": "April", "maggio": "May", "giugno": "June", "luglio": "July",
    "settembre": "September", "ottobre": "October", "dicembre": "December",
    # Dutch
    "januari": "January", "februari": "February", "maart": "March", "mei": "May",
    "augustus": "August",
    # Russian (genitive, as dates are written)
    "января": "January", "февраля": "February", "марта": "March", "апреля": "April",
    "мая": "May", "июня": "June", "июля": "July", "августа": "August", "сентября": "September",
    "октября": "October", "ноября": "November", "декабря": "December",
}
_MONTH_RE = re.compile(
    r"(?<![\w])(" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?(?![\w])",
    re.IGNORECASE,
)
_CJK_DATE_RE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_GMT_OFFSET_RE = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE)
_NOISE_RE = re.compile(r"(?<![\w])(?:um|uhr|à|a las|às|alle|om|в|г\.|klo|kl\.)(?![\w])", re.IGNORECASE)
_H = 3600
# Common zone abbreviations in forwarded dates (North America, Europe, Asia-Pacific).
_ABBREVIATIONS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0, "WEST": _H, "BST": _H, "CET": _H,
    "CEST": 2 * _H, "MEZ": _H, "MESZ": 2 * _H, "EET": 2 * _H, "EEST": 3 * _H, "MSK": 3 * _H,
    "IST": 19800, "SGT": 8 * _H, "HKT": 8 * _H, "JST": 9 * _H, "KST": 9 * _H,
    "AEST": 10 * _H, "AEDT": 11 * _H, "NZST": 12 * _H, "NZDT": 13 * _H,
    "EST": -5 * _H, "EDT": -4 * _H, "CST": -6 * _H, "CDT": -5 * _H, "MST": -7 * _H,
    "MDT": -6 * _H, "PST": -8 * _H, "PDT": -7 * _H, "AKST": -9 * _H, "AKDT": -8 * _H,
    "HST": -10 * _H, "AST": -4 * _H, "ADT": -3 * _H, "NST": -12600, "NDT": -9000,
}


def parse_loose_date(text: str | None, default_tz: tzinfo | None = None, *, dayfirst: bool = False) -> datetime | None:
    """Read a date as mail clients print it in forward blocks; None unless it can be zoned.

    A date written without a zone gets `default_tz` when given, else None (a naive time would
    be a guess). RFC 5322 dates are tried first, then dateutil on a de-localized copy.
    """
    if not text:
        return None
    text = text.strip()[:200]
    try:
        parsed = parsedate_to_datetime(text)
        if parsed.tzinfo is not None:
            return parsed
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    cleaned = _CJK_DATE_RE.sub(lambda m: f" {m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d} ", text)
    cleaned = re.sub(r"[^\x00-\x7f\u00c0-\u024f\u0400-\u04ff]+", " ", cleaned)
    cleaned = _MONTH_RE.sub(lambda m: " " + _MONTHS[m.group(1).lower()] + " ", cleaned)
    cleaned = _GMT_OFFSET_RE.sub(
        lambda m: f" {m.group(1)}{int(m.group(2)):02d}{m.group(3) or '00'} ", cleaned
    )
    cleaned = _NOISE_RE.sub(" ", cleaned)
    cleaned = re.sub(r"[\u0400-\u04ff]+\.?", " ", cleaned)  # leftover Cyrillic words (weekdays)
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    parsed_or_none = _clock_date(cleaned)
    if parsed_or_none is not None:
        parsed = parsed_or_none
    else:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                parsed = dateutil_parser.parse(cleaned, fuzzy=True, tzinfos=_tzinfos, dayfirst=dayfirst)
        except (ValueError, OverflowError, TypeError, LookupError):
            return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=default_tz) if default_tz is not None else None
    if parsed.utcoffset() is None:
        return None
    return parsed


# The two shapes Gmail and Outlook print most ("Thu, Dec 3, 2026 at 9:12 AM", "Thursday, December
# 3, 2026 11:20 AM"), read as dateutil reads them (naive) at a fraction of its cost.
_ENGLISH_MONTHS = {
    name: number
    for number, full in enumerate(
        ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"),
        start=1,
    )
    for name in (full, full[:3])
}  # fmt: skip
_CLOCK_DATE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
    rf"(?P<month>{'|'.join(_ENGLISH_MONTHS)}) (?P<day>\d{{1,2}}), (?P<year>\d{{4}})(?: at)? "
    r"(?P<hour>\d{1,2}):(?P<minute>\d\d) (?P<half>AM|PM)"
)


def _clock_date(cleaned: str) -> datetime | None:
    """A naive datetime for a date of one of the two common shapes; None for anything else."""
    m = _CLOCK_DATE.fullmatch(cleaned)
    if m is None or not 1 <= int(m["hour"]) <= 12 or int(m["minute"]) > 59:
        return None
    hour = int(m["hour"]) % 12 + (12 if m["half"] == "PM" else 0)
    try:
        return datetime(int(m["year"]), _ENGLISH_MONTHS[m["month"]], int(m["day"]), hour, int(m["minute"]))
    except ValueError:
        return None


def _tzinfos(name: str, offset: int | None) -> tzinfo | None:
    if name and name.upper() in _ABBREVIATIONS:
        return timezone(timedelta(seconds=_ABBREVIATIONS[name.upper()]))
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    return None
