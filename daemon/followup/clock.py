"""The only reader of wall time. Core code receives `now` as a value instead."""

from __future__ import annotations

from datetime import datetime, UTC
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current instant, always tz-aware."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock frozen at one instant (`run --once --now`, tests); `advance` moves it."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a tz-aware datetime")
        self._at = at

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        self._at = at
