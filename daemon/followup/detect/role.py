"""Pure: the role (job title) a job mail is about.

Owns the role patterns of English, French, German and Spanish mail and cleaning a title
(gender tags, requisition numbers, the company's name around it).

Must not: decide the mail's kind.
"""

from __future__ import annotations

import re

from followup.detect.text import DATE_WORD, FLAGS, STOP_WORDS, Context, lower_cached, squash
from followup.ics import CalendarInvite

ROLE_NOUN = re.compile(
    r"\b(?:engineer|developer|programmer|manager|designer|analyst|scientist|lead|director|intern|architect|specialist|"
    r"consultant|administrator|researcher|writer|officer|associate|coordinator|recruiter|head|vp|sre|devops|accountant|"
    r"nurse|technician|representative|assistant|advisor|editor|teacher|driver|operator|owner|strategist|"
    r"supervisor|clerk|agent|cashier|worker|cook|attendant|receptionist|planner|buyer|tester|qa|support|partner|"
    r"executive|counsel|lawyer|paralegal|pharmacist|therapist|physician|electrician|mechanic|machinist|"
    r"ingénieure?|développeu(?:r|se)|chef|responsable|chargée?|stagiaire|consultante?|"
    r"\w*entwickler(?:in)?|\w*ingenieur(?:in)?|\w*leiter(?:in)?|\w*berater(?:in)?|\w*referent(?:in)?|\w*manager(?:in)?|"
    r"werkstudent(?:in)?|praktikant(?:in)?|ingenier[oa]|desarrollador(?:a)?|jef[ea]|analista|diseñador(?:a)?|"
    r"programador(?:a)?|técnic[oa]|product owner|data|marketing|sales)\b",
    FLAGS,
)
# Where a role's name ends: a preposition, a clause, or punctuation other than a comma that
# continues a title ("Staff Software Engineer, Payments").
_ROLE_STOP = (
    r"(?=\s+(?:at|with|position|role|opening|job|chez|bei|en|in|for|pour|para|auprès|à|au sein|is|are|has|was|will|"
    r"has been|et|and|und|y|on|from|dans|de la|der|des|im|bei der|team|in our|at our|und Ihr)\b"
    r"|,\s+(?:and|but|which|we|et|und|y|que|which|so|as)\b|,\s*$|,\s*\n|\s*[.;!?\[\]\n|–—]|\s+-\s|\s+\(|$)"
)
_ROLE_CHARS = r"[A-Za-zÀ-ÿ0-9/&+#.,'’ -]{2,70}?"
_ROLE_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(p, FLAGS), w)
    for p, w in (
        (
            rf"^\s*(?:position|role|job title|poste|Stelle|Position|puesto|vacante)\s*[:|]\s*"
            rf"(?P<r>{_ROLE_CHARS})(?=\s*(?:\n|$|\())",
            3.0,
        ),
        (rf"\bfor the (?:position|role|post) of (?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 3.0),
        (
            rf"\b(?:for|to|in|offer you|extend you an offer for|offer to you for|about) (?:the|our|an?) "
            rf"(?P<r>{_ROLE_CHARS}) (?:position|role|opening|vacancy|job)\b",
            2.8,
        ),
        (
            rf"\b(?:application|applying|applied|interview(?:ing)?|candidacy|screen|offer) (?:for|to) (?:the "
            rf"|our |an? )?(?:role of |position of )?(?P<r>{_ROLE_CHARS}){_ROLE_STOP}",
            2.0,
        ),
        (rf"\b(?:au |le |du |pour le |de )poste (?:de |d['’])(?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 2.5),
        (rf"\bcandidature (?:au poste de |pour le poste de |pour |en tant que )(?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 2.5),
        (
            rf"\b(?:Bewerbung|Position|Stelle|Interview|Vorstellungsgespräch|Gespräch) (?:als|zum|zur) "
            rf"(?P<r>{_ROLE_CHARS}){_ROLE_STOP}",
            2.5,
        ),
        (rf"\b(?:für die (?:Position|Stelle)(?: als)?) (?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 2.5),
        (
            rf"\b(?:puesto de|posición de|vacante de|candidatura (?:para|al puesto de)) "
            rf"(?P<r>{_ROLE_CHARS}){_ROLE_STOP}",
            2.5,
        ),
        (
            rf"^(?:interview|entretien|entrevista|interview (?:scheduled|confirmation|confirmed|invitation"
            rf"|details|request)|"
            rf"phone screen(?: scheduled)?|offer|application|application received)\s*[:\-–—]\s*"
            rf"(?P<r>{_ROLE_CHARS}){_ROLE_STOP}",
            2.0,
        ),
        (rf"^[^\n:]{{0,40}}[-–—:|]\s*(?P<r>{_ROLE_CHARS})\s*$", 1.2),
        (rf"\bas (?:an? |our )?(?P<r>{_ROLE_CHARS}){_ROLE_STOP}", 1.0),
        # "Interview: Ana Example <> Vandelay (Backend Engineer)": a role noun in brackets.
        (rf"\((?P<r>{_ROLE_CHARS})\)", 0.9),
        (rf"^(?:[^\n:]{{0,40}}:\s*)?(?P<r>{_ROLE_CHARS})\s+(?:interview|Interview)\b", 1.0),
    )
)

# Per pattern above, the lower-case words one of which each match holds: a text without any of
# them skips the pattern's regex.
_ROLE_GATES: tuple[tuple[str, ...], ...] = (
    ("position", "role", "job title", "poste", "stelle", "puesto", "vacante"),
    ("for the ",),
    ("position", "role", "opening", "vacancy", "job"),
    ("appl", "interview", "candidacy", "screen", "offer"),
    ("poste",),
    ("candidature ",),
    ("bewerbung", "position", "stelle", "interview", "gespräch"),
    ("für die ",),
    ("puesto de", "posición de", "vacante de", "candidatura "),
    ("interview", "entretien", "entrevista", "phone screen", "offer", "application"),
    ("-", "–", "—", ":", "|"),
    ("as ",),
    ("(",),
    ("interview",),
)


def find_role(ctx: Context, invite: CalendarInvite | None, company: str | None) -> str | None:
    best: tuple[float, str] | None = None
    texts = [
        (ctx.subject, 1.3),
        (invite.summary if invite and invite.summary else "", 1.1),
        (ctx.judged[:12000], 1.0),
        ((invite.description or "")[:4000] if invite else "", 0.9),
    ]
    for text, factor in texts:
        if not text:
            continue
        low = lower_cached(text)
        for (pattern, weight), needed in zip(_ROLE_PATTERNS, _ROLE_GATES, strict=True):
            if not any(w in low for w in needed):
                continue
            for m in pattern.finditer(text):
                role = _clean_role(m.group("r"), company)
                if not role:
                    continue
                score = weight * factor + (2.0 if ROLE_NOUN.search(role) else -1.0)
                if best is None or score > best[0]:
                    best = (score, role)
                break
    if best is None or best[0] < 1.5:
        return None
    return best[1]


def _clean_role(raw: str, company: str | None = None) -> str | None:
    role = " ".join(raw.split()).strip(" -–—:|,.'’\"")
    if company:
        # "Bluefin Analytics - Data Engineer" → "Data Engineer"; "Data Engineer at Bluefin" is cut by the stops.
        if role.lower().startswith(company.lower()):
            role = role[len(company) :].lstrip(" -–—:|<>")
        if role.lower().endswith(company.lower()):
            role = re.sub(r"\s*(?:[-–—:|@]|<>|\bat)\s*$", "", role[: len(role) - len(company)])
        if squash(role) == squash(company):
            return None
    if re.search(r"\s[-–—|]\s", role):
        # "Orbital Freight Interview - Senior Frontend Engineer": keep the segment that names a job.
        segments = [x.strip() for x in re.split(r"\s[-–—|]\s", role) if x.strip()]
        named = [x for x in segments if ROLE_NOUN.search(x) and not (company and squash(company) in squash(x))]
        if not named:
            return None
        role = named[0]
    # Gender tags of German titles and requisition numbers are not part of the role's name.
    role = re.sub(r"\s*\((?:[mwfdhx]\s*/\s*){1,3}[mwfdhx]\)\s*$", "", role, flags=re.IGNORECASE)
    role = re.sub(r"\s*\(?(?:R|REQ|JR|Req ID|ID)[-\s#]*\d[\w-]*\)?\s*$", "", role, flags=re.IGNORECASE)
    role = re.sub(
        r"^(?:entretien|interview|entrevista|Vorstellungsgespräch|Gespräch|phone screen|onsite)\s+(?:(?:pour"
        r"|for|für|para|als|de)\s+)?",
        "",
        role,
        flags=re.IGNORECASE,
    )
    role = re.sub(
        r"\s+(?:interview|entretien|entrevista|Vorstellungsgespräch|phone screen|onsite)$",
        "",
        role,
        flags=re.IGNORECASE,
    )
    role = role.strip(" -–—:|,.")
    role = re.sub(r"^(?:the|a|an|our|le|la|un|une|el|die|der|den)\s+", "", role, flags=re.IGNORECASE)
    role = re.sub(r"\s+(?:position|role|job|opening|poste|Stelle|puesto)$", "", role, flags=re.IGNORECASE)
    if not role or len(role) < 3 or len(role.split()) > 8:
        return None
    low = role.lower()
    if low in STOP_WORDS or re.match(
        r"^(?:your|my|this|that|next|an?|our|you|us|it|with|interview|phone|video|onsite)\b", low
    ):
        return None
    if DATE_WORD.match(role.split()[0]):
        return None
    return role
