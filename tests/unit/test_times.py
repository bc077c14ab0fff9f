"""Date and time phrases: finding them in text and resolving them to instants (followup.detect.times)."""

from __future__ import annotations

from datetime import datetime, timedelta, UTC
from zoneinfo import ZoneInfo

import pytest

from followup.detect.times import ZONE_ABBREVIATIONS, find_dates_only, find_times, zone_for_abbreviation

NY = ZoneInfo("America/New_York")
# Tuesday 1 December 2026, 10:00 in New York: the "message date" relative phrases resolve against.
REF = datetime(2026, 12, 1, 10, 0, tzinfo=NY)


def _first(
    text: str, *, dayfirst: bool = False, zone: ZoneInfo = NY, ref: datetime = REF
) -> tuple[datetime, datetime | None, str]:
    mentions = find_times(
        text,
        reference=ref,
        default_zone=zone,
        default_zone_name=zone.key,
        default_zone_note="owner zone",
        dayfirst=dayfirst,
    )
    assert mentions, f"no time found in {text!r}"
    return mentions[0].start, mentions[0].end, mentions[0].zone_note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday, December 8, 2026 at 3:00 PM EST", "2026-12-08T15:00:00-05:00"),
        ("Tuesday, December 8 at 3", "2026-12-08T15:00:00-05:00"),
        ("Dec 8th, 2:30pm PT", "2026-12-08T14:30:00-08:00"),
        ("on December 8 at 15h00", "2026-12-08T15:00:00-05:00"),
        ("mardi 8 décembre à 15h", "2026-12-08T15:00:00-05:00"),
        ("le 8 décembre 2026 à 15h30 (heure de Paris)", "2026-12-08T15:30:00+01:00"),
        ("Dienstag, 8. Dezember um 15:00 Uhr", "2026-12-08T15:00:00-05:00"),
        ("am 08.12.2026 um 15 Uhr MEZ", "2026-12-08T15:00:00+01:00"),
        ("martes 8 de diciembre a las 15:00", "2026-12-08T15:00:00-05:00"),
        ("el 8 de diciembre de 2026 a las 15:00 hora de Madrid", "2026-12-08T15:00:00+01:00"),
        ("2026-12-08 15:00 CET", "2026-12-08T15:00:00+01:00"),
        ("8 Dec 2026, 11:30 GMT", "2026-12-08T11:30:00+00:00"),
        ("Wednesday 9 December 2026, 11:00 AM IST", "2026-12-09T11:00:00+05:30"),
        ("Thursday, 10 December 2026 at 10:00 AM AEDT", "2026-12-10T10:00:00+11:00"),
        ("December 15 at 10:00 JST", "2026-12-15T10:00:00+09:00"),
        ("Monday, December 7, 2026 at 4:00 PM SGT", "2026-12-07T16:00:00+08:00"),
        ("Friday, December 4, 2026 at 11:00 AM MT", "2026-12-04T11:00:00-07:00"),
        ("Thursday, Dec 10 from 1 to 2pm CT", "2026-12-10T13:00:00-06:00"),
        ("12/09/2026 at 10:30 AM Central Standard Time", "2026-12-09T10:30:00-06:00"),
        ("Tuesday, December 8 at noon PT", "2026-12-08T12:00:00-08:00"),
    ],
)
def test_supported_formats_resolve_to_the_written_instant(text: str, expected: str) -> None:
    start, _, _ = _first(text)
    assert start == datetime.fromisoformat(expected)


def test_a_range_shares_its_am_pm_and_zone() -> None:
    start, end, note = _first("Date: December 8\nTime: 3:00 – 3:45 PM ET")
    assert start == datetime(2026, 12, 8, 15, 0, tzinfo=NY)
    assert end == datetime(2026, 12, 8, 15, 45, tzinfo=NY)
    assert note == "zone ET=America/New_York (policy)"


def test_a_range_crossing_noon_starts_in_the_morning() -> None:
    start, end, _ = _first("Monday 7th December, 11:30-12:15 PM GMT")
    assert (start.hour, start.minute, end and end.hour) == (11, 30, 12)


def test_outlook_when_line_with_offset_and_zone_name_uses_the_named_zone() -> None:
    start, end, note = _first("When: Tuesday, December 8, 2026 3:00 PM-3:45 PM (UTC-05:00) Eastern Time (US & Canada).")
    assert start == datetime(2026, 12, 8, 15, 0, tzinfo=NY)
    assert end == datetime(2026, 12, 8, 15, 45, tzinfo=NY)
    assert "America/New_York" in note


def test_a_bare_utc_offset_is_kept_as_a_fixed_offset() -> None:
    start, _, note = _first("December 8, 2026 at 15:00 UTC+2")
    assert start.utcoffset() == timedelta(hours=2)
    assert "offset in text" in note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tomorrow at 10", datetime(2026, 12, 2, 10, 0, tzinfo=NY)),
        ("demain à 10h30", datetime(2026, 12, 2, 10, 30, tzinfo=NY)),
        ("morgen um 10 Uhr", datetime(2026, 12, 2, 10, 0, tzinfo=NY)),
        ("mañana a las 10 de la mañana", datetime(2026, 12, 2, 10, 0, tzinfo=NY)),
        ("this Thursday at 2pm", datetime(2026, 12, 3, 14, 0, tzinfo=NY)),
        ("next Monday at 2pm", datetime(2026, 12, 7, 14, 0, tzinfo=NY)),
        ("on Friday at 11am", datetime(2026, 12, 4, 11, 0, tzinfo=NY)),
        ("next Tuesday at 9:30am", datetime(2026, 12, 8, 9, 30, tzinfo=NY)),
        ("jeudi prochain à 14h", datetime(2026, 12, 3, 14, 0, tzinfo=NY)),
    ],
)
def test_relative_phrases_resolve_against_the_message_date(text: str, expected: datetime) -> None:
    start, _, _ = _first(text)
    assert start == expected


def test_relative_day_follows_the_written_zone_not_the_default() -> None:
    # 23:30 in New York on 1 December is already 2 December in Tokyo: "tomorrow 10:00 JST" is the 3rd there.
    late = datetime(2026, 12, 1, 23, 30, tzinfo=NY)
    start, _, _ = _first("tomorrow at 10:00 JST", ref=late)
    assert start == datetime(2026, 12, 3, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


@pytest.mark.parametrize(
    ("text", "dayfirst", "expected_day"),
    [
        ("on 09/12/2026 at 11:00", True, (12, 9)),
        ("on 09/12/2026 at 11:00", False, (9, 12)),
        ("on 25/12/2026 at 11:00", False, (12, 25)),  # 25 cannot be a month: unambiguous
        ("am 08.12.2026 um 15:00", False, (12, 8)),  # dotted dates are day first everywhere
    ],
)
def test_numeric_dates_follow_the_day_order_hint(text: str, dayfirst: bool, expected_day: tuple[int, int]) -> None:
    start, _, _ = _first(text, dayfirst=dayfirst)
    assert (start.month, start.day) == expected_day


def test_a_year_is_inferred_forward_when_the_date_would_be_long_past() -> None:
    start, _, _ = _first("January 5 at 3pm ET", ref=datetime(2026, 12, 20, 9, 0, tzinfo=NY))
    assert start.date().isoformat() == "2027-01-05"


def test_a_written_weekday_picks_the_matching_year() -> None:
    start, _, _ = _first("Tuesday, January 5 at 3pm ET", ref=datetime(2026, 6, 1, 9, 0, tzinfo=NY))
    assert start.date().isoformat() == "2027-01-05"  # 5 January 2027 is a Tuesday; 2026's is a Monday


def test_time_without_zone_takes_the_default_zone_and_says_so() -> None:
    paris = ZoneInfo("Europe/Paris")
    start, _, note = _first("Tuesday, December 8 at 15:00", zone=paris)
    assert start == datetime(2026, 12, 8, 15, 0, tzinfo=paris)
    assert note == "owner zone"


@pytest.mark.parametrize(
    "text",
    [
        "Version 3.45 is out",
        "Call me at 555-0142",
        "We raised $3.5M in 2026",
        "Room 12/8 is on floor 3",
        "Guten Morgen Alex",
        "",
        "\x00\udcff" * 50,
        "at 99:99 on December 45",
    ],
)
def test_things_that_are_not_dates_give_nothing_and_never_raise(text: str) -> None:
    assert find_times(text, reference=REF, default_zone=NY, default_zone_name=None, default_zone_note="x") == []


def test_dates_without_times_are_found_for_the_application_date_check() -> None:
    found = find_dates_only("You applied on November 20, 2026.", reference=REF.date())
    assert [d.isoformat() for d, _ in found] == ["2026-11-20"]


def test_zone_policy_maps_every_abbreviation_to_a_known_zone() -> None:
    for abbreviation, name in ZONE_ABBREVIATIONS.items():
        assert ZoneInfo(name) is not None, abbreviation
    assert zone_for_abbreviation("est") == "America/New_York"
    assert zone_for_abbreviation("PT") == "America/Los_Angeles"
    assert zone_for_abbreviation("CEST") == "Europe/Paris"
    assert zone_for_abbreviation("IST") == "Asia/Kolkata"
    assert zone_for_abbreviation("BST") == "Europe/London"
    assert zone_for_abbreviation("XYZ") is None


def test_est_written_in_summer_means_new_york_wall_time() -> None:
    start, _, _ = _first("July 8, 2026 at 3:00 PM EST", ref=datetime(2026, 7, 1, tzinfo=UTC))
    assert start.utcoffset() == timedelta(hours=-4)  # policy: the region's clock (EDT), not a fixed -05:00


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday, December 3 at 9:30 AM Singapore time", "2026-12-03T09:30:00+08:00"),
        ("Thursday, December 3 at 16:00 Sydney local time", "2026-12-03T16:00:00+11:00"),
        ("Thursday, December 3 at 1pm Dublin time", "2026-12-03T13:00:00+00:00"),
        ("Thursday, December 3 at 10:00 Los Angeles time", "2026-12-03T10:00:00-08:00"),
        ("jueves 3 de diciembre a las 10:00 (hora de Buenos Aires)", "2026-12-03T10:00:00-03:00"),
        ("jeudi 3 décembre à 10h (heure de Zürich)", "2026-12-03T10:00:00+01:00"),
    ],
)
def test_a_city_named_after_a_time_gives_that_city_s_zone(text: str, expected: str) -> None:
    # Any city with its own IANA zone, not a list of cities: the tz database is the list.
    start, _, note = _first(text)
    assert start == datetime.fromisoformat(expected), note


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday, December 3 at 10:00 hrs IST", "2026-12-03T10:00:00+05:30"),
        ("jueves 3 de diciembre a las 10:00 h (hora de Madrid)", "2026-12-03T10:00:00+01:00"),
        ("Thursday, December 3 at 10:00 India Standard Time", "2026-12-03T10:00:00+05:30"),
        ("Thursday, December 3 at 10:00 SAST", "2026-12-03T10:00:00+02:00"),
    ],
)
def test_a_zone_after_an_hours_unit_or_written_in_full(text: str, expected: str) -> None:
    start, _, note = _first(text)
    assert start == datetime.fromisoformat(expected), note


def test_a_word_before_time_that_is_no_city_leaves_the_default_zone() -> None:
    _, _, note = _first("Thursday, December 3 at 10:00 Interview time")
    assert note == "owner zone"


def test_outlook_offset_with_cities_follows_the_cities_summer_time() -> None:
    # Outlook writes a zone's standard offset and its cities; in December Sydney is on UTC+11.
    start, _, note = _first("Tuesday, December 15, 2026 10:00 AM-11:00 AM (UTC+10:00) Canberra, Melbourne, Sydney")
    assert start == datetime.fromisoformat("2026-12-15T10:00:00+11:00"), note


def test_a_number_after_a_month_that_is_an_hour_is_not_the_day() -> None:
    start, _, note = _first("Tue 15 Dec 10:00 GMT+5:30")
    assert start == datetime.fromisoformat("2026-12-15T10:00:00+05:30"), note
