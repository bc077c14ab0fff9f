"""Pure: approval tokens — made, hashed, carried in a request's Message-ID and subject, found in a reply.

The store keeps `hash_token(token)` only. Randomness comes in as an argument. It must not do
I/O, read the clock or touch the store.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from followup.model import Message

TOKEN_BYTES = 18  # 144 bits; 18 bytes encode to 24 URL-safe characters with no '=' padding

_TOKEN_CHARS = r"[A-Za-z0-9_-]{22,64}"
_TOKEN_RE = re.compile(rf"^{_TOKEN_CHARS}$")
_MSGID_TOKEN_RE = re.compile(rf"<approval\.({_TOKEN_CHARS})@[^<>\s@]+>")
_SUBJECT_TOKEN_RE = re.compile(rf"\[followup #({_TOKEN_CHARS})\]")


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
    check_token(token)
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


def check_token(token: str) -> None:
    if not _TOKEN_RE.match(token):
        raise ValueError(f"not an approval token: {len(token)} characters; make one with new_token()")
