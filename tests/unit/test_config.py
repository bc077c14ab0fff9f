"""Config loading: golden error files, the example config, secrets, security rules."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pydantic
import pytest

from followup.config import Config, load_config, read_config, resolve_secret, EnvSecret, FileSecret, CommandSecret
from followup.errors import ConfigError, FollowupError
from followup.spec import Duration

ROOT = Path(__file__).resolve().parents[2]
INVALID = ROOT / "tests" / "data" / "config" / "invalid"

MINIMAL = """\
owner: {name: Ana, email: ana@example.com, timezone: Europe/Paris}
mailbox: {source: maildir, path: mail}
"""


@pytest.mark.parametrize("path", sorted(INVALID.glob("*.yaml")), ids=lambda p: p.stem)
def test_broken_config_reports_exactly_the_expected_lines(path: Path) -> None:
    expected = path.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    with pytest.raises(ConfigError) as caught:
        load_config(path.read_text(encoding="utf-8"), path.name)
    assert [str(p) for p in caught.value.problems] == expected


def test_every_golden_file_has_its_expected_output() -> None:
    yamls = {p.stem for p in INVALID.glob("*.yaml")}
    expected = {p.stem for p in INVALID.glob("*.expected")}
    assert yamls and yamls == expected


def test_example_config_is_valid() -> None:
    config = read_config(ROOT / "config.example.yaml")
    assert config.owner.timezone == "Europe/Paris"
    assert config.mailbox.poll_every == Duration(120)
    assert config.mailbox.backfill == Duration(14 * 86400)
    assert config.smtp is not None and config.smtp.max_per_day == 20


SECRET_KEYS = ("password", "client_secret", "refresh_token")


def _keys_of(
    model: type[pydantic.BaseModel], prefix: tuple[str, ...] = (), seen: set[type] | None = None
) -> list[tuple[str, ...]]:
    """Every key path of the model; a section used twice (oauth2) is documented at its first place."""
    from followup.spec import _model_of

    seen = set() if seen is None else seen
    out = []
    for name, info in model.model_fields.items():
        if info.exclude:
            continue
        path = (*prefix, info.alias or name)
        out.append(path)
        inner = _model_of(info.annotation)
        if inner is not None and name not in SECRET_KEYS and inner not in seen:
            seen.add(inner)
            out.extend(_keys_of(inner, path, seen))
    return out


def test_example_config_documents_every_key() -> None:
    from followup.yamlpos import load_yaml

    text = (ROOT / "config.example.yaml").read_text(encoding="utf-8")
    doc = load_yaml(text, "config.example.yaml")
    lines = text.splitlines()
    missing, undocumented = [], []
    for path in _keys_of(Config):
        if path not in doc.positions:
            missing.append(".".join(path))
            continue
        line = doc.positions[path][0]
        if not lines[line - 2].lstrip().startswith("#"):
            undocumented.append(".".join(path))
    assert missing == [], f"keys missing from config.example.yaml: {missing}"
    assert undocumented == [], f"keys without a comment line above them: {undocumented}"


def test_every_config_field_has_a_description() -> None:
    from followup.spec import _model_of

    def walk(model: type[pydantic.BaseModel]) -> list[str]:
        bad = []
        for name, info in model.model_fields.items():
            if not info.description:
                bad.append(f"{model.__name__}.{name}")
            inner = _model_of(info.annotation)
            if inner is not None:
                bad.extend(walk(inner))
        return bad

    assert walk(Config) == []


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text(MINIMAL, encoding="utf-8")
    config = read_config(tmp_path / "config.yaml")
    assert config.resolve("mail") == tmp_path.resolve() / "mail"
    assert config.resolve("/abs/path") == Path("/abs/path")


def test_missing_config_file_says_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        read_config(tmp_path / "nope.yaml")
    assert "config.example.yaml" in str(caught.value)


def test_plain_is_allowed_on_loopback() -> None:
    text = MINIMAL + "smtp: {host: 127.0.0.1, port: 2525, security: plain}\n"
    config = load_config(text, "c.yaml")
    assert config.smtp is not None and config.smtp.security == "plain"


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "::1", "127.8.9.10"])
def test_plain_imap_is_allowed_for_loopback_hosts(host: str) -> None:
    text = (
        "owner: {name: Ana, email: ana@example.com}\n"
        f"mailbox: {{source: imap, host: '{host}', username: u, password: {{env: P}}, security: plain}}\n"
    )
    assert load_config(text, "c.yaml").mailbox.security == "plain"


def test_secret_from_env_never_shows_in_repr(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("FOLLOWUP_TEST_PW", "hunter2")
    secret = resolve_secret(EnvSecret(env="FOLLOWUP_TEST_PW"), "mailbox.password")
    assert secret.reveal() == "hunter2"
    assert "hunter2" not in repr(secret) and "hunter2" not in str(secret)
    assert "hunter2" not in f"{secret!r} {secret}"
    logging.getLogger("test").warning("secret is %s", secret)
    assert "hunter2" not in caplog.text


def test_secret_from_missing_env_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOLLOWUP_NOPE", raising=False)
    with pytest.raises(FollowupError, match="FOLLOWUP_NOPE is not set"):
        resolve_secret(EnvSecret(env="FOLLOWUP_NOPE"), "smtp.password")


def test_secret_from_file_expands_credentials_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "imap").write_text("s3cret\nignored\n", encoding="utf-8")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    secret = resolve_secret(FileSecret(file="$CREDENTIALS_DIRECTORY/imap"), "mailbox.password")
    assert secret.reveal() == "s3cret"


def test_secret_from_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(FollowupError) as caught:
        resolve_secret(FileSecret(file=str(tmp_path / "absent")), "mailbox.password")
    message = str(caught.value)
    assert "\n" not in message and "mailbox.password" in message and "absent" in message


def test_secret_from_command() -> None:
    secret = resolve_secret(CommandSecret(command=f"{sys.executable} -c \"print('pw-from-cmd')\""), "x")
    assert secret.reveal() == "pw-from-cmd"


def test_failing_secret_command_is_an_error() -> None:
    with pytest.raises(FollowupError, match="exited 3"):
        resolve_secret(CommandSecret(command=f"{sys.executable} -c \"raise SystemExit(3)\""), "x")


def test_config_is_frozen() -> None:
    config = load_config(MINIMAL, "c.yaml")
    with pytest.raises(pydantic.ValidationError, match="frozen"):
        config.owner.name = "Other"  # type: ignore[misc]


def test_trusted_senders_are_owner_and_forwarders() -> None:
    text = MINIMAL.replace("timezone: Europe/Paris", "timezone: Europe/Paris, forwarders: [Fwd@Example.org]")
    config = load_config(text, "c.yaml")
    assert config.trusted_senders == {"ana@example.com", "fwd@example.org"}


def test_state_dir_expands_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    config = load_config(MINIMAL, "c.yaml")
    assert config.state_path == tmp_path / ".local" / "state" / "followup"
    assert os.path.isabs(config.state_path)
