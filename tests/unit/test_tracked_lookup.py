"""Deciding an event on the part of the state the store finds by index decides exactly as on all of it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followup import pipeline, route
from followup.changes import Changes, Snapshot, decide
from followup.drafts import drafter
from followup.config import load_config
from followup.detect import detect_event
from followup.model import Application, Event, EventKind, Interview, InterviewTime, Original, Person
from followup.parse import parse_message
from followup.runtime import Runtime, load_runtime
from followup.source import FetchedMail
from followup.store import Store
from followup.track import MessageFacts

ROOT = Path(__file__).resolve().parents[2]
LABELLED = sorted((ROOT / "tests" / "data" / "labelled").glob("*.eml"))
OWNER = "alex.morgan@mail.example"
NOW = datetime(2026, 12, 20, tzinfo=UTC)


def runtime(tmp_path: Path) -> Runtime:
    config = load_config(
        f"owner: {{name: Alex Morgan, email: {OWNER}, timezone: America/New_York}}\n"
        f"mailbox: {{source: maildir, path: mail}}\nrules: {ROOT / 'rules'}\n"
        f"templates: {ROOT / 'rules' / 'templates'}\nstate_dir: state\n",
        "config.yaml",
        str(tmp_path),
    )
    return load_runtime(config)


def decided(rt: Runtime, store: Store, raw: bytes, event: Event | None = None) -> tuple[Changes, Changes]:
    """(decided on the indexed part of the state, decided on all of it) for one message."""
    message = parse_message(raw)
    event = event or detect_event(message, owner_email=OWNER, owner_zone="America/New_York")
    verdict = pipeline.judge_trust(rt, message)
    facts = MessageFacts.from_message(message, trusted=verdict.trusted)

    def on(snapshot: Snapshot) -> Changes:
        return decide(
            snapshot, event, facts, verdict, rules=rt.rules, owner=rt.owner,
            owner_addresses=rt.config.trusted_senders, now=NOW, draft=drafter(rt),
        )  # fmt: skip

    return on(pipeline.snapshot_for(store, event, message, facts)), on(store.snapshot())


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Runtime, Store]:
    tmp = tmp_path_factory.mktemp("tracked")
    rt = runtime(tmp)
    store = Store.open(rt.config.state_path)
    handle = route.make_handler(rt)
    for uid, path in enumerate(LABELLED, start=1):
        handle(store, FetchedMail("INBOX", 1, uid, path.read_bytes(), NOW), act=True, now=NOW)
    # Names that only match loosely: a shorter form, a legal form, another case.
    start = NOW + timedelta(days=3)
    for company in ("Northwind Labs GmbH", "ÉCOLE Digitale", "Acme"):
        store.add_interview(
            Interview(None, company, None, InterviewTime(start, start + timedelta(hours=1), "UTC"),
                      contact=Person("Kim", f"kim@{company.split()[0].lower()}.example")),
            NOW,
        )  # fmt: skip
        store.add_application(Application(None, company, "Engineer", NOW), NOW)
    assert len(store.interviews()) > 20
    return rt, store


@pytest.mark.parametrize("path", LABELLED, ids=lambda p: p.stem)
def test_every_labelled_message_is_tracked_the_same_on_candidates(filled: tuple[Runtime, Store], path: Path) -> None:
    rt, store = filled
    narrow, whole = decided(rt, store, path.read_bytes())
    assert narrow == whole


@pytest.mark.parametrize("company", ["Northwind", "northwind labs", "École Digitale", "ACME Inc.", "Acme Robotics"])
@pytest.mark.parametrize("kind", [EventKind.interview_cancelled, EventKind.rejection, EventKind.application_received])
def test_loosely_named_companies_are_among_the_candidates(
    filled: tuple[Runtime, Store], company: str, kind: EventKind
) -> None:
    rt, store = filled
    event = Event(kind=kind, company=company, original=Original(sender="x@y.example", date=NOW, message_id="<z@y>"))
    raw = b"From: x@y.example\r\nMessage-ID: <z@y>\r\nSubject: s\r\n\r\nhi\r\n"
    narrow, whole = decided(rt, store, raw, event)
    assert narrow == whole
