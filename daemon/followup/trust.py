"""Who may receive a note without the owner's yes: the one rule behind `approval: auto`.

Pure. A message is trusted only on the word of the owner's own mail server: the topmost
Authentication-Results header carrying the configured authserv-id (RFC 8601 §5; any header the
sender wrote, or another server's, says nothing). Its DKIM, SPF or DMARC pass must be for the
domain of the message's own From (aligned: that domain or a subdomain of it), so a From header
alone proves nothing, not even that the owner or a forwarder wrote it. The verdict names the
domain that passed; an automatic note goes only to addresses in it.

A forward counts when the forwarder is the owner or a trusted forwarder, proven the same way;
the owner then vouches for the forwarded original, and the domain is that original sender's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from followup.addresses import domain_of
from followup.model import Message

_COMMENT = re.compile(r"\([^()]*\)")
_RESULT = re.compile(r"^\s*([a-z0-9_-]+)(?:/\d+)?\s*=\s*([a-z]+)\b(.*)$", re.IGNORECASE | re.DOTALL)
_PROPERTY = re.compile(r"\b([a-z]+\.[a-z0-9_-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)", re.IGNORECASE)


@dataclass(frozen=True)
class MethodResult:
    """One 'method=result ptype.property=value ...' clause, all lower-case (RFC 8601 §2.2)."""

    method: str
    result: str
    props: tuple[tuple[str, str], ...]  # in header order; a property may repeat

    def prop(self, name: str) -> str:
        """The last value given for property `name` ('' when none)."""
        return next((value for key, value in reversed(self.props) if key == name), "")


@dataclass(frozen=True)
class AuthenticationResults:
    """One Authentication-Results header: who wrote it ('' when it names no one) and its clauses."""

    authserv_id: str
    results: tuple[MethodResult, ...]


def read_authentication_results(header: str) -> AuthenticationResults:
    """Read one Authentication-Results header value (RFC 8601 §2.2); never raises.

    Comments are dropped, the authserv-id is the first word before the first ';' (quotes
    removed), and each clause after it that has the 'method=result' shape is kept. A header
    that begins with a clause instead of an authserv-id is read as written by no one, its
    first clause kept.
    """
    text = header
    for _ in range(5):  # CFWS comments, possibly nested (RFC 5322 §3.2.2)
        text = _COMMENT.sub(" ", text)
    head, _, rest = text.partition(";")
    clauses = rest.split(";")
    words = head.split()
    authserv_id = words[0].strip('"').lower() if words else ""
    if _RESULT.match(head):
        authserv_id = ""
        clauses.insert(0, head)
    results = []
    for clause in clauses:
        match = _RESULT.match(clause)
        if match:
            props = tuple((k.lower(), v.strip('"').lower()) for k, v in _PROPERTY.findall(match.group(3)))
            results.append(MethodResult(match.group(1).lower(), match.group(2).lower(), props))
    return AuthenticationResults(authserv_id, tuple(results))


@dataclass(frozen=True)
class Trust:
    """The verdict on one message: the domain its own server authenticated, or None, and why."""

    domain: str | None
    reason: str

    @property
    def trusted(self) -> bool:
        return self.domain is not None


def untrusted(reason: str) -> Trust:
    """A verdict that makes every note wait for approval."""
    return Trust(None, reason)


def own_server_results(headers: Sequence[str], authserv_id: str) -> tuple[MethodResult, ...] | None:
    """The results of the topmost Authentication-Results header written by `authserv_id`.

    `headers` are in message order (topmost first). None when that server wrote none.
    """
    wanted = authserv_id.strip().lower()
    for header in headers:
        read = read_authentication_results(header)
        if read.authserv_id and read.authserv_id == wanted:
            return read.results
    return None


def is_in_domain(address: str | None, domain: str) -> bool:
    """True when `address` is at `domain` or one of its subdomains."""
    host = domain_of(address)
    return bool(host) and (host == domain or host.endswith("." + domain))


def _passed_for(results: Sequence[MethodResult], from_domain: str) -> str | None:
    """The authenticated domain aligned with `from_domain`, if a DKIM, SPF or DMARC pass shows one."""
    for r in results:
        if r.result != "pass":
            continue
        if r.method == "dkim":
            signer = r.prop("header.d") or domain_of(r.prop("header.i"))
        elif r.method == "spf":
            mailfrom = r.prop("smtp.mailfrom")
            signer = domain_of(mailfrom) if "@" in mailfrom else mailfrom
        elif r.method == "dmarc":
            signer = r.prop("header.from")
        else:
            continue
        signer = signer.rstrip(".")
        if signer and (from_domain == signer or from_domain.endswith("." + signer)):
            return signer
    return None


def judge(message: Message, *, owner_addresses: Collection[str], authserv_id: str | None) -> Trust:
    """Decide whether `message` may make `approval: auto` notes, and for which domain."""
    if not authserv_id:
        return untrusted("mailbox.authserv_id is not set, so no header can show where this mail came from")
    results = own_server_results(message.authentication_results, authserv_id)
    if results is None:
        return untrusted(f"your server ({authserv_id}) wrote no Authentication-Results on it")
    if any(r.method == "dmarc" and r.result == "fail" for r in results):
        return untrusted(f"your server ({authserv_id}) saw DMARC fail")
    outer = message.envelope_sender or message.sender
    outer_address = (outer.email or "").lower() if outer else ""
    outer_domain = domain_of(outer_address)
    if not outer_domain:
        return untrusted("it has no From address")
    passed = _passed_for(results, outer_domain)
    if passed is None:
        return untrusted(f"{outer_domain} passed neither DKIM, SPF nor DMARC at your server ({authserv_id})")
    if not message.is_forward:
        return Trust(passed, f"{passed} passed authentication at your server ({authserv_id})")
    owners = {a.lower() for a in owner_addresses}
    if outer_address not in owners:
        return untrusted(f"forwarded by {outer_address}, who is neither you nor a trusted forwarder")
    original = domain_of(message.sender.email if message.sender else None)
    if not original:
        return untrusted("the forwarded original has no sender address")
    return Trust(original, f"forwarded by {outer_address} (authenticated at {authserv_id}) from {original}")


def allows_auto(trust: Trust, addresses: Iterable[str | None]) -> bool:
    """True when a note may go to every one of `addresses` without approval."""
    if trust.domain is None:
        return False
    listed = list(addresses)
    return bool(listed) and all(is_in_domain(a, trust.domain) for a in listed)


__all__ = [
    "AuthenticationResults", "MethodResult", "Trust", "allows_auto", "is_in_domain", "judge", "own_server_results",
    "read_authentication_results", "untrusted",
]  # fmt: skip
