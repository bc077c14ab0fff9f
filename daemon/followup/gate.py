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
from email.message import Message as MimeMessage
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses

from followup.parse import decode_header_value
from followup.addresses import has_domain, is_robot_address, known_sender
from followup.rawmail import Parts, header_of, parts_of

_CALENDAR_TYPES = ("text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics")
_MSG_ID = re.compile(r"<[^<>\s]{1,900}>")
# Stems of job words in the languages detection reads, matched in a lower-cased subject or
# sender name. Generous on purpose: a false positive costs one full read, a miss loses an event.
_JOB_WORDS = re.compile(
    r"interview|entretien|entrevista|gespr[aä]ch|bewerb|candida|applica|applying|applied|recruit|recrut|"
    r"reclut|hiring|talent|position|\brole\b|\bjobs?\b|offer|offre|oferta|angebot|vertrag|contrat|contract|"
    r"screen|onsite|on-site|career|karriere|carri[eè]re|resume|résumé|\bcv\b|\bhr\b|\brh\b|poste|stelle|"
    r"puesto|vacan|opportunit|invitation|einladung|invit|meeting|\bcall\b|schedul|calendar|booking|booked|"
    r"cancel|annul|absage|abgesagt|termin|confirm|bestätig|availability|next step|your application|"
    r"thank you for|thanks for|update on|regarding your|decision|feedback|welcome|onboarding|start date|"
    r"congratulations|félicitations|glückwunsch|enhorabuena|chat|coffee|catch up|follow[- ]?up|"
    r"rendez-vous|rdv|réunion|reunión|llamada|appel|visio|zoom|teams|meet\b|panel|round|assessment|"
    r"challenge|take-home|exercise|test|team|people|personal|recursos humanos|employ|emploi|empleo|salary|"
    r"compensation|reference|background check|rejected|unfortunately|regret|status",
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


def parse_header(header: bytes) -> MimeMessage:
    """Parse a header block leniently (compat32: never raises on bad input)."""
    return BytesHeaderParser(policy=compat32).parsebytes(header)


__all__ = ["GateContext", "Parts", "Verdict", "header_of", "parts_of", "triage"]


def triage(header: bytes, parts: Parts | None, ctx: GateContext) -> Verdict:
    """Decide from the header and MIME structure whether a message must be read in full."""
    head = parse_header(header)
    parts = parts or UNKNOWN_PARTS
    if parts.calendar:
        return Verdict(True, "calendar part")
    if parts.attached_message:
        return Verdict(True, "attached message")
    senders = [a.lower() for _, a in _addresses(head, "From", "Sender", "Reply-To") if a]
    sender = senders[0] if senders else ""
    if any(a in ctx.own_addresses for a in senders):
        return Verdict(True, "from the owner or a forwarder")
    threads = set(_MSG_ID.findall(f"{_value(head, 'In-Reply-To')} {_value(head, 'References')}"))
    if threads & ctx.tracked_threads:
        return Verdict(True, "reply in a tracked thread")
    if any(a in ctx.tracked_addresses for a in senders):
        return Verdict(True, "from a tracked address")
    if sender and (known_sender(sender) is not None or (ctx.job_domains and has_domain(sender, ctx.job_domains))):
        return Verdict(True, "job-ish sender")
    subject = decode_header_value(_value(head, "Subject")).lower()
    names = " ".join(decode_header_value(n).lower() for n, _ in _addresses(head, "From"))
    for text, where in ((subject, "subject"), (names, "sender name")):
        if _JOB_WORDS.search(text) or any(p in text for p in ctx.phrases):
            return Verdict(True, f"job-ish {where}")
    if _is_bulk(head):
        return Verdict(False, "list or bulk mail without a job signal in its header")
    if not sender or is_robot_address(sender):
        return Verdict(False, "automated sender without a job signal in its header")
    return Verdict(True, "personal mail")


def _value(head: MimeMessage, name: str) -> str:
    value = head.get(name)
    return str(value)[:16_000] if value is not None else ""


def _addresses(head: MimeMessage, *names: str) -> list[tuple[str, str]]:
    values = [str(v)[:16_000] for n in names for v in (head.get_all(n) or [])]
    try:
        return getaddresses(values)[:50]
    except Exception:
        return []


def _is_bulk(head: MimeMessage) -> bool:
    if any(head.get(name) is not None for name in _BULK_HEADERS):
        return True
    if _value(head, "Precedence").strip().lower() in _BULK_PRECEDENCE:
        return True
    auto = _value(head, "Auto-Submitted").split(";")[0].strip().lower()
    return auto not in ("", "no")
