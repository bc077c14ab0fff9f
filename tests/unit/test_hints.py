"""What the owner taught about senders, applied to detected Events (with evidence)."""

from __future__ import annotations

from followup.hints import NO_HINTS, Hints, apply_hints
from followup.model import Event, EventKind, Original, Person

HINTS = Hints.from_rows([
    ("domain", "initech.example", "company", "Initech Systems"),
    ("domain", "initech.example", "contact", "Bill Lumbergh <bill@initech.example>"),
    ("sender", "peter@chotchkies.example", "kind", "rejection"),
    ("sender", "x@y.example", "kind", "not_a_kind"),
])  # fmt: skip


def event(kind: EventKind, sender: str, **kw: object) -> Event:
    return Event(kind=kind, original=Original(sender=sender, subject="s"), **kw)  # type: ignore[arg-type]


def test_a_taught_company_and_contact_apply_to_later_mail_from_that_domain() -> None:
    seen = apply_hints(event(EventKind.interview_scheduled, "Samir <samir@initech.example>", company="Initech"), HINTS)
    assert seen.company == "Initech Systems" and seen.contact == Person("Bill Lumbergh", "bill@initech.example")
    assert seen.evidence == (
        "taught: the company at initech.example is 'Initech Systems'",
        "taught: the contact at initech.example is bill@initech.example",
    )


def test_a_taught_kind_classifies_an_unclear_mail_from_that_sender_but_marks_it_uncertain() -> None:
    seen = apply_hints(event(EventKind.none, "Peter <peter@chotchkies.example>"), HINTS)
    assert (seen.kind, seen.uncertain) == (EventKind.rejection, True)
    assert seen.evidence == ("taught: you said mail from peter@chotchkies.example is rejection",)
    # What the mail itself says wins; other senders are untouched; no hints change nothing.
    offer = event(EventKind.offer, "peter@chotchkies.example")
    assert apply_hints(offer, HINTS) == offer
    other = event(EventKind.none, "someone@elsewhere.example")
    assert apply_hints(other, HINTS) == other and apply_hints(offer, NO_HINTS) == offer
