"""Stats, history and exports built from tracked values."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, UTC

import icalendar

from followup import report
from followup.model import Application, FollowUp, FollowUpState, Interview, InterviewTime, Person, TrackState

T0 = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def _followup(i: int, sent: datetime) -> FollowUp:
    return FollowUp(
        id=i, rule="check in", recipient=Person("Sam", f"sam{i}@acme.example"), send_at=sent,
        state=FollowUpState.sent, message_id=f"<f{i}@x>", template="check_in.txt", interview_id=1,
    )  # fmt: skip


def _note(i: int, sent: datetime, replied: datetime | None) -> report.SentNote:
    return report.SentNote(_followup(i, sent), sent, "Acme", replied)


def _interview(start: datetime, state: TrackState = TrackState.scheduled) -> Interview:
    return Interview(
        id=1, company="Acme", role="Engineer", state=state,
        time=InterviewTime(start=start, end=start + timedelta(minutes=45), timezone="America/New_York",
                           meeting_url="https://zoom.us/j/1"),
        interviewers=(Person("Jane Doe", "jane@acme.example"),), contact=Person("Sam", "sam@acme.example"),
    )  # fmt: skip


def test_stats_count_reply_rate_and_median_per_month() -> None:
    apps = [Application(id=1, company="Acme", role="Eng", received=T0)]
    notes = [
        _note(1, T0, T0 + timedelta(hours=2)),
        _note(2, T0 + timedelta(days=1), None),
        _note(3, T0 + timedelta(days=12), T0 + timedelta(days=12, hours=6)),
    ]
    data = report.stats_json(apps, [_interview(T0 + timedelta(days=3))], notes)
    assert data["totals"] == {
        "applications": 1, "interviews": 1, "followups_sent": 3, "replies": 2,
        "reply_rate": 0.667, "median_hours_to_reply": 4.0,
    }  # fmt: skip
    months = {m["month"]: m for m in data["months"]}
    assert months["2026-11"]["followups_sent"] == 2 and months["2026-11"]["reply_rate"] == 0.5
    assert months["2026-12"]["median_hours_to_reply"] == 6.0


def test_stats_with_nothing_sent_have_no_rate_instead_of_zero() -> None:
    data = report.stats_json([], [], [])
    assert data["totals"]["reply_rate"] is None and data["totals"]["median_hours_to_reply"] is None


def test_history_says_whether_anyone_replied() -> None:
    rows = report.history_json([_note(1, T0, None), _note(2, T0, T0 + timedelta(hours=1))])
    assert [r["replied"] for r in rows] == [False, True]
    assert rows[0]["to"] == ["sam1@acme.example"]


def test_followup_json_has_the_design_keys() -> None:
    data = report.followup_json(_followup(1, T0))
    for key in ("id", "state", "rule", "to", "subject", "send_at", "interview_id", "body"):
        assert key in data
    assert data["send_at"] == T0.isoformat()


def test_exports_hold_every_interview_and_application() -> None:
    apps = [Application(id=1, company="Acme", role="Eng", received=T0)]
    ivs = [_interview(T0 + timedelta(days=3)), _interview(T0 + timedelta(days=5), TrackState.cancelled)]
    as_json = json.loads(report.export_json(apps, ivs))
    assert len(as_json["applications"]) == 1 and len(as_json["interviews"]) == 2
    rows = list(csv.DictReader(io.StringIO(report.export_csv(apps, ivs))))
    assert [r["type"] for r in rows] == ["application", "interview", "interview"]
    assert rows[1]["interviewers"] == "jane@acme.example"
    cal = icalendar.Calendar.from_ical(report.export_ics(ivs, T0))
    events = list(cal.walk("VEVENT"))
    assert len(events) == 2
    assert events[0].decoded("dtstart") == T0 + timedelta(days=3)
    assert str(events[1].get("status")) == "CANCELLED"


def test_ics_names_a_real_zone_with_its_vtimezone_and_falls_back_to_utc() -> None:
    # A Pacific interview as the store gives it back: a fixed UTC offset, and the zone by name.
    start = datetime.fromisoformat("2026-12-08T10:00:00-08:00")
    pacific = Interview(id=1, company="Acme", role=None, time=InterviewTime(start, timezone="America/Los_Angeles"))
    unnamed = Interview(id=2, company="Initech", role=None, time=InterviewTime(start, timezone="UTC-08:00"))
    data = report.export_ics([pacific, unnamed], T0)
    text = data.decode()
    assert "DTSTART;TZID=America/Los_Angeles:20261208T100000" in text
    assert "BEGIN:VTIMEZONE" in text and "TZID:America/Los_Angeles" in text
    assert "DTSTART:20261208T180000Z" in text and "UTC-08:00" not in text
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [start, start]


def test_counts_agree_in_number_and_titles_leave_out_what_is_unknown() -> None:
    assert [report.count(n, "application") for n in (0, 1, 2)] == ["0 applications", "1 application", "2 applications"]
    assert report.count(1, "reply", "replies") == "1 reply" and report.count(3, "reply", "replies") == "3 replies"
    assert report.title("Acme", None) == "Acme" and report.title(None, "Engineer") == "Engineer"
    assert report.title("Acme", "Engineer") == "Acme - Engineer" and report.title(None, None) == "unknown company"
