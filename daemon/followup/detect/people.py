"""Pure: the people of a job mail — the contact to follow up with, and every interviewer.

Owns choosing among them: calendar attendees and the organizer, the people the text names
(`mentions`), colleagues copied and named, the writer when they sign as one who interviews; and
the contact, where a named human beats a team mailbox. Robots are never people: that rule is
`followup.addresses.is_robot_address`. Names resolve to addresses through `names.Directory`.

Must not: decide the mail's kind.
"""

from __future__ import annotations

import re
from dataclasses import replace

from followup.addresses import domain_of, is_robot_address, known_sender
from followup.detect.company import company_from_display_name
from followup.detect.mentions import copied_and_named, named_interviewers
from followup.detect.names import EMAIL as _EMAIL
from followup.detect.names import (
    ARRANGER,
    ORG_WORD,
    PERSON_NAME,
    SIGNOFF,
    TITLE_WORDS,
    Directory,
    is_person,
)
from followup.detect.text import FLAGS, Context, rx, squash
from followup.ics import CalendarInvite
from followup.model import Person


_SCREEN_CALL = rx(
    r"\bphone screen", r"\brecruiter (?:call|screen|chat)", r"\bscreening call", r"\bintro(?:ductory)? call"
)
_WILL_CALL = re.compile(r"\bwill (?:call|ring|phone|reach out to|be calling) you\b", FLAGS)
_FIRST_PERSON = rx(
    r"\bwith me\b",
    r"\band me\b",
    r"\bjoin me\b",
    r"\blet['’]s (?:do|have|grab|meet|talk|chat)\b",
    r"\bI['’]ve (?:blocked|booked|set aside|reserved)\b",
    r"\b(?:call|chat|conversation|meeting) between us\b",
    r"\bconmigo\b",
    r"\bavec moi\b",
    r"\bmit mir\b",
    r"\bour (?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]m|h)?\s+)?(?:call|chat|conversation|meeting|interview)\b",
    r"\bI['’]ll (?:call|ring|phone|meet|see) you(?:r (?:mobile|cell|phone|number))?\b",
    r"\bask for me\b",
    r"\b(?:in|at|to) my office\b",
    r"\bour (?:\d{1,2}[:.]\d\d|\d{1,2}\s*[ap]m)\b",
    r"\bI['’]ll give you a (?:call|ring)\b",
    r"\b(?:speak|talk) (?:to you )?then\b",
    r"\bI look forward to (?:speaking|talking|meeting|chatting)\b",
    r"\bI will call you\b",
    r"\bnotre (?:échange|entretien|appel)\b",
    r"\bunser(?:em)? (?:Gespräch|Telefonat|Termin)\b",
    r"\bnuestra (?:llamada|entrevista|conversación)\b",
)

_ROLE_ACCOUNT = re.compile(
    r"^(?:recruiting|recruitment|recruiter|careers?|jobs?|talent|hr|hiring|people|rh|recrutement|karriere|bewerbung|"
    r"empleo|seleccion|rrhh|info|contact|hello|team|catch-?all|mail|admin|office|enquiries|inquiries|applications?|"
    r"apply|staffing|hrteam|talentacquisition|ta|interviews?|interviewing|panel|scheduling)@"
    # "hr-team@", "talent.acquisition@", "interview-panel@", "recruiting-emea@"
    r"|^(?:recruit\w*|careers?|jobs?|talent\w*|hr|hiring|people|interviews?|interviewing|panel|scheduling)[-_.][\w.-]*@",
    re.IGNORECASE,
)


def _name_from_local(email: str) -> str | None:
    local = email.split("@", 1)[0]
    parts = [p for p in re.split(r"[._-]", local) if p.isalpha()]
    if len(parts) >= 2:
        return " ".join(p.capitalize() for p in parts[:3])
    return None


def _signature_people(ctx: Context) -> list[Person]:
    """Humans named with an address in the body, the signature (last lines) first."""
    body = ctx.body[:30000]
    found: list[tuple[int, Person]] = []
    lines = body.splitlines()
    for m in _EMAIL.finditer(body):
        email = m.group(1).strip(".").lower()
        if email in ctx.selves or is_robot_address(email):
            continue
        name = None
        # "Sam Lee <sam@x>" / "Sam Lee (sam@x)" / "Sam Lee | Recruiter | sam@x" on the same line.
        prefix = body[max(0, m.start() - 80) : m.start()].split("\n")[-1]
        names = [n for n in PERSON_NAME.findall(prefix) if not TITLE_WORDS.search(n)]
        if names:
            name = names[-1]
        else:
            # A signature block: the name sits one to three lines above the address.
            line_no = body.count("\n", 0, m.start())
            for back in range(1, 4):
                if line_no - back < 0:
                    break
                candidate = lines[line_no - back].strip(" -–|*")
                if SIGNOFF.match(candidate) or not candidate:
                    continue
                head = candidate.split(",")[0].split("|")[0].strip()
                if PERSON_NAME.fullmatch(head) and not TITLE_WORDS.search(head):
                    name = head
                    break
        if name is None:
            name = _name_from_local(email)
        found.append((m.start(), Person(name=name, email=email)))
    # Prefer the one nearest the end (the signature), then any other.
    return [p for _, p in sorted(found, key=lambda x: -x[0])]


# The mail says its sender is a robot, whatever the address looks like.
_SAYS_NO_REPLY = re.compile(
    r"\b(?:please )?(?:do not|don['’]t|never) (?:reply|respond)\b|\bnot monitored\b|\bauto(?:matically)?[- ]generated\b"
    r"|\bthis is an automated (?:message|e-?mail|notification)\b|\bne pas répondre\b|\bnicht antworten\b",
    FLAGS,
)


# The writer says they are on the panel too: "Same panel (Kyle Dunn and me)", "with me and Raj".
_WRITER_TOO = re.compile(r"\b(?:and|with) me\b|\bme and\b|\bavec moi\b|\bmit mir\b|\bconmigo\b", FLAGS)
# The writer counts themself among those the owner meets: "Priya, Tom and I will be your panel",
# "I'll be one of your interviewers", "Sam, who'll join us".
_WRITER_JOINS = re.compile(
    r"\b(?:and|&) I (?:will|['’]ll|are|would)\b"
    r"|\bI['’]ll be (?:one of )?your (?:interviewers?|panel)\b"
    r"|\bI (?:will|['’]ll) be (?:interviewing you|on (?:the|your) panel)\b"
    r"|\b(?:will|['’]ll) (?:be joining|join) us\b|\bthe (?:two|three) of us\b"
    r"|\bI['’]ll (?:handle|do|run|lead|take|cover) the (?:intro(?:duction)?s?|opening|wrap-up|Q&A"
    r"|(?:first|last|second|final) (?:half|part|portion|\w+ minutes))\b",
    FLAGS,
)


def _is_team_mailbox(person: Person) -> bool:
    """Whether an address is a shared mailbox (recruiting@, offers@), not one person's."""
    email = (person.email or "").lower()
    if _ROLE_ACCOUNT.match(email):
        return True
    name = " ".join((person.name or "").split())
    named = PERSON_NAME.fullmatch(name) is not None and not TITLE_WORDS.search(name) and not ORG_WORD.search(name)
    # A one-word local part with no person's name beside it ("offers@", "apply@") is a queue.
    return not named and _name_from_local(email) is None and not re.search(r"\d", email.split("@")[0])


def _arrangers(ctx: Context, invite: CalendarInvite | None) -> list[Person]:
    """Humans the text gives an address for, other than those the owner is to meet, the signature first."""
    people = [p for p in _signature_people(ctx) if not _is_team_mailbox(p)]
    if not people:
        return []
    meeting = {p.email for p in named_interviewers(ctx, Directory(ctx, invite)) if p.email}
    return [p for p in people if p.email not in meeting]


def find_contact(ctx: Context, invite: CalendarInvite | None) -> Person | None:
    """Return the human to follow up with: never a robot, and a named person before a team mailbox."""
    msg = ctx.message
    if msg.sender is not None and _SAYS_NO_REPLY.search(ctx.body[:20000]):
        msg = replace(msg, sender=None)  # "* Auto generated message. Please DO NOT reply *"
    sender_is_team = bool(msg.sender and _is_team_mailbox(msg.sender))
    if sender_is_team and msg.sender is not None and is_person(ctx, msg.sender):
        # "HR Team <hr@acme>" signed by a named person with an address: the person is the contact.
        domain = domain_of(msg.sender.email)
        for person in _arrangers(ctx, invite):
            if domain_of(person.email) == domain:
                return person
    if is_person(ctx, msg.sender) and msg.sender is not None:
        name = msg.sender.name
        if name and (
            company_from_display_name(name) != name
            or re.search(r"recruit|talent|team|careers|hiring|jobs|hr\b", name, FLAGS)
        ):
            # "Acme Recruiting <sam@acme>" names a team, not the person: keep the address.
            name = _name_from_local(msg.sender.email or "") or name
        return Person(name=name, email=(msg.sender.email or "").lower() or None)
    role_accounts: list[Person] = []
    for person in msg.reply_to:
        if is_person(ctx, person):
            found = Person(name=person.name or _name_from_local(person.email or ""), email=(person.email or "").lower())
            if _is_team_mailbox(person):
                role_accounts.append(found)  # recruiting@, offers@ are queues: a named human is better
                continue
            return found
    if invite is not None and is_person(ctx, invite.organizer) and invite.organizer is not None:
        org = invite.organizer
        return Person(name=org.name or _name_from_local(org.email or ""), email=(org.email or "").lower())
    arrangers = _arrangers(ctx, invite)
    if arrangers:
        return arrangers[0]
    if role_accounts:
        return role_accounts[0]
    people = _signature_people(ctx)
    humans = [p for p in people if not _ROLE_ACCOUNT.match(p.email or "")]
    if humans or people:
        return (humans or people)[0]
    if invite is not None:
        # An invitation the owner organized: the other person invited is whom to follow up with.
        for att in invite.attendees:
            if att.email and is_person(ctx, Person(att.name, att.email)):
                return Person(name=att.name or _name_from_local(att.email), email=att.email.lower())
    for person in msg.cc:
        if is_person(ctx, person):
            return Person(name=person.name or _name_from_local(person.email or ""), email=(person.email or "").lower())
    return None


def find_interviewers(ctx: Context, invite: CalendarInvite | None, contact: Person | None, kind: str) -> list[Person]:
    if kind not in {"interview_scheduled", "interview_rescheduled", "interview_cancelled"}:
        return []
    people: list[Person] = []
    seen: set[str] = set()

    def add(person: Person) -> None:
        key = (person.email or person.name or "").lower()
        if key and key not in seen:
            seen.add(key)
            people.append(person)

    if invite is not None:
        organizer = (invite.organizer.email or "").lower() if invite.organizer else ""
        for att in invite.attendees:
            if att.role == "NON-PARTICIPANT" or not att.email:
                continue
            if not is_person(ctx, Person(att.name, att.email)):
                continue
            if re.search(r"\b(?:room|salle|raum|sala|conference|resource)\b", att.name or "", FLAGS):
                continue
            if _ROLE_ACCOUNT.match(att.email):
                continue  # a shared mailbox invited to keep track (recruiting@, interview-panel@) holds no interview
            add(Person(name=att.name or _name_from_local(att.email), email=att.email.lower()))
        # With a personal booking page (Calendly, Cal.com) the organizer is the host you meet.
        host = known_sender(ctx.message.sender.email if ctx.message.sender else None)
        writer_too = (
            _WRITER_TOO.search(ctx.judged[:20000]) is not None
            or _WRITER_JOINS.search(ctx.judged[:20000]) is not None
            or (host is not None and host.kind == "booking")
        )
        if len(people) > 1 and organizer and not writer_too:
            people = [p for p in people if p.email != organizer] or people
        if len(people) > 1 and contact is not None and contact.email and not writer_too:
            people = [p for p in people if p.email != contact.email] or people
        if people and writer_too and invite.organizer is not None and is_person(ctx, invite.organizer):
            # "Same panel (Kyle Dunn and me)": the organizer writing is on the panel too.
            add(Person(invite.organizer.name or _name_from_local(invite.organizer.email or ""), organizer))
        if not people and invite.organizer is not None and is_person(ctx, invite.organizer):
            add(
                Person(
                    invite.organizer.name or _name_from_local(invite.organizer.email or ""),
                    (invite.organizer.email or "").lower(),
                )
            )
    if not people:
        for person in named_interviewers(ctx, Directory(ctx, invite)):
            if (
                person.email is None
                and contact is not None
                and contact.name
                and squash(contact.name) == squash(person.name or "")
            ):
                person = contact  # the named interviewer is the recruiter we already know
            add(person)
    if invite is None:
        for person in copied_and_named(ctx, contact):
            if all(p.email != person.email for p in people):
                add(person)
        if not people and (copied := _the_one_copied(ctx, contact)) is not None:
            add(copied)
    if people and invite is None and contact is not None and _writer_joins(ctx, contact):
        add(contact)
    if not people and contact is not None and contact.name and _SCREEN_CALL.search(ctx.judged[:20000]):
        # A recruiter's phone screen: the recruiter named in the text is the one you talk to.
        first = contact.name.split()[0]
        for call in _WILL_CALL.finditer(ctx.judged[:20000]):
            sentence = ctx.judged[max(0, call.start() - 80) : call.start()]
            if first in sentence.split(".")[-1]:
                add(contact)
                break
    if not people and contact is not None and _FIRST_PERSON.search(ctx.judged[:20000]) and _wrote(ctx, contact):
        add(contact)
    if not people and contact is not None and ctx.message.sender is not None:
        # The writer signs with a title of someone who holds interviews (engineering director,
        # hiring manager, design lead), names nobody else to meet and speaks of no other
        # title-holder ("the hiring manager is travelling"): the owner meets the writer.
        writer = ctx.message.sender
        if (
            _wrote(ctx, contact)
            and not _is_team_mailbox(writer)
            and _signs_as_interviewer(ctx)
            and not _OTHER_HOLDER.search(ctx.judged[:20000])
        ):
            add(contact)
    return people[:12]


def _writer_joins(ctx: Context, contact: Person) -> bool:
    """Whether the writer, who does not sign as one who arranges, says they are among those met."""
    if not _wrote(ctx, contact) or _WRITER_JOINS.search(ctx.judged[:20000]) is None:
        return False
    return not _signs_as_arranger(ctx)


def _signs_as_arranger(ctx: Context) -> bool:
    """Whether the writer's name or sign-off gives a title of one who arranges (recruiting coordinator)."""
    tail = " ".join(ctx.body[:20000].rstrip().splitlines()[-4:])
    shown = ctx.message.sender.name or "" if ctx.message.sender else ""
    return ARRANGER.search(tail) is not None or ARRANGER.search(shown) is not None


_COPIED = re.compile(r"\b(?:cc['’]?d|copied|looped in|in copy|en copie|in Kopie|en copia)\b", FLAGS)


def _the_one_copied(ctx: Context, contact: Person | None) -> Person | None:
    """The one colleague on Cc when the text says it copied someone without naming them ("I've
    copied our CTO, who will run the session"), unless that sentence is about arranging."""
    text = ctx.judged[:20000]
    said = [m for m in _COPIED.finditer(text)]
    if not said or any(ARRANGER.search(_sentence(text, m.start())) for m in said):
        return None
    sender = (ctx.message.sender.email or "").lower() if ctx.message.sender else ""
    copied = [
        p for p in ctx.message.cc
        if is_person(ctx, p) and (p.email or "").lower() not in {sender, contact.email if contact else ""}
        and not _is_team_mailbox(p)
    ]  # fmt: skip
    if len(copied) != 1:
        return None
    return Person(name=copied[0].name or _name_from_local(copied[0].email or ""), email=(copied[0].email or "").lower())


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find(". ", at)
    return text[start : end if end >= 0 else len(text)]


def _wrote(ctx: Context, person: Person) -> bool:
    """Whether `person` wrote the mail: its sender, or the human a system sent it for ("Jane Doe
    <no-reply@hire.lever.co>", Reply-To "Jane Doe <jane.doe@x>")."""
    sender = ctx.message.sender
    if sender is None or not person.email:
        return False
    if (sender.email or "").lower() == person.email:
        return True
    return (
        is_robot_address(sender.email)
        and bool(sender.name and person.name)
        and squash(sender.name or "") == squash(person.name or "")
        and any((p.email or "").lower() == person.email for p in ctx.message.reply_to)
    )


# Someone else who holds the interview, spoken of by title: "the hiring manager", "unser CTO".
_OTHER_HOLDER = re.compile(
    r"\b(?:the|our|my|their|unser\w*|notre|nos|nuestr[oa]s?|el|la|le|der|die)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:manager|direct(?:or|ora|rice|eur)|lead|head|cto|ceo|vp|founder|engineers?|interviewers?|panel)\b",
    FLAGS,
)


def _signs_as_interviewer(ctx: Context) -> bool:
    """Whether the writer's signature gives a title of someone who holds interviews, not arranges them."""
    writer = ctx.message.sender
    shown = (writer.name or "") if writer else ""
    if not shown.split() or ARRANGER.search(shown) or company_from_display_name(shown) != shown:
        return False
    first = shown.split()[0]
    tail = ctx.body[:20000].rstrip().splitlines()[-10:]
    for index, line in enumerate(tail):
        if re.match(rf"\s*[-–—]*\s*{re.escape(first)}\b", line):
            near = " ".join(tail[index : index + 3])
            return TITLE_WORDS.search(near) is not None and ARRANGER.search(near) is None
    return False
