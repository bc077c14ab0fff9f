"""The configuration (DESIGN §5) as frozen pydantic models, and the secret forms.

`load_config` takes the file's text and name (the caller reads it) and returns a `Config`, or
raises ConfigError listing every problem with file:line:col. The models satisfy the Protocols of
`settings`, which is what the rest of the program reads; `validated_data` is what
`runtime.read_settings` remembers of a config that passed, to read it back without pydantic.
Secrets are described here and resolved only when a connection is made (`resolve_secret`).
"""

from __future__ import annotations

import os
from pathlib import Path as FsPath
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import pydantic
from pydantic import Discriminator, Field, Tag, model_validator

from followup import settings
from followup.durations import Duration
from followup.errors import ConfigError, Problem
from followup.providers import PRESETS, AuthKind, OAuthProviderName, ProviderName
from followup.settings import Secret, Security, is_loopback, resolve_secret
from followup.vocabulary import DetectionConfig
from followup.spec import Address, Frozen, Port, Zone, at_key, problems_from_validation
from followup.yamlpos import Document, load_yaml

class EnvSecret(Frozen):
    """Read the secret from an environment variable."""

    env: str = Field(description="Name of the environment variable that holds the secret.")


class FileSecret(Frozen):
    """Read the secret from a file; `$CREDENTIALS_DIRECTORY` is expanded (systemd LoadCredential)."""

    file: str = Field(description="Path of a file whose first line is the secret.")


class CommandSecret(Frozen):
    """Run a command and use its first line of output (a password manager, `pass show ...`)."""

    command: str = Field(description="Command whose standard output's first line is the secret.")


def _secret_tag(value: Any) -> str | None:
    if isinstance(value, dict):
        for key in ("env", "file", "command"):
            if key in value:
                return key
    if isinstance(value, pydantic.BaseModel):
        return next(iter(type(value).model_fields))
    return None


SecretSpec = Annotated[
    Annotated[EnvSecret, Tag("env")] | Annotated[FileSecret, Tag("file")] | Annotated[CommandSecret, Tag("command")],
    Discriminator(
        _secret_tag,
        custom_error_type="secret_form",
        custom_error_message="a secret must be one of {env: NAME}, {file: PATH} or {command: \"...\"}",
    ),
]


class OwnerConfig(Frozen):
    """The job seeker: who signs the notes and whose forwards are trusted."""

    name: str = Field(description="Your name, as it signs the follow-ups.")
    email: Address = Field(description="Your own address: follow-ups go out From it.")
    timezone: Zone = Field("UTC", description="Your IANA time zone, for windows and times shown.")
    signature: str = Field("", description="Text templates can put under each note.")
    forwarders: tuple[Address, ...] = Field(
        (), description="Addresses whose forwarded mail is trusted (besides your own address)."
    )


def is_safe_url(url: str) -> bool:
    """True for https URLs, and for http ones whose host is a loopback address."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return True
    return parts.scheme == "http" and parts.hostname is not None and is_loopback(parts.hostname)


class OAuth2Config(Frozen):
    """Sign-in with OAuth2 (SASL XOAUTH2 or OAUTHBEARER, RFC 7628) instead of a password."""

    provider: OAuthProviderName | None = Field(
        None, description="google, microsoft or custom; the mailbox provider preset fills it in."
    )
    client_id: str = Field(min_length=1, description="The client id of the app registered with the provider.")
    client_secret: SecretSpec | None = Field(None, description="The client secret, if the app has one.")
    token_url: str | None = Field(None, description="Token endpoint; custom only, google and microsoft have defaults.")
    device_url: str | None = Field(None, description="Device authorization endpoint (RFC 8628) for `followup login`.")
    auth_url: str | None = Field(None, description="Authorization endpoint, for a login in the browser.")
    scopes: tuple[str, ...] | None = Field(None, description="Scopes to ask for; defaults per provider.")
    refresh_token: SecretSpec | None = Field(
        None, description="A refresh token from elsewhere (a token helper); else the one `followup login` stored."
    )
    mechanism: Literal["auto", "xoauth2", "oauthbearer"] = Field(
        "auto", description="SASL mechanism: auto takes XOAUTH2 when offered, else OAUTHBEARER."
    )

    @model_validator(mode="after")
    def _check_urls(self) -> OAuth2Config:
        if self.provider is None:
            raise at_key("provider", "say which provider signs you in: google, microsoft or custom")
        if self.provider == "custom" and self.token_url is None:
            raise at_key("token_url", "provider 'custom' needs token_url (the token endpoint)")
        for key in ("token_url", "device_url", "auth_url"):
            url = getattr(self, key)
            if url is not None and not is_safe_url(url):
                raise at_key(key, f"'{url}' is refused: use https (plain http only for a loopback host)")
        return self

    @property
    def effective_token_url(self) -> str:
        return settings.token_url(self)

    @property
    def effective_device_url(self) -> str | None:
        return settings.device_url(self)

    @property
    def effective_auth_url(self) -> str | None:
        return settings.auth_url(self)

    @property
    def effective_scopes(self) -> tuple[str, ...]:
        return settings.scopes(self)


def _apply_preset(data: Any, side: Literal["imap", "smtp"]) -> Any:
    """Fill the keys a provider preset knows and the user left out; explicit keys win."""
    if not isinstance(data, dict):
        return data
    data = dict(data)
    preset = PRESETS.get(str(data.get("provider")))
    if preset is not None:
        server = preset.imap if side == "imap" else preset.smtp
        data.setdefault("host", server.host)
        data.setdefault("security", server.security)
        if "port" not in data and data.get("security") == server.security:
            data["port"] = server.port
        if side == "smtp":
            data.setdefault("server_saves_sent", preset.saves_sent)
        oauth2 = data.get("oauth2")
        if isinstance(oauth2, dict) and "provider" not in oauth2 and preset.oauth_provider is not None:
            data["oauth2"] = {**oauth2, "provider": preset.oauth_provider}
    if "auth" not in data:
        if data.get("oauth2") is not None:
            data["auth"] = "oauth2"
        elif data.get("password") is not None:
            data["auth"] = "password"
        elif preset is not None and (side == "imap" or data.get("username") is not None):
            data["auth"] = preset.auth
    return data


class MailboxConfig(Frozen):
    """The mailbox the daemon watches."""

    source: Literal["imap", "maildir"] = Field("imap", description="imap or maildir.")
    provider: ProviderName | None = Field(
        None, description="gmail, outlook, office365, icloud, fastmail or yahoo: fills in host, port, security, auth."
    )
    host: str | None = Field(None, description="IMAP server host name.")
    port: Port | None = Field(None, description="IMAP port; default 993 for tls, 143 otherwise.")
    security: Security = Field("tls", description="tls, starttls, or plain (loopback hosts only).")
    username: str | None = Field(None, description="IMAP login name.")
    auth: AuthKind = Field("password", description="password or oauth2.")
    password: SecretSpec | None = Field(None, description="IMAP password as {env}, {file} or {command}.")
    oauth2: OAuth2Config | None = Field(None, description="OAuth2 sign-in (auth: oauth2).")
    address: Address | None = Field(None, description="This mailbox's own address.")
    folders: tuple[str, ...] = Field(("INBOX",), min_length=1, description="Folders to watch.")
    poll_every: Duration = Field(Duration(120), description="How often to poll when IDLE is not used.")
    idle: bool = Field(True, description="Use IMAP IDLE when the server offers it.")
    backfill: Duration = Field(
        Duration(14 * 86400), description="On a first sync, older mail is recorded, not acted on."
    )
    path: str | None = Field(None, description="Maildir directory (source: maildir).")
    timeout: Duration = Field(Duration(30), description="Timeout of every network call.")
    batch_size: int = Field(200, ge=1, le=5000, description="Messages fetched per IMAP FETCH.")
    ca_file: str | None = Field(None, description="Extra CA bundle to trust (a private server).")
    authserv_id: str | None = Field(
        None,
        description="The authserv-id your own mail server writes in Authentication-Results (RFC 8601); "
        "only its verdicts make mail trusted for approval: auto.",
    )

    @model_validator(mode="before")
    @classmethod
    def _preset(cls, data: Any) -> Any:
        return _apply_preset(data, "imap")

    @model_validator(mode="after")
    def _check_source(self) -> MailboxConfig:
        if self.source == "imap":
            missing = [k for k in ("host", "username") if getattr(self, k) is None]
            if self.auth == "password" and self.password is None:
                missing.append("password")
            if missing:
                raise ValueError(f"source 'imap' needs the keys: {', '.join(missing)}")
            if self.auth == "oauth2" and self.oauth2 is None:
                raise at_key("auth", "auth 'oauth2' needs an oauth2 block (provider, client_id); see docs/providers.md")
            assert self.host is not None
            if self.security == "plain" and not is_loopback(self.host):
                raise at_key(
                    "security",
                    f"'plain' is refused for non-loopback host '{self.host}'; use tls or starttls",
                )
        elif self.path is None:
            raise ValueError("source 'maildir' needs the key 'path'")
        return self

    @property
    def effective_port(self) -> int:
        return settings.imap_port(self.port, self.security)


class SmtpConfig(Frozen):
    """The server follow-ups are sent through."""

    provider: ProviderName | None = Field(
        None, description="gmail, outlook, office365, icloud, fastmail or yahoo: fills in host, port, security."
    )
    host: str = Field(description="SMTP server host name.")
    port: Port | None = Field(None, description="SMTP port; default 465 for tls, 587 for starttls, 25 for plain.")
    security: Security = Field("tls", description="tls, starttls, or plain (loopback hosts only).")
    username: str | None = Field(None, description="SMTP login name; without it no AUTH is tried.")
    auth: AuthKind | None = Field(None, description="password or oauth2; none when there is no username.")
    password: SecretSpec | None = Field(None, description="SMTP password as {env}, {file} or {command}.")
    oauth2: OAuth2Config | None = Field(None, description="OAuth2 sign-in; without it mailbox.oauth2 is used.")
    save_sent_to: str | None = Field(
        "auto", description="IMAP folder a copy of each sent note goes to; auto finds it; null for none."
    )
    server_saves_sent: bool = Field(
        False, description="The SMTP server files the sent copy itself (Gmail, Microsoft 365): append none."
    )
    max_per_day: int = Field(20, ge=1, description="At most this many follow-ups a day, in all.")
    timeout: Duration = Field(Duration(30), description="Timeout of every SMTP step.")
    ca_file: str | None = Field(None, description="Extra CA bundle to trust (a private server).")

    @model_validator(mode="before")
    @classmethod
    def _preset(cls, data: Any) -> Any:
        return _apply_preset(data, "smtp")

    @model_validator(mode="after")
    def _check_security(self) -> SmtpConfig:
        if self.security == "plain" and not is_loopback(self.host):
            raise ValueError(
                f"security 'plain' is refused for non-loopback host '{self.host}'; use tls or starttls"
            )
        if (self.auth == "password" and self.password is None) or (self.username and self.auth is None):
            raise at_key("username", "a username needs a password ({env: NAME}, {file: PATH} or {command: ...})")
        if self.auth is not None and self.username is None:
            raise at_key("auth", f"auth '{self.auth}' needs smtp.username (the account to sign in as)")
        return self

    @property
    def effective_port(self) -> int:
        return settings.smtp_port(self.port, self.security)


class ApprovalConfig(Frozen):
    """How the owner approves drafts."""

    via: tuple[Literal["cli", "email"], ...] = Field(("cli", "email"), description="cli, email, or both.")
    expire_after: Duration = Field(Duration(3 * 86400), description="A draft not approved in this time expires.")
    daily_summary: str | None = Field(
        "08:00",
        pattern=r"^([01]\d|2[0-3]):[0-5]\d$",
        description="Mail yourself a summary each day at this time (HH:MM, your zone): what needs you, "
        "drafts waiting, what happened; null for none.",
    )
    max_mails_per_day: int = Field(
        12,
        ge=1,
        description="At most this many approval requests and notices are mailed to you a day; "
        "when many wait they are batched, and the rest waits for the next day.",
    )


class Config(Frozen):
    """The whole configuration file."""

    owner: OwnerConfig = Field(description="Who you are.")
    mailbox: MailboxConfig = Field(description="The mailbox to watch.")
    smtp: SmtpConfig | None = Field(None, description="Where to send; without it nothing is sent.")
    approval: ApprovalConfig = Field(ApprovalConfig(), description="How drafts are approved.")
    rules: str = Field("rules/", description="A rules file, or a folder of *.yaml rule files.")
    templates: str = Field("rules/templates/", description="The folder of templates.")
    state_dir: str = Field("~/.local/state/followup", description="Where the state database lives.")
    detection: DetectionConfig = Field(DetectionConfig(), description="Your own additions to detection.")

    # Filled in by load_config, not by the user: relative paths resolve against the config's folder.
    base_dir: str = Field(".", exclude=True, description="Folder the config file is in.")

    @model_validator(mode="before")
    @classmethod
    def _smtp_from_mailbox(cls, data: Any) -> Any:
        """An smtp section naming the mailbox's provider signs in as the same account by default."""
        if not isinstance(data, dict):
            return data
        mailbox, smtp = data.get("mailbox"), data.get("smtp")
        if not (isinstance(mailbox, dict) and isinstance(smtp, dict)):
            return data
        same = smtp.get("provider") is not None and smtp.get("provider") == mailbox.get("provider")
        if same and not any(k in smtp for k in ("username", "password", "auth")):
            smtp = dict(smtp)
            for key in ("username", "password", "auth"):
                if key in mailbox:
                    smtp[key] = mailbox[key]
            if "auth" not in smtp and "oauth2" in mailbox:
                smtp["auth"] = "oauth2"
            data = {**data, "smtp": smtp}
        return data

    @model_validator(mode="after")
    def _check_smtp_oauth2(self) -> Config:
        if self.smtp is not None and self.smtp.auth == "oauth2" and self.smtp_oauth2 is None:
            raise at_key("smtp", "smtp auth 'oauth2' needs an oauth2 block, in smtp or in mailbox")
        return self

    @property
    def smtp_oauth2(self) -> OAuth2Config | None:
        """The OAuth2 sign-in SMTP uses: its own block, else the mailbox's."""
        if self.smtp is None or self.smtp.auth != "oauth2":
            return None
        return self.smtp.oauth2 or self.mailbox.oauth2

    @property
    def uses_oauth2(self) -> bool:
        """Whether the mailbox or SMTP signs in with OAuth2 (else the OAuth2 code is not needed)."""
        return self.mailbox.auth == "oauth2" or self.smtp_oauth2 is not None

    @model_validator(mode="after")
    def _check_email_approval(self) -> Config:
        explicit = "via" in self.approval.model_fields_set
        if explicit and "email" in self.approval.via and self.mailbox.address is None:
            raise at_key("approval", "'via: email' needs mailbox.address (the address approvals are sent from)")
        return self

    @property
    def approval_via(self) -> tuple[str, ...]:
        """The approval channels in force: e-mail only when the mailbox has an address to send from."""
        return settings.approval_via(self)

    def resolve(self, path: str) -> FsPath:
        """Resolve a configured path against the config file's folder, expanding ~ and $VARS."""
        return settings.resolve_path(self.base_dir, path)

    @property
    def state_path(self) -> FsPath:
        return self.resolve(self.state_dir)

    @property
    def trusted_senders(self) -> frozenset[str]:
        """The owner and the trusted forwarders, lower-cased."""
        return settings.trusted_senders(self.owner)


def validated_data(config: Config) -> dict[str, Any]:
    """The validated config as plain JSON data, exactly: `settings.settings_from_data` reads it back."""
    return {name: _plain(getattr(config, name)) for name in type(config).model_fields}


def _plain(value: Any) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return {name: _plain(getattr(value, name)) for name in type(value).model_fields}
    if isinstance(value, Duration):
        return {"seconds": value.seconds, "business_days": value.business_days}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def parse_config(doc: Document, base_dir: str = ".") -> Config:
    """Validate a loaded document as a Config; raise ConfigError with every problem found."""
    if not isinstance(doc.data, dict):
        raise ConfigError([doc.problem((), "the config must be a mapping of sections (owner, mailbox, ...)")])
    data = dict(doc.data)
    if "base_dir" in data:
        raise ConfigError([doc.problem(("base_dir",), "unknown key 'base_dir'")])
    data["base_dir"] = base_dir
    try:
        return Config.model_validate(data)
    except pydantic.ValidationError as exc:
        raise ConfigError(problems_from_validation(exc, doc, Config)) from None


def load_config(text: str, source: str, base_dir: str = ".") -> Config:
    """Parse and validate config text; `source` names the file in error messages."""
    return parse_config(load_yaml(text, source), base_dir)


def read_config(path: str | os.PathLike[str]) -> Config:
    """Read and validate the config file at `path`."""
    fs_path = FsPath(os.path.expanduser(str(path)))
    try:
        text = fs_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            [Problem(str(path), 0, 0, "", "config file not found; copy config.example.yaml there or pass --config")]
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([Problem(str(path), 0, 0, "", f"cannot read config file: {exc}")]) from None
    return load_config(text, str(path), str(fs_path.parent.resolve()))


# Named here too: the secret forms and the loopback rule are part of the config's vocabulary.
__all__ = [
    "ApprovalConfig",
    "CommandSecret",
    "Config",
    "EnvSecret",
    "FileSecret",
    "MailboxConfig",
    "OAuth2Config",
    "OwnerConfig",
    "Secret",
    "SmtpConfig",
    "is_loopback",
    "load_config",
    "parse_config",
    "read_config",
    "resolve_secret",
    "validated_data",
]
