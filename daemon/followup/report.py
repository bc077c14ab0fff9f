"""Views for the owner: the JSON shape of follow-ups, history, stats, and exports.

Pure functions over values the store returns; the CLI prints what they build. The follow-up
JSON object (`followup_json`) is the shape DESIGN §3 fixes for `pending` and `followups`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo, UTC
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.model import Application, FollowUp, Interview, Person


def count(n: int, singular: str, plural: str | None = None) -> str:
    """"1 application", "2 applications": a number with its noun agreeing."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def title(company: str | None, role: str | None) -> str:
    """What to call an interview or application: "Acme - Engineer", "Acme", or "unknown company"."""
    return " - ".join(x for x in (company, role) if x) or "unknown company"


def followup_json(fu: FollowUp, *, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON object of one follow-up: id, state, rule, to, subject, send_at, interview_id, body."""
    data: dict[str, Any] = {
        "id": fu.id,
        "state": fu.state.value,
        "rule": fu.rule,
        "to": [fu.recipient.email] if fu.recipient.email else [],
        "recipient_name": fu.recipient.name,
        "subject": fu.subject,
        "send_at": fu.send_at.isoformat(),
        "interview_id": fu.interview_id,
        "application_id": fu.application_id,
        "body": fu.body,
        "message_id": fu.message_id,
        "edited": fu.edited,
        "last_error": fu.last_error,
        "fallback": fu.fallback,
    }
    if extra:
        data.update(extra)
    return data


def interview_json(iv: Interview) -> dict[str, Any]:
    """The JSON object of one tracked interview."""
    return {
        "id": iv.id,
        "company": iv.company,
        "role": iv.role,
        "state": iv.state.value,
        "interview": iv.time.to_json() if iv.time else None,
        "interviewers": [p.to_json() for p in iv.interviewers],
        "contact": iv.contact.to_json() if iv.contact else None,
        "calendar_uid": iv.calendar_uid,
        "calendar_sequence": iv.calendar_sequence,
        "application_id": iv.application_id,
        "thread_ids": list(iv.thread_ids),
        "questions": list(iv.questions),
        "original": iv.original.to_json(),
    }


def application_json(app: Application) -> dict[str, Any]:
    """The JSON object of one tracked application."""
    return {
        "id": app.id,
        "company": app.company,
        "role": app.role,
        "state": app.state.value,
        "received": app.received.isoformat(),
        "contact": app.contact.to_json() if app.contact else None,
        "thread_ids": list(app.thread_ids),
        "original": app.original.to_json(),
    }


class SentFollowUp(NamedTuple):
    """What `history` shows of a sent follow-up: read straight from the store, for many at once."""

    id: int | None
    rule: str
    recipient: Person
    subject: str | None
    interview_id: int | None
    application_id: int | None


@dataclass(frozen=True)
class SentNote:
    """A follow-up that went out, and the first human reply after it (if any)."""

    followup: FollowUp | SentFollowUp
    sent_at: datetime
    company: str | None
    replied_at: datetime | None


def history_json(notes: Sequence[SentNote]) -> list[dict[str, Any]]:
    """What was sent, when, to whom, and whether anyone replied."""
    return [
        history_item(
            n.followup.id, n.followup.rule, n.followup.recipient.email, n.followup.recipient.name, n.company,
            n.followup.subject, n.sent_at.isoformat(), n.replied_at.isoformat() if n.replied_at else None,
            n.followup.interview_id, n.followup.application_id,
        )
        for n in notes
    ]


def history_item(
    followup_id: int | None,
    rule: str,
    to: str | None,
    recipient_name: str | None,
    company: str | None,
    subject: str | None,
    sent_at: str,
    replied_at: str | None,
    interview_id: int | None,
    application_id: int | None,
) -> dict[str, Any]:
    """One sent note as `history --json` lists it; times in ISO 8601. Plain values, so that
    years of notes are listed straight from the store."""
    return {
        "id": followup_id,
        "rule": rule,
        "to": [to],
        "recipient_name": recipient_name,
        "company": company,
        "subject": subject,
        "sent_at": sent_at,
        "replied": replied_at is not None,
        "replied_at": replied_at,
        "interview_id": interview_id,
        "application_id": application_id,
    }


def correction_json(row: dict[str, Any]) -> dict[str, Any]:
    """One correction by the owner, as `history --json` lists it after the sent notes."""
    return {
        "type": "correction",
        "at": row["at"],
        "interview_id": row["interview_id"],
        "application_id": row["application_id"],
        "note": row["note"],
    }


def _median(spans: list[timedelta]) -> timedelta:
    import statistics  # only `stats` needs it; report is loaded on every pass

    return timedelta(seconds=statistics.median(s.total_seconds() for s in spans))


def _month(value: datetime) -> str:
    return value.strftime("%Y-%m")


def _hours(delta: timedelta) -> float:
    return round(delta.total_seconds() / 3600, 1)


def stats_json(
    applications: Iterable[Application], interviews: Iterable[Interview], notes: Sequence[SentNote]
) -> dict[str, Any]:
    """Totals and per-month figures: applications, interviews, sent, reply rate, median time to reply."""
    apps, ivs = list(applications), list(interviews)
    app_months: dict[str, int] = {}
    for app in apps:
        app_months[_month(app.received)] = app_months.get(_month(app.received), 0) + 1
    iv_months: dict[str, int] = {}
    for iv in ivs:
        if iv.time is not None:
            iv_months[_month(iv.time.start)] = iv_months.get(_month(iv.time.start), 0) + 1
    sends = [(n.sent_at, n.replied_at) for n in notes]
    return stats_from_counts(app_months, iv_months, sends, totals=(len(apps), len(ivs)))


def stats_from_counts(
    application_months: Mapping[str, int],
    interview_months: Mapping[str, int],
    sends: Sequence[tuple[datetime, datetime | None]],
    *,
    totals: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """`stats_json` from counts grouped by month ('YYYY-MM') and (sent at, first reply) pairs.

    `totals` is (applications, interviews) when some are not counted in any month.
    """
    sent_months: dict[str, tuple[int, list[timedelta]]] = {}
    for sent_at, replied_at in sends:
        count, delays = sent_months.get(_month(sent_at), (0, []))
        if replied_at is not None:
            delays.append(replied_at - sent_at)
        sent_months[_month(sent_at)] = (count + 1, delays)
    return stats_from_groups(application_months, interview_months, sent_months, totals=totals)


def stats_from_groups(
    application_months: Mapping[str, int],
    interview_months: Mapping[str, int],
    sent_months: Mapping[str, tuple[int, list[timedelta]]],
    *,
    totals: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """`stats_json` from counts grouped by month ('YYYY-MM'); `sent_months` holds, per month sent,
    how many follow-ups went out and the time to the first reply of each that got one.

    `totals` is (applications, interviews) when some are not counted in any month.
    """

    def figures(sent: int, delays: list[timedelta]) -> dict[str, Any]:
        return {
            "followups_sent": sent,
            "replies": len(delays),
            "reply_rate": round(len(delays) / sent, 3) if sent else None,
            "median_hours_to_reply": _hours(_median(delays)) if delays else None,
        }

    per_month = []
    for month in sorted({*application_months, *interview_months, *sent_months}):
        sent, delays = sent_months.get(month, (0, []))
        per_month.append(
            {
                "month": month,
                "applications": application_months.get(month, 0),
                "interviews": interview_months.get(month, 0),
            }
            | figures(sent, delays)
        )
    all_delays = [d for _, delays in sent_months.values() for d in delays]
    apps, ivs = totals or (sum(application_months.values()), sum(interview_months.values()))
    sent_total = sum(n for n, _ in sent_months.values())
    totals_row = {"applications": apps, "interviews": ivs} | figures(sent_total, all_delays)
    return {"totals": totals_row, "months": per_month}


def export_json(applications: Sequence[Application], interviews: Sequence[Interview]) -> str:
    """Interviews and applications as one JSON document."""
    return json.dumps(
        {
            "applications": [application_json(a) for a in applications],
            "interviews": [interview_json(i) for i in interviews],
        },
        ensure_ascii=False,
        indent=2,
    )


CSV_COLUMNS = (
    "type", "id", "company", "role", "state", "date", "end", "timezone", "location",
    "meeting_url", "contact", "interviewers",
)  # fmt: skip


def export_csv(applications: Sequence[Application], interviews: Sequence[Interview]) -> str:
    """One row per application and interview, for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for a in applications:
        contact = a.contact.email if a.contact else ""
        writer.writerow(["application", a.id, a.company or "", a.role or "", a.state.value,
                         a.received.isoformat(), "", "", "", "", contact or "", ""])  # fmt: skip
    for i in interviews:
        t = i.time
        writer.writerow(
            [
                "interview", i.id, i.company or "", i.role or "", i.state.value,
                t.start.isoformat() if t else "", t.end.isoformat() if t and t.end else "",
                t.timezone or "" if t else "", t.location or "" if t else "",
                t.meeting_url or "" if t else "", (i.contact.email or "") if i.contact else "",
                "; ".join(p.email or p.name or "" for p in i.interviewers),
            ]
        )
    return out.getvalue()


def export_ics(interviews: Sequence[Interview], now: datetime, domain: str = "followup.invalid") -> bytes:
    """The interviews as an iCalendar file any calendar imports (RFC 5545)."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", "-//followup//interviews//EN")
    cal.add("version", "2.0")
    for iv in interviews:
        if iv.time is None:
            continue
        event = icalendar.Event()
        event.add("uid", f"interview-{iv.id}@{domain}")
        event.add("dtstamp", now.astimezone(UTC))
        zone = _ics_zone(iv.time.timezone)
        event.add("dtstart", iv.time.start.astimezone(zone))
        event.add("dtend", (iv.time.end or iv.time.start + timedelta(hours=1)).astimezone(zone))
        title = " - ".join(x for x in (iv.company, iv.role) if x) or "Interview"
        event.add("summary", f"Interview: {title}")
        if iv.time.location:
            event.add("location", iv.time.location)
        if iv.time.meeting_url:
            event.add("url", iv.time.meeting_url)
        people = ", ".join(p.name or p.email or "" for p in iv.interviewers)
        event.add("description", f"State: {iv.state.value}" + (f"\nInterviewers: {people}" if people else ""))
        if iv.state.value == "cancelled":
            event.add("status", "CANCELLED")
        cal.add_component(event)
    # RFC 5545 §3.2.19: every TZID a property names needs its VTIMEZONE in the file, or a
    # calendar guesses (and a fixed offset such as "UTC-05:00" is no zone it knows).
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data


def _ics_zone(name: str | None) -> tzinfo:
    """The interview's IANA zone when it names a known one, else UTC (written with a Z)."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return UTC
