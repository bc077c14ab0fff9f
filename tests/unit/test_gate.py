"""The header triage: which new mail is read in full (gate.triage), and that it drops no event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followup.detect import detect_event
from followup.gate import GateContext, judge, read_head, triage
from followup.parse import parse_message
from followup.rawmail import Parts, header_of, parts_of

DATA = Path(__file__).resolve().parent.parent / "data"
OWNER = "alex.morgan@mail.example"
CTX = GateContext(own_addresses=frozenset({OWNER}))


def _labelled() -> list[Path]:
    """Every mail with a label: the labelled corpus and the detection corpus (when present)."""
    return sorted(p for d in ("labelled", "detection") for p in (DATA / d).rglob("*.eml"))


def _kind(path: Path) -> str:
    expected = path.with_name(f"{path.stem}.expected.json")
    if expected.exists():
        return str(json.loads(expected.read_text(encoding="utf-8"))["kind"])
    message = parse_message(path.read_bytes(), path.name)
    return detect_event(message, owner_email=OWNER, owner_zone="America/New_York").kind.value


EVERY_MAIL = sorted(DATA.rglob("*.eml"))


@pytest.mark.parametrize("path", EVERY_MAIL, ids=lambda p: str(p.relative_to(DATA)))
def test_triage_reads_every_message_that_holds_an_event(path: Path) -> None:
    """Recall 1.0: a labelled event (or, unlabelled, one detection finds) is never left unread."""
    kind = _kind(path)
    raw = path.read_bytes()
    verdict = triage(header_of(raw), parts_of(raw), CTX)
    assert verdict.read or kind == "none", f"{kind} left unread: {verdict.reason}"


def test_the_recall_test_covers_the_labelled_corpora() -> None:
    labelled = _labelled()
    assert len(labelled) >= 80
    assert sum(_kind(p) != "none" for p in labelled) >= 60


def mail(headers: str, body: str = "Hello.\n") -> bytes:
    return (headers.strip() + "\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" + body).replace("\n", "\r\n").encode()


NEWSLETTER = mail("""
From: Weekly Digest <digest@news.example>
To: alex.morgan@mail.example
Subject: Ten recipes for the weekend
List-Unsubscribe: <mailto:unsubscribe@news.example>
""")
ROBOT = mail("""
From: GitHub <noreply@github.com>
To: alex.morgan@mail.example
Subject: [repo] A new release is out
""")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (NEWSLETTER, "list or bulk mail without a job signal in its header"),
        (ROBOT, "automated sender without a job signal in its header"),
        (mail("From: Shop <orders@shop.example>\nSubject: Spring sale\nPrecedence: bulk"), "list or bulk"),
        (mail("From: Bank <alerts@bank.example>\nSubject: Statement\nAuto-Submitted: auto-generated"), "list or bulk"),
    ],
)
def test_bulk_and_robot_mail_without_a_job_signal_is_left_unread(raw: bytes, reason: str) -> None:
    verdict = triage(header_of(raw), parts_of(raw), CTX)
    assert not verdict.read and verdict.reason.startswith(reason)


@pytest.mark.parametrize(
    ("raw", "ctx", "reason"),
    [
        (NEWSLETTER, CTX, None),
        (NEWSLETTER.replace(b"Ten recipes", b"Your interview"), CTX, "job-ish subject"),
        (NEWSLETTER.replace(b"Weekly Digest", b"Acme Talent Team"), CTX, "job-ish sender name"),
        (NEWSLETTER.replace(b"digest@news.example", b"no-reply@hire.lever.co"), CTX, "job-ish sender"),
        (NEWSLETTER, GateContext(job_domains=("news.example",)), "job-ish sender"),
        (NEWSLETTER, GateContext(phrases=("recipes",)), "job-ish subject"),
        (NEWSLETTER, GateContext(tracked_addresses=frozenset({"digest@news.example"})), "from a tracked address"),
        (NEWSLETTER, GateContext(own_addresses=frozenset({"digest@news.example"})), "from the owner or a forwarder"),
        (
            NEWSLETTER.replace(b"Subject:", b"In-Reply-To: <sent-1@followup.example>\r\nSubject:"),
            GateContext(tracked_threads=frozenset({"<sent-1@followup.example>"})),
            "reply in a tracked thread",
        ),
        (
            NEWSLETTER.replace(b"List-Unsubscribe: <mailto:unsubscribe@news.example>\r\n", b"").replace(
                b"digest@", b"mia@"
            ),
            CTX,
            "personal mail",
        ),
    ],
)
def test_each_signal_makes_a_message_worth_reading(raw: bytes, ctx: GateContext, reason: str | None) -> None:
    verdict = triage(header_of(raw), parts_of(raw), ctx)
    assert verdict.read is (reason is not None)
    if reason is not None:
        assert verdict.reason == reason


@pytest.mark.parametrize(
    ("parts", "reason"),
    [
        (Parts(calendar=True), "calendar part"),
        (Parts(attached_message=True), "attached message"),
        (None, "calendar part"),
    ],
)
def test_the_structure_alone_can_make_a_message_worth_reading(parts: Parts | None, reason: str) -> None:
    verdict = triage(header_of(NEWSLETTER), parts, CTX)
    assert verdict.read and verdict.reason == reason


@pytest.mark.parametrize("path", EVERY_MAIL, ids=lambda p: str(p.relative_to(DATA)))
def test_parts_of_sees_every_calendar_and_attached_message_parse_reads(path: Path) -> None:
    raw = path.read_bytes()
    message = parse_message(raw, path.name)
    parts = parts_of(raw)
    assert parts.calendar or not message.calendars
    assert parts.attached_message or b"message/rfc822" not in raw.lower()


@pytest.mark.parametrize(
    ("raw", "head"),
    [
        (b"A: 1\r\nB: 2\r\n\r\nbody\r\n\r\nmore", b"A: 1\r\nB: 2\r\n\r\n"),
        (b"A: 1\nB: 2\n\nbody\r\n\r\n", b"A: 1\nB: 2\n\n"),
        (b"A: 1\r\n", b"A: 1\r\n"),
        (b"", b""),
    ],
)
def test_header_of_stops_at_the_first_blank_line(raw: bytes, head: bytes) -> None:
    assert header_of(raw) == head


@pytest.mark.parametrize(
    "value",
    [
        "Sam Lee <sam@x.example>",
        '"Lee, Sam" <sam@x.example>',
        "sam@x.example",
        "a@b.example, c@d.example",
        "=?utf-8?q?J=C3=BCrgen?= <j@x.de>",
        "Sam (work) <s@x.example>",
        "<s@x.example>",
        "undisclosed-recipients:;",
        "",
    ],
)
def test_the_quick_address_reading_agrees_with_the_stdlib(value: str) -> None:
    from email.utils import getaddresses

    from followup.gate import _addresses

    quick = [a for a in _addresses({"from": [value]}, "from") if a[1]]
    assert quick == [a for a in getaddresses([value]) if a[1]]


def _grown(raw: bytes) -> GateContext:
    """A context that has come to track every sender and thread a mail names."""
    reading = read_head(header_of(raw), parts_of(raw), CTX)
    return GateContext(
        own_addresses=CTX.own_addresses, tracked_addresses=reading.senders, tracked_threads=reading.threads
    )


@pytest.mark.parametrize("path", EVERY_MAIL, ids=lambda p: str(p.relative_to(DATA)))
def test_a_head_read_once_is_judged_as_triage_judges_it_whatever_is_tracked(path: Path) -> None:
    """Judging again what was read under an older tracking gives what a fresh triage gives."""
    raw = path.read_bytes()
    reading = read_head(header_of(raw), parts_of(raw), CTX)
    for ctx in (CTX, _grown(raw), _grown(NEWSLETTER)):
        assert judge(reading, ctx) == triage(header_of(raw), parts_of(raw), ctx)
