"""The state store: schema version, one transaction per change, the daemon lock, round trips."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, UTC
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup.errors import InvalidTransition, StoreError
from followup.model import FollowUp, FollowUpState, Interview, InterviewTime, Original, Person, TrackState
from followup.store import DB_NAME, SCHEMA_VERSION, Store

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "state")
    yield s
    s.close()


def _followup(**overrides: object) -> FollowUp:
    values: dict[str, object] = dict(
        id=None,
        rule="thank each interviewer",
        recipient=Person("Jane Doe", "jane@acme.example"),
        send_at=NOW + timedelta(hours=2),
        state=FollowUpState.awaiting_approval,
        message_id="<f1@example.com>",
        template="thank_you.txt",
        interview_id=None,
    )
    values.update(overrides)
    return FollowUp(**values)  # type: ignore[arg-type]


def test_schema_version_is_recorded_and_wal_is_on(store: Store, tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "state" / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    Store.open(tmp_path / "s").close()
    Store.open(tmp_path / "s").close()
    conn = sqlite3.connect(tmp_path / "s" / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    Store.open(tmp_path / "s").close()
    conn = sqlite3.connect(tmp_path / "s" / DB_NAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="upgrade followup"):
        Store.open(tmp_path / "s")


def test_second_lock_on_the_same_state_dir_is_refused(tmp_path: Path, store: Store) -> None:
    store.lock()
    code = (
        "import sys; from pathlib import Path\n"
        "from followup.store import Store; from followup.errors import StoreError\n"
        f"s = Store.open(Path({str(tmp_path / 'state')!r}))\n"
        "try:\n    s.lock()\nexcept StoreError as e:\n    print(e); sys.exit(7)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 7
    assert "another followup daemon" in done.stdout
    store.unlock()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0


def test_record_message_is_idempotent_and_advances_last_uid(store: Store) -> None:
    store.set_uidvalidity("INBOX", 7)
    first = store.record_message(
        folder="INBOX", uidvalidity=7, uid=5, message_id="<a@x>", sha256="h", outcome="recorded", at=NOW
    )
    again = store.record_message(
        folder="INBOX", uidvalidity=7, uid=5, message_id="<a@x>", sha256="h", outcome="recorded", at=NOW
    )
    assert first == again
    folder = store.folder("INBOX")
    assert folder is not None and folder.last_uid == 5 and folder.seen == 1
    assert store.find_duplicate("<a@x>", "h") is not None
    assert store.find_duplicate("<a@x>", "other") is None


def test_a_failed_transaction_changes_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.record_message(
            folder="INBOX", uidvalidity=1, uid=1, message_id=None, sha256="h", outcome="recorded", at=NOW
        )
        raise RuntimeError("crash between the two writes")
    assert store.messages() == []


def test_a_failed_nested_block_undoes_its_own_writes_and_keeps_the_outer_ones(store: Store) -> None:
    def record(uid: int) -> None:
        store.record_message(
            folder="INBOX", uidvalidity=1, uid=uid, message_id=None, sha256=f"h{uid}", outcome="recorded", at=NOW
        )

    with store.transaction():
        record(1)
        with pytest.raises(RuntimeError), store.transaction():
            record(2)
            raise RuntimeError("the pipeline failed on this message")
        record(3)
    assert sorted(m.uid for m in store.messages()) == [1, 3]


def test_uidvalidity_change_restarts_uid_tracking(store: Store) -> None:
    store.set_uidvalidity("INBOX", 1)
    store.record_message(folder="INBOX", uidvalidity=1, uid=9, message_id=None, sha256="h", outcome="recorded", at=NOW)
    store.set_uidvalidity("INBOX", 2)
    folder = store.folder("INBOX")
    assert folder is not None and (folder.uidvalidity, folder.last_uid) == (2, 0)


def test_poll_errors_count_until_a_good_poll(store: Store) -> None:
    store.record_poll_error("INBOX", NOW, "unreachable")
    store.record_poll_error("INBOX", NOW, "unreachable")
    assert store.folder("INBOX").consecutive_errors == 2  # type: ignore[union-attr]
    store.record_poll_ok("INBOX", NOW)
    row = store.folder("INBOX")
    assert row is not None and row.consecutive_errors == 0 and row.last_poll_ok == NOW
    assert row.last_error == "unreachable"


def test_followup_round_trips_and_key_is_unique(store: Store) -> None:
    fid = store.add_followup(_followup(), NOW, "planned by rule")
    assert fid is not None
    assert store.add_followup(_followup(message_id="<other@x>"), NOW, "again") is None
    got = store.followup(fid)
    assert got is not None
    assert got.recipient == Person("Jane Doe", "jane@acme.example")
    assert got.send_at == NOW + timedelta(hours=2)
    assert got.state is FollowUpState.awaiting_approval
    assert store.is_own_message("<f1@example.com>")


def test_transitions_are_recorded_and_checked(store: Store) -> None:
    fid = store.add_followup(_followup(), NOW, "planned")
    assert fid is not None
    store.transition(fid, FollowUpState.approved, "approved by owner (cli)", NOW)
    with pytest.raises(InvalidTransition):
        store.transition(fid, FollowUpState.sent, "skipping sending", NOW)
    store.transition(fid, FollowUpState.sending, "due", NOW, expect=FollowUpState.approved)
    with pytest.raises(InvalidTransition, match="nothing changed"):
        store.transition(fid, FollowUpState.sending, "due", NOW, expect=FollowUpState.approved)
    store.transition(fid, FollowUpState.sent, "250 OK", NOW, smtp_reply="250 OK")
    states = [(t.from_state, t.to_state) for t in store.transitions(fid)]
    assert states == [
        (None, "awaiting_approval"),
        ("awaiting_approval", "approved"),
        ("approved", "sending"),
        ("sending", "sent"),
    ]
    assert store.sent_between(NOW - timedelta(hours=1), NOW + timedelta(hours=1)) == 1


def test_interview_round_trip_with_questions(store: Store) -> None:
    iv = Interview(
        id=None,
        company="Acme Robotics",
        role="Backend Engineer",
        time=InterviewTime(start=NOW, end=NOW + timedelta(minutes=45), timezone="America/New_York", meeting_url="https://zoom.us/j/1"),
        interviewers=(Person("Jane Doe", "jane@acme.example"),),
        contact=Person("Sam Lee", "sam@acme.example"),
        thread_ids=("<t1@acme>",),
        calendar_uid="uid-1",
        calendar_sequence=2,
        original=Original(sender="Sam Lee <sam@acme.example>", subject="Interview", date=NOW, message_id="<t1@acme>"),
    )
    iid = store.add_interview(iv, NOW)
    store.add_question(iid, "What does on-call look like?", NOW)
    got = store.interview(iid)
    assert got is not None
    assert got.time == iv.time and got.interviewers == iv.interviewers and got.contact == iv.contact
    assert got.questions == ("What does on-call look like?",)
    assert got.state is TrackState.scheduled
    with pytest.raises(StoreError, match="no interview 999"):
        store.add_question(999, "?", NOW)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="tz-aware"):
        _followup(send_at=datetime(2026, 12, 1, 9, 0))


def test_pause_switch(store: Store) -> None:
    assert not store.is_paused()
    store.set_paused(True)
    assert store.is_paused()
    store.set_paused(False)
    assert not store.is_paused()


def test_unwritable_state_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create state dir"):
        Store.open(blocker / "state")
