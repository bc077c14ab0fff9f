"""`explain` runs the deciding code of `run` on the real state, and changes nothing."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from pathlib import Path

import pytest

from followup.cli import main

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "daemon" / "followup" / "demo" / "mail"
NOW = "2026-12-03T17:00:00+01:00"
LATER = "2026-12-07T10:00:00+01:00"


def _config(tmp_path: Path) -> str:
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
    return str(config)


def _deliver_and_run(tmp_path: Path, config: str, name: str, now: str) -> None:
    (tmp_path / "mail" / "new" / name).write_bytes((MAIL / name).read_bytes())
    assert main(["--config", config, "run", "--once", "--now", now]) == 0


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object] | list[dict[str, object]]:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def _state(state_dir: Path) -> tuple[str, dict[str, list[tuple[object, ...]]]]:
    """The database file's hash and every table's rows, read without touching the file."""
    db = state_dir / "state.db"
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return digest, {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    finally:
        conn.close()


def test_explain_plans_exactly_what_run_then_creates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config(tmp_path)
    _deliver_and_run(tmp_path, config, "01_application_receipt.eml", NOW)
    invite = str(MAIL / "02_interview_invitation.eml")
    explained = _json(capsys, "--config", config, "explain", invite, "--json", "--now", NOW)
    assert isinstance(explained, dict)
    planned = explained["followups"]
    assert isinstance(planned, list) and len(planned) >= 3

    _deliver_and_run(tmp_path, config, "02_interview_invitation.eml", NOW)
    stored = _json(capsys, "--config", config, "followups", "--json")
    assert isinstance(stored, list)
    created = [f for f in stored if f["id"] in {p["id"] for p in planned}]
    keys = ("id", "state", "rule", "to", "subject", "send_at", "interview_id", "application_id", "body", "message_id")
    assert [{k: f[k] for k in keys} for f in planned] == [{k: f[k] for k in keys} for f in created]


def test_explain_writes_nothing_and_logs_no_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    config = _config(tmp_path)
    _deliver_and_run(tmp_path, config, "02_interview_invitation.eml", NOW)
    before = _state(tmp_path / "state")
    files = sorted(p.name for p in (tmp_path / "state").iterdir())
    with caplog.at_level(logging.DEBUG):
        # A reschedule would re-time and re-draft the stored notes: explain must only say so.
        moved = _json(capsys, "--config", config, "explain", str(MAIL / "04_interview_rescheduled.eml"), "--json",
                      "--now", LATER)  # fmt: skip
    assert isinstance(moved, dict) and moved["event"]["kind"] == "interview_rescheduled"  # type: ignore[index]
    assert _state(tmp_path / "state") == before
    assert sorted(p.name for p in (tmp_path / "state").iterdir()) == files
    assert not [r for r in caplog.records if "planned" in r.getMessage()]


def test_explain_without_any_state_creates_no_state(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config(tmp_path)
    (tmp_path / "state").mkdir()
    explained = _json(capsys, "--config", config, "explain", str(MAIL / "02_interview_invitation.eml"), "--json")
    assert isinstance(explained, dict) and explained["followups"]
    assert list((tmp_path / "state").iterdir()) == []
