"""The schema of the state database: its migrations and its version (`PRAGMA user_version`)."""

from __future__ import annotations

import sqlite3

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
    # An index for every lookup the pipeline, planner, dispatcher and housekeeping make, and
    # the addresses and threads of tracked interviews and applications as indexed tables, kept
    # by triggers (whoever writes: the daemon, or a correction from the CLI). `tracking_version`
    # changes with every change to them, so a cache of them knows when it is stale.
    """
    CREATE INDEX transitions_followup ON transitions (followup_id, id);
    CREATE INDEX transitions_to_state ON transitions (to_state, at);
    CREATE INDEX followups_interview ON followups (interview_id);
    CREATE INDEX followups_application ON followups (application_id);
    CREATE INDEX history_interview ON history (interview_id);
    CREATE INDEX history_application ON history (application_id);
    CREATE INDEX history_kind ON history (kind, at);
    CREATE INDEX questions_interview ON questions (interview_id, id);
    CREATE INDEX interviews_state ON interviews (state);
    CREATE INDEX applications_state ON applications (state);
    CREATE INDEX messages_outcome ON messages (outcome);
    CREATE INDEX notices_unsent ON notices (sent_at, created_at);
    CREATE TABLE tracked_people (
        address TEXT NOT NULL,
        interview_id INTEGER,
        application_id INTEGER
    );
    CREATE INDEX tracked_people_address ON tracked_people (address);
    CREATE INDEX tracked_people_interview ON tracked_people (interview_id);
    CREATE INDEX tracked_people_application ON tracked_people (application_id);
    CREATE TABLE tracked_threads (
        message_id TEXT NOT NULL,
        interview_id INTEGER,
        application_id INTEGER
    );
    CREATE INDEX tracked_threads_message_id ON tracked_threads (message_id);
    CREATE INDEX tracked_threads_interview ON tracked_threads (interview_id);
    CREATE INDEX tracked_threads_application ON tracked_threads (application_id);
    INSERT INTO settings (key, value) VALUES ('tracking_version', '0');
    CREATE TRIGGER interviews_tracked_insert AFTER INSERT ON interviews BEGIN
        INSERT INTO tracked_people (address, interview_id)
            SELECT DISTINCT lower(json_extract(value, '$.email')), new.id FROM json_each(new.interviewers_json)
            WHERE json_extract(value, '$.email') IS NOT NULL
            UNION SELECT lower(json_extract(new.contact_json, '$.email')), new.id
            WHERE json_extract(new.contact_json, '$.email') IS NOT NULL;
        INSERT INTO tracked_threads (message_id, interview_id)
            SELECT DISTINCT value, new.id FROM json_each(new.thread_ids_json) WHERE value IS NOT NULL;
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'tracking_version';
    END;
    CREATE TRIGGER interviews_tracked_update AFTER UPDATE OF interviewers_json, contact_json, thread_ids_json
    ON interviews WHEN old.interviewers_json IS NOT new.interviewers_json
        OR old.contact_json IS NOT new.contact_json OR old.thread_ids_json IS NOT new.thread_ids_json BEGIN
        DELETE FROM tracked_people WHERE interview_id = old.id;
        DELETE FROM tracked_threads WHERE interview_id = old.id;
        INSERT INTO tracked_people (address, interview_id)
            SELECT DISTINCT lower(json_extract(value, '$.email')), new.id FROM json_each(new.interviewers_json)
            WHERE json_extract(value, '$.email') IS NOT NULL
            UNION SELECT lower(json_extract(new.contact_json, '$.email')), new.id
            WHERE json_extract(new.contact_json, '$.email') IS NOT NULL;
        INSERT INTO tracked_threads (message_id, interview_id)
            SELECT DISTINCT value, new.id FROM json_each(new.thread_ids_json) WHERE value IS NOT NULL;
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'tracking_version';
    END;
    CREATE TRIGGER interviews_tracked_delete AFTER DELETE ON interviews BEGIN
        DELETE FROM tracked_people WHERE interview_id = old.id;
        DELETE FROM tracked_threads WHERE interview_id = old.id;
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'tracking_version';
    END;
    CREATE TRIGGER applications_tracked_insert AFTER INSERT ON applications BEGIN
        INSERT INTO tracked_people (address, application_id)
            SELECT lower(json_extract(new.contact_json, '$.email')), new.id
            WHERE json_extract(new.contact_json, '$.email') IS NOT NULL;
        INSERT INTO tracked_threads (message_id, application_id)
            SELECT DISTINCT value, new.id FROM json_each(new.thread_ids_json) WHERE value IS NOT NULL;
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'tracking_version';
    END;
    CREATE TRIGGER applications_tracked_update AFTER UPDATE OF contact_json, thread_ids_json
    ON applications WHEN old.contact_json IS NOT new.contact_json OR old.thread_ids_json IS NOT new.thread_ids_json
    BEGIN
        DELETE FROM tracked_people WHERE application_id = old.id;
        DELETE FROM tracked_threads WHERE application_id = old.id;
        INSERT INTO tracked_people (address, application_id)
            SELECT lower(json_extract(new.contact_json, '$.email')), new.id
            WHERE json_extract(new.contact_json, '$.email') IS NOT NULL;
        INSERT INTO tracked_threads (message_id, application_id)
            SELECT DISTINCT value, new.id FROM json_each(new.thread_ids_json) WHERE value IS NOT NULL;
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'tracking_version';
    END;
    CREATE TRIGGER applications_tracked_delete AFTER DELETE ON applications BEGIN
        DELETE FROM tracked_people WHERE application_id = old.id;
        DELETE FROM tracked_threads WHERE application_id = old.id;
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'tracking_version';
    END;
    CREATE TRIGGER followups_tracked_insert AFTER INSERT ON followups BEGIN
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'tracking_version';
    END;
    CREATE TRIGGER own_messages_tracked_insert AFTER INSERT ON own_messages BEGIN
        UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'tracking_version';
    END;
    INSERT INTO tracked_people (address, interview_id)
        SELECT DISTINCT lower(json_extract(j.value, '$.email')), i.id
        FROM interviews i, json_each(i.interviewers_json) j
        WHERE json_extract(j.value, '$.email') IS NOT NULL
        UNION SELECT lower(json_extract(contact_json, '$.email')), id FROM interviews
        WHERE json_extract(contact_json, '$.email') IS NOT NULL;
    INSERT INTO tracked_people (address, application_id)
        SELECT lower(json_extract(contact_json, '$.email')), id FROM applications
        WHERE json_extract(contact_json, '$.email') IS NOT NULL;
    INSERT INTO tracked_threads (message_id, interview_id)
        SELECT DISTINCT j.value, i.id FROM interviews i, json_each(i.thread_ids_json) j WHERE j.value IS NOT NULL;
    INSERT INTO tracked_threads (message_id, application_id)
        SELECT DISTINCT j.value, a.id FROM applications a, json_each(a.thread_ids_json) j WHERE j.value IS NOT NULL
    """,
    # `history` and `stats` find the first reply after each sent note by interview or
    # application, kind and time: one index probe per note.
    """
    CREATE INDEX history_interview_kind ON history (interview_id, kind, at);
    CREATE INDEX history_application_kind ON history (application_id, kind, at)
    """,
    # Questions mailed to the owner ("What is this mail?", "What is X's address?"), answered by
    # e-mail like approvals (token hash only); and what the owner taught about senders.
    """
    CREATE TABLE inquiries (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        message_row INTEGER REFERENCES messages (id),
        event_json TEXT,
        interview_id INTEGER REFERENCES interviews (id),
        person_name TEXT,
        token_hash TEXT UNIQUE,
        request_message_id TEXT,
        created_at TEXT NOT NULL,
        asked_at TEXT,
        answered_at TEXT,
        answer TEXT
    );
    CREATE INDEX inquiries_open ON inquiries (answered_at, asked_at);
    CREATE TABLE hints (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (scope, key, field)
    )
    """,
    # Tracking looks up the interviews and applications an event may be about (same calendar
    # UID, thread, person or company) instead of reading them all; `company_word` is the first
    # word of the company's comparison key, computed by a function every connection registers.
    """
    ALTER TABLE interviews ADD COLUMN company_word TEXT;
    ALTER TABLE applications ADD COLUMN company_word TEXT;
    UPDATE interviews SET company_word = followup_company_word(company);
    UPDATE applications SET company_word = followup_company_word(company);
    CREATE INDEX interviews_company_word ON interviews (company_word);
    CREATE INDEX applications_company_word ON applications (company_word);
    CREATE TRIGGER interviews_company_insert AFTER INSERT ON interviews BEGIN
        UPDATE interviews SET company_word = followup_company_word(new.company) WHERE id = new.id;
    END;
    CREATE TRIGGER interviews_company_update AFTER UPDATE OF company ON interviews
    WHEN old.company IS NOT new.company BEGIN
        UPDATE interviews SET company_word = followup_company_word(new.company) WHERE id = new.id;
    END;
    CREATE TRIGGER applications_company_insert AFTER INSERT ON applications BEGIN
        UPDATE applications SET company_word = followup_company_word(new.company) WHERE id = new.id;
    END;
    CREATE TRIGGER applications_company_update AFTER UPDATE OF company ON applications
    WHEN old.company IS NOT new.company BEGIN
        UPDATE applications SET company_word = followup_company_word(new.company) WHERE id = new.id;
    END
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def split_sql(script: str) -> list[str]:
    """Split a migration script into its statements (a trigger's body holds semicolons of its own)."""
    statements: list[str] = []
    current = ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                statements.append(current.strip())
            current = ""
    return statements
