"""Pure: the recipient's first name from a display name ("Doe, Jane" → "Jane"; "there" when unknown)."""

from __future__ import annotations

import re

from followup.render.clean import clean_line

FALLBACK_FIRST_NAME = "there"


_TITLES = {
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "madam", "rev",
}  # fmt: skip
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "cpa", "esq", "pe", "dds", "rn"}
_NOT_PEOPLE = {
    "team", "recruiting", "recruitment", "recruiter", "recruiters", "talent", "careers", "career",
    "jobs", "job", "hr", "hiring", "noreply", "no-reply", "donotreply", "notifications",
    "notification", "support", "info", "admin", "office", "calendar", "scheduling", "mailer",
    "daemon", "postmaster", "people", "staffing", "workday", "greenhouse", "lever", "via",
    "department", "group", "inc", "inc.", "llc", "ltd", "gmbh", "corp", "company", "acquisition",
    "karriere", "recrutement", "recrutamento", "reclutamento", "rrhh", "rh", "werving",
}  # fmt: skip
_QUOTES = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb"


def _bare(token: str) -> str:
    return token.strip(".,").lower()


def _tidy_case(token: str) -> str:
    # "JANE" and "jane" become "Jane"; "McDonald", "DeShawn" and "Mary-Jane" are left alone.
    if (token.isupper() and len(token) > 1) or token.islower():
        return "-".join(part[:1].upper() + part[1:].lower() for part in token.split("-"))
    return token


def first_name(display_name: str | None, email: str | None = None, company: str | None = None) -> str:
    """Return the name to greet someone by, or "there" when no person's name is known.

    `email` is accepted for callers that have only an address; an address alone never yields
    a name (guessing "Jdoe" from jdoe@ is worse than "Hi there"). A display name that begins
    with the company's own first word ("Tidepool Energy", "Lindenwerk Karriere") is the
    company's desk, not a person.
    """
    name = clean_line(display_name)
    name = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", name)  # "Jane Doe (Acme)", "[Recruiting]"
    name = re.split(r"\s+(?:via|from|at|@)\s+", name, maxsplit=1, flags=re.IGNORECASE)[0]
    name = name.strip().strip(_QUOTES).strip()
    if not name or "@" in name or any(ch.isdigit() for ch in name):
        return FALLBACK_FIRST_NAME
    if email and name.lower() == email.lower():
        return FALLBACK_FIRST_NAME
    if "," in name:
        head, _, tail = name.partition(",")
        tail_tokens = [t for t in tail.replace(",", " ").split() if _bare(t) not in _SUFFIXES]
        # "Doe, Jane": one word before the comma is a family name written first. With more
        # words ("Jane Doe, PhD", "Jane Doe, Acme") what precedes the comma is the name.
        name = " ".join(tail_tokens) if tail_tokens and len(head.split()) == 1 else head
    tokens = [t.strip(_QUOTES) for t in name.split()]
    tokens = [t for t in tokens if t and _bare(t) not in _SUFFIXES]
    if not tokens or any(_bare(t) in _NOT_PEOPLE for t in tokens):
        return FALLBACK_FIRST_NAME
    company_words = clean_line(company).split()
    if company_words and _bare(tokens[0]) == _bare(company_words[0]):
        return FALLBACK_FIRST_NAME
    title = None
    while tokens and _bare(tokens[0]) in _TITLES:
        title = tokens.pop(0)
    # Initials ("J. Robert Smith") are skipped when a fuller name follows them.
    while len(tokens) > 1 and len(tokens[0].strip(".")) <= 1:
        tokens.pop(0)
    if not tokens or not any(ch.isalpha() for ch in tokens[0]):
        return FALLBACK_FIRST_NAME
    if title is not None and len(tokens) == 1:
        # "Dr. Smith": a title with a surname only; greet with both, never the bare surname.
        cleaned_title = _tidy_case(title.rstrip("."))
        dot = "." if cleaned_title.lower() in ("dr", "mr", "mrs", "ms", "mx", "prof", "rev") else ""
        return f"{cleaned_title}{dot} {_tidy_case(tokens[0])}"
    first = tokens[0].strip(".")
    if len(first) <= 1:
        return FALLBACK_FIRST_NAME
    return _tidy_case(first)
