"""Pure: the approval request mail's wording.

Owns the numbered drafts between `=== DRAFT n ... ===` and `=== END DRAFT n ===` markers (the
reader in reply.py finds the same markers), the instructions of what to answer, and how times
are shown to the owner. It must not do I/O, read the clock or touch the store.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from followup.approval.tokens import check_token
from followup.model import Person

MAX_DRAFT_NUMBER = 99

ACCEPTED = (
    "reply with APPROVE (all drafts), APPROVE 2 or APPROVE 1 3 (by number), REJECT or REJECT 2 "
    "as the first line; to change a draft, edit its text between its === markers and APPROVE it"
)

# The draft markers, as written in a request and as found again in a reply (any quoting,
# bold or "#" the mail client adds).
START_RE = re.compile(r"^\*?={2,}\s*draft\s+#?(\d{1,3})\b(.*)$", re.IGNORECASE)
END_RE = re.compile(r"^\*?={2,}\s*end\s+(?:of\s+)?draft\s+#?(\d{1,3})\s*={2,}\*?$", re.IGNORECASE)

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class DraftView:
    """One follow-up as the approval request shows it; `number` is what the owner types."""

    number: int
    followup_id: int
    to: tuple[Person, ...]
    send_at: datetime
    zone: str
    rule: str
    subject: str
    body: str

    def __post_init__(self) -> None:
        if self.send_at.tzinfo is None:
            raise ValueError(f"DraftView.send_at must be tz-aware, got {self.send_at!r}")
        if not 1 <= self.number <= MAX_DRAFT_NUMBER:
            raise ValueError(f"DraftView.number must be 1..{MAX_DRAFT_NUMBER}, got {self.number}")


def render_request(
    drafts: Sequence[DraftView],
    *,
    token: str,
    interview_label: str,
    owner_name: str,
    why_waiting: str | None,
) -> tuple[str, str]:
    """Return (subject, body) of the approval request for these drafts."""
    check_token(token)
    if not drafts:
        raise ValueError("render_request: no drafts; send a request only when follow-ups await approval")
    numbers = [d.number for d in drafts]
    if len(set(numbers)) != len(numbers):
        raise ValueError(f"render_request: draft numbers repeat: {numbers}")
    label = one_line(interview_label) or "your interview"
    count = len(drafts)
    noun = "follow-up" if count == 1 else "follow-ups"
    subject = f"[followup #{token}] Approve {count} {noun} for {label}"

    first = one_line(owner_name).split(" ")[0] if one_line(owner_name) else ""
    out = [
        f"Follow-up drafts for {label} need your approval.",
        "",
        f"Hi {first}," if first else "Hi,",
        "",
        f"{count} {noun} {'is' if count == 1 else 'are'} ready. Nothing is sent until you answer.",
    ]
    if why_waiting:
        out.append(f"Why they wait for you: {one_line(why_waiting)}")
    example = drafts[-1].number
    out += [
        "",
        "How to answer: reply to this e-mail with one line at the top:",
        "  APPROVE           send every draft below at its time",
        f"  APPROVE {example:<9} send draft {example} only (APPROVE 1 3 for several)",
        f"  REJECT            drop every draft (REJECT {example} drops draft {example} only)",
        "To change a draft, edit its text between its two === lines in your",
        f"reply (keep those lines) and answer APPROVE {example}: your text is sent as is.",
    ]
    for draft in drafts:
        _check_body(draft)
        recipients = ", ".join(person_text(p) for p in draft.to) or "(no recipient)"
        out += [
            "",
            "",
            f"Draft {draft.number} of {count}",
            f"  To:       {recipients}",
            f"  Sends:    {format_time(draft.send_at, draft.zone)}",
            f"  Rule:     {one_line(draft.rule)}",
            f"  Subject:  {one_line(draft.subject)}",
            "",
            _start_marker(draft),
            draft.body.replace("\r\n", "\n").strip("\n"),
            f"=== END DRAFT {draft.number} ===",
        ]
    return subject, "\n".join(out) + "\n"


def format_time(when: datetime, zone: str) -> str:
    """Format an instant in a zone for the owner, e.g. 'Tue 8 Dec 2026 17:00 EST'."""
    local = when.astimezone(ZoneInfo(zone))
    return (
        f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local.year} "
        f"{local:%H:%M} {local.tzname() or zone}"
    )


def _start_marker(draft: DraftView) -> str:
    local = draft.send_at.astimezone(ZoneInfo(draft.zone))
    names = ", ".join(person_text(p) for p in draft.to) or "nobody"
    when = f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local:%H:%M}"
    return f"=== DRAFT {draft.number} (to {names}, {when}) ==="


def _check_body(draft: DraftView) -> None:
    for line in draft.body.splitlines():
        content = line.strip()
        if START_RE.match(content) or END_RE.match(content):
            raise ValueError(
                f"draft {draft.number} (follow-up {draft.followup_id}): its text contains a marker line "
                f"{content[:40]!r}; change the template so no line starts with '=== DRAFT'"
            )


def person_text(person: Person) -> str:
    """A recipient as the owner reads it: a name that cannot reorder the line, and a warning
    on an address whose domain mixes scripts (a Cyrillic o, U+043E, in a Latin name)."""
    name = one_line(person.name or "")
    email = person.email or ""
    flag = f" [look-alike domain: mixed scripts in {email.rpartition('@')[2]}]" if is_mixed_script_domain(email) else ""
    if name and email:
        return f"{name} <{email}>{flag}"
    return (email + flag) if email else name


# Bidirectional controls (Unicode UAX #9: embeddings, overrides, isolates, marks) make text
# display in another order than it is written: "Jordan\u202eevil" hides what follows.
_BIDI = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def one_line(value: str) -> str:
    return " ".join(value.translate(_BIDI).split())


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ")[0]
    except ValueError:
        return "UNKNOWN"


def is_mixed_script_domain(address: str) -> bool:
    """True when one label of the address's domain mixes letters of several scripts."""
    domain = address.rpartition("@")[2].lower()
    for label in domain.split("."):
        if label.startswith("xn--"):
            try:
                label = codecs.decode(label[4:].encode("ascii"), "punycode")
            except (UnicodeError, ValueError):
                return True  # a label that does not decode is no name anyone could check
        scripts = {_script(ch) for ch in label if ch.isalpha()}
        if len(scripts) > 1:
            return True
    return False
