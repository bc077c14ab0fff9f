"""Mapping between model values and database rows: times as UTC ISO text, people and lists as JSON."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, UTC
from typing import Any

from followup.model import (
    Application,
    FollowUp,
    FollowUpState,
    Interview,
    InterviewTime,
    Original,
    Person,
    TrackState,
)


def message_id_key(message_id: str) -> str:
    """The stored form of a Message-ID the daemon sent: its SHA-256, never the text.

    An approval request's Message-ID carries its token; a digest still recognises the request
    when it shows up in the mailbox, and tells nothing to someone who reads the database.
    """
    return "sha256:" + hashlib.sha256(message_id.strip().encode("utf-8")).hexdigest()


def to_ts(value: datetime | None) -> str | None:
    """Store a time as UTC ISO text; a naive time is refused, as its zone would be a guess."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r} cannot be stored")
    return value.astimezone(UTC).isoformat()


def from_ts(value: str | None) -> datetime | None:
    """Read a stored time back (None stays None)."""
    return datetime.fromisoformat(value) if value else None


def read_people(value: str | None) -> tuple[Person, ...]:
    """Read a JSON list of people."""
    return tuple(Person(name=p.get("name"), email=p.get("email")) for p in json.loads(value or "[]"))


def read_person(value: str | None) -> Person | None:
    """Read one JSON person (None stays None)."""
    return Person.from_json(json.loads(value)) if value else None


def write_person(value: Person | None) -> str | None:
    """Write one person as JSON (None stays None)."""
    return json.dumps(value.to_json()) if value else None


@dataclass(frozen=True)
class FolderRow:
    """What the store knows of one watched folder."""

    name: str
    uidvalidity: int | None
    last_uid: int
    first_sync_at: datetime | None
    last_poll_ok: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    consecutive_errors: int
    seen: int


@dataclass(frozen=True)
class MessageRow:
    """One message seen in a folder, with what became of it."""

    id: int
    folder: str
    uidvalidity: int
    uid: int
    message_id: str | None
    sha256: str
    outcome: str
    error: str | None
    kind: str | None
    event_json: str | None
    processed_at: datetime


@dataclass(frozen=True)
class Transition:
    """One recorded state change of a follow-up."""

    followup_id: int
    from_state: str | None
    to_state: str
    cause: str
    at: datetime


def folder_from_row(r: sqlite3.Row) -> FolderRow:
    """Read a `folders` row."""
    return FolderRow(
        name=r["name"],
        uidvalidity=r["uidvalidity"],
        last_uid=r["last_uid"],
        first_sync_at=from_ts(r["first_sync_at"]),
        last_poll_ok=from_ts(r["last_poll_ok"]),
        last_error=r["last_error"],
        last_error_at=from_ts(r["last_error_at"]),
        consecutive_errors=r["consecutive_errors"],
        seen=r["seen"],
    )


def message_from_row(r: sqlite3.Row) -> MessageRow:
    """Read a `messages` row."""
    return MessageRow(
        id=r["id"],
        folder=r["folder"],
        uidvalidity=r["uidvalidity"],
        uid=r["uid"],
        message_id=r["message_id"],
        sha256=r["sha256"],
        outcome=r["outcome"],
        error=r["error"],
        kind=r["kind"],
        event_json=r["event_json"],
        processed_at=datetime.fromisoformat(r["processed_at"]),
    )


def application_from_row(r: sqlite3.Row) -> Application:
    """Read an `applications` row."""
    return Application(
        id=r["id"],
        company=r["company"],
        role=r["role"],
        received=datetime.fromisoformat(r["received"]),
        contact=read_person(r["contact_json"]),
        thread_ids=tuple(json.loads(r["thread_ids_json"])),
        state=TrackState(r["state"]),
        original=Original.from_json(json.loads(r["original_json"])),
        from_domain=r["from_domain"],
        trusted=bool(r["trusted"]),
    )


def interview_values(iv: Interview) -> tuple[Any, ...]:
    """The `interviews` columns of an interview, in schema order (without id and times)."""
    return (
        iv.company,
        iv.role,
        json.dumps(iv.time.to_json()) if iv.time else None,
        json.dumps([p.to_json() for p in iv.interviewers]),
        write_person(iv.contact),
        json.dumps(list(iv.thread_ids)),
        iv.calendar_uid,
        iv.calendar_sequence,
        iv.state.value,
        iv.application_id,
        json.dumps(iv.original.to_json()),
        iv.from_domain,
        int(iv.trusted),
    )


def interview_from_row(r: sqlite3.Row, questions: tuple[str, ...]) -> Interview:
    """Read an `interviews` row, with its questions (kept in their own table)."""
    time_data = json.loads(r["time_json"]) if r["time_json"] else None
    return Interview(
        id=r["id"],
        company=r["company"],
        role=r["role"],
        time=InterviewTime.from_json(time_data),
        interviewers=read_people(r["interviewers_json"]),
        contact=read_person(r["contact_json"]),
        thread_ids=tuple(json.loads(r["thread_ids_json"])),
        calendar_uid=r["calendar_uid"],
        calendar_sequence=r["calendar_sequence"],
        state=TrackState(r["state"]),
        application_id=r["application_id"],
        original=Original.from_json(json.loads(r["original_json"])),
        from_domain=r["from_domain"],
        trusted=bool(r["trusted"]),
        questions=questions,
    )


def followup_values(fu: FollowUp) -> tuple[Any, ...]:
    """The `followups` columns of a new follow-up, in insert order (without times)."""
    return (
        fu.interview_id,
        fu.application_id,
        fu.rule,
        fu.recipient.name,
        fu.recipient.email,
        json.dumps([p.to_json() for p in fu.cc]),
        to_ts(fu.send_at),
        fu.state.value,
        fu.message_id,
        fu.template,
        fu.subject,
        fu.body,
        int(fu.edited),
        fu.max_lateness_s,
        fu.fallback,
        json.dumps(fu.answers.to_json()) if fu.answers is not None else None,
    )


def followup_from_row(r: sqlite3.Row) -> FollowUp:
    """Read a `followups` row."""
    return FollowUp(
        id=r["id"],
        rule=r["rule"],
        recipient=Person(name=r["recipient_name"], email=r["recipient_email"]),
        send_at=datetime.fromisoformat(r["send_at"]),
        state=FollowUpState(r["state"]),
        message_id=r["message_id"],
        template=r["template"],
        interview_id=r["interview_id"],
        application_id=r["application_id"],
        subject=r["subject"],
        body=r["body"],
        edited=bool(r["edited"]),
        created_at=from_ts(r["created_at"]),
        last_error=r["last_error"],
        max_lateness_s=r["max_lateness_s"],
        attempts=r["attempts"],
        next_attempt=from_ts(r["next_attempt_at"]),
        cc=read_people(r["cc_json"]),
        fallback=r["fallback"],
        answers=Original.from_json(json.loads(r["answers_json"])) if r["answers_json"] else None,
    )


def transition_from_row(r: sqlite3.Row) -> Transition:
    """Read a `transitions` row."""
    return Transition(r["followup_id"], r["from_state"], r["to_state"], r["cause"], datetime.fromisoformat(r["at"]))
