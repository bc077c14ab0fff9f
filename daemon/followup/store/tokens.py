"""Approval tokens (only their hashes are stored): which follow-ups each approval request showed."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from followup.model import FollowUpState
from followup.store.followups import FollowUpStore
from followup.store.rows import from_ts, message_id_key, to_ts


class TokenStore(FollowUpStore):
    """Approval requests by token hash; a request is live while one of its drafts awaits approval."""

    def add_token(
        self, token_hash: str, followup_ids: Sequence[int], at: datetime, *,
        interview_id: int | None, request_message_id: str,
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO approval_tokens (token_hash, interview_id, followup_ids_json, request_message_id, "
                "created_at) VALUES (?, ?, ?, ?, ?)",
                (token_hash, interview_id, json.dumps(list(followup_ids)), message_id_key(request_message_id),
                 to_ts(at)),
            )

    def token(self, token_hash: str) -> dict[str, Any] | None:
        """The stored approval request for a token hash: ids, times, and whether it is still live."""
        rows = self._read("SELECT * FROM approval_tokens WHERE token_hash = ?", (token_hash,))
        if not rows:
            return None
        r = rows[0]
        ids = [int(i) for i in json.loads(r["followup_ids_json"])]
        states = [fu.state for fu in (self.followup(i) for i in ids) if fu is not None]
        return {
            "token_hash": r["token_hash"],
            "interview_id": r["interview_id"],
            "followup_ids": tuple(ids),
            "request_message_id": r["request_message_id"],
            "created_at": datetime.fromisoformat(r["created_at"]),
            "used_at": from_ts(r["used_at"]),
            "live": bool(states) and any(st is FollowUpState.awaiting_approval for st in states),
        }

    def use_token(self, token_hash: str, at: datetime) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE approval_tokens SET used_at = ? WHERE token_hash = ?", (to_ts(at), token_hash))

    def retire_tokens_for(self, followup_id: int, at: datetime) -> None:
        """Mark open requests showing this draft as out of date: its text changed, a fresh request is due.

        A retired request still authenticates, so that a reply to it is answered (as stale)
        rather than refused as unknown.
        """
        rows = self._read(
            "SELECT token_hash, followup_ids_json FROM approval_tokens WHERE used_at IS NULL AND retired_at IS NULL"
        )
        with self.transaction() as conn:
            for r in rows:
                if followup_id in {int(i) for i in json.loads(r["followup_ids_json"])}:
                    conn.execute(
                        "UPDATE approval_tokens SET retired_at = ? WHERE token_hash = ?", (to_ts(at), r["token_hash"])
                    )

    def requested_followup_ids(self) -> set[int]:
        """Follow-ups already shown in an open (unused, current) approval request."""
        rows = self._read(
            "SELECT followup_ids_json FROM approval_tokens WHERE used_at IS NULL AND retired_at IS NULL"
        )
        return {int(i) for r in rows for i in json.loads(r["followup_ids_json"])}
