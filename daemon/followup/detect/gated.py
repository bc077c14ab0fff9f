"""Pure: phrase tables gated by literals, so that a long alternation runs only where it can match.

Owns `required_literal` (the literal every match of a pattern must contain, read from the
pattern text), `Gated` (a table of phrases run only on the lines holding one of its stems, and
only with the phrases whose literal is in the text) and `phrases` (a table gated by its own
literals).

Must not: hold any phrase of its own (those are `cues` and `signals`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.detect.text import lower_cached, rx

_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_CLASS_ESCAPES = frozenset("sSwWdD")
_QUANTIFIERS = frozenset("?*+{")
_COUNT = re.compile(r"\{\d*(?:,\d*)?\}")


def required_literal(pattern: str) -> str:
    """Return the longest lower-case literal that every match of `pattern` must contain ('' if none).

    Read from the pattern text: a run of plain characters outside any group, class or
    alternation, none of them made optional by a quantifier. Word boundaries and anchors do not
    break a run. A pattern with a top-level alternation has no single required literal.
    """
    runs: list[str] = []
    current: list[str] = []
    depth = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        literal: str | None = None
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            i += 2
            if nxt in _ZERO_WIDTH_ESCAPES:
                continue
            literal = None if nxt in _CLASS_ESCAPES or nxt.isalnum() else nxt
        elif ch == "[":
            end = i + 1
            while end < len(pattern) and (pattern[end] != "]" or end == i + 1 or pattern[end - 1] == "\\"):
                end += 1
            i = end + 1
        elif ch == "(":
            depth += 1
            i += 1
        elif ch == ")":
            depth -= 1
            i += 1
        elif ch == "|" and depth == 0:
            return ""
        elif ch in "^$":
            i += 1
            continue
        elif ch == "{" and (count := _COUNT.match(pattern, i)) is not None:
            i = count.end()  # "{0,40}": a repetition count, never text
        else:
            literal = None if ch in "|." or ch in _QUANTIFIERS else ch
            i += 1
        if depth == 0 and literal is not None and not (i < len(pattern) and pattern[i] in _QUANTIFIERS):
            current.append(literal)
            continue
        if current:
            runs.append("".join(current))
        current = []
    runs.append("".join(current))
    best = max(runs, key=len).lower()
    return best if len(best) >= 3 and "\n" not in best else ""


class Gated:
    """A phrase pattern run only on the lines that hold one of its gate words.

    The phrase lists are long alternations that Python's regex engine tries at every position.
    Two literal pre-checks (plain `str` search, no regex) make them cheap: a phrase whose required
    literal is absent from the text cannot match anywhere, so only the phrases whose literal is
    present are compiled together and run; and every phrase holds one of a few lower-case gate
    stems, so only the lines that hold one are searched. Patterns must not span lines, and
    gates must not hold a newline.
    """

    def __init__(self, gates: tuple[str, ...], *parts: str) -> None:
        self.gates = gates
        self.parts = parts
        self.rx = rx(*parts)
        self.literals = tuple(required_literal(p) for p in parts)
        self._gated_by_literals = gates == self.literals
        self._subsets: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._memo: dict[str, tuple[re.Match[str], ...]] = {}

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) >= 8:
                self._memo.clear()  # the same few texts are asked about in turn; keep only those
            found = self._memo[text] = tuple(self._find(text))
        return iter(found)

    def _pattern_for(self, low: str, present: list[str]) -> re.Pattern[str] | None:
        # Leaving out alternatives that cannot match anywhere leaves every match the same.
        if self._gated_by_literals:
            # The gates are the literals: those found present are already known, no second scan.
            found = set(present)
            chosen = tuple([i for i, lit in enumerate(self.literals) if lit in found])
        else:
            chosen = tuple([i for i, lit in enumerate(self.literals) if not lit or lit in low])
        if not chosen:
            return None
        if len(chosen) == len(self.parts):
            return self.rx
        pattern = self._subsets.get(chosen)
        if pattern is None:
            if len(self._subsets) >= 512:
                self._subsets.clear()
            pattern = self._subsets[chosen] = rx(*(self.parts[i] for i in chosen))
        return pattern

    def _find(self, text: str) -> Iterator[re.Match[str]]:
        low = lower_cached(text)
        present = [g for g in self.gates if g in low]
        if not present:
            return
        pattern = self._pattern_for(low, present)
        if pattern is None:
            return
        if len(text) < 600:
            yield from pattern.finditer(text)  # a subject or a short note: one pass is cheaper than spans
            return
        starts: set[int] = set()
        for gate in present:
            hit = low.find(gate)
            while hit >= 0:
                starts.add(low.rfind("\n", 0, hit) + 1)
                end = low.find("\n", hit)
                hit = -1 if end < 0 else low.find(gate, end)
        for a in sorted(starts):
            b = low.find("\n", a)
            yield from pattern.finditer(text, a, len(low) if b < 0 else b)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


def phrases(*parts: str) -> Gated:
    """A table of phrases gated by the literal each one requires (every phrase must have one)."""
    literals = tuple(required_literal(p) for p in parts)
    if not all(literals):
        raise ValueError(f"a phrase without a required literal: {parts[literals.index('')]!r}")
    return Gated(literals, *parts)
