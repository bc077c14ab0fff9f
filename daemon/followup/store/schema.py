"""The schema of the state database: its migrations and its version (`PRAGMA user_version`)."""

from __future__ import annotations

DB_NAME = "state.db"
LOCK_NAME = "daemon.lock"

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
    # Why a note went to a fallback recipient, and the mail it answers (its threading parent).
    """
    ALTER TABLE followups ADD COLUMN fallback TEXT;
    ALTER TABLE followups ADD COLUMN answers_json TEXT;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def split_sql(script: str) -> list[str]:
    """Split a migration script into its statements."""
    return [s.strip() for s in script.split(";") if s.strip()]
