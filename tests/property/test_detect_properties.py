"""Properties of date resolution and detection (Hypothesis).

- A date and time written in any supported format (English, French, German, Spanish, numeric,
  ISO, 12- and 24-hour, with a zone abbreviation or name) resolves to the same instant.
- Detection is deterministic: the same message gives the same Event.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, UTC
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.detect import detect_event
from followup.model import Message, Person
from followup.detect.times import find_times

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]

ZONES = {"ET": "America/New_York", "PT": "America/Los_Angeles", "CET": "Europe/Paris", "IST": "Asia/Kolkata", "UTC": "UTC"}


def _h12(hour: int, minute: int, compact: bool) -> str:
    h = hour % 12 or 12
    suffix = "pm" if hour >= 12 else "am"
    if compact and minute == 0:
        return f"{h}{suffix}"
    return f"{h}:{minute:02d} {suffix.upper()}"


def _formats(d: date, hour: int, minute: int, abbr: str) -> list[str]:
    """The same instant written every supported way (each with the zone abbreviation)."""
    wd, m = d.weekday(), d.month - 1
    return [
        f"{EN_DAYS[wd]}, {EN_MONTHS[m]} {d.day}, {d.year} at {_h12(hour, minute, False)} {abbr}",
        f"{EN_MONTHS[m][:3]} {d.day}, {d.year}, {_h12(hour, minute, True)} {abbr}",
        f"{d.day} {EN_MONTHS[m]} {d.year} at {hour:02d}:{minute:02d} {abbr}",
        f"{FR_DAYS[wd]} {d.day} {FR_MONTHS[m]} {d.year} à {hour}h{minute:02d} {abbr}",
        f"{DE_DAYS[wd]}, {d.day}. {DE_MONTHS[m]} {d.year} um {hour:02d}:{minute:02d} Uhr {abbr}",
        f"{ES_DAYS[wd]} {d.day} de {ES_MONTHS[m]} de {d.year} a las {hour:02d}:{minute:02d} {abbr}",
        f"{d.isoformat()} {hour:02d}:{minute:02d} {abbr}",
        f"am {d.day:02d}.{d.month:02d}.{d.year} um {hour:02d}:{minute:02d} {abbr}",
        f"on {d.month}/{d.day}/{d.year} at {_h12(hour, minute, False)} {abbr}" if d.day > 12 else f"{EN_MONTHS[m]} {d.day}, {d.year} {hour:02d}:{minute:02d} {abbr}",
    ]


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)),
    hour=st.integers(min_value=8, max_value=19),
    minute=st.sampled_from([0, 15, 30, 45]),
    abbr=st.sampled_from(sorted(ZONES)),
)
def test_a_date_in_any_supported_format_resolves_to_the_same_instant(day: date, hour: int, minute: int, abbr: str) -> None:
    expected = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(ZONES[abbr]))
    reference = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(days=5)
    for text in _formats(day, hour, minute, abbr):
        found = find_times(
            f"Your interview: {text}.", reference=reference, default_zone=UTC, default_zone_name="UTC",
            default_zone_note="owner zone",
        )  # fmt: skip
        assert found, text
        assert found[0].start == expected, text


@settings(max_examples=40, deadline=None)
@given(
    body=st.text(max_size=400),
    subject=st.text(max_size=60),
    phrase=st.sampled_from(["", "Your interview is confirmed for Tuesday, December 8 at 3pm ET.", "Thank you for applying!",
                            "Unfortunately we will not be moving forward with your application.", "Please share your availability."]),
)  # fmt: skip
def test_detection_is_deterministic_and_never_raises(body: str, subject: str, phrase: str) -> None:
    message = Message(
        sender=Person("Sam Lee", "sam.lee@acme.example"),
        date=datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
        subject=subject,
        message_id="<p@acme.example>",
        text=f"{body}\n{phrase}\n{body[::-1]}",
    )
    first = detect_event(message, owner_email="alex@mail.example")
    second = detect_event(message, owner_email="alex@mail.example")
    assert first == second
    assert first.to_json()["kind"] in {
        "interview_scheduled", "interview_rescheduled", "interview_cancelled", "application_received", "rejection", "offer", "none",
    }  # fmt: skip
