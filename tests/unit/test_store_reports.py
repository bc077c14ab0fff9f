"""`history` and `stats` grouped in SQL give what pairing every note with every reply gave."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from followup import report
from followup.cli.lists import history_page, sent_notes
from followup.model import Application, FollowUp, FollowUpState, Interview, InterviewTime, Person
from followup.store import Store

S = FollowUpState
T0 = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "state")
    yield s
    s.close()


def fill(store: Store, seed: int) -> None:
    rng = random.Random(seed)
    zones = [UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))]
    for i in range(12):
        at = T0 + timedelta(days=rng.randint(0, 200), hours=rng.randint(0, 23))
        aid = store.add_application(Application(None, f"Co {i}", None, at), at)
        start = (at + timedelta(days=rng.randint(1, 40))).astimezone(rng.choice(zones))
        when = InterviewTime(start=start, end=start + timedelta(hours=1), timezone="UTC") if i % 4 else None
        iid = store.add_interview(Interview(None, f"Co {i}", None, when, application_id=aid), at)
        for k in range(rng.randint(0, 3)):
            target = {"interview_id": iid} if rng.random() < 0.7 else {"application_id": aid}
            fu = FollowUp(None, f"rule {k}", Person(None, f"p{k}@co{i}.example"), at, S.awaiting_approval,
                          f"<f{i}-{k}@x>", "t.txt", **target)  # type: ignore[arg-type]  # fmt: skip
            fid = store.add_followup(fu, at, "test")
            assert fid is not None
            sent = at + timedelta(days=rng.randint(1, 30), minutes=rng.randint(0, 59))
            if rng.random() < 0.8:
                for step in (S.approved, S.sending, S.sent):
                    store.transition(fid, step, "test", sent)
        for _ in range(rng.randint(0, 3)):
            reply_at = at + timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 23))
            if rng.random() < 0.5:
                store.add_history("reply", reply_at, interview_id=iid)
            else:
                store.add_history("reply", reply_at, application_id=aid)
        store.add_history("interview_scheduled", at + timedelta(days=5), interview_id=iid)


def paired_the_old_way(store: Store) -> list[report.SentNote]:
    replies = store.reply_times()
    companies = {i.id: i.company for i in store.interviews()}
    app_companies = {a.id: a.company for a in store.applications()}
    notes = []
    for fu, sent_at in store.sent_followups():
        first = None
        for iid, aid, at in replies:
            same = (fu.interview_id is not None and iid == fu.interview_id) or (
                fu.application_id is not None and aid == fu.application_id
            )
            if same and at >= sent_at:
                first = at
                break
        company = companies.get(fu.interview_id) if fu.interview_id else app_companies.get(fu.application_id)
        notes.append(report.SentNote(fu, sent_at, company, first))
    return notes


@pytest.mark.parametrize("seed", range(8))
def test_history_and_stats_from_sql_match_the_pairing_they_replace(store: Store, seed: int) -> None:
    fill(store, seed)
    old = paired_the_old_way(store)
    new = sent_notes(store)

    assert report.history_json(new) == report.history_json(old)
    assert old and any(n.replied_at for n in old)
    grouped = report.stats_from_counts(*store.months(), store.sends_and_replies(), totals=store.tracked_counts())
    assert grouped == report.stats_json(store.applications(), store.interviews(), old)
    in_sql = report.stats_from_groups(*store.months(), store.sends_by_month(), totals=store.tracked_counts())
    assert in_sql == grouped


def test_history_pages_by_time_and_count(store: Store) -> None:
    fill(store, 3)
    every = sent_notes(store)
    assert [n.followup.id for n in sent_notes(store, limit=3)] == [n.followup.id for n in every[-3:]]
    middle = every[len(every) // 2].sent_at
    since = sent_notes(store, since=middle)
    assert [n.followup.id for n in since] == [n.followup.id for n in every if n.sent_at >= middle]


def test_history_shows_the_most_recent_page_and_says_how_many_more(store: Store) -> None:
    fill(store, 3)
    for i in range(5):
        store.add_history("corrected", T0 + timedelta(days=i), interview_id=1, note=f"fix {i}")
    every = sent_notes(store)
    assert len(every) > 4
    first = history_page(store, page=4)
    assert [n.followup.id for n in first.notes] == [n.followup.id for n in every[-4:]]
    assert first.more_notes == len(every) - 4
    assert [c["note"] for c in first.corrected] == ["fix 1", "fix 2", "fix 3", "fix 4"]
    assert first.more_corrected == 1
    whole = history_page(store, every=True, page=4)
    assert report.history_json(whole.notes) == report.history_json(every)
    assert (len(whole.corrected), whole.more_notes, whole.more_corrected) == (5, 0, 0)
    # An explicit page or window is what was asked for: nothing is counted as left out.
    asked = history_page(store, limit=2, page=4)
    assert len(asked.notes) == 2 and (asked.more_notes, asked.more_corrected) == (0, 0)
    since = history_page(store, since=T0, page=4)
    assert len(since.notes) == len(every) and since.more_notes == 0
    assert history_page(store, page=len(every)).more_notes == 0


def test_list_commands_page_by_time_and_count(store: Store) -> None:
    fill(store, 5)
    every = store.followups()
    assert [f.id for f in store.followups(limit=4)] == [f.id for f in every[-4:]]
    middle = every[len(every) // 2].send_at
    assert [f.id for f in store.followups(since=middle)] == [f.id for f in every if f.send_at >= middle]
    sent = store.followups("sent")
    assert [f.id for f in store.followups("sent", limit=2)] == [f.id for f in sent[-2:]]
    interviews = store.interviews()
    assert [i.id for i in store.interviews(limit=3)] == [i.id for i in interviews[-3:]]
    assert store.interviews(since=T0 + timedelta(days=10_000)) == []
    assert [a.id for a in store.applications(limit=1)] == [store.applications()[-1].id]


def test_a_listed_interview_keeps_its_questions(store: Store) -> None:
    first = store.add_interview(Interview(None, "Acme", None, None), T0)
    second = store.add_interview(Interview(None, "Beta", None, None), T0)
    store.add_question(first, "On-call?", T0)
    store.add_question(second, "Team size?", T0)
    assert [i.questions for i in store.interviews(limit=1)] == [("Team size?",)]
    assert [i.questions for i in store.interviews()] == [("On-call?",), ("Team size?",)]
    assert [i.questions for i in store.interviews("scheduled")] == [("On-call?",), ("Team size?",)]


@pytest.fixture
def listed(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A filled store and a config naming it, read and written a few rows at a time (so that
    every chunk boundary is crossed)."""
    from followup.cli import common
    from followup.store import database

    fill(store, 4)
    for i in range(4):
        store.add_history("corrected", T0 + timedelta(days=i), interview_id=1, note=f"fix {i}")
    monkeypatch.setattr(database, "LIST_CHUNK", 3)
    monkeypatch.setattr(common, "JSON_CHUNK", 2)
    (tmp_path / "mail").mkdir()
    config = tmp_path / "config.yaml"
    config.write_text(
        "owner: {name: Ana, email: ana@example.com, timezone: America/New_York}\n"
        f"mailbox: {{source: maildir, path: mail}}\nstate_dir: {tmp_path / 'state'}\n",
        encoding="utf-8",
    )
    return config


def cli_out(config: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    from followup.cli import main

    assert main(["--config", str(config), *args]) == 0
    return capsys.readouterr().out


def test_whole_lists_are_streamed_as_the_lists_they_were(
    store: Store, listed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    every = sent_notes(store)
    corrections = [report.correction_json(c) for c in store.history_of_kind("corrected")]
    assert len(every) > 3 and len(store.followups()) > 3
    assert json.loads(cli_out(listed, capsys, "history", "--all", "--json")) == [
        *report.history_json(every), *corrections
    ]
    since = every[len(every) // 2].sent_at
    assert json.loads(cli_out(listed, capsys, "history", "--since", since.isoformat(), "--json")) == [
        *report.history_json([n for n in every if n.sent_at >= since]),
        *(c for c in corrections if datetime.fromisoformat(c["at"]) >= since),
    ]
    assert json.loads(cli_out(listed, capsys, "followups", "--json")) == [
        report.followup_json(f) for f in store.followups()
    ]
    assert json.loads(cli_out(listed, capsys, "followups", "--json", "--state", "sent")) == [
        report.followup_json(f) for f in store.followups("sent")
    ]
    assert json.loads(cli_out(listed, capsys, "interviews", "--json")) == [
        report.interview_json(i) for i in store.interviews()
    ]
    assert json.loads(cli_out(listed, capsys, "applications", "--json")) == [
        report.application_json(a) for a in store.applications()
    ]


def test_history_in_full_prints_the_lines_of_its_page(
    store: Store, listed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    every = len(sent_notes(store))
    whole = cli_out(listed, capsys, "history", "--all").splitlines()
    page = cli_out(listed, capsys, "history", "--limit", str(every)).splitlines()
    assert whole == page and len(whole) == every + 4
    assert any("replied " in line for line in whole) and any("no reply yet" in line for line in whole)


@pytest.mark.parametrize("count", [0, 1, 2, 3, 7])
def test_json_items_are_written_as_one_array(
    count: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from followup.cli import common

    monkeypatch.setattr(common, "JSON_CHUNK", 2)
    items = [{"n": n, "when": T0 + timedelta(hours=n), "text": "é"} for n in range(count)]
    common.print_json_items(iter(items))
    assert capsys.readouterr().out == json.dumps(items, ensure_ascii=False, default=str) + "\n"


def test_times_are_shown_as_strftime_shows_them() -> None:
    from zoneinfo import ZoneInfo

    from followup.cli.common import fmt_time

    rng = random.Random(7)
    for zone in ("UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"):
        for _ in range(200):
            value = T0 + timedelta(minutes=rng.randint(-10**6, 10**7), seconds=rng.randint(0, 59))
            assert fmt_time(value, zone) == value.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M %Z")
    assert fmt_time(None) == "never"
