"""Small holes in the promise, each closed and kept closed: one test per hole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from followup.cli import main
from followup.model import FollowUpState
from followup.store import Store
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
