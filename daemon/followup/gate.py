"""Pure: the header triage that decides whether a new message is worth reading in full.

Most mail in a real inbox is newsletters, notifications and receipts with nothing to do with
a job search. Reading a message in full (fetching the body, MIME parsing, detection) costs far
more than reading its header, so new mail is judged on its header and MIME structure first,
and only what can matter is fetched and read:

- a calendar part or an attached message (an invitation, a forward as attachment);
- mail from the owner, a trusted forwarder or the watched mailbox itself (forwards, approvals);
- a reply in a tracked thread (In-Reply-To / References naming a tracked or sent message);
- mail from a tracked address (a contact or interviewer: replies, out-of-office notes);
- a job-ish sender (an applicant-tracking system, a scheduler, a job board, the owner's
  `detection` domains) or a job-ish subject or sender name;
- personal mail: written to the owner by a person, not through a list or a robot. A recruiter
  writing "Great speaking today!" has no job word in the header; only list, bulk and robot
  mail without any of the signals above is left unread.

`triage` is the one place that rule lives. It must not do I/O; the caller gathers the header
bytes, the structure (from IMAP BODYSTRUCTURE, or `parts_of` on raw bytes) and the context.
A message left unread is still recorded, so it is never fetched again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import getaddresses

from followup.charsets import decode_header_value
from followup.addresses import has_domain, is_robot_address, known_sender
from followup.rawmail import Parts, header_of, parts_of

_MSG_ID = re.compile(r"<[^<>\s]{1,900}>")
# Job words in the languages detection reads, matched in a lower-cased subject or sender name.
# Generous where a miss could lose an event, but not so loose that every newsletter offering a
# "meeting" or a "team" update is read: calendar wording counts only as calendar phrases.
_JOB_WORDS = re.compile(
    r"interview|entretien|entrevista|gespr[aä]ch|bewerb|candida|applica|applying|applied|recruit|recrut|"
    r"reclut|hiring|talent|position|\brole\b|\bjobs?\b|career|karriere|carri[eè]re|\bcv\b|r[ée]sum[ée]|"
    r"vacan|\bposte\b|\bstelle\b|puesto|embauche|onsite|on-site|screen|next step|offer letter|job offer|"
    r"your offer|\boffer (?:of|from|for you)|vertragsangebot|jobangebot|stellenangebot|arbeitsvertrag|"
    r"oferta (?:laboral|de trabajo|formal)|contrat de travail|absage|zusage|your application|"
    r"update on your|regarding your|status of your|unfortunately|regret|decision|feedback on|"
    r"reschedul|re-schedul|cancel+ed|cancellation|annul|abgesagt|verschoben|décal|"
    r"invitation:|updated invitation|invitation (?:to|for) (?:an? )?(?:call|chat|meeting|conversation)|"
    r"(?:call|chat|meeting|conversation|appointment|event|termin) (?:with|confirmed|scheduled|booked|"
    r"request|invitation|cancel|moved|updated|changed)|(?:confirmed|scheduled|booked|new event):|"
    r"terminbest[aä]tigung|einladung|convocation|rendez-vous|\brdv\b|llamada|reuni[oó]n|"
    r"hr team|human resources|people team|recursos humanos|ressources humaines|personalabteilung"
)
# List and bulk markers (RFC 2369, RFC 2919, RFC 3834): mail sent to many, not to the owner.
_BULK_HEADERS = ("list-id", "list-unsubscribe", "list-post", "feedback-id", "x-campaign-id", "x-mailchimp-id")
_BULK_PRECEDENCE = {"bulk", "list", "junk"}


UNKNOWN_PARTS = Parts(calendar=True, attached_message=True)  # nothing known: assume the worst


@dataclass(frozen=True)
class GateContext:
    """What triage compares a header with: whose mail and which threads are of interest."""

    own_addresses: frozenset[str] = frozenset()  # the owner, the forwarders, the watched mailbox
    tracked_addresses: frozenset[str] = frozenset()
    tracked_threads: frozenset[str] = frozenset()  # Message-IDs of tracked and sent mail
    job_domains: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()  # the owner's detection phrases, lower-cased


@dataclass(frozen=True)
class Verdict:
    """Whether to read a message in full, and the first reason found."""

    read: bool
    reason: str


_HEADER_LIMIT = 256 * 1024
_WANTED = ("from", "sender", "reply-to", "subject", "in-reply-to", "references", "precedence", "auto-submitted")
_FIELD = re.compile(
    rb"^(" + b"|".join(re.escape(f.encode()) for f in (*_WANTED, *_BULK_HEADERS)) + rb")[ \t]*:(.*(?:\r?\n[ \t].*)*)",
    re.IGNORECASE | re.MULTILINE,
)


def header_fields(header: bytes) -> dict[str, list[str]]:
    """The header fields triage reads, by lower-case name, unfolded (a scan, not a parse)."""
    found: dict[str, list[str]] = {}
    for match in _FIELD.finditer(header[:_HEADER_LIMIT]):
        value = match.group(2).decode("ascii", "surrogateescape")
        found.setdefault(match.group(1).decode("ascii").lower(), []).append(value[:16_000])
    return found


__all__ = ["GateContext", "Parts", "Reading", "Verdict", "header_of", "judge", "parts_of", "read_head", "triage"]


@dataclass(frozen=True)
class Reading:
    """What triage reads of a head whatever is tracked: the verdict tracking cannot change
    (`settled`) or would give without it, and the senders and thread Message-IDs by which what
    is tracked may still make the message worth reading. Judged again (`judge`) when tracking
    grows, a head costs two set lookups instead of a second reading."""

    verdict: Verdict
    settled: bool
    senders: frozenset[str] = frozenset()
    threads: frozenset[str] = frozenset()


def triage(header: bytes, parts: Parts | None, ctx: GateContext) -> Verdict:
    """Decide from the header and MIME structure whether a message must be read in full."""
    return judge(read_head(header, parts, ctx), ctx)


def judge(reading: Reading, ctx: GateContext) -> Verdict:
    """The verdict on a head read by `read_head`, with what `ctx` tracks now."""
    if not reading.settled:
        if not reading.threads.isdisjoint(ctx.tracked_threads):
            return Verdict(True, "reply in a tracked thread")
        if not reading.senders.isdisjoint(ctx.tracked_addresses):
            return Verdict(True, "from a tracked address")
    return reading.verdict


def read_head(header: bytes, parts: Parts | None, ctx: GateContext) -> Reading:
    """Read a head once: all of triage but what `ctx` tracks (its addresses, domains and phrases are used)."""
    parts = parts or UNKNOWN_PARTS
    if parts.calendar:
        return Reading(Verdict(True, "calendar part"), settled=True)
    if parts.attached_message:
        return Reading(Verdict(True, "attached message"), settled=True)
    head = header_fields(header)
    from_ = _addresses(head, "from")
    senders = [a.lower() for _, a in (*from_, *_addresses(head, "sender", "reply-to")) if a]
    if any(a in ctx.own_addresses for a in senders):
        return Reading(Verdict(True, "from the owner or a forwarder"), settled=True)
    threads: frozenset[str] = frozenset()
    if "in-reply-to" in head or "references" in head:
        threads = frozenset(_MSG_ID.findall(" ".join((*head.get("in-reply-to", ()), *head.get("references", ())))))
    verdict = _untracked(head, from_, senders[0] if senders else "", ctx)
    return Reading(verdict, settled=False, senders=frozenset(senders), threads=threads)


def _untracked(head: dict[str, list[str]], from_: list[tuple[str, str]], sender: str, ctx: GateContext) -> Verdict:
    """The verdict on a head neither structure, the owner nor what is tracked decided."""
    if sender and (known_sender(sender) is not None or (ctx.job_domains and has_domain(sender, ctx.job_domains))):
        return Verdict(True, "job-ish sender")
    subject = _decoded(head.get("subject", [""])[0]).lower()
    names = " ".join(_decoded(n).lower() for n, _ in from_)
    for text, where in ((subject, "subject"), (names, "sender name")):
        if _JOB_WORDS.search(text) or any(p in text for p in ctx.phrases):
            return Verdict(True, f"job-ish {where}")
    if _is_bulk(head):
        return Verdict(False, "list or bulk mail without a job signal in its header")
    if not sender or is_robot_address(sender):
        return Verdict(False, "automated sender without a job signal in its header")
    return Verdict(True, "personal mail")


def _decoded(value: str) -> str:
    if "=?" in value or not value.isascii():
        return decode_header_value(value)
    return " ".join(value.split())


_SIMPLE_ADDRESS = re.compile(r'\s*(?:"([^"\\]*)"|([^"<>,;:()@\\]*?))\s*<([^<>\s,;:()"\\]+@[^<>\s,;:()"\\]+)>\s*')
_BARE_ADDRESS = re.compile(r'\s*([^<>\s,;:()"\\]+@[^<>\s,;:()"\\]+)\s*')


def _addresses(head: dict[str, list[str]], *names: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for value in (v for n in names for v in head.get(n, ())):
        # The common shapes ("Name <a@b>", a@b) without the stdlib's general (and slow) parser.
        simple = _SIMPLE_ADDRESS.fullmatch(value)
        if simple is not None:
            found.append((simple.group(1) or simple.group(2) or "", simple.group(3)))
            continue
        bare = _BARE_ADDRESS.fullmatch(value)
        if bare is not None:
            found.append(("", bare.group(1)))
            continue
        try:
            found.extend(getaddresses([" ".join(value.split())])[:50])
        except Exception:
            continue
    return found


def _is_bulk(head: dict[str, list[str]]) -> bool:
    if any(name in head for name in _BULK_HEADERS):
        return True
    if head.get("precedence", [""])[0].strip().lower() in _BULK_PRECEDENCE:
        return True
    auto = head.get("auto-submitted", [""])[0].split(";")[0].strip().lower()
    return auto not in ("", "no")
