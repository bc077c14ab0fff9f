"""Watched folders, the messages seen in them, and the Message-IDs of the daemon's own mail."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from followup.store.database import Database
from followup.store.rows import FolderRow, MessageRow, folder_from_row, message_from_row, message_id_key, to_ts


class MessageStore(Database):
    """Folders (UID high-water marks, poll health) and messages (what became of each)."""

    def folder(self, name: str) -> FolderRow | None:
        """Return what is known of folder `name`, or None before its first poll."""
        rows = self._read("SELECT * FROM folders WHERE name = ?", (name,))
        if not rows:
            return None
        return folder_from_row(rows[0])

    def folders(self) -> list[FolderRow]:
        """Every folder the store has polled or tried to, by name."""
        return [folder_from_row(r) for r in self._read("SELECT * FROM folders ORDER BY name")]

    def _ensure_folder(self, conn: sqlite3.Connection, name: str) -> None:
        conn.execute("INSERT OR IGNORE INTO folders (name) VALUES (?)", (name,))

    def set_uidvalidity(self, name: str, uidvalidity: int) -> None:
        """Start (or restart, after a UIDVALIDITY change) UID tracking of a folder from zero.

        RFC 3501 §2.3.1.1: a new UIDVALIDITY means every old UID is meaningless, so the folder is
        rescanned; Message-ID and content hash keep that from producing duplicates.
        """
        with self.transaction() as conn:
            self._ensure_folder(conn, name)
            conn.execute(
                "UPDATE folders SET uidvalidity = ?, last_uid = 0 WHERE name = ?", (uidvalidity, name)
            )

    def mark_first_sync(self, name: str, at: datetime) -> None:
        with self.transaction() as conn:
            self._ensure_folder(conn, name)
            conn.execute(
                "UPDATE folders SET first_sync_at = COALESCE(first_sync_at, ?) WHERE name = ?",
                (to_ts(at), name),
            )

    def record_poll_ok(self, name: str, at: datetime) -> None:
        with self.transaction() as conn:
            self._ensure_folder(conn, name)
            conn.execute(
                "UPDATE folders SET last_poll_ok = ?, consecutive_errors = 0 WHERE name = ?",
                (to_ts(at), name),
            )

    def record_poll_error(self, name: str, at: datetime, error: str) -> None:
        with self.transaction() as conn:
            self._ensure_folder(conn, name)
            conn.execute(
                "UPDATE folders SET last_error = ?, last_error_at = ?, "
                "consecutive_errors = consecutive_errors + 1 WHERE name = ?",
                (error, to_ts(at), name),
            )

    def has_message(self, folder: str, uidvalidity: int, uid: int) -> bool:
        rows = self._read(
            "SELECT 1 FROM messages WHERE folder = ? AND uidvalidity = ? AND uid = ?",
            (folder, uidvalidity, uid),
        )
        return bool(rows)

    def find_duplicate(self, message_id: str | None, sha256: str) -> MessageRow | None:
        """A message already processed with the same Message-ID and content hash, if any."""
        if message_id:
            rows = self._read(
                "SELECT * FROM messages WHERE message_id = ? AND sha256 = ? ORDER BY id LIMIT 1",
                (message_id, sha256),
            )
        else:
            rows = self._read(
                "SELECT * FROM messages WHERE message_id IS NULL AND sha256 = ? ORDER BY id LIMIT 1",
                (sha256,),
            )
        return message_from_row(rows[0]) if rows else None

    def booking_requests(self, since: datetime) -> list[MessageRow]:
        """Mail since `since` that asked the owner to pick an interview slot (kind none, booking_requested)."""
        rows = self._read(
            "SELECT * FROM messages WHERE kind = 'none' AND processed_at >= ? "
            "AND json_extract(event_json, '$.booking_requested') = 1 ORDER BY id",
            (to_ts(since),),
        )
        return [message_from_row(r) for r in rows]

    def find_processed(self, message_id: str | None) -> MessageRow | None:
        """The first time a message with this Message-ID was seen and acted on (not backfill), if ever."""
        if not message_id:
            return None
        rows = self._read(
            "SELECT * FROM messages WHERE message_id = ? AND outcome NOT IN ('backfill', 'duplicate', 'recorded') "
            "ORDER BY id LIMIT 1",
            (message_id,),
        )
        return message_from_row(rows[0]) if rows else None

    def record_message(
        self,
        *,
        folder: str,
        uidvalidity: int,
        uid: int,
        message_id: str | None,
        sha256: str,
        outcome: str,
        at: datetime,
        error: str | None = None,
        kind: str | None = None,
        event_json: str | None = None,
    ) -> int:
        """Record a processed message and advance its folder's last UID, in one transaction.

        Recording the same (folder, uidvalidity, uid) again is a no-op returning the first row.
        """
        with self.transaction() as conn:
            self._ensure_folder(conn, folder)
            cur = conn.execute(
                "INSERT OR IGNORE INTO messages (folder, uidvalidity, uid, message_id, sha256, outcome, "
                "error, kind, event_json, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (folder, uidvalidity, uid, message_id, sha256, outcome, error, kind, event_json, to_ts(at)),
            )
            inserted = bool(cur.rowcount)
            # One statement for both counters: this runs once per message of a first sync.
            conn.execute(
                "UPDATE folders SET seen = seen + ?, "
                "last_uid = CASE WHEN uidvalidity = ? THEN MAX(last_uid, ?) ELSE last_uid END WHERE name = ?",
                (int(inserted), uidvalidity, uid, folder),
            )
            if inserted and cur.lastrowid:
                return int(cur.lastrowid)
            row = conn.execute(
                "SELECT id FROM messages WHERE folder = ? AND uidvalidity = ? AND uid = ?",
                (folder, uidvalidity, uid),
            ).fetchone()
            return int(row["id"])

    def set_message_outcome(
        self,
        row_id: int,
        outcome: str,
        *,
        kind: str | None = None,
        event_json: str | None = None,
        error: str | None = None,
    ) -> None:
        """Record what processing made of a message (same transaction as its effects)."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE messages SET outcome = ?, kind = ?, event_json = ?, error = COALESCE(?, error) WHERE id = ?",
                (outcome, kind, event_json, error, row_id),
            )

    def messages(self, folder: str | None = None) -> list[MessageRow]:
        """Every message seen (optionally in one folder), oldest first."""
        if folder is None:
            rows = self._read("SELECT * FROM messages ORDER BY id")
        else:
            rows = self._read("SELECT * FROM messages WHERE folder = ? ORDER BY id", (folder,))
        return [message_from_row(r) for r in rows]

    def message_counts(self) -> dict[str, int]:
        """How many messages ended in each outcome."""
        rows = self._read("SELECT outcome, COUNT(*) AS n FROM messages GROUP BY outcome")
        return {r["outcome"]: r["n"] for r in rows}

    # --- our own mail ---

    def remember_own_message(self, message_id: str, purpose: str, at: datetime) -> None:
        """Note a Message-ID the daemon itself sent, so it is never taken for news."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO own_messages (message_id, purpose, created_at) VALUES (?, ?, ?)",
                (message_id_key(message_id), purpose, to_ts(at)),
            )

    def is_own_message(self, message_id: str | None) -> bool:
        if not message_id:
            return False
        if self._read("SELECT 1 FROM own_messages WHERE message_id = ?", (message_id_key(message_id),)):
            return True
        return bool(self._read("SELECT 1 FROM followups WHERE message_id = ?", (message_id,)))
