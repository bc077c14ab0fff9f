"""Pure: whether a reply may act on an approval request (DESIGN §6).

Owns who may answer (the owner or a trusted forwarder, as the direct sender), which
Authentication-Results count (RFC 8601), and the token, single-use and date checks. It must
not do I/O, read the clock or touch the store: the caller passes the token record and `now`.
"""

from __future__ import annotations

import hmac
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from followup.addresses import domain_of
from followup.approval.tokens import TokenRecord, find_token, hash_token
from followup.model import Message
from followup.trust import read_authentication_results

# A phone whose clock runs a little slow answers "before" the request it replies to.
CLOCK_SKEW = timedelta(minutes=5)
# A reply dated further ahead than this is refused: no phone clock is a day fast, a forger's may be.
MAX_FUTURE_SKEW = timedelta(days=1)


@dataclass(frozen=True)
class AuthResult:
    """Whether a reply may act; `reason` is one line for the log and the owner's notice.

    `tell_owner` is False when telling would answer a robot (an auto-reply to the request).
    """

    ok: bool
    reason: str
    tell_owner: bool = True


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


_CHECKED_METHODS = frozenset({"dkim", "spf", "dmarc"})
_IDENTITY_PROPS = ("header.d", "header.i", "header.from", "smtp.mailfrom", "smtp.helo")


def _failed_authentication(headers: Sequence[str], sender: str) -> str | None:
    """Return 'dkim=fail' (or spf/dmarc) when a result for the sender's domain failed (RFC 8601)."""
    domain = domain_of(sender)
    for header in headers:
        for clause in read_authentication_results(header).results:
            if clause.method not in _CHECKED_METHODS or clause.result != "fail":
                continue
            values = [value for name, value in clause.props if name in _IDENTITY_PROPS and value]
            # A failure naming another domain (a mailing list's own signature) says nothing
            # about this sender; a failure naming no domain is taken to be about the sender.
            if not values or any(_same_domain(value.rpartition("@")[2], domain) for value in values):
                return f"{clause.method}=fail"
    return None


def _same_domain(a: str, b: str) -> bool:
    a, b = a.casefold().strip("."), b.casefold().strip(".")
    return bool(a and b) and (a == b or a.endswith("." + b) or b.endswith("." + a))
