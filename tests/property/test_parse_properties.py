"""Properties of parse_message and unwrap_forward: never raises, bounded, forward-invariant."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.forwards import unwrap_forward
from followup.model import Message
from followup.parse import parse_message
from tests.property.strategies import bodies, sentences

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
REAL_MAILS = sorted(p for p in CORPUS.rglob("*.eml"))[:40]
SEEDS = [p.read_bytes()[:20_000] for p in REAL_MAILS]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=5_000))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    assert isinstance(parse_message(raw, "fuzz"), Message)


@st.composite
def mutated_mail(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "dup"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 400))]
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from([b"\r\n", b"--", b"=?utf-8?b?", b"<td>", b"\xff\xfe", b"\x00",
                                                b"boundary=", b"Content-Type: multipart/mixed\r\n", b">"]))
        else:
            end = min(len(data), at + draw(st.integers(1, 200)))
            data[at:at] = bytes(data[at:end]) * 3
    return bytes(data)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_mail())
def test_mutated_real_mail_never_raises_and_stays_fast(raw: bytes) -> None:
    started = time.process_time()  # CPU time: a busy machine must not fail the bound
    message = parse_message(raw, "mutated")
    assert time.process_time() - started < 1.0
    assert message.date is None or message.date.tzinfo is not None


# --- forward wrappers -----------------------------------------------------------------------

ZONE = timezone(timedelta(hours=-5))
WHEN = datetime(2026, 3, 3, 10, 0, tzinfo=ZONE)


def gmail(sender: str, subject: str, body: str, note: str) -> str:
    return (f"{note}\n\n---------- Forwarded message ---------\nFrom: {sender}\n"
            f"Date: Tue, Mar 3, 2026 at 10:00 AM\nSubject: {subject}\nTo: <me@example.org>\n\n{body}\n")


def outlook_web(sender: str, subject: str, body: str, note: str) -> str:
    return (f"{note}\n\n________________________________\nFrom: {sender}\nSent: Tuesday, March 3, 2026 10:00 AM\n"
            f"To: me@example.org\nSubject: {subject}\n\n{body}\n")


def outlook_desktop(sender: str, subject: str, body: str, note: str) -> str:
    return (f"{note}\n\n-----Original Message-----\nDe: {sender}\nEnvoyé: mardi 3 mars 2026 10:00\n"
            f"À: me@example.org\nObjet: {subject}\n\n{body}\n")


def apple(sender: str, subject: str, body: str, note: str) -> str:
    quoted = "\n".join("> " + line if line else ">" for line in body.splitlines())
    return (f"{note}\n\nBegin forwarded message:\n\n> From: {sender}\n> Subject: {subject}\n"
            f"> Date: 3 March 2026 at 10:00:00 EST\n> To: me@example.org\n>\n{quoted}\n")


def thunderbird(sender: str, subject: str, body: str, note: str) -> str:
    return (f"{note}\n\n-------- Forwarded Message --------\nSubject: \t{subject}\n"
            f"Date: \tTue, 3 Mar 2026 10:00:00 -0500\nFrom: \t{sender}\nTo: \tme@example.org\n\n\n{body}\n")


def proton(sender: str, subject: str, body: str, note: str) -> str:
    return (
        f"{note}\n\n------- Forwarded Message -------\nFrom: {sender}\nDate: On Tuesday, March 3rd, 2026 at 10:00 AM\n"
        f"Subject: {subject}\nTo: me@example.org\n\n{body}\n"
    )


SHAPES = [gmail, outlook_web, outlook_desktop, apple, thunderbird, proton]
notes = st.one_of(st.just(""), sentences)


@settings(max_examples=150, deadline=None)
@given(
    shapes=st.lists(st.sampled_from(SHAPES), min_size=1, max_size=3),
    subject=sentences,
    body=bodies,
    note_list=st.lists(notes, min_size=3, max_size=3),
    name=st.sampled_from(["Jane Roe", "Sam Lee", "Dana O'Neil"]),
)
def test_forward_wrappers_up_to_three_deep_keep_the_original(
    shapes: list, subject: str, body: str, note_list: list[str], name: str
) -> None:
    text, current_subject = body, subject
    sender = f"{name} <recruiter@acme.example>"
    for depth, shape in enumerate(shapes):
        text = shape(sender, current_subject, text, note_list[depth])
        sender, current_subject = f"Owner {depth} <owner{depth}@example.org>", "Fwd: " + current_subject
    result = unwrap_forward(text, subject=current_subject, default_tz=ZONE)
    assert result is not None
    assert result.depth == len(shapes)
    assert result.sender is not None and result.sender.email == "recruiter@acme.example"
    assert result.sender.name == name
    assert result.subject == subject
    assert result.body == body
    if shapes[0] in (gmail, thunderbird, apple, outlook_web):
        assert result.date == WHEN


@settings(max_examples=40, deadline=None)
@given(shapes=st.lists(st.sampled_from(SHAPES), min_size=1, max_size=3), body=bodies, subject=sentences)
def test_forwarded_mail_parses_to_the_same_original(shapes: list, body: str, subject: str) -> None:
    text, current_subject, sender = body, subject, "Jane Roe <jane@acme.example>"
    for depth, shape in enumerate(shapes):
        text = shape(sender, current_subject, text, "")
        sender, current_subject = f"Owner <owner{depth}@example.org>", "Fwd: " + current_subject
    raw = (f"From: Me <me@example.org>\r\nSubject: {current_subject}\r\nDate: Tue, 03 Mar 2026 12:00:00 -0500\r\n"
           f"Content-Type: text/plain; charset=utf-8\r\n\r\n" + text.replace("\n", "\r\n")).encode("utf-8")
    message = parse_message(raw, "fwd")
    assert message.forward_depth == len(shapes)
    assert message.sender is not None and message.sender.email == "jane@acme.example"
    assert message.subject == subject and message.text == body
    assert message.envelope_sender is not None and message.envelope_sender.email == "me@example.org"
