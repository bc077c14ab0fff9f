"""Pure: who is who in one message — every person it gives an address for, and the name behind it.

Owns the directory of a message's people (From, To, Cc, Reply-To display names, calendar organizer
and attendees, "Name <a@x>" / "Name (a@x)" / mailto text in the body, bare addresses) and the one
rule that says whether an address belongs to a written name: the display name, or the local part
spelled from the name the ways mail systems do (priya.natarajan, pnatarajan, p.natarajan, priya,
natarajan.priya, jean-luc.fontaine, ingrid.vanderberg), accents folded. Also owns what a written
name looks like (and what is a title or an organisation instead), and the layouts that mark names
as people whatever words introduce them: titled schedule and list lines, role-labelled lines.

Must not: decide who is an interviewer or the contact (that is `people`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from followup.addresses import KNOWN_SENDERS, is_robot_address
from followup.detect.text import FLAGS, Context, squash
from followup.ics import CalendarInvite
from followup.model import Person

EMAIL = re.compile(r"(?<![\w.+-])([A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?![\w-])")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_LOWER = "a-zà-öø-ÿĀ-ɏḀ-ỿ'’"
# "Priya Natarajan", "Jean-Luc Fontaine", "Ingrid van der Berg", "Liam O'Connor": a written name.
_WRITTEN = re.compile(
    rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
    rf"(?:[ \t]+(?:(?:van der|van den|van|von|de la|de|del|da|di|le|la|du|dos|bin|al)[ \t]+)?[{_UPPER}][{_LOWER}]+"
    rf"(?:-[{_UPPER}][{_LOWER}]+)?){{0,2}}"
)
_NAMED_ADDRESS = re.compile(
    rf"(?P<n>{_WRITTEN.pattern})[ \t]*(?:(?P<tight><(?:mailto:)?|\((?:mailto:)?|\[mailto:)|[,|–—-][ \t]*)"
    r"(?P<e>[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
)
# Forms of address and academic titles written before a name ("Frau Dr.", "Mag.", "Dipl.-Ing.").
HONORIFICS = r"(?:Herrn?|Frau|Dr|Prof|Mr|Mrs|Ms|Mx|M(?=\.)|Mme|Mlle|Sr|Sra|Srta|Mag|Ing|Dipl\.?-Ing)"
_HONORIFIC = re.compile(rf"^{HONORIFICS}\.?\s+", re.IGNORECASE)

NAME = r"(?:(?:Mc|Mac)?[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zà-öø-ÿĀ-ɏḀ-ỿ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][a-zà-öø-ÿĀ-ɏḀ-ỿ]+)?)"
PERSON_NAME = re.compile(rf"{NAME}(?:\s+(?:de |van |von |da |del |van der |O['’])?{NAME}){{1,2}}")
TITLE_WORDS = re.compile(
    r"\b(?:recruit\w*|coordinator|talent|partner|manager|engineer\w*|direct(?:or|ora|rice|eur)|team|people|acquisition|lead|head|"
    r"sourcer|specialist|assistant|officer|hiring|careers?|human|resources|chargée?|responsable|leiter\w*|"
    r"designer|scientist|analyst|architect|developer|product|president|researcher|consultant|advisor|associate|"
    r"executive|chief|intern|owner|operations|marketing|sales|counsel|administrator|programmer|"
    r"referent\w*|personal\w*|reclutador\w*|recursos|humanos|senior|staff|principal|founder|ceo|cto|vp)\b",
    FLAGS,
)
SIGNOFF = re.compile(
    r"^\s*(?:best|best regards|kind regards|regards|warm regards|warmly|cheers|thanks|thank you|many thanks|sincerely|"
    r"all the best|talk soon|cordialement|bien à vous|bien cordialement|merci|à bientôt|mit freundlichen grüßen|"
    r"viele grüße|beste grüße|freundliche grüße|lg|saludos|un saludo|atentamente|gracias)\b[ ,!.]*$",
    FLAGS,
)
N2 = r"(?:Mc|Mac)?[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+\s+[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+"
_TIME = r"\d{1,2}(?:[:.h]\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?"
# A line that names someone with their title, the shape of schedules and lists in any language:
# "10:00–10:45  Priya Natarajan, Staff Engineer", "• Marta Gil – Directora de Producto",
# "Jordan Lee (they/them), Senior SRE".
_TITLED_LINE = re.compile(
    rf"^[ \t]*(?:[-•*·▪◦]|\d{{1,2}}[.)](?!\d))?[ \t]*(?:{_TIME}(?:[ \t]*[-–—][ \t]*{_TIME})?[ \t]*[:|,–—-]?[ \t]*)?"
    rf"(?P<n>{N2})[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:,|[-–—|]|\()[ \t]*(?P<t>[^\n]{{2,90}})$",
    re.MULTILINE,
)
# A labelled line whose value is people: "Hiring manager: Oliver Grant", "Panel lead: A and B".
_ROLE_LINE = re.compile(
    rf"^[ \t]*(?P<k>[A-Za-zÀ-ÿ][\w /()&-]{{1,30}}):[ \t]*"
    rf"(?P<v>{N2}(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*){N2}){{0,4}})"
    r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*$",
    re.MULTILINE,
)
# Who only arranges the interview: named on a labelled line, a contact, never an interviewer.
ARRANGER = re.compile(
    r"recruit|recrut|reclut|coordinat|contact|talent|sourc|scheduling|\bhr\b|people|organi[sz]", FLAGS
)
# A name that is an organisation's: "Harlow Insurance Group", "Quillmate Labs".
ORG_WORD = re.compile(
    r"\b(?:Group|Inc|LLC|Ltd|Limited|Labs?|Technologies|Tech|Systems|Software|Solutions|Insurance|Bank|Health|"
    r"Partners|Capital|Foods|Energy|Media|Consulting|Analytics|Robotics|Studio|Studios|Holdings|Corporation|Corp|"
    r"Company|GmbH|AG|SAS|Recruiting|Careers|Talent|University|Institute|Foundation|Ventures|Games|Logistics)\b"
)


WRITER = "me"  # what `structured_names` lists for the writer ("10:00 Coffee with me", ": myself, A and B")
_ME = r"(?:me|myself|moi|mir|mí|yo|ich)"
# A schedule line: a start time or a range, then what happens and with whom.
_SCHEDULE_LINE = re.compile(
    rf"^[ \t]*(?:[-•*·▪◦][ \t]*)?{_TIME}(?:[ \t]*[-–—][ \t]*{_TIME})?[ \t]*[:|–—-]?[ \t]+(?P<rest>\S[^\n]*)$", re.M
)
# Whom a schedule line names: after "with", or as its last cell (after a wide gap, a tab or a bar).
_SCHEDULE_WHO = re.compile(
    rf"(?:\b(?:with|avec|mit|con)\s+|[ ]{{2,}}|\t|\|\s*)(?P<n>{N2}|{_ME})\s*(?:\([^()\n]*\))?\s*$"
)
# An enumeration after a colon: "to three of us: myself, Omar Haddad and Lucy Tran."
_ENUMERATION = re.compile(
    rf":[ \t]*(?P<v>(?:{N2}|{_ME})(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*|,[ \t]*and[ \t]+)(?:{N2}|{_ME})){{1,5}})"
    r"[ \t]*(?:[.!]|$)",
    re.M,
)


@lru_cache(maxsize=1)
def _system_words() -> frozenset[str]:
    return frozenset(
        w.lower() for sender in KNOWN_SENDERS for w in re.findall(r"[A-Za-z]{4,}", sender.name) if w.lower() != "with"
    )


def names_a_system(name: str) -> bool:
    """Whether a name-shaped phrase names a known mail or meeting system ("Microsoft Teams", "Google Meet")."""
    return any(word.lower() in _system_words() for word in name.split())


def structured_names(body: str) -> list[str]:
    """Names that the layout marks as people: titled list lines, schedule lines, lines labelled with
    a role, enumerations after a colon; `WRITER` where they name the writer ("with me").

    The writer's signature (after the last sign-off) is left out: it names the writer.
    """
    cut, offset = len(body), 0
    for line in body.splitlines(keepends=True):
        if SIGNOFF.match(line) or line.rstrip() in {"--", "-- ", "__"}:
            cut = offset
        offset += len(line)
    head = body[:cut]
    found = [
        (m.start(), m.group("n")) for m in _TITLED_LINE.finditer(head)
        if TITLE_WORDS.search(m.group("t")) and not ARRANGER.search(m.group("t"))
        and not re.search(r"[.!?]\s+[A-Z]", m.group("t"))  # a sentence goes on: no title line
    ]  # fmt: skip
    for m in _ROLE_LINE.finditer(head):
        key = m.group("k")
        if (TITLE_WORDS.search(key) or re.search(r"interview|panel|host", key, FLAGS)) and not ARRANGER.search(key):
            found += [(m.start(), name) for name in re.findall(N2, m.group("v"))]
    for m in _SCHEDULE_LINE.finditer(head):
        who = _SCHEDULE_WHO.search(m.group("rest"))
        if who is not None and who.start() > 0 and not ARRANGER.search(m.group("rest")):
            found.append((m.start(), WRITER if re.fullmatch(_ME, who.group("n")) else who.group("n")))
    for m in _ENUMERATION.finditer(head):
        if ARRANGER.search(head[head.rfind("\n", 0, m.start()) + 1 : m.start()]):
            continue  # "Recruiters: Sam Lee and Ana Lima" arrange, they do not interview
        found += [
            (m.start(), WRITER if re.fullmatch(_ME, n) else n) for n in re.findall(rf"{N2}|\b{_ME}\b", m.group("v"))
        ]
    return [name for _, name in sorted(found)]


def is_person(ctx: Context, person: Person | None) -> bool:
    if person is None or not person.email:
        return False
    email = person.email.lower()
    return email not in ctx.selves and not is_robot_address(email)


@dataclass(frozen=True)
class Known:
    """A person the message gives an address for, and the name it gives them (None if only the address)."""

    name: str | None
    email: str


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def name_parts(name: str) -> tuple[str, str] | None:
    """The first name and the whole surname of a written name, folded to ASCII letters ("" when one word)."""
    words = _HONORIFIC.sub("", " ".join(name.split())).split(" ")
    words = [w for w in words if w.strip(".")]
    if not words:
        return None
    first = squash(words[0])
    last = squash("".join(words[1:])) if len(words) > 1 else ""
    return (first, last) if first else None


def address_fits(name: str, email: str) -> bool:
    """Whether the local part of `email` is spelled from `name` as mail systems spell it.

    A first name alone fits only an address that is that first name; a surname alone fits an
    address that is the surname.
    """
    parts = name_parts(name)
    if parts is None:
        return False
    first, last = parts
    local = squash(email.split("@", 1)[0].split("+", 1)[0])
    if not local:
        return False
    if not last:
        return len(first) >= 3 and local == first
    last_word = squash(_fold(name).split()[-1])
    forms = {first + last, first[:1] + last, last + first, last + first[:1], first + last[:1], first + last_word}
    forms |= {first[:1] + last_word, first + "." + last}
    if len(last_word) >= 4:
        forms.add(last_word)
    return local in forms or (len(first) >= 3 and local == first)


def _first_word(name: str) -> str:
    parts = name_parts(name)
    return parts[0] if parts else ""


class Directory:
    """Every person a message gives an address for, with the names the message gives them."""

    def __init__(self, ctx: Context, invite: CalendarInvite | None, body: str | None = None) -> None:
        self.people: list[Known] = []
        self._seen: dict[str, int] = {}
        msg = ctx.message
        self._selves = ctx.selves
        heads = (*msg.cc, *msg.to, *msg.reply_to, *((msg.sender,) if msg.sender else ()))
        for person in heads:
            self._add(person.name, person.email)
        if invite is not None:
            for att in (*invite.attendees, *((invite.organizer,) if invite.organizer else ())):
                self._add(att.name, att.email)
        text = (ctx.body if body is None else body)[:30000]
        for m in _NAMED_ADDRESS.finditer(text):
            # "Sam Lee <s.lee@x>" names the address; "Principal — renata@x" only when spelled from it.
            if m.group("tight") or address_fits(m.group("n"), m.group("e")):
                self._add(m.group("n"), m.group("e"))
        for m in EMAIL.finditer(text):
            self._add(None, m.group(1))

    def _add(self, name: str | None, email: str | None) -> None:
        address = (email or "").strip().strip(".").lower()
        if not address or address in self._selves or is_robot_address(address):
            return
        personal = (
            name
            if name
            and len(name.split()) >= 1
            and "@" not in name
            and _WRITTEN.fullmatch(_HONORIFIC.sub("", name.strip(" \"'")))
            else None
        )
        if address in self._seen:
            index = self._seen[address]
            if personal and self.people[index].name is None:
                self.people[index] = Known(personal, address)
            return
        self._seen[address] = len(self.people)
        self.people.append(Known(personal, address))

    def resolve(self, name: str) -> str | None:
        """The one address the message gives for `name` (a full name or a first name), or None."""
        parts = name_parts(name)
        if parts is None:
            return None
        key = squash(_HONORIFIC.sub("", name))
        words = [squash(w) for w in _HONORIFIC.sub("", name).split()]
        # "Ask Raj Patel (raj.p@x)": a capital word before the name is the sentence's, not the name's.
        exact = [
            k.email for k in self.people
            if k.name and (squash(k.name) == key or [squash(w) for w in k.name.split()][-len(words):] == words)
        ]  # fmt: skip
        if exact:
            return exact[0]
        first, last = parts
        if last:
            # "Helen Price" and "Dr. Helen M. Price <helen@x>"; or an address spelled from the name.
            same = [
                k.email for k in self.people
                if k.name and (p := name_parts(k.name)) is not None and p[0] == first
                and squash(_fold(k.name).split()[-1]) == squash(_fold(name).split()[-1])
            ]  # fmt: skip
            if len(same) == 1:
                return same[0]
            # An address spelled from the name, unless the name given with it explains it otherwise
            # ("Peter Nolan <pnolan@x>" is not Priya Nolan; "Tidepool Energy (rafael.souza@x)" may be Rafael).
            fits = [
                k.email for k in self.people
                if address_fits(name, k.email) and (k.name is None or not address_fits(k.name, k.email))
            ]  # fmt: skip
            return fits[0] if len(set(fits)) == 1 else None
        # A first name alone: the one person of that first name, by display name or address.
        by_name = {k.email for k in self.people if k.name and _first_word(k.name) == first}
        if len(by_name) == 1:
            return next(iter(by_name))
        if by_name:
            return None
        by_address = {k.email for k in self.people if k.name is None and address_fits(name, k.email)}
        return next(iter(by_address)) if len(by_address) == 1 else None

    def full_name(self, email: str) -> str | None:
        """The name the message gives the owner of `email`."""
        index = self._seen.get(email.lower())
        return self.people[index].name if index is not None else None
