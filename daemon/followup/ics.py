"""Pure: iCalendar text → the facts of each invitation it holds (RFC 5545, iTIP RFC 5546).

Owns reading calendar parts with the `icalendar` library: method, UID, SEQUENCE, status,
times and zones (IANA, Windows names as Outlook writes them, floating, all-day), organizer,
attendees and the meeting URL. It must not do I/O or read the clock, must not decide what an
invitation *means* for the job search (that is detect's job), and never raises on bad input:
an unreadable calendar gives an empty tuple.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo, UTC
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from followup.model import Person

__all__ = ["Attendee", "CalendarInvite", "find_meeting_url", "read_calendar", "zone_name"]

# Bounds: a hostile calendar must not cost more than a few milliseconds per event.
MAX_CALENDAR_CHARS = 1_000_000
MAX_EVENTS = 50
MAX_ATTENDEES = 200
MAX_TEXT_CHARS = 20_000
# RFC 5545 §3.8.7.4: SEQUENCE is a non-negative integer; clients store it in 32 bits.
MAX_SEQUENCE = 2**31 - 1

_URL_RE = re.compile(r"https?://[^\s<>\"'\\,;)\]]+", re.IGNORECASE)
# Hosts of the meeting services people are invited to interviews on.
_MEETING_HOST_RE = re.compile(
    r"https?://(?:[\w-]+\.)*(?:zoom\.us|zoomgov\.com|meet\.google\.com|teams\.microsoft\.com|"
    r"teams\.live\.com|webex\.com|gotomeeting\.com|meet\.goto\.com|bluejeans\.com|whereby\.com|"
    r"chime\.aws|meet\.jit\.si|skype\.com|hangouts\.google\.com|around\.co|zoho\.com/meeting)"
    r"[^\s<>\"'\\,;)\]]*",
    re.IGNORECASE,
)
# Properties that carry a meeting link, most specific first (Google, Microsoft Teams/Skype).
_MEETING_PROPS = (
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK",
    "X-MS-OLK-CONFERENCEURL",
    "URL",
)
_IANA_RE = re.compile(r"^[A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)+$|^UTC$|^GMT$")


@dataclass(frozen=True)
class Attendee:
    """One ATTENDEE of an event (RFC 5545 §3.8.4.1) with its role and participation status."""

    name: str | None
    email: str | None
    role: str | None
    partstat: str | None


@dataclass(frozen=True)
class CalendarInvite:
    """One VEVENT with its calendar's METHOD; times are tz-aware.

    A floating time (RFC 5545 §3.3.5 form #1, no zone) or an all-day date is returned with
    UTC attached as a placeholder and `floating=True`, so a caller who knows the owner's zone
    can re-zone the wall time (`start.replace(tzinfo=owner_zone)`).
    """

    method: str | None
    uid: str | None
    sequence: int
    status: str | None
    summary: str | None
    description: str | None
    start: datetime | None
    end: datetime | None
    timezone: str | None
    location: str | None
    url: str | None
    organizer: Person | None
    attendees: tuple[Attendee, ...]
    floating: bool
    recurrence_id: datetime | None
    all_day: bool = False

    def __post_init__(self) -> None:
        for name in ("start", "end", "recurrence_id"):
            value = getattr(self, name)
            if isinstance(value, datetime) and value.tzinfo is None:
                raise ValueError(f"CalendarInvite.{name} must be tz-aware, got {value!r}")


def read_calendar(text: str) -> tuple[CalendarInvite, ...]:
    """Read every VEVENT of an iCalendar text (one or more VCALENDARs); () when unreadable."""
    try:
        return _read_calendar(text)
    except Exception:  # the contract is "never raises": icalendar raises many kinds on junk
        return ()


def zone_name(tz: tzinfo | None, tzid: str | None = None) -> str | None:
    """Return the IANA name of a zone (mapping Windows names as Outlook writes them), or None."""
    if tz is None:
        return None
    if tz is UTC:
        return "UTC"
    key = getattr(tz, "key", None)
    if isinstance(key, str) and key:
        return key
    for candidate in (tzid, _tzid_of(tz)):
        if not candidate:
            continue
        candidate = candidate.strip().strip('"')
        mapped = WINDOWS_TO_OLSON.get(candidate)
        if mapped:
            return mapped
        if _IANA_RE.match(candidate) and _zone_exists(candidate):
            return candidate
    return None


def find_meeting_url(*texts: str | None) -> str | None:
    """Return the first meeting-service link (Zoom, Meet, Teams, ...) found in the texts."""
    for text in texts:
        if text:
            match = _MEETING_HOST_RE.search(text[:MAX_TEXT_CHARS])
            if match:
                return match.group(0).rstrip(".")
    return None


def _read_calendar(text: str) -> tuple[CalendarInvite, ...]:
    if not text:
        return ()
    upper = text[:MAX_CALENDAR_CHARS].upper()
    if "BEGIN:VCALENDAR" not in upper:
        if "BEGIN:VEVENT" not in upper:
            return ()
        # A bare VEVENT (some exporters write one): read it as a calendar without METHOD.
        text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{text.strip()}\r\nEND:VCALENDAR\r\n"
    text = _drop_known_timezones(text[:MAX_CALENDAR_CHARS], upper)
    calendars = icalendar.Calendar.from_ical(text, multiple=True)
    invites: list[CalendarInvite] = []
    for cal in calendars:
        method = _text(cal.get("METHOD"))
        for component in cal.walk("VEVENT"):
            if len(invites) >= MAX_EVENTS:
                return tuple(invites)
            invite = _read_event(component, method.upper() if method else None)
            if invite is not None:
                invites.append(invite)
    return tuple(invites)


_TZID_PARAM = re.compile(r';TZID=(?:"([^"\r\n]*)"|([^:;\r\n]*))')
_VTIMEZONE = re.compile(r"^BEGIN:VTIMEZONE\r?$.*?^END:VTIMEZONE\r?\n?", re.MULTILINE | re.DOTALL | re.IGNORECASE)


def _drop_known_timezones(text: str, upper: str) -> str:
    """Leave out VTIMEZONE definitions of zones tzdata already knows.

    Building a zone from a VTIMEZONE costs icalendar more than reading all the rest of an
    invitation, and `_when` replaces such a zone by its IANA one anyway. A definition is kept
    when any TZID is neither an IANA name nor a Windows name (RFC 5545 §3.6.5: then the
    VTIMEZONE is the only description of that zone).
    """
    if "BEGIN:VTIMEZONE" not in upper:
        return text
    for quoted, bare in _TZID_PARAM.findall(text):
        tzid = (quoted or bare).strip()
        if tzid not in WINDOWS_TO_OLSON and not (_IANA_RE.match(tzid) and _zone_exists(tzid)):
            return text
    return _VTIMEZONE.sub("", text)


def _read_event(event: Any, method: str | None) -> CalendarInvite | None:
    try:
        start, start_floating, all_day, start_zone = _when(event.get("DTSTART"))
        end, end_floating, _, _ = _when(event.get("DTEND"))
        if end is None and start is not None:
            duration = _duration(event.get("DURATION"))
            if duration is not None:
                end = start + duration
            elif all_day:
                # RFC 5545 §3.6.1: an all-day event without DTEND/DURATION lasts one day.
                end = start + timedelta(days=1)
        recurrence_id, _, _, _ = _when(event.get("RECURRENCE-ID"))
    except Exception:
        start = end = recurrence_id = None
        start_floating = end_floating = all_day = False
        start_zone = None
    summary = _text(event.get("SUMMARY"))
    description = _text(event.get("DESCRIPTION"))
    location = _text(event.get("LOCATION"))
    url = _meeting_url(event, location, description)
    status = _text(event.get("STATUS"))
    return CalendarInvite(
        method=method,
        uid=_text(event.get("UID")),
        sequence=_sequence(event.get("SEQUENCE")),
        status=status.upper() if status else None,
        summary=summary,
        description=description,
        start=start,
        end=end,
        timezone=start_zone,
        location=location,
        url=url,
        organizer=_person(event.get("ORGANIZER")),
        attendees=_attendees(event.get("ATTENDEE")),
        floating=start_floating or (start is None and end_floating),
        recurrence_id=recurrence_id,
        all_day=all_day,
    )


def _when(prop: Any) -> tuple[datetime | None, bool, bool, str | None]:
    """Return (aware datetime, floating?, all-day?, IANA zone) of a DTSTART-like property."""
    if prop is None or isinstance(prop, list):
        prop = prop[0] if isinstance(prop, list) and prop else None
    value = getattr(prop, "dt", None)
    if value is None:
        return None, False, False, None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC), True, False, None
        params = getattr(prop, "params", {}) or {}
        tzid = params.get("TZID") if hasattr(params, "get") else None
        name = zone_name(value.tzinfo, str(tzid) if tzid else None)
        if name and name != "UTC" and getattr(value.tzinfo, "key", None) != name:
            # Prefer the IANA zone to a VTIMEZONE copy of it: same instant, future-proof rules.
            with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
                value = value.astimezone(ZoneInfo(name))
        return value, False, False, name
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), tzinfo=UTC), True, True, None
    return None, False, False, None


def _duration(prop: Any) -> timedelta | None:
    value = getattr(prop, "dt", None)
    return value if isinstance(value, timedelta) else None


def _tzid_of(tz: tzinfo) -> str | None:
    for attr in ("_tzid", "zone", "_filename"):
        value = getattr(tz, attr, None)
        if isinstance(value, str) and value:
            return value
    try:
        return tz.tzname(None)
    except Exception:
        return None


def _zone_exists(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _sequence(prop: Any) -> int:
    # RFC 5545 §3.8.7.4: SEQUENCE is a small non-negative integer; anything else is bogus → 0.
    if prop is None:
        return 0
    try:
        number = int(str(prop).strip())
    except (TypeError, ValueError):
        return 0
    return number if 0 <= number <= MAX_SEQUENCE else 0


def _text(prop: Any) -> str | None:
    if prop is None:
        return None
    if isinstance(prop, list):
        prop = prop[0] if prop else None
        if prop is None:
            return None
    if isinstance(prop, bytes):
        prop = prop.decode("utf-8", "replace")
    try:
        value = str(prop)
    except Exception:
        return None
    value = value.strip()[:MAX_TEXT_CHARS]
    return value or None


def _address(value: str) -> str | None:
    value = value.strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    value = value.strip().strip("<>")
    return value if "@" in value else None


def _person(prop: Any) -> Person | None:
    if prop is None:
        return None
    if isinstance(prop, list):
        prop = prop[0] if prop else None
        if prop is None:
            return None
    params = getattr(prop, "params", {}) or {}
    name = _clean_name(params.get("CN"))
    email = _address(str(prop))
    if name is None and email is None:
        return None
    return Person(name=name, email=email)


def _clean_name(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip().strip('"').strip()
    return text or None


def _attendees(prop: Any) -> tuple[Attendee, ...]:
    if prop is None:
        return ()
    items = prop if isinstance(prop, list) else [prop]
    result: list[Attendee] = []
    for item in items[:MAX_ATTENDEES]:
        params = getattr(item, "params", {}) or {}
        role = params.get("ROLE")
        partstat = params.get("PARTSTAT")
        result.append(
            Attendee(
                name=_clean_name(params.get("CN")),
                email=_address(str(item)),
                role=str(role).upper() if role else None,
                partstat=str(partstat).upper() if partstat else None,
            )
        )
    return tuple(result)


def _meeting_url(event: Any, location: str | None, description: str | None) -> str | None:
    props = [_text(event.get(name)) for name in _MEETING_PROPS]
    known = find_meeting_url(*props, location, description)
    if known:
        return known
    # No known meeting service: an explicit URL property or a link in LOCATION still says where.
    for text in (_text(event.get("URL")), location):
        if text:
            match = _URL_RE.search(text)
            if match:
                return match.group(0).rstrip(".")
    return None
