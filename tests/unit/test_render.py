"""Unit tests of render: templates, first names, friendly times, the message bytes."""

from __future__ import annotations

import email
from datetime import datetime, UTC
from email import policy
from zoneinfo import ZoneInfo

import pytest

from followup.errors import ConfigError, PermanentSendError
from followup.model import InterviewTime, Original, Person
from followup.render import (
    FALLBACK_FIRST_NAME,
    build_context,
    check_template,
    clean_line,
    first_name,
    interview_vars,
    load_template,
    render_followup,
    render_text,
    reply_subject,
    sample_context,
)

THANK_YOU = """---
subject: Thank you for the {{ role }} interview
thread: true
---
Hi {{ recipient.first_name }},

Thank you for meeting me on {{ interview.day }} at {{ interview.time }}.
{% for q in questions %}- {{ q }}
{% endfor %}
{{ owner.signature }}
"""

SENT_AT = datetime(2026, 12, 8, 22, 0, tzinfo=UTC)


def render(text: str = THANK_YOU, **overrides: object) -> bytes:
    template = load_template(text, "thank_you.txt")
    args: dict[str, object] = {
        "from_addr": "alex@example.com",
        "from_name": "Alex Candidate",
        "to": (Person("Jane Doe", "jane.doe@acme.example"),),
        "message_id": "<fu-1.abc@example.com>",
        "date": SENT_AT,
        "original_subject": "Interview confirmation",
        "original_message_id": "<confirm-1@acme.example>",
        "references": ("<thread-0@acme.example>",),
    }
    args.update(overrides)
    return render_followup(template, sample_context(), **args).data  # type: ignore[arg-type]


def headers_of(data: bytes) -> list[str]:
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    return head.split("\r\n")


# --- templates ------------------------------------------------------------------------------


def test_front_matter_gives_subject_and_thread() -> None:
    template = load_template(THANK_YOU, "thank_you.txt")
    assert template.subject == "Thank you for the {{ role }} interview"
    assert template.thread is True
    assert template.body_line == 5


def test_thread_defaults_to_false() -> None:
    assert load_template("---\nsubject: Hello\n---\nbody\n", "t.txt").thread is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello\n", "t.txt:1:1: a template must start with a '---' line, then 'subject: ...', then '---'"),
        ("---\nsubject: x\n", "t.txt:1:1: the front matter has no closing '---' line; add one before the body"),
        ("---\nthread: true\n---\n", "t.txt:2:1: missing required key 'subject'"),
        ("---\nsubject: x\nthreads: true\n---\n", "t.txt:3:1: unknown key 'threads' (did you mean 'thread'?)"),
        ("---\nsubject: x\nthread: maybe\n---\n", "t.txt:3:1: thread: input should be a valid boolean"),
        (
            "---\nsubject: x\n\n---\nline 5\n{% if %}\n",
            "t.txt:6:1: template syntax error: Expected an expression, got 'end of statement block'",
        ),
        (
            "---\nsubject: '{{ x'\n---\n",
            "t.txt:2:1: template syntax error: unexpected end of template, expected 'end of print statement'.",
        ),
    ],
)
def test_template_errors_name_file_and_line(text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_template(text, "t.txt")
    assert str(caught.value).startswith(expected), str(caught.value)


def test_yaml_syntax_error_points_at_the_real_line() -> None:
    with pytest.raises(ConfigError) as caught:
        load_template("---\nsubject: x\nthread: [true\n---\n", "t.txt")
    assert str(caught.value).startswith("t.txt:")
    assert int(str(caught.value).split(":")[1]) >= 3


def test_check_passes_a_template_using_every_variable() -> None:
    text = (
        "---\nsubject: '{{ company }} / {{ role }}'\n---\n"
        "{{ owner.name }} {{ owner.email }} {{ owner.signature }}\n"
        "{{ recipient.name }} {{ recipient.first_name }} {{ recipient.email }}\n"
        "{{ interview.start }} {{ interview.end }} {{ interview.timezone }} {{ interview.location }}\n"
        "{{ interview.meeting_url }} {{ interview.day }} {{ interview.weekday }} {{ interview.date }}\n"
        "{{ interview.time }} {{ interview.end_time }} {{ interview.zone }}\n"
        "{{ questions | join(', ') }} {{ original.subject }} {{ original.date }} {{ original.day }}\n"
    )
    assert check_template(load_template(text, "all.txt"), sample_context()) == []


@pytest.mark.parametrize(
    ("text", "line", "path", "message"),
    [
        (
            "---\nsubject: hi\n---\nHi,\n{{ interview.dayz }}\n",
            5,
            "body",
            "unknown variable 'interview.dayz' (did you mean 'day'?)",
        ),
        (
            "---\nsubject: hi {{ compnay }}\n---\nbody\n",
            2,
            "subject",
            "unknown variable 'compnay' (did you mean 'company'?)",
        ),
        (
            "---\nsubject: hi\n---\n\n\n{{ recipient.first }}\n",
            6,
            "body",
            "unknown variable 'recipient.first' (did you mean 'first_name'?)",
        ),
        ("---\nsubject: hi\n---\n{% if true %}\n  {{ salary }}\n{% endif %}\n", 5, "body", "unknown variable 'salary'"),
    ],
)
def test_check_names_template_and_line_of_an_unknown_variable(text: str, line: int, path: str, message: str) -> None:
    problems = check_template(load_template(text, "rules/templates/x.txt"), sample_context())
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.file, problem.line, problem.path) == ("rules/templates/x.txt", line, path)
    assert problem.message.startswith(message)


def test_printing_an_unknown_value_is_an_error_not_the_word_none() -> None:
    template = load_template("---\nsubject: hi\n---\nHello\nat {{ company }}.\n", "t.txt")
    context = build_context(owner_name="A", owner_email="a@example.com", recipient=Person(None, "x@acme.example"))
    with pytest.raises(ConfigError) as caught:
        render_text(template, context)
    assert str(caught.value).startswith("t.txt:5:1: body: this line prints a value that is unknown")


def test_a_guarded_unknown_value_renders() -> None:
    template = load_template(
        "---\nsubject: hi\n---\n"
        "{% if company %}at {{ company }}{% else %}at your team{% endif %} / {{ role or 'the role' }}\n",
        "t.txt",
    )
    context = build_context(owner_name="A", owner_email="a@example.com", recipient=Person(None, "x@acme.example"))
    assert render_text(template, context) == ("hi", "at your team / the role\n")


def test_sandbox_refuses_python_internals() -> None:
    template = load_template("---\nsubject: hi\n---\n{{ ''.__class__.__mro__ }}\n", "evil.txt")
    problems = check_template(template, sample_context())
    assert [(p.file, p.line) for p in problems] == [("evil.txt", 4)]
    assert "unsafe" in problems[0].message


# --- names and times ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("Jane Doe", "Jane"),
        ("Doe, Jane", "Jane"),
        ("DOE, JANE", "Jane"),
        ('"Doe, Jane A."', "Jane"),
        ("JANE DOE", "Jane"),
        ("jane doe", "Jane"),
        ("Dr. Jane Doe", "Jane"),
        ("Prof Anna Lee", "Anna"),
        ("Dr. Smith", "Dr. Smith"),
        ("Ms. O'Brien", "Ms. O'Brien"),
        ("Jane", "Jane"),
        ("'Jane Doe'", "Jane"),
        ("Jane Doe, PhD", "Jane"),
        ("J. Robert Smith", "Robert"),
        ("mary-jane watson", "Mary-Jane"),
        ("McDonald, Ronald", "Ronald"),
        ("DeShawn Jones", "DeShawn"),
        ("José Álvarez", "José"),
        ("Jane Doe (Acme)", "Jane"),
        ("Jane Doe via Greenhouse", "Jane"),
        ("Acme Recruiting", FALLBACK_FIRST_NAME),
        ("Talent Team", FALLBACK_FIRST_NAME),
        ("jane.doe@acme.example", FALLBACK_FIRST_NAME),
        ("", FALLBACK_FIRST_NAME),
        (None, FALLBACK_FIRST_NAME),
        ("   ", FALLBACK_FIRST_NAME),
        ('""', FALLBACK_FIRST_NAME),
        ("R2D2", FALLBACK_FIRST_NAME),
        ("Jane\r\nBcc: evil@example.com", FALLBACK_FIRST_NAME),
    ],
)
def test_first_name_from_display_name(display: str | None, expected: str) -> None:
    assert first_name(display, "jane.doe@acme.example") == expected


def test_an_address_alone_gives_hi_there() -> None:
    template = load_template("---\nsubject: hi\n---\nHi {{ recipient.first_name }},\n", "t.txt")
    context = build_context(owner_name="A", owner_email="a@example.com", recipient=Person(None, "jdoe@acme.example"))
    assert render_text(template, context)[1] == "Hi there,\n"


def test_interview_times_are_friendly_in_the_owners_zone() -> None:
    time = InterviewTime(
        start=datetime(2026, 12, 8, 20, 0, tzinfo=UTC),
        end=datetime(2026, 12, 8, 20, 45, tzinfo=UTC),
        timezone="Europe/London",
    )
    got = interview_vars(time, "America/New_York")
    assert (got.day, got.weekday, got.date, got.time, got.end_time, got.zone) == (
        "Tuesday, December 8", "Tuesday", "December 8, 2026", "3:00 PM", "3:45 PM", "EST",
    )  # fmt: skip
    assert got.start.utcoffset() is not None and got.start.utcoffset().total_seconds() == -5 * 3600  # type: ignore[union-attr]
    assert got.timezone == "Europe/London"


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [(0, 5, "12:05 AM"), (9, 30, "9:30 AM"), (12, 0, "12:00 PM"), (23, 59, "11:59 PM")],
)
def test_clock_times_use_twelve_hours(hour: int, minute: int, expected: str) -> None:
    start = datetime(2026, 7, 1, hour, minute, tzinfo=ZoneInfo("Europe/Paris"))
    assert interview_vars(InterviewTime(start=start), "Europe/Paris").time == expected


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Interview", "Re: Interview"),
        ("Re: Interview", "Re: Interview"),
        ("RE: Re: Interview", "Re: Interview"),
        ("AW: Re[2]: Interview", "Re: Interview"),
        ("Fwd: Interview", "Re: Fwd: Interview"),
        ("Reminder: Interview", "Re: Reminder: Interview"),
    ],
)
def test_reply_subject_never_stacks_re(original: str, expected: str) -> None:
    assert reply_subject(original) == expected


def test_clean_line_turns_controls_into_spaces() -> None:
    assert clean_line("Acme\r\nBcc: x@y\u2028Inc\x00\u202e") == "Acme Bcc: x@y Inc"


# --- the message ----------------------------------------------------------------------------


def test_threaded_message_bytes() -> None:
    data = render()
    assert headers_of(data) == [
        "From: Alex Candidate <alex@example.com>",
        "To: Jane Doe <jane.doe@acme.example>",
        "Date: Tue, 08 Dec 2026 22:00:00 +0000",
        "Message-ID: <fu-1.abc@example.com>",
        "Subject: Re: Interview confirmation",
        "In-Reply-To: <confirm-1@acme.example>",
        "References: <thread-0@acme.example> <confirm-1@acme.example>",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 7bit",
        "MIME-Version: 1.0",
    ]
    body = data.split(b"\r\n\r\n", 1)[1]
    assert body == (
        b"Hi Jane,\r\n\r\nThank you for meeting me on Tuesday, December 8 at 3:00 PM.\r\n"
        b"- What does the first month on the team look like?\r\n\r\nAlex Candidate\r\n+1 555 0100\r\n"
    )


def test_unthreaded_template_uses_its_own_subject_and_no_reply_headers() -> None:
    text = THANK_YOU.replace("thread: true", "thread: false")
    headers = headers_of(render(text))
    assert "Subject: Thank you for the Senior Backend Engineer interview" in headers
    assert not [h for h in headers if h.startswith(("In-Reply-To", "References"))]


def test_threaded_template_without_original_subject_uses_its_own_subject() -> None:
    headers = headers_of(render(original_subject=None))
    assert "Subject: Thank you for the Senior Backend Engineer interview" in headers
    assert "In-Reply-To: <confirm-1@acme.example>" in headers


def test_malformed_original_message_id_is_dropped_not_copied() -> None:
    headers = headers_of(render(original_message_id="<x@y>\r\nBcc: evil@example.com", references=("junk",)))
    assert not [h for h in headers if h.startswith(("In-Reply-To", "References", "Bcc"))]


def test_names_and_subjects_from_mail_cannot_inject_headers() -> None:
    data = render(
        to=(Person('Jane\r\nBcc: evil@example.com\r\n', "jane.doe@acme.example"),),
        original_subject="Interview\r\nBcc: evil@example.com",
    )
    names = [h.split(":", 1)[0] for h in headers_of(data) if not h.startswith((" ", "\t"))]
    assert "Bcc" not in names
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert parsed["Subject"] == "Re: Interview Bcc: evil@example.com"
    assert "\n" not in str(parsed["To"])


def test_non_ascii_body_is_quoted_printable_utf8_and_round_trips() -> None:
    context = build_context(
        owner_name="Zoë Ångström",
        owner_email="zoe@example.com",
        owner_signature="Zoë — ✉",
        recipient=Person("Søren Kierkegaard", "soren@acme.example"),
    )
    template = load_template(
        "---\nsubject: Merci, {{ recipient.first_name }}\n---\n"
        "Hej {{ recipient.first_name }}!\n{{ owner.signature }}\n",
        "t.txt",
    )
    message = render_followup(
        template, context, from_addr="zoe@example.com", from_name="Zoë Ångström",
        to=(Person("Søren Kierkegaard", "soren@acme.example"),), message_id="<m1@example.com>", date=SENT_AT,
    )  # fmt: skip
    assert b"Content-Transfer-Encoding: quoted-printable" in message.data
    assert message.data.isascii()
    parsed = email.message_from_bytes(message.data, policy=policy.default)
    assert parsed["Subject"] == "Merci, Søren"
    assert parsed["From"].addresses[0].display_name == "Zoë Ångström"
    # Quoted-printable carries line breaks as CRLF on the wire (RFC 2045 §6.7).
    assert parsed.get_content().replace("\r\n", "\n") == "Hej Søren!\nZoë — ✉\n"


def test_rendering_is_deterministic() -> None:
    assert render() == render()


@pytest.mark.parametrize("bad", ["not-an-address", "jane@", "jane doe@acme.example", ""])
def test_invalid_recipient_is_refused(bad: str) -> None:
    with pytest.raises(PermanentSendError, match=r"recipient .* is not a valid e-mail address"):
        render(to=(Person("Jane", bad),))


def test_invalid_message_id_is_refused() -> None:
    with pytest.raises(PermanentSendError, match="Message-ID"):
        render(message_id="no-brackets@example.com")


def test_context_neutralises_mail_text() -> None:
    context = build_context(
        owner_name="A",
        owner_email="a@example.com",
        recipient=Person("Jane\nDoe", "jane@acme.example"),
        company="Acme\r\nInc",
        role="Engineer\x0b",
        questions=["first?\r\n", "", "second?"],
        original=Original(subject="Hello\nthere", date=datetime(2026, 1, 5, 9, 0, tzinfo=UTC)),
        owner_zone="Asia/Tokyo",
    )
    assert (context.company, context.role, context.recipient.name) == ("Acme Inc", "Engineer", "Jane Doe")
    assert context.questions == ("first?", "second?")
    assert context.original.subject == "Hello there"
    assert context.original.day == "Monday, January 5"


def test_check_reports_subject_and_body_problems_together() -> None:
    template = load_template("---\nsubject: '{{ nope }}'\n---\n{{ nada }}\n", "t.txt")
    assert [(p.line, p.path) for p in check_template(template, sample_context())] == [(2, "subject"), (4, "body")]


def test_check_reports_every_unknown_variable_at_once() -> None:
    text = "---\nsubject: 'Hi {{ compnay }}'\n---\n{{ interview.dayz }} and {{ salary }}\n\n{{ recipient.first }}\n"
    problems = check_template(load_template(text, "t.txt"), sample_context())
    assert [(p.line, p.message.split(" (")[0].split(";")[0]) for p in problems] == [
        (2, "unknown variable 'compnay'"),
        (4, "unknown variable 'interview.dayz'"),
        (4, "unknown variable 'salary'"),
        (6, "unknown variable 'recipient.first'"),
    ]


def test_loop_variables_and_filters_are_not_unknown() -> None:
    text = "---\nsubject: hi\n---\n{% for q in questions %}{{ q | upper }}{% endfor %}{% set x = 1 %}{{ x }}\n"
    assert check_template(load_template(text, "t.txt"), sample_context()) == []


def test_a_note_ends_with_one_newline_whatever_the_template_and_signature_end_with() -> None:
    template = load_template("---\nsubject: hi\n---\nThanks,\n{{ owner.signature }}\n\n", "t.txt")
    context = build_context(owner_name="A", owner_email="a@example.com", owner_signature="Alex\n",
                            recipient=Person(None, "x@acme.example"))
    _, body = render_text(template, context)
    assert body == "Thanks,\nAlex\n"
    message = email.message_from_bytes(render("---\nsubject: hi\n---\nBye\n\n\n"), policy=policy.default)
    assert message.get_content().replace("\r\n", "\n") == "Bye\n"


@pytest.mark.parametrize(
    ("display", "company", "expected"),
    [
        ("Tidepool Energy", "Tidepool Energy", FALLBACK_FIRST_NAME),
        ("Lindenwerk Karriere", "Lindenwerk", FALLBACK_FIRST_NAME),
        ("Recrutement Boréal Conseil", "Boréal Conseil", FALLBACK_FIRST_NAME),
        ("Jordan Ellis", "Ellis Labs", "Jordan"),
        ("Jordan Ellis", None, "Jordan"),
    ],
)
def test_a_company_or_its_careers_desk_is_greeted_as_there(display: str, company: str | None, expected: str) -> None:
    template = load_template("---\nsubject: hi\n---\nHi {{ recipient.first_name }},\n", "t.txt")
    context = build_context(
        owner_name="A", owner_email="a@example.com", recipient=Person(display, "desk@acme.example"), company=company
    )
    assert render_text(template, context)[1] == f"Hi {expected},\n"
