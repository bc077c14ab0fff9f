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

from followup.errors import StoreError
from followup.store.schema import DB_NAME, LOCK_NAME, MIGRATIONS, SCHEMA_VERSION, split_sql

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 30.0


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
        try:
            state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreError(
                f"cannot create state dir {state_dir}: {exc.strerror or exc}; check state_dir in the config"
            ) from None
        store = cls(state_dir / DB_NAME)
        store._migrate()
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
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open state database {self.path}: {exc}; check the state dir") from None
        self._local.conn = conn
        self._local.depth = 0
        return conn

    @contextlib.contextmanager
    def transaction(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """Run the block in one transaction; nested blocks join the outermost one.

        `durable` makes the commit reach the disk (fsync of the WAL) before this returns: for a
        state change that precedes a network side effect, which a power cut must not roll back.
        """
        conn = self._connect()
        depth: int = self._local.depth
        if depth == 0 and durable:
            conn.execute("PRAGMA synchronous=FULL")
        if depth == 0:
            conn.execute("BEGIN IMMEDIATE")
        self._local.depth = depth + 1
        try:
            yield conn
        except BaseException:
            self._local.depth = depth
            if depth == 0:
                conn.execute("ROLLBACK")
                if durable:
                    conn.execute("PRAGMA synchronous=NORMAL")
            raise
        self._local.depth = depth
        if depth == 0:
            conn.execute("COMMIT")
            if durable:
                conn.execute("PRAGMA synchronous=NORMAL")

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
                for statement in split_sql(MIGRATIONS[index]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {index + 1}")
            log.log(
                logging.INFO if version else logging.DEBUG, "state schema at version=%d path=%s", index + 1, self.path
            )

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
