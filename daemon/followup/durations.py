"""Durations as the config and the rules write them: `90s`, `30m`, `2h`, `3d`, `1w`, `5 business days`.

Kept apart from `spec` (which needs pydantic) so that a start-up with a known-good config reads
its durations without loading pydantic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic_core import CoreSchema

_UNITS = {
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "d": 86400, "day": 86400, "days": 86400,
    "w": 604800, "week": 604800, "weeks": 604800,
}  # fmt: skip
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]+(?:\s+[a-z]+)?)\s*$", re.IGNORECASE)
_BUSINESS = {"business day", "business days", "bd", "workday", "workdays", "working day", "working days"}


@dataclass(frozen=True, order=True)
class Duration:
    """A span of time: plain seconds, or a count of business days (which need a calendar)."""

    seconds: float = 0.0
    business_days: int = 0

    @classmethod
    def parse(cls, text: object) -> Duration:
        """Parse `90s`, `30m`, `2h`, `3d`, `1w` or `5 business days`; raise ValueError otherwise."""
        if isinstance(text, Duration):
            return text
        if isinstance(text, bool) or not isinstance(text, (str, int, float)):
            raise ValueError(f"expected a duration such as '30m', '2h' or '5 business days', got {text!r}")
        if isinstance(text, (int, float)):
            if text == 0:
                return cls(0.0)
            raise ValueError(f"a duration needs a unit: write '{text}s', '{text}m', '{text}h' or '{text}d'")
        match = _DURATION.match(text)
        if not match:
            raise ValueError(f"expected a duration such as '30m', '2h' or '5 business days', got {text!r}")
        amount, unit = float(match.group(1)), " ".join(match.group(2).lower().split())
        if unit in _BUSINESS:
            if amount != int(amount):
                raise ValueError(f"business days must be a whole number, got {text!r}")
            return cls(business_days=int(amount))
        if unit not in _UNITS:
            raise ValueError(
                f"unknown unit '{unit}' in {text!r}; use s, m, h, d, w or 'business days'"
            )
        return cls(seconds=amount * _UNITS[unit])

    @property
    def timedelta(self) -> timedelta:
        """The span as a timedelta; business days count as calendar days here."""
        return timedelta(seconds=self.seconds, days=self.business_days)

    def __str__(self) -> str:
        if self.business_days:
            return f"{self.business_days} business day{'s' if self.business_days != 1 else ''}"
        for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
            if self.seconds and self.seconds % size == 0:
                return f"{int(self.seconds // size)}{unit}"
        return f"{self.seconds:g}s"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> CoreSchema:
        # Only pydantic calls this, so it is loaded already; a light start-up never gets here.
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(
            cls.parse, serialization=core_schema.to_string_ser_schema()
        )
