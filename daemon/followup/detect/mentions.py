"""Pure: whom the text of a job mail says the owner meets — names written after "you'll meet",
"Interviewers:", "with me and", in schedules and lists, resolved to addresses through the message's
directory (`names`).

Must not: choose the contact, read calendar attendees (that is `people`), decide the mail's kind.
"""

from __future__ import annotations

import re

from followup.addresses import is_robot_address
from followup.detect.names import EMAIL as _EMAIL
from followup.detect.names import (
    ARRANGER,
    HONORIFICS,
    N2,
    NAME,
    ORG_WORD,
    PERSON_NAME,
    TITLE_WORDS,
    WRITER,
    Directory,
    address_fits,
    is_person,
    names_a_system,
    structured_names,
)
from followup.detect.text import DATE_WORD, FLAGS, STOP_WORDS, Context, reflow, squash
from followup.model import Person

_INTERVIEWER_LINE = re.compile(
    r"\b(?:panel\b[^:\n.]{0,60}(?=:)|interviewers?|interviewed by|panel(?:ists)?|"
    r"you(?:['’]ll| will) (?:be )?(?:meet(?:ing)?|"
    r"speak(?:ing)?|talk(?:ing)?|chat(?:ting)?)(?: with| to)?|"
    r"(?:meet|speak|chat|talk|meeting|call|session|screen|chatting|speaking|"
    r"talking) with|interview with|avec|Gesprächspartner(?:in)?|"
    r"Ihre Gesprächspartner|mit|con|entrevistador(?:es|a)?|vous rencontrerez|"
    r"Sie treffen|Sie lernen|conocerás a|estarás con|estarán|participarán|"
    r"hosted by|conducted by|led by|host|who|with)\b(?:\(s\))?"  # "Interviewer(s):"
    r"\s*[:|]?\s*(?:(?:are|is|will be|sind|ist|seront|serán|son)\s+)?",
    FLAGS,
)

_HONORIFIC = re.compile(rf"\b{HONORIFICS}\.?\s+(?=[A-ZÀ-ÞĀ-ɏḀ-ỿ])")

_TITLE_BEFORE_NAME = re.compile(r"^(?:(?:our|my|the|your|their)\s+)(?:[a-z][\w-]*\s+){1,4}(?=[A-ZÀ-ÞĀ-ɏḀ-ỿ])")
# A list item naming someone: "Renata Ilves, Principal — renata@…", "- Paul Adeyemi (Associate)".
_LISTED_PERSON = re.compile(
    r"^\s*(?:[-•*·]\s*)?[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+\s+[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+\s*[,—–(|-]"
)
# Other ways a text names whom you meet: an agenda line "10:00 - 10:45 Jane Doe (Manager)", and
# "Jane Doe (Engineering Manager) will be joining".
# A single start time needs a separator before the name ("1:00 PM | Jin Park"), unlike a range.
_AGENDA_PERSON = re.compile(
    r"^\s*\d{1,2}[:.]\d\d\s*(?i:[ap]\.?m\.?)?\s*(?:[-–—]\s*\d{1,2}[:.]\d\d\s*(?i:[ap]\.?m\.?)?\s*[:|-]?|[:|–—-])\s*"
    r"(?P<n>[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+\s+[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+)\s*(?:[,(|—–-]|$)",
    re.MULTILINE,
)
# "Michael Bolton and Samir N. will interview you"; "Meet Michael Bolton, our VP of Engineering."
_WILL_INTERVIEW = re.compile(
    rf"(?P<n>{N2}(?:\s*\([^)\n]{{1,60}}\))?(?:(?:,\s*|\s+and\s+|\s*&\s*){N2}(?:\s*\([^)\n]{{1,60}}\))?){{0,3}})"
    r"(?:\s+from (?:the|our) [\w -]{1,30}?(?:team|group|department))?"
    r"\s+will (?:also )?(?:be )?(?:interview(?:ing)? you|your (?:interviewers?|panel)|meet(?:ing)? (?:with )?you|"
    r"speak(?:ing)? with you|join(?:ing)?(?: you| us| the (?:call|interview|session))?)\b"
)
# "Ana (ana@x) will be your interviewer", "I've cc'd Ana Lima, who will be interviewing you".
_ADDRESSED_LEADS = re.compile(
    r"\b(?P<f>[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+(?:\s+[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+)?)\s*\((?P<e>[^()\s@]+@[^()\s]+)\)"
    r"\s+will (?:also )?(?:be )?(?:your interviewer|interview(?:ing)? you|join(?:ing)?|meet(?:ing)? you)\b"
)
_CCD_WHO = re.compile(
    rf"\b(?:[Cc][Cc]['’]?d|copied|looped in|included)\s+(?P<n>{N2}),?"
    r"\s+who (?:will|is going to|'ll) (?:also )?(?:be )?(?:interview(?:ing)? you|your interviewer|join(?:ing)?|"
    r"meet(?:ing)? you|lead(?:ing)? the (?:interview|session|call))\b"
)
# "Meet Michael Bolton, our VP", "for you to meet Dana Whitlock, our VP of Engineering".
_MEET_NAME = re.compile(rf"(?:(?:^|[.!]\s+)Meet|\bmeet(?: with)?) (?P<n>{N2})\b", re.MULTILINE)
_JOINING = re.compile(
    r"\b(?P<n>[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+\s+[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+)(?:\s*\([^)\n]{2,60}\))?"
    r"(?:,\s*(?:our|my|the|who|a|an)\b[^,.\n]{2,50},)?\s+will (?:also )?(?:be )?"
    r"(?:joining|interview(?:ing)? you|conducting|(?:leading|running|hosting|taking|doing) (?:the|your|this) "
    r"(?:interview|session|call|screen|conversation))\b"
    r"(?:[^.\n]{0,40}?\b(?:along|together) with "
    r"(?P<m>[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+\s+[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+))?"
)
# A first name leading the interview, the whole name and address on Cc or To: "Devon (cc'd) will be
# running the session", "Kim will be leading the technical interview; I've copied her".
_COPIED_LEADS = re.compile(
    r"\b(?P<f>[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+)(?:\s*\((?:cc['’]?d|cc|copied|in copy|en copie)\))?"
    r"(?:,\s*[^,.\n]{2,50},)?\s+(?:will|is going to|is|'ll)\s+(?:also )?(?:be )?"
    r"(?:joining|interview(?:ing)? you|conduct(?:ing)?|"
    r"(?:lead(?:ing)?|run(?:ning)?|host(?:ing)?|tak(?:e|ing)|do(?:ing)?) "
    r"(?:the|your|this) (?:[a-z-]+ )?(?:interview|session|call|screen|conversation)|your interviewer)\b",
    FLAGS,
)
# The name after the verb: "Joining me will be Kim Novak", "Joining us on the call will be A and B".
_JOINED_BY = re.compile(
    rf"\bJoining (?P<w>me|us)\b[^.\n]{{0,30}}? will be (?:(?:my|our) (?:[a-z-]+ ){{0,3}})?"
    rf"(?P<n>{N2}(?:\s*\([^)\n]{{1,60}}\))?"
    rf"(?:(?:,\s*|\s+and\s+|\s*&\s*){N2}(?:\s*\([^)\n]{{1,60}}\))?){{0,3}})"
)
# Whose absence moves or cancels the interview is whom the owner was to meet: "Dr. Amelia Stone is
# no longer available", "Sam can't do Tuesday anymore", "Felix has a conflict", "Kenji's train is late".
_AWAY = re.compile(
    rf"\b(?P<n>{N2}|{NAME})"
    r"(?:\s+(?:is|was|has been|['’]s)\s+(?:no longer available|not available|unavailable|unwell|ill|sick|out sick|"
    r"away|travell?ing|out of (?:the )?office|on leave|delayed|called (?:away|into [a-z]+))\b"
    r"|\s+(?:can(?:no|['’])t|cannot|won['’]t be able to|is unable to)\s+(?:make|do|join|attend)\b"
    r"|\s+has\s+(?:a|an)\s+(?:conflict|emergency|clash)\b"
    r"|['’]s\s+(?:train|flight|plane|bus|ferry)\s+(?:is|was|has been|gets|got|arrives|lands|runs)\b)"
)
# The writer paired with someone: "It'll be me and our head of design, Ravi Menon", "Elin Svensson
# and myself" — both are whom the owner meets.
_WITH_WRITER = re.compile(
    rf"\b(?:me|myself)\s+(?:and|&)\s+(?:(?:our|my)\s+[^,.\n]{{2,40}},\s+)?(?P<n>{PERSON_NAME.pattern})"
    rf"|(?<![\w-])(?P<m>{PERSON_NAME.pattern})\s+(?:and|&)\s+(?:me|myself)\b"
)
# A sentence that asks the owner to write to people names contacts, not the panel.
_WRITE_TO = re.compile(r"\b(?:question|reach|contact|e-?mail|write|reply|copied|cc)", FLAGS)
_SUBJECT_WITH = re.compile(r"\b(?:interview|call|chat|meeting) with (?P<f>[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ'’-]+)\s*$")
# "Interview with Dana Ruiz - Thu Dec 10, 1:00 PM ET": a whole name the subject says the meeting is with.
_SUBJECT_WITH_NAME = re.compile(
    rf"(?i:\b(?:interview|call|chat|meeting|screen)\s+(?:with|mit|avec|con))\s+(?P<n>{PERSON_NAME.pattern})"
    r"(?=\s*(?:$|[-–—|(,:/]))"
)
_WRAPPED = re.compile(r"[ \t]*\n[ \t]*(?=[^\s\-•*·])")
_BRACKETED = re.compile(r"\([^()\n]{1,80}\)")
_WRAPPED_BRACKET = re.compile(r"\(([^()\n]{1,60})[ \t]*\n[ \t]*([^()\n]{1,60}\))")
_HIDDEN = {",": "\x00", "&": "\x01", " and ": "\x02", " et ": "\x03", " und ": "\x04", " y ": "\x05", ";": "\x06"}


def _hide_separators(text: str) -> str:
    for shown, hidden in _HIDDEN.items():
        text = text.replace(shown, hidden)
    return text


def _show_separators(text: str) -> str:
    for shown, hidden in _HIDDEN.items():
        text = text.replace(hidden, shown)
    return text


_FILLER = re.compile(r"^(?:then|also|finally|later|afterwards|next|plus|as well as|puis|dann|luego)\s+", FLAGS)


def _may_be_new_person(name: str, not_them: set[str], found: list[Person]) -> bool:
    """Whether a name-shaped phrase can be someone the owner meets, not yet in `found`: not a date,
    a title, a firm, a mail or meeting system, the owner or the forwarder."""
    return not (
        DATE_WORD.match(name.split()[0])
        or name.split()[0].lower() in STOP_WORDS
        or TITLE_WORDS.search(name)
        or ORG_WORD.search(name)
        or names_a_system(name)
        or squash(name) in not_them
        or any(squash(p.name or "") == squash(name) for p in found)
    )


def _subject_name(ctx: Context, not_them: set[str], found: list[Person]) -> str | None:
    """The whole name of the one the subject says the meeting is with, unless it is the owner's or
    the firm's (its word in the sender's domain)."""
    m = _SUBJECT_WITH_NAME.search(ctx.subject)
    if m is None or not _may_be_new_person(m.group("n"), not_them, found):
        return None
    name = m.group("n")
    domain = (ctx.message.sender.email or "").lower().split("@")[-1] if ctx.message.sender else ""
    if any(address_fits(name, email) for email in ctx.selves) or any(
        len(word) > 3 and word.lower() in domain for word in name.split()
    ):
        return None
    return name


def _column_below(body: str, start: int, end: int) -> str | None:
    """When the label is one cell of a table's header row ("Interviewer | Focus | Length": its first
    row, naming nobody), the cells under it in the rows that follow, one a line; else None."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", start)
    header = body[line_start : line_end if line_end >= 0 else len(body)]
    above = [row for row in body[:line_start].split("\n") if row.strip()][-1:]
    if "|" not in header or (above and above[0].count("|") == header.count("|")):
        return None  # "Date | Tuesday" then "With | Jana Petersen": rows of key and value, no header
    cells = [c.strip() for c in header.split("|")]
    if any(PERSON_NAME.match(c) for c in cells):
        return None
    label = body[start:end].strip(" :|\t").lower()
    column = next((i for i, c in enumerate(cells) if c.lower() == label), None)
    if column is None:
        return None
    below: list[str] = []
    for row in body[line_start + len(header) :].split("\n"):
        if not row.strip():
            continue
        if row.count("|") != header.count("|"):
            break
        below.append(row.split("|")[column].strip())
    return "\n".join(below) if below else None


def _is_first_name(word: str) -> bool:
    """Whether a lone capitalised word can be a first name (not a day, a month, a title or a firm)."""
    return not (
        DATE_WORD.match(word) or word.lower() in STOP_WORDS or TITLE_WORDS.search(word) or ORG_WORD.search(word)
    )


def _copied_by_first_name(people: Directory, part: str) -> Person | None:
    """The one person the message gives an address for whose first name is all `part` says."""
    # "Kim", "Kim from data", "Kim (both cc'd) for an hour", "Ana and Felix to Friday".
    after = r"(?:\s*\([^()\n]{1,30}\))?(?:\s+(?:from|of|on|at|in|who|for|to|will|is|are)\b|\s*$)"
    first = re.match(rf"{NAME}\.?(?={after})", part.strip())
    if first is None:
        return None
    email = people.resolve(first.group(0).rstrip("."))
    return Person(name=people.full_name(email) or first.group(0), email=email) if email else None


def _address_for(ctx: Context, name: str, near: str, people: Directory) -> str | None:
    """The address of someone named in the text: written next to the name, else anywhere in the message."""
    written = _EMAIL.search(near)
    email: str | None = written.group(1).lower() if written else None
    if email is not None and not address_fits(name, email) and people.full_name(email) != name:
        email = None  # "Jane Doe, Engineer (recruiting@x for questions)": not hers
    if email is None:
        email = people.resolve(name)  # "Raj Patel (cc'd)": the address is in Cc
    if email and (email in ctx.selves or is_robot_address(email)):
        return None
    return email


def copied_and_named(ctx: Context, contact: Person | None) -> list[Person]:
    """Colleagues on Cc or To whom the text names: in an interview mail, people the owner meets."""
    body = ctx.body[:20000]
    sender = (ctx.message.sender.email or "").lower() if ctx.message.sender else ""
    found: list[Person] = []
    for person in (*ctx.message.cc, *ctx.message.to):
        email = (person.email or "").lower()
        if not email or email in ctx.selves or is_robot_address(email) or email in {sender, contact and contact.email}:
            continue
        shown = _HONORIFIC.sub("", (person.name or "").strip(" \"'"))
        if PERSON_NAME.fullmatch(shown) and not TITLE_WORDS.search(shown) and not ORG_WORD.search(shown):
            names = [shown.split()[0]]  # the first name covers the full one
        else:
            names = [m.group(0) for m in PERSON_NAME.finditer(body) if address_fits(m.group(0), email)]
        if any(re.search(rf"(?<![\w@.]){re.escape(name)}\b(?![@.]\w)", body) for name in names):
            found.append(Person(name=shown if " " in shown else (names[0] if names else None), email=email))
    return found


def named_interviewers(ctx: Context, people: Directory) -> list[Person]:
    """Interviewers named in the body: 'Interviewers: Jane Doe (EM), Raj Patel', 'you'll meet Jane Doe'."""
    body = _HONORIFIC.sub("", ctx.body[:20000])
    about = _SUBJECT_WITH.search(ctx.subject)
    # "New date for your interview with Martin", Martin Osei on Cc.
    from_subject = _copied_by_first_name(people, about.group("f")) if about is not None else None
    # The owner's name is no interviewer; a colleague on To beside the owner may be ("you will meet Eva").
    to = ctx.message.to
    owners = [p for p in to if len(to) == 1 or (p.email or "").lower() in ctx.selves or not p.email]
    not_them = {squash(p.name or "") for p in (*owners, ctx.message.envelope_sender) if p and p.name}
    labelled: list[Person] = []
    bare: list[Person] = []
    any_list = False
    for m in _INTERVIEWER_LINE.finditer(body):
        label = " ".join(m.group(0).split()).lower().rstrip(": |")
        segment = body[m.end() : m.end() + 400]
        # A label heads a list when the names follow it after a colon, a bar or a line break, not
        # when a sentence goes on ("your panel with Ana and Felix").
        rest = segment.split("\n", 1)[0].strip()  # "will be:", "sind:", or nothing
        headed = m.group(0).rstrip(" \t").endswith((":", "|", "\n")) or (len(rest) < 20 and rest[-1:] in {"", ":", "|"})
        is_list = (headed and label in {
            "interviewers", "interviewer", "panel", "panelists", "gesprächspartner", "ihre gesprächspartner",
            "entrevistadores", "entrevistador", "entrevistadora", "who", "host", "hosted by",
        }) or m.group(0).rstrip().endswith((":", "|"))  # fmt: skip
        column = _column_below(body, m.start(), m.end()) if is_list else None
        if column is not None:
            block = column  # "Interviewer | Focus | Length": the names are the cells below the label
        elif is_list:
            # A list: the rest of the line, or the following bullet lines.
            block_lines: list[str] = []
            blanks = 0
            # "Interviewer: Helena Voss" names one person; the name below it is a signature.
            single = label.split(":")[0].strip() in {"interviewer", "entrevistador", "entrevistadora", "host"}
            for i, line in enumerate(segment.split("\n")):
                if single and any(b.strip(" |") for b in block_lines):
                    break
                if i > 0 and not line.strip():
                    blanks += 1  # lists spaced with blank lines (HTML paragraphs) go on after one
                    if blanks > 1:
                        break
                    continue
                if i > 0 and not re.match(r"^\s*(?:[-•*·]|\d[.)])?\s*[A-ZÀ-ÞĀ-ɏḀ-ỿ]", line):
                    break
                if blanks and not _LISTED_PERSON.match(line):
                    break
                blanks = 0
                block_lines.append(line)
            block = "\n".join(block_lines)
        else:
            # A bracket wrapped over two lines ("(Teamleiter\nEntwicklung)") still holds one title.
            segment = _WRAPPED_BRACKET.sub(r"(\1 \2", segment)
            block = re.split(r"\.(?=\s|$)|[;:\n]", reflow(segment), maxsplit=1)[0]  # not the dots of an address
            # "with our VP of Engineering, Carlos Ruiz" / "con nuestro CTO, Javier Ortega": skip the title.
            block = re.sub(
                r"^(?:our|my|the|your|notre|nuestro|nuestra|unserem|unserer|unseren)\s+[^,]{2,40},\s*",
                "",
                block,
                flags=re.I,
            )
        any_list = any_list or is_list
        target = bare if label == "with" else labelled
        # What a bracket holds is about the name before it ("Aisha Khan (Product Manager, Data
        # Platform)"): its commas and "and"s separate no people.
        block = _BRACKETED.sub(lambda b: _hide_separators(b.group(0)), block)
        parts = re.split(
            r",\s*(?=[A-ZÀ-ÞĀ-ɏḀ-ỿ][a-zà-ÿĀ-ɏḀ-ỿ]+\s+[A-ZÀ-ÞĀ-ɏḀ-ỿ])|,?\s*\band\b|\bet\b|\bund\b|\by\b|\n|;|&|"
            r"\s[-–—|]\s",
            block,
        )
        parts = [_show_separators(p) for p in parts]
        for index, part in enumerate(parts):
            part = re.sub(r"^\d{1,2}[.)]\s*", "", part.strip(" ,-•*·|\t"))  # "1. Jane Doe"
            if re.fullmatch(
                r"(?:me|myself|moi|mir|mí|mi|yo|ich)(?:\s+(?:is|are|will|on|at|for)\b.*)?", part.lower().rstrip(".!")
            ):
                # "speaking with me and Raj Patel": the writer is an interviewer too.
                writer = ctx.message.sender
                if (
                    writer is not None and writer.name and writer.email
                    and not is_robot_address(writer.email) and writer.email.lower() not in ctx.selves
                    and all(squash(p.name or "") != squash(writer.name) for p in target)
                ):  # fmt: skip
                    target.append(Person(name=writer.name, email=writer.email.lower()))
                continue
            part = _FILLER.sub("", part)  # "then Sophie Barnes", "also Raj Patel"
            part = _TITLE_BEFORE_NAME.sub("", part)  # "our lead designer Tom Fairweather"
            nm = PERSON_NAME.match(part)
            if not nm and (copied := _copied_by_first_name(people, part)) is not None:
                # "You'll meet Jane and Raj" with Jane Doe and Raj Patel in Cc.
                if all(squash(p.name or "") != squash(copied.name or "") for p in target):
                    target.append(copied)
                continue
            lone = re.fullmatch(rf"{NAME}\.?", part)
            if not nm and lone is not None and len(parts) > 1 and _is_first_name(lone.group(0).rstrip(".")):
                # "you'll still speak with Tomás and me": a first name alone, listed with others.
                if all(squash(p.name or "") != squash(lone.group(0)) for p in target):
                    target.append(Person(name=lone.group(0).rstrip("."), email=None))
                continue
            if not nm:
                if index == 0 and label != "with" and not is_list:
                    break  # "speak with you", "meet with our team": no name follows
                continue
            name = nm.group(0)
            if not _may_be_new_person(name, not_them, []):
                continue
            email = _address_for(ctx, name, part, people)
            if all(squash(p.name or "") != squash(name) for p in target):
                target.append(Person(name=name, email=email))
            if not is_list:
                # "with Jane Doe and Raj Patel" continues; "with Jane Doe, our CTO" stops.
                continue
    # Sentences hard-wrapped by the mailer ("will be running the\nsession") read as one line.
    flat = _WRAPPED.sub(" ", body) if "\n" in body else body
    # A first name resolves only to someone else on Cc/To: without one there is nothing to look for.
    others = any(p.email and p.email.lower() not in ctx.selves for p in (*ctx.message.cc, *ctx.message.to))
    for found in _COPIED_LEADS.finditer(flat) if others else ():
        copied = _copied_by_first_name(people, found.group("f"))
        if copied is not None and all(squash(p.name or "") != squash(copied.name or "") for p in labelled):
            labelled.append(copied)
    for found in _ADDRESSED_LEADS.finditer(flat):
        email = found.group("e").strip(".").lower()
        if email not in ctx.selves and not is_robot_address(email) and all(p.email != email for p in labelled):
            labelled.append(Person(name=found.group("f") if " " in found.group("f") else None, email=email))
    if "Joining" in flat:
        for found in _JOINED_BY.finditer(flat):
            writer = ctx.message.sender
            if found.group("w") == "me" and writer is not None and is_person(ctx, writer) and writer.email:
                labelled.append(Person(name=writer.name, email=writer.email.lower()))
    for name in structured_names(body):
        if name == WRITER:
            writer = ctx.message.sender
            if writer is not None and is_person(ctx, writer) and all(p.email != writer.email for p in labelled):
                labelled.append(Person(name=writer.name, email=(writer.email or "").lower()))
            continue
        # "Confirming Thursday, ..." is a sentence, not a name on a line: no word of it is a date's.
        if not any(DATE_WORD.match(word) for word in name.split()) and _may_be_new_person(name, not_them, labelled):
            at = body.find(name)
            labelled.append(Person(name=name, email=_address_for(ctx, name, body[at : at + len(name) + 60], people)))
    for pattern, text in (
        (_AGENDA_PERSON, body), (_JOINING, flat), (_WILL_INTERVIEW, flat), (_MEET_NAME, body), (_CCD_WHO, flat),
        (_JOINED_BY, flat),
    ):  # fmt: skip
        for found in pattern.finditer(text):
            if pattern is _AGENDA_PERSON and ARRANGER.search(text[found.end() : text.find("\n", found.end())]):
                continue  # "11:30 Omar Farouk, Recruiting Coordinator": arranges, does not interview
            also = found.group("m") if "m" in found.re.groupindex else None
            named = found.group("n") + (f" and {also}" if also else "")
            for name in re.findall(N2, named):
                at = text.find(name, found.start())
                near = text[at : at + len(name) + 60]  # the address written right after this name
                if _may_be_new_person(name, not_them, labelled):
                    labelled.append(Person(name=name, email=_address_for(ctx, name, near, people)))
    for found in _WITH_WRITER.finditer(flat):
        start = max(flat.rfind(".", 0, found.start()), flat.rfind("\n", 0, found.start())) + 1
        end = flat.find(".", found.end())
        if _WRITE_TO.search(flat[start : end if end > 0 else len(flat)]):
            continue  # "reach out to me and Sarah Lee with questions"
        name = found.group("n") or found.group("m")
        writer = ctx.message.sender
        if _may_be_new_person(name, not_them, labelled):
            near = flat[flat.find(name, found.start()) :][: len(name) + 60]
            labelled.append(Person(name=name, email=_address_for(ctx, name, near, people)))
        if (
            writer is not None
            and is_person(ctx, writer)
            and all(p.email != (writer.email or "").lower() for p in labelled)
        ):
            labelled.append(Person(name=writer.name, email=(writer.email or "").lower()))
    for found in _AWAY.finditer(flat):
        name = found.group("n")
        if " " in name and len(name.split()[0]) >= 9 and name.split()[0].endswith("ly"):
            name = name.split()[-1]  # "Unfortunately Daniel is out sick": an adverb opens the sentence
        if " " in name:
            if _may_be_new_person(name, not_them, labelled):
                near = flat[found.start() : found.start() + len(name) + 60]
                labelled.append(Person(name=name, email=_address_for(ctx, name, near, people)))
        elif _is_first_name(name) and not any((p.name or "").split()[:1] == [name] for p in labelled):
            # A first name alone counts only when the message says who it is ("Jane has a conflict"
            # may be anyone at the company).
            copied = _copied_by_first_name(people, name)
            if copied is not None and all(p.email != copied.email for p in labelled):
                labelled.append(copied)
    if from_subject is not None and all(p.email != from_subject.email for p in labelled):
        labelled.insert(0, from_subject)
    if from_subject is None and (whole := _subject_name(ctx, not_them, labelled)) is not None:
        labelled.insert(0, Person(name=whole, email=_address_for(ctx, whole, whole, people)))
    if any_list or not labelled:
        return (labelled or bare)[:8]
    # "chat with Ruth Akers" plus a schedule of "Coding with Ines Duarte" lines: all of them, in text order.
    merged = [*labelled, *(b for b in bare if all(squash(b.name or "") != squash(p.name or "") for p in labelled))]
    merged.sort(key=lambda p: body.find(p.name or "") % (len(body) + 1))
    return merged[:8]
