"""Pure: approval by e-mail — the request text, the owner's reply, and whether the reply counts.

Owns the approval request's wording (numbered drafts between `=== DRAFT n ... ===` and
`=== END DRAFT n ===` markers, the token in the subject and Message-ID), reading the owner's
command above (or below) the quoted request whatever the mail client (Gmail, Outlook, Apple Mail,
Thunderbird, mobile; English, French, German, Spanish quote headers; "> " quoting; signatures;
HTML-only replies), edited drafts, the confirmation text, approval tokens (made, hashed, found)
and the authentication of a reply (DESIGN §6).

It must not do I/O, read the clock, touch the store or send anything: the daemon stores
`hash_token(token)` only, looks the record up, and applies the ReplyCommand. Randomness comes
in as an argument. Nothing here raises on a reply's text: an unreadable reply is a
`ReplyCommand(kind="unclear")` with a one-line reason saying what is accepted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html.parser import HTMLParser
from types import MappingProxyType
from typing import Literal
from zoneinfo import ZoneInfo

from followup.model import Message, Person
from followup.parse import html_to_text

__all__ = [
    "ACCEPTED",
    "AuthResult",
    "DraftView",
    "ReplyCommand",
    "TokenRecord",
    "authenticate_reply",
    "extract_own_text",
    "find_token",
    "format_time",
    "hash_token",
    "html_reply_text",
    "new_token",
    "parse_reply",
    "render_confirmation",
    "render_request",
    "request_message_id",
]

TOKEN_BYTES = 18  # 144 bits; 18 bytes encode to 24 URL-safe characters with no '=' padding
MAX_REPLY_CHARS = 200_000  # a command sits at the top; a longer reply is cut, not scanned whole
MAX_DRAFT_NUMBER = 99
# A phone whose clock runs a little slow answers "before" the request it replies to.
CLOCK_SKEW = timedelta(minutes=5)
# A reply dated further ahead than this is refused: no phone clock is a day fast, a forger's may be.
MAX_FUTURE_SKEW = timedelta(days=1)

ACCEPTED = (
    "reply with APPROVE (all drafts), APPROVE 2 or APPROVE 1 3 (by number), REJECT or REJECT 2 "
    "as the first line; to change a draft, edit its text between its === markers and APPROVE it"
)

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_TOKEN_CHARS = r"[A-Za-z0-9_-]{22,64}"
_TOKEN_RE = re.compile(rf"^{_TOKEN_CHARS}$")
_MSGID_TOKEN_RE = re.compile(rf"<approval\.({_TOKEN_CHARS})@[^<>\s@]+>")
_SUBJECT_TOKEN_RE = re.compile(rf"\[followup #({_TOKEN_CHARS})\]")


# --- values ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftView:
    """One follow-up as the approval request shows it; `number` is what the owner types."""

    number: int
    followup_id: int
    to: tuple[Person, ...]
    send_at: datetime
    zone: str
    rule: str
    subject: str
    body: str

    def __post_init__(self) -> None:
        if self.send_at.tzinfo is None:
            raise ValueError(f"DraftView.send_at must be tz-aware, got {self.send_at!r}")
        if not 1 <= self.number <= MAX_DRAFT_NUMBER:
            raise ValueError(f"DraftView.number must be 1..{MAX_DRAFT_NUMBER}, got {self.number}")


@dataclass(frozen=True)
class ReplyCommand:
    """What the owner's reply says.

    `drafts` empty means every draft of the request. `edits` maps a draft number to the text
    the owner wrote for it (only for drafts this command approves). `rejects` lists drafts
    rejected in the same reply as an approval ("APPROVE 1, REJECT 2"); it is set only with
    kind "approve" and never overlaps `drafts`. `reason` says what was understood, or for
    "unclear" why not and what is accepted (one line, for the owner).
    """

    kind: Literal["approve", "reject", "unclear"]
    drafts: tuple[int, ...] = ()
    edits: Mapping[int, str] = field(default_factory=lambda: MappingProxyType({}))
    reason: str = ""
    rejects: tuple[int, ...] = ()


@dataclass(frozen=True)
class TokenRecord:
    """What the store keeps about one approval request; `live` is computed by the caller.

    `live` is True while every follow-up in `followup_ids` is still awaiting approval (a token
    dies when its follow-ups leave `awaiting_approval`); `used_at` is set once a decision was
    applied with it (single use).
    """

    token_hash: str
    interview_id: int | None
    followup_ids: tuple[int, ...]
    created_at: datetime
    used_at: datetime | None
    live: bool

    def __post_init__(self) -> None:
        for name in ("created_at", "used_at"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise ValueError(f"TokenRecord.{name} must be tz-aware, got {value!r}")


@dataclass(frozen=True)
class AuthResult:
    """Whether a reply may act; `reason` is one line for the log and the owner's notice.

    `tell_owner` is False when telling would answer a robot (an auto-reply to the request).
    """

    ok: bool
    reason: str
    tell_owner: bool = True


# --- tokens ---------------------------------------------------------------------------------


def new_token(randbytes: Callable[[int], bytes] = secrets.token_bytes) -> str:
    """Make an unguessable URL-safe approval token (144 bits from `randbytes`)."""
    raw = randbytes(TOKEN_BYTES)
    if len(raw) < TOKEN_BYTES:
        raise ValueError(f"randbytes returned {len(raw)} bytes, need {TOKEN_BYTES}")
    return base64.urlsafe_b64encode(raw[:TOKEN_BYTES]).decode("ascii")


def hash_token(token: str) -> str:
    """Return the SHA-256 hex digest of a token: the only form the store keeps."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def request_message_id(token: str, domain: str) -> str:
    """Return the approval request's Message-ID, `<approval.TOKEN@domain>` (RFC 5322 §3.6.4)."""
    _check_token(token)
    domain = domain.strip()
    if not domain or re.search(r"[\s<>@]", domain):
        raise ValueError(f"request_message_id: bad domain {domain!r}; pass the host part of mailbox.address")
    return f"<approval.{token}@{domain}>"


def find_token(message: Message) -> str | None:
    """Find the approval token a reply refers to: In-Reply-To/References first, then the subject.

    The body is never read: it quotes the request, so anybody could paste a token there.
    """
    ids: list[str] = []
    for value in (message.envelope_in_reply_to, message.in_reply_to):
        if value:
            ids.append(value)
    ids.extend(message.envelope_references)
    ids.extend(message.references)
    subjects = [message.subject]
    for name, value in message.headers:
        lowered = name.lower()
        if lowered in ("in-reply-to", "references"):
            ids.append(value)
        elif lowered == "subject":
            subjects.append(value)
    for value in ids:
        found = _MSGID_TOKEN_RE.search(value or "")
        if found:
            return found.group(1)
    for value in subjects:
        found = _SUBJECT_TOKEN_RE.search(value or "")
        if found:
            return found.group(1)
    return None


def _check_token(token: str) -> None:
    if not _TOKEN_RE.match(token):
        raise ValueError(f"not an approval token: {len(token)} characters; make one with new_token()")


# --- authentication -------------------------------------------------------------------------


def authenticate_reply(
    message: Message,
    *,
    owner_email: str,
    forwarders: Collection[str],
    token_record: TokenRecord | None,
    now: datetime,
) -> AuthResult:
    """Decide whether a reply may act on an approval request (DESIGN §6).

    It counts only when its direct sender (`envelope_sender`, never a forwarded original) is the
    owner or a trusted forwarder, no Authentication-Results header shows DKIM, SPF or DMARC
    failing for that sender, it names the token of `token_record`, the record is unused and
    live, and its Date is not before the request (nor more than a day ahead of `now`).
    """
    if now.tzinfo is None:
        raise ValueError(f"authenticate_reply: now must be tz-aware, got {now!r}")
    if message.is_auto_reply or (message.auto_submitted or "no").strip().lower() != "no":
        # RFC 3834: an automatic response is no decision, and answering it would start a loop.
        return AuthResult(False, "refused: an automatic reply is not a decision", tell_owner=False)
    sender = (message.envelope_sender.email if message.envelope_sender else None) or ""
    address = _normalize_address(sender)
    trusted = {_normalize_address(owner_email)} | {_normalize_address(f) for f in forwarders}
    trusted.discard("")
    if not address:
        return AuthResult(False, "refused: the reply has no From address")
    if address not in trusted:
        return AuthResult(False, f"refused: {sender} is neither the owner nor a trusted forwarder")
    failed = _failed_authentication(message.authentication_results, address)
    if failed:
        return AuthResult(False, f"refused: Authentication-Results show {failed} for {sender}")
    token = find_token(message)
    if token is None:
        return AuthResult(False, "refused: the reply names no approval request (no token in its subject or references)")
    if token_record is None:
        return AuthResult(False, "refused: no approval request matches the reply's token (unknown or wrong token)")
    if not hmac.compare_digest(token_record.token_hash, hash_token(token)):
        return AuthResult(False, "refused: the reply's token is not the one of this approval request")
    if token_record.used_at is not None:
        used = token_record.used_at.isoformat()
        return AuthResult(False, f"refused: this approval request was already answered at {used}")
    if not token_record.live:
        return AuthResult(False, "refused: the follow-ups of this approval request are no longer awaiting approval")
    # The reply's own Date; a forwarded original's date says nothing about when the owner answered.
    date = message.envelope_date
    if date is None and not message.is_forward:
        date = message.date
    if date is None:
        return AuthResult(False, "refused: the reply has no Date, so it cannot be shown to be newer than the request")
    if date < token_record.created_at - CLOCK_SKEW:
        created = token_record.created_at.isoformat()
        return AuthResult(False, f"refused: the reply is dated {date.isoformat()}, before the request ({created})")
    if date > now + MAX_FUTURE_SKEW:
        return AuthResult(False, f"refused: the reply is dated {date.isoformat()}, in the future")
    return AuthResult(True, f"accepted: reply from {sender}")


def _normalize_address(value: str) -> str:
    value = value.strip().strip("<>").strip()
    return value.casefold()


_AR_CLAUSE_RE = re.compile(r"^\s*(dkim|spf|dmarc)\s*=\s*([A-Za-z]+)\b(.*)$", re.IGNORECASE | re.DOTALL)
_AR_PROP_RE = re.compile(
    r"\b(header\.d|header\.i|header\.from|smtp\.mailfrom|smtp\.helo)\s*=\s*\"?([^\s\";]+)", re.IGNORECASE
)


def _failed_authentication(headers: Sequence[str], sender: str) -> str | None:
    """Return 'dkim=fail' (or spf/dmarc) when a result for the sender's domain failed (RFC 8601)."""
    domain = sender.rpartition("@")[2]
    for header in headers:
        text = header
        for _ in range(5):  # CFWS comments, possibly nested (RFC 5322 §3.2.2)
            text = re.sub(r"\([^()]*\)", " ", text)
        for clause in text.split(";"):
            match = _AR_CLAUSE_RE.match(clause)
            if not match or match.group(2).lower() != "fail":
                continue
            method = match.group(1).lower()
            props = [value for _, value in _AR_PROP_RE.findall(match.group(3))]
            # A failure naming another domain (a mailing list's own signature) says nothing
            # about this sender; a failure naming no domain is taken to be about the sender.
            if not props or any(_same_domain(value.rpartition("@")[2], domain) for value in props):
                return f"{method}=fail"
    return None


def _same_domain(a: str, b: str) -> bool:
    a, b = a.casefold().strip("."), b.casefold().strip(".")
    return bool(a and b) and (a == b or a.endswith("." + b) or b.endswith("." + a))


# --- the request ----------------------------------------------------------------------------


def render_request(
    drafts: Sequence[DraftView],
    *,
    token: str,
    interview_label: str,
    owner_name: str,
    why_waiting: str | None,
) -> tuple[str, str]:
    """Return (subject, body) of the approval request for these drafts."""
    _check_token(token)
    if not drafts:
        raise ValueError("render_request: no drafts; send a request only when follow-ups await approval")
    numbers = [d.number for d in drafts]
    if len(set(numbers)) != len(numbers):
        raise ValueError(f"render_request: draft numbers repeat: {numbers}")
    label = _one_line(interview_label) or "your interview"
    count = len(drafts)
    noun = "follow-up" if count == 1 else "follow-ups"
    subject = f"[followup #{token}] Approve {count} {noun} for {label}"

    first = _one_line(owner_name).split(" ")[0] if _one_line(owner_name) else ""
    out = [
        f"Follow-up drafts for {label} need your approval.",
        "",
        f"Hi {first}," if first else "Hi,",
        "",
        f"{count} {noun} {'is' if count == 1 else 'are'} ready. Nothing is sent until you answer.",
    ]
    if why_waiting:
        out.append(f"Why they wait for you: {_one_line(why_waiting)}")
    example = drafts[-1].number
    out += [
        "",
        "How to answer: reply to this e-mail with one line at the top:",
        "  APPROVE           send every draft below at its time",
        f"  APPROVE {example:<9} send draft {example} only (APPROVE 1 3 for several)",
        f"  REJECT            drop every draft (REJECT {example} drops draft {example} only)",
        "To change a draft, edit its text between its two === lines in your",
        f"reply (keep those lines) and answer APPROVE {example}: your text is sent as is.",
    ]
    for draft in drafts:
        _check_body(draft)
        recipients = ", ".join(_person(p) for p in draft.to) or "(no recipient)"
        out += [
            "",
            "",
            f"Draft {draft.number} of {count}",
            f"  To:       {recipients}",
            f"  Sends:    {format_time(draft.send_at, draft.zone)}",
            f"  Rule:     {_one_line(draft.rule)}",
            f"  Subject:  {_one_line(draft.subject)}",
            "",
            _start_marker(draft),
            draft.body.replace("\r\n", "\n").strip("\n"),
            f"=== END DRAFT {draft.number} ===",
        ]
    return subject, "\n".join(out) + "\n"


def format_time(when: datetime, zone: str) -> str:
    """Format an instant in a zone for the owner, e.g. 'Tue 8 Dec 2026 17:00 EST'."""
    local = when.astimezone(ZoneInfo(zone))
    return (
        f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local.year} "
        f"{local:%H:%M} {local.tzname() or zone}"
    )


def _start_marker(draft: DraftView) -> str:
    local = draft.send_at.astimezone(ZoneInfo(draft.zone))
    names = ", ".join(_person(p) for p in draft.to) or "nobody"
    when = f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local:%H:%M}"
    return f"=== DRAFT {draft.number} (to {names}, {when}) ==="


def _check_body(draft: DraftView) -> None:
    for line in draft.body.splitlines():
        content = line.strip()
        if _START_RE.match(content) or _END_RE.match(content):
            raise ValueError(
                f"draft {draft.number} (follow-up {draft.followup_id}): its text contains a marker line "
                f"{content[:40]!r}; change the template so no line starts with '=== DRAFT'"
            )


def _person(person: Person) -> str:
    name = _one_line(person.name or "")
    if name and person.email:
        return f"{name} <{person.email}>"
    return person.email or name


def _one_line(value: str) -> str:
    return " ".join(value.split())


# --- reading a reply ------------------------------------------------------------------------

_QUOTE_RE = re.compile(r"^((?:[ \t]*>)+)[ \t]?")
_START_RE = re.compile(r"^\*?={2,}\s*draft\s+#?(\d{1,3})\b(.*)$", re.IGNORECASE)
_END_RE = re.compile(r"^\*?={2,}\s*end\s+(?:of\s+)?draft\s+#?(\d{1,3})\s*={2,}\*?$", re.IGNORECASE)
_REQUEST_OPENING_RE = re.compile(r"^follow-up drafts for .* need your approval\.?$", re.IGNORECASE)
# "On <date>, <name> wrote:" and its translations; Gmail, Apple Mail, Thunderbird, Yahoo and
# Android put the verb last; German puts the name after "schrieb".
_ATTRIBUTION_RE = re.compile(
    r"^(?:-+\s*)?(?:on|le|el|am|il|op|den|em|dne|w dniu)\b.{0,400}?"
    r"\b(?:wrote|a\s+écrit|escribió|schrieb|scrisse|ha\s+scritto|schreef|skrev|escreveu|napisał\w*)\b"
    r".{0,300}?:$",
    re.IGNORECASE,
)
_ATTRIBUTION_END_RE = re.compile(
    r"(?:\bwrote|\ba\s+écrit|\bescribió|\bschrieb\b.{0,200}|\bscrisse|\bschreef|\bskrev|"
    r"\bescreveu|\bnapisał\w*|написал[аи]?|kirjoitti)\s*:$",
    re.IGNORECASE,
)
_ATTRIBUTION_START_RE = re.compile(r"^(?:-+\s*)?(?:on|le|el|am|il|op|den|em|dne|w dniu)\b|^\d", re.IGNORECASE)
_ORIGINAL_RE = re.compile(
    r"^-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|"
    r"messaggio originale|oorspronkelijk bericht|reply message)\s*-{2,}$",
    re.IGNORECASE,
)
_RULE_RE = re.compile(r"^_{10,}$")
_FROM_LABEL_RE = re.compile(r"^\*?\s*(?:from|de|von|van|da|od|från|fra|от)\s*\*?\s*:", re.IGNORECASE)
_HEADER_LABEL_RE = re.compile(
    r"^\*?\s*(?:sent|date|to|cc|subject|envoyé|à|objet|gesendet|datum|an|betreff|enviado|fecha|"
    r"para|asunto|data|inviato|oggetto|verzonden|aan|onderwerp|отправлено|кому|тема|дата)"
    r"\s*\*?\s*:",
    re.IGNORECASE,
)
_SIGNATURE_RE = re.compile(r"^--$|^__$")
_MOBILE_FOOTER_RE = re.compile(
    r"^(?:sent from|sent via|sent with|get outlook for|envoyé de|envoyé depuis|von meinem|"
    r"gesendet von|enviado desde|enviado de|inviato da|verzonden met)\b.{0,80}$",
    re.IGNORECASE,
)
_KEYWORD_RE = re.compile(r"\b(approved?|reject(?:ed)?)\b", re.IGNORECASE)
_ARG_TOKEN_RE = re.compile(r"\d+\s*[-\u2013]\s*\d+|\d+|[^\W\d_]+(?:'[^\W\d_]+)?|\S")
_ALL_WORDS = frozenset({"all", "both", "everything", "every"})
_FILLER_WORDS = frozenset({
    "and", "et", "und", "y", "e", "en", "draft", "drafts", "no", "nr", "number", "numbers", "the",
    "them", "it", "one", "ones",
})  # fmt: skip
_POLITE_WORDS = frozenset({
    "please", "pls", "plz", "ok", "okay", "yes", "thanks", "thank", "you", "thx", "ty", "cheers",
    "hi", "hello", "sure", "great", "fine", "good", "looks", "look", "lgtm", "perfect",
})  # fmt: skip
_ARG_PUNCT = frozenset(",;:.!#&+()/*-\u2013\u2014\"'")
# Words that turn a reply into a condition or a change request the daemon cannot act on.
_HEDGE_WORDS = frozenset({
    "but", "change", "changed", "changes", "except", "instead", "wait", "hold", "don't", "dont",
    "not", "no", "unless", "only", "if", "edit", "edited", "fix", "typo", "later", "tomorrow",
    "earlier", "delay", "stop", "cancel", "time", "date", "hmm", "maybe", "perhaps", "should",
    "could", "would", "first", "after", "before", "never", "approve", "reject",
})  # fmt: skip
_MAX_FREE_LINES = 6
_MAX_FREE_WORDS = 8


@dataclass(frozen=True)
class _Block:
    number: int
    start: int
    end: int  # index of the END marker line
    level: int
    text: str


@dataclass(frozen=True)
class _Reading:
    own: list[str]
    blocks: list[_Block]
    open_draft: int | None  # a draft start marker in the owner's text with no END marker


def extract_own_text(text: str) -> str:
    """Return what the replier wrote: without the quoted message, quote headers and signature."""
    return "\n".join(_read(text).own).strip()


def parse_reply(message: Message, *, drafts: Sequence[DraftView] = ()) -> ReplyCommand:
    """Read the owner's command (and edited drafts) from a reply; never raises.

    With `drafts` (those of the request), draft numbers are checked and an edit counts only
    when its text differs from the draft's; without them every draft block found for an
    approved draft is returned in `edits` and the caller compares.
    """
    try:
        texts = [message.text or ""]
        if message.html:
            quoted_html = html_reply_text(message.html)
            if message.text == html_to_text(message.html):
                texts.insert(0, quoted_html)  # HTML-only: keep its blockquotes as "> " quoting
            else:
                # A reply whose text was taken for an inline forward (no "Re:" subject) has
                # lost the owner's words from `text`; its HTML still has them.
                texts.append(quoted_html)
        first = _command(_read(texts[0]), drafts)
        for text in texts[1:]:
            if first.kind != "unclear":
                break
            other = _command(_read(text), drafts)
            if other.kind != "unclear":
                return other
        return first
    except Exception as exc:  # the contract is "never raises": an odd reply is an unclear one
        return _unclear(f"the reply could not be read ({type(exc).__name__})")


_HTML_SKIP = frozenset({"head", "style", "script", "title", "xml", "template", "noscript"})
_HTML_BLOCKS = frozenset({
    "p", "div", "li", "tr", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
    "ul", "ol", "section", "article", "header", "footer", "center", "hr", "dd", "dt",
})  # fmt: skip


class _ReplyHtml(HTMLParser):
    """HTML → text that keeps a reply's shape: a line per block, blockquotes as '> ' quoting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.text = ""
        self.depth = 0  # blockquote nesting (Gmail gmail_quote, Apple and Thunderbird type=cite)
        self.line_depth = 0
        self.skip = 0
        self.pre = 0
        self.size = 0

    def _newline(self) -> None:
        depth = self.line_depth if self.text else self.depth
        self.lines.append("> " * depth + self.text.strip() if self.text.strip() else ">" * depth)
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HTML_SKIP:
            self.skip += 1
        elif tag == "br":
            self._newline()
        elif tag in _HTML_BLOCKS:
            if self.text:
                self._newline()
            if tag == "blockquote":
                self.depth += 1
            elif tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HTML_SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _HTML_BLOCKS:
            if self.text:
                self._newline()
            if tag == "blockquote":
                self.depth = max(0, self.depth - 1)
            elif tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip or self.size > MAX_REPLY_CHARS:
            return
        self.size += len(data)
        if self.pre:
            pieces = data.split("\n")
            for piece in pieces[:-1]:
                self._data(piece)
                self._newline()
            self._data(pieces[-1])
        else:
            self._data(re.sub(r"[ \t\r\n\f]+", " ", data))

    def _data(self, data: str) -> None:
        if not self.text:
            self.line_depth = self.depth
            data = data.lstrip(" ")
        self.text += data


def html_reply_text(html: str) -> str:
    """Render a reply's HTML as text, keeping its line breaks and its blockquotes as '> '."""
    parser = _ReplyHtml()
    try:
        parser.feed(html[: MAX_REPLY_CHARS * 5])
        parser.close()
    except Exception:  # html.parser gives up on some broken declarations; keep what was read
        pass
    if parser.text:
        parser._newline()
    return "\n".join(parser.lines)


def _unclear(why: str) -> ReplyCommand:
    return ReplyCommand(kind="unclear", reason=f"Not understood: {why}. Nothing was changed; {ACCEPTED}.")


def _normalize(text: str) -> list[str]:
    text = text[:MAX_REPLY_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\xa0", " ").replace("\u200b", "").replace("\ufeff", "")
    return [line.rstrip() for line in text.split("\n")]


def _level(line: str) -> int:
    match = _QUOTE_RE.match(line)
    return match.group(1).count(">") if match else 0


def _unquote(line: str, levels: int) -> str:
    """Remove `levels` leading '>' quote marks, each with the one space clients put after it."""
    for _ in range(levels):
        match = re.match(r"^[ \t]*>[ \t]?", line)
        if not match:
            break
        line = line[match.end():]
    return line


def _content(line: str) -> str:
    return _unquote(line, _level(line)).strip()


def _read(text: str) -> _Reading:
    lines = _normalize(text)
    blocks, open_starts = _find_blocks(lines)
    taken: set[int] = set()
    for block in blocks:
        taken.update(range(block.start, block.end + 1))
    cut = len(lines)
    skip: set[int] = set()
    for index, line in enumerate(lines):
        if index in taken or _level(line) > 0:
            continue
        content = line.strip()
        if not content:
            continue
        if _REQUEST_OPENING_RE.match(content) or _ORIGINAL_RE.match(content) or _is_header_block(lines, index):
            cut = index
            break
        if _RULE_RE.match(content) and any(
            _is_header_block(lines, j) for j in range(index + 1, min(index + 3, len(lines)))
        ):
            cut = index
            break
        start = _attribution_start(lines, index, taken)
        if start is not None:
            following = next((j for j in range(index + 1, len(lines)) if lines[j].strip()), None)
            if following is not None and _level(lines[following]) > 0:
                skip.update(range(start, index + 1))  # quoted with '>': later unquoted lines are the owner's
                continue
            cut = start  # quoted without '>' (HTML turned into text, Outlook): all of the rest is quote
            break
    own: list[str] = []
    for index in range(cut):
        line = lines[index]
        if index in taken or index in skip or _level(line) > 0:
            continue
        content = line.strip()
        if _SIGNATURE_RE.match(content):
            break  # "-- " opens the signature (RFC 3676 §4.3): nothing after it is a command
        if _MOBILE_FOOTER_RE.match(content):
            continue
        own.append(line)
    open_draft = next((n for n, i in open_starts if i < cut and _level(lines[i]) == 0), None)
    return _Reading(own=own, blocks=blocks, open_draft=open_draft)


def _attribution_start(lines: list[str], index: int, taken: set[int]) -> int | None:
    content = lines[index].strip()
    if len(content) > 500:
        return None
    if _ATTRIBUTION_RE.match(content):
        return index
    if not _ATTRIBUTION_END_RE.search(content):
        return None
    # Gmail and Android wrap a long attribution: "On Tue, ... Jane Doe <" / "jane@x> wrote:".
    if not _ATTRIBUTION_START_RE.match(content) and index > 0:
        prev = index - 1
        if prev not in taken and lines[prev].strip() and _level(lines[prev]) == 0:
            return prev
    return index


def _is_header_block(lines: list[str], index: int) -> bool:
    """Tell whether an Outlook-style 'From: ... Sent: ... To: ... Subject:' block starts here."""
    if not _FROM_LABEL_RE.match(lines[index].strip()):
        return False
    labels = 0
    for line in lines[index + 1 : index + 10]:
        if _level(line) > 0:
            return False
        if _HEADER_LABEL_RE.match(line.strip()):
            labels += 1
    return labels >= 2


def _find_blocks(lines: list[str]) -> tuple[list[_Block], list[tuple[int, int]]]:
    """Find `=== DRAFT n ... ===` ... `=== END DRAFT n ===` blocks at any quote level."""
    blocks: list[_Block] = []
    open_starts: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        level = _level(lines[index])
        content = _unquote(lines[index], level).strip()
        start = _START_RE.match(content)
        if not start:
            index += 1
            continue
        number = int(start.group(1))
        body_start = index + 1
        if not content.endswith("=") and body_start < len(lines):
            # A long marker wrapped by the client: its tail "...) ===" is on the next line.
            tail = _unquote(lines[body_start], level).strip()
            if tail.endswith("===") and not _END_RE.match(tail):
                body_start += 1
        end = None
        for j in range(body_start, len(lines)):
            inner = _content(lines[j])
            found = _END_RE.match(inner)
            if found and int(found.group(1)) == number:
                end = j
                break
            if _START_RE.match(inner):
                break
        if end is None:
            open_starts.append((number, index))
            index += 1
            continue
        body = [_unquote(line, level).rstrip() for line in lines[body_start:end]]
        while body and not body[0].strip():
            body.pop(0)
        while body and not body[-1].strip():
            body.pop()
        blocks.append(_Block(number, index, end, level, "\n".join(body)))
        index = end + 1
    return blocks, open_starts


def _words(text: str) -> str:
    return " ".join(text.split())


def _command(reading: _Reading, drafts: Sequence[DraftView]) -> ReplyCommand:
    if reading.open_draft is not None:
        n = reading.open_draft
        return _unclear(f"draft {n}'s text has no '=== END DRAFT {n} ===' line after it (keep both marker lines)")
    approve: set[int] = set()
    reject: set[int] = set()
    approve_all = reject_all = False
    free: list[str] = []
    for line in reading.own:
        content = line.strip()
        if not content:
            continue
        parsed = _parse_command_line(content)
        if parsed is None:
            if _KEYWORD_RE.search(content):
                shown = content if len(content) <= 60 else content[:57] + "..."
                if "?" in content:
                    return _unclear(f"{shown!r} reads as a question")
                return _unclear(f"{shown!r} is not a command on its own")
            free.append(content)
            continue
        for kind, numbers, everything in parsed:
            if kind == "approve":
                approve |= numbers
                approve_all |= everything
            else:
                reject |= numbers
                reject_all |= everything
    if not (approve or reject or approve_all or reject_all):
        shown = free[0] if free else ""
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        if not shown:
            return _unclear("the reply is empty above the quoted request")
        return _unclear(f"no APPROVE or REJECT found in {shown!r}")
    for content in free:
        problem = _free_text_problem(content)
        if problem:
            return _unclear(problem)
    if len(free) > _MAX_FREE_LINES:
        return _unclear("the reply says more than a command; write only the command")
    if (approve_all and (reject or reject_all)) or (reject_all and approve):
        return _unclear("the reply both approves and rejects")
    both = sorted(approve & reject)
    if both:
        return _unclear(f"draft {both[0]} is both approved and rejected")
    known = {d.number for d in drafts}
    if known:
        unknown = sorted((approve | reject) - known)
        if unknown:
            have = ", ".join(str(n) for n in sorted(known))
            return _unclear(f"there is no draft {unknown[0]} in this request (it has {have})")
    approved = known if approve_all and known else approve
    edits, problem = _edits(reading.blocks, drafts, approved, approve_all and not known, bool(approve) or approve_all)
    if problem:
        return _unclear(problem)
    if approve or approve_all:
        drafts_out = () if approve_all else tuple(sorted(approve))
        what = "approve all drafts" if approve_all else "approve " + _numbers_text(drafts_out)
        if reject:
            what += ", reject " + _numbers_text(tuple(sorted(reject)))
        if edits:
            what += "; edited: " + _numbers_text(tuple(sorted(edits)))
        return ReplyCommand("approve", drafts_out, MappingProxyType(dict(edits)), what, tuple(sorted(reject)))
    drafts_out = () if reject_all else tuple(sorted(reject))
    what = "reject all drafts" if reject_all else "reject " + _numbers_text(drafts_out)
    return ReplyCommand("reject", drafts_out, MappingProxyType({}), what)


def _numbers_text(numbers: tuple[int, ...]) -> str:
    return ("draft " if len(numbers) == 1 else "drafts ") + ", ".join(str(n) for n in numbers)


def _parse_command_line(content: str) -> list[tuple[str, set[int], bool]] | None:
    """Parse a line like 'APPROVE 1 and 3.' or 'approve 1, reject 2'; None when it is not one."""
    if "?" in content:
        return None
    matches = list(_KEYWORD_RE.finditer(content))
    if not matches:
        return None
    for token in _ARG_TOKEN_RE.findall(content[: matches[0].start()]):
        if token not in _ARG_PUNCT and token.lower() not in _POLITE_WORDS:
            return None
    out: list[tuple[str, set[int], bool]] = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(content)
        kind = "approve" if match.group(1).lower().startswith("approve") else "reject"
        numbers: set[int] = set()
        everything = said_no = False
        for token in _ARG_TOKEN_RE.findall(content[match.end() : end]):
            lowered = token.lower()
            if token[0].isdigit():
                parts = [int(p) for p in re.split(r"\s*[-\u2013]\s*", token)]
                low, high = parts[0], parts[-1]
                if not 1 <= low <= high <= MAX_DRAFT_NUMBER:
                    return None
                numbers.update(range(low, high + 1))
            elif lowered in _ALL_WORDS:
                everything = True
            elif lowered == "no":
                said_no = True  # "no. 2" only; a bare "approve no" is not a command
            elif token in _ARG_PUNCT or lowered in _FILLER_WORDS or lowered in _POLITE_WORDS:
                continue
            else:
                return None
        if (everything and numbers) or (said_no and not numbers):
            return None
        out.append((kind, numbers, everything or not numbers))
    return out


def _free_text_problem(content: str) -> str | None:
    shown = content if len(content) <= 60 else content[:57] + "..."
    if "?" in content:
        return f"the reply asks {shown!r}"
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", content.lower())
    hedges = [w for w in words if w in _HEDGE_WORDS]
    if hedges:
        return f"the reply adds {shown!r}, which the daemon cannot act on"
    if len(content.split()) > _MAX_FREE_WORDS:
        return f"the reply adds {shown!r}; write only the command"
    return None


def _edits(
    blocks: list[_Block],
    drafts: Sequence[DraftView],
    approved: set[int],
    approve_any_block: bool,
    approving: bool,
) -> tuple[dict[int, str], str | None]:
    """Pick the edited text of each approved draft: the owner's own copy first, then the quote."""
    originals = {d.number: d.body for d in drafts}
    ordered = sorted(blocks, key=lambda b: (b.level > 0, b.start))
    edits: dict[int, str] = {}
    changed_unapproved: set[int] = set()
    for block in ordered:
        if block.number in edits:
            continue
        original = originals.get(block.number)
        if originals and original is None:
            continue  # a block for a draft that is not in this request: not ours to read
        if original is not None and _words(block.text) == _words(original):
            continue
        if block.number in approved or (approve_any_block and not originals):
            if not block.text.strip():
                return {}, f"draft {block.number}'s edited text is empty (to drop it, reply REJECT {block.number})"
            edits[block.number] = block.text
        elif original is not None:
            changed_unapproved.add(block.number)
    if approving and changed_unapproved - set(edits):
        n = min(changed_unapproved - set(edits))
        return {}, f"draft {n} was edited but not approved (reply APPROVE {n} to send the edit)"
    return edits, None


# --- the confirmation -----------------------------------------------------------------------


def render_confirmation(command: ReplyCommand, drafts: Sequence[DraftView]) -> tuple[str, str]:
    """Return (subject, body) of the short answer telling the owner what was understood."""
    if command.kind == "unclear":
        return (
            "followup: your reply was not understood",
            f"{command.reason}\n\nThe drafts still wait for your answer; reply to the approval request again.\n",
        )
    chosen = set(command.drafts) if command.drafts else {d.number for d in drafts}
    lines: list[str] = []
    approved = rejected = 0
    for draft in sorted(drafts, key=lambda d: d.number):
        recipients = ", ".join(_person(p) for p in draft.to) or "(no recipient)"
        if draft.number in chosen and command.kind == "approve":
            approved += 1
            edited = " with your edited text" if draft.number in command.edits else ""
            goes = format_time(draft.send_at, draft.zone)
            lines.append(f"Draft {draft.number} to {recipients}: approved{edited}; goes {goes}.")
        elif (draft.number in chosen and command.kind == "reject") or draft.number in command.rejects:
            rejected += 1
            lines.append(f"Draft {draft.number} to {recipients}: rejected; it will not be sent.")
        else:
            lines.append(f"Draft {draft.number} to {recipients}: still waiting for your answer.")
    parts = []
    if approved:
        parts.append(f"approved {approved}")
    if rejected:
        parts.append(f"rejected {rejected}")
    subject = "followup: " + " and ".join(parts) + (" follow-up" if approved + rejected == 1 else " follow-ups")
    return subject, "Understood: " + command.reason + ".\n\n" + "\n".join(lines) + "\n"
