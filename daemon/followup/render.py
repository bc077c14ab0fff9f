"""Render follow-ups: template text → subject and body → an RFC 5322 message, threaded.

Owns the template format (YAML front matter with `subject` and `thread`, then a Jinja2 body),
the sandboxed Jinja2 environment (strict undefined variables), the variables a template sees
(`RenderContext`, DESIGN §5), the recipient's first name, and the building of the outgoing
text/plain UTF-8 message (From, To, Date, Message-ID, Subject, In-Reply-To, References).

Pure: the caller reads the template file and passes its text and name; time comes in as the
`date` argument. No I/O, no clock, no environment. Everything taken from incoming mail (names,
subjects, companies, Message-IDs) is neutralised before it reaches a header: control characters
(CR and LF included) become spaces, so no header can be injected.

Template variables (what `{{ ... }}` can use):
    owner.name, owner.email, owner.signature
    recipient.name (display name, or none), recipient.first_name, recipient.email
    company, role                       (none when unknown)
    interview.start, interview.end      (datetimes in the owner's zone; end may be none)
    interview.timezone                  (the zone named by the invitation, else the owner's)
    interview.location, interview.meeting_url
    interview.day      "Tuesday, December 8"       interview.weekday  "Tuesday"
    interview.date     "December 8, 2026"          interview.time     "3:00 PM"
    interview.end_time "3:45 PM" (or none)         interview.zone     "EST" (owner's zone)
    questions          list of strings (added with `followup ask`)
    original.subject, original.date (datetime), original.day "Monday, November 30"

`interview` is none for follow-ups about an application. Printing a value that is none is an
error (never a message reading "None" or "Dear ,"): guard it with `{% if company %}...{% endif %}`
or give a default with `{{ company or "your team" }}`.

`recipient.first_name` comes from the display name ("Doe, Jane" → "Jane", "Dr. Jane Doe" →
"Jane", "JANE DOE" → "Jane"); when no usable name is known (no display name, an address only,
a team name such as "Acme Recruiting") it is "there", so "Hi {{ recipient.first_name }}," reads
"Hi there,". A title with a surname only keeps the title: "Dr. Smith".
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from types import TracebackType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2
import jinja2.meta as jinja2_meta
import jinja2.nodes as jinja2_nodes
import pydantic
from email_validator import EmailNotValidError, validate_email
from jinja2.sandbox import SandboxedEnvironment
from pydantic import Field

from followup.errors import ConfigError, PermanentSendError, Problem
from followup.model import InterviewTime, Original, Person
from followup.spec import Frozen, problems_from_validation
from followup.yamlpos import load_yaml

FALLBACK_FIRST_NAME = "there"

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class FrontMatter(Frozen):
    """The YAML block at the top of a template."""

    subject: str = Field(description="Subject used when not threading (or no original subject is known).")
    thread: bool = Field(
        False, description="Answer in the original conversation: 'Re:' subject, In-Reply-To, References."
    )


class _UnknownValueError(jinja2.TemplateRuntimeError):
    """A template printed a variable whose value is none for this follow-up."""


def _finalize(value: object) -> object:
    # Printing None would put "None" (or an empty gap, "Dear ,") into a note a human reads.
    if value is None:
        raise _UnknownValueError(
            "prints a value that is unknown for this follow-up; guard it with {% if ... %} "
            "or give a default with {{ x or '...' }}"
        )
    return value


_ENV = SandboxedEnvironment(
    undefined=jinja2.StrictUndefined,
    autoescape=False,
    keep_trailing_newline=True,
    finalize=_finalize,
)


@dataclass(frozen=True)
class Template:
    """A loaded, compiled template; `body_line` is the file line the body starts on (1-based)."""

    source: str
    subject: str
    thread: bool
    body: str
    subject_line: int
    body_line: int
    _subject: jinja2.Template = field(repr=False, compare=False)
    _body: jinja2.Template = field(repr=False, compare=False)


@dataclass(frozen=True)
class OwnerVars:
    """`owner` in a template."""

    name: str
    email: str
    signature: str = ""


@dataclass(frozen=True)
class RecipientVars:
    """`recipient` in a template."""

    name: str | None
    first_name: str
    email: str


@dataclass(frozen=True)
class InterviewVars:
    """`interview` in a template: instants in the owner's zone plus friendly strings."""

    start: datetime
    end: datetime | None
    timezone: str | None
    location: str | None
    meeting_url: str | None
    day: str
    weekday: str
    date: str
    time: str
    end_time: str | None
    zone: str


@dataclass(frozen=True)
class OriginalVars:
    """`original` in a template: the message the follow-up answers."""

    subject: str | None
    date: datetime | None
    day: str | None


@dataclass(frozen=True)
class RenderContext:
    """Every variable a template can use (DESIGN §5)."""

    owner: OwnerVars
    recipient: RecipientVars
    company: str | None = None
    role: str | None = None
    interview: InterviewVars | None = None
    questions: tuple[str, ...] = ()
    original: OriginalVars = OriginalVars(None, None, None)

    def variables(self) -> dict[str, object]:
        """Return the mapping handed to Jinja2."""
        return {
            "owner": self.owner,
            "recipient": self.recipient,
            "company": self.company,
            "role": self.role,
            "interview": self.interview,
            "questions": list(self.questions),
            "original": self.original,
        }


@dataclass(frozen=True)
class RenderedMessage:
    """An outgoing message: the envelope, the text shown to the owner, and the bytes to send."""

    message_id: str
    from_addr: str
    to: tuple[str, ...]
    subject: str
    body: str
    data: bytes


# ---------------------------------------------------------------------------------------------
# Neutralising text from mail


def clean_line(text: str | None) -> str:
    """Return `text` on one line: control and line-separator characters become spaces."""
    if not text:
        return ""
    out = []
    for ch in text:
        # Cc covers CR, LF, NUL, DEL, NEL; Zl/Zp are U+2028/U+2029; Cf includes bidi overrides
        # that can disguise a header. Any of them in a header is an injection or a spoof.
        out.append(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch)
    return " ".join("".join(out).split())


def _clean_optional(text: str | None) -> str | None:
    cleaned = clean_line(text)
    return cleaned or None


def end_with_one_newline(text: str) -> str:
    """The text with trailing blank lines and spaces dropped, ending in exactly one newline.

    A template's last line, a signature ending in a newline and a file's final newline would
    otherwise stack into blank lines at the foot of every note.
    """
    return text.rstrip() + "\n"


def clean_body(text: str) -> str:
    """Normalise line ends to LF and drop control characters other than tab and newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Zl", "Zp")
        else ("\n" if unicodedata.category(ch) in ("Zl", "Zp") else " ")
        for ch in text
    )


# ---------------------------------------------------------------------------------------------
# First names

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
}  # fmt: skip
_QUOTES = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb"


def _bare(token: str) -> str:
    return token.strip(".,").lower()


def _tidy_case(token: str) -> str:
    # "JANE" and "jane" become "Jane"; "McDonald", "DeShawn" and "Mary-Jane" are left alone.
    if (token.isupper() and len(token) > 1) or token.islower():
        return "-".join(part[:1].upper() + part[1:].lower() for part in token.split("-"))
    return token


def first_name(display_name: str | None, email: str | None = None) -> str:
    """Return the name to greet someone by, or "there" when no person's name is known.

    `email` is accepted for callers that have only an address; an address alone never yields
    a name (guessing "Jdoe" from jdoe@ is worse than "Hi there").
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


# ---------------------------------------------------------------------------------------------
# Friendly times


def _clock(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def _day(moment: datetime) -> str:
    return f"{_WEEKDAYS[moment.weekday()]}, {_MONTHS[moment.month - 1]} {moment.day}"


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError([Problem("owner.timezone", 0, 0, "", f"unknown time zone '{name}'")]) from None


def interview_vars(time: InterviewTime, owner_zone: str) -> InterviewVars:
    """Express an interview's time in the owner's zone, with friendly strings."""
    zone = _zone(owner_zone)
    start = time.start.astimezone(zone)
    end = time.end.astimezone(zone) if time.end else None
    return InterviewVars(
        start=start,
        end=end,
        timezone=time.timezone or owner_zone,
        location=_clean_optional(time.location),
        meeting_url=_clean_optional(time.meeting_url),
        day=_day(start),
        weekday=_WEEKDAYS[start.weekday()],
        date=f"{_MONTHS[start.month - 1]} {start.day}, {start.year}",
        time=_clock(start),
        end_time=_clock(end) if end else None,
        zone=start.tzname() or owner_zone,
    )


def build_context(
    *,
    owner_name: str,
    owner_email: str,
    owner_signature: str = "",
    owner_zone: str = "UTC",
    recipient: Person,
    company: str | None = None,
    role: str | None = None,
    interview: InterviewTime | None = None,
    questions: tuple[str, ...] | list[str] = (),
    original: Original | None = None,
) -> RenderContext:
    """Build the template variables from tracked facts, neutralising text that came from mail."""
    email = clean_line(recipient.email)
    original = original or Original()
    original_date = original.date.astimezone(_zone(owner_zone)) if original.date else None
    return RenderContext(
        owner=OwnerVars(clean_line(owner_name), clean_line(owner_email), clean_body(owner_signature)),
        recipient=RecipientVars(
            name=_clean_optional(recipient.name),
            first_name=first_name(recipient.name, recipient.email),
            email=email,
        ),
        company=_clean_optional(company),
        role=_clean_optional(role),
        interview=interview_vars(interview, owner_zone) if interview else None,
        questions=tuple(q for q in (clean_line(q) for q in questions) if q),
        original=OriginalVars(
            subject=_clean_optional(original.subject),
            date=original_date,
            day=_day(original_date) if original_date else None,
        ),
    )


def sample_context(
    owner_name: str = "Alex Candidate",
    owner_email: str = "alex@example.com",
    owner_signature: str = "Alex Candidate\n+1 555 0100",
    owner_zone: str = "America/New_York",
) -> RenderContext:
    """Return a context with every variable set, for `followup check` to render templates with."""
    zone = _zone(owner_zone)
    start = datetime(2026, 12, 8, 15, 0, tzinfo=zone)
    return build_context(
        owner_name=owner_name,
        owner_email=owner_email,
        owner_signature=owner_signature,
        owner_zone=owner_zone,
        recipient=Person("Jane Doe", "jane.doe@acme.example"),
        company="Acme Robotics",
        role="Senior Backend Engineer",
        interview=InterviewTime(
            start=start,
            end=start.replace(minute=45),
            timezone=owner_zone,
            location="Acme HQ, 1 Main Street",
            meeting_url="https://meet.example/abc-defg-hij",
        ),
        questions=("What does the first month on the team look like?",),
        original=Original(
            sender="Sam Lee <sam.lee@acme.example>",
            subject="Interview confirmation: Senior Backend Engineer",
            date=datetime(2026, 11, 30, 10, 12, tzinfo=zone),
            message_id="<confirm-1@acme.example>",
        ),
    )


# ---------------------------------------------------------------------------------------------
# Templates


def _compile(text: str, name: str, line: int, source: str) -> jinja2.Template:
    try:
        code = _ENV.compile(text, name=name, filename=name)
    except jinja2.TemplateSyntaxError as exc:
        where = line + (exc.lineno or 1) - 1
        raise ConfigError([Problem(source, where, 1, "", f"template syntax error: {exc.message}")]) from None
    return _ENV.template_class.from_code(_ENV, code, _ENV.make_globals(None), None)


def load_template(text: str, source: str) -> Template:
    """Parse front matter and compile subject and body; raise ConfigError with file:line."""
    text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ConfigError(
            [Problem(source, 1, 1, "", "a template must start with a '---' line, then 'subject: ...', then '---'")]
        )
    try:
        close = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ConfigError(
            [Problem(source, 1, 1, "", "the front matter has no closing '---' line; add one before the body")]
        ) from None
    doc = load_yaml("\n".join(lines[1:close]), source, line_offset=1)
    if not isinstance(doc.data, dict):
        raise ConfigError([doc.problem((), "the front matter must be a mapping with 'subject' (and 'thread')")])
    try:
        front = FrontMatter.model_validate(doc.data)
    except pydantic.ValidationError as exc:
        raise ConfigError(problems_from_validation(exc, doc, FrontMatter)) from None
    subject_line = doc.locate(("subject",))[0]
    body_line = close + 2
    body = "\n".join(lines[close + 1 :])
    return Template(
        source=source,
        subject=front.subject,
        thread=front.thread,
        body=body,
        subject_line=subject_line,
        body_line=body_line,
        _subject=_compile(front.subject, f"{source}#subject", subject_line, source),
        _body=_compile(body, source, body_line, source),
    )


def _template_line(tb: TracebackType | None, name: str) -> int | None:
    found = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == name:
            found = tb.tb_lineno
        tb = tb.tb_next
    return found


_UNDEFINED_NAME = re.compile(r"'([A-Za-z_][A-Za-z0-9_]*)' (?:is undefined|has no attribute '([A-Za-z_][A-Za-z0-9_]*)')")


def _locate_by_name(text: str, message: str) -> int | None:
    match = _UNDEFINED_NAME.search(message)
    if not match:
        return None
    needle = match.group(2) or match.group(1)
    for number, line in enumerate(text.split("\n"), start=1):
        if re.search(rf"\b{re.escape(needle)}\b", line):
            return number
    return None


_VAR_OF_CLASS = {
    "OwnerVars": ("owner", OwnerVars),
    "RecipientVars": ("recipient", RecipientVars),
    "InterviewVars": ("interview", InterviewVars),
    "OriginalVars": ("original", OriginalVars),
}
_TOP_LEVEL = ("owner", "recipient", "company", "role", "interview", "questions", "original")
_ATTRIBUTE = re.compile(r"'(?:[\w.]*\.)?(\w+) object' has no attribute '(\w+)'")
_TOP = re.compile(r"^'(\w+)' is undefined$")


def _suggest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else f"; known: {', '.join(known)}"


def _explain_undefined(message: str) -> str:
    """Turn Jinja2's undefined message into "unknown variable 'interview.dayz' (did you mean ...)"."""
    attribute = _ATTRIBUTE.search(message)
    if attribute and attribute.group(1) in _VAR_OF_CLASS:
        var, cls = _VAR_OF_CLASS[attribute.group(1)]
        known = [f.name for f in dataclass_fields(cls)]
        return f"unknown variable '{var}.{attribute.group(2)}'{_suggest(attribute.group(2), known)}"
    top = _TOP.match(message)
    if top:
        return f"unknown variable '{top.group(1)}'{_suggest(top.group(1), list(_TOP_LEVEL))}"
    return f"unknown variable: {message}"


def _render_part(template: Template, part: str, variables: dict[str, Any]) -> str:
    compiled, name, first, text = (
        (template._subject, f"{template.source}#subject", template.subject_line, template.subject)
        if part == "subject"
        else (template._body, template.source, template.body_line, template.body)
    )
    try:
        return compiled.render(variables)
    except jinja2.TemplateError as exc:
        relative = _template_line(exc.__traceback__, name) or _locate_by_name(text, str(exc)) or 1
        message = str(exc.message if isinstance(exc, jinja2.TemplateError) and exc.message else exc)
        if isinstance(exc, jinja2.UndefinedError):
            message = _explain_undefined(message)
        elif isinstance(exc, _UnknownValueError):
            message = f"this line {message}"
        raise ConfigError([Problem(template.source, first + relative - 1, 1, part, message)]) from None


def render_text(template: Template, context: RenderContext, *, original_subject: str | None = None) -> tuple[str, str]:
    """Render (subject, body); the subject is "Re: <original>" for a threaded template.

    Raise ConfigError naming the template file, line and problem when rendering fails.
    """
    variables = context.variables()
    body = end_with_one_newline(clean_body(_render_part(template, "body", variables)))
    subject = clean_line(_render_part(template, "subject", variables))
    if template.thread and clean_line(original_subject):
        subject = reply_subject(clean_line(original_subject))
    return subject, body


def check_template(template: Template, sample: RenderContext) -> list[Problem]:
    """Return every unknown variable (with its line), then render against a sample context.

    Rendering stops at the first undefined name, so the names are first looked up in the
    parsed template: one `check` lists all of them at once.
    """
    problems: list[Problem] = []
    variables = sample.variables()
    for part in ("subject", "body"):
        text, first = (
            (template.subject, template.subject_line) if part == "subject" else (template.body, template.body_line)
        )
        unknown = _unknown_variables(text)
        problems.extend(Problem(template.source, first + line - 1, 1, part, message) for line, message in unknown)
        if unknown:
            continue
        try:
            _render_part(template, part, variables)
        except ConfigError as exc:
            problems.extend(exc.problems)
    return problems


def _unknown_variables(text: str) -> list[tuple[int, str]]:
    """(line, message) for each name or attribute no template can use, in the order they appear."""
    tree = _ENV.parse(text)
    undeclared = jinja2_meta.find_undeclared_variables(tree)
    found: dict[tuple[int, str], str] = {}
    for node in tree.find_all((jinja2_nodes.Name, jinja2_nodes.Getattr)):
        if isinstance(node, jinja2_nodes.Name):
            if node.ctx == "load" and node.name in undeclared and node.name not in _TOP_LEVEL:
                found.setdefault((node.lineno, node.name), _explain_undefined(f"'{node.name}' is undefined"))
            continue
        assert isinstance(node, jinja2_nodes.Getattr)
        owner = node.node
        if not isinstance(owner, jinja2_nodes.Name) or owner.name not in undeclared:
            continue
        cls = next((c for var, c in _VAR_OF_CLASS.values() if var == owner.name), None)
        if cls is not None and node.attr not in {f.name for f in dataclass_fields(cls)}:
            message = _explain_undefined(f"'{cls.__name__} object' has no attribute '{node.attr}'")
            found.setdefault((node.lineno, f"{owner.name}.{node.attr}"), message)
    return sorted(((line, message) for (line, _), message in found.items()), key=lambda item: item[0])


_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv|antw|odp|r|rif|vs)\s*(?:\[\d+\])?\s*:\s*", re.IGNORECASE)


def reply_subject(subject: str) -> str:
    """Return "Re: <subject>" without stacking reply prefixes ("Re: Re:", "RE: AW:")."""
    stripped = subject
    while True:
        shorter = _REPLY_PREFIX.sub("", stripped, count=1)
        if shorter == stripped:
            break
        stripped = shorter
    return f"Re: {stripped.strip()}" if stripped.strip() else "Re:"


# ---------------------------------------------------------------------------------------------
# The message

_MSG_ID = re.compile(r"^<[!-;=?-~]+@[!-;=?-~]+>$")  # RFC 5322 §3.6.4 msg-id, printable ASCII, no < >


def is_message_id(value: str | None) -> bool:
    """True for a well-formed `<left@right>` Message-ID."""
    return bool(value) and bool(_MSG_ID.match(value or ""))


def _address(value: str | None, what: str) -> str:
    """Validate one address (email-validator) and return its ASCII form for the envelope."""
    raw = clean_line(value)
    try:
        result = validate_email(raw, check_deliverability=False)
    except EmailNotValidError as exc:
        raise PermanentSendError(f"{what} '{raw}' is not a valid e-mail address: {exc}") from None
    ascii_form = result.ascii_email
    if ascii_form is None:
        raise PermanentSendError(
            f"{what} '{raw}' needs an internationalised (SMTPUTF8) address, which is not supported; "
            "use an ASCII address"
        )
    return ascii_form


def _header_address(display_name: str | None, addr: str) -> Address:
    local, _, domain = addr.rpartition("@")
    return Address(display_name=clean_line(display_name), username=local, domain=domain)


def build_message(
    *,
    subject: str,
    body: str,
    from_addr: str,
    from_name: str | None,
    to: tuple[Person, ...],
    message_id: str,
    date: datetime,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> RenderedMessage:
    """Build the RFC 5322 text/plain UTF-8 message; raise PermanentSendError for a bad address."""
    if date.tzinfo is None:
        raise ValueError("build_message needs a tz-aware date")
    if not is_message_id(message_id):
        raise PermanentSendError(f"Message-ID {message_id!r} is not of the form <left@right>")
    if not to:
        raise PermanentSendError("a follow-up needs at least one recipient")
    sender = _address(from_addr, "sender")
    recipients = tuple(_address(p.email, "recipient") for p in to)
    subject = clean_line(subject)
    body = end_with_one_newline(clean_body(body))

    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = _header_address(from_name, sender)
    msg["To"] = [_header_address(p.name, a) for p, a in zip(to, recipients, strict=True)]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    msg["Subject"] = subject
    # RFC 5322 §3.6.4: In-Reply-To holds the parent's msg-id; References the parent's
    # References followed by the parent's msg-id. Malformed ids from mail are dropped, never
    # copied, so nothing from incoming mail reaches a header unchecked.
    if is_message_id(in_reply_to):
        assert in_reply_to is not None
        chain = [r for r in references if is_message_id(r) and r != in_reply_to]
        chain = [*list(dict.fromkeys(chain)), in_reply_to]
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = " ".join(chain)
    ascii_body = body.isascii() and all(len(line) <= 78 for line in body.split("\n"))
    msg.set_content(body, subtype="plain", charset="utf-8", cte="7bit" if ascii_body else "quoted-printable")
    return RenderedMessage(
        message_id=message_id,
        from_addr=sender,
        to=recipients,
        subject=subject,
        body=body,
        data=msg.as_bytes(policy=policy.SMTP),
    )


def render_followup(
    template: Template,
    context: RenderContext,
    *,
    from_addr: str,
    from_name: str | None,
    to: tuple[Person, ...],
    message_id: str,
    date: datetime,
    original_subject: str | None = None,
    original_message_id: str | None = None,
    references: tuple[str, ...] = (),
) -> RenderedMessage:
    """Render a template into a ready-to-send message, threaded when the template asks for it.

    Raise ConfigError for a template problem (file:line) and PermanentSendError for an invalid
    address or Message-ID.
    """
    subject, body = render_text(template, context, original_subject=original_subject)
    return build_message(
        subject=subject,
        body=body,
        from_addr=from_addr,
        from_name=from_name,
        to=to,
        message_id=message_id,
        date=date,
        in_reply_to=original_message_id if template.thread else None,
        references=references if template.thread else (),
    )
