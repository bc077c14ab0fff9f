"""The owner the detection unit tests write to, and the one way they run detection on a mail."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from followup.detect import detect_event
from followup.model import Message, Person

OWNER = "alex.morgan@mail.example"
OWNER_ZONE = "America/New_York"
ME = Person("Alex Morgan", OWNER)
SENT = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5)))  # a Tuesday


def event_of(message: Message, **options: Any) -> dict[str, Any]:
    """The Event JSON detection makes of `message` for the owner."""
    return detect_event(message, owner_email=OWNER, owner_zone=OWNER_ZONE, **options).to_json()
