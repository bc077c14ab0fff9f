"""The small validated types of spec.py."""

from __future__ import annotations

import pytest

from followup.spec import Duration


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90s", Duration(90)),
        ("30m", Duration(1800)),
        ("2h", Duration(7200)),
        ("3d", Duration(3 * 86400)),
        ("1w", Duration(7 * 86400)),
        ("5 business days", Duration(business_days=5)),
        ("1 business day", Duration(business_days=1)),
        ("2 hours", Duration(7200)),
        (" 45 min ", Duration(2700)),
        ("1.5h", Duration(5400)),
        (0, Duration(0)),
    ],
)
def test_duration_parses_valid_text(text: str, expected: Duration) -> None:
    assert Duration.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("often", "expected a duration"),
        ("5 fortnights", "unknown unit"),
        ("2.5 business days", "whole number"),
        (3, "needs a unit"),
        (True, "expected a duration"),
        ("", "expected a duration"),
        (None, "expected a duration"),
    ],
)
def test_duration_rejects_invalid_text(text: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Duration.parse(text)


@pytest.mark.parametrize("text", ["90s", "30m", "2h", "3d", "5 business days", "1 business day"])
def test_duration_str_round_trips(text: str) -> None:
    duration = Duration.parse(text)
    assert Duration.parse(str(duration)) == duration
