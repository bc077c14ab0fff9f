"""Opening the state database: connections per thread, transactions, migrations, the daemon lock, settings."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Self

from followup.company_names import company_key
from followup.errors import StoreError
from followup.store.rows import message_id_key
from followup.store.schema import DB_NAME, LOCK_NAME, MIGRATIONS, SCHEMA_VERSION, split_sql

# Rows read at a time when a whole list is streamed out.
LIST_CHUNK = 500

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 30.0


def _make_private(path: Path, mode: int, *, existed: bool = True) -> None:
    """Give `path` exactly `mode` when it allows more; say so when it existed before, since
    someone may have read it."""
    current = path.stat().st_mode & 0o777
    if current & ~mode:
        path.chmod(mode)
        if existed:
            log.warning("%s was readable by others (%04o); made it %04o", path, current, mode)


def _describe(exc: sqlite3.Error, path: Path) -> str:
    text = str(exc)
    if "full" in text:
        return f"state database {path}: the disk is full ({text}); free some space, then run followup again"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"state database {path} is damaged ({text}); restore it from a backup or move it away to start afresh"
    return f"state database {path}: {text}; check the state dir"


class Database:
    """One state dir's SQLite file; the aggregate stores build their queries on it."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._local = threading.local()
        self._lock_fd: int | None = None

    @classmethod
    def open(cls, state_dir: Path) -> Self:
        """Open (creating if needed) the store in `state_dir` and bring its schema up to date."""
        existed = (state_dir / DB_NAME).exists()
        try:
            dir_existed = state_dir.exists()
            state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            _make_private(state_dir, 0o700, existed=dir_existed)
        except OSError as exc:
            raise StoreError(
                f"cannot create state dir {state_dir}: {exc.strerror or exc}; check state_dir in the config"
            ) from None
        store = cls(state_dir / DB_NAME)
        store._migrate()
        store._private_files(existed)
        return store

    @classmethod
    def open_read_only(cls, state_dir: Path) -> Self | None:
        """Open an existing store for reading only (None when there is none yet): nothing is created or written."""
        path = state_dir / DB_NAME
        if not path.exists():
            return None
        store = cls(path, read_only=True)
        version = store._connect().execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            store.close()
            return None
        if version != SCHEMA_VERSION:
            store.close()
            raise StoreError(
                f"state database {path} has schema version {version}, this followup reads version "
                f"{SCHEMA_VERSION}; run `followup status` once to upgrade it, or upgrade followup"
            )
        return store

    def _private_files(self, existed: bool) -> None:
        # The database holds drafts, addresses and history: readable by its owner only, whatever
        # the umask was when SQLite created it (and its -wal and -shm companions).
        for path in self.path.parent.glob(DB_NAME + "*"):
            try:
                _make_private(path, 0o600, existed=existed)
            except OSError as exc:
                raise StoreError(f"cannot make {path} private: {exc.strerror or exc}; check the state dir") from None

    def _connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        try:
            if self.read_only:
                uri = f"{self.path.resolve().as_uri()}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
                conn.row_factory = sqlite3.Row
            else:
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
                conn.row_factory = sqlite3.Row
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("PRAGMA foreign_keys=ON")
            # Kept in an indexed column by triggers, so that tracking finds the interviews and
            # applications at a company without reading them all.
            conn.create_function("followup_company_word", 1, company_word, deterministic=True)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {_describe(exc, self.path)}") from None
        self._local.conn = conn
        self._local.depth = 0
        return conn

    @contextlib.contextmanager
    def transaction(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """Run the block in one transaction; nested blocks join the outermost one.

        A nested block is a savepoint: when it raises, its own writes are undone and the
        outer block, which may catch the fault and go on, keeps what it wrote before.

        `durable` makes the commit reach the disk (fsync of the WAL) before this returns: for a
        state change that precedes a network side effect, which a power cut must not roll back.
        """
        conn = self._connect()
        depth: int = self._local.depth
        try:
            if depth == 0 and durable:
                conn.execute("PRAGMA synchronous=FULL")
            conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT nested{depth}")
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc, self.path)) from None
        self._local.depth = depth + 1
        try:
            yield conn
            conn.execute("COMMIT" if depth == 0 else f"RELEASE nested{depth}")
        except BaseException as exc:
            self._local.depth = depth
            if depth == 0:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if durable:
                    conn.execute("PRAGMA synchronous=NORMAL")
            elif conn.in_transaction:
                conn.execute(f"ROLLBACK TO nested{depth}")
                conn.execute(f"RELEASE nested{depth}")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(_describe(exc, self.path)) from None
            raise
        self._local.depth = depth
        if depth == 0 and durable:
            conn.execute("PRAGMA synchronous=NORMAL")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        try:
            return self._connect().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc, self.path)) from None

    def _chunks(self, sql: str, params: Sequence[Any] = (), *, plain: bool = False) -> Iterator[list[Any]]:
        """The rows of a query a chunk at a time, for lists of years that are never held whole.

        `plain` gives tuples rather than Rows, for readers that know the columns.
        """
        try:
            cursor = self._connect().execute(sql, params)
            if plain:
                cursor.row_factory = None
            while chunk := cursor.fetchmany(LIST_CHUNK):
                yield chunk
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc, self.path)) from None

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
                for statement in split_sql(MIGRATIONS[index]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {index + 1}")
            log.log(
                logging.INFO if version else logging.DEBUG, "state schema at version=%d path=%s", index + 1, self.path
            )
        self._scrub_tokens()

    def _scrub_tokens(self) -> None:
        # Databases written by earlier versions kept approval requests' Message-IDs, which carry
        # their tokens, as text: replace them by their digests (see rows.message_id_key).
        if self.get_setting("own_message_ids_hashed"):
            return
        conn = self._connect()
        with self.transaction():
            for table, column in (("own_messages", "message_id"), ("approval_tokens", "request_message_id")):
                rows = conn.execute(
                    f"SELECT rowid, {column} AS mid FROM {table} WHERE {column} NOT LIKE 'sha256:%'"
                ).fetchall()
                for row in rows:
                    key = message_id_key(row["mid"])
                    conn.execute(f"UPDATE OR IGNORE {table} SET {column} = ? WHERE rowid = ?", (key, row[0]))
            self.set_setting("own_message_ids_hashed", "1")

    def close(self) -> None:
        """Close this thread's connection and release the daemon lock if held."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
        self.unlock()

    def lock(self) -> None:
        """Take the one-daemon-per-state-dir lock; raise StoreError if another process holds it."""
        # The lock is on the state dir itself, not on a file in it: deleting a file cannot
        # release it. The lock file only tells a second daemon whom it met.
        lock_path = self.path.parent / LOCK_NAME
        fd = os.open(self.path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            try:
                holder = lock_path.read_text(encoding="ascii", errors="replace").strip()[:32] or "unknown"
            except OSError:
                holder = "unknown"
            raise StoreError(
                f"another followup daemon (pid {holder}) is using {self.path.parent}; stop it first"
            ) from None
        with contextlib.suppress(OSError):
            lock_path.write_text(str(os.getpid()), encoding="ascii")
            lock_path.chmod(0o600)
        self._lock_fd = fd

    def unlock(self) -> None:
        """Release the daemon lock if this store holds it."""
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    # --- settings ---

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """Read one setting, or `default` when it was never set."""
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        """Write one setting."""
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
        """Turn the kill switch on or off."""
        self.set_setting("paused", "1" if paused else "0")


def company_word(name: object) -> str | None:
    """The first word of a company's comparison key: every name `same_company` may match shares it."""
    if not isinstance(name, str):
        return None
    key = company_key(name)
    return key.split(" ", 1)[0] if key else None
