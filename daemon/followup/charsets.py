"""Pure: bytes and raw header values → text.

Owns charsets (declared, mislabelled, mixed or missing: decoded anyway), raw 8-bit header bytes
(RFC 6532), RFC 2047 encoded-words and header unfolding (RFC 5322 §2.2.3), and the bounded list
of defects a parse collects. It must not do I/O or read MIME structure (parse.py does), and it
never raises on bad input: a charset that does not fit becomes a defect, not an error.
"""

from __future__ import annotations

import codecs
import re
from email.header import decode_header

__all__ = ["MAX_DEFECTS", "Defects", "decode_bytes", "decode_header_value", "fix_8bit", "one_line", "unfold"]

MAX_DEFECTS = 50

_ENCODED_WORD_RE = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
_LATIN_LIKE = {"ascii", "iso8859-1", "cp1252", "iso8859-15"}


class Defects:
    """The reasons a parse found its input odd: each once, at most MAX_DEFECTS."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, reason: str) -> None:
        if reason not in self.items and len(self.items) < MAX_DEFECTS:
            self.items.append(reason)


def decode_bytes(data: bytes, declared: str | None, defects: Defects | None = None) -> str:
    """Decode bytes with the declared charset, falling back to UTF-8 then cp1252 / latin-1."""
    codec = _codec(declared)
    if declared and codec is None and defects is not None:
        defects.add(f"unknown charset {declared[:40]!r}")
    is_ascii = data.isascii()
    if codec in _LATIN_LIKE and not is_ascii:
        # A common mislabel: UTF-8 bytes declared as latin-1 / ascii. Valid multi-byte UTF-8
        # is almost never an accident of a single-byte charset, so trust the bytes.
        try:
            text = data.decode("utf-8")
            if codec != "ascii" and defects is not None:
                defects.add(f"charset declared {declared} but bytes are utf-8")
            return text
        except UnicodeDecodeError:
            pass
    for candidate in (codec, "utf-8"):
        if candidate is None:
            continue
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        if candidate != codec and codec is not None and defects is not None:
            defects.add(f"charset {declared} did not fit; decoded as {candidate}")
        return text
    mixed = _decode_mixed_utf8(data)
    if mixed is not None:
        if defects is not None:
            defects.add("mixed utf-8 and single-byte text")
        return mixed
    guess = _guess_single_byte(data) if codec in (None, "ascii", "utf-8") else "cp1252"
    try:
        text = data.decode(guess)
        if codec is not None and defects is not None:
            defects.add(f"charset {declared} did not fit; decoded as {guess}")
        return text
    except UnicodeDecodeError:
        pass
    if defects is not None and codec is not None:
        defects.add(f"charset {declared} did not fit; decoded as latin-1")
    return data.decode("latin-1")


_SURROGATES_RE = re.compile("[\udc80-\udcff]+")


def _decode_mixed_utf8(data: bytes) -> str | None:
    """Decode mostly-UTF-8 bytes whose odd invalid bytes are cp1252 (pasted legacy text)."""
    text = data.decode("utf-8", "surrogateescape")
    bad = sum(len(m) for m in _SURROGATES_RE.findall(text))
    good = sum(1 for ch in text if ch > "\x7f" and not "\udc80" <= ch <= "\udcff")
    if good == 0 or bad > good:
        return None
    return _SURROGATES_RE.sub(
        lambda m: m.group(0).encode("utf-8", "surrogateescape").decode("cp1252", "replace"), text
    )


def _guess_single_byte(data: bytes) -> str:
    """Tell Cyrillic cp1251 from Western cp1252 when no charset is declared.

    Russian text read as cp1252 is made almost only of accented letters (À-ÿ); Western text has
    a few accented letters among ASCII ones.
    """
    high = sum(1 for b in data if 0xC0 <= b <= 0xFF)
    letters = sum(1 for b in data if (0x41 <= b <= 0x5A) or (0x61 <= b <= 0x7A)) + high
    return "cp1251" if high >= 4 and high * 10 >= letters * 6 else "cp1252"


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in ("unknown-8bit", "x-unknown", "unknown", "x-user-defined", "default"):
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # base64_codec, zlib_codec, rot13...: not a charset
    return info.name


_FOLD_RE = re.compile(r"\r?\n(?=[ \t])")
_SPACES_RE = re.compile(r"\s+")


def unfold(value: str) -> str:
    # RFC 5322 §2.2.3: unfolding removes CRLF before whitespace. Most values hold no line break.
    if "\n" not in value and "\r" not in value:
        return value
    return _FOLD_RE.sub("", value).replace("\r", "").replace("\n", "")


def one_line(value: str) -> str:
    return _SPACES_RE.sub(" ", value).strip()


_SURROGATE_RE = re.compile("[\udc80-\udcff]")


def fix_8bit(value: str, hint: str | None) -> str:
    """Re-decode raw 8-bit header bytes (RFC 6532 UTF-8, or a legacy charset) carried as surrogates."""
    if _SURROGATE_RE.search(value) is None:
        return value
    data = value.encode("utf-8", "surrogateescape")
    return decode_bytes(data, hint)


def decode_header_value(value: str, hint: str | None = None) -> str:
    """Decode a raw header value: unfold, raw 8-bit bytes, RFC 2047 encoded-words."""
    text = fix_8bit(unfold(value), hint)
    if "=?" not in text:
        return text
    pieces: list[str] = []
    position = 0
    last_was_word = False
    for match in _ENCODED_WORD_RE.finditer(text):
        between = text[position : match.start()]
        # RFC 2047 §6.2: whitespace between adjacent encoded-words is not displayed.
        if not (last_was_word and not between.strip()):
            pieces.append(between)
        pieces.append(_decode_word(match.group(0)))
        position = match.end()
        last_was_word = True
    pieces.append(text[position:])
    return "".join(pieces)


def _decode_word(word: str) -> str:
    try:
        decoded = decode_header(word)
    except Exception:
        return word
    out: list[str] = []
    for chunk, charset in decoded:
        if isinstance(chunk, str):
            out.append(chunk)
        else:
            out.append(decode_bytes(chunk, charset))
    return "".join(out)
