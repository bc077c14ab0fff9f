"""Pure: whether a written name can be a company's, and whether it agrees with a mail domain.

Owns the shape of a company name (not a date fragment, not a reference code, not a hosting
robot's own name), the agreement between a name and a domain label ("Orchid Payments" and
orchidpay, "Quayside Freight Logistics" and qfl, "Kelpie" and kelpiehq), and the name to show
when only the domain names the company ("acme-robotics" → "Acme Robotics").

Must not: read a message; it judges names it is given.
"""

from __future__ import annotations

import re
from functools import lru_cache, cache

from followup.addresses import KNOWN_SENDERS
from followup.company_names import drop_legal_suffix
from followup.detect.text import squash

# A company's name as mail writes it, for the patterns that find one: capitalised words and
# the small words that join them.
COMPANY_WORD = r"(?:[A-Z0-9À-ÖØ-Þ][\w&'’.À-ÿ-]*|&|and|of|de|du|des|der|für|y)"
# A name starts with a capital or is a stylised brand with one inside ("tidyBase", "eBay").
# A name stays on its line: "10:00 AM Eastern.\n\nCorliss Haulage" is two things.
COMPANY = rf"(?P<c>(?:[A-Z0-9À-ÖØ-Þ]|[a-z]+[A-Z])[\w&'’.À-ÿ-]*(?:[ \t]+{COMPANY_WORD}){{0,4}})"

# Words that join the parts of a name and may be left out of its domain: "Bank of Lismore" is
# banklismore.example as often as bankoflismore.example.
_JOINERS = frozenset({"of", "and", "the", "de", "du", "des", "la", "le", "y", "und", "für", "et", "da", "di", "van"})
# Words a company puts before or after its name in a domain: gethazel, kelpiehq, orchid-group,
# mueller-ag.
_LABEL_PREFIXES = ("get", "try", "join", "use", "go", "hello", "meet", "team", "with", "the")
_LABEL_SUFFIXES = (
    "hq", "app", "inc", "co", "corp", "group", "global", "careers", "jobs", "team", "io", "ai", "hr", "mail", "online",
    "world", "intl", "international", "ag", "gmbh", "llc", "ltd", "plc", "sa", "bv", "ab", "as", "oy", "se", "kg",
)  # fmt: skip
# Grouping words that lead a name and that the domain often leaves out: "Grupo Alcázar Seguros".
_LEADING = frozenset({"grupo", "groupe", "gruppe", "group", "the", "la", "le", "el", "die", "der"})

_WEEKDAY_MONTH = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|today|tomorrow|tonight|morning|afternoon|evening|"
    r"am|pm|a\.m\.|p\.m\.|est|edt|et|pt|pst|pdt|ct|cst|cdt|gmt|bst|cet|cest|utc|ist|aedt|eastern|pacific|central|"
    r"mountain|time|noon|midnight|"
    r"lundi|mardi|mercredi|jeudi|vendredi|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|"
    r"miércoles|jueves|viernes|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|octubre|noviembre|diciembre|\d[\d:.,/-]*(?:st|nd|rd|th|h)?|at|on|the|of|,)$",
    re.IGNORECASE,
)

# The names of the robots that send job mail (Greenhouse, Calendly, LinkedIn...), folded.
_ROBOT_NAMES = frozenset(
    {squash(k.name) for k in KNOWN_SENDERS}
    | {squash(d.split(".")[-2]) for k in KNOWN_SENDERS for d in k.domains if d.count(".") >= 1}
)


_DATE_GAPS = re.compile(r"[\s,]+")
_DIGIT = re.compile(r"\d")
_CODE_GAPS = re.compile(r"[\s/_-]+")
_WORD_OF_LETTERS = re.compile(r"[A-Za-zÀ-ÿ&'’.]{3,}")


def is_date_fragment(name: str) -> bool:
    """Say whether every word of a name is part of a date or time ("Tue Dec 8", "Monday, 14 December")."""
    words = [w for w in _DATE_GAPS.split(name.strip()) if w]
    return bool(words) and all(_WEEKDAY_MONTH.match(w) for w in words)


def is_code(name: str) -> bool:
    """Say whether a name is a reference code ("R-20418", "REQ 1123") rather than words ("Studio 54")."""
    if not _DIGIT.search(name):
        return False
    words = _CODE_GAPS.split(name)
    return not any(_WORD_OF_LETTERS.fullmatch(w) and not w.isupper() for w in words)


def is_robot_name(name: str) -> bool:
    """Say whether a name is one of a hosting robot's own (an ATS, a scheduler, a job board)."""
    return squash(name) in _ROBOT_NAMES


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _words(name: str) -> tuple[str, ...]:
    return tuple(s for s in (squash(w) for w in drop_legal_suffix(name).split()) if s)


@lru_cache(maxsize=4096)
def label_agrees(name: str, label: str, *, whole: bool = False) -> bool:
    """Say whether a domain label could be this company's ("Orchid Payments" and "orchidpay").

    The label spells the name's words in order, each in full or cut short (at least its initial),
    leaving out joining words, a leading "Grupo", and (unless `whole`) words at the end; a
    prefix like "get" or a suffix like "hq" may wrap it. Initials alone need two words or more.
    """
    target = squash(label)
    if len(target) < 2:
        return False
    # "Müller AG" is mueller-ag as often as muller-ag.
    return any(_agrees(_words(n), target, whole) for n in {name, name.translate(_GERMAN)})


@lru_cache(maxsize=256)
def _label_forms(target: str) -> frozenset[str]:
    """The label as written, and without the prefix or suffix a company adds ("gethazel" → "hazel")."""
    forms = {target}
    forms |= {target[len(p) :] for p in _LABEL_PREFIXES if target.startswith(p) and len(target) > len(p) + 2}
    forms |= {f[: -len(s)] for f in list(forms) for s in _LABEL_SUFFIXES if f.endswith(s) and len(f) > len(s) + 2}
    return frozenset(forms)


def may_agree(word: str, label: str) -> bool:
    """A cheap first test: whether a name starting with this word could agree with the label at all."""
    first = squash(word)[:1]
    return first in {f[:1] for f in _label_forms(squash(label))} or squash(word) in _LEADING


def _agrees(words: tuple[str, ...], target: str, whole: bool) -> bool:
    if not words:
        return False
    forms = _label_forms(target)
    start = 1 if len(words) > 1 and words[0] in _LEADING else 0
    return any(_spells(form, words[start:], whole) or _spells(form, words, whole) for form in forms)


def _spells(label: str, words: tuple[str, ...], whole: bool) -> bool:
    @cache
    def walk(i: int, j: int, used: int, longest: int) -> bool:
        if i == len(label):
            rest = words[j:]
            done = not rest or (not whole and used > 0) or all(w in _JOINERS for w in rest)
            # Initials alone ("qfl") must cover two words or more; otherwise a word must show.
            return done and used > 0 and (longest >= 3 or (longest >= 1 and used >= 2 and len(label) == used))
        if j == len(words):
            return False
        word = words[j]
        if word in _JOINERS and walk(i, j + 1, used, longest):
            return True
        for k in range(min(len(word), len(label) - i), 0, -1):
            if label[i : i + k] == word[:k] and walk(i + k, j + 1, used + 1, max(longest, k)):
                return True
        return False

    return walk(0, 0, 0, 0)


@lru_cache(maxsize=4096)
def label_resembles(name: str, label: str) -> bool:
    """A weaker agreement: the label keeps the name's letters in order, from its first ("zphr", "hvmg").

    Companies shorten their domains by dropping letters as well as words ("Zephyrine" → zphr,
    "Harborview Medical Group" → hvmg); three letters or more, the first one the name's.
    """
    letters = "".join(_words(name))
    for form in _label_forms(squash(label)):
        if len(form) >= 3 and letters[:1] == form[:1]:
            rest = iter(letters)
            if all(ch in rest for ch in form):
                return True
    return False


def name_from_label(label: str) -> str:
    """Write a domain label as a name ("acme-robotics" → "Acme Robotics", "pebbleworks" → "Pebbleworks")."""
    return " ".join(p.capitalize() for p in re.split(r"[-_]+", label) if p)
