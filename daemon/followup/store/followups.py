"""Follow-ups and their transitions: the one place a follow-up changes state, and the send-side queries."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from followup.approval.states import check_transition
from followup.errors import InvalidTransition, StoreError
from followup.model import FollowUp, FollowUpState
from followup.store.database import Database
from followup.store.rows import Transition, followup_from_row, followup_values, to_ts, transition_from_row


class FollowUpStore(Database):
    """Follow-ups: planned, approved, sent; every state change recorded with its time and cause."""

    def add_followup(self, fu: FollowUp, at: datetime, cause: str) -> int | None:
        """Insert a planned follow-up (with its id, if set); return its id, or None when its key exists."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO followups (id, interview_id, application_id, rule, recipient_name, "
                "recipient_email, cc_json, send_at, state, message_id, template, subject, body, edited, "
                "max_lateness_s, fallback, answers_json, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (fu.id, *followup_values(fu), to_ts(at), to_ts(at)),
            )
            if not cur.rowcount:
                return None
            fid = int(cur.lastrowid or 0)
            conn.execute(
                "INSERT INTO transitions (followup_id, from_state, to_state, cause, at) VALUES (?, NULL, ?, ?, ?)",
                (fid, fu.state.value, cause, to_ts(at)),
            )
            return fid

    def followup(self, followup_id: int) -> FollowUp | None:
        rows = self._read("SELECT * FROM followups WHERE id = ?", (followup_id,))
        return followup_from_row(rows[0]) if rows else None

    def followups(
        self,
        state: FollowUpState | str | None = None,
        *,
        interview_id: int | None = None,
        application_id: int | None = None,
        limit: int | None = None,
        since: datetime | None = None,
    ) -> list[FollowUp]:
        """Follow-ups, filtered by state and owner (interview or application), by send time.

        `since` keeps those due at or after it; `limit` keeps the last `limit` by send time.
        """
        where, params = _followups_where(state, interview_id, application_id, since)
        if limit is not None:
            newest = f"SELECT * FROM followups{where} ORDER BY send_at DESC, id DESC LIMIT ?"
            rows = self._read(newest, [*params, limit])
            return [followup_from_row(r) for r in reversed(rows)]
        rows = self._read(f"SELECT * FROM followups{where} ORDER BY send_at, id", params)
        return [followup_from_row(r) for r in rows]

    def each_followup(
        self, state: FollowUpState | str | None = None, *, since: datetime | None = None
    ) -> Iterator[FollowUp]:
        """What `followups` lists without a limit, read a chunk at a time (the caller keeps the
        store open while it reads)."""
        where, params = _followups_where(state, None, None, since)
        for chunk in self._chunks(f"SELECT * FROM followups{where} ORDER BY send_at, id", params):
            yield from (followup_from_row(r) for r in chunk)

    def sent_refs(self, message_ids: Iterable[str] | None = None) -> list[tuple[str, int | None, int | None]]:
        """(Message-ID, interview, application) of every follow-up that went (or may have gone) out.

        With `message_ids`, only those with one of these Message-IDs (with or without <>).
        """
        where = ""
        params: list[str] = []
        if message_ids is not None:
            params = sorted({f for m in message_ids if m for f in (f"<{m.strip('<>')}>", m.strip("<>"), m)})
            where = f" AND message_id IN ({','.join('?' * len(params))})"
        rows = self._read(
            "SELECT message_id, interview_id, application_id FROM followups "
            f"WHERE state IN ('sent', 'sending', 'unknown'){where}",
            params,
        )
        return [(r["message_id"], r["interview_id"], r["application_id"]) for r in rows]

    def followups_of(self, interview_ids: Iterable[int], application_ids: Iterable[int]) -> list[FollowUp]:
        """The follow-ups of these interviews and applications, by send time."""
        ivs, apps = sorted(set(interview_ids)), sorted(set(application_ids))
        rows = self._read(
            f"SELECT * FROM followups WHERE interview_id IN ({','.join('?' * len(ivs))}) "
            f"OR application_id IN ({','.join('?' * len(apps))}) ORDER BY send_at, id",
            (*ivs, *apps),
        )
        return [followup_from_row(r) for r in rows]

    def followup_row(self, followup_id: int) -> dict[str, Any] | None:
        """The raw columns of a follow-up (attempts, SMTP reply, errors), for display."""
        rows = self._read("SELECT * FROM followups WHERE id = ?", (followup_id,))
        return dict(rows[0]) if rows else None

    def transition(
        self,
        followup_id: int,
        to_state: FollowUpState,
        cause: str,
        at: datetime,
        *,
        expect: FollowUpState | tuple[FollowUpState, ...] | None = None,
        durable: bool = False,
        **fields: Any,
    ) -> FollowUp:
        """Move a follow-up to `to_state` in one transaction, recording time and cause.

        `durable`: the commit is on disk before this returns (see `transaction`).

        `expect` guards against races: if the follow-up is no longer in that state, nothing
        changes and InvalidTransition is raised. `fields` updates columns in the same commit
        (send_at, subject, body, edited, last_error, smtp_reply, attempts, next_attempt_at).
        """
        allowed = {
            "send_at", "subject", "body", "edited", "last_error", "smtp_reply", "attempts",
            "next_attempt_at", "recipient_name", "recipient_email",
        }  # fmt: skip
        bad = set(fields) - allowed
        if bad:
            raise ValueError(f"cannot set follow-up fields {sorted(bad)}")
        with self.transaction(durable=durable) as conn:
            row = conn.execute("SELECT state FROM followups WHERE id = ?", (followup_id,)).fetchone()
            if row is None:
                raise StoreError(f"no follow-up {followup_id}; see `followup followups` for the ids")
            current = FollowUpState(row["state"])
            expected = (expect,) if isinstance(expect, FollowUpState) else expect
            if expected is not None and current not in expected:
                raise InvalidTransition(
                    f"follow-up {followup_id} is {current.value}, not "
                    f"{' or '.join(e.value for e in expected)}; nothing changed"
                )
            if current != to_state:
                check_transition(current, to_state)
            values = {k: (to_ts(v) if isinstance(v, datetime) else v) for k, v in fields.items()}
            sets = ", ".join(f"{k} = ?" for k in values)
            conn.execute(
                f"UPDATE followups SET state = ?, updated_at = ?{', ' + sets if sets else ''} WHERE id = ?",
                (to_state.value, to_ts(at), *values.values(), followup_id),
            )
            conn.execute(
                "INSERT INTO transitions (followup_id, from_state, to_state, cause, at) VALUES (?, ?, ?, ?, ?)",
                (followup_id, current.value, to_state.value, cause, to_ts(at)),
            )
            row = conn.execute("SELECT * FROM followups WHERE id = ?", (followup_id,)).fetchone()
            return followup_from_row(row)

    def update_followup(self, followup_id: int, at: datetime, **fields: Any) -> None:
        """Change a follow-up's fields without a state change (a re-timing, a re-render)."""
        allowed = {"send_at", "subject", "body", "next_attempt_at", "recipient_name", "last_error"}
        bad = set(fields) - allowed
        if bad:
            raise ValueError(f"cannot set follow-up fields {sorted(bad)}")
        values = {k: (to_ts(v) if isinstance(v, datetime) else v) for k, v in fields.items()}
        with self.transaction() as conn:
            sets = ", ".join(f"{k} = ?" for k in values)
            conn.execute(
                f"UPDATE followups SET updated_at = ?{', ' + sets if sets else ''} WHERE id = ?",
                (to_ts(at), *values.values(), followup_id),
            )

    def transitions_since(self, at: datetime) -> list[Transition]:
        """Every state change at or after `at`, oldest first (what happened lately)."""
        rows = self._read("SELECT * FROM transitions WHERE at >= ? ORDER BY at, id", (to_ts(at),))
        return [transition_from_row(r) for r in rows]

    def transitions_after(self, transition_id: int) -> list[Transition]:
        """Every state change after the one with this id (what one pass did)."""
        rows = self._read("SELECT * FROM transitions WHERE id > ? ORDER BY id", (transition_id,))
        return [transition_from_row(r) for r in rows]

    def transitions(self, followup_id: int) -> list[Transition]:
        rows = self._read("SELECT * FROM transitions WHERE followup_id = ? ORDER BY id", (followup_id,))
        return [transition_from_row(r) for r in rows]

    def followup_counts(self) -> dict[str, int]:
        rows = self._read("SELECT state, COUNT(*) AS n FROM followups GROUP BY state")
        return {r["state"]: r["n"] for r in rows}

    def sent_between(self, start: datetime, end: datetime) -> int:
        """How many follow-ups went out (became `sending`) in [start, end)."""
        rows = self._read(
            "SELECT COUNT(DISTINCT followup_id) AS n FROM transitions WHERE to_state = 'sending' "
            "AND at >= ? AND at < ?",
            (to_ts(start), to_ts(end)),
        )
        return int(rows[0]["n"])

    def sent_followups(self) -> list[tuple[FollowUp, datetime]]:
        """Every sent follow-up with the time it was sent, oldest first."""
        rows = self._read(
            "SELECT f.*, t.at AS sent_time FROM followups f JOIN transitions t ON t.followup_id = f.id "
            "AND t.to_state = 'sent' WHERE f.state = 'sent' ORDER BY t.at, f.id"
        )
        return [(followup_from_row(r), datetime.fromisoformat(r["sent_time"])) for r in rows]

    # The first human reply at or after a send, on the same interview or application, found by
    # the history indexes for each sent note rather than by pairing every note with every reply.
    _FIRST_REPLY = (
        "(SELECT MIN(h.at) FROM history h WHERE h.interview_id = f.interview_id AND h.kind = 'reply' "
        "AND h.at >= t.at) AS reply_iv, "
        "(SELECT MIN(h.at) FROM history h WHERE h.application_id = f.application_id AND h.kind = 'reply' "
        "AND h.at >= t.at) AS reply_app"
    )

    def _sent_query(self, limit: int | None, since: datetime | None) -> tuple[str, list[Any]]:
        where, params = "", []
        if since is not None:
            where, params = " AND t.at >= ?", [to_ts(since)]
        order = " ORDER BY t.at DESC, f.id DESC LIMIT ?" if limit is not None else " ORDER BY t.at, f.id"
        sql = (
            "SELECT f.id, f.rule, f.recipient_name, f.recipient_email, f.subject, f.interview_id, "
            "f.application_id, t.at AS sent_time, COALESCE(i.company, a.company) AS target_company, "
            f"{self._FIRST_REPLY} FROM followups f JOIN transitions t ON t.followup_id = f.id "
            "AND t.to_state = 'sent' LEFT JOIN interviews i ON i.id = f.interview_id "
            f"LEFT JOIN applications a ON a.id = f.application_id WHERE f.state = 'sent'{where}{order}"
        )
        return sql, [*params, *([limit] if limit is not None else [])]

    def sent_notes(
        self, *, limit: int | None = None, since: datetime | None = None
    ) -> list[tuple[tuple[Any, ...], datetime, str | None, datetime | None]]:
        """Sent follow-ups, oldest first: ((id, rule, recipient name, recipient address, subject,
        interview, application), sent at, company, first reply at or after it).

        Plain values, not FollowUp objects: `history` lists tens of thousands of them.
        `since` keeps those sent at or after it; `limit` keeps the most recent `limit` of them.
        """
        notes = [
            (tuple(r[:7]), datetime.fromisoformat(r[7]), r[8], _earliest(r[9], r[10]))
            for chunk in self._chunks(*self._sent_query(limit, since), plain=True)
            for r in chunk
        ]
        return notes[::-1] if limit is not None else notes

    def each_sent_note(self, *, since: datetime | None = None) -> Iterator[SentRow]:
        """What `sent_notes` lists without a limit, as stored (times are UTC ISO text), a chunk at
        a time: `history --all` streams years of notes without a Python object per value."""
        for chunk in self._chunks(*self._sent_query(None, since), plain=True):
            for r in chunk:
                reply_iv, reply_app = r[9], r[10]
                first = reply_app if not reply_iv else reply_iv if not reply_app else min(reply_iv, reply_app)
                yield SentRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], first)

    def sent_count(self, since: datetime | None = None) -> int:
        """How many sent follow-ups `sent_notes` would list without a limit."""
        where, params = ("", []) if since is None else (" AND t.at >= ?", [to_ts(since)])
        rows = self._read(
            "SELECT COUNT(*) AS n FROM followups f JOIN transitions t ON t.followup_id = f.id "
            f"AND t.to_state = 'sent' WHERE f.state = 'sent'{where}",
            params,
        )
        return int(rows[0]["n"])

    def sends_and_replies(self) -> list[tuple[datetime, datetime | None]]:
        """(sent at, first reply at or after it) of every sent follow-up: what `stats` counts."""
        rows = self._read(
            f"SELECT t.at AS sent_time, {self._FIRST_REPLY} FROM followups f JOIN transitions t "
            "ON t.followup_id = f.id AND t.to_state = 'sent' WHERE f.state = 'sent' ORDER BY t.at"
        )
        return [(datetime.fromisoformat(r["sent_time"]), _first(r)) for r in rows]


    # The first reply as one value: ISO UTC text orders as time, as `_earliest` compares it.
    _FIRST_OF_BOTH = (
        "CASE WHEN reply_iv IS NULL THEN reply_app WHEN reply_app IS NULL OR reply_iv <= reply_app "
        "THEN reply_iv ELSE reply_app END"
    )

    def sends_by_month(self) -> dict[str, tuple[int, list[timedelta]]]:
        """Sent follow-ups by month sent ('YYYY-MM', UTC): (how many, time to the first reply of
        each that got one). What `stats` counts, grouped in SQL; only the replies come to Python.
        """
        counts = self._read(
            "SELECT substr(t.at, 1, 7) AS month, COUNT(*) AS n FROM followups f JOIN transitions t "
            "ON t.followup_id = f.id AND t.to_state = 'sent' WHERE f.state = 'sent' GROUP BY month"
        )
        months: dict[str, tuple[int, list[timedelta]]] = {r["month"]: (r["n"], []) for r in counts}
        rows = self._connect().execute(
            f"SELECT sent_time, replied FROM (SELECT sent_time, {self._FIRST_OF_BOTH} AS replied FROM "
            f"(SELECT t.at AS sent_time, {self._FIRST_REPLY} FROM followups f JOIN transitions t "
            "ON t.followup_id = f.id AND t.to_state = 'sent' WHERE f.state = 'sent')) WHERE replied IS NOT NULL"
        )
        rows.row_factory = None
        parse = datetime.fromisoformat
        for sent, replied in rows.fetchall():
            months[sent[:7]][1].append(parse(replied) - parse(sent))
        return months

    def due_followups(self, now: datetime) -> list[FollowUp]:
        """Approved follow-ups whose send time has come and whose retry delay has passed."""
        rows = self._read(
            "SELECT * FROM followups WHERE state = 'approved' AND send_at <= ? "
            "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY send_at, id",
            (to_ts(now), to_ts(now)),
        )
        return [followup_from_row(r) for r in rows]

    def followups_in_state(self, state: FollowUpState) -> list[FollowUp]:
        return self.followups(state)

    def mark(
        self,
        followup_id: int,
        from_state: FollowUpState,
        to_state: FollowUpState,
        cause: str,
        *,
        at: datetime,
        **fields: Any,
    ) -> None:
        """Move a follow-up only if it is still in `from_state` (send.SendQueue, with the time bound).

        The claim (`sending`) is durable: it precedes the SMTP session.
        """
        fields.pop("sent_at", None)
        if "next_attempt" in fields:
            fields["next_attempt_at"] = fields.pop("next_attempt")
        durable = to_state is FollowUpState.sending
        self.transition(followup_id, to_state, cause, at, expect=from_state, durable=durable, **fields)

    def sends_since(self, start: datetime) -> int:
        """Follow-ups handed to the server (claimed, and not returned for a retry) since `start`.

        There is no upper bound: a send stamped later than the clock now says (the clock went
        back) still counts, so turning the clock back never buys a fresh max_per_day.
        """
        rows = self._read(
            "SELECT COUNT(DISTINCT t.followup_id) AS n FROM transitions t JOIN followups f ON f.id = t.followup_id "
            "WHERE t.to_state = 'sending' AND t.at >= ? AND f.state IN ('sending', 'sent', 'unknown')",
            (to_ts(start),),
        )
        return int(rows[0]["n"])


def _first(row: Any) -> datetime | None:
    return _earliest(row["reply_iv"], row["reply_app"])


class SentRow(NamedTuple):
    """A sent follow-up as `history` lists it, times as stored (UTC ISO text)."""

    id: int
    rule: str
    recipient_name: str | None
    recipient_email: str
    subject: str | None
    interview_id: int | None
    application_id: int | None
    sent_at: str
    company: str | None
    replied_at: str | None


def _followups_where(
    state: FollowUpState | str | None, interview_id: int | None, application_id: int | None, since: datetime | None
) -> tuple[str, list[str | int]]:
    clauses: list[str] = []
    params: list[str | int] = []
    if state is not None:
        clauses.append("state = ?")
        params.append(state.value if isinstance(state, FollowUpState) else state)
    if interview_id is not None:
        clauses.append("interview_id = ?")
        params.append(interview_id)
    if application_id is not None:
        clauses.append("application_id = ?")
        params.append(application_id)
    if since is not None:
        clauses.append("send_at >= ?")
        params.append(to_ts(since) or "")
    return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), params


def _earliest(*values: str | None) -> datetime | None:
    found = [v for v in values if v]
    return datetime.fromisoformat(min(found)) if found else None
