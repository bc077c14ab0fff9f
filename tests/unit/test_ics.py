"""ics.read_calendar on real client output (tests/data/corpus/calendar) and edge cases."""

from __future__ import annotations

from datetime import datetime, timedelta, UTC
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.ics import find_meeting_url, read_calendar, zone_name
from followup.model import Person
from followup.parse import parse_message

CAL = Path(__file__).resolve().parent.parent / "data" / "corpus" / "calendar"


def read(name: str):
    return read_calendar((CAL / name).read_text(encoding="utf-8", errors="replace"))


def ics(*lines: str, method: str | None = "REQUEST") -> str:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    if method:
        head.append(f"METHOD:{method}")
    return "\r\n".join([*head, "BEGIN:VEVENT", *lines, "END:VEVENT", "END:VCALENDAR", ""])


@pytest.mark.parametrize("junk", ["", "hello", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "\x00\xff" * 50,
                                  "BEGIN:VCALENDAR\nEND:VCALENDAR", "BEGIN:VEVENT\nDTSTART:nope\nEND:VEVENT"])
def test_bad_calendars_give_nothing_or_safe_values_without_raising(junk: str) -> None:
    result = read_calendar(junk)
    assert isinstance(result, tuple)
    for invite in result:
        assert invite.start is None or invite.start.tzinfo is not None


def test_google_request_reads_method_uid_time_and_people() -> None:
    (invite,) = read("nylas_google_cancelled1.ics")
    assert invite.method == "REQUEST"
    assert invite.sequence == 0
    assert invite.start == datetime(2015, 4, 1, 14, 0, tzinfo=UTC)
    assert invite.end - invite.start == timedelta(hours=1)
    assert invite.organizer == Person(name="Inbox Apptest", email="inboxapptest.french@gmail.com")
    assert len(invite.attendees) == 2
    assert all(a.email and "@" in a.email for a in invite.attendees)


def test_google_cancel_has_method_status_and_higher_sequence_for_same_uid() -> None:
    (first,) = read("nylas_google_cancelled1.ics")
    (cancel,) = read("nylas_google_cancelled2.ics")
    assert cancel.method == "CANCEL"
    assert cancel.status == "CANCELLED"
    assert cancel.uid == first.uid
    assert cancel.sequence == 1


def test_bogus_sequence_number_reads_as_zero() -> None:
    (invite,) = read("nylas_bogus_sequence_number.ics")
    assert invite.sequence == 0


@pytest.mark.parametrize("value", ["abc", "-3", "99999999999999", "1.5"])
def test_unusable_sequence_values_read_as_zero(value: str) -> None:
    (invite,) = read_calendar(ics("UID:x", f"SEQUENCE:{value}", "DTSTART:20260105T100000Z"))
    assert invite.sequence == 0


def test_self_sent_update_pair_has_rising_sequence() -> None:
    (v1,) = read("nylas_self_sent_v1.ics")
    (v2,) = read("nylas_self_sent_v2.ics")
    assert (v1.uid, v1.sequence) == (v2.uid, 0)
    assert v2.sequence == 1


def test_reply_is_reported_as_reply() -> None:
    (invite,) = read("nylas_google_reply_invalid_rsvp.ics")
    assert invite.method == "REPLY"


@pytest.mark.parametrize(
    ("name", "zone", "local"),
    [
        ("icalendar_exchange2010_request.ics", "America/Los_Angeles", datetime(2017, 2, 24, 12, 0)),
        ("icalendar_exchange2010_publish_tzid.ics", "America/New_York", datetime(2024, 10, 28, 17, 0)),
        ("nylas_exchange2010_windows_event.ics", "Europe/Paris", datetime(2015, 2, 20, 9, 30)),
        ("nylas_gcal_recur.ics", "America/Los_Angeles", datetime(2015, 1, 12, 13, 30)),
        ("nylas_iphone_through_exchange.ics", "Europe/Paris", datetime(2014, 12, 27, 16, 0)),
        ("icalendar_google_x_location.ics", "Europe/Zurich", datetime(2016, 10, 28, 14, 0)),
    ],
)
def test_zoned_starts_keep_the_wall_time_and_name_the_iana_zone(name: str, zone: str, local: datetime) -> None:
    invite = read(name)[0]
    assert invite.timezone == zone
    assert invite.floating is False
    assert invite.start == local.replace(tzinfo=ZoneInfo(zone))
    assert invite.start.replace(tzinfo=None) == local


def test_vtimezone_without_iana_name_still_gives_the_right_instant() -> None:
    invite = read("icalendar_non_ascii_tzid.ics")[0]
    assert invite.start is not None
    assert invite.start.utcoffset() == timedelta(hours=-3)
    assert invite.timezone is None


@pytest.mark.parametrize(
    ("tzid", "zone"),
    [("Eastern Standard Time", "America/New_York"), ("W. Europe Standard Time", "Europe/Berlin"),
     ("Pacific Standard Time", "America/Los_Angeles"), ("GMT Standard Time", "Europe/London")],
)
def test_windows_zone_names_without_vtimezone_map_to_iana(tzid: str, zone: str) -> None:
    (invite,) = read_calendar(ics("UID:w", f"DTSTART;TZID={tzid}:20260105T100000", "DURATION:PT45M"))
    assert invite.timezone == zone
    assert invite.start == datetime(2026, 1, 5, 10, 0, tzinfo=ZoneInfo(zone))
    assert invite.end == invite.start + timedelta(minutes=45)


def test_floating_time_gets_utc_placeholder_and_floating_flag() -> None:
    (invite,) = read_calendar(ics("UID:f", "DTSTART:20260105T100000", "DTEND:20260105T110000"))
    assert invite.floating is True
    assert invite.start == datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
    assert invite.timezone is None


def test_all_day_event_is_floating_all_day_and_lasts_a_day() -> None:
    (invite,) = read("icalendar_blackberry_request.ics")
    assert invite.all_day and invite.floating
    assert invite.start == datetime(2012, 8, 14, tzinfo=UTC)
    assert invite.end == datetime(2012, 8, 15, tzinfo=UTC)


def test_bare_vevent_is_read_with_umlaut_organizer() -> None:
    (invite,) = read("icalendar_bare_vevent_umlaut_organizer.ics")
    assert invite.method is None
    assert invite.organizer is not None and invite.organizer.name == "acme, ädmin"
    assert invite.location == "im büro"


def test_itip_suite_reads_every_event_of_the_concatenated_calendars() -> None:
    invites = read("libical_itip_sequence_suite.ics")
    methods = {i.method for i in invites}
    assert {"REQUEST", "REPLY", "CANCEL", "PUBLISH", "COUNTER"} <= methods
    assert len(invites) >= 14


def test_recurrence_id_is_read_as_aware_datetime() -> None:
    (invite,) = read_calendar(ics("UID:r", "DTSTART:20260105T100000Z", "RECURRENCE-ID:20260105T100000Z"))
    assert invite.recurrence_id == datetime(2026, 1, 5, 10, 0, tzinfo=UTC)


def test_meeting_url_is_found_in_properties_location_or_description() -> None:
    (google,) = read_calendar(ics("UID:g", "DTSTART:20260105T100000Z",
                                  "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij",
                                  "DESCRIPTION:See https://www.google.com/calendar/event?x=1"))
    assert google.url == "https://meet.google.com/abc-defg-hij"
    (zoom,) = read_calendar(ics("UID:z", "DTSTART:20260105T100000Z",
                                "DESCRIPTION:Join: https://acme.zoom.us/j/123456?pwd=x\\nThanks"))
    assert zoom.url == "https://acme.zoom.us/j/123456?pwd=x"
    (room,) = read_calendar(ics("UID:l", "DTSTART:20260105T100000Z", "LOCATION:Room 4"))
    assert room.url is None and room.location == "Room 4"


def test_teams_invite_mail_calendar_has_teams_url_and_fle_zone() -> None:
    message = parse_message((CAL / "thunderbird_teams_meeting_invite.eml").read_bytes(), "teams")
    (invite,) = read_calendar(message.calendars[0])
    assert invite.method == "REQUEST"
    assert invite.url is not None and "teams.microsoft.com" in invite.url
    assert invite.timezone == "Europe/Kiev" or invite.timezone == "Europe/Kyiv"


def test_google_meet_invite_mail_calendar_has_meet_url() -> None:
    message = parse_message((CAL / "thunderbird_google_meet_invite.eml").read_bytes(), "meet")
    invites = [i for text in message.calendars for i in read_calendar(text)]
    assert invites and all(i.url and "meet.google.com" in i.url for i in invites)


def test_zone_name_helpers() -> None:
    assert zone_name(None) is None
    assert zone_name(UTC) == "UTC"
    assert zone_name(ZoneInfo("Europe/Paris")) == "Europe/Paris"
    assert find_meeting_url(None, "call https://zoom.us/j/9.") == "https://zoom.us/j/9"
