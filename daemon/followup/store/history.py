"""History of interviews and applications (the events that built them) and queued notices to the owner."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from followup.store.database import Database
from followup.store.rows import to_ts


class HistoryStore(Database):
    """History lines per interview or application, and notices sent to the owner once per key."""

    def add_history(
        self,
        kind: str,
        at: datetime,
        *,
        interview_id: int | None = None,
        application_id: int | None = None,
        message_row: int | None = None,
        note: str | None = None,
    ) -> None:
        """Record one event that built or changed an interview or application."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO history (interview_id, application_id, message_row, kind, note, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (interview_id, application_id, message_row, kind, note, to_ts(at)),
            )

    def history_of(self, *, interview_id: int | None = None, application_id: int | None = None) -> list[dict[str, Any]]:
        """The history lines of one interview or application, oldest first."""
        if interview_id is not None:
            rows = self._read("SELECT * FROM history WHERE interview_id = ? ORDER BY id", (interview_id,))
        else:
            rows = self._read("SELECT * FROM history WHERE application_id = ? ORDER BY id", (application_id,))
        return [dict(r) for r in rows]


    def history_of_message(self, message_row: int) -> list[dict[str, Any]]:
        """The history lines one message made, in order (what did happen when it arrived)."""
        return [dict(r) for r in self._read("SELECT * FROM history WHERE message_row = ? ORDER BY id", (message_row,))]

    def history_of_kind(self, kind: str) -> list[dict[str, Any]]:
        """Every history line of one kind (e.g. the owner's corrections), oldest first."""
        return [dict(r) for r in self._read("SELECT * FROM history WHERE kind = ? ORDER BY id", (kind,))]

    def history_since(self, at: datetime) -> list[dict[str, Any]]:
        """Every history line recorded at or after `at`, oldest first (what happened lately)."""
        return [dict(r) for r in self._read("SELECT * FROM history WHERE at >= ? ORDER BY at, id", (to_ts(at),))]

    def history_after(self, history_id: int) -> list[dict[str, Any]]:
        """Every history line added after the one with this id (what one pass did)."""
        return [dict(r) for r in self._read("SELECT * FROM history WHERE id > ? ORDER BY id", (history_id,))]

    def change_marker(self) -> tuple[int, int]:
        """The last history line and transition ids: changes after them are news."""
        h = self._read("SELECT COALESCE(MAX(id), 0) AS m FROM history")[0]["m"]
        t = self._read("SELECT COALESCE(MAX(id), 0) AS m FROM transitions")[0]["m"]
        return int(h), int(t)

    def reply_times(self) -> list[tuple[int | None, int | None, datetime]]:
        """(interview_id, application_id, at) of every human reply noticed."""
        rows = self._read(
            "SELECT interview_id, application_id, at FROM history WHERE kind = 'reply' ORDER BY at"
        )
        return [(r["interview_id"], r["application_id"], datetime.fromisoformat(r["at"])) for r in rows]


    def add_notice(self, key: str, text: str, at: datetime) -> bool:
        """Queue a notice for the owner once per key; False if that key was already queued."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO notices (key, text, created_at) VALUES (?, ?, ?)", (key, text, to_ts(at))
            )
            return bool(cur.rowcount)

    def unsent_notices(self) -> list[tuple[str, str]]:
        """(key, text) of every notice not yet sent, oldest first."""
        rows = self._read("SELECT key, text FROM notices WHERE sent_at IS NULL ORDER BY created_at")
        return [(r["key"], r["text"]) for r in rows]

    def mark_notice_sent(self, key: str, at: datetime) -> None:
        """Note that the notice `key` reached the owner."""
        with self.transaction() as conn:
            conn.execute("UPDATE notices SET sent_at = ? WHERE key = ?", (to_ts(at), key))
