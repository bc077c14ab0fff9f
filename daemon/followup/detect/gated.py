"""Pure: phrase tables gated by literals, so that a long alternation runs only where it can match.

Owns `required_literal` (the literal every match of a pattern must contain, read from the
pattern text), `required_clauses` (every literal choice a match must hold, read from the parsed
pattern), `has_literal` (whether lower-cased text holds a literal, answered once per text),
`Gated` (a table of phrases run only on the lines holding one of its stems, and only with the
phrases whose clauses all hold in the text) and `phrases` (a table gated by its own literals).

Must not: hold any phrase of its own (those are `cues` and `signals`).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from followup.detect.text import FLAGS, lower_cached, rx

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


# The stdlib's own parse of a pattern (the tree `re` compiles), read and never changed.
sre_parser: Any = importlib.import_module("re._parser")
sre_constants: Any = importlib.import_module("re._constants")
Item = tuple[Any, Any]  # (opcode, argument) of the stdlib's parsed pattern
Clause = tuple[str, ...]  # lower-case literals, at least one of which every match holds
_SEQUENCES = (sre_constants.SUBPATTERN, sre_constants.ATOMIC_GROUP)
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)


def required_clauses(pattern: str) -> tuple[Clause, ...]:
    """Return what every match of `pattern` holds: clauses of lower-case literals, one of each.

    Read from the stdlib's parse of the pattern: a run of literal characters (zero-width
    anchors do not break it) is a clause of one; a group of alternatives, each with a literal of
    its own, is a clause of those; a repeat counts only when it must occur. A text that lacks
    every literal of one clause cannot hold a match. Unreadable patterns give no clause.
    """
    try:
        items = list(sre_parser.parse(pattern, FLAGS))
    except Exception:
        return ()
    clauses = dict.fromkeys(_clauses(items))
    # The clause most likely to fail first: the fewest, longest choices.
    return tuple(sorted(clauses, key=lambda c: (len(c), -min(len(x) for x in c))))


# A clause's literal may say that it starts or ends a word (a `\b`, `^` or `$` next to a word
# character in the pattern): "\x00not\x01" is "not" as a word, never inside "notes".
WORD_START, WORD_END = "\x00", "\x01"
_EDGES = {"AT_BOUNDARY", "AT_BEGINNING", "AT_BEGINNING_LINE", "AT_BEGINNING_STRING", "AT_END", "AT_END_LINE",
          "AT_END_STRING"}  # fmt: skip


def _clauses(items: list[Item]) -> list[Clause]:
    found: list[Clause] = []
    runs = [""]  # the literal text just matched: one of these, all equally possible
    starts = ends = False  # a word edge just before the runs / just after them

    def flush() -> None:
        nonlocal runs, starts
        # A clause with a one-letter choice holds in nearly any text: not worth asking about.
        if all(len(r) >= 2 for r in runs):
            found.append(tuple(sorted({_marked(r.lower(), starts, ends) for r in runs})))
        runs, starts = [""], False

    before: list[Item] = []  # the word edge the runs start at, as an item of the pattern
    while items:
        op, av = items.pop(0)
        if op is sre_constants.AT:
            # Zero-width: the characters on both sides are adjacent in the text.
            edge = str(av) in _EDGES
            if runs == [""] and edge:
                starts, before = True, [(op, av)]
            ends = edge
            continue
        if op in _SEQUENCES:
            # A group is its content in place: splice it in so that runs cross its edges.
            body = av[-1] if isinstance(av, tuple) else av
            items[:0] = list(body)
            continue
        choices = _spellings(op, av)
        if choices is not None:
            if len(runs) * len(choices) > 8:
                ends = False
                flush()  # a clause of a few choices is asked about cheaply; a long one is not
            runs = [r + c for r in runs for c in choices]
            ends = False
            continue
        edges = before if runs == [""] and starts else []
        flush()
        ends, before = False, []
        if op is sre_constants.BRANCH:
            # Every match holds one of the alternatives, so one choice of its best clause; a
            # word edge on either side of the group is on that side of each alternative.
            after = items[:1] if items and items[0][0] is sre_constants.AT and str(items[0][1]) in _EDGES else []
            best = [_best([*edges, *branch, *after]) for branch in av[1]]
            if best and all(best) and sum(len(c) for c in best) <= 160:
                found.append(tuple(sorted({lit for clause in best for lit in clause})))
        elif op in _REPEATS:
            low, _high, body = av
            if low >= 1:
                found.extend(_clauses(list(body)))
    flush()
    return found


def _marked(literal: str, starts: bool, ends: bool) -> str:
    """The literal with its word-edge marks: only next to a word character does an edge say
    anything of the character beyond it (that it is no word character)."""
    if starts and (literal[:1].isalnum() or literal[:1] == "_"):
        literal = WORD_START + literal
    if ends and (literal[-1:].isalnum() or literal[-1:] == "_"):
        literal += WORD_END
    return literal


def _spellings(op: Any, av: Any) -> list[str] | None:
    """The few texts an item matches when it is plain literal text (a letter, a small set of
    letters, alternatives of literal text); None when it is anything else."""
    if op is sre_constants.LITERAL:
        return [chr(av)]
    if op is sre_constants.IN:
        if len(av) <= 4 and all(o is sre_constants.LITERAL for o, _ in av):
            return [chr(c) for _, c in av]
        return None
    if op is sre_constants.BRANCH:
        texts: list[str] = []
        for branch in av[1]:
            spelled = _spelled(list(branch))
            if spelled is None or len(texts) + len(spelled) > 16:
                return None
            texts += spelled
        return texts
    return None


def _spelled(items: list[Item]) -> list[str] | None:
    texts = [""]
    while items:
        op, av = items.pop(0)
        if op is sre_constants.AT:
            continue
        if op in _SEQUENCES:
            body = av[-1] if isinstance(av, tuple) else av
            items[:0] = list(body)
            continue
        choices = _spellings(op, av)
        if choices is None or len(texts) * len(choices) > 16:
            return None
        texts = [t + c for t in texts for c in choices]
    return texts


def _best(items: list[Item]) -> Clause:
    """The clause of a branch that rules out the most text: the fewest, longest choices (() if none)."""
    clauses = _clauses(items)
    return min(clauses, key=lambda c: (len(c), -min(len(x) for x in c))) if clauses else ()


_WORDY = re.compile(r"\w+")
_PIECES = re.compile(r"\w{3,}")


@functools.lru_cache(maxsize=4096)
def _reading(literal: str) -> tuple[str, str, str, bool]:
    """(the literal without its marks, as looked for among the words, its longest run of word
    characters, whether it is all word characters)."""
    core = literal.removeprefix(WORD_START).removesuffix(WORD_END)
    pieces = _PIECES.findall(core)
    wordy = _WORDY.fullmatch(core) is not None
    among = (" " if literal.startswith(WORD_START) else "") + core + (" " if literal.endswith(WORD_END) else "")
    return core, among, max(pieces, key=len) if pieces else "", wordy


def has_literal(low: str, literal: str) -> bool:
    """Whether lower-cased text holds `literal` (with its word-edge marks, see `WORD_START`).

    Unmarked, the same as `literal in low`. A run of word characters can only occur inside one
    word of the text, so it is looked for among the text's distinct words: as a whole word, or
    the start or end of one, when marked so; a literal holding such a run is absent when the run
    is. Short text is searched plainly, marks left aside (a looser test, never a stricter one).
    """
    return literals_in(low)(literal)


_LONG = 1000  # characters from which a text is read by its distinct words
# ASCII text: every character that is not a word character becomes a space, so that splitting
# gives exactly the words `\w+` finds, without a regex.
_ASCII_GAPS = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")}


@functools.lru_cache(maxsize=16)
def literals_in(low: str) -> Callable[[str], bool]:
    """`has_literal` bound to one text: the tables ask it about hundreds of literals in turn."""
    if len(low) < _LONG:
        return lambda literal: _reading(literal)[0] in low
    words = " " + " ".join(set(low.translate(_ASCII_GAPS).split() if low.isascii() else _WORDY.findall(low))) + " "
    known: dict[str, bool] = {}

    def holds(literal: str) -> bool:
        found = known.get(literal)
        if found is None:
            core, among, piece, wordy = _reading(literal)
            found = among in words if wordy else (piece in words if piece else True) and core in low
            known[literal] = found
        return found

    return holds


@functools.lru_cache(maxsize=16)
def words_of(low: str) -> frozenset[str]:
    """The distinct words (runs of word characters, as `\\w+` finds them) of lower-cased text."""
    return frozenset(low.translate(_ASCII_GAPS).split() if low.isascii() else _WORDY.findall(low))


@functools.lru_cache(maxsize=16)
def word_heads(low: str) -> frozenset[str]:
    """The first three characters of every word of lower-cased text (a shorter word whole).

    A literal marked as starting a word (`WORD_START`) can be in the text only if the head of
    its first run of word characters is here: a set lookup instead of a search of the text.
    """
    return frozenset([w[:3] for w in words_of(low)])


def _head(literal: str) -> str | None:
    """What `word_heads` holds for a text holding `literal`, when that is known."""
    if not literal.startswith(WORD_START):
        return None
    core = literal[1:].removesuffix(WORD_END)
    run = _WORDY.match(core)
    if run is None:
        return None
    word = run.group(0)
    # A run cut short by the literal's end may go on in the text: then only three letters are sure.
    whole = run.end() < len(core) or literal.endswith(WORD_END)
    return word[:3] if len(word) >= 3 or whole else None


def _heads(clause: Clause) -> frozenset[str] | None:
    """The heads of all the choices of a clause; None when one of them has none."""
    heads = [_head(literal) for literal in clause]
    return None if None in heads else frozenset(h for h in heads if h is not None)


@functools.lru_cache(maxsize=256)
def _pattern_clauses(pattern: str) -> tuple[Clause, ...]:
    return required_clauses(pattern)


@functools.lru_cache(maxsize=256)
def _short_tests(pattern: str) -> tuple[tuple[frozenset[str], ...], tuple[tuple[str, ...], ...]]:
    """A pattern's clauses as asked of short text: by heads where each choice has one, else plainly."""
    clauses = _pattern_clauses(pattern)
    heads = tuple(h for clause in clauses if (h := _heads(clause)))
    plain = tuple(tuple({_reading(lit)[0] for lit in clause}) for clause in clauses if not _heads(clause))
    return heads, plain


def may_match(pattern: re.Pattern[str], low: str) -> bool:
    """False when lower-cased text lacks every choice of one of the pattern's clauses, so that
    the pattern cannot match it; a cheap test before a search. On short text a clause whose
    choices all start a word is asked about by their heads (see `word_heads`), others plainly."""
    if len(low) < _LONG:
        heads, plain = _short_tests(pattern.pattern)
        return all(any(map(low.__contains__, cores)) for cores in plain) and (
            not heads or all(not h.isdisjoint(word_heads(low)) for h in heads)
        )
    holds = literals_in(low)
    return all(any(holds(lit) for lit in clause) for clause in _pattern_clauses(pattern.pattern))


class Gated:
    """A phrase pattern run only on the lines that hold one of its gate words.

    The phrase lists are long alternations that Python's regex engine tries at every position.
    Literal pre-checks (plain `str` search, no regex) make them cheap: a phrase one of whose
    clauses has no literal in the text cannot match anywhere, so only the phrases whose clauses
    all hold are compiled together and run (a phrase is asked about only when the gate stem its
    every match holds is in the text); and every phrase holds one of a few lower-case gate
    stems, so only the lines that hold one are searched. Patterns must not span lines, and
    gates must not hold a newline.
    """

    def __init__(self, gates: tuple[str, ...], *parts: str, flags: int = FLAGS) -> None:
        self.gates = gates
        self.parts = parts
        self.flags = flags
        self.rx = self._compile(parts)
        self.literals = tuple(required_literal(p) for p in parts)
        self.clauses = tuple(required_clauses(p) for p in parts)
        # Each phrase under a gate stem that every one of its matches holds (inside each choice
        # of one of its clauses); the rest are asked about whatever gates the text holds.
        self._by_gate: dict[str, list[int]] = {}
        self._ungated: list[int] = []
        for i, clauses in enumerate(self.clauses):
            key = next((g for clause in clauses for g in gates if all(g in lit for lit in clause)), None)
            (self._by_gate.setdefault(key, []) if key is not None else self._ungated).append(i)
        # On short text a phrase is looked at only when the text has a word starting as one
        # choice of its head clause does (see `word_heads`); it is then asked about plainly: its
        # required literal, and the clauses that literal does not answer (as text, marks aside).
        self._heads: dict[str, list[int]] = {}
        self._headless: list[int] = []
        self._short_needs: list[tuple[tuple[frozenset[str] | None, tuple[str, ...]], ...]] = []
        for i, (literal, clauses) in enumerate(zip(self.literals, self.clauses, strict=True)):
            cores = [frozenset(_reading(lit)[0] for lit in clause) for clause in clauses]
            self._short_needs.append(
                tuple(
                    (_heads(clause), tuple(c))
                    for clause, c in zip(clauses, cores, strict=True)
                    if not (literal and any(core in literal for core in c))
                )
            )
            heads = min(filter(None, map(_heads, clauses)), key=len, default=None)
            for head in heads or ():
                self._heads.setdefault(head, []).append(i)
            if not heads:
                self._headless.append(i)
        self._head_keys = frozenset(self._heads)
        # Every match of a phrase filed under a gate holds that gate.
        self._gated = frozenset(i for phrases in self._by_gate.values() for i in phrases)
        self._subsets: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._memo: dict[str, tuple[re.Match[str], ...]] = {}

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) >= 8:
                self._memo.clear()  # the same few texts are asked about in turn; keep only those
            found = self._memo[text] = tuple(self._find(text))
        return iter(found)

    def _short_choice(self, low: str) -> list[int]:
        """The phrases whose literals a short text holds, each asked about plainly."""
        heads = word_heads(low)
        found = set(self._headless)
        for head in self._head_keys.intersection(heads):
            found.update(self._heads[head])
        picked: list[int] = []
        for i in found:
            literal = self.literals[i]
            if literal and literal not in low:
                continue
            # A clause is ruled out by its heads when it has them, then looked for as text.
            for clause_heads, cores in self._short_needs[i]:
                if (clause_heads is not None and clause_heads.isdisjoint(heads)) or not any(
                    map(low.__contains__, cores)
                ):
                    break
            else:
                picked.append(i)
        picked.sort()
        return picked

    def _pattern_for(self, chosen: tuple[int, ...]) -> re.Pattern[str] | None:
        # Leaving out alternatives that cannot match anywhere leaves every match the same.
        if not chosen:
            return None
        if len(chosen) == len(self.parts):
            return self.rx
        pattern = self._subsets.get(chosen)
        if pattern is None:
            if len(self._subsets) >= 512:
                self._subsets.clear()
            pattern = self._subsets[chosen] = self._compile([self.parts[i] for i in chosen])
        return pattern

    def _compile(self, parts: Sequence[str]) -> re.Pattern[str]:
        return rx(*parts) if self.flags == FLAGS else re.compile("|".join(f"(?:{p})" for p in parts), self.flags)

    def choose(self, low: str, present: Sequence[str] = ()) -> list[int]:
        """The phrases that can match lower-cased text, given the gates it holds (`present`)."""
        if len(low) < _LONG:
            return self._short_choice(low)
        holds = literals_in(low)
        asked = sorted({*self._ungated, *(i for g in present for i in self._by_gate.get(g, ()))})
        return [i for i in asked if all(any(holds(lit) for lit in clause) for clause in self.clauses[i])]

    def _find(self, text: str) -> Iterator[re.Match[str]]:
        low = lower_cached(text)
        if len(text) < 600:
            # A subject or a short note, searched in one pass. The phrases that can match are
            # chosen first; the gates are asked about only when no chosen phrase holds one.
            chosen = self._short_choice(low)
            if not chosen or (self._gated.isdisjoint(chosen) and not any(map(low.__contains__, self.gates))):
                return
            pattern = self._pattern_for(tuple(chosen))
            if pattern is not None:
                yield from pattern.finditer(text)
            return
        if len(low) < _LONG:
            present = [g for g in self.gates if g in low]
        else:
            holds = literals_in(low)
            present = [g for g in self.gates if holds(g)]
        if not present:
            return
        pattern = self._pattern_for(tuple(self.choose(low, present)))
        if pattern is None:
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


_BACKREFERENCE = re.compile(r"\\\d|\(\?P=|\(\?\(")


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The pattern's '(', ')' and '|' from `start`, with escapes and character classes skipped."""
    i = start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if pattern[i : i + 1] == "^":
                i += 1
            if pattern[i : i + 1] == "]":
                i += 1
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch in "()|":
            yield i, ch
        i += 1


def alternatives(pattern: str) -> tuple[str, ...]:
    """The top-level alternatives of a pattern's text: 'a|b(?:c|d)' gives 'a' and 'b(?:c|d)'.

    A pattern whose alternatives refer to each other's groups (a back-reference, a
    conditional) is kept whole.
    """
    if _BACKREFERENCE.search(pattern):
        return (pattern,)
    parts: list[str] = []
    depth = start = 0
    for i, ch in _structure(pattern):
        if ch != "|":
            depth += 1 if ch == "(" else -1
        elif depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return tuple(parts)


def _closes_at_end(pattern: str, start: int) -> bool:
    """Whether the group opened at `start` is closed by the pattern's last character."""
    depth = 0
    for i, ch in _structure(pattern, start):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i == len(pattern) - 1
    return False


def _distributed(pattern: str) -> tuple[str, ...]:
    """A pattern that is one group between word edges, '\\b(?:a|b)\\b', as the alternatives
    '\\b(?:a)\\b' and '\\b(?:b)\\b': it matches somewhere exactly when one of them does."""
    for edge in ("\\b", ""):
        core = pattern[: len(pattern) - len(edge)]
        if pattern.startswith(edge + "(?:") and pattern.endswith(")" + edge) and _closes_at_end(core, len(edge)):
            inner = alternatives(core[len(edge) + 3 : -1])
            if len(inner) > 1 and not _BACKREFERENCE.search(pattern):
                return tuple(f"{edge}(?:{part}){edge}" for part in inner)
    return (pattern,)


class Alternatives:
    """Whether a pattern matches a text, asked only of the top-level alternatives whose clauses
    the text holds: an alternation matches somewhere exactly when one of its alternatives does,
    and an alternative lacking every choice of one of its clauses cannot."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        parts = alternatives(pattern.pattern) if not pattern.flags & re.VERBOSE else (pattern.pattern,)
        if len(parts) == 1:
            parts = _distributed(parts[0])
        self._table = Gated((), *parts, flags=pattern.flags)

    def found(self, text: str, low: str) -> bool:
        """`self.pattern.search(text) is not None`; `low` is `text.lower()`."""
        pattern = self._table._pattern_for(tuple(self._table.choose(low)))
        return pattern is not None and pattern.search(text) is not None
