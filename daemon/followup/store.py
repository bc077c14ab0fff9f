"""The state store: the only sqlite3 importer.

One SQLite file in the state dir, WAL mode, schema versioned by PRAGMA user_version. Every
change is one transaction (`BEGIN IMMEDIATE`, so writers queue instead of failing half-way);
nested `transaction()` blocks join the outer one, which is how a message is recorded in the
same commit as the event, tracking and follow-ups it produced. One connection per thread.

A lock file (`flock`) keeps a second daemon off the same state dir; read-only commands do not
take it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from followup.approval import check_transition
from followup.errors import StoreError
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

log = logging.getLogger(__name__)

DB_NAME = "state.db"
LOCK_NAME = "daemon.lock"
BUSY_TIMEOUT_S = 30.0

# Each entry upgrades the schema by one version; never edit a released entry, append a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE folders (
        name TEXT PRIMARY KEY,
        uidvalidity INTEGER,
        last_uid INTEGER NOT NULL DEFAULT 0,
        first_sync_at TEXT,
        last_poll_ok TEXT,
        last_error TEXT,
        last_error_at TEXT,
        consecutive_errors INTEGER NOT NULL DEFAULT 0,
        seen INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        uid INTEGER NOT NULL,
        message_id TEXT,
        sha256 TEXT NOT NULL,
        outcome TEXT NOT NULL,
        error TEXT,
        kind TEXT,
        event_json TEXT,
        processed_at TEXT NOT NULL,
        UNIQUE (folder, uidvalidity, uid)
    );
    CREATE INDEX messages_message_id ON messages (message_id);
    CREATE INDEX messages_sha256 ON messages (sha256);
    CREATE TABLE applications (
        id INTEGER PRIMARY KEY,
        company TEXT,
        role TEXT,
        received TEXT NOT NULL,
        contact_json TEXT,
        thread_ids_json TEXT NOT NULL DEFAULT '[]',
        state TEXT NOT NULL,
        original_json TEXT NOT NULL DEFAULT '{}',
        from_domain TEXT,
        trusted INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE interviews (
        id INTEGER PRIMARY KEY,
        company TEXT,
        role TEXT,
        time_json TEXT,
        interviewers_json TEXT NOT NULL DEFAULT '[]',
        contact_json TEXT,
        thread_ids_json TEXT NOT NULL DEFAULT '[]',
        calendar_uid TEXT,
        calendar_sequence INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL,
        application_id INTEGER REFERENCES applications (id),
        original_json TEXT NOT NULL DEFAULT '{}',
        from_domain TEXT,
        trusted INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX interviews_calendar_uid ON interviews (calendar_uid);
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER REFERENCES interviews (id),
        application_id INTEGER REFERENCES applications (id),
        message_row INTEGER REFERENCES messages (id),
        kind TEXT NOT NULL,
        note TEXT,
        at TEXT NOT NULL
    );
    CREATE TABLE followups (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER REFERENCES interviews (id),
        application_id INTEGER REFERENCES applications (id),
        rule TEXT NOT NULL,
        recipient_name TEXT,
        recipient_email TEXT NOT NULL,
        cc_json TEXT NOT NULL DEFAULT '[]',
        send_at TEXT NOT NULL,
        state TEXT NOT NULL,
        message_id TEXT NOT NULL UNIQUE,
        template TEXT NOT NULL,
        subject TEXT,
        body TEXT,
        edited INTEGER NOT NULL DEFAULT 0,
        max_lateness_s INTEGER NOT NULL DEFAULT 86400,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error TEXT,
        smtp_reply TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX followups_key ON followups (
        COALESCE(interview_id, 0), COALESCE(application_id, 0), rule, lower(recipient_email)
    );
    CREATE INDEX followups_state ON followups (state, send_at);
    CREATE TABLE transitions (
        id INTEGER PRIMARY KEY,
        followup_id INTEGER NOT NULL REFERENCES followups (id),
        from_state TEXT,
        to_state TEXT NOT NULL,
        cause TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews (id),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE own_messages (
        message_id TEXT PRIMARY KEY,
        purpose TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE approval_tokens (
        token_hash TEXT PRIMARY KEY,
        interview_id INTEGER,
        followup_ids_json TEXT NOT NULL,
        request_message_id TEXT,
        created_at TEXT NOT NULL,
        used_at TEXT,
        retired_at TEXT
    );
    CREATE TABLE notices (
        key TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def _ts(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r} cannot be stored")
    return value.astimezone(timezone.utc).isoformat()


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _people(value: str | None) -> tuple[Person, ...]:
    return tuple(Person(name=p.get("name"), email=p.get("email")) for p in json.loads(value or "[]"))


def _person(value: str | None) -> Person | None:
    return Person.from_json(json.loads(value)) if value else None


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


class Store:
    """The state database of one state dir."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._lock_fd: int | None = None

    # --- opening, locking, transactions ---

    @classmethod
    def open(cls, state_dir: Path) -> Store:
        """Open (creating if needed) the store in `state_dir` and bring its schema up to date."""
        try:
            state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreError(
                f"cannot create state dir {state_dir}: {exc.strerror or exc}; check state_dir in the config"
            ) from None
        store = cls(state_dir / DB_NAME)
        store._migrate()
        return store

    def _connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open state database {self.path}: {exc}; check the state dir") from None
        self._local.conn = conn
        self._local.depth = 0
        return conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one transaction; nested blocks join the outermost one."""
        conn = self._connect()
        depth: int = self._local.depth
        if depth == 0:
            conn.execute("BEGIN IMMEDIATE")
        self._local.depth = depth + 1
        try:
            yield conn
        except BaseException:
            self._local.depth = depth
            if depth == 0:
                conn.execute("ROLLBACK")
            raise
        self._local.depth = depth
        if depth == 0:
            conn.execute("COMMIT")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return self._connect().execute(sql, params).fetchall()

    def _migrate(self) -> None:
        conn = self._connect()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"state database {self.path} has schema version {version}, newer than this followup "
                f"understands ({SCHEMA_VERSION}); upgrade followup"
            )
        for index in range(version, SCHEMA_VERSION):
            with self.transaction():
                for statement in _split_sql(MIGRATIONS[index]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {index + 1}")
            log.log(logging.INFO if version else logging.DEBUG, "state schema at version=%d path=%s", index + 1, self.path)

    def close(self) -> None:
        """Close this thread's connection and release the daemon lock if held."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
        self.unlock()

    def lock(self) -> None:
        """Take the one-daemon-per-state-dir lock; raise StoreError if another process holds it."""
        lock_path = self.path.parent / LOCK_NAME
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise StoreError(
                f"another followup daemon (pid {holder}) is using {self.path.parent}; stop it first"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._lock_fd = fd

    def unlock(self) -> None:
        """Release the daemon lock if this store holds it."""
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def copy_to(self, state_dir: Path) -> Store:
        """A copy of this store in another folder (for dry runs that must touch nothing)."""
        target = Store.open(state_dir)
        self._connect().backup(target._connect())
        return target

    # --- settings ---

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def is_paused(self) -> bool:
        """True while the kill switch is on: nothing is sent."""
        return self.get_setting("paused") == "1"

    def set_paused(self, paused: bool) -> None:
        self.set_setting("paused", "1" if paused else "0")

    # --- folders and messages ---

    def folder(self, name: str) -> FolderRow | None:
        """Return what is known of folder `name`, or None before its first poll."""
        rows = self._read("SELECT * FROM folders WHERE name = ?", (name,))
        if not rows:
            return None
        r = rows[0]
        return FolderRow(
            name=r["name"],
            uidvalidity=r["uidvalidity"],
            last_uid=r["last_uid"],
            first_sync_at=_dt(r["first_sync_at"]),
            last_poll_ok=_dt(r["last_poll_ok"]),
            last_error=r["last_error"],
            last_error_at=_dt(r["last_error_at"]),
            consecutive_errors=r["consecutive_errors"],
            seen=r["seen"],
        )

    def folders(self) -> list[FolderRow]:
        """Every folder the store has polled or tried to, by name."""
        names = [r["name"] for r in self._read("SELECT name FROM folders ORDER BY name")]
        return [row for row in (self.folder(n) for n in names) if row is not None]

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
                (_ts(at), name),
            )

    def advance_last_uid(self, name: str, uid: int) -> None:
        """Move a folder's high-water mark (never backwards)."""
        with self.transaction() as conn:
            self._ensure_folder(conn, name)
            conn.execute(
                "UPDATE folders SET last_uid = MAX(last_uid, ?) WHERE name = ?", (uid, name)
            )

    def record_poll_ok(self, name: str, at: datetime) -> None:
        with self.transaction() as conn:
            self._ensure_folder(conn, name)
            conn.execute(
                "UPDATE folders SET last_poll_ok = ?, consecutive_errors = 0 WHERE name = ?",
                (_ts(at), name),
            )

    def record_poll_error(self, name: str, at: datetime, error: str) -> None:
        with self.transaction() as conn:
            self._ensure_folder(conn, name)
            conn.execute(
                "UPDATE folders SET last_error = ?, last_error_at = ?, "
                "consecutive_errors = consecutive_errors + 1 WHERE name = ?",
                (error, _ts(at), name),
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
        return _message_row(rows[0]) if rows else None

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
                (folder, uidvalidity, uid, message_id, sha256, outcome, error, kind, event_json, _ts(at)),
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
        self, row_id: int, outcome: str, *, kind: str | None = None, event_json: str | None = None, error: str | None = None
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
        return [_message_row(r) for r in rows]

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
                (message_id, purpose, _ts(at)),
            )

    def is_own_message(self, message_id: str | None) -> bool:
        if not message_id:
            return False
        if self._read("SELECT 1 FROM own_messages WHERE message_id = ?", (message_id,)):
            return True
        return bool(self._read("SELECT 1 FROM followups WHERE message_id = ?", (message_id,)))

    # --- applications and interviews ---

    def add_application(self, app: Application, at: datetime) -> int:
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO applications (company, role, received, contact_json, thread_ids_json, state, "
                "original_json, from_domain, trusted, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    app.company,
                    app.role,
                    _ts(app.received),
                    json.dumps(app.contact.to_json()) if app.contact else None,
                    json.dumps(list(app.thread_ids)),
                    app.state.value,
                    json.dumps(app.original.to_json()),
                    app.from_domain,
                    int(app.trusted),
                    _ts(at),
                    _ts(at),
                ),
            )
            return int(cur.lastrowid or 0)

    def update_application(self, app: Application, at: datetime) -> None:
        if app.id is None:
            raise ValueError("update_application needs an application with an id")
        with self.transaction() as conn:
            conn.execute(
                "UPDATE applications SET company = ?, role = ?, contact_json = ?, thread_ids_json = ?, "
                "state = ?, updated_at = ? WHERE id = ?",
                (
                    app.company,
                    app.role,
                    json.dumps(app.contact.to_json()) if app.contact else None,
                    json.dumps(list(app.thread_ids)),
                    app.state.value,
                    _ts(at),
                    app.id,
                ),
            )

    def applications(self, state: str | None = None) -> list[Application]:
        sql = "SELECT * FROM applications"
        params: tuple[Any, ...] = ()
        if state:
            sql += " WHERE state = ?"
            params = (state,)
        return [_application(r) for r in self._read(sql + " ORDER BY id", params)]

    def application(self, app_id: int) -> Application | None:
        rows = self._read("SELECT * FROM applications WHERE id = ?", (app_id,))
        return _application(rows[0]) if rows else None

    def add_interview(self, iv: Interview, at: datetime) -> int:
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO interviews (company, role, time_json, interviewers_json, contact_json, "
                "thread_ids_json, calendar_uid, calendar_sequence, state, application_id, original_json, "
                "from_domain, trusted, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*_interview_values(iv), _ts(at), _ts(at)),
            )
            return int(cur.lastrowid or 0)

    def update_interview(self, iv: Interview, at: datetime) -> None:
        if iv.id is None:
            raise ValueError("update_interview needs an interview with an id")
        with self.transaction() as conn:
            conn.execute(
                "UPDATE interviews SET company = ?, role = ?, time_json = ?, interviewers_json = ?, "
                "contact_json = ?, thread_ids_json = ?, calendar_uid = ?, calendar_sequence = ?, state = ?, "
                "application_id = ?, original_json = ?, from_domain = ?, trusted = ?, updated_at = ? "
                "WHERE id = ?",
                (*_interview_values(iv), _ts(at), iv.id),
            )

    def interviews(self, state: str | None = None) -> list[Interview]:
        sql = "SELECT * FROM interviews"
        params: tuple[Any, ...] = ()
        if state:
            sql += " WHERE state = ?"
            params = (state,)
        questions: dict[int, list[str]] = {}
        for q in self._read("SELECT interview_id, text FROM questions ORDER BY id"):
            questions.setdefault(q["interview_id"], []).append(q["text"])
        return [self._interview(r, tuple(questions.get(r["id"], ()))) for r in self._read(sql + " ORDER BY id", params)]

    def interview(self, interview_id: int) -> Interview | None:
        rows = self._read("SELECT * FROM interviews WHERE id = ?", (interview_id,))
        return self._interview(rows[0]) if rows else None

    def _interview(self, r: sqlite3.Row, questions: tuple[str, ...] | None = None) -> Interview:
        if questions is None:
            questions = tuple(
                q["text"]
                for q in self._read("SELECT text FROM questions WHERE interview_id = ? ORDER BY id", (r["id"],))
            )
        time_data = json.loads(r["time_json"]) if r["time_json"] else None
        return Interview(
            id=r["id"],
            company=r["company"],
            role=r["role"],
            time=InterviewTime.from_json(time_data),
            interviewers=_people(r["interviewers_json"]),
            contact=_person(r["contact_json"]),
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

    def add_question(self, interview_id: int, text: str, at: datetime) -> None:
        with self.transaction() as conn:
            if not conn.execute("SELECT 1 FROM interviews WHERE id = ?", (interview_id,)).fetchone():
                raise StoreError(f"no interview {interview_id}; see `followup interviews` for the ids")
            conn.execute(
                "INSERT INTO questions (interview_id, text, created_at) VALUES (?, ?, ?)",
                (interview_id, text, _ts(at)),
            )

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
                (interview_id, application_id, message_row, kind, note, _ts(at)),
            )

    def history_of(self, *, interview_id: int | None = None, application_id: int | None = None) -> list[dict[str, Any]]:
        if interview_id is not None:
            rows = self._read("SELECT * FROM history WHERE interview_id = ? ORDER BY id", (interview_id,))
        else:
            rows = self._read("SELECT * FROM history WHERE application_id = ? ORDER BY id", (application_id,))
        return [dict(r) for r in rows]

    # --- follow-ups ---

    def add_followup(self, fu: FollowUp, at: datetime, cause: str) -> int | None:
        """Insert a planned follow-up; return its id, or None when its key already exists."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO followups (interview_id, application_id, rule, recipient_name, "
                "recipient_email, cc_json, send_at, state, message_id, template, subject, body, edited, "
                "max_lateness_s, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    fu.interview_id,
                    fu.application_id,
                    fu.rule,
                    fu.recipient.name,
                    fu.recipient.email,
                    json.dumps([p.to_json() for p in fu.cc]),
                    _ts(fu.send_at),
                    fu.state.value,
                    fu.message_id,
                    fu.template,
                    fu.subject,
                    fu.body,
                    int(fu.edited),
                    fu.max_lateness_s,
                    _ts(at),
                    _ts(at),
                ),
            )
            if not cur.rowcount:
                return None
            fid = int(cur.lastrowid or 0)
            conn.execute(
                "INSERT INTO transitions (followup_id, from_state, to_state, cause, at) VALUES (?, NULL, ?, ?, ?)",
                (fid, fu.state.value, cause, _ts(at)),
            )
            return fid

    def followup(self, followup_id: int) -> FollowUp | None:
        rows = self._read("SELECT * FROM followups WHERE id = ?", (followup_id,))
        return _followup(rows[0]) if rows else None

    def followups(
        self,
        state: FollowUpState | str | None = None,
        *,
        interview_id: int | None = None,
        application_id: int | None = None,
    ) -> list[FollowUp]:
        """Follow-ups, filtered by state and owner (interview or application), by send time."""
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
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._read(f"SELECT * FROM followups{where} ORDER BY send_at, id", params)
        return [_followup(r) for r in rows]

    def tracked_addresses(self) -> set[str]:
        """Every contact's and interviewer's address, lower-cased (to notice replies cheaply)."""
        found: set[str] = set()
        for r in self._read("SELECT interviewers_json, contact_json FROM interviews"):
            for p in (*_people(r["interviewers_json"]), _person(r["contact_json"])):
                if p is not None and p.email:
                    found.add(p.email.lower())
        for r in self._read("SELECT contact_json FROM applications WHERE contact_json IS NOT NULL"):
            p = _person(r["contact_json"])
            if p is not None and p.email:
                found.add(p.email.lower())
        return found

    def sent_refs(self) -> list[tuple[str, int | None, int | None]]:
        """(Message-ID, interview, application) of every follow-up that went (or may have gone) out."""
        rows = self._read(
            "SELECT message_id, interview_id, application_id FROM followups "
            "WHERE state IN ('sent', 'sending', 'unknown')"
        )
        return [(r["message_id"], r["interview_id"], r["application_id"]) for r in rows]

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
        **fields: Any,
    ) -> FollowUp:
        """Move a follow-up to `to_state` in one transaction, recording time and cause.

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
        with self.transaction() as conn:
            row = conn.execute("SELECT state FROM followups WHERE id = ?", (followup_id,)).fetchone()
            if row is None:
                raise StoreError(f"no follow-up {followup_id}; see `followup followups` for the ids")
            current = FollowUpState(row["state"])
            expected = (expect,) if isinstance(expect, FollowUpState) else expect
            if expected is not None and current not in expected:
                from followup.errors import InvalidTransition

                raise InvalidTransition(
                    f"follow-up {followup_id} is {current.value}, not "
                    f"{' or '.join(e.value for e in expected)}; nothing changed"
                )
            if current != to_state:
                check_transition(current, to_state)
            values = {k: (_ts(v) if isinstance(v, datetime) else v) for k, v in fields.items()}
            sets = ", ".join(f"{k} = ?" for k in values)
            conn.execute(
                f"UPDATE followups SET state = ?, updated_at = ?{', ' + sets if sets else ''} WHERE id = ?",
                (to_state.value, _ts(at), *values.values(), followup_id),
            )
            conn.execute(
                "INSERT INTO transitions (followup_id, from_state, to_state, cause, at) VALUES (?, ?, ?, ?, ?)",
                (followup_id, current.value, to_state.value, cause, _ts(at)),
            )
            row = conn.execute("SELECT * FROM followups WHERE id = ?", (followup_id,)).fetchone()
            return _followup(row)

    def update_followup(self, followup_id: int, at: datetime, **fields: Any) -> None:
        """Change a follow-up's fields without a state change (a re-timing, a re-render)."""
        allowed = {"send_at", "subject", "body", "next_attempt_at", "recipient_name", "last_error"}
        bad = set(fields) - allowed
        if bad:
            raise ValueError(f"cannot set follow-up fields {sorted(bad)}")
        values = {k: (_ts(v) if isinstance(v, datetime) else v) for k, v in fields.items()}
        with self.transaction() as conn:
            sets = ", ".join(f"{k} = ?" for k in values)
            conn.execute(
                f"UPDATE followups SET updated_at = ?{', ' + sets if sets else ''} WHERE id = ?",
                (_ts(at), *values.values(), followup_id),
            )

    def transitions(self, followup_id: int) -> list[Transition]:
        rows = self._read("SELECT * FROM transitions WHERE followup_id = ? ORDER BY id", (followup_id,))
        return [
            Transition(r["followup_id"], r["from_state"], r["to_state"], r["cause"], datetime.fromisoformat(r["at"]))
            for r in rows
        ]

    def followup_counts(self) -> dict[str, int]:
        rows = self._read("SELECT state, COUNT(*) AS n FROM followups GROUP BY state")
        return {r["state"]: r["n"] for r in rows}

    def sent_between(self, start: datetime, end: datetime) -> int:
        """How many follow-ups went out (became `sending`) in [start, end)."""
        rows = self._read(
            "SELECT COUNT(DISTINCT followup_id) AS n FROM transitions WHERE to_state = 'sending' "
            "AND at >= ? AND at < ?",
            (_ts(start), _ts(end)),
        )
        return int(rows[0]["n"])

    def sent_followups(self) -> list[tuple[FollowUp, datetime]]:
        """Every sent follow-up with the time it was sent, oldest first."""
        rows = self._read(
            "SELECT f.*, t.at AS sent_time FROM followups f JOIN transitions t ON t.followup_id = f.id "
            "AND t.to_state = 'sent' WHERE f.state = 'sent' ORDER BY t.at, f.id"
        )
        return [(_followup(r), datetime.fromisoformat(r["sent_time"])) for r in rows]

    def reply_times(self) -> list[tuple[int | None, int | None, datetime]]:
        """(interview_id, application_id, at) of every human reply noticed."""
        rows = self._read(
            "SELECT interview_id, application_id, at FROM history WHERE kind = 'reply' ORDER BY at"
        )
        return [(r["interview_id"], r["application_id"], datetime.fromisoformat(r["at"])) for r in rows]

    # --- the outbox seen by send.dispatch ---

    def due_followups(self, now: datetime) -> list[FollowUp]:
        """Approved follow-ups whose send time has come and whose retry delay has passed."""
        rows = self._read(
            "SELECT * FROM followups WHERE state = 'approved' AND send_at <= ? "
            "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY send_at, id",
            (_ts(now), _ts(now)),
        )
        return [_followup(r) for r in rows]

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
        """Move a follow-up only if it is still in `from_state` (send.Outbox, with the time bound)."""
        fields.pop("sent_at", None)
        if "next_attempt" in fields:
            fields["next_attempt_at"] = fields.pop("next_attempt")
        self.transition(followup_id, to_state, cause, at, expect=from_state, **fields)

    def sent_today(self, now: datetime) -> int:
        """Follow-ups that went out in the 24 hours before `now` (the max_per_day window)."""
        return self.sent_between(now - timedelta(days=1), now + timedelta(seconds=1))

    # --- approval tokens (only their hashes are stored) ---

    def add_token(
        self, token_hash: str, followup_ids: Sequence[int], at: datetime, *,
        interview_id: int | None, request_message_id: str,
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO approval_tokens (token_hash, interview_id, followup_ids_json, request_message_id, "
                "created_at) VALUES (?, ?, ?, ?, ?)",
                (token_hash, interview_id, json.dumps(list(followup_ids)), request_message_id, _ts(at)),
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
            "used_at": _dt(r["used_at"]),
            "live": bool(states) and any(st is FollowUpState.awaiting_approval for st in states),
        }

    def use_token(self, token_hash: str, at: datetime) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE approval_tokens SET used_at = ? WHERE token_hash = ?", (_ts(at), token_hash))

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
                        "UPDATE approval_tokens SET retired_at = ? WHERE token_hash = ?", (_ts(at), r["token_hash"])
                    )

    def requested_followup_ids(self) -> set[int]:
        """Follow-ups already shown in an open (unused, current) approval request."""
        rows = self._read(
            "SELECT followup_ids_json FROM approval_tokens WHERE used_at IS NULL AND retired_at IS NULL"
        )
        return {int(i) for r in rows for i in json.loads(r["followup_ids_json"])}

    # --- notices to the owner ---

    def add_notice(self, key: str, text: str, at: datetime) -> bool:
        """Queue a notice for the owner once per key; False if that key was already queued."""
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO notices (key, text, created_at) VALUES (?, ?, ?)", (key, text, _ts(at))
            )
            return bool(cur.rowcount)

    def unsent_notices(self) -> list[tuple[str, str]]:
        return [(r["key"], r["text"]) for r in self._read("SELECT key, text FROM notices WHERE sent_at IS NULL ORDER BY created_at")]

    def mark_notice_sent(self, key: str, at: datetime) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE notices SET sent_at = ? WHERE key = ?", (_ts(at), key))


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _message_row(r: sqlite3.Row) -> MessageRow:
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


def _application(r: sqlite3.Row) -> Application:
    return Application(
        id=r["id"],
        company=r["company"],
        role=r["role"],
        received=datetime.fromisoformat(r["received"]),
        contact=_person(r["contact_json"]),
        thread_ids=tuple(json.loads(r["thread_ids_json"])),
        state=TrackState(r["state"]),
        original=Original.from_json(json.loads(r["original_json"])),
        from_domain=r["from_domain"],
        trusted=bool(r["trusted"]),
    )


def _interview_values(iv: Interview) -> tuple[Any, ...]:
    return (
        iv.company,
        iv.role,
        json.dumps(iv.time.to_json()) if iv.time else None,
        json.dumps([p.to_json() for p in iv.interviewers]),
        json.dumps(iv.contact.to_json()) if iv.contact else None,
        json.dumps(list(iv.thread_ids)),
        iv.calendar_uid,
        iv.calendar_sequence,
        iv.state.value,
        iv.application_id,
        json.dumps(iv.original.to_json()),
        iv.from_domain,
        int(iv.trusted),
    )


def _followup(r: sqlite3.Row) -> FollowUp:
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
        created_at=_dt(r["created_at"]),
        last_error=r["last_error"],
        max_lateness_s=r["max_lateness_s"],
        attempts=r["attempts"],
        next_attempt=_dt(r["next_attempt_at"]),
        cc=_people(r["cc_json"]),
    )
