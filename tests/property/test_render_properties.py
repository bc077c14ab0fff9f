"""Properties of render: nothing from mail reaches a header as CR/LF; rendering is deterministic."""

from __future__ import annotations

import email
import re
from datetime import datetime, timedelta, UTC
from email import policy

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.model import InterviewTime, Original, Person
from followup.render import build_context, first_name, load_template, render_followup

TEMPLATE = load_template(
    '---\nsubject: \'Thanks, {{ recipient.first_name }} — {{ company or "" }} {{ role or "" }}\'\nthread: true\n---\n'
    "Hi {{ recipient.first_name }},\n"
    "{% if company %}{{ company }}{% endif %} {% if interview %}{{ interview.day }}{% endif %}\n"
    "{% for q in questions %}{{ q }}\n{% endfor %}",
    "prop.txt",
)
EXPECTED_HEADERS = {
    "From", "To", "Date", "Message-ID", "Subject", "In-Reply-To", "References",
    "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
}  # fmt: skip

# Text as hostile mail delivers it: controls, CR/LF, Unicode line separators, header-like runs.
_pieces = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(
        ["\r", "\n", "\r\n", "\x00", "\x0b", "\x85", "\u2028", "\u2029", ":", "Bcc: ", "=?utf-8?q?", '"', ","]
    ),
)
nasty = st.lists(_pieces, max_size=30).map("".join)
message_ids = st.one_of(st.none(), nasty, st.just("<orig@acme.example>"))


@st.composite
def inputs(draw: st.DrawFn) -> dict[str, object]:
    start = datetime(2026, 3, 1, tzinfo=UTC) + timedelta(minutes=draw(st.integers(0, 60 * 24 * 365)))
    return {
        "name": draw(st.one_of(st.none(), nasty)),
        "company": draw(st.one_of(st.none(), nasty)),
        "role": draw(st.one_of(st.none(), nasty)),
        "subject": draw(st.one_of(st.none(), nasty)),
        "questions": draw(st.lists(nasty, max_size=3)),
        "original_id": draw(message_ids),
        "references": tuple(draw(st.lists(message_ids.filter(lambda x: x is not None), max_size=3))),
        "interview": draw(st.one_of(st.none(), st.just(InterviewTime(start=start, location="x\r\ny")))),
    }


def render(data: dict[str, object]) -> bytes:
    context = build_context(
        owner_name="Alex Candidate",
        owner_email="alex@example.com",
        owner_zone="America/New_York",
        recipient=Person(data["name"], "jane.doe@acme.example"),  # type: ignore[arg-type]
        company=data["company"],  # type: ignore[arg-type]
        role=data["role"],  # type: ignore[arg-type]
        interview=data["interview"],  # type: ignore[arg-type]
        questions=data["questions"],  # type: ignore[arg-type]
        original=Original(subject=data["subject"]),  # type: ignore[arg-type]
    )
    return render_followup(
        TEMPLATE,
        context,
        from_addr="alex@example.com",
        from_name="Alex Candidate",
        to=(Person(data["name"], "jane.doe@acme.example"),),  # type: ignore[arg-type]
        message_id="<fu-1@example.com>",
        date=datetime(2026, 12, 9, 14, 0, tzinfo=UTC),
        original_subject=data["subject"],  # type: ignore[arg-type]
        original_message_id=data["original_id"],  # type: ignore[arg-type]
        references=data["references"],  # type: ignore[arg-type]
    ).data


@settings(max_examples=100, deadline=None)
@given(inputs())
def test_no_header_carries_cr_or_lf_from_the_context(data: dict[str, object]) -> None:
    raw = render(data)
    head, _, _ = raw.partition(b"\r\n\r\n")
    # Every CR is part of CRLF and every LF follows a CR: no bare line breaks anywhere.
    assert re.search(rb"\r(?!\n)|(?<!\r)\n", raw) is None
    names = []
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t"):
            continue  # a folded continuation of the previous header (RFC 5322 §2.2.3)
        names.append(line.split(b":", 1)[0].decode("ascii"))
    assert set(names) <= EXPECTED_HEADERS
    assert len(names) == len(set(names))
    parsed = email.message_from_bytes(raw, policy=policy.default)
    for name in ("Subject", "To", "From"):
        value = str(parsed[name])
        assert "\r" not in value and "\n" not in value
    assert parsed["Message-ID"] == "<fu-1@example.com>"


@settings(max_examples=40, deadline=None)
@given(inputs())
def test_rendering_is_deterministic(data: dict[str, object]) -> None:
    assert render(data) == render(data)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), nasty))
def test_first_name_is_never_empty_nor_multiline(name: str | None) -> None:
    got = first_name(name, "jane@acme.example")
    assert got.strip() == got and got
    assert not any(ch in got for ch in "\r\n\x00,@")
