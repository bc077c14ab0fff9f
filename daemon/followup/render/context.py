"""Pure: the variables a template sees (`RenderContext`, DESIGN §5), built from tracked facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.errors import ConfigError, Problem
from followup.model import InterviewTime, Original, Person
from followup.render.clean import clean_body, clean_line, clean_optional
from followup.render.names import first_name

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class OwnerVars:
    """`owner` in a template."""

    name: str
    email: str
    signature: str = ""


@dataclass(frozen=True)
class RecipientVars:
    """`recipient` in a template."""

    name: str | None
    first_name: str
    email: str


@dataclass(frozen=True)
class InterviewVars:
    """`interview` in a template: instants in the owner's zone plus friendly strings."""

    start: datetime
    end: datetime | None
    timezone: str | None
    location: str | None
    meeting_url: str | None
    day: str
    weekday: str
    date: str
    time: str
    end_time: str | None
    zone: str


@dataclass(frozen=True)
class OriginalVars:
    """`original` in a template: the message the follow-up answers."""

    subject: str | None
    date: datetime | None
    day: str | None


@dataclass(frozen=True)
class RenderContext:
    """Every variable a template can use (DESIGN §5)."""

    owner: OwnerVars
    recipient: RecipientVars
    company: str | None = None
    role: str | None = None
    interview: InterviewVars | None = None
    questions: tuple[str, ...] = ()
    original: OriginalVars = OriginalVars(None, None, None)

    def variables(self) -> dict[str, object]:
        """Return the mapping handed to Jinja2."""
        return {
            "owner": self.owner,
            "recipient": self.recipient,
            "company": self.company,
            "role": self.role,
            "interview": self.interview,
            "questions": list(self.questions),
            "original": self.original,
        }


def _clock(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def _day(moment: datetime) -> str:
    return f"{_WEEKDAYS[moment.weekday()]}, {_MONTHS[moment.month - 1]} {moment.day}"


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError([Problem("owner.timezone", 0, 0, "", f"unknown time zone '{name}'")]) from None


def interview_vars(time: InterviewTime, owner_zone: str) -> InterviewVars:
    """Express an interview's time in the owner's zone, with friendly strings."""
    zone = _zone(owner_zone)
    start = time.start.astimezone(zone)
    end = time.end.astimezone(zone) if time.end else None
    return InterviewVars(
        start=start,
        end=end,
        timezone=time.timezone or owner_zone,
        location=clean_optional(time.location),
        meeting_url=clean_optional(time.meeting_url),
        day=_day(start),
        weekday=_WEEKDAYS[start.weekday()],
        date=f"{_MONTHS[start.month - 1]} {start.day}, {start.year}",
        time=_clock(start),
        end_time=_clock(end) if end else None,
        zone=start.tzname() or owner_zone,
    )


def build_context(
    *,
    owner_name: str,
    owner_email: str,
    owner_signature: str = "",
    owner_zone: str = "UTC",
    recipient: Person,
    company: str | None = None,
    role: str | None = None,
    interview: InterviewTime | None = None,
    questions: tuple[str, ...] | list[str] = (),
    original: Original | None = None,
) -> RenderContext:
    """Build the template variables from tracked facts, neutralising text that came from mail."""
    email = clean_line(recipient.email)
    original = original or Original()
    original_date = original.date.astimezone(_zone(owner_zone)) if original.date else None
    return RenderContext(
        owner=OwnerVars(clean_line(owner_name), clean_line(owner_email), clean_body(owner_signature)),
        recipient=RecipientVars(
            name=clean_optional(recipient.name),
            first_name=first_name(recipient.name, recipient.email, company),
            email=email,
        ),
        company=clean_optional(company),
        role=clean_optional(role),
        interview=interview_vars(interview, owner_zone) if interview else None,
        questions=tuple(q for q in (clean_line(q) for q in questions) if q),
        original=OriginalVars(
            subject=clean_optional(original.subject),
            date=original_date,
            day=_day(original_date) if original_date else None,
        ),
    )


def sample_context(
    owner_name: str = "Alex Candidate",
    owner_email: str = "alex@example.com",
    owner_signature: str = "Alex Candidate\n+1 555 0100",
    owner_zone: str = "America/New_York",
) -> RenderContext:
    """Return a context with every variable set, for `followup check` to render templates with."""
    zone = _zone(owner_zone)
    start = datetime(2026, 12, 8, 15, 0, tzinfo=zone)
    return build_context(
        owner_name=owner_name,
        owner_email=owner_email,
        owner_signature=owner_signature,
        owner_zone=owner_zone,
        recipient=Person("Jane Doe", "jane.doe@acme.example"),
        company="Acme Robotics",
        role="Senior Backend Engineer",
        interview=InterviewTime(
            start=start,
            end=start.replace(minute=45),
            timezone=owner_zone,
            location="Acme HQ, 1 Main Street",
            meeting_url="https://meet.example/abc-defg-hij",
        ),
        questions=("What does the first month on the team look like?",),
        original=Original(
            sender="Sam Lee <sam.lee@acme.example>",
            subject="Interview confirmation: Senior Backend Engineer",
            date=datetime(2026, 11, 30, 10, 12, tzinfo=zone),
            message_id="<confirm-1@acme.example>",
        ),
    )
