"""Small holes in the promise, each closed and kept closed: one test per hole."""

from __future__ import annotations

import logging
import shutil
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from followup.cli import main
from followup.approval import jobs as approval_jobs
from followup.errors import StoreError
from followup.timing import day_start
from followup.model import FollowUpState
from followup.store import DB_NAME, Store
from tests.unit.test_cli import _maildir_config
from tests.unit.test_outbox import T0, _sending

ROOT = Path(__file__).resolve().parents[2]

S = FollowUpState


def auto_rules(tmp_path: Path) -> Path:
    """The project's rules with the thank-you made `approval: auto`."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules, ignore=shutil.ignore_patterns("templates"))
    path = rules / "interviews.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("approval: required                 # required | auto", "approval: auto", 1)
    path.write_text(text, encoding="utf-8")
    return rules


def unknown_note(store: Store, message_id: str) -> int:
    fid = _sending(store, message_id)
    store.transition(fid, S.unknown, "interrupted", T0)
    return fid


def test_run_now_without_once_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(_maildir_config(tmp_path)), "run", "--now", "2026-12-01T10:00:00+00:00"]) == 2
    assert "--now needs --once" in capsys.readouterr().err


def test_mark_sent_and_resend_settle_unknown_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _maildir_config(tmp_path)
    store = Store.open(tmp_path / "state")
    went, again = unknown_note(store, "<a@x>"), unknown_note(store, "<b@x>")
    store.close()
    assert main(["--config", str(config), "mark-sent", str(went)]) == 0
    assert main(["--config", str(config), "resend", str(again)]) == 0
    assert main(["--config", str(config), "resend", str(went)]) == 1
    assert "is sent, not unknown" in capsys.readouterr().err
    store = Store.open(tmp_path / "state")
    assert store.followup(went).state is S.sent  # type: ignore[union-attr]
    assert store.followup(again).state is S.approved  # type: ignore[union-attr]


def test_check_warns_when_approval_auto_can_never_apply(tmp_path: Path) -> None:
    from followup.checks import check_everything

    config = _maildir_config(tmp_path)

    def edit(old: str, new: str) -> list[str]:
        config.write_text(config.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        return [line for line, _ in check_everything(config, connect=False) if line.startswith("warning:")]

    (warning,) = edit(f"rules: {ROOT / 'rules'}", f"rules: {auto_rules(tmp_path)}")
    assert "mailbox.authserv_id" in warning and "thank each interviewer" in warning
    assert edit("path: mail}", "path: mail, authserv_id: mx.example.com}") == []


def test_the_state_db_never_holds_a_raw_approval_token(tmp_path: Path) -> None:
    # The token lives in the request's Message-ID; whoever reads the db must not get it.
    from tests.unit.test_approval_jobs import Desk

    desk = Desk(tmp_path)
    desk.invite()
    request = desk.request()
    token = str(request["Message-ID"]).removeprefix("<approval.").split("@")[0]
    assert len(token) >= 20
    desk.store.close()
    connection = sqlite3.connect(tmp_path / "state" / DB_NAME)
    dump = "\n".join(connection.iterdump())
    connection.close()
    assert token not in dump
    # And its own request is still recognised as its own when it shows up in the mailbox.
    store = Store.open(tmp_path / "state")
    assert store.is_own_message(str(request["Message-ID"]))


def test_raw_request_ids_left_by_an_older_version_are_scrubbed_on_open(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.close()
    connection = sqlite3.connect(tmp_path / DB_NAME)
    with connection:
        connection.execute("DELETE FROM settings WHERE key = 'own_message_ids_hashed'")
        connection.execute("INSERT INTO own_messages VALUES ('<approval.SecretToken123456789@x>', 'request', 't')")
    connection.close()
    store = Store.open(tmp_path)
    assert store.is_own_message("<approval.SecretToken123456789@x>")
    store.close()
    connection = sqlite3.connect(tmp_path / DB_NAME)
    assert "SecretToken" not in "\n".join(connection.iterdump())
    connection.close()


def test_the_state_dir_and_db_are_private_even_when_the_dir_existed_open(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    state = tmp_path / "state"
    state.mkdir(mode=0o755)
    state.chmod(0o755)
    with caplog.at_level(logging.WARNING):
        store = Store.open(state)
        store.set_paused(False)
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    for path in state.iterdir():
        if path.name.startswith(DB_NAME):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert any("0700" in r.getMessage() and str(state) in r.getMessage() for r in caplog.records)


def test_the_daemon_lock_holds_when_its_file_is_deleted(tmp_path: Path) -> None:
    first = Store.open(tmp_path)
    first.lock()
    for path in tmp_path.iterdir():
        if "lock" in path.name:
            path.unlink()
    second = Store.open(tmp_path)
    with pytest.raises(StoreError, match="another followup daemon"):
        second.lock()
    first.close()
    second.lock()
    second.close()


def test_a_corrupt_state_db_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _maildir_config(tmp_path)
    (tmp_path / "state").mkdir(mode=0o700)
    (tmp_path / "state" / DB_NAME).write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    for command in (["status"], ["pause"], ["run", "--once"]):
        assert main(["--config", str(config), *command]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "state database" in err[0] and "Traceback" not in err[0], err


def test_a_full_disk_is_a_one_line_store_error(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    conn = store._connect()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the next page to allocate finds the disk full
    with pytest.raises(StoreError) as caught:
        for i in range(200):
            store.add_notice(f"n{i}", "x" * 5000, T0)
    assert "\n" not in str(caught.value) and "full" in str(caught.value)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("IMAP login failed for user ana@example.com", "login failed for user ana@example.com"),
        ("login rejected by server for account ana", "login rejected by server for account ana"),
        ("the LOGIN command is disabled on this server", "the LOGIN command is disabled on this server"),
    ],
)
def test_log_redaction_keeps_ordinary_words(line: str, kept: str) -> None:
    from followup.logs import redact

    assert kept in redact(line)


@pytest.mark.parametrize("line", ["a01 LOGIN ana s3cr3t", "> b'TAG2 LOGIN \"ana\" \"s3cr3t\"'", "AUTH PLAIN s3cr3t"])
def test_log_redaction_still_hides_protocol_secrets(line: str) -> None:
    from followup.logs import redact

    assert "s3cr3t" not in redact(line)


def test_a_password_typed_into_the_config_is_never_echoed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _maildir_config(tmp_path)
    text = config.read_text(encoding="utf-8").replace(
        "mailbox: {source: maildir, path: mail}",
        "mailbox: {source: imap, host: imap.example.com, username: ana, password: Hunter2Secret}\n"
        "smtp: {host: smtp.example.com, username: ana, password: 'Hunter2Secret!', save_sent_to: Hunter2Secret}",
    )
    config.write_text(text, encoding="utf-8")
    for command in (["check"], ["status"]):
        assert main(["--config", str(config), *command]) == 1
        out = capsys.readouterr()
        assert "Hunter2Secret" not in out.out + out.err
        assert "mailbox.password" in out.out + out.err


@pytest.mark.parametrize(
    "html",
    [
        "<div>Thanks, I will look later.</div><blockquote type=cite>APPROVE</blockquote>",
        "<div></div><blockquote class=gmail_quote><div>APPROVE ALL</div></blockquote>",
        "<blockquote><blockquote>APPROVE 1</blockquote></blockquote>",
    ],
)
def test_approve_inside_an_html_blockquote_is_quoted_text(html: str) -> None:
    from followup.approval.reply import parse_reply
    from followup.parse import parse_message

    raw = (
        "From: Ana <ana@example.com>\r\nTo: ana.followup@example.com\r\nSubject: Re: approve?\r\n"
        "Date: Thu, 03 Dec 2026 16:00:00 +0000\r\nMessage-ID: <r1@example.com>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>{html}</body></html>\r\n"
    ).encode()
    assert parse_reply(parse_message(raw, "reply.eml")).kind != "approve"


def test_the_daily_cap_counts_real_sends_per_calendar_day_and_survives_a_clock_going_back(tmp_path: Path) -> None:
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    store = Store.open(tmp_path)
    paris = ZoneInfo("Europe/Paris")
    at = datetime(2026, 12, 9, 10, 0, tzinfo=paris)
    sent = [_sending(store, f"<s{i}@x>") for i in range(3)]
    for fid in sent:
        store.transition(fid, S.sent, "smtp accepted", at)
    # A claim that met a transient fault went back to approved: nothing went out.
    retried = _sending(store, "<r@x>")
    store.transition(retried, S.approved, "transient", at)
    # _sending stamps its claims at T0; restamp them as made at `at`.
    conn = sqlite3.connect(tmp_path / DB_NAME)
    with conn:
        conn.execute("UPDATE transitions SET at = ? WHERE to_state = 'sending'", (at.astimezone(UTC).isoformat(),))
    conn.close()
    count = lambda now: store.sends_since(day_start(now, "Europe/Paris"))  # noqa: E731
    assert count(at + timedelta(hours=1)) == 3
    assert count(at - timedelta(hours=2)) == 3  # the clock went back, same day
    assert count(at - timedelta(days=2)) == 3  # far back: still counted, never a fresh budget
    assert count(datetime(2026, 12, 10, 0, 30, tzinfo=paris)) == 0  # a new calendar day in Paris


def stranger_invitations(n: int) -> list[bytes]:
    """`n` distinct invitations from n strangers, each naming two interviewers."""
    from tests.unit.test_approval_jobs import INVITATION

    base = INVITATION.read_bytes()
    out = []
    for i in range(n):
        raw = base.replace(b"3kq8v2m5c1t7d9r0b4n6x2w8z1@northwind", f"flood-{i}@northwind".encode())
        raw = raw.replace(b"000000000000a1c3f2060c7e2b44@northwind", f"flood-{i}@northwind".encode())
        raw = raw.replace(b"northwind.example", f"stranger{i}.example".encode())
        out.append(raw.replace(b"20261208T10", f"202612{8 + i % 20:02d}T10".encode()))
    return out


def test_many_stranger_invitations_make_few_mails_within_the_daily_budget(tmp_path: Path) -> None:
    from datetime import timedelta

    from followup import route
    from tests.unit.test_approval_jobs import PLANNED, Desk

    desk = Desk(tmp_path)
    for raw in stranger_invitations(60):
        with desk.store.transaction():
            route.process_mail(desk.rt, desk.store, raw, None, PLANNED)
    for i in range(30):
        desk.store.add_notice(f"flood:{i}", f"followup: notice {i}\n\nsomething happened ({i})", PLANNED)
    drafts = desk.store.followups(S.awaiting_approval)
    assert len(drafts) >= 100
    budget = desk.rt.config.approval.max_mails_per_day
    approval_jobs.send_requests(desk.rt, desk.store, PLANNED, desk.sender)
    approval_jobs.send_notices(desk.rt, desk.store, PLANNED, desk.sender)
    approval_jobs.send_requests(desk.rt, desk.store, PLANNED + timedelta(minutes=5), desk.sender)
    approval_jobs.send_notices(desk.rt, desk.store, PLANNED + timedelta(minutes=5), desk.sender)
    assert 0 < len(desk.sender.sent) <= budget
    assert len(desk.sender.sent) <= -(-len(drafts) // approval_jobs.MAX_DRAFTS_PER_REQUEST) + 1
    # The next day the rest is mailed, still in few mails, and every draft was asked about once.
    next_day = PLANNED + timedelta(days=1)
    for _ in range(3):
        approval_jobs.send_requests(desk.rt, desk.store, next_day, desk.sender)
        approval_jobs.send_notices(desk.rt, desk.store, next_day, desk.sender)
    assert desk.store.requested_followup_ids() >= {f.id for f in drafts}
    assert not desk.store.unsent_notices()
    assert len(desk.sender.sent) <= 2 * budget


def test_bidi_controls_are_stripped_from_names_and_look_alike_domains_are_flagged() -> None:
    from followup.approval.request import person_text
    from followup.model import Person

    # U+202E turns "moc.elpmaxe" around on screen; U+2066..2069 isolate; U+200F marks.
    shown = person_text(Person("Jordan \u202eevil\u202c Ellis\u2067x\u2069\u200f", "jordan@northwind.example"))
    assert not any(c in shown for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
    assert shown.startswith("Jordan evil Ellisx <jordan@northwind.example>")
    # A Cyrillic o (U+043E) in a Latin domain: shown, but flagged.
    spoof = person_text(Person("Jordan", "jordan@n\u043erthwind.example"))
    assert "look-alike" in spoof and "mixed scripts" in spoof
    # A domain wholly in one script is not flagged.
    assert "look-alike" not in person_text(Person("Ivan", "ivan@\u043f\u0440\u0438\u043c\u0435\u0440.example"))
    assert "look-alike" not in person_text(Person("Jordan", "jordan@northwind.example"))


def test_an_approval_requests_token_is_on_disk_before_the_request_is_sent(tmp_path: Path) -> None:
    # A power cut must not roll back a token whose request the owner already has: their
    # answer would be refused as unknown.
    from tests.unit.test_approval_jobs import Desk

    desk = Desk(tmp_path)
    desk.invite()
    trail: list[str] = []
    desk.store._connect().set_trace_callback(trail.append)
    send = desk.sender.send

    def recording(message_bytes: bytes, from_addr: str, to: list[str]) -> object:
        trail.append("SMTP SEND")
        return send(message_bytes, from_addr, to)

    desk.sender.send = recording  # type: ignore[method-assign,assignment]
    desk.request()
    sent = trail.index("SMTP SEND")
    insert = next(i for i, sql in enumerate(trail) if sql.startswith("INSERT INTO approval_tokens"))
    full = max(i for i in range(insert) if trail[i].replace(" ", "").upper() == "PRAGMASYNCHRONOUS=FULL")
    commit = next(i for i in range(insert, len(trail)) if trail[i].startswith("COMMIT"))
    assert full < insert < commit < sent


def test_a_merged_approval_request_says_how_many_searches_it_covers(tmp_path: Path) -> None:
    from followup import route
    from tests.unit.test_approval_jobs import PLANNED, Desk

    desk = Desk(tmp_path)
    for raw in stranger_invitations(5):
        with desk.store.transaction():
            route.process_mail(desk.rt, desk.store, raw, None, PLANNED)
    drafts = desk.store.followups(S.awaiting_approval)
    searches = {(f.interview_id, f.application_id) for f in drafts}
    assert len(searches) > 3
    approval_jobs.send_requests(desk.rt, desk.store, PLANNED, desk.sender)
    (request,) = desk.requests()
    subject = " ".join(str(request["Subject"]).split())
    assert subject.endswith(f"Approve {len(drafts)} follow-ups for {len(searches)} interviews and applications")
