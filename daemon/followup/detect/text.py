"""Pure: the text of a mail as detection reads it, and the small helpers every stage shares.

Owns the cleaned subject and body (`Context`), dropping quoted history and the boilerplate
that every confirmation carries, the language guess, and name folding for comparisons.

Must not: decide anything about the mail's meaning.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from followup.model import EventKind, Message, Person
from followup.vocabulary import DetectionConfig

FLAGS = re.IGNORECASE | re.UNICODE


# The kinds a message can be scored for (every EventKind but `none`), in tie-break order.
KINDS: tuple[str, ...] = tuple(k.value for k in EventKind if k is not EventKind.none)


def rx(*parts: str) -> re.Pattern[str]:
    """Compile alternatives into one case-insensitive pattern."""
    return re.compile("|".join(f"(?:{p})" for p in parts), FLAGS)


@functools.lru_cache(maxsize=16)
def lower_cached(text: str) -> str:
    # The same subject and body are lowered by every phrase list in turn; keep the last few.
    return text.lower()


# Sentences that offer to reschedule or cancel, and calendar footers, are boilerplate in every
# confirmation: drop them before judging the kind ("If you need to reschedule, reply to this
# email"). Found by keyword, then widened to the sentence (or line) by hand: a regex with a
# leading "[^.]*" would rescan every line from every position.
_BOILERPLATE_SENTENCE = re.compile(
    r"\b(?:if you (?:ever )?(?:need|have|want|would like|wish) to|should you (?:need|have|wish) to|"
    r"if (?:anything comes up|something comes up) and you need to|"
    r"si vous (?:devez|souhaitez|avez besoin d['’])|falls Sie|wenn Sie|si (?:necesitas|necesita|tienes que|quieres))\s+"
    r"(?:re-?schedule|cancel|change|modify|move|reprogramar|cancelar|annuler|modifier|décaler|verschieben|absagen)",
    FLAGS,
)
_BOILERPLATE_LINE = re.compile(
    r"\b(?:re-?schedule|cancel)\s*(?:or|/|\|)\s*(?:re-?schedule|cancel)\b"
    r"|\b(?:invitation from google calendar|you are receiving this|forwarding this invitation|"
    r"learn more about|more options|reply for|invitation from|view all guest info|join by phone|"
    r"meeting id|passcode)\b",
    FLAGS,
)


# A word each boilerplate pattern needs: without one of them in the text, neither can match.
_BOILERPLATE_WORDS = (
    "schedul", "cancel", "change", "modif", "move", "reprogram", "annul", "décal", "verschieb", "absag",
    "invitation from", "you are receiving this", "forwarding this invitation", "learn more about", "more options",
    "reply for", "view all guest info", "join by phone", "meeting id", "passcode",
)  # fmt: skip


def drop_boilerplate(text: str) -> str:
    """Remove offers to reschedule or cancel, and calendar footers, from a body."""
    low = lower_cached(text)
    if not any(word in low for word in _BOILERPLATE_WORDS):
        return text  # most mail: neither pattern can match, so neither runs
    from followup.detect.gated import may_match  # here: gated is built on this module

    sentences, lines = may_match(_BOILERPLATE_SENTENCE, low), may_match(_BOILERPLATE_LINE, low)
    cuts: list[tuple[int, int]] = []
    for m in _BOILERPLATE_SENTENCE.finditer(text) if sentences else ():
        a = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
        cuts.append((a, min(ends) + 1 if ends else len(text)))
    for m in _BOILERPLATE_LINE.finditer(text) if lines else ():
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        cuts.append((a, b if b >= 0 else len(text)))
    if not cuts:
        return text
    out: list[str] = []
    pos = 0
    for a, b in sorted(cuts):
        if a > pos:
            out.append(text[pos:a])
        pos = max(pos, b)
    out.append(text[pos:])
    return " ".join(out)


def reflow(text: str) -> str:
    """Join hard-wrapped lines: a line of 50 characters or more runs on into the next one.

    Plain text wrapped by a mail client ("...position at Northwind\nLabs!") is one sentence for
    phrase matching. A next line that is empty, indented or quoted ('>') starts anew.
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for before, line in itertools.pairwise(lines):
        runs_on = len(before) >= 50 and line != "" and not line[0].isspace() and line[0] != ">"
        out.append(" " if runs_on else "\n")
        out.append(line)
    return "".join(out)


# Where an earlier message is quoted inside the original: stop reading there.
_QUOTE_HEADER = re.compile(
    r"^\s*(?:On\s.{6,120}\swrote:|(?:From|De|Von)\s?:[^\n]{3,200}\n(?:[^\n]*\n){0,2}?(?:Sent|"
    r"Envoyé|Gesendet|Enviado|Date)\s?:|Le\s.{6,120}\sa écrit\s?:|Am\s.{6,120}\sschrieb\s.{0,80}:|"
    r"El\s.{6,120}\sescribió:|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Message d'origine\s*-{2,}|"
    r"-{2,}\s*Ursprüngliche Nachricht\s*-{2,}|-{2,}\s*Mensaje original\s*-{2,})",
    re.MULTILINE | re.IGNORECASE,
)

STOP_WORDS = {
    "the", "our", "your", "we", "you", "i", "a", "an", "this", "that", "us", "me", "it", "team", "hiring", "interview",
    "recruiting", "talent", "careers", "please", "thank", "thanks", "hi", "hello", "dear", "regards", "best", "zoom",
    "google", "teams", "microsoft teams", "google meet", "calendar", "greenhouse", "lever", "ashby", "workday", "icims",
    "jobvite", "calendly", "goodtime", "modernloop", "smartrecruiters", "linkedin", "indeed", "phone", "video",
    "onsite",
    "le", "la", "les", "nous", "vous", "votre", "notre", "der", "die", "das", "uns", "ihre", "unser", "el", "los",
    "nuestro",
    "nuestra", "su", "tu", "equipo", "équipe", "mon", "ma", "mes", "de", "du", "des", "und", "et", "y", "or", "and",
    "confirmed", "confirmation", "rescheduled", "updated", "invitation", "canceled", "cancelled", "reminder", "new",
    "event", "updated invitation", "canceled event", "new event", "accepted", "declined", "re", "fwd", "fw", "tr", "wg",
    "interview confirmation", "interview invitation", "interview scheduled", "phone screen", "offer", "application",
    "notre échange", "absage", "type", "event type", "date", "time", "location", "host", "invitee", "subject", "where",
    "when", "who", "event date", "details", "schedule", "final", "first", "second", "third", "previous", "status",
    "new status", "current", "next", "einladung", "terminbestätigung", "terminänderung",
    "entrevista", "entretien",
}  # fmt: skip
DATE_WORD = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|today|tomorrow)$",
    re.IGNORECASE,
)


def quote(text: str, limit: int = 48) -> str:
    """Return a short quoted excerpt for an evidence line."""
    text = " ".join(text.split())
    return "'" + (text if len(text) <= limit else text[: limit - 1] + "…") + "'"


def strip_history(text: str) -> str:
    """Drop quoted earlier messages and '>' lines: they describe the past, not this mail."""
    match = _QUOTE_HEADER.search(text)
    if match and match.start() > 40:
        text = text[: match.start()]
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def language_of(text: str) -> str:
    """Guess the language of a mail (en, fr, de, es) from its commonest small words."""
    sample = f" {text[:4000].lower()} "
    counts = {
        "en": sum(sample.count(w) for w in (" the ", " and ", " you ", " your ", " with ", " for ", " we ")),
        "fr": sum(
            sample.count(w)
            for w in (" le ", " la ", " les ", " vous ", " nous ", " votre ", " pour ", " avec ", " est ", " une ")
        ),
        "de": sum(
            sample.count(w)
            for w in (" der ", " die ", " und ", " sie ", " ihre ", " wir ", " mit ", " für ", " ist ", " das ")
        ),
        "es": sum(
            sample.count(w)
            for w in (" el ", " los ", " las ", " usted ", " su ", " con ", " para ", " que ", " tu ", " una ")
        ),
    }
    return max(counts, key=lambda k: (counts[k], k == "en"))


def format_person(person: Person | None) -> str | None:
    """Return "Name <address>", or whichever of the two is known."""
    if person is None:
        return None
    if person.name and person.email:
        return f"{person.name} <{person.email}>"
    return person.email or person.name


@lru_cache(maxsize=2048)
def squash(text: str) -> str:
    """Fold a name to lower-case ASCII letters and digits, for comparing spellings."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[^a-z0-9]", "", folded.encode("ascii", "ignore").decode("ascii"))


@dataclass(frozen=True)
class Context:
    """One message as detection reads it: subject and body cleaned, who the owner is."""

    message: Message
    subject: str
    body: str
    judged: str  # body without boilerplate, for kind phrases
    owner_email: str | None
    selves: frozenset[str]
    extra: DetectionConfig
