"""Pure: where a mail names its company outside running text: its signature and its titles.

Owns reading the signature block (from the sign-off or the signer's name to the end: a title
and the company, "Name, Company", "Name | Title | Company", "Company | address") and splitting
a structured title (a subject, a calendar event's name) into the parts that may name the
company ("Onsite - Harrow Diagnostics", "Acme x Alex Morgan").

Must not: weigh the names it finds; detect.company decides among them.
"""

from __future__ import annotations

import re

from followup.detect.gated import may_match
from followup.detect.orgname import COMPANY as _COMPANY
from followup.detect.role import ROLE_NOUN
from followup.detect.text import squash

# A signature: "Engineering Manager, Kestrel Works", "HR Manager | Prairie Labs", or the title on
# one line and the company on the next.
_TITLE = (
    r"(?i:[\w .&/'’-]{0,40}\b(?:manager|director|recruiter|founder|head of [\w &]+|lead|partner|coordinator|"
    r"specialist|engineer|cto|ceo|coo|cfo|vp\b[\w ]*|officer|president|talent[\w ]*|hr\b[\w ]*|"
    r"people[\w ]*|sourcer|generalist|consultant|advisor|ops|operations))"
)
# A legal form written in lower case or with spaces ("VistulaSoft Sp. z o.o.") ends the line too.
_LEGAL_TAIL = r"(?:,?[ \t]+(?i:Sp\. z o\.o\.?|S\.A\.S\.?|Pvt\. Ltd\.?|Pty\. Ltd\.?))?"
_SIGNATURE_COMPANY = (
    re.compile(rf"^\s*{_TITLE}\s*(?:,|\||–|—|-|@|\bat\b)\s*{_COMPANY}{_LEGAL_TAIL}\s*$", re.MULTILINE),
    re.compile(rf"^\s*{_TITLE}\s*\n\s*{_COMPANY}{_LEGAL_TAIL}\s*$", re.MULTILINE),
)
# A line of a signature that is something else than a name: a phone, an address, a link, a title.
_NOT_A_NAME_LINE = re.compile(
    r"\d|@|https?:|www\.|[,|·•:;–—]|\s-\s|\b(?:regards|best|thanks|cheers|sincerely|grüße|cordialement|saludos|"
    r"manager|director|recruiter|founder|head|lead|partner|coordinator|specialist|engineer|cto|ceo|coo|cfo|vp|"
    r"officer|president|talent|hr|people|sourcer|generalist|consultant|advisor|acquisition|team|recruiting|"
    r"recruitment|ops|operations|street|road|avenue|suite|floor)\b",
    re.IGNORECASE,
)


_SIGN_OFF = re.compile(
    r"^\s*(?:(?:kind |best |warm |many )?regards|best|thanks|thank you|cheers|sincerely|warmly|all the best|talk soon|"
    r"cordialement|bien cordialement|bien à vous|saludos|un saludo|atentamente|mit freundlichen grüßen|viele grüße|"
    r"beste grüße|liebe grüße|--)\b[\s,.!]*$",
    re.IGNORECASE,
)
_SIGNATURE_SEPARATOR = re.compile(r"\s[|·•]\s")
_TITLE_ONLY = re.compile(_TITLE)


# A name, a separator, a company: "Mila Novak, Zephyrine" (compiled once; the name is checked after).
_NAME_THEN_COMPANY = re.compile(
    rf"^[ \t]*(?P<n>[^\n,|@–—-]{{2,60}}?)[ \t]*(?:,|-|–|—|\||@)[ \t]*{_COMPANY}[ \t]*$", re.M
)


def signature_companies(body: str, signer: str | None) -> list[str]:
    """Company names in the closing lines: after a title, or on the line after the signer's name."""
    lines = body.rstrip()[-1500:].splitlines()[-10:]
    # The block starts at the sign-off or the signer's name; before it is the message itself.
    first = squash(signer.split()[0]) if signer and signer.split() else "\0"
    starts = [
        i
        for i, line in enumerate(lines)
        if _SIGN_OFF.match(line) or (line.split() and squash(line.split()[0]) == first and len(line.split()) <= 4)
    ]
    lines = lines[starts[-1] :] if starts else lines[-6:]
    tail = "\n".join(lines)
    low = tail.lower()
    # Both need a title word: without one in the closing lines, neither is searched.
    found = [m.group("c") for m in (p.search(tail) for p in _SIGNATURE_COMPANY if may_match(p, low)) if m is not None]
    for line in lines:
        if not any(sep in line for sep in "|·•"):
            continue
        # "Rosa Jimenez | Hiring Manager | ClearPath Analytics": the part after the title.
        parts = [p.strip() for p in _SIGNATURE_SEPARATOR.split(line)]
        for i, part in enumerate(parts[:-1]):
            if _TITLE_ONLY.fullmatch(part):
                found.append(parts[i + 1])
        # "Zephyrine | 12 Harbour St, Leeds": a name leading its address or phone.
        if (
            re.search(r"\d", " ".join(parts[1:]))
            and not _NOT_A_NAME_LINE.search(parts[0])
            and len(parts[0].split()) <= 4
        ):
            found.append(parts[0])
    if signer and len(signer.split()) >= 2:
        # "Mila Novak, Zephyrine", "Mila Novak - Zephyrine": the signer's name, then the company.
        who = squash(signer)
        found += [m.group("c") for m in _NAME_THEN_COMPANY.finditer(tail) if squash(m.group("n")) == who]
    if signer:
        first = squash(signer.split()[0]) if signer.split() else ""
        for i, line in enumerate(lines[:-1]):
            words = line.split()
            if words and squash(words[0]) == first and len(words) <= 3:
                nxt = lines[i + 1].strip()
                if nxt and not _NOT_A_NAME_LINE.search(nxt) and len(nxt.split()) <= 6:
                    found.append(nxt)
    return found


# A structured title (a subject, a calendar event's name): its parts between separators.
_TITLE_SPLIT = re.compile(
    r"(\s+(?:[-–—|:/x×@]|<>|with|avec|mit|con|at|chez|bei)\s+|\s*[|–—:]\s*|\s+-\s*)", re.IGNORECASE
)
_WITH = re.compile(r"\s+(?:with|avec|mit|con)\s+", re.IGNORECASE)
_TITLE_PREFIX = re.compile(
    r"^(?:(?:re|fwd?|tr|wg|aw|rv)\s*:\s*|[\w ]{0,30}?\b(?:invitation|event|accepted|declined|tentative|canceled|"
    r"cancelled|updated|confirmed|reminder)\b[\w ]{0,20}:\s*)+",
    re.IGNORECASE,
)
# A part of a title that says what the event is, not who holds it.
_EVENT_WORDS = (
    r"(?:interviews?|screen(?:ing)?|call|chat|onsite|on-site|loop|meeting|session|invitation|invite|confirm\w*|"
    r"application|offer|update|round|assessment|conversation|intro\w*|review|panel|visit|next steps?|entretien|"
    r"entrevista|gespräch|vorstellungsgespräch|candidature|bewerbung|einladung|pairing|case study|debrief|"
    r"technical|coffee|discussion|presentation)"
)
_EVENT_PART = re.compile(rf"\b{_EVENT_WORDS}\b", re.IGNORECASE)
# Labels under which a scheduler writes an event's name in its body ("Event Type:", "What:").
EVENT_NAME_LINE = re.compile(
    r"^\s*(?:event type|event name|what|event|title)\s*:\s*\n?\s*(?P<t>[^\n]{3,90})$", re.I | re.M
)


# Event words leading a part of a title, before the company's name: "Interview Swiss Re".
_EVENT_LEAD = re.compile(rf"^(?:(?:{_EVENT_WORDS}|for|at|with|and|de|your)\s+)+", re.IGNORECASE)


def title_parts(title: str, people: set[str]) -> list[tuple[str, float]]:
    """The parts of a structured title that may name the company, each with its weight.

    A title is a subject or an event name made of parts ("Onsite - Harrow Diagnostics", "Acme x
    Alex Morgan"): one part says what the event is or who the candidate is, another who holds it.
    A part after "with" is more often a person than a company ("Interview with Jordan").
    """
    text = _TITLE_PREFIX.sub("", title.strip())
    text = re.sub(r"\s@\s.*\d.*$", "", text)  # Google's "@ Tue Dec 8, 2026 10am (you@x)"
    pieces = _TITLE_SPLIT.split(text)
    parts: list[tuple[str, float]] = []
    for i in range(0, len(pieces), 2):
        part = pieces[i].strip(" .,!()[]")
        if part:
            parts.append((part, 0.8 if i and _WITH.fullmatch(pieces[i - 1]) else 2.0))
    if len(parts) < 2 or not any(_EVENT_PART.search(p) or squash(p) in people for p, _ in parts):
        return []
    found: list[tuple[str, float]] = []
    for part, weight in parts:
        # "Interview Swiss Re": the words after the event's name.
        lead = _EVENT_LEAD.match(part)
        if lead and lead.end() < len(part) and part[lead.end()].isupper():
            part = part[lead.end() :]
        named = not _EVENT_PART.search(part) and not ROLE_NOUN.search(part) and not re.search(r"\d", part)
        if named and len(part.split()) <= 5:
            found.append((part, weight))
    return found
