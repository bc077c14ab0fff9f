"""Pure time arithmetic for follow-ups: windows, business days and zone-aware send times.

Owns: the `Window` value (which weekdays, which wall-clock hours, which zone), business-day
addition, the next instant inside a window and `send_time`, the one function the planner asks
"when should this note go out?". All zone handling is `zoneinfo` (tzdata); all inputs and
outputs are tz-aware datetimes.

Must not: read the clock (callers pass `now`), do I/O, or know about rules and follow-ups.

DST policy (documented once, used everywhere here):
- Day-sized delays (`3d`, `1w`, `5 business days`) are *wall-clock* arithmetic in the owner's
  zone: "3 days after 15:00" is 15:00 three days later whatever the offset did in between,
  because that is what a person means by "in three days".
- Hour, minute and second delays (`2h`, `90m`, `36h`) are *absolute*: "2 hours after the end"
  is 7200 seconds later, even across a change, because that is what a person means by "in two
  hours".
- A wall time that does not exist (the spring-forward gap) becomes the first instant after the
  gap; an ambiguous one (the autumn repeat) is its first occurrence (PEP 495 fold=0).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, UTC
from zoneinfo import ZoneInfo

from followup.durations import Duration

DAY_NAMES: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
BUSINESS_DAYS: frozenset[int] = frozenset(range(5))  # Monday..Friday, as date.weekday() numbers
_DAY = 86400
_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_LONGEST_GAP_MINUTES = 180  # no zone in tzdata skips more than this in one transition
_SEARCH_DAYS = 15


def _zone(name: str | ZoneInfo) -> ZoneInfo:
    return name if isinstance(name, ZoneInfo) else ZoneInfo(name)


def _require_aware(value: datetime, what: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be tz-aware, got {value!r}")


def localize(naive: datetime, zone: str | ZoneInfo) -> datetime:
    """Attach `zone` to a wall-clock time; a time in a DST gap moves to the end of the gap."""
    tz = _zone(zone)
    plain = naive.replace(tzinfo=None)
    for minute in range(_LONGEST_GAP_MINUTES + 1):
        wall = plain + timedelta(minutes=minute)
        if minute:
            # Inside a gap: step to whole minutes past it (gaps start and end on minutes).
            wall = wall.replace(second=0, microsecond=0)
        aware = wall.replace(tzinfo=tz, fold=0)
        # A wall time exists when a round trip through UTC gives it back unchanged.
        if aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == wall:
            return aware
    raise ValueError(f"cannot place wall time {plain.isoformat()} in {tz.key}")


@dataclass(frozen=True)
class Window:
    """When notes may go out: some weekdays, from `start` to `end` wall time, in a zone.

    `timezone` is an IANA name, or "owner" for the owner's zone given at use. A window lies
    inside one day (`start` < `end`); `end` is exclusive.
    """

    days: frozenset[int]
    start: time
    end: time
    timezone: str = "owner"

    def __post_init__(self) -> None:
        if not self.days or not self.days <= frozenset(range(7)):
            raise ValueError("a window needs at least one weekday (mon..sun)")
        if not self.start < self.end:
            raise ValueError(f"a window must open before it closes, got {self.start:%H:%M}-{self.end:%H:%M}")

    @classmethod
    def parse(cls, days: Iterable[str], hours: str, timezone: str = "owner") -> Window:
        """Build a window from day names (`mon`..`sun`) and `"HH:MM-HH:MM"`; raise ValueError."""
        numbers = set()
        for day in days:
            key = day.strip().lower()[:3]
            if key not in DAY_NAMES:
                raise ValueError(f"unknown weekday '{day}'; use one of: {', '.join(DAY_NAMES)}")
            numbers.add(DAY_NAMES.index(key))
        start, end = parse_hours(hours)
        return cls(frozenset(numbers), start, end, timezone)

    def zone(self, owner_zone: str | None) -> ZoneInfo:
        """The zone this window is read in, resolving "owner" to `owner_zone`."""
        if self.timezone == "owner":
            if owner_zone is None:
                raise ValueError("this window uses the owner's time zone; pass owner_zone")
            return ZoneInfo(owner_zone)
        return ZoneInfo(self.timezone)

    def contains(self, t: datetime, owner_zone: str | None = None) -> bool:
        """True when `t` falls inside the window (weekday and wall time, in the window's zone)."""
        _require_aware(t, "t")
        local = t.astimezone(self.zone(owner_zone))
        return local.weekday() in self.days and self.start <= local.time() < self.end

    def __str__(self) -> str:
        days = ",".join(DAY_NAMES[d] for d in sorted(self.days))
        return f"{days} {self.start:%H:%M}-{self.end:%H:%M} ({self.timezone})"


def parse_hours(text: str) -> tuple[time, time]:
    """Parse `"09:00-17:30"` into (start, end); raise ValueError naming the fix."""
    match = _HOURS.match(text) if isinstance(text, str) else None
    if not match:
        raise ValueError(f"hours must look like '09:00-17:30', got {text!r}")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise ValueError(f"hours must be times of day between 00:00 and 23:59, got {text!r}")
    start, end = time(h1, m1), time(h2, m2)
    if not start < end:
        raise ValueError(f"the window must open before it closes, got {text!r}")
    return start, end


def add_days(t: datetime, days: int, zone: str | ZoneInfo) -> datetime:
    """Add calendar days on the wall clock of `zone` (same local time of day, DST-correct)."""
    _require_aware(t, "t")
    tz = _zone(zone)
    local = t.astimezone(tz)
    return localize(local.replace(tzinfo=None) + timedelta(days=days), tz)


def add_business_days(
    t: datetime, days: int, zone: str | ZoneInfo, business: frozenset[int] = BUSINESS_DAYS
) -> datetime:
    """Add `days` business days (Mon-Fri by default) on the wall clock of `zone`.

    Each following day that is a business day counts one; the local time of day is kept. From a
    Saturday, one business day is the Monday. Zero days returns `t` in `zone` unchanged.
    """
    _require_aware(t, "t")
    if days < 0:
        raise ValueError(f"business days must not be negative, got {days}")
    if not business:
        raise ValueError("business days need at least one weekday")
    tz = _zone(zone)
    local = t.astimezone(tz)
    current: date = local.date()
    left = days
    while left:
        current += timedelta(days=1)
        if current.weekday() in business:
            left -= 1
    return localize(datetime.combine(current, local.time().replace(tzinfo=None)), tz)


def add_delay(anchor: datetime, delay: Duration, zone: str | ZoneInfo) -> datetime:
    """Add a rule delay: business and whole days on the wall clock, the rest as absolute time."""
    _require_aware(anchor, "anchor")
    tz = _zone(zone)
    t = anchor.astimezone(tz)
    if delay.business_days:
        t = add_business_days(t, delay.business_days, tz)
    seconds = delay.seconds
    whole_days = int(seconds // _DAY) if seconds and seconds % _DAY == 0 else 0
    if whole_days:
        return add_days(t, whole_days, tz)
    if seconds:
        # Absolute: aware + timedelta is wall-clock arithmetic in Python, so go through UTC.
        return (t.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(tz)
    return t


def next_in_window(t: datetime, window: Window, owner_zone: str | None = None) -> datetime:
    """Return the first instant at or after `t` inside `window`, in the window's zone."""
    _require_aware(t, "t")
    tz = window.zone(owner_zone)
    local = t.astimezone(tz)
    for offset in range(_SEARCH_DAYS):
        day = local.date() + timedelta(days=offset)
        if day.weekday() not in window.days:
            continue
        opens = localize(datetime.combine(day, window.start), tz)
        closes = localize(datetime.combine(day, window.end), tz)
        candidate = max(local, opens)
        if candidate < closes:
            return candidate
    raise ValueError(f"window {window} never opens after {t.isoformat()}")


def send_time(
    anchor: datetime,
    delay: Duration,
    window: Window | None,
    now: datetime,
    zone: str,
) -> datetime:
    """Return when a note anchored at `anchor` goes out: anchor + delay, never before `now`,
    then moved to the next opening of `window`; the result is expressed in the owner's `zone`.

    `delay` uses the module's DST policy: business days and whole days on the owner's wall
    clock, hours/minutes/seconds as absolute time. Business days are counted in `zone`.
    """
    _require_aware(now, "now")
    tz = ZoneInfo(zone)
    # Compared as instants: two times in one zone compare by wall clock, and in the repeated hour
    # of a fall-back night a later instant can read earlier (PEP 495).
    t = max(add_delay(anchor, delay, tz), now, key=lambda when: when.astimezone(UTC)).astimezone(tz)
    if window is not None:
        t = next_in_window(t, window, zone)
    return t.astimezone(tz)


def day_start(now: datetime, zone: str) -> datetime:
    """Midnight of `now`'s calendar day in `zone` (max_per_day counts sends from there)."""
    local = now.astimezone(ZoneInfo(zone))
    return local.replace(hour=0, minute=0, second=0, microsecond=0)
