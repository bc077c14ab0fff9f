"""`followup check`: config, rules and templates, then the IMAP and SMTP logins.

Yields one line per finding with a flag saying whether it is fine, so the CLI prints them in
order and exits 1 on any problem. Nothing is changed anywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from followup.config import Config, read_config, resolve_secret
from followup.errors import ConfigError, FollowupError


def check_config(path: Path) -> tuple[Config | None, list[str]]:
    """Load the config; return it (or None) and the problem lines."""
    try:
        return read_config(path), []
    except ConfigError as exc:
        return None, [str(p) for p in exc.problems]


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
            sizes.append(f"{folder} ({status.exists} messages)")
    except FollowupError as exc:
        return False, f"mailbox: {exc}"
    finally:
        source.close()
    m = config.mailbox
    where = m.path if m.source == "maildir" else f"{m.username}@{m.host}:{m.effective_port} ({m.security})"
    return True, f"mailbox: ok, {where}; folders: {', '.join(sizes)}"


def check_smtp(config: Config) -> tuple[bool, str]:
    """Log in to the SMTP server without sending anything."""
    from followup.send import check_login

    smtp = config.smtp
    if smtp is None:
        return True, "smtp: not configured; nothing will be sent (add an smtp section to send follow-ups)"
    try:
        password = resolve_secret(smtp.password, "smtp.password") if smtp.password else None
        check_login(smtp, password)
    except FollowupError as exc:
        return False, f"smtp: {exc}"
    auth = f"{smtp.username}@" if smtp.username else ""
    return True, f"smtp: ok, {auth}{smtp.host}:{smtp.effective_port} ({smtp.security})"


def check_everything(path: Path, *, connect: bool = True) -> Iterator[tuple[str, bool]]:
    """Yield (line, ok) for each stage of `followup check`."""
    config, problems = check_config(path)
    if config is None:
        for line in problems:
            yield line, False
        return
    yield f"config: ok ({path})", True
    from followup.runtime import load_runtime

    try:
        rt = load_runtime(config)
    except ConfigError as exc:
        for problem in exc.problems:
            yield str(problem), False
        return
    yield f"rules: ok, {len(rt.rules.rules)} rules; templates: ok, {len(rt.templates)} templates", True
    if not connect:
        return
    ok, line = check_imap(config)
    yield line, ok
    ok, line = check_smtp(config)
    yield line, ok
