"""Duration parsing round-trips for any amount and unit."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from followup.spec import Duration

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(sorted(UNITS)))
def test_any_whole_amount_and_unit_parses_to_seconds(amount: int, unit: str) -> None:
    assert Duration.parse(f"{amount}{unit}").seconds == amount * UNITS[unit]


@given(st.integers(min_value=1, max_value=10**4), st.sampled_from(sorted(UNITS)))
def test_str_of_a_duration_parses_back_to_it(amount: int, unit: str) -> None:
    duration = Duration.parse(f"{amount}{unit}")
    assert Duration.parse(str(duration)) == duration


@given(st.integers(min_value=0, max_value=400))
def test_business_days_parse(days: int) -> None:
    assert Duration.parse(f"{days} business days").business_days == days


@given(st.text(max_size=30))
def test_parse_raises_only_value_error(text: str) -> None:
    with contextlib.suppress(ValueError):
        Duration.parse(text)
