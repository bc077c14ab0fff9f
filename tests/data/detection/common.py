"""The Case record, the calendar writer and the owner shared by every cases_*.py module.

All people and companies are fictional unless a case says otherwise; company mail domains are
under .example or example.com/.org/.net. Hosted-ATS hosts (greenhouse.io, lever.co,
myworkdayjobs.com, ...) keep their real names because detection must learn to look past them.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

OWNER = "alex.morgan@mail.example"
OWNER_NAME = "Alex Morgan"
OWNER_ZONE = "America/New_York"
WATCHED = "followup@inbox.example"


@dataclass
class Case:
    """One original message, the shape it arrives in, and its label."""

    name: str
    kind: str
    frm: str
    subject: str
    date: str
    body: str | None = None
    html: str | None = None
    to: str | None = None
    cc: str | None = None
    reply_to: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    ics: str | None = None
    ics_attachment: bool = True
    shape: str = "direct"
    note: str = ""
    msgid_host: str = "mail.example"
    # The label: what a careful human reading the mail would record.
    company: str | None = None
    role: str | None = None
    contact: str | None = None
    interviewers: tuple[str, ...] = ()
    at: tuple[str, str] | None = None  # (local "YYYY-MM-DD HH:MM", IANA zone) of the interview start
    booking_requested: bool = False
    source: str = "own"
    split: str | None = None  # pinned to one split at its first assignment (else stratified by split.py)


CASES: list[Case] = []


def D(text: str) -> str:
    """Dedent a body written indented inside a call."""
    return textwrap.dedent(text).strip("\n") + "\n"


def case(**kw: object) -> None:
    interviewers = kw.pop("interviewers", ())
    kw["interviewers"] = tuple(interviewers)  # type: ignore[arg-type]
    for key in ("body",):
        if isinstance(kw.get(key), str):
            kw[key] = D(str(kw[key]))
    CASES.append(Case(**kw))  # type: ignore[arg-type]


GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
APPLE = "-//Apple Inc.//macOS 14.5//EN"
ZOOM = "-//zoom.us//iCalendar Event//EN"

VTZ = {
    "Eastern Standard Time": ("-0400", "-0500", "2SU", "3", "1SU", "11"),
    "Pacific Standard Time": ("-0700", "-0800", "2SU", "3", "1SU", "11"),
    "Central Standard Time": ("-0500", "-0600", "2SU", "3", "1SU", "11"),
    "W. Europe Standard Time": ("+0200", "+0100", "-1SU", "3", "-1SU", "10"),
    "GMT Standard Time": ("+0100", "+0000", "-1SU", "3", "-1SU", "10"),
}


def _vtimezone(tzid: str) -> list[str]:
    daylight, standard, dday, dmonth, sday, smonth = VTZ[tzid]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{daylight}", f"TZOFFSETTO:{standard}",
        f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={sday};BYMONTH={smonth}", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{standard}", f"TZOFFSETTO:{daylight}",
        f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={dday};BYMONTH={dmonth}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]  # fmt: skip


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def ics(
    method: str,
    uid: str,
    start: str,
    end: str,
    *,
    summary: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str]] | list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    tzid: str | None = None,
    utc: bool = False,
    seq: int = 0,
    location: str | None = None,
    description: str | None = None,
    status: str | None = None,
    prodid: str = GOOGLE,
    extra: list[str] | None = None,
) -> str:
    """Write an iCalendar object the way the named client does (RFC 5545, folded at 75 octets)."""

    def when(prop: str, value: str) -> str:
        if tzid:
            return f"{prop};TZID={tzid}:{value}"
        return f"{prop}:{value}{'Z' if utc else ''}"

    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid in VTZ:
        lines += _vtimezone(tzid)
    lines += ["BEGIN:VEVENT", when("DTSTART", start), when("DTEND", end), "DTSTAMP:20261125T120000Z"]
    lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines.append(f"UID:{uid}")
    for attendee in attendees:
        name, email = attendee[0], attendee[1]
        partstat = attendee[2] if len(attendee) > 2 else "NEEDS-ACTION"  # type: ignore[misc]
        lines.append(
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"
        )
    if description:
        lines.append("DESCRIPTION:" + _escape(description))
    if location:
        lines.append("LOCATION:" + _escape(location))
    lines.append(f"SEQUENCE:{seq}")
    lines.append(f"STATUS:{status or ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}")
    lines.append(f"SUMMARY:{_escape(summary)}")
    lines += extra or []
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded: list[str] = []
    for line in lines:
        data, first = line, True
        while len(data.encode("utf-8")) > (74 if first else 73):
            cut = 74 if first else 73
            while len(data[:cut].encode("utf-8")) > (74 if first else 73):
                cut -= 1
            folded.append(("" if first else " ") + data[:cut])
            data, first = data[cut:], False
        folded.append(("" if first else " ") + data)
    return "\r\n".join(folded) + "\r\n"


ME = (OWNER_NAME, OWNER)
