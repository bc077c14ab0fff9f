"""'>' quoting: one reader and one remover, shared by forward unwrapping and reply reading."""

from __future__ import annotations

import pytest

from followup.quoting import quote_level, unquote


@pytest.mark.parametrize(
    ("line", "level"),
    [("plain", 0), ("> one", 1), (">> two", 2), ("> > two", 2), ("  >\t> >three", 3), ("a > b", 0), (">", 1)],
)
def test_quote_level_counts_leading_marks(line: str, level: int) -> None:
    assert quote_level(line) == level


@pytest.mark.parametrize(
    ("line", "levels", "out"),
    [
        ("> > text", 1, "> text"),
        ("> > text", 2, "text"),
        ("> > text", 5, "text"),  # quoted fewer times than asked: loses what it has
        ("> > text", 0, "> > text"),
        ("> > text", None, "text"),
        ("  >  indented", None, " indented"),  # one space after the marks is the client's
        (">>>deep", None, "deep"),
        ("no quote", None, "no quote"),
        ("no quote", 2, "no quote"),
        (">\ttab", 1, "tab"),
    ],
)
def test_unquote_takes_off_the_marks_asked_for(line: str, levels: int | None, out: str) -> None:
    assert unquote(line, levels) == out


def test_removing_every_mark_leaves_an_unquoted_line() -> None:
    for line in ("> > a", ">>> b", " > c", "> > > > d"):
        assert quote_level(unquote(line)) == 0
        assert unquote(line) == unquote(line, quote_level(line))
