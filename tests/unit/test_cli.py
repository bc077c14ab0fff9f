"""The command line: exit codes, one-line errors, JSON shapes."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from followup.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "config" / "invalid" / "unknown_keys.yaml"


def _maildir_config(tmp_path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "mail" / sub).mkdir(parents=True, exist_ok=True)
    config = tmp_path / "config.yaml"
    config.write_text(
        "owner: {name: Ana Example, email: ana@example.com, timezone: Europe/Paris}\n"
        "mailbox: {source: maildir, path: mail}\n"
        f"rules: {ROOT / 'rules'}\n"
        f"templates: {ROOT / 'rules' / 'templates'}\n"
        "state_dir: state\n",
        encoding="utf-8",
    )
    return config


def test_unknown_command_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2


def test_now_without_offset_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(_maildir_config(tmp_path)), "run", "--once", "--now", "2026-12-01T10:00"]) == 2
    assert "has no UTC offset" in capsys.readouterr().err


def test_check_on_broken_config_prints_each_problem_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(SAMPLE), "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3
    assert all(line.startswith(str(SAMPLE) + ":") for line in out)
    assert "did you mean 'host'?" in out[2]


def test_missing_config_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path / "absent.yaml"), "status"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "config file not found" in err[0]


def test_status_before_any_poll_is_not_healthy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(_maildir_config(tmp_path)), "status", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (folder,) = data["folders"]
    assert folder["healthy"] is False and "not polled yet" in folder["state"]
    assert folder["messages_seen"] == 0


def test_pause_and_resume_flip_the_switch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(_maildir_config(tmp_path))
    assert main(["--config", config, "pause"]) == 0
    main(["--config", config, "status", "--json"])
    capsys.readouterr()
    assert main(["--config", config, "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["paused"] is True
    assert main(["--config", config, "resume"]) == 0
    capsys.readouterr()
    main(["--config", config, "status", "--json"])
    assert json.loads(capsys.readouterr().out)["paused"] is False


def test_inspect_json_prints_one_object_per_file_with_every_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = tmp_path / "a.eml"
    mail.write_bytes(b"From: x@example.com\r\nSubject: hello\r\nMessage-ID: <a@x>\r\n\r\nhi\r\n")
    junk = tmp_path / "b.eml"
    junk.write_bytes(b"\x00\xff not a mail at all")
    assert main(["--config", str(_maildir_config(tmp_path)), "inspect", "--json", str(mail), str(junk)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    for line, name in zip(lines, (mail, junk), strict=True):
        data = json.loads(line)
        assert data["file"] == str(name)
        assert set(data) >= {
            "kind",
            "company",
            "role",
            "interview",
            "interviewers",
            "contact",
            "original",
            "calendar",
            "confidence",
            "evidence",
        }
        assert data["kind"] == "none"


def test_inspect_of_a_missing_file_is_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(_maildir_config(tmp_path)), "inspect", str(tmp_path / "nope.eml")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_ask_unknown_interview_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(_maildir_config(tmp_path)), "ask", "42", "What is on-call like?"]) == 1
    assert "no interview 42" in capsys.readouterr().err


def _with_an_interview(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    config = _maildir_config(tmp_path)
    invite = ROOT / "daemon" / "followup" / "demo" / "mail" / "02_interview_invitation.eml"
    (tmp_path / "mail" / "new" / "invite.eml").write_bytes(invite.read_bytes())
    assert main(["--config", str(config), "run", "--once", "--now", "2026-12-03T17:00:00+01:00"]) == 0
    capsys.readouterr()
    return str(config)


def _followups(config: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["--config", config, "followups", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_ask_puts_the_question_into_the_drafts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _with_an_interview(tmp_path, capsys)
    assert main(["--config", config, "ask", "1", "How is on-call shared across the team?"]) == 0
    capsys.readouterr()
    thanks = [f for f in _followups(config, capsys) if f["rule"] == "thank each interviewer"]
    assert thanks and all("How is on-call shared across the team?" in str(f["body"]) for f in thanks)


def test_approve_edit_sends_the_saved_text_verbatim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _with_an_interview(tmp_path, capsys)
    first = _followups(config, capsys)[0]
    monkeypatch.setenv("EDITOR", "sed -i s/Best/Warmly/")
    monkeypatch.delenv("VISUAL", raising=False)
    assert main(["--config", config, "approve", str(first["id"]), "--edit"]) == 0
    assert "with your edits" in capsys.readouterr().out
    after = next(f for f in _followups(config, capsys) if f["id"] == first["id"])
    assert after["state"] == "approved" and after["edited"] is True
    assert "Warmly" in str(after["body"]) and "Best" not in str(after["body"])


def test_approve_edit_with_an_emptied_text_approves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _with_an_interview(tmp_path, capsys)
    first = _followups(config, capsys)[0]
    monkeypatch.setenv("EDITOR", "truncate -s 0")
    monkeypatch.delenv("VISUAL", raising=False)
    assert main(["--config", config, "approve", str(first["id"]), "--edit"]) == 1
    capsys.readouterr()
    assert next(f for f in _followups(config, capsys) if f["id"] == first["id"])["state"] == "awaiting_approval"


def test_reject_then_approve_says_it_moved_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _with_an_interview(tmp_path, capsys)
    first = _followups(config, capsys)[0]
    assert main(["--config", config, "reject", str(first["id"])]) == 0
    capsys.readouterr()
    assert main(["--config", config, "approve", str(first["id"])]) == 1
    assert "is rejected, not awaiting approval; nothing changed" in capsys.readouterr().err


def test_explain_json_shows_the_followups_and_why_others_were_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _maildir_config(tmp_path)
    invite = ROOT / "daemon" / "followup" / "demo" / "mail" / "02_interview_invitation.eml"
    assert main(["--config", str(config), "explain", str(invite), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["event"]["kind"] == "interview_scheduled"
    assert sorted(f["to"][0] for f in data["followups"]) == [
        "jordan.ellis@northwind.example", "mei.tanaka@northwind.example", "priya.raman@northwind.example",
    ]  # fmt: skip
    assert all(f["body"] for f in data["followups"])
    # Far later, the thank-yous would be too late: explain says so instead of planning them.
    assert main(["--config", str(config), "explain", str(invite), "--json", "--now", "2027-03-01T09:00:00+01:00"]) == 0
    late = json.loads(capsys.readouterr().out)
    assert late["followups"] == [] and any("max_lateness" in k["reason"] for k in late["skips"])
    assert not (tmp_path / "state").exists()  # explain planned on a scratch copy and touched nothing


def test_stats_agree_in_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _with_an_interview(tmp_path, capsys)
    assert main(["--config", config, "stats"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("0 applications, 1 interview, 0 follow-ups sent")


def test_a_closed_pipe_ends_a_listing_quietly(tmp_path: Path) -> None:
    import subprocess
    import sys

    config = _maildir_config(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "followup", "--config", str(config), "export", "--format", "csv"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `| head` that has read enough, before followup writes a line
    with proc.stderr:
        err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_an_expired_draft_can_be_revived_and_pending_shows_its_expiry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _with_an_interview(tmp_path, capsys)
    assert main(["--config", config, "run", "--once", "--now", "2027-01-20T10:00:00+01:00"]) == 0
    capsys.readouterr()
    expired = [f for f in _followups(config, capsys) if f["state"] == "expired"]
    assert expired
    first = expired[0]["id"]
    assert main(["--config", config, "revive", str(first)]) == 0
    assert f"revived #{first}" in capsys.readouterr().out
    assert main(["--config", config, "revive", str(first)]) == 1
    assert "not expired; nothing changed" in capsys.readouterr().err
    assert main(["--config", config, "pending", "--json"]) == 0
    (draft,) = [d for d in json.loads(capsys.readouterr().out) if d["id"] == first]
    assert draft["state"] == "awaiting_approval" and draft["expires_at"] >= draft["send_at"]
    assert main(["--config", config, "pending"]) == 0
    assert "unless approved" in capsys.readouterr().out


def test_an_interview_whose_time_has_passed_is_done(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _with_an_interview(tmp_path, capsys)
    assert main(["--config", config, "run", "--once", "--now", "2026-12-08T15:30:00+01:00"]) == 0
    capsys.readouterr()
    assert main(["--config", config, "interviews", "--json"]) == 0
    assert [i["state"] for i in json.loads(capsys.readouterr().out)] == ["scheduled"]  # not over yet
    assert main(["--config", config, "run", "--once", "--now", "2026-12-10T09:00:00+01:00"]) == 0
    assert "interview over (interview #1): the interview time has passed" in capsys.readouterr().out
    assert main(["--config", config, "interviews", "--json"]) == 0
    assert [i["state"] for i in json.loads(capsys.readouterr().out)] == ["done"]


def test_corrections_from_the_cli_change_what_is_tracked_and_are_in_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _with_an_interview(tmp_path, capsys)
    before = _followups(config, capsys)
    samir = "Samir Nagheenanajar <samir.n@northwind.example>"
    assert main(["--config", config, "interview", "1", "--add-interviewer", samir, "--role", "Staff Engineer"]) == 0
    assert "added interviewer Samir Nagheenanajar <samir.n@northwind.example>; role: Staff Engineer" in (
        capsys.readouterr().out
    )
    after = _followups(config, capsys)
    (new,) = [f for f in after if f["id"] not in {b["id"] for b in before}]
    assert new["to"] == ["samir.n@northwind.example"] and new["rule"] == "thank each interviewer"
    assert "Staff Engineer" in str(new["body"])

    fid = str(new["id"])
    assert main(["--config", config, "retime", fid, "2026-12-10T09:30:00+01:00"]) == 0
    assert main(["--config", config, "snooze", fid, "1d"]) == 0
    assert main(["--config", config, "redirect", fid, "Bill Lumbergh <bill@northwind.example>"]) == 0
    capsys.readouterr()
    moved = next(f for f in _followups(config, capsys) if f["id"] == new["id"])
    assert str(moved["send_at"]).startswith("2026-12-11T08:30:00") and moved["to"] == ["bill@northwind.example"]
    assert moved["state"] == "awaiting_approval" and "Bill" in str(moved["body"])
    assert main(["--config", config, "redirect", fid, "noreply@northwind.example"]) == 1
    assert "no-reply address refused" in capsys.readouterr().err

    assert main(["--config", config, "application", "add", "--company", "Initech", "--role", "Analyst",
                 "--contact", "Peter Gibbons <peter@initech.example>"]) == 0  # fmt: skip
    assert "added application #" in capsys.readouterr().out
    assert main(["--config", config, "interview", "1", "--cancel"]) == 0
    capsys.readouterr()
    assert {f["state"] for f in _followups(config, capsys) if f["interview_id"] == 1} == {"cancelled"}

    assert main(["--config", config, "history"]) == 0
    history = capsys.readouterr().out
    for phrase in ("added interviewer Samir", "send time moved to 2026-12-10", "redirected to Bill Lumbergh",
                   "added by the owner", "state: cancelled"):  # fmt: skip
        assert phrase in history, phrase
    assert main(["--config", config, "history", "--json"]) == 0
    assert sum(1 for e in json.loads(capsys.readouterr().out) if e.get("type") == "correction") == 6


def test_a_follow_up_cannot_be_retimed_into_the_past(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _with_an_interview(tmp_path, capsys)
    (first, *_) = _followups(config, capsys)
    fid = str(first["id"])
    assert main(["--config", config, "retime", fid, "2020-01-06T09:00:00+01:00"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2020-01-06T09:00:00+01:00 is in the past" in err and "later time" in err
    assert next(f for f in _followups(config, capsys) if f["id"] == first["id"])["send_at"] == first["send_at"]


def test_history_prints_correction_times_in_the_owners_zone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _with_an_interview(tmp_path, capsys)
    (first, *_) = _followups(config, capsys)
    fid = str(first["id"])
    assert main(["--config", config, "retime", fid, "2030-01-07T08:30:00+00:00"]) == 0
    assert main(["--config", config, "interview", "1", "--time", "2030-01-08T14:00:00+00:00"]) == 0
    capsys.readouterr()
    assert main(["--config", config, "history"]) == 0
    history = capsys.readouterr().out
    assert "send time moved to 2030-01-07 09:30 CET" in history and "time: 2030-01-08 15:00 CET" in history
    assert "+00:00" not in history
    assert main(["--config", config, "history", "--json"]) == 0
    assert "send time moved to 2030-01-07T08:30:00+00:00" in capsys.readouterr().out  # JSON keeps ISO 8601


def test_status_counts_messages_detection_failed_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import UTC, datetime

    from followup.store import Store

    config = _maildir_config(tmp_path)
    store = Store.open(tmp_path / "state")
    at = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    for uid, outcome in ((1, "event"), (2, "detect_error"), (3, "detect_error")):
        store.record_message(
            folder="INBOX", uidvalidity=1, uid=uid, message_id=f"<{uid}@x>", sha256=str(uid), outcome=outcome, at=at
        )
    store.close()
    assert main(["--config", str(config), "status"]) == 0
    assert "detection failed on 2 messages" in capsys.readouterr().out
    assert main(["--config", str(config), "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["messages"]["detect_error"] == 2


def test_review_lists_what_needs_you_with_the_command_that_resolves_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(_maildir_config(tmp_path))
    data = ROOT / "tests" / "data" / "mail"
    arrived = datetime(2027, 1, 22, 22, 0, tzinfo=UTC).timestamp()
    for name in ("recruiter_names_an_interviewer_without_address.eml", "owner_forwards_an_unclear_mail.eml"):
        path = tmp_path / "mail" / "new" / name
        path.write_bytes((data / name).read_bytes())
        os.utime(path, (arrived, arrived))  # delivered just before the pass, not backfill
    assert main(["--config", config, "run", "--once", "--now", "2027-01-22T23:00:00+01:00"]) == 0
    capsys.readouterr()
    assert main(["--config", config, "review", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    by_kind = {i["kind"]: i for i in items}
    assert by_kind["no_address"]["what"] == (
        "interviewer Samir Nagheenanajar (Initech - Backend Engineer) has no address"
    )
    asked = by_kind["no_address"]["question_id"]
    assert isinstance(asked, int)  # the address question mailed to the owner, answerable here too
    assert by_kind["no_address"]["command"] == (
        f"`followup interview 1 --add-interviewer 'Samir Nagheenanajar <address>'` or `followup answer {asked} ADDRESS`"
    )
    assert "catching up" in by_kind["not_understood"]["what"]
    question = by_kind["not_understood"]["question_id"]
    assert main(["--config", config, "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["needs_you"] == items  # one list, shown everywhere
    assert main(["--config", config, "status"]) == 0
    assert "needs you: interviewer Samir Nagheenanajar" in capsys.readouterr().out

    assert main(["--config", config, "answer", str(question), "MAYBE"]) == 1
    assert "expected one word on the first line" in capsys.readouterr().err
    assert main(["--config", config, "answer", str(question), "INTERVIEW 2026-12-10 14:00"]) == 0
    assert "is tracked as interview_scheduled" in capsys.readouterr().out
    assert main(["--config", config, "interview", "1", "--add-interviewer",
                 "Samir Nagheenanajar <samir.n@initech.example>"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--config", config, "review"]) == 0
    left = capsys.readouterr().out
    assert "Samir" not in left and "catching up" not in left
    thanks = {f["to"][0]: f["state"] for f in _followups(config, capsys)  # type: ignore[index]
              if f["rule"] == "thank each interviewer" and f["interview_id"] == 1}  # fmt: skip
    assert thanks == {"bill.lumbergh@initech.example": "cancelled", "samir.n@initech.example": "awaiting_approval"}


def test_explain_on_processed_mail_shows_what_did_happen_then_what_would_now(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _with_an_interview(tmp_path, capsys)
    invite = ROOT / "daemon" / "followup" / "demo" / "mail" / "02_interview_invitation.eml"
    state = tmp_path / "state" / "state.db"
    before = state.read_bytes()
    assert main(["--config", config, "explain", str(invite)]) == 0
    captured = capsys.readouterr()
    out = captured.out.splitlines()
    processed = next(i for i, line in enumerate(out) if line.startswith("already processed "))
    now = out.index("what would happen now:")
    assert processed < now
    happened = out[processed + 1 : now]
    assert any(line.startswith("  what happened: interview_scheduled (interview #1)") for line in happened)
    assert sum("planned: thank each interviewer" in line for line in happened) == 2
    assert "  nothing new: it is already tracked (above)" in out[now:]
    assert len(happened) == len(set(happened))  # each line once
    assert "follow-up planned" not in captured.err  # no plan is logged by a dry run
    assert state.read_bytes() == before  # nothing written
    assert main(["--config", config, "explain", str(invite), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["processed"]["kind"] == "interview_scheduled" and data["processed"]["history"]


def test_run_once_says_what_happened(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _with_an_interview(tmp_path, capsys)  # Northwind, Tue 8 Dec 10:00 New York; three drafts
    demo = ROOT / "daemon" / "followup" / "demo" / "mail"
    new = tmp_path / "mail" / "new"

    def deliver(name: str, raw: bytes, at: str) -> str:
        path = new / name
        path.write_bytes(raw)
        stamp = datetime.fromisoformat(at).timestamp()
        os.utime(path, (stamp, stamp))
        assert main(["--config", config, "run", "--once", "--now", at]) == 0
        return capsys.readouterr().out

    moved = deliver("moved.eml", (demo / "04_interview_rescheduled.eml").read_bytes(), "2026-12-04T22:00:00+01:00")
    assert "interview moved (interview #1): interview 1 moved to 2026-12-09" in moved
    assert "re-timed (interview #1): follow-up 1: rule 'thank each interviewer': the interview moved" in moved
    reply = (
        b"From: Priya Raman <priya.raman@northwind.example>\r\nTo: ana@example.com\r\n"
        b"Subject: Re: Invitation\r\nDate: Thu, 10 Dec 2026 10:00:00 -0500\r\n"
        b"Message-ID: <re-1@northwind.example>\r\nIn-Reply-To: <000000000000a1c3f2060c7e2b44@northwind.example>\r\n"
        b"\r\nThanks Ana, we will be in touch next week.\r\n"
    )
    replied = deliver("reply.eml", reply, "2026-12-10T17:00:00+01:00")
    assert "reply noticed (interview #1): reply from priya.raman@northwind.example" in replied
    assert "follow-up #3 cancelled: rule 'check in after silence': cancel_on reply from priya.raman@" in replied
    assert "follow-up #1 expired: not approved by its send time" in replied


def test_a_correction_teaches_detection_about_that_sender_domain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(_maildir_config(tmp_path))
    mail = ROOT / "tests" / "data" / "mail" / "recruiter_names_an_interviewer_without_address.eml"
    assert main(["--config", config, "explain", str(mail)]) == 0
    assert "company: Initech;" in capsys.readouterr().out
    assert main(["--config", config, "application", "add", "--company", "Initech Systems",
                 "--contact", "Bill Lumbergh <bill.lumbergh@initech.example>"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--config", config, "explain", str(mail)]) == 0
    out = capsys.readouterr().out
    assert "company: Initech Systems;" in out
    assert "  - taught: the company at initech.example is 'Initech Systems'" in out


@pytest.mark.parametrize(
    ("argv", "argument"),
    [
        (["retime", "1", "2026-12-20T10:00"], "ISO"),
        (["interview", "1", "--time", "2026-12-20T10:00"], "--time"),
        (["history", "--since", "2026-12-20T10:00"], "--since"),
    ],
)
def test_a_time_without_offset_is_named_by_its_own_argument(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], argument: str
) -> None:
    assert main(["--config", str(_maildir_config(tmp_path)), *argv]) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert f"argument {argument}: " in err and "has no UTC offset" in err
    assert "--now" not in err


def test_the_offset_hint_for_a_bare_date_is_itself_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(_maildir_config(tmp_path))
    assert main(["--config", config, "history", "--since", "2026-12-01"]) == 2
    hint = capsys.readouterr().err.strip().split("e.g. ")[-1]
    assert main(["--config", config, "history", "--since", hint]) == 0


def test_inspect_of_a_mail_without_sender_or_subject_prints_no_placeholders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bare = tmp_path / "bare.eml"
    bare.write_bytes(b"just a line of text\n")
    assert main(["--config", str(_maildir_config(tmp_path)), "inspect", str(bare)]) == 0
    out = capsys.readouterr().out
    assert "original: from (no sender), (no subject)" in out
    assert "?" not in out and "None" not in out
    invite = ROOT / "tests" / "data" / "labelled" / "german_einladung_vorstellungsgespraech.eml"
    assert main(["--config", str(_maildir_config(tmp_path)), "inspect", str(invite)]) == 0
    out = capsys.readouterr().out
    assert "interviewer: Petra Hahn (no address)" in out and "<?>" not in out


def test_approve_all_for_an_unknown_interview_says_so_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _with_an_interview(tmp_path, capsys)
    assert main(["--config", config, "approve", "--all-for", "42"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no interview 42" in captured.err
    assert main(["--config", config, "approve", "--all-for", "1"]) == 0
    capsys.readouterr()
    assert main(["--config", config, "approve", "--all-for", "1"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "interview #1 has no drafts awaiting approval" in captured.err


def test_an_address_answered_at_the_terminal_is_recorded_as_from_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(_maildir_config(tmp_path))
    name = "recruiter_names_an_interviewer_without_address.eml"
    path = tmp_path / "mail" / "new" / name
    path.write_bytes((ROOT / "tests" / "data" / "mail" / name).read_bytes())
    arrived = datetime(2027, 1, 22, 22, 0, tzinfo=UTC).timestamp()
    os.utime(path, (arrived, arrived))
    assert main(["--config", config, "run", "--once", "--now", "2027-01-22T23:00:00+01:00"]) == 0
    capsys.readouterr()
    assert main(["--config", config, "review", "--json"]) == 0
    (asked,) = [i["question_id"] for i in json.loads(capsys.readouterr().out) if i["kind"] == "no_address"]
    assert main(["--config", config, "answer", str(asked), "samir.n@initech.example"]) == 0
    capsys.readouterr()
    assert main(["--config", config, "history"]) == 0
    history = capsys.readouterr().out
    assert "address of Samir Nagheenanajar: samir.n@initech.example (by the owner, cli)" in history


@pytest.mark.parametrize(
    "argv",
    [
        ["application", "add", "--company", "   "],
        ["application", "1", "--role", ""],
        ["interview", "1", "--company", " "],
    ],
)
def test_a_blank_company_or_role_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    config = str(_maildir_config(tmp_path))
    assert main(["--config", config, *argv]) == 2
    assert "is blank" in capsys.readouterr().err
    assert main(["--config", config, "applications", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_an_empty_listing_since_an_instant_does_not_say_nothing_is_tracked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _with_an_interview(tmp_path, capsys)
    for what in ("interviews", "applications"):
        assert main(["--config", config, what, "--since", "2099-01-01T00:00:00+00:00"]) == 0
        out = capsys.readouterr().out
        assert "yet" not in out and f"no {what} tracked since 2099-01-01" in out
    assert main(["--config", config, "history", "--since", "2099-01-01T00:00:00+00:00"]) == 0
    assert capsys.readouterr().out.startswith("nothing sent since 2099-01-01")


def test_review_lists_a_request_to_pick_an_interview_slot(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(_maildir_config(tmp_path))
    path = tmp_path / "mail" / "new" / "booking.eml"
    path.write_bytes((ROOT / "tests" / "data" / "mail" / "booking_link_to_pick_a_slot.eml").read_bytes())
    arrived = datetime(2026, 12, 1, 17, 0, tzinfo=UTC).timestamp()
    os.utime(path, (arrived, arrived))
    assert main(["--config", config, "run", "--once", "--now", "2026-12-01T18:30:00+01:00"]) == 0
    capsys.readouterr()
    assert main(["--config", config, "review", "--json"]) == 0
    (booking,) = [i for i in json.loads(capsys.readouterr().out) if i["kind"] == "booking"]
    assert "asks you to pick a time for an interview" in booking["what"]


def test_status_counts_one_message_in_the_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _with_an_interview(tmp_path, capsys)
    assert main(["--config", config, "status"]) == 0
    out = capsys.readouterr().out
    assert "; 1 message seen" in out and "1 messages" not in out


def test_approve_edit_with_an_editor_that_cannot_start_is_one_line_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _with_an_interview(tmp_path, capsys)
    first = _followups(config, capsys)[0]
    monkeypatch.setenv("EDITOR", str(tmp_path / "no-such-editor"))
    monkeypatch.delenv("VISUAL", raising=False)
    assert main(["--config", config, "approve", str(first["id"]), "--edit"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot start the editor" in err[0] and "EDITOR" in err[0]
    assert next(f for f in _followups(config, capsys) if f["id"] == first["id"])["state"] == "awaiting_approval"


def test_check_counts_one_rule_and_one_template_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "rejection_reply.txt").write_bytes(
        (ROOT / "rules" / "templates" / "rejection_reply.txt").read_bytes()
    )
    rules = (ROOT / "rules" / "rejections.yaml").read_text(encoding="utf-8")
    (tmp_path / "one_rule.yaml").write_text(rules.replace("      window: business_hours\n", ""), encoding="utf-8")
    config = _maildir_config(tmp_path)
    text = config.read_text(encoding="utf-8")
    text = text.replace(f"rules: {ROOT / 'rules'}\n", "rules: one_rule.yaml\n")
    text = text.replace(f"templates: {ROOT / 'rules' / 'templates'}\n", "templates: templates\n")
    config.write_text(text, encoding="utf-8")
    main(["--config", str(config), "check"])
    assert "rules: ok, 1 rule; templates: ok, 1 template\n" in capsys.readouterr().out


def test_status_says_an_error_a_later_good_poll_followed_is_an_earlier_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(_maildir_config(tmp_path))
    (tmp_path / "mail").rename(tmp_path / "away")
    assert main(["--config", config, "run", "--once", "--now", "2026-12-01T10:00:00+01:00"]) == 1
    capsys.readouterr()
    assert main(["--config", config, "status"]) == 0
    assert "  last error (" in capsys.readouterr().out
    (tmp_path / "away").rename(tmp_path / "mail")
    assert main(["--config", config, "run", "--once", "--now", "2026-12-01T10:05:00+01:00"]) == 0
    capsys.readouterr()
    assert main(["--config", config, "status"]) == 0
    out = capsys.readouterr().out
    assert "last error (" not in out and "  earlier error (" in out and "a later poll succeeded" in out
