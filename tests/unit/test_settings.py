"""A config read back from its validated data (no pydantic) reads exactly like the validated one,
and it is read back only for the very bytes that passed validation."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any

import pydantic
import pytest

from followup import settings
from followup.config import (
    ApprovalConfig, Config, MailboxConfig, OAuth2Config, OwnerConfig, SmtpConfig, load_config, validated_data,
)
from followup.errors import ConfigError
from followup import runtime
from followup.runtime import read_settings, settings_cache
from followup.settings import PlainSettings, settings_from_data

ROOT = Path(__file__).resolve().parents[2]

CONFIGS = {
    "example": (ROOT / "config.example.yaml").read_text(encoding="utf-8"),
    "maildir": "owner: {name: Ana, email: ana@example.com}\nmailbox: {source: maildir, path: mail}\n",
    "gmail oauth2": """\
owner: {name: Ana, email: Ana@Example.com, timezone: America/New_York, forwarders: [me@work.example]}
mailbox:
  provider: gmail
  username: ana@gmail.com
  oauth2: {client_id: abc, client_secret: {file: ~/secret}, mechanism: oauthbearer}
  address: ana@gmail.com
  folders: [INBOX, Jobs]
  poll_every: 90s
  backfill: 5 business days
smtp: {provider: gmail}
approval: {via: [email], expire_after: 2d, daily_summary: null, max_mails_per_day: 3}
detection:
  job_domains: [hire.example]
  offer: {phrases: [we are delighted], sender_domains: [offers.example]}
  min_confidence: 0.25
state_dir: $HOME/state
""",
    "custom oauth2 and a password smtp": """\
owner: {name: Bo, email: bo@example.org, signature: "Bo\\n--"}
mailbox:
  host: imap.example.org
  port: 1993
  username: bo
  auth: oauth2
  oauth2:
    provider: custom
    client_id: x
    token_url: https://id.example.org/token
    scopes: [mail, offline]
    refresh_token: {command: pass show bo}
  timeout: 1.5s
  batch_size: 50
  ca_file: /etc/ca.pem
  authserv_id: mx.example.org
smtp:
  host: smtp.example.org
  security: starttls
  username: bo
  password: {env: SMTP_PW}
  save_sent_to: null
  max_per_day: 5
  timeout: 1234567.5s
rules: my.yaml
templates: tpl
""",
}

# Each section of the validated models, and its plain form.
PAIRS: list[tuple[type[pydantic.BaseModel], type]] = [
    (Config, settings.PlainSettings),
    (OwnerConfig, settings.PlainOwner),
    (MailboxConfig, settings.PlainMailbox),
    (SmtpConfig, settings.PlainSmtp),
    (OAuth2Config, settings.PlainOAuth2),
    (ApprovalConfig, settings.PlainApproval),
]

# What the Protocols offer besides the fields, checked on both forms.
DERIVED = {
    settings.PlainSettings: (
        "smtp_oauth2", "uses_oauth2", "approval_via", "state_path", "trusted_senders", "detection",
    ),
    settings.PlainMailbox: ("effective_port",),
    settings.PlainSmtp: ("effective_port",),
    settings.PlainOAuth2: ("effective_token_url", "effective_device_url", "effective_auth_url", "effective_scopes"),
}


def assert_reads_alike(full: Any, plain: Any, where: str = "config") -> None:
    if plain is None or full is None:
        assert plain is None and full is None, where
        return
    if isinstance(plain, (settings.PlainEnvSecret, settings.PlainFileSecret, settings.PlainCommandSecret)):
        assert dataclasses.asdict(plain) == full.model_dump(), where
        return
    if not dataclasses.is_dataclass(plain) or plain.__module__ != settings.__name__:
        assert plain == full and type(plain) is type(full), where
        return
    names = [f.name for f in dataclasses.fields(plain) if f.name != "data"]
    for name in [*names, *DERIVED.get(type(plain), ())]:
        assert_reads_alike(getattr(full, name), getattr(plain, name), f"{where}.{name}")


def plain_of(config: Config) -> PlainSettings:
    # Through JSON, as the record is written and read.
    return settings_from_data(json.loads(json.dumps(validated_data(config))))


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_the_plain_form_reads_exactly_like_the_validated_config(name: str, tmp_path: Path) -> None:
    config = load_config(CONFIGS[name], "config.yaml", str(tmp_path))
    plain = plain_of(config)
    assert_reads_alike(config, plain)
    assert plain.resolve("rules/") == config.resolve("rules/")


def test_every_key_of_the_config_has_its_place_in_the_plain_form() -> None:
    for model, plain in PAIRS:
        fields = {f.name for f in dataclasses.fields(plain)} - {"data"}
        if plain is settings.PlainSettings:
            fields.add("detection")  # built from the data on first use
        assert fields == set(model.model_fields), model.__name__


def test_the_protocols_ask_for_nothing_the_plain_form_lacks() -> None:
    protocols = {
        settings.Settings: settings.PlainSettings,
        settings.OwnerSettings: settings.PlainOwner,
        settings.MailboxSettings: settings.PlainMailbox,
        settings.SmtpSettings: settings.PlainSmtp,
        settings.OAuth2Settings: settings.PlainOAuth2,
        settings.ApprovalSettings: settings.PlainApproval,
    }
    for protocol, plain in protocols.items():
        wanted = {n for n in vars(protocol) if not n.startswith("_")}
        offered = {f.name for f in dataclasses.fields(plain)} | set(DERIVED.get(plain, ())) | {"resolve"}
        assert wanted <= offered, protocol.__name__


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(CONFIGS["gmail oauth2"], encoding="utf-8")
    return path


def test_a_config_that_passed_is_read_back_without_validation(config_file: Path) -> None:
    first = read_settings(config_file)
    assert isinstance(first, Config)
    second = read_settings(config_file)
    assert isinstance(second, PlainSettings)
    assert_reads_alike(first, second)


def test_a_full_read_validates_whatever_the_record_says(config_file: Path) -> None:
    read_settings(config_file)
    assert isinstance(read_settings(config_file, full=True), Config)
    assert isinstance(read_settings(config_file), PlainSettings)


def test_changed_bytes_are_validated_again(config_file: Path) -> None:
    read_settings(config_file)
    config_file.write_text(CONFIGS["gmail oauth2"].replace("name: Ana,", "name: Ann,"), encoding="utf-8")
    again = read_settings(config_file)
    assert isinstance(again, Config) and again.owner.name == "Ann"
    config_file.write_text(CONFIGS["gmail oauth2"].replace("poll_every: 90s", "poll_every: soon"), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_settings(config_file)
    assert str(caught.value.problems[0]).startswith(f"{config_file}:8:")


def test_a_changed_schema_is_validated_again(
    config_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record made by other validation code (an edited install, same version) is not believed."""
    schema = tmp_path / "schema.py"
    schema.write_text("v1", encoding="utf-8")
    monkeypatch.setattr(runtime, "SCHEMA_SOURCES", (schema,))
    read_settings(config_file)
    assert isinstance(read_settings(config_file), PlainSettings)
    schema.write_text("v2, longer", encoding="utf-8")
    assert isinstance(read_settings(config_file), Config)


def _tamper(record: Path) -> None:
    kept = json.loads(record.read_text(encoding="utf-8"))
    kept["data"]["smtp"]["host"] = "smtp.attacker.example"
    record.write_text(json.dumps(kept), encoding="utf-8")


def test_a_record_others_may_write_is_not_believed(config_file: Path) -> None:
    read_settings(config_file)
    record = settings_cache(config_file.absolute())
    _tamper(record)
    os.chmod(record, 0o666)
    config = read_settings(config_file)
    assert config.smtp is not None and config.smtp.host == "smtp.gmail.com"


def test_a_record_of_other_bytes_is_not_believed(config_file: Path) -> None:
    read_settings(config_file)
    record = settings_cache(config_file.absolute())
    kept = json.loads(record.read_text(encoding="utf-8"))
    kept["mark"] = "0" * 64
    kept["data"]["owner"]["name"] = "Mallory"
    record.write_text(json.dumps(kept), encoding="utf-8")
    assert read_settings(config_file).owner.name == "Ana"


def test_a_broken_record_costs_only_a_full_validation(config_file: Path) -> None:
    read_settings(config_file)
    record = settings_cache(config_file.absolute())
    record.write_text("{not json", encoding="utf-8")
    assert isinstance(read_settings(config_file), Config)
    assert isinstance(read_settings(config_file), PlainSettings)
