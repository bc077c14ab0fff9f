"""Timing: windows, business days, and DST-correct send times."""

from __future__ import annotations

from datetime import datetime, time, UTC
from zoneinfo import ZoneInfo

import pytest

from followup.spec import Duration
from followup.timing import (
    Window,
    add_business_days,
    localize,
    next_in_window,
    parse_hours,
    send_time,
)

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
SYDNEY = ZoneInfo("Australia/Sydney")
OFFICE = Window.parse(["mon", "tue", "wed", "thu", "fri"], "09:00-17:30")


def at(zone: ZoneInfo, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=zone)  # type: ignore[arg-type, misc]


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (at(NY, 2026, 3, 2, 10), 5, at(NY, 2026, 3, 9, 10)),  # Monday + 5 = next Monday
        (at(NY, 2026, 3, 6, 16), 1, at(NY, 2026, 3, 9, 16)),  # Friday + 1 = Monday
        (at(NY, 2026, 3, 7, 11), 1, at(NY, 2026, 3, 9, 11)),  # Saturday + 1 = Monday
        (at(NY, 2026, 3, 4, 15), 0, at(NY, 2026, 3, 4, 15)),
        # across the spring change (Sunday 8 March 2026): same wall time, new offset
        (at(NY, 2026, 3, 6, 15), 2, at(NY, 2026, 3, 10, 15)),
        (at(LONDON, 2026, 10, 23, 9, 30), 1, at(LONDON, 2026, 10, 26, 9, 30)),
    ],
)
def test_add_business_days_keeps_the_wall_time(start: datetime, days: int, expected: datetime) -> None:
    result = add_business_days(start, days, start.tzinfo)  # type: ignore[arg-type]
    assert result == expected
    assert result.utcoffset() == expected.utcoffset()


def test_add_business_days_counts_in_the_given_zone() -> None:
    # Friday 23:30 in New York is already Saturday in London: one business day is Monday there.
    friday_night_ny = at(NY, 2026, 3, 13, 23, 30)
    assert add_business_days(friday_night_ny, 1, LONDON) == at(LONDON, 2026, 3, 16, 3, 30)
    assert add_business_days(friday_night_ny, 1, NY) == at(NY, 2026, 3, 16, 23, 30)


def test_localize_moves_a_gap_time_to_the_end_of_the_gap_and_keeps_the_first_repeat() -> None:
    assert localize(datetime(2026, 3, 8, 2, 30), NY).isoformat() == "2026-03-08T03:00:00-04:00"
    assert localize(datetime(2026, 11, 1, 1, 30), NY).isoformat() == "2026-11-01T01:30:00-04:00"
    assert localize(datetime(2026, 10, 4, 2, 15), SYDNEY).isoformat() == "2026-10-04T03:00:00+11:00"


@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (at(NY, 2026, 3, 4, 10), at(NY, 2026, 3, 4, 10)),  # inside: unchanged
        (at(NY, 2026, 3, 4, 7), at(NY, 2026, 3, 4, 9)),  # before opening
        (at(NY, 2026, 3, 4, 17, 30), at(NY, 2026, 3, 5, 9)),  # the end is exclusive
        (at(NY, 2026, 3, 6, 19), at(NY, 2026, 3, 9, 9)),  # Friday evening → Monday
        # the morning after the spring change opens at 09:00 EDT, not 09:00 EST
        (at(NY, 2026, 3, 7, 12), at(NY, 2026, 3, 9, 9)),
        # the morning after the autumn change opens at 09:00 GMT
        (at(LONDON, 2026, 10, 24, 12), at(LONDON, 2026, 10, 26, 9)),
        (datetime(2026, 3, 4, 23, 0, tzinfo=UTC), at(NY, 2026, 3, 5, 9)),  # 18:00 in NY
    ],
)
def test_next_in_window(t: datetime, expected: datetime) -> None:
    zone = "Europe/London" if t.tzinfo is LONDON else "America/New_York"
    result = next_in_window(t, OFFICE, zone)
    assert result == expected and result.utcoffset() == expected.utcoffset()
    assert OFFICE.contains(result, zone)


def test_a_window_with_its_own_zone_ignores_the_owner_zone() -> None:
    tokyo = Window.parse(["mon"], "10:00-11:00", "Asia/Tokyo")
    result = next_in_window(at(NY, 2026, 3, 4, 12), tokyo, "America/New_York")
    assert result.isoformat() == "2026-03-09T10:00:00+09:00"


@pytest.mark.parametrize(
    ("anchor", "delay", "window", "now", "expected"),
    [
        # 2h after a 15:45 end, inside business hours
        (at(NY, 2026, 3, 4, 15, 45), "2h", OFFICE, at(NY, 2026, 3, 4, 10), at(NY, 2026, 3, 5, 9)),
        # hours are absolute across the spring change: 23:00 EST + 4h = 04:00 EDT
        (at(NY, 2026, 3, 7, 23), "4h", None, at(NY, 2026, 3, 1), at(NY, 2026, 3, 8, 4)),
        # days are wall-clock across the spring change: 15:00 + 1d = 15:00 (23 real hours)
        (at(NY, 2026, 3, 7, 15), "1d", None, at(NY, 2026, 3, 1), at(NY, 2026, 3, 8, 15)),
        # and across the autumn change in Sydney (5 April 2026)
        (at(SYDNEY, 2026, 4, 4, 10), "3d", None, at(SYDNEY, 2026, 4, 1), at(SYDNEY, 2026, 4, 7, 10)),
        # 5 business days from a Thursday end, then the window
        (at(NY, 2026, 3, 5, 16), "5 business days", OFFICE, at(NY, 2026, 3, 5), at(NY, 2026, 3, 12, 16)),
        # never before now: an old anchor is sent at the next window opening after now
        (at(NY, 2026, 3, 2, 10), "2h", OFFICE, at(NY, 2026, 3, 4, 20), at(NY, 2026, 3, 5, 9)),
    ],
)
def test_send_time(anchor: datetime, delay: str, window: Window | None, now: datetime, expected: datetime) -> None:
    zone = str(anchor.tzinfo)
    result = send_time(anchor, Duration.parse(delay), window, now, zone)
    assert result == expected and result.utcoffset() == expected.utcoffset()
    assert result >= now


def test_an_hour_delay_into_the_repeated_hour_is_not_cut_short() -> None:
    # 01:01 EDT + 59 min is 01:00 EST, an hour that repeats. Compared on the wall clock, 01:00
    # looks earlier than "now" (01:01), and the note went out at once instead of 59 minutes later.
    anchor = datetime(2025, 11, 2, 5, 1, tzinfo=UTC)
    result = send_time(anchor, Duration.parse("59m"), None, anchor, "America/New_York")
    assert result.astimezone(UTC) == datetime(2025, 11, 2, 6, 0, tzinfo=UTC)


def test_send_time_is_expressed_in_the_owner_zone() -> None:
    anchor = datetime(2026, 3, 4, 20, 0, tzinfo=UTC)
    result = send_time(anchor, Duration.parse("30m"), None, anchor, "Europe/London")
    assert result.tzinfo == LONDON and result.isoformat() == "2026-03-04T20:30:00+00:00"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("9-17", "hours must look like '09:00-17:30'"),
        ("25:00-26:00", "between 00:00 and 23:59"),
        ("18:00-09:00", "must open before it closes"),
    ],
)
def test_parse_hours_rejects_bad_input(text: str, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        parse_hours(text)


def test_parse_hours_and_window_values() -> None:
    assert parse_hours("9:05-17:30") == (time(9, 5), time(17, 30))
    assert Window.parse(["Mon", "friday"], "09:00-10:00").days == frozenset({0, 4})
    with pytest.raises(ValueError, match="unknown weekday 'funday'"):
        Window.parse(["funday"], "09:00-10:00")
    with pytest.raises(ValueError, match="at least one weekday"):
        Window.parse([], "09:00-10:00")


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="tz-aware"):
        send_time(datetime(2026, 3, 4), Duration(60), None, at(NY, 2026, 3, 4), "America/New_York")
    with pytest.raises(ValueError, match="owner_zone"):
        next_in_window(at(NY, 2026, 3, 4), OFFICE)
