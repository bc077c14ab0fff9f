"""Pure: what the owner's corrections taught about senders, applied to a detected Event.

A company name or a contact the owner gave for a sender's domain, and a kind the owner gave for
a sender ("What is this mail?" answered INTERVIEW, APPLICATION, ...), are kept by the store as
hints. Later mail from that domain or sender is read with them: the taught company replaces a
guessed one, a missing contact is filled in, and a mail detection could not classify takes the
taught kind, marked uncertain so that the owner is asked to confirm. Each use adds an evidence
line, which `inspect` and `explain` show.

Must not: read the store or the clock, or override what the mail itself says about its kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from email.utils import parseaddr

from followup.addresses import domain_of
from followup.model import Event, EventKind, Person

# Kinds a taught sender kind may give a mail detection left as `none`: an interview also
# needs a time, which only the mail can give.
_NEEDS_NO_TIME = (EventKind.application_received, EventKind.rejection, EventKind.offer)
TAUGHT_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Hints:
    """Hints by sender domain (`company`, `contact`) and by sender address (`kind`)."""

    company: dict[str, str] = field(default_factory=dict)
    contact: dict[str, Person] = field(default_factory=dict)
    kind: dict[str, EventKind] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, str, str]]) -> Hints:
        """Build from the store's (scope, key, field, value) rows; unknown ones are ignored."""
        company: dict[str, str] = {}
        contact: dict[str, Person] = {}
        kind: dict[str, EventKind] = {}
        for scope, key, name, value in rows:
            if scope == "domain" and name == "company":
                company[key.lower()] = value
            elif scope == "domain" and name == "contact":
                display, address = parseaddr(value)
                if "@" in address:
                    contact[key.lower()] = Person(display or None, address)
            elif scope == "sender" and name == "kind" and value in EventKind.__members__:
                kind[key.lower()] = EventKind(value)
        return cls(company, contact, kind)

    def __bool__(self) -> bool:
        return bool(self.company or self.contact or self.kind)


NO_HINTS = Hints()


def apply_hints(event: Event, hints: Hints) -> Event:
    """The Event with what the owner taught about its sender applied, each use in the evidence."""
    if not hints:
        return event
    _, sender = parseaddr(event.original.sender or "")
    sender = sender.lower()
    domain = domain_of(sender)
    evidence = list(event.evidence)
    company, contact, kind, confidence, uncertain = (
        event.company, event.contact, event.kind, event.confidence, event.uncertain
    )  # fmt: skip
    taught_kind = hints.kind.get(sender)
    if kind is EventKind.none and not event.booking_requested and taught_kind in _NEEDS_NO_TIME:
        assert taught_kind is not None
        kind, confidence, uncertain = taught_kind, max(confidence, TAUGHT_CONFIDENCE), True
        evidence.append(f"taught: you said mail from {sender} is {taught_kind.value}")
    taught_company = hints.company.get(domain)
    if taught_company and taught_company != company:
        company = taught_company
        evidence.append(f"taught: the company at {domain} is '{taught_company}'")
    taught_contact = hints.contact.get(domain)
    if taught_contact is not None and contact is None and kind is not EventKind.none:
        contact = taught_contact
        evidence.append(f"taught: the contact at {domain} is {taught_contact.email}")
    if len(evidence) == len(event.evidence):
        return event
    return replace(event, kind=kind, company=company, contact=contact, confidence=confidence,
                   uncertain=uncertain, evidence=tuple(evidence))  # fmt: skip
