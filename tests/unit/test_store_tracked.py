"""Tracked addresses and threads as indexed tables, kept by the database whoever writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from followup.model import Application, Interview, Person
from followup.store import DB_NAME, MIGRATIONS, Store
from followup.store.rows import message_id_key
from followup.store.schema import split_sql

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
IV = Interview(
    id=None,
    company="Acme",
    role=None,
    time=None,
    interviewers=(Person("Jane Doe", "Jane@Acme.example"), Person("Kim", None)),
    contact=Person("Sam Lee", "sam@acme.example"),
    thread_ids=("<t1@acme>", "<t2@acme>"),
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "state")
    yield s
    s.close()


def test_interviews_and_applications_fill_the_tracked_tables(store: Store) -> None:
    v0 = store.tracking_version()
    iid = store.add_interview(IV, NOW)
    aid = store.add_application(Application(None, "Beta", None, NOW, contact=Person("Bo", "bo@beta.example")), NOW)

    assert store.tracked_addresses() == {"jane@acme.example", "sam@acme.example", "bo@beta.example"}
    assert store.is_tracked_address("JANE@acme.example") and not store.is_tracked_address("kim@acme.example")
    assert {"<t1@acme>", "<t2@acme>"} <= store.tracked_threads()
    assert store.tracking_version() == v0 + 2

    moved = replace(IV, id=iid, contact=Person("Ann", "ann@acme.example"), thread_ids=("<t3@acme>",))
    store.update_interview(moved, NOW)
    assert store.tracked_addresses() == {"jane@acme.example", "ann@acme.example", "bo@beta.example"}
    assert "<t1@acme>" not in store.tracked_threads() and "<t3@acme>" in store.tracked_threads()
    assert store.tracking_version() == v0 + 3

    store.remember_own_message("<request-1@followup.example>", "approval", NOW)
    # Kept as a digest (a request's Message-ID carries its token); the owner's replies to it
    # pass the gate as the owner's mail.
    assert message_id_key("<request-1@followup.example>") in store.tracked_threads()
    assert store.tracking_version() == v0 + 4
    assert aid


def test_a_state_change_alone_leaves_the_tracked_tables_and_version_alone(store: Store) -> None:
    from followup.model import TrackState

    iid = store.add_interview(IV, NOW)
    version = store.tracking_version()
    store.update_interview(replace(IV, id=iid, state=TrackState.done), NOW)
    assert store.tracking_version() == version


def test_upgrading_an_older_database_fills_the_tracked_tables(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    conn = sqlite3.connect(state / DB_NAME)
    for index, script in enumerate(MIGRATIONS[:2]):
        for statement in split_sql(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {index + 1}")
    conn.execute(
        "INSERT INTO interviews (company, interviewers_json, contact_json, thread_ids_json, state, created_at, "
        "updated_at) VALUES ('Acme', '[{\"name\": \"J\", \"email\": \"J@acme.example\"}]', "
        "'{\"name\": \"S\", \"email\": \"s@acme.example\"}', '[\"<old@acme>\"]', 'scheduled', 'x', 'x')"
    )
    conn.commit()
    conn.close()

    store = Store.open(state)

    assert store.tracked_addresses() == {"j@acme.example", "s@acme.example"}
    assert "<old@acme>" in store.tracked_threads()
    store.close()
