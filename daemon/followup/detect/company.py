"""Pure: the hiring company named by a job mail.

Owns reading the company from the subject, body, calendar title and the sender's display name
or address, matched against the sender's domain; and cleaning a written name (legal suffixes,
trailing words) into the name shown to the owner.

Must not: take a company from a robot's own name (an ATS, a scheduler, a job board).
"""

from __future__ import annotations

import re
from functools import lru_cache

from followup.addresses import (
    KnownSender,
    domain_of,
    is_personal_mail_domain,
    is_robot_address,
    is_robot_local_part,
    known_sender,
)
from followup.company_names import drop_legal_suffix
from followup.detect.gated import may_match
from followup.detect.orgname import COMPANY as _COMPANY
from followup.detect.orgname import (
    is_code,
    is_date_fragment,
    is_robot_name,
    label_agrees,
    label_resembles,
    may_agree,
    name_from_label,
)
from followup.detect.orgplaces import EVENT_NAME_LINE, signature_companies, title_parts
from followup.detect.role import ROLE_NOUN
from followup.detect.text import DATE_WORD, STOP_WORDS, Context, lower_cached, quote, squash
from followup.ics import Attendee, CalendarInvite
from followup.model import Person

# "Swiss Re" ends in a word that is also a reply prefix: only a leading one is dropped.
_REPLY_WORDS = frozenset({"re", "fwd", "fw", "tr", "wg"})
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
            rf"\b(?i:applying|application|interest|applied|apply)(?: [a-z]+){{0,2}}? (?i:to|in|at|with|for a role at|"
            rf"for a position at) {_COMPANY}",
            3.0,
        ),
        (
            rf"\b(?i:position|role|job|opening|opportunity|team|interview|offer|career|internship) (?i:at|with"
            rf"|@) {_COMPANY}",
            2.5,
        ),
        # An agency names its client: "on behalf of our client, Helix Bio", "my client Helix Bio".
        (
            rf"\b(?i:our|my|a|the|notre|mon|nuestro|mi|unserem|unseres|unseren) (?i:client|customer|cliente|Kunden?)"
            rf"(?:,|:)?\s+{_COMPANY}",
            3.0,
        ),
        (
            rf"\b(?i:on behalf of|welcome to|join(?:ing)?|work(?:ing)? at|here at|from the|everyone at|everybody at|"
            rf"all of us at|(?:update|message|news|note) from) {_COMPANY}",
            2.0,
        ),
        (rf"\b(?i:the|our) {_COMPANY} (?i:team|recruiting team|hiring team|talent team|family|recruiting)\b", 2.0),
        (rf"\b(?i:chez|rejoindre|au sein d['’]|au sein de|l['’]équipe) ?{_COMPANY}", 2.5),
        (rf"\b(?:bei der|bei|für die) {_COMPANY}(?=[\s,.!]|$)", 1.5),
        (rf"\b(?:Ihr|Dein|das) {_COMPANY}[- ](?:Team|Recruiting)\b", 2.0),
        (rf"\b(?:en|con|de la empresa|el equipo de|equipo de) {_COMPANY}(?=[\s,.!]|$)", 1.0),
        (
            rf"^{_COMPANY}[ \t]*(?:[-|:–—]|<>|x|×)[ \t]*(?:[\w ]*\b(?i:interview|entretien|entrevista|Gespräch"
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
        # "Zephyrine's hiring team", "a recruiter at Zephyrine", "Talent Partner @ Zephyrine".
        (rf"{_COMPANY}['’]s (?i:hiring|recruiting|talent|people|interview|engineering) team\b", 2.0),
        (
            rf"\b(?i:recruiter|coordinator|manager|engineer|partner|lead|director|founder|sourcer|cto|ceo|"
            rf"head of [\w ]{{2,30}}?) (?i:at|@) {_COMPANY}",
            2.0,
        ),
        # The company as the one who acts: "Bank of Lismore would like to meet you".
        (
            rf"{_COMPANY} (?i:would (?:like|love) to|wants to|(?:is|are) (?:pleased|delighted|excited|happy|thrilled)"
            rf" to|(?:has|have) decided)",
            1.5,
        ),
        # A footer: "Wayland Freight Lines, Inc. is an equal opportunity employer", "© 2026 Acme Ltd".
        (rf"{_COMPANY}(?:,\s*[A-Z][\w.]*)? (?i:is an equal (?:employment )?opportunity)", 1.5),
        (rf"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:\d{{4}}\s*)?{_COMPANY}", 1.0),
    )
)

_AGENCY = re.compile(
    r"recruit|talent|staffing|search|partners|consult|personnel|headhunt|placement|interim|cabinet|jobs|careers", re.I
)


# Compiled once: a name is cleaned for every candidate of every mail.
_NAME_END = re.compile(r"\.(?:\s|$)|\s[(\[]|\n")
_NAME_TAIL = re.compile(r"\s+(?:for|to|about|on|team|and we|who|which|is|are|has|this|pour|für|para|le|la|de la)\b")
_POSSESSIVE = re.compile(r"['’]s$")
_DOTTED_LEGAL = re.compile(r",?\s+(?:Sp\. z o\.o|Pvt\. Ltd|Pty\. Ltd|S\.A\.S|S\.p\.A|S\.r\.l)\.?(?=[\s,;:!?)]|$)")
_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")
_GREETINGS = frozenset(
    {"hi", "hey", "hello", "dear", "hola", "bonjour", "salut", "hallo", "guten", "liebe", "lieber", "estimado",
     "estimada", "buenos", "buenas", "ciao", "morning", "afternoon", "evening", "greetings"}
)  # fmt: skip


@lru_cache(maxsize=1024)
def _company_name(raw: str) -> tuple[str, str] | None:
    """The name a mention gives and its folded key; None when it names no company.

    The same mention is offered from the subject, the body, the signature and the title parts,
    and cleaned the same way each time: it is cleaned once."""
    name = _clean_company(raw)
    if not name or is_date_fragment(name) or is_code(name) or is_robot_name(name):
        return None
    key = squash(name)
    return (name, key) if len(key) >= 2 else None

_TAIL_WORDS = frozenset(STOP_WORDS - _REPLY_WORDS)  # a "Re"/"Fwd" ending a name stays
_LEAD_WORDS = frozenset(STOP_WORDS | _GREETINGS)


def _clean_company(raw: str | None) -> str | None:
    if not raw:
        return None
    # "VistulaSoft Sp. z o.o. has moved...": a legal form with dots inside is no sentence end.
    text = _NAME_END.split(_DOTTED_LEGAL.sub("", raw.strip()))[0]
    text = text.strip(" \t\n-|:,.'’\"")
    text = _NAME_TAIL.split(text)[0]
    text = drop_legal_suffix(text).strip(" ,.-")
    text = _POSSESSIVE.sub("", text)
    words = text.split()
    while words and (words[-1].lower() in _TAIL_WORDS or DATE_WORD.match(words[-1])):
        words.pop()
    # "Hola Alex", "Recrutement Altamer": a greeting or a team word before the name is no part of it.
    while len(words) > 1 and (
        words[0].lower() in STOP_WORDS or words[0].lower() in _GREETINGS or _COMPANY_NOISE.fullmatch(words[0])
    ):
        words.pop(0)
    while words and words[0].lower() in _LEAD_WORDS:
        words.pop(0)
    text = " ".join(words)
    if not text or text.lower() in STOP_WORDS or DATE_WORD.match(text) or len(text) > 60:
        return None
    if not _LETTER.search(text):
        return None
    return text


# Per pattern above, the lower-case words one of which each match holds.
_COMPANY_GATES: tuple[tuple[str, ...], ...] = (
    ("position", "role", "job", "opening", "vacancy", "poste", "stelle", "puesto"),
    ("your ",),
    ("company", "organi", "employer", "entreprise", "soci", "unternehmen", "firma", "empresa"),
    ("appl", "interest"),
    ("position", "role", "job", "opening", "opportunit", "team", "interview", "offer", "career", "internship"),
    ("client", "customer", "kunde"),
    ("behalf", "welcome", "join", "work", "here at", "from the", "everyone", "everybody", "all of us", " from "),
    ("the ", "our "),
    ("chez", "rejoindre", "au sein", "équipe"),
    ("bei", "für die"),
    ("ihr ", "dein ", "das "),
    ("en ", "con ", "empresa", "equipo"),
    ("interview", "entretien", "entrevista", "gespräch", "application", "candidature", "bewerbung", "offer", "call"),
    ("interview", "entretien", "entrevista", "vorstellungsgespräch"),
    ("interview", "entretien", "entrevista", "vorstellungsgespräch", "application", "offer", "phone screen"),
    ("team",),
    (
        "recruiter",
        "coordinator",
        "manager",
        "engineer",
        "partner",
        "lead",
        "director",
        "founder",
        "sourcer",
        "cto",
        "ceo",
        "head of",
    ),
    ("would", "wants", "pleased", "delighted", "excited", "happy", "thrilled", "decided"),
    ("equal",),
    ("©", "(c)", "copyright"),
)


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


# The mail is written by an intermediary about its client: a recruiting agency, an HR provider.
_CLIENT = re.compile(
    r"\b(?:(?:our|my|a|the|their) client\b(?!s)|(?:notre|mon) client(?:e)?\b(?!s)|(?:unser(?:em|en)?|meinem?) Kunden\b|"
    r"(?:nuestro|mi) cliente\b(?!s)|pour le compte d|im Auftrag (?:von|unseres|unserer|der|des)|en nombre de)",
    re.IGNORECASE,
)
_ON_BEHALF = re.compile(rf"\b(?i:on behalf of|pour le compte de|im Auftrag von|en nombre de) {_COMPANY}")


class _Board:
    """Company candidates with the sources that name them; a name several sources agree on wins."""

    def __init__(self, people: set[str], firsts: set[str], labels: list[str]) -> None:
        self.people = people
        self.firsts = firsts
        self.labels = labels
        self.sources: dict[str, dict[str, float]] = {}
        self.display: dict[str, str] = {}

    def agrees(self, name: str) -> bool:
        return any(label_agrees(name, lab) for lab in self.labels)

    def offer(self, raw: str | None, weight: float, source: str) -> str | None:
        named = _company_name(raw) if raw else None
        if named is None:
            return None
        name, key = named
        # A person the mail names, or anyone's first name, is not the company unless the domain says so.
        if (key in self.people or key in self.firsts) and not self.agrees(name):
            return None
        if ROLE_NOUN.search(name):
            weight *= 0.3  # "Senior Frontend Engineer" after a dash is the role, not the company
        mine = self.sources.setdefault(key, {})
        mine[source] = max(mine.get(source, 0.0), weight)
        self.display.setdefault(key, name)
        if name[0].isupper() and not self.display[key][0].isupper():
            self.display[key] = name
        return key


_AT_COMPANY = re.compile(r"\s(?:at|from|via|@|chez|bei)\s", re.IGNORECASE)


def _people_names(ctx: Context, invite: CalendarInvite | None, people: tuple[Person, ...]) -> tuple[set[str], set[str]]:
    """The folded full names and first names of everyone the mail names as a person."""
    msg = ctx.message
    everyone: list[Person | Attendee | None] = [msg.sender, *msg.to, *msg.cc, *msg.reply_to, *people]
    if invite is not None:
        everyone += [invite.organizer, *invite.attendees]
    # "Zephyrine Talent", "Noor from Kelpie": a team's or a company's name, not a person's.
    names = [
        p.name
        for p in everyone
        if p is not None
        and p.name
        and not (p.email and is_robot_address(p.email))
        and not _COMPANY_NOISE.search(p.name)
        and not _AT_COMPANY.search(p.name)
    ]
    full = {squash(n) for n in names if len(n.split()) >= 2}
    firsts = {squash(n.split()[0]) for n in names if n.split()}
    return full, firsts


def find_company(
    ctx: Context,
    invite: CalendarInvite | None,
    cal_text: str,
    evidence: list[str],
    contact: Person | None,
    people: tuple[Person, ...] = (),
) -> str | None:
    sender = ctx.message.sender
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
    board = _Board(*_people_names(ctx, invite, people), labels)
    sources = [(ctx.subject, 1.5, "subject"), (ctx.judged[:12000], 1.0, "body")]
    if invite is not None:
        sources.append((invite.summary or "", 1.3, "calendar"))
        sources.append((cal_text[:4000], 0.8, "calendar"))
    for text, factor, where in sources:
        low = lower_cached(text)
        for (pattern, weight), needed in zip(_COMPANY_PATTERNS, _COMPANY_GATES, strict=True):
            if not any(map(low.__contains__, needed)) or not may_match(pattern, low):
                continue  # none of the words the pattern needs: skip the regex
            for m in pattern.finditer(text):
                board.offer(m.group("c"), weight * factor, where)
                break
    titles = [(ctx.subject, "subject"), *((m.group("t"), "body") for m in EVENT_NAME_LINE.finditer(ctx.body[:8000]))]
    if invite is not None and invite.summary:
        titles.append((invite.summary, "calendar"))
    for title, where in titles:
        for part, weight in title_parts(title, board.people):
            board.offer(part, weight, where)
    for found in signature_companies(ctx.body[:30000], sender.name if sender else None):
        board.offer(found, 2.5, "signature")
    ks = known_sender(sender.email if sender else None)
    if sender is not None and ks is not None and ks.company_from:
        if "display" in ks.company_from:
            board.offer(company_from_display_name(sender.name), 2.5, "sender name")
        board.offer(company_from_address(sender.email, ks), 2.0, "sender address")
    elif sender is not None and sender.name and labels:
        # "Acme Robotics <careers@acme-robotics.example>", "Noor from Kelpie <noor@kelpiehq.example>".
        named = company_from_display_name(sender.name)
        if named and (label_agrees(named, labels[0]) or label_resembles(named, labels[0])):
            # A staffing agency writes for its client: its own name is only a last resort.
            board.offer(named, 0.5 if _AGENCY.search(labels[0]) else 3.0, "sender name")
    _weigh_domains(ctx, board)
    if _CLIENT.search(ctx.judged[:12000]) or _speaks_for_another(ctx, board):
        _drop_own_names(board, labels[:1])
    elif labels and _AGENCY.search(labels[0]):
        # An agency's own name stays only when the mail names no one else.
        kept = dict(board.sources)
        _drop_own_names(board, labels[:1])
        if not board.sources:
            board.sources = kept
    return _pick(board, evidence)


def _speaks_for_another(ctx: Context, board: _Board) -> bool:
    """Whether the mail says it is written on behalf of a company other than the sender's own."""
    found = _ON_BEHALF.search(ctx.judged[:12000])
    if found is None:
        return False
    name = _clean_company(found.group("c"))
    return bool(name) and board.labels[:1] != [] and not label_agrees(name or "", board.labels[0])


def _drop_own_names(board: _Board, own: list[str]) -> None:
    """An intermediary writes for its client: its own name (domain, signature) is not the employer."""
    for key in list(board.sources):
        srcs = board.sources[key]
        said = set(srcs) - {"signature", "sender name", "domain", "domain guess"}
        if any(label_agrees(board.display[key], lab) for lab in own) or not said:
            del board.sources[key]


def _weigh_domains(ctx: Context, board: _Board) -> None:
    """Let each domain confirm the names it agrees with, or find itself written out, or be guessed."""
    for label in dict.fromkeys(board.labels):
        agency = bool(_AGENCY.search(label))
        matched = False
        for key in list(board.sources):
            if set(board.sources[key]) == {"domain guess"}:
                continue  # a name made up from a domain is no evidence for itself
            if label_agrees(board.display[key], label):
                board.sources[key]["domain"] = 0.5 if agency else 4.0
                matched = True
            elif label_resembles(board.display[key], label):
                board.sources[key]["domain"] = 0.5 if agency else 2.0
                matched = True
        if matched:
            continue
        written = _written_out(f"{ctx.subject}\n{ctx.body[:12000]}", label)
        if written:
            # Written in the mail and spelled by the domain: two sources agreeing.
            if (new := board.offer(written, 0.5 if agency else 2.5, "domain")) is not None and not agency:
                board.sources[new]["body"] = max(board.sources[new].get("body", 0.0), 1.0)
        elif not any(max(found.values()) >= 1.5 for found in board.sources.values()):
            board.offer(name_from_label(label), 0.5 if agency else 1.0, "domain guess")


# A run of name-like words: capitalised or stylised ("tidyBase"), with the small words that join them.
_NAME_WORD = r"(?:[A-Z0-9&][\w&'’.-]*|[a-z]+[A-Z][\w'’-]*)"
_RUN = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|of|and|de|du|y|und))*")


def _written_out(text: str, label: str) -> str | None:
    """The label written out in the mail: "acme-robotics" → "Acme Robotics", "loopwise" → "loopwise"."""
    for m in _RUN.finditer(text):
        parts = m.group(0).split()
        for i in range(len(parts)):
            if parts[i].lower() in _JOINER_WORDS or not may_agree(parts[i], label):
                continue
            for j in range(min(len(parts), i + 6), i, -1):
                sub = " ".join(parts[i:j])
                last = parts[j - 1]
                if (
                    last.lower() not in _JOINER_WORDS
                    and not _NOT_NAME_WORDS.search(last)
                    and not ROLE_NOUN.search(last)
                    and label_agrees(sub, label)
                    and (len(parts[i:j]) > 1 or squash(sub) == squash(label) or len(squash(sub)) >= 4)
                ):
                    return sub
    # A brand written in lower case ("thanks for your interest in loopwise!") is the label itself.
    found = re.search(rf"(?<![\w@.-]){re.escape(label)}(?![\w@-]|\.\w)", text, re.IGNORECASE)
    return found.group(0) if found else None


_JOINER_WORDS = frozenset({"of", "and", "de", "du", "y", "und"})


def _pick(board: _Board, evidence: list[str]) -> str | None:
    if not board.sources:
        return None
    # Each source counts once, at its strongest; two sources agreeing add a bonus.
    score = {k: sum(s.values()) + max(0, sum(w >= 1.0 for w in s.values()) - 1) for k, s in board.sources.items()}
    best = max(score, key=lambda k: (score[k], -len(k)))
    # "Meridian Mutual" (an ATS display name, a domain) and "Meridian Mutual Insurance Company"
    # written in the mail are one company: the name written in full wins. So does "Grupo Alcázar
    # Seguros" over "Alcázar Seguros". But a mail that says "Swiss Re" in its subject, body and
    # calendar and "Swiss Re Management Ltd" only in its signature names the company "Swiss Re".
    words = board.display[best].split()
    longer = [
        k
        for k in score
        if len(board.display[k].split()) > len(words)
        and _contains_run(board.display[k].split(), words)
        and score[k] >= 0.3 * score[best]
        and "domain guess" not in board.sources[k]
        and _voices(board.sources[k]) >= _voices(board.sources[best])
        and not _NOT_NAME_WORDS.search(" ".join(w for w in board.display[k].split() if w not in words))
    ]
    if longer:
        best = max(longer, key=lambda k: (score[k], len(k)))
    where = ", ".join(sorted(board.sources[best], key=lambda s: -board.sources[best][s]))
    evidence.append(f"company: {quote(board.display[best])} from {where}")
    return board.display[best]


def _voices(sources: dict[str, float]) -> int:
    """How many parts of the mail say a name: an ATS's display name and address are one voice."""
    return len({"sender" if s.startswith("sender") else s for s in sources if not s.startswith("domain")})


def _contains_run(words: list[str], run: list[str]) -> bool:
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


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
