"""The configuration as the rest of the program reads it, without pydantic.

`config` validates the file with pydantic models; everything downstream reads those models
through the Protocols here (`Settings` and its sections), which the models satisfy as they are.
A config that already passed validation (see `runtime.read_settings`) is read back from the
validated data as the plain frozen dataclasses below, which satisfy the same Protocols: a
start-up then loads no pydantic at all.

The rules the models and the plain form share (default ports, which OAuth2 sign-in SMTP uses,
the approval channels in force, paths) live here once, as functions both call. Secrets are
described in the config and resolved only when a connection is made (`resolve_secret`), into a
`Secret` whose repr hides it.
"""

from __future__ import annotations

import ipaddress
import os
import shlex
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, cast, runtime_checkable

from followup.durations import Duration
from followup.errors import FollowupError
from followup.providers import OAUTH_PROVIDERS, AuthKind, OAuthProviderName, ProviderName

if TYPE_CHECKING:
    from followup.vocabulary import DetectionConfig

SECRET_COMMAND_TIMEOUT_S = 30

Security = Literal["tls", "starttls", "plain"]
Mechanism = Literal["auto", "xoauth2", "oauthbearer"]
Channel = Literal["cli", "email"]


class Secret:
    """A resolved secret. It never shows itself in a repr, str or log line."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """Return the secret itself, for the one call that needs it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__


# --- the three ways to give a secret: {env: NAME}, {file: PATH}, {command: "..."} ---


@runtime_checkable
class EnvSecretForm(Protocol):
    @property
    def env(self) -> str: ...


@runtime_checkable
class FileSecretForm(Protocol):
    @property
    def file(self) -> str: ...


@runtime_checkable
class CommandSecretForm(Protocol):
    @property
    def command(self) -> str: ...


SecretForm = EnvSecretForm | FileSecretForm | CommandSecretForm


def resolve_secret(spec: SecretForm, where: str) -> Secret:
    """Fetch a secret now; raise FollowupError naming `where` and the fix when it cannot be had."""
    if isinstance(spec, EnvSecretForm):
        value = os.environ.get(spec.env)
        if value is None:
            raise FollowupError(f"{where}: environment variable {spec.env} is not set; export it before starting")
        return Secret(value)
    if isinstance(spec, FileSecretForm):
        path = Path(os.path.expandvars(os.path.expanduser(spec.file)))
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise FollowupError(
                f"{where}: cannot read secret file {path}: {exc.strerror or exc}; check the path and its permissions"
            ) from None
        return Secret(text.splitlines()[0] if text else "")
    try:
        done = subprocess.run(
            shlex.split(spec.command),
            capture_output=True,
            text=True,
            timeout=SECRET_COMMAND_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired, ValueError) as exc:
        raise FollowupError(f"{where}: secret command failed: {exc}; run it by hand to see why") from None
    if done.returncode != 0:
        raise FollowupError(
            f"{where}: secret command exited {done.returncode}; run it by hand to see why"
        )
    return Secret(done.stdout.splitlines()[0] if done.stdout else "")


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses, where unencrypted connections are allowed."""
    if host.lower() in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# --- the sections, as everything downstream of validation reads them ---


class OwnerSettings(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def timezone(self) -> str: ...
    @property
    def signature(self) -> str: ...
    @property
    def forwarders(self) -> tuple[str, ...]: ...


class OAuth2Settings(Protocol):
    @property
    def provider(self) -> OAuthProviderName | None: ...
    @property
    def client_id(self) -> str: ...
    @property
    def client_secret(self) -> SecretForm | None: ...
    @property
    def token_url(self) -> str | None: ...
    @property
    def device_url(self) -> str | None: ...
    @property
    def auth_url(self) -> str | None: ...
    @property
    def scopes(self) -> tuple[str, ...] | None: ...
    @property
    def refresh_token(self) -> SecretForm | None: ...
    @property
    def mechanism(self) -> Mechanism: ...
    @property
    def effective_token_url(self) -> str: ...
    @property
    def effective_device_url(self) -> str | None: ...
    @property
    def effective_auth_url(self) -> str | None: ...
    @property
    def effective_scopes(self) -> tuple[str, ...]: ...


class MailboxSettings(Protocol):
    @property
    def source(self) -> Literal["imap", "maildir"]: ...
    @property
    def provider(self) -> ProviderName | None: ...
    @property
    def host(self) -> str | None: ...
    @property
    def port(self) -> int | None: ...
    @property
    def security(self) -> Security: ...
    @property
    def username(self) -> str | None: ...
    @property
    def auth(self) -> AuthKind: ...
    @property
    def password(self) -> SecretForm | None: ...
    @property
    def oauth2(self) -> OAuth2Settings | None: ...
    @property
    def address(self) -> str | None: ...
    @property
    def folders(self) -> tuple[str, ...]: ...
    @property
    def poll_every(self) -> Duration: ...
    @property
    def idle(self) -> bool: ...
    @property
    def backfill(self) -> Duration: ...
    @property
    def path(self) -> str | None: ...
    @property
    def timeout(self) -> Duration: ...
    @property
    def batch_size(self) -> int: ...
    @property
    def ca_file(self) -> str | None: ...
    @property
    def authserv_id(self) -> str | None: ...
    @property
    def effective_port(self) -> int: ...


class SmtpSettings(Protocol):
    @property
    def provider(self) -> ProviderName | None: ...
    @property
    def host(self) -> str: ...
    @property
    def port(self) -> int | None: ...
    @property
    def security(self) -> Security: ...
    @property
    def username(self) -> str | None: ...
    @property
    def auth(self) -> AuthKind | None: ...
    @property
    def password(self) -> SecretForm | None: ...
    @property
    def oauth2(self) -> OAuth2Settings | None: ...
    @property
    def save_sent_to(self) -> str | None: ...
    @property
    def server_saves_sent(self) -> bool: ...
    @property
    def max_per_day(self) -> int: ...
    @property
    def timeout(self) -> Duration: ...
    @property
    def ca_file(self) -> str | None: ...
    @property
    def effective_port(self) -> int: ...


class ApprovalSettings(Protocol):
    @property
    def via(self) -> tuple[Channel, ...]: ...
    @property
    def expire_after(self) -> Duration: ...
    @property
    def daily_summary(self) -> str | None: ...
    @property
    def max_mails_per_day(self) -> int: ...


class Settings(Protocol):
    """The whole configuration, validated."""

    @property
    def owner(self) -> OwnerSettings: ...
    @property
    def mailbox(self) -> MailboxSettings: ...
    @property
    def smtp(self) -> SmtpSettings | None: ...
    @property
    def approval(self) -> ApprovalSettings: ...
    @property
    def rules(self) -> str: ...
    @property
    def templates(self) -> str: ...
    @property
    def state_dir(self) -> str: ...
    @property
    def detection(self) -> DetectionConfig: ...
    @property
    def base_dir(self) -> str: ...
    @property
    def smtp_oauth2(self) -> OAuth2Settings | None: ...
    @property
    def uses_oauth2(self) -> bool: ...
    @property
    def approval_via(self) -> tuple[str, ...]: ...
    @property
    def state_path(self) -> Path: ...
    @property
    def trusted_senders(self) -> frozenset[str]: ...
    def resolve(self, path: str) -> Path: ...


# --- the rules both forms share ---


def imap_port(port: int | None, security: Security) -> int:
    return port or (993 if security == "tls" else 143)


def smtp_port(port: int | None, security: Security) -> int:
    return port or {"tls": 465, "starttls": 587, "plain": 25}[security]


def token_url(oauth2: OAuth2Settings) -> str:
    return oauth2.token_url or OAUTH_PROVIDERS[oauth2.provider or "custom"].token_url


def device_url(oauth2: OAuth2Settings) -> str | None:
    known = OAUTH_PROVIDERS.get(oauth2.provider or "custom")
    return oauth2.device_url or (known.device_url if known else None)


def auth_url(oauth2: OAuth2Settings) -> str | None:
    known = OAUTH_PROVIDERS.get(oauth2.provider or "custom")
    return oauth2.auth_url or (known.auth_url if known else None)


def scopes(oauth2: OAuth2Settings) -> tuple[str, ...]:
    if oauth2.scopes is not None:
        return oauth2.scopes
    known = OAUTH_PROVIDERS.get(oauth2.provider or "custom")
    return known.scopes if known else ()


def smtp_oauth2(settings: Settings) -> OAuth2Settings | None:
    """The OAuth2 sign-in SMTP uses: its own block, else the mailbox's."""
    if settings.smtp is None or settings.smtp.auth != "oauth2":
        return None
    return settings.smtp.oauth2 or settings.mailbox.oauth2


def approval_via(settings: Settings) -> tuple[str, ...]:
    """The approval channels in force: e-mail only when the mailbox has an address to send from."""
    if settings.mailbox.address is None or settings.smtp is None:
        return tuple(v for v in settings.approval.via if v != "email") or ("cli",)
    return tuple(settings.approval.via)


def resolve_path(base_dir: str, path: str) -> Path:
    """Resolve a configured path against the config file's folder, expanding ~ and $VARS."""
    expanded = Path(os.path.expandvars(os.path.expanduser(path)))
    return expanded if expanded.is_absolute() else Path(base_dir) / expanded


def trusted_senders(owner: OwnerSettings) -> frozenset[str]:
    """The owner and the trusted forwarders, lower-cased."""
    return frozenset(a.lower() for a in (owner.email, *owner.forwarders))


# --- the plain form, read back from validated data ---


@dataclass(frozen=True)
class PlainEnvSecret:
    env: str


@dataclass(frozen=True)
class PlainFileSecret:
    file: str


@dataclass(frozen=True)
class PlainCommandSecret:
    command: str


@dataclass(frozen=True)
class PlainOwner:
    name: str
    email: str
    timezone: str
    signature: str
    forwarders: tuple[str, ...]


@dataclass(frozen=True)
class PlainOAuth2:
    provider: OAuthProviderName | None
    client_id: str
    client_secret: SecretForm | None
    token_url: str | None
    device_url: str | None
    auth_url: str | None
    scopes: tuple[str, ...] | None
    refresh_token: SecretForm | None
    mechanism: Mechanism

    @property
    def effective_token_url(self) -> str:
        return token_url(self)

    @property
    def effective_device_url(self) -> str | None:
        return device_url(self)

    @property
    def effective_auth_url(self) -> str | None:
        return auth_url(self)

    @property
    def effective_scopes(self) -> tuple[str, ...]:
        return scopes(self)


@dataclass(frozen=True)
class PlainMailbox:
    source: Literal["imap", "maildir"]
    provider: ProviderName | None
    host: str | None
    port: int | None
    security: Security
    username: str | None
    auth: AuthKind
    password: SecretForm | None
    oauth2: PlainOAuth2 | None
    address: str | None
    folders: tuple[str, ...]
    poll_every: Duration
    idle: bool
    backfill: Duration
    path: str | None
    timeout: Duration
    batch_size: int
    ca_file: str | None
    authserv_id: str | None

    @property
    def effective_port(self) -> int:
        return imap_port(self.port, self.security)


@dataclass(frozen=True)
class PlainSmtp:
    provider: ProviderName | None
    host: str
    port: int | None
    security: Security
    username: str | None
    auth: AuthKind | None
    password: SecretForm | None
    oauth2: PlainOAuth2 | None
    save_sent_to: str | None
    server_saves_sent: bool
    max_per_day: int
    timeout: Duration
    ca_file: str | None

    @property
    def effective_port(self) -> int:
        return smtp_port(self.port, self.security)


@dataclass(frozen=True)
class PlainApproval:
    via: tuple[Channel, ...]
    expire_after: Duration
    daily_summary: str | None
    max_mails_per_day: int


@dataclass(frozen=True)
class PlainSettings:
    """A validated config read back without pydantic; `detection` is built on first use."""

    owner: PlainOwner
    mailbox: PlainMailbox
    smtp: PlainSmtp | None
    approval: PlainApproval
    rules: str
    templates: str
    state_dir: str
    base_dir: str
    data: Mapping[str, Any] = field(repr=False, compare=False)  # what it was read from

    @cached_property
    def detection(self) -> DetectionConfig:
        # Needed only to read new mail: pydantic is loaded then, and only then.
        from followup.vocabulary import DetectionConfig

        return DetectionConfig.model_validate(self.data["detection"])

    @property
    def smtp_oauth2(self) -> OAuth2Settings | None:
        return smtp_oauth2(self)

    @property
    def uses_oauth2(self) -> bool:
        return self.mailbox.auth == "oauth2" or self.smtp_oauth2 is not None

    @property
    def approval_via(self) -> tuple[str, ...]:
        return approval_via(self)

    def resolve(self, path: str) -> Path:
        return resolve_path(self.base_dir, path)

    @property
    def state_path(self) -> Path:
        return self.resolve(self.state_dir)

    @property
    def trusted_senders(self) -> frozenset[str]:
        return trusted_senders(self.owner)


def _duration(data: Any) -> Duration:
    return Duration(float(data["seconds"]), int(data["business_days"]))


def _secret(data: Any) -> SecretForm | None:
    if data is None:
        return None
    if "env" in data:
        return PlainEnvSecret(str(data["env"]))
    if "file" in data:
        return PlainFileSecret(str(data["file"]))
    return PlainCommandSecret(str(data["command"]))


def _tuple(data: Any) -> tuple[str, ...]:
    return tuple(str(x) for x in data)


def _oauth2(data: Any) -> PlainOAuth2 | None:
    if data is None:
        return None
    return PlainOAuth2(
        provider=data["provider"],
        client_id=data["client_id"],
        client_secret=_secret(data["client_secret"]),
        token_url=data["token_url"],
        device_url=data["device_url"],
        auth_url=data["auth_url"],
        scopes=None if data["scopes"] is None else _tuple(data["scopes"]),
        refresh_token=_secret(data["refresh_token"]),
        mechanism=data["mechanism"],
    )


def settings_from_data(data: Mapping[str, Any]) -> PlainSettings:
    """The plain form of validated data (`config.validated_data`); KeyError or TypeError when
    the data is not of that shape."""
    owner, mailbox, smtp, approval = data["owner"], data["mailbox"], data["smtp"], data["approval"]
    return PlainSettings(
        owner=PlainOwner(
            name=owner["name"],
            email=owner["email"],
            timezone=owner["timezone"],
            signature=owner["signature"],
            forwarders=_tuple(owner["forwarders"]),
        ),
        mailbox=PlainMailbox(
            source=mailbox["source"],
            provider=mailbox["provider"],
            host=mailbox["host"],
            port=mailbox["port"],
            security=mailbox["security"],
            username=mailbox["username"],
            auth=mailbox["auth"],
            password=_secret(mailbox["password"]),
            oauth2=_oauth2(mailbox["oauth2"]),
            address=mailbox["address"],
            folders=_tuple(mailbox["folders"]),
            poll_every=_duration(mailbox["poll_every"]),
            idle=bool(mailbox["idle"]),
            backfill=_duration(mailbox["backfill"]),
            path=mailbox["path"],
            timeout=_duration(mailbox["timeout"]),
            batch_size=int(mailbox["batch_size"]),
            ca_file=mailbox["ca_file"],
            authserv_id=mailbox["authserv_id"],
        ),
        smtp=None
        if smtp is None
        else PlainSmtp(
            provider=smtp["provider"],
            host=smtp["host"],
            port=smtp["port"],
            security=smtp["security"],
            username=smtp["username"],
            auth=smtp["auth"],
            password=_secret(smtp["password"]),
            oauth2=_oauth2(smtp["oauth2"]),
            save_sent_to=smtp["save_sent_to"],
            server_saves_sent=bool(smtp["server_saves_sent"]),
            max_per_day=int(smtp["max_per_day"]),
            timeout=_duration(smtp["timeout"]),
            ca_file=smtp["ca_file"],
        ),
        approval=PlainApproval(
            via=cast("tuple[Channel, ...]", _tuple(approval["via"])),
            expire_after=_duration(approval["expire_after"]),
            daily_summary=approval["daily_summary"],
            max_mails_per_day=int(approval["max_mails_per_day"]),
        ),
        rules=data["rules"],
        templates=data["templates"],
        state_dir=data["state_dir"],
        base_dir=data["base_dir"],
        data=data,
    )
