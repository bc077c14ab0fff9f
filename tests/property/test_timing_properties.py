"""Properties of send times: never before now, inside the window, DST-correct in three zones."""

from __future__ import annotations

from datetime import datetime, time, timedelta, UTC
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.spec import Duration
from followup.timing import Window, next_in_window, send_time
from tests.property import strategies
from tests.property.strategies import delays

ZONES = ["America/New_York", "Europe/London", "Australia/Sydney"]

instants = strategies.instants(datetime(2025, 1, 1), datetime(2027, 12, 31))


@st.composite
def windows(draw: st.DrawFn) -> Window:
    days = draw(st.frozensets(st.integers(0, 6), min_size=1))
    start = draw(st.integers(0, 22 * 60))
    end = draw(st.integers(start + 15, 23 * 60 + 59))
    zone = draw(st.sampled_from(["owner", *ZONES]))
    return Window(days, time(start // 60, start % 60), time(end // 60, end % 60), zone)


@settings(max_examples=300, deadline=None)
@given(zone=st.sampled_from(ZONES), anchor=instants, delay=delays, window=st.none() | windows(),
       offset=st.integers(-20 * 86400, 20 * 86400))
def test_send_time_is_never_before_now_and_inside_its_window(
    zone: str, anchor: datetime, delay: Duration, window: Window | None, offset: int
) -> None:
    now = anchor + timedelta(seconds=offset)
    result = send_time(anchor, delay, window, now, zone)
    assert result >= now
    assert result.tzinfo == ZoneInfo(zone)
    if window is not None:
        assert window.contains(result, zone)
        # Compared as UTC instants: Python never calls an ambiguous local time (the repeated hour
        # of a fall-back night) equal to a time in another zone (PEP 495).
        assert next_in_window(result, window, zone).astimezone(UTC) == result.astimezone(UTC)


@settings(max_examples=300, deadline=None)
# Whole days (1440-minute multiples, however written) keep the wall time instead: see the next test.
@given(zone=st.sampled_from(ZONES), anchor=instants, minutes=st.integers(1, 72 * 60).filter(lambda m: m % 1440 != 0))
def test_hour_delays_are_absolute_across_dst(zone: str, anchor: datetime, minutes: int) -> None:
    result = send_time(anchor, Duration(seconds=minutes * 60.0), None, anchor, zone)
    assert result.astimezone(UTC) - anchor == timedelta(minutes=minutes)


@settings(max_examples=300, deadline=None)
@given(zone=st.sampled_from(ZONES), anchor=instants, days=st.integers(1, 20), business=st.booleans())
def test_day_delays_keep_the_wall_time_across_dst(zone: str, anchor: datetime, days: int, business: bool) -> None:
    delay = Duration(business_days=days) if business else Duration(seconds=days * 86400.0)
    result = send_time(anchor, delay, None, anchor, zone)
    before, after = anchor.astimezone(ZoneInfo(zone)), result
    if after.time() != before.time():
        # Only a wall time that does not exist that day may move: forward, by the gap.
        assert after.time() > before.time()
        shifted = after.replace(hour=before.hour, minute=before.minute, second=before.second,
                                microsecond=before.microsecond)
        assert shifted.astimezone(UTC).astimezone(ZoneInfo(zone)).time() != before.time()
    if business:
        assert after.weekday() < 5
        assert (after.date() - before.date()).days >= days
    else:
        assert (after.date() - before.date()).days == days
