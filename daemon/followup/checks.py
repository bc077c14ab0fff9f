"""`followup check`: config, rules and templates, then the IMAP and SMTP logins.

Yields one line per finding with a flag saying whether it is fine, so the CLI prints them in
order and exits 1 on any problem. Nothing is changed anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from followup.config import Config, OAuth2Config, read_config, resolve_secret
from followup.errors import ConfigError, FollowupError
from followup.report import count
from followup.source import Source

if TYPE_CHECKING:
    from followup.runtime import Runtime


def check_config(path: Path) -> tuple[Config | None, list[str]]:
    """Load the config; return it (or None) and the problem lines."""
    try:
        return read_config(path), []
    except ConfigError as exc:
        return None, [str(p) for p in exc.problems]


def _secret_form(spec: object) -> str:
    """How a secret is given, never its value."""
    for key in ("env", "file", "command"):
        value = getattr(spec, key, None)
        if value is not None:
            return f"*** (from {key} {value})" if key != "command" else "*** (from a command)"
    return "none"


def effective_settings(config: Config) -> list[str]:
    """The mailbox and smtp settings in force once presets are applied; secrets masked."""
    m = config.mailbox
    lines = []
    if m.source == "maildir":
        lines.append(f"mailbox: maildir {m.path}")
    else:
        lines.append(
            f"mailbox: provider {m.provider or 'none'}, {m.host}:{m.effective_port} ({m.security}), "
            f"user {m.username}, auth {m.auth}"
            + (f", password {_secret_form(m.password)}" if m.auth == "password" else "")
        )
    signed: list[tuple[str, OAuth2Config]] = []
    if m.auth == "oauth2" and m.oauth2 is not None:
        signed.append(("mailbox.oauth2", m.oauth2))
    smtp = config.smtp
    if smtp is None:
        lines.append("smtp: none (nothing is sent)")
    else:
        auth = smtp.auth or "none (no AUTH)"
        lines.append(
            f"smtp: provider {smtp.provider or 'none'}, {smtp.host}:{smtp.effective_port} ({smtp.security}), "
            f"user {smtp.username or '-'}, auth {auth}"
            + (f", password {_secret_form(smtp.password)}" if smtp.auth == "password" else "")
            + (", oauth2 as mailbox.oauth2" if smtp.auth == "oauth2" and smtp.oauth2 is None else "")
            + f"; save_sent_to {smtp.save_sent_to or 'null'}, server_saves_sent {str(smtp.server_saves_sent).lower()}"
        )
        if smtp.oauth2 is not None and smtp.auth == "oauth2":
            signed.append(("smtp.oauth2", smtp.oauth2))
    for name, o in signed:
        secret = f", client_secret {_secret_form(o.client_secret)}" if o.client_secret else ""
        refresh = _secret_form(o.refresh_token) if o.refresh_token else "the one `followup login` stored"
        lines.append(
            f"{name}: provider {o.provider}, client_id {o.client_id}{secret}, token_url {o.effective_token_url}, "
            f"scopes {' '.join(o.effective_scopes) or '(none)'}, mechanism {o.mechanism}, refresh token {refresh}"
        )
    return lines


def check_sent(config: Config, source: Source) -> str:
    """Say where copies of sent notes go, or why none are kept (the source is connected)."""
    from followup.source import DEFAULT_SENT, resolve_sent_folder

    smtp = config.smtp
    if smtp is None:
        return "sent copies: none (no smtp section)"
    folder, why = resolve_sent_folder(source, smtp.save_sent_to)
    if smtp.save_sent_to is None:
        return f"sent copies: none kept ({why})"
    if folder is None:
        if smtp.server_saves_sent:
            return f"sent copies: filed by the SMTP server itself; no Sent folder found to search after a crash ({why})"
        return f"sent copies: {why}; followup will create '{DEFAULT_SENT}' with the first copy"
    if smtp.server_saves_sent:
        return (
            "sent copies: filed by the SMTP server itself (smtp.server_saves_sent); "
            f"searched in '{folder}' after a crash ({why})"
        )
    return f"sent copies: saved to '{folder}' ({why})"


def check_imap(config: Config) -> tuple[bool, str]:
    """Log in to the mailbox and look at each folder."""
    from followup.service import make_source

    try:
        source = make_source(config)
    except FollowupError as exc:
        return False, f"mailbox: {exc}"
    try:
        source.connect()
        sizes = []
        for folder in config.mailbox.folders:
            status = source.status(folder)
            sizes.append(f"{folder} ({count(status.exists, 'message')})")
        sent = check_sent(config, source)
    except FollowupError as exc:
        return False, f"mailbox: {exc}"
    finally:
        source.close()
    m = config.mailbox
    where = m.path if m.source == "maildir" else f"{m.username}@{m.host}:{m.effective_port} ({m.security})"
    return True, f"mailbox: ok, {where}; folders: {', '.join(sizes)}\n{sent}"


def check_smtp(config: Config) -> tuple[bool, str]:
    """Log in to the SMTP server without sending anything."""
    from followup.send import check_login

    smtp = config.smtp
    if smtp is None:
        return True, "smtp: not configured; nothing will be sent (add an smtp section to send follow-ups)"
    from followup.oauth import smtp_tokens

    try:
        password = resolve_secret(smtp.password, "smtp.password") if smtp.password and smtp.auth == "password" else None
        check_login(smtp, password, smtp_tokens(config))
    except FollowupError as exc:
        return False, f"smtp: {exc}"
    auth = f"{smtp.username}@" if smtp.username else ""
    return True, f"smtp: ok, {auth}{smtp.host}:{smtp.effective_port} ({smtp.security})"


def unset_secrets(config: Config, path: Path) -> list[tuple[str, str]]:
    """(section, line) for each secret the config names by an environment variable that is not set.

    The line points at the key in the config file, so the owner sees which setting wants the
    variable; a login tried without it could only say that it failed.
    """
    named: list[tuple[str, tuple[str, ...], object]] = []
    m = config.mailbox
    if m.source != "maildir" and m.auth == "password":
        named.append(("mailbox", ("mailbox", "password"), m.password))
    if m.source != "maildir" and m.auth == "oauth2" and m.oauth2 is not None:
        named += [("mailbox", ("mailbox", "oauth2", key), getattr(m.oauth2, key)) for key in _OAUTH2_SECRETS]
    smtp = config.smtp
    if smtp is not None and smtp.auth == "password":
        named.append(("smtp", ("smtp", "password"), smtp.password))
    if smtp is not None and smtp.auth == "oauth2" and smtp.oauth2 is not None:
        named += [("smtp", ("smtp", "oauth2", key), getattr(smtp.oauth2, key)) for key in _OAUTH2_SECRETS]
    unset = [(section, key, env) for section, key, spec in named if (env := getattr(spec, "env", None)) is not None
             and os.environ.get(env) is None]  # fmt: skip
    if not unset:
        return []
    from followup.yamlpos import load_yaml

    document = load_yaml(path.read_text(encoding="utf-8"), str(path))
    found = []
    for section, key, env in unset:
        fix = f"export {env} before running followup (or name the secret by file or command)"
        found.append((section, str(document.problem(key, f"environment variable {env} is not set; {fix}"))))
    return found


_OAUTH2_SECRETS = ("client_secret", "refresh_token")


def check_trust(rt: Runtime) -> str | None:
    """A warning when a rule asks for `approval: auto` that can never apply (no authserv-id)."""
    auto = [r.name for r in rt.rules.rules if r.approval == "auto"]
    if not auto or rt.config.mailbox.authserv_id:
        return None
    return (
        f"warning: rules {', '.join(repr(n) for n in auto)} say approval: auto, but mailbox.authserv_id is not "
        "set, so no mail can be shown to come from a trusted path and every note waits for your approval; "
        "set it to the id your mail server writes in Authentication-Results (see docs/security.md)"
    )


def check_everything(path: Path, *, connect: bool = True) -> Iterator[tuple[str, bool]]:
    """Yield (line, ok) for each stage of `followup check`."""
    config, problems = check_config(path)
    if config is None:
        for line in problems:
            yield line, False
        return
    yield f"config: ok ({path})", True
    for line in effective_settings(config):
        yield f"  {line}", True
    from followup.runtime import load_runtime

    try:
        rt = load_runtime(config)
    except ConfigError as exc:
        for problem in exc.problems:
            yield str(problem), False
        return
    rules, templates = count(len(rt.rules.rules), "rule"), count(len(rt.templates), "template")
    yield f"rules: ok, {rules}; templates: ok, {templates}", True
    warning = check_trust(rt)
    if warning:
        yield warning, True
    unset = unset_secrets(config, path)
    for _section, line in unset:
        yield line, False
    if not connect:
        return
    # A login without its secret could only fail again for the reason just given.
    blocked = {section for section, _line in unset}
    if config.smtp is not None and config.smtp.auth == "oauth2" and config.smtp.oauth2 is None and "mailbox" in blocked:
        blocked.add("smtp")  # signs in with the mailbox's OAuth2 settings
    if "mailbox" not in blocked:
        ok, line = check_imap(config)
        yield line, ok
    if "smtp" not in blocked:
        ok, line = check_smtp(config)
        yield line, ok
