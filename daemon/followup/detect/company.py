"""Pure: the hiring company named by a job mail.

Owns reading the company from the subject, body, calendar title and the sender's display name
or address, matched against the sender's domain; and cleaning a written name (legal suffixes,
trailing words) into the name shown to the owner.

Must not: take a company from a robot's own name (an ATS, a scheduler, a job board).
"""

from __future__ import annotations

import re

from followup.addresses import (
    KnownSender,
    domain_of,
    is_personal_mail_domain,
    is_robot_address,
    is_robot_local_part,
    known_sender,
)
from followup.company_names import drop_legal_suffix
from followup.detect.role import ROLE_NOUN
from followup.detect.text import DATE_WORD, STOP_WORDS, Context, lower_cached, quote, squash
from followup.ics import CalendarInvite
from followup.model import Person

# "Swiss Re" ends in a word that is also a reply prefix: only a leading one is dropped.
_REPLY_WORDS = frozenset({"re", "fwd", "fw", "tr", "wg"})
_COMPANY_WORD = r"(?:[A-Z0-9À-ÖØ-Þ][\w&'’.À-ÿ-]*|&|and|of|de|du|des|der|für|y)"
_COMPANY = rf"(?P<c>[A-Z0-9À-ÖØ-Þ][\w&'’.À-ÿ-]*(?:\s+{_COMPANY_WORD}){{0,4}})"
_COMPANY_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(p, re.UNICODE | re.MULTILINE), w)
    for p, w in (
        # An agency names its client after the role: "the position Business Analyst (Lakeshore Mutual)".
        (rf"\b(?i:position|role|job|opening|vacancy|poste|Stelle|puesto)\s+[^()\n]{{2,60}}?\s\({_COMPANY}\)", 3.0),
        # "Here is your Juniper Labs offer letter", "your Acme interview".
        (rf"\b(?i:your) {_COMPANY} (?i:offer|contract|interview|application|onsite)\b", 2.0),
        # A labelled field, on one line or in a table: "Company: X", "Company\n| X".
        (
            rf"^\s*(?i:company|organi[sz]ation|employer|entreprise|soci[ée]t[ée]|unternehmen|firma|empresa)"
            rf"\s*(?:[:|]|\n\s*\|)\s*{_COMPANY}\s*$",
            3.0,
        ),
        (
            rf"\b(?i:applying|application|interest|applied|apply) (?i:to|in|at|with|for a role at|for a"
            rf" position at) {_COMPANY}",
            3.0,
        ),
        (
            rf"\b(?i:position|role|job|opening|opportunity|team|interview|offer|career|internship) (?i:at|with"
            rf"|@) {_COMPANY}",
            2.5,
        ),
        # An agency names its client: "on behalf of our client, Helix Bio", "my client Helix Bio".
        (rf"\b(?i:our|my|a|the) (?i:client|customer)(?:,|:)?\s+{_COMPANY}", 3.0),
        (rf"\b(?i:on behalf of|welcome to|join(?:ing)?|work(?:ing)? at|here at|from the) {_COMPANY}", 2.0),
        (rf"\b(?i:the|our) {_COMPANY} (?i:team|recruiting team|hiring team|talent team|family|recruiting)\b", 2.0),
        (rf"\b(?i:chez|rejoindre|au sein d['’]|au sein de|l['’]équipe) ?{_COMPANY}", 2.5),
        (rf"\b(?:bei der|bei|für die) {_COMPANY}(?=[\s,.!]|$)", 1.5),
        (rf"\b(?:Ihr|Dein|das) {_COMPANY}[- ](?:Team|Recruiting)\b", 2.0),
        (rf"\b(?:en|con|de la empresa|el equipo de|equipo de) {_COMPANY}(?=[\s,.!]|$)", 1.0),
        (
            rf"^{_COMPANY}\s*(?:[-|:–—]|<>|x|×)\s*(?:[\w ]*\b(?i:interview|entretien|entrevista|Gespräch"
            rf"|application|candidature|Bewerbung|offer|call))",
            2.5,
        ),
        (
            rf"\b(?i:interview|entretien|entrevista|Vorstellungsgespräch)\b[^\n]{{0,40}}?(?:[-|"
            rf":–—]|<>|\bat|\bwith|\bchez|\bbei|\bcon|\bavec)\s+{_COMPANY}\s*$",
            2.0,
        ),
        (
            rf"^(?i:interview|entretien|entrevista|Vorstellungsgespräch|application|offer|phone screen)[\w"
            rf" ]*\s[-–—|:]\s*{_COMPANY}\s+[-–—|]\s",
            3.0,
        ),
    )
)

_AGENCY = re.compile(
    r"recruit|talent|staffing|search|partners|consult|personnel|headhunt|placement|interim|cabinet|jobs|careers", re.I
)


def _clean_company(raw: str | None) -> str | None:
    if not raw:
        return None
    text = re.split(r"\.(?:\s|$)|\s[(\[]", raw.strip())[0]
    text = text.strip(" \t\n-|:,.'’\"")
    text = re.split(r"\s+(?:for|to|about|on|team|and we|who|which|is|are|has|this|pour|für|para|le|la|de la)\b", text)[
        0
    ]
    text = drop_legal_suffix(text).strip(" ,.-")
    text = re.sub(r"['’]s$", "", text)
    words = text.split()
    while words and (words[-1].lower() in STOP_WORDS - _REPLY_WORDS or DATE_WORD.match(words[-1])):
        words.pop()
    while words and words[0].lower() in STOP_WORDS:
        words.pop(0)
    text = " ".join(words)
    if not text or text.lower() in STOP_WORDS or DATE_WORD.match(text) or len(text) > 60:
        return None
    if not re.search(r"[A-Za-zÀ-ÿ]", text):
        return None
    return text


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


# Per pattern above, the lower-case words one of which each match holds.
_COMPANY_GATES: tuple[tuple[str, ...], ...] = (
    ("position", "role", "job", "opening", "vacancy", "poste", "stelle", "puesto"),
    ("your ",),
    ("company", "organi", "employer", "entreprise", "soci", "unternehmen", "firma", "empresa"),
    ("appl", "interest"),
    ("position", "role", "job", "opening", "opportunit", "team", "interview", "offer", "career", "internship"),
    ("client", "customer"),
    ("behalf", "welcome", "join", "work", "here at", "from the"),
    ("the ", "our "),
    ("chez", "rejoindre", "au sein", "équipe"),
    ("bei", "für die"),
    ("ihr ", "dein ", "das "),
    ("en ", "con ", "empresa", "equipo"),
    ("interview", "entretien", "entrevista", "gespräch", "application", "candidature", "bewerbung", "offer", "call"),
    ("interview", "entretien", "entrevista", "vorstellungsgespräch"),
    ("interview", "entretien", "entrevista", "vorstellungsgespräch", "application", "offer", "phone screen"),
)


def _same_name(name: str, label: str) -> bool:
    """Whether a written name and a domain label agree ("Müller AG" is mueller-ag or muller-ag).

    A label may also shorten the name: pinnaclestaffing.example for "Pinnacle Staffing Group".
    """
    target = squash(label)
    forms = (squash(name), squash(name.translate(_GERMAN)))
    return bool(target) and (target in forms or (len(target) >= 6 and any(f.startswith(target) for f in forms)))


# A signature: "Engineering Manager, Kestrel Works", "HR Manager | Prairie Labs", or the title on
# one line and the company on the next.
_TITLE = (
    r"(?i:[\w .&/'’-]{0,40}\b(?:manager|director|recruiter|founder|head of [\w &]+|lead|partner|coordinator|"
    r"specialist|engineer|cto|ceo|coo|cfo|vp\b[\w ]*|officer|president|talent[\w ]*|hr\b[\w ]*|"
    r"people[\w ]*|sourcer|generalist|consultant))"
)
_SIGNATURE_COMPANY = (
    re.compile(rf"^\s*{_TITLE}\s*(?:,|\||–|—|-|@|\bat\b)\s*{_COMPANY}\s*$", re.MULTILINE),
    re.compile(rf"^\s*{_TITLE}\s*\n\s*{_COMPANY}\s*$", re.MULTILINE),
)


def _signature_company(body: str) -> str | None:
    tail = "\n".join(body.rstrip().splitlines()[-10:])
    for pattern in _SIGNATURE_COMPANY:
        found = pattern.search(tail)
        if found is not None:
            return found.group("c")
    return None


def _domain_label(address: str | None) -> str | None:
    dom = domain_of(address)
    if not dom or is_personal_mail_domain(dom) or known_sender(address) is not None:
        return None
    parts = [
        p
        for p in dom.split(".")
        if p not in {"mail", "email", "careers", "jobs", "talent", "hr", "recruiting", "notifications", "em", "e"}
    ]
    if len(parts) < 2:
        return parts[0] if parts else None
    # acme-robotics.example → acme-robotics; acme.co.uk → acme
    if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "ac", "gov", "net"}:
        return parts[-3]
    return parts[-2]


def find_company(
    ctx: Context, invite: CalendarInvite | None, cal_text: str, evidence: list[str], contact: Person | None
) -> str | None:
    candidates: dict[str, float] = {}
    display: dict[str, str] = {}

    def offer(raw: str | None, weight: float) -> None:
        name = _clean_company(raw)
        if not name:
            return
        key = squash(name)
        if not key or len(key) < 2:
            return
        if ROLE_NOUN.search(name):
            weight *= 0.3  # "Senior Frontend Engineer" after a dash is the role, not the company
        candidates[key] = candidates.get(key, 0.0) + weight
        display.setdefault(key, name)

    sources = [(ctx.subject, 1.5), (ctx.judged[:12000], 1.0)]
    if invite is not None:
        sources.append((invite.summary or "", 1.3))
        sources.append((cal_text[:4000], 0.8))
    for text, factor in sources:
        low = lower_cached(text)
        for (pattern, weight), needed in zip(_COMPANY_PATTERNS, _COMPANY_GATES, strict=True):
            if not any(w in low for w in needed):
                continue  # none of the words the pattern needs: skip the regex
            for m in pattern.finditer(text):
                offer(m.group("c"), weight * factor)
                break
    offer(_signature_company(ctx.body[:30000]), 2.5)
    sender = ctx.message.sender
    ks = known_sender(sender.email if sender else None)
    if sender is not None and ks is not None and ks.company_from:
        if "display" in ks.company_from:
            offer(company_from_display_name(sender.name), 2.5)
        offer(company_from_address(sender.email, ks), 2.0)
    labels = [
        lab
        for lab in (
            _domain_label(sender.email if sender else None),
            *(_domain_label(p.email) for p in ctx.message.reply_to),
            _domain_label(invite.organizer.email if invite and invite.organizer else None),
            _domain_label(contact.email if contact else None),
        )
        if lab
    ]
    # "Acme Robotics <careers@acme-robotics.example>": the display name is the company.
    if (
        sender is not None
        and ks is None
        and sender.name
        and labels
        and _same_name(company_from_display_name(sender.name) or "", labels[0])
    ):
        # A staffing agency writes for its client: its own name is only a last resort.
        offer(company_from_display_name(sender.name), 0.5 if _AGENCY.search(labels[0]) else 3.0)
    guessed: set[str] = set()
    for label in labels:
        squashed = squash(label)
        if _AGENCY.search(label):
            # A staffing agency writes for its client: its own name is only a last resort.
            if not candidates:
                offer(label.replace("-", " ").title(), 0.5)
            continue
        matched = False
        for key in list(candidates):
            if key in guessed:
                continue  # a name made up from a label earlier is no evidence for itself
            forms = {key, squash(display[key].translate(_GERMAN))}
            if any(f == squashed or f.startswith(squashed) or squashed.startswith(f) for f in forms):
                candidates[key] += 4.0
                matched = True
        if not matched:
            # Look for the label written out in the text: "acme-robotics" → "Acme Robotics".
            words = re.findall(
                r"[A-Z0-9][\w&'’.-]*(?:[ \t]+[A-Z0-9&][\w&'’.-]*){0,4}", f"{ctx.subject}\n{ctx.body[:12000]}"
            )
            for phrase in words:
                parts = phrase.split()
                spans = [" ".join(parts[i:j]) for i in range(len(parts)) for j in range(len(parts), i, -1)]
                for sub in spans:
                    if _same_name(sub, label):
                        offer(sub, 2.5)
                        matched = True
                        break
                if matched:
                    break
        if not matched:
            guess = label.replace("-", " ").title()
            offer(guess, 1.0)
            guessed.add(squash(guess))
    if sender is not None and sender.name and not is_robot_address(sender.email):
        # A person's own name ("Maya Goldberg") is not the company, unless their domain says so.
        own = squash(sender.name)
        if own in candidates and not any(_same_name(sender.name, lab) for lab in labels):
            del candidates[own]
    # Nor is anyone the mail names as a person: "Bondi Analytics interview with Grace Whitfield".
    msg = ctx.message
    people = (*msg.to, *msg.cc, *msg.reply_to, *((invite.organizer,) if invite and invite.organizer else ()))
    names = {squash(p.name) for p in (*people, *(invite.attendees if invite else ())) if p is not None and p.name}
    for key in [k for k in candidates if k in names and not any(_same_name(display[k], lab) for lab in labels)]:
        del candidates[key]
    if not candidates:
        return None
    best = max(candidates, key=lambda k: (candidates[k], -len(k)))
    # "Meridian Mutual" (an ATS display name, a domain) and "Meridian Mutual Insurance Company"
    # written in the mail are one company: the name written in full wins.
    words = display[best].split()
    longer = [
        k
        for k in candidates
        if k not in guessed
        and len(display[k].split()) > len(words)
        and display[k].split()[: len(words)] == words
        and candidates[k] >= 0.4 * candidates[best]
        and not _NOT_NAME_WORDS.search(" ".join(display[k].split()[len(words) :]))
    ]
    if longer:
        best = max(longer, key=lambda k: (candidates[k], len(k)))
    evidence.append(f"company: {quote(display[best])}")
    return display[best]


# Words a mailbox or a scheduling team adds after a company's name; no part of the name itself.
_NOT_NAME_WORDS = re.compile(
    r"\b(?:scheduling|schedulers?|interviews?|calendar|recruiting|recruitment|careers?|jobs?|talent|hiring|team|hr|"
    r"people|notifications?|noreply|no-reply|support)\b",
    re.IGNORECASE,
)
_COMPANY_NOISE = re.compile(
    r"\b(?:recruiting|recruitment|recruiter|talent(?:\s+acquisition)?|careers?|hiring(?:\s+team)?|jobs?|"
    r"hr|people(?:\s+team)?|team|via\s+\w+|on\s+behalf\s+of|no[-\s]?reply|notifications?|"
    r"recrutement|rh|équipe|equipe|karriere|personalabteilung|personal|bewerbermanagement|recursos\s+humanos|"
    r"reclutamiento|empleo|"
    r"greenhouse|lever|ashby|workday|smartrecruiters|icims|jobvite|calendly|goodtime|modernloop)\b",
    re.IGNORECASE,
)


def company_from_display_name(display: str | None) -> str | None:
    """Return the company named in a sender display name ("Acme Robotics Recruiting" → "Acme Robotics")."""
    if not display:
        return None
    text = re.sub(r"[\"'<>]", " ", display)
    text = re.split(r"\s+(?:at|@|from|chez|bei|de)\s+", text, maxsplit=1, flags=re.IGNORECASE)[-1]
    text = _COMPANY_NOISE.sub(" ", text)
    text = re.sub(r"[\s\-|·•:,]+$", "", re.sub(r"^[\s\-|·•:,]+", "", " ".join(text.split())))
    return text or None


def company_from_address(address: str | None, sender: KnownSender) -> str | None:
    """Return the company a tracking system encodes in its address (acme@myworkday.com → "Acme")."""
    if not address or "@" not in address:
        return None
    local, dom = address.lower().rsplit("@", 1)
    for where in sender.company_from:
        if where == "localpart":
            name = re.sub(
                r"^(?:careers?|jobs?|talent|recruiting)[-_.]|[-_.](?:careers?|jobs?|talent|recruiting)$", "", local
            )
            if name and not is_robot_local_part(name):
                return name.replace("-", " ").replace("_", " ").replace(".", " ").title()
        if where == "subdomain":
            for base in sender.domains:
                if dom.endswith("." + base):
                    sub = dom[: -len(base) - 1].split(".")[-1]
                    if sub and sub not in {
                        "mail",
                        "email",
                        "us",
                        "eu",
                        "app",
                        "careers",
                        "jobs",
                        "www",
                        "wd1",
                        "wd3",
                        "wd5",
                    }:
                        return sub.replace("-", " ").title()
    return None
