"""Pure: neutralising text that came from mail before it reaches a header or a body.

Control characters (CR and LF included) become spaces in a header, so no header can be injected.
"""

from __future__ import annotations

import unicodedata


def clean_line(text: str | None) -> str:
    """Return `text` on one line: control and line-separator characters become spaces."""
    if not text:
        return ""
    out = []
    for ch in text:
        # Cc covers CR, LF, NUL, DEL, NEL; Zl/Zp are U+2028/U+2029; Cf includes bidi overrides
        # that can disguise a header. Any of them in a header is an injection or a spoof.
        out.append(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch)
    return " ".join("".join(out).split())


def clean_optional(text: str | None) -> str | None:
    cleaned = clean_line(text)
    return cleaned or None


def end_with_one_newline(text: str) -> str:
    """The text with trailing blank lines and spaces dropped, ending in exactly one newline.

    A template's last line, a signature ending in a newline and a file's final newline would
    otherwise stack into blank lines at the foot of every note.
    """
    return text.rstrip() + "\n"


def clean_body(text: str) -> str:
    """Normalise line ends to LF and drop control characters other than tab and newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Zl", "Zp")
        else ("\n" if unicodedata.category(ch) in ("Zl", "Zp") else " ")
        for ch in text
    )
