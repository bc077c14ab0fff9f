"""Faults a user meets, each answered with one clear line and the right exit code, never a traceback.

A wrong password, an unreachable port, a port where something else answers, a missing
credential file, an unreadable config or state dir, and a mailbox deleted under the daemon's
feet.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import ImapAccount
from tests.integration.dovecot import free_port
from tests.integration.smtpd import SmtpServer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def followup(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, **(env or {})}
    environ.pop("FOLLOWUP_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "followup", *args], capture_output=True, text=True, timeout=120, env=environ
    )


def imap_config(tmp_path: Path, account: ImapAccount, *, port: int | None = None, password: str = "{env: PW}",
                state: str | None = None, smtp: str = "") -> Path:
    config = tmp_path / "config.yaml"
    config.write_text(
        f"""\
owner: {{name: Ana Example, email: ana@example.com}}
mailbox:
  source: imap
  host: 127.0.0.1
  port: {port or account.port}
  security: plain
  username: {account.user}
  password: {password}
  folders: [{account.folder}]
  timeout: 3s
{smtp}rules: {ROOT / 'rules'}
templates: {ROOT / 'rules' / 'templates'}
state_dir: {state or tmp_path / 'state'}
""",
        encoding="utf-8",
    )
    return config


def no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout


def test_check_with_a_wrong_password_is_one_line_and_exit_1(tmp_path: Path, imap_account: ImapAccount) -> None:
    done = followup("--config", str(imap_config(tmp_path, imap_account)), "check", env={"PW": "wrong"})
    assert done.returncode == 1
    no_traceback(done)
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("mailbox:")]
    assert "login failed" in line and "wrong username or password" in line and "mailbox.username/password" in line


def test_run_once_with_a_wrong_password_exits_1(tmp_path: Path, imap_account: ImapAccount) -> None:
    done = followup("--config", str(imap_config(tmp_path, imap_account)), "run", "--once", env={"PW": "wrong"})
    no_traceback(done)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAILED" in done.stdout and "login failed" in done.stdout


def test_check_passes_with_the_right_password(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer
) -> None:
    smtp = f"smtp: {{host: 127.0.0.1, port: {smtp_server.port}, security: plain}}\n"
    done = followup("--config", str(imap_config(tmp_path, imap_account, smtp=smtp)), "check",
                    env={"PW": imap_account.password})  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    top = [x.split(":")[0] for x in done.stdout.splitlines() if not x.startswith(" ")]
    assert top == ["config", "rules", "mailbox", "sent copies", "smtp"]


def test_unreachable_port_is_one_line(tmp_path: Path, imap_account: ImapAccount) -> None:
    done = followup("--config", str(imap_config(tmp_path, imap_account, port=free_port())), "check", env={"PW": "x"})
    assert done.returncode == 1
    no_traceback(done)
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("mailbox:")]
    assert "127.0.0.1" in line


def test_a_port_where_something_else_answers_is_one_line(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer
) -> None:
    config = imap_config(tmp_path, imap_account, port=smtp_server.port)
    done = followup("--config", str(config), "check", env={"PW": "x"})
    assert done.returncode == 1
    no_traceback(done)
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("mailbox:")]
    assert str(smtp_server.port) in line


def test_a_missing_credential_file_is_named(tmp_path: Path, imap_account: ImapAccount) -> None:
    config = imap_config(tmp_path, imap_account, password="{file: $CREDENTIALS_DIRECTORY/imap-password}")
    done = followup("--config", str(config), "check", env={"CREDENTIALS_DIRECTORY": str(tmp_path / "creds")})
    assert done.returncode == 1
    no_traceback(done)
    assert "cannot read secret file" in done.stdout and "imap-password" in done.stdout


def test_a_config_that_cannot_be_read_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").mkdir()
    done = followup("--config", str(tmp_path / "config.yaml"), "status")
    assert done.returncode == 1
    no_traceback(done)
    assert len(done.stderr.strip().splitlines()) == 1 and "cannot read config file" in done.stderr


def test_a_state_dir_that_cannot_be_made_is_one_line(tmp_path: Path, imap_account: ImapAccount) -> None:
    (tmp_path / "blocker").write_text("a file, not a folder")
    config = imap_config(tmp_path, imap_account, state=str(tmp_path / "blocker" / "state"))
    done = followup("--config", str(config), "run", "--once", env={"PW": imap_account.password})
    assert done.returncode == 1
    no_traceback(done)
    assert "cannot create state dir" in done.stderr and "state_dir" in done.stderr


def test_an_imap_folder_deleted_under_its_feet_shows_in_status(tmp_path: Path, imap_account: ImapAccount) -> None:
    config = str(imap_config(tmp_path, imap_account))
    env = {"PW": imap_account.password}
    assert followup("--config", config, "run", "--once", env=env).returncode == 0
    client = imap_account.client()
    try:
        client.delete_folder(imap_account.folder)
    finally:
        client.logout()
    done = followup("--config", config, "run", "--once", env=env)
    assert done.returncode == 1  # a problem to fix; the fault is also recorded on the folder
    no_traceback(done)
    assert "FAILED" in done.stdout and "fix mailbox.folders" in done.stdout
    status = json.loads(followup("--config", config, "status", "--json", env=env).stdout)
    (folder,) = status["folders"]
    assert "fix mailbox.folders" in folder["last_error"]


def test_a_maildir_deleted_under_its_feet_is_a_clear_fault(tmp_path: Path) -> None:
    mail = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (mail / sub).mkdir(parents=True)
    config = tmp_path / "config.yaml"
    config.write_text(
        "owner: {name: Ana, email: ana@example.com}\nmailbox: {source: maildir, path: mail}\n"
        f"rules: {ROOT / 'rules'}\ntemplates: {ROOT / 'rules' / 'templates'}\nstate_dir: state\n",
        encoding="utf-8",
    )
    assert followup("--config", str(config), "run", "--once").returncode == 0
    shutil.rmtree(mail)
    done = followup("--config", str(config), "run", "--once")
    no_traceback(done)
    assert done.returncode == 1 and "FAILED" in done.stdout
    status = followup("--config", str(config), "status")
    assert (
        "the last attempt failed" in status.stdout
        and str(mail) in status.stdout
        and "fix mailbox.path" in status.stdout
    )


def test_a_credential_that_vanishes_while_running_shows_in_status(tmp_path: Path, imap_account: ImapAccount) -> None:
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "imap-password").write_text(imap_account.password)
    config = str(imap_config(tmp_path, imap_account, password="{file: $CREDENTIALS_DIRECTORY/imap-password}"))
    env = {"CREDENTIALS_DIRECTORY": str(creds)}
    assert followup("--config", config, "run", "--once", env=env).returncode == 0
    (creds / "imap-password").unlink()
    done = followup("--config", config, "run", "--once", env=env)
    no_traceback(done)
    assert done.returncode == 1 and "cannot read secret file" in done.stdout
    status = json.loads(followup("--config", config, "status", "--json", env=env).stdout)
    assert "cannot read secret file" in status["folders"][0]["last_error"]
