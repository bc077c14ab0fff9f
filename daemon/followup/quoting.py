"""Pure: '>' quoting of mail text, the one place that reads and removes it.

A quoted line starts with one '>' per level, each optionally preceded by spaces or tabs, and
clients put one space after the marks (RFC 3676 §4.5 describes the '>' convention). Forward
unwrapping and the reading of approval replies both take lines apart with these two functions.
"""

from __future__ import annotations

import re

_QUOTE_RE = re.compile(r"^((?:[ \t]*>)+)[ \t]?")
_ONE_MARK_RE = re.compile(r"^[ \t]*>[ \t]?")


def quote_level(line: str) -> int:
    """How many '>' marks quote the line (0 for an unquoted line)."""
    match = _QUOTE_RE.match(line)
    return match.group(1).count(">") if match else 0


def unquote(line: str, levels: int | None = None) -> str:
    """Remove `levels` leading '>' marks, each with the one space clients put after it; every
    mark when `levels` is None. A line quoted fewer times loses what it has."""
    if levels is None:
        match = _QUOTE_RE.match(line)
        return line[match.end() :] if match else line
    for _ in range(levels):
        match = _ONE_MARK_RE.match(line)
        if not match:
            break
        line = line[match.end() :]
    return line
