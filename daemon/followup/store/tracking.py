"""Tracked applications and interviews, with the questions the owner noted for an interview."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from followup.errors import StoreError
from followup.model import Application, Interview
from followup.store.database import Database, company_word
from followup.store.rows import (
    application_from_row,
    interview_from_row,
    interview_values,
    to_ts,
    write_person,
)


class TrackingStore(Database):
    """Applications and interviews: one row each, updated as new mail about them arrives."""

    def add_application(self, app: Application, at: datetime) -> int:
        """Insert a new application (with its id, when it has one); return its id."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO applications (id, company, role, received, contact_json, thread_ids_json, state, "
                "original_json, from_domain, trusted, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    app.id,
                    app.company,
                    app.role,
                    to_ts(app.received),
                    write_person(app.contact),
                    json.dumps(list(app.thread_ids)),
                    app.state.value,
                    json.dumps(app.original.to_json()),
                    app.from_domain,
                    int(app.trusted),
                    to_ts(at),
                    to_ts(at),
                ),
            )
            return int(cur.lastrowid or 0)

    def update_application(self, app: Application, at: datetime) -> None:
        """Write back an application's changeable fields."""
        if app.id is None:
            raise ValueError("update_application needs an application with an id")
        with self.transaction() as conn:
            conn.execute(
                "UPDATE applications SET company = ?, role = ?, contact_json = ?, thread_ids_json = ?, "
                "state = ?, updated_at = ? WHERE id = ?",
                (
                    app.company,
                    app.role,
                    write_person(app.contact),
                    json.dumps(list(app.thread_ids)),
                    app.state.value,
                    to_ts(at),
                    app.id,
                ),
            )

    def applications(
        self, state: str | None = None, *, limit: int | None = None, since: datetime | None = None
    ) -> list[Application]:
        """Every application (optionally in one state), oldest first.

        `since` keeps those tracked from that instant on; `limit` keeps the last `limit` tracked.
        """
        rows = self._read(*_listing("applications", state, limit, since))
        return [application_from_row(r) for r in (reversed(rows) if limit is not None else rows)]

    def each_application(self, state: str | None = None, *, since: datetime | None = None) -> Iterator[Application]:
        """What `applications` lists without a limit, a chunk at a time (the store stays open)."""
        for chunk in self._chunks(*_listing("applications", state, None, since)):
            yield from (application_from_row(r) for r in chunk)

    def application(self, app_id: int) -> Application | None:
        """One application by id."""
        rows = self._read("SELECT * FROM applications WHERE id = ?", (app_id,))
        return application_from_row(rows[0]) if rows else None

    def add_interview(self, iv: Interview, at: datetime) -> int:
        """Insert a new interview (with its id, when it has one); return its id."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO interviews (id, company, role, time_json, interviewers_json, contact_json, "
                "thread_ids_json, calendar_uid, calendar_sequence, state, application_id, original_json, "
                "from_domain, trusted, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (iv.id, *interview_values(iv), to_ts(at), to_ts(at)),
            )
            return int(cur.lastrowid or 0)

    def update_interview(self, iv: Interview, at: datetime) -> None:
        """Write back an interview's fields (questions live in their own table)."""
        if iv.id is None:
            raise ValueError("update_interview needs an interview with an id")
        with self.transaction() as conn:
            conn.execute(
                "UPDATE interviews SET company = ?, role = ?, time_json = ?, interviewers_json = ?, "
                "contact_json = ?, thread_ids_json = ?, calendar_uid = ?, calendar_sequence = ?, state = ?, "
                "application_id = ?, original_json = ?, from_domain = ?, trusted = ?, updated_at = ? "
                "WHERE id = ?",
                (*interview_values(iv), to_ts(at), iv.id),
            )

    def interviews(
        self, state: str | None = None, *, limit: int | None = None, since: datetime | None = None
    ) -> list[Interview]:
        """Every interview (optionally in one state), oldest first, with its questions.

        `since` keeps those tracked from that instant on; `limit` keeps the last `limit` tracked.
        """
        sql, params = _listing("interviews", state, limit, since)
        rows = self._read(sql, params)
        if limit is not None:
            rows = rows[::-1]
        # Only the questions of the interviews listed (the work pass lists the scheduled ones).
        return self._with_questions(rows)

    def each_interview(self, state: str | None = None, *, since: datetime | None = None) -> Iterator[Interview]:
        """What `interviews` lists without a limit, a chunk at a time (the store stays open)."""
        for chunk in self._chunks(*_listing("interviews", state, None, since)):
            yield from self._with_questions(chunk)

    def interview(self, interview_id: int) -> Interview | None:
        """One interview by id, with its questions."""
        rows = self._read("SELECT * FROM interviews WHERE id = ?", (interview_id,))
        return self._with_questions(rows)[0] if rows else None

    def _with_questions(self, rows: list[sqlite3.Row]) -> list[Interview]:
        """Interviews from their rows, with their questions read in one query."""
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        questions: dict[int, list[str]] = {}
        found = self._read(
            f"SELECT interview_id, text FROM questions WHERE interview_id IN ({','.join('?' * len(ids))}) ORDER BY id",
            ids,
        )
        for q in found:
            questions.setdefault(q["interview_id"], []).append(q["text"])
        return [interview_from_row(r, tuple(questions.get(r["id"], ()))) for r in rows]

    def add_question(self, interview_id: int, text: str, at: datetime) -> None:
        """Note a question the owner wants to ask at an interview."""
        with self.transaction() as conn:
            if not conn.execute("SELECT 1 FROM interviews WHERE id = ?", (interview_id,)).fetchone():
                raise StoreError(f"no interview {interview_id}; see `followup interviews` for the ids")
            conn.execute(
                "INSERT INTO questions (interview_id, text, created_at) VALUES (?, ?, ?)",
                (interview_id, text, to_ts(at)),
            )

    def candidates(
        self, *, calendar_uid: str | None, message_ids: Iterable[str], company: str | None, addresses: Iterable[str]
    ) -> tuple[list[Interview], list[Application]]:
        """The interviews and applications an event may be about, by index: the same calendar
        UID, a thread naming one of `message_ids`, one of `addresses` as contact or interviewer,
        or a company `same_company` may match (the same first word). A superset of what
        tracking matches, so that tracking on it decides as it would on everything."""
        ids = sorted({form for m in message_ids if m for form in (m, f"<{m.strip('<>')}>", m.strip("<>"))})
        people = sorted({a.lower() for a in addresses if a})
        word = company_word(company)
        by_id, by_person = ",".join("?" * len(ids)), ",".join("?" * len(people))
        ivs = self._read(
            f"SELECT * FROM interviews WHERE calendar_uid = ? OR company_word = ? OR id IN "
            f"(SELECT interview_id FROM tracked_threads WHERE message_id IN ({by_id})) OR id IN "
            f"(SELECT interview_id FROM tracked_people WHERE address IN ({by_person})) ORDER BY id",
            (calendar_uid, word, *ids, *people),
        )
        apps = self._read(
            f"SELECT * FROM applications WHERE company_word = ? OR id IN "
            f"(SELECT application_id FROM tracked_threads WHERE message_id IN ({by_id})) OR id IN "
            f"(SELECT application_id FROM tracked_people WHERE address IN ({by_person})) ORDER BY id",
            (word, *ids, *people),
        )
        return self._with_questions(ivs), [application_from_row(r) for r in apps]

    def months(self) -> tuple[dict[str, int], dict[str, int]]:
        """Applications by month received and interviews by month held ('YYYY-MM'), counted in SQL.

        A month is read off the stored time as written: received times are stored in UTC, an
        interview's start in its own zone (as `stats` has always counted them).
        """
        apps = self._read("SELECT substr(received, 1, 7) AS month, COUNT(*) AS n FROM applications GROUP BY month")
        ivs = self._read(
            "SELECT substr(json_extract(time_json, '$.start'), 1, 7) AS month, COUNT(*) AS n FROM interviews "
            "WHERE json_extract(time_json, '$.start') IS NOT NULL GROUP BY month"
        )
        return {r["month"]: r["n"] for r in apps}, {r["month"]: r["n"] for r in ivs}

    def tracked_counts(self) -> tuple[int, int]:
        """How many applications and interviews are tracked."""
        row = self._read("SELECT (SELECT COUNT(*) FROM applications) AS a, (SELECT COUNT(*) FROM interviews) AS i")[0]
        return int(row["a"]), int(row["i"])

    def tracked_addresses(self) -> set[str]:
        """Every contact's and interviewer's address, lower-cased (to notice replies cheaply)."""
        return {r["address"] for r in self._read("SELECT DISTINCT address FROM tracked_people")}

    def is_tracked_address(self, address: str) -> bool:
        """Whether `address` is a contact or interviewer of something tracked (an index lookup)."""
        return bool(self._read("SELECT 1 FROM tracked_people WHERE address = ? LIMIT 1", (address.lower(),)))

    def tracked_threads(self) -> set[str]:
        """The Message-IDs a reply may name: tracked threads, follow-ups, the daemon's own mail."""
        rows = self._read(
            "SELECT message_id FROM tracked_threads UNION SELECT message_id FROM followups "
            "UNION SELECT message_id FROM own_messages"
        )
        return {r["message_id"] for r in rows}

    def tracking_version(self) -> int:
        """A number that changes whenever tracked addresses or threads may have changed."""
        return int(self.get_setting("tracking_version") or 0)


def _listing(table: str, state: str | None, limit: int | None, since: datetime | None) -> tuple[str, list[Any]]:
    """The SELECT of a list command: by state and creation time, the last `limit` (newest first)."""
    clauses: list[str] = []
    params: list[Any] = []
    if state:
        clauses.append("state = ?")
        params.append(state)
    if since is not None:
        clauses.append("created_at >= ?")
        params.append(to_ts(since))
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    if limit is not None:
        return f"SELECT * FROM {table}{where} ORDER BY id DESC LIMIT ?", [*params, limit]
    return f"SELECT * FROM {table}{where} ORDER BY id", params
