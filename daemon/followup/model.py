"""Frozen values passed between the stages: Message, Event, Interview, Application, FollowUp.

Nothing here does I/O. Datetimes are always tz-aware: a naive one is rejected at construction,
because a send time without a zone is a bug waiting for a DST change.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _require_aware(obj: object) -> None:
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(obj))  # type: ignore[arg-type]
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, datetime) and value.tzinfo is None:
            raise ValueError(f"{type(obj).__name__}.{name} must be tz-aware, got {value!r}")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class EventKind(enum.StrEnum):
    """What a message means for the job search (DESIGN §4)."""

    interview_scheduled = "interview_scheduled"
    interview_rescheduled = "interview_rescheduled"
    interview_cancelled = "interview_cancelled"
    application_received = "application_received"
    rejection = "rejection"
    offer = "offer"
    none = "none"


class FollowUpState(enum.StrEnum):
    """Where a follow-up is in its life (DESIGN §6)."""

    awaiting_approval = "awaiting_approval"
    approved = "approved"
    sending = "sending"
    sent = "sent"
    rejected = "rejected"
    cancelled = "cancelled"
    expired = "expired"
    failed = "failed"
    unknown = "unknown"


@dataclass(frozen=True)
class Person:
    """A human (or robot) with an optional display name and address."""

    name: str | None = None
    email: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"name": self.name, "email": self.email}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Person | None:
        if data is None:
            return None
        return cls(name=data.get("name"), email=data.get("email"))


@dataclass(frozen=True)
class Message:
    """A parsed mail, judged by its forwarded original when it is a forward.

    `sender`, `date`, `subject` and `message_id` are the original's; the `envelope_*` fields are
    those of the outer message as it reached the mailbox (the owner's forward, or the original
    itself when nothing was forwarded).
    """

    sender: Person | None
    date: datetime | None
    subject: str
    message_id: str | None
    text: str
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    reply_to: tuple[Person, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    calendars: tuple[str, ...] = ()
    html: str | None = None
    envelope_sender: Person | None = None
    envelope_message_id: str | None = None
    envelope_date: datetime | None = None
    envelope_in_reply_to: str | None = None
    envelope_references: tuple[str, ...] = ()
    forward_depth: int = 0
    auto_submitted: str | None = None
    is_auto_reply: bool = False
    authentication_results: tuple[str, ...] = ()
    list_id: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    defects: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _require_aware(self)

    @property
    def is_forward(self) -> bool:
        return self.forward_depth > 0


@dataclass(frozen=True)
class InterviewTime:
    """When and where an interview happens."""

    start: datetime
    end: datetime | None = None
    timezone: str | None = None
    location: str | None = None
    meeting_url: str | None = None

    def __post_init__(self) -> None:
        _require_aware(self)

    def to_json(self) -> dict[str, str | None]:
        return {
            "start": _iso(self.start),
            "end": _iso(self.end),
            "timezone": self.timezone,
            "location": self.location,
            "meeting_url": self.meeting_url,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> InterviewTime | None:
        if not data or not data.get("start"):
            return None
        return cls(
            start=datetime.fromisoformat(data["start"]),
            end=datetime.fromisoformat(data["end"]) if data.get("end") else None,
            timezone=data.get("timezone"),
            location=data.get("location"),
            meeting_url=data.get("meeting_url"),
        )


@dataclass(frozen=True)
class Original:
    """The message an Event was judged by (the forwarded original when there was one)."""

    sender: str | None = None
    subject: str | None = None
    date: datetime | None = None
    message_id: str | None = None

    def __post_init__(self) -> None:
        _require_aware(self)

    def to_json(self) -> dict[str, str | None]:
        return {
            "from": self.sender,
            "subject": self.subject,
            "date": _iso(self.date),
            "message_id": self.message_id,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Original:
        data = data or {}
        return cls(
            sender=data.get("from"),
            subject=data.get("subject"),
            date=datetime.fromisoformat(data["date"]) if data.get("date") else None,
            message_id=data.get("message_id"),
        )


@dataclass(frozen=True)
class CalendarRef:
    """The iCalendar identity of an invitation (RFC 5545 UID and SEQUENCE, RFC 5546 METHOD)."""

    uid: str | None
    sequence: int = 0
    method: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"uid": self.uid, "sequence": self.sequence, "method": self.method}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> CalendarRef | None:
        if data is None:
            return None
        return cls(uid=data.get("uid"), sequence=int(data.get("sequence") or 0), method=data.get("method"))


@dataclass(frozen=True)
class Event:
    """What detect made of one message (DESIGN §4). `to_json` gives the fixed JSON shape."""

    kind: EventKind
    company: str | None = None
    role: str | None = None
    interview: InterviewTime | None = None
    interviewers: tuple[Person, ...] = ()
    contact: Person | None = None
    original: Original = field(default_factory=Original)
    calendar: CalendarRef | None = None
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()
    # A request to pick a slot (kind `none`): rules can remind the owner to book (`on: booking_requested`).
    booking_requested: bool = False
    # Confidence below the owner's `detection.min_confidence`: ask before acting on it.
    uncertain: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "company": self.company,
            "role": self.role,
            "interview": self.interview.to_json() if self.interview else None,
            "interviewers": [p.to_json() for p in self.interviewers],
            "contact": self.contact.to_json() if self.contact else None,
            "original": self.original.to_json(),
            "calendar": self.calendar.to_json() if self.calendar else None,
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence),
            "booking_requested": self.booking_requested,
            "uncertain": self.uncertain,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        return cls(
            kind=EventKind(data["kind"]),
            company=data.get("company"),
            role=data.get("role"),
            interview=InterviewTime.from_json(data.get("interview")),
            interviewers=tuple(
                p for p in (Person.from_json(x) for x in data.get("interviewers") or []) if p
            ),
            contact=Person.from_json(data.get("contact")),
            original=Original.from_json(data.get("original")),
            calendar=CalendarRef.from_json(data.get("calendar")),
            confidence=float(data.get("confidence") or 0.0),
            evidence=tuple(data.get("evidence") or ()),
            booking_requested=bool(data.get("booking_requested", False)),
            uncertain=bool(data.get("uncertain", False)),
        )


class TrackState(enum.StrEnum):
    """Where an interview or application stands."""

    scheduled = "scheduled"
    done = "done"
    cancelled = "cancelled"
    rejected = "rejected"
    offer = "offer"
    open = "open"
    closed = "closed"  # an application the owner closed (no longer pursued)


@dataclass(frozen=True)
class Interview:
    """An interview being tracked, built from one or more Events."""

    id: int | None
    company: str | None
    role: str | None
    time: InterviewTime | None
    interviewers: tuple[Person, ...] = ()
    contact: Person | None = None
    thread_ids: tuple[str, ...] = ()
    calendar_uid: str | None = None
    calendar_sequence: int = 0
    state: TrackState = TrackState.scheduled
    application_id: int | None = None
    original: Original = field(default_factory=Original)
    from_domain: str | None = None
    trusted: bool = False
    questions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Application:
    """An application being tracked; an interview at the same company links to it."""

    id: int | None
    company: str | None
    role: str | None
    received: datetime
    contact: Person | None = None
    thread_ids: tuple[str, ...] = ()
    state: TrackState = TrackState.open
    original: Original = field(default_factory=Original)
    from_domain: str | None = None
    trusted: bool = False

    def __post_init__(self) -> None:
        _require_aware(self)


@dataclass(frozen=True)
class FollowUp:
    """One note to one recipient, planned by a rule; its Message-ID is fixed at creation."""

    id: int | None
    rule: str
    recipient: Person
    send_at: datetime
    state: FollowUpState
    message_id: str
    template: str
    interview_id: int | None = None
    application_id: int | None = None
    subject: str | None = None
    body: str | None = None
    edited: bool = False
    created_at: datetime | None = None
    last_error: str | None = None
    max_lateness_s: int = 86400
    attempts: int = 0  # SMTP attempts that ended in a transient fault (send.dispatch backoff)
    next_attempt: datetime | None = None  # not retried before this instant
    cc: tuple[Person, ...] = ()  # further recipients of one note (rule `to: interviewers`)
    # Set when the rule's own recipients had no usable address and the note went to its
    # `fallback_to` instead: says why, so the owner can supply the address.
    fallback: str | None = None
    # The mail the note answers (the event's original): a reply to a rejection threads to the
    # rejection, not to the first mail of the conversation. None: the target's first mail.
    answers: Original | None = None

    def __post_init__(self) -> None:
        _require_aware(self)

    @property
    def key(self) -> tuple[int | None, int | None, str, str]:
        """The idempotency key: (interview, application, rule, recipient)."""
        return (self.interview_id, self.application_id, self.rule, (self.recipient.email or "").lower())
