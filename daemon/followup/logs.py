"""Logging set-up: plain lines journald reads well, or JSON; a filter that redacts secrets.

Only stderr is written. Lines carry no timestamp in text mode because journald adds its own.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from typing import Any

_SECRET_PATTERNS = (
    re.compile(r"(?i)(password|passwd|pass|token|secret|authorization)(\s*[=:]\s*)(\S+)"),
    re.compile(r"(?i)(AUTH\s+(?:PLAIN|LOGIN)\s+)(\S+)"),
    # The IMAP LOGIN command as sent (RFC 3501 §6.2.3): a tag, LOGIN in capitals, the user, the
    # password. Prose such as "login failed for user" is not a command and stays readable.
    re.compile(r"((?:^|[\s'\"])[A-Za-z]*\d[A-Za-z0-9.]*\s+LOGIN\s+\S+\s+)(\S+)"),
)


def redact(text: str) -> str:
    """Mask anything that looks like a password, token or AUTH payload."""
    for pattern in _SECRET_PATTERNS:
        if pattern.groups == 3:
            text = pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)
        else:
            text = pattern.sub(lambda m: f"{m.group(1)}***", text)
    return text


class RedactFilter(logging.Filter):
    """Redact secrets from every record before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        record.msg = redact(message)
        record.args = None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and the exception, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


def setup_logging(fmt: str = "text", level: int = logging.INFO) -> None:
    """Send logs to stderr in `fmt` ("text" or "json"), with redaction."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RedactFilter())
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # Library chatter stays quiet unless asked for: imapclient logs protocol lines at DEBUG and
    # every logout ("Connection closed") at INFO; our own lines already say what happened.
    logging.getLogger("imapclient").setLevel(logging.DEBUG if level <= logging.DEBUG else logging.WARNING)
