"""Questions mailed to the owner and their answers, and the hints the owner's answers teach."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from followup.store.database import Database
from followup.store.rows import from_ts, to_ts


@dataclass(frozen=True)
class Inquiry:
    """One question to the owner: `what` (what is this mail?) or `address` (what is X's address?)."""

    id: int
    key: str
    kind: str
    message_row: int | None
    event_json: str | None
    interview_id: int | None
    person_name: str | None
    token_hash: str | None
    request_message_id: str | None
    created_at: datetime
    asked_at: datetime | None
    answered_at: datetime | None
    answer: str | None


def _inquiry(r: Any) -> Inquiry:
    return Inquiry(
        id=r["id"], key=r["key"], kind=r["kind"], message_row=r["message_row"], event_json=r["event_json"],
        interview_id=r["interview_id"], person_name=r["person_name"], token_hash=r["token_hash"],
        request_message_id=r["request_message_id"], created_at=datetime.fromisoformat(r["created_at"]),
        asked_at=from_ts(r["asked_at"]), answered_at=from_ts(r["answered_at"]), answer=r["answer"],
    )  # fmt: skip


class InquiryStore(Database):
    """Questions to the owner (by a unique key, so each is asked once) and the hints they taught."""

    def add_inquiry(
        self, key: str, kind: str, at: datetime, *, message_row: int | None = None, event_json: str | None = None,
        interview_id: int | None = None, person_name: str | None = None,
    ) -> bool:
        """Queue a question once per key; False when it was already queued."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO inquiries (key, kind, message_row, event_json, interview_id, person_name, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (key, kind, message_row, event_json, interview_id, person_name, to_ts(at)),
            )
            return bool(cur.rowcount)

    def inquiries(self, *, open_only: bool = False) -> list[Inquiry]:
        """Every question (or only those not answered yet), oldest first."""
        where = " WHERE answered_at IS NULL" if open_only else ""
        return [_inquiry(r) for r in self._read(f"SELECT * FROM inquiries{where} ORDER BY id")]

    def inquiry_by_token(self, token_hash: str) -> Inquiry | None:
        rows = self._read("SELECT * FROM inquiries WHERE token_hash = ?", (token_hash,))
        return _inquiry(rows[0]) if rows else None

    def mark_inquiry_asked(self, inquiry_id: int, token_hash: str, request_message_id: str, at: datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE inquiries SET token_hash = ?, request_message_id = ?, asked_at = ? WHERE id = ?",
                (token_hash, request_message_id, to_ts(at), inquiry_id),
            )

    def unmark_inquiry_asked(self, inquiry_id: int) -> None:
        """The question could not be mailed: ask again on the next pass, with a fresh token."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE inquiries SET token_hash = NULL, request_message_id = NULL, asked_at = NULL WHERE id = ?",
                (inquiry_id,),
            )

    def answer_inquiry(self, inquiry_id: int, answer: str, at: datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE inquiries SET answer = ?, answered_at = ? WHERE id = ?", (answer, to_ts(at), inquiry_id)
            )

    def set_hint(self, scope: str, key: str, field: str, value: str, at: datetime) -> None:
        """Remember what the owner said about a sender domain or address (the latest answer wins)."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO hints (scope, key, field, value, at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (scope, key, field) DO UPDATE SET value = excluded.value, at = excluded.at",
                (scope, key.lower(), field, value, to_ts(at)),
            )

    def hints(self) -> list[tuple[str, str, str, str]]:
        """Every hint: (scope, key, field, value)."""
        return [(r["scope"], r["key"], r["field"], r["value"]) for r in self._read("SELECT * FROM hints ORDER BY at")]
