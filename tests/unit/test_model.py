"""model's enums: a member reads as its value wherever it is written (str, f-string, %, JSON, SQLite)."""

from __future__ import annotations

import enum
import json
import sqlite3

import pytest

from followup.model import EventKind, FollowUpState, TrackState
from followup.track import ChangeKind

MEMBERS = [m for cls in (EventKind, FollowUpState, TrackState, ChangeKind) for m in cls]


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_a_member_is_written_as_its_value_everywhere(member: enum.StrEnum) -> None:
    value = member.value
    assert isinstance(value, str) and value == member.name
    # A (str, Enum) printed 'EventKind.rejection' in str(), f-strings and %-logging; nothing relied
    # on that, and the value is what every log line, notice and JSON field means.
    assert str(member) == f"{member}" == "%s" % member == format(member) == value  # noqa: UP031
    assert json.dumps({"kind": member}) == json.dumps({"kind": value})
    assert type(member)(value) is member and member == value
    with sqlite3.connect(":memory:") as db:
        assert db.execute("SELECT ?", (member,)).fetchone() == (value,)
