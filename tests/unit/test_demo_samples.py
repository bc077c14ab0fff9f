"""The demo's sample mails and config (package data under followup/demo/).

Each sample must be a well-formed RFC 5322 message that the stdlib parser reads without a
defect, and must hold what the demo promises: an application receipt, a calendar invitation,
an inline Gmail forward, a reschedule of that invitation (same UID, SEQUENCE 0 -> 1), a
rejection, and a job alert to be ignored. Only fictional addresses and domains are used.
"""

from __future__ import annotations

import email
import email.policy
import glob
import re
import tomllib
from typing import Any
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from icalendar import Calendar

import followup
from followup.config import load_config

DEMO = Path(followup.__file__).parent / "demo"
MAIL = DEMO / "mail"
ROOT = Path(__file__).resolve().parents[2]

SAMPLES = (
    "01_application_receipt.eml",
    "02_interview_invitation.eml",
    "03_forwarded_interview_confirmation.eml",
    "04_interview_rescheduled.eml",
    "05_rejection.eml",
    "06_job_alert.eml",
)
OWNER = "ana@example.com"
# Real hosts a realistic mail may link to besides the fictional ones: meeting services, and
# the schema.org vocabulary calendar HTML declares.
REAL_HOSTS_ALLOWED = {"zoom.us", "meet.google.com", "schema.org"}


def is_fictional(host: str) -> bool:
    """True for example.com, its subdomains and the .example TLD (RFC 2606 §3)."""
    return host == "example.com" or host.endswith((".example.com", ".example"))


def load(name: str) -> EmailMessage:
    msg = email.message_from_bytes((MAIL / name).read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def text_of(msg: EmailMessage, subtype: str = "plain") -> str:
    part = msg.get_body(preferencelist=(subtype,))
    assert part is not None, f"no text/{subtype} part"
    content = part.get_content()
    assert isinstance(content, str)
    return content


# Any: icalendar types a property as the union of every value type; these tests read them as text.
def calendar_of(msg: EmailMessage) -> tuple[EmailMessage, Any, Any]:
    parts = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1, "expected exactly one text/calendar part"
    cal = Calendar.from_ical(parts[0].get_content())
    events = cal.walk("VEVENT")
    assert len(events) == 1
    return parts[0], cal, events[0]


def test_the_sample_folder_holds_exactly_the_six_samples() -> None:
    assert sorted(p.name for p in MAIL.iterdir()) == sorted(SAMPLES)


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_parses_without_defects(name: str) -> None:
    msg = load(name)
    for part in msg.walk():
        assert list(part.defects) == [], f"{name}: {part.get_content_type()}: {part.defects}"
        if part.get_content_maintype() == "text":
            part.get_content()  # decodes its transfer encoding and charset, or raises


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_has_the_rfc5322_headers_with_a_zoned_date_in_the_demo_fortnight(name: str) -> None:
    msg = load(name)
    for header in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert msg[header], f"{name}: missing {header}"
    sent = msg["Date"].datetime
    assert isinstance(sent, datetime) and sent.utcoffset() is not None
    assert date(2026, 12, 1) <= sent.date() <= date(2026, 12, 15)
    assert re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", msg["Message-ID"].strip())


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_uses_one_line_ending_and_plain_ascii_bytes(name: str) -> None:
    raw = (MAIL / name).read_bytes()
    assert raw.isascii(), "non-ASCII text must be MIME-encoded (RFC 2047, quoted-printable)"
    assert b"\r" not in raw, "the samples use LF line endings throughout"
    assert max(len(line) for line in raw.split(b"\n")) <= 998  # RFC 5322 §2.1.1


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_names_only_fictional_addresses_and_hosts(name: str) -> None:
    raw = (MAIL / name).read_bytes().decode("ascii")
    decoded = "\n".join(
        p.get_content() for p in load(name).walk() if p.get_content_maintype() == "text"
    )
    for text in (raw, decoded):
        for domain in re.findall(r"[\w.+=-]+@([\w-]+(?:\.[\w-]+)+)", text):
            assert is_fictional(domain), domain
        for host in re.findall(r"https?://([\w.-]+)", text):
            assert is_fictional(host) or host in REAL_HOSTS_ALLOWED, host


def test_message_ids_are_unique_across_samples() -> None:
    ids = [load(name)["Message-ID"] for name in SAMPLES]
    assert len(set(ids)) == len(ids)


def test_application_receipt_comes_from_no_reply_and_names_a_human_recruiter() -> None:
    msg = load("01_application_receipt.eml")
    assert msg["From"].addresses[0].username == "no-reply"
    assert msg["Subject"] == "Thank you for applying to Northwind Labs"
    assert msg["To"].addresses[0].addr_spec == OWNER
    text = text_of(msg)
    assert "Senior Backend Engineer" in text
    assert "Priya Raman" in text and "priya.raman@northwind.example" in text
    assert "Priya Raman" in text_of(msg, "html")


def test_interview_invitation_is_a_calendar_request_with_interviewers_and_a_zoom_link() -> None:
    msg = load("02_interview_invitation.eml")
    assert msg.get_content_type() == "multipart/alternative"
    types = [p.get_content_type() for p in msg.iter_parts()]
    assert types == ["text/plain", "text/html", "text/calendar"]
    part, cal, event = calendar_of(msg)
    assert part.get_param("method") == "REQUEST"
    assert str(cal["METHOD"]) == "REQUEST"
    assert str(event["ORGANIZER"]) == "mailto:priya.raman@northwind.example"
    assert event["ORGANIZER"].params["CN"] == "Priya Raman"
    attendees = {str(a).removeprefix("mailto:"): a.params["CN"] for a in event["ATTENDEE"]}
    assert attendees == {
        OWNER: "Ana Example",
        "jordan.ellis@northwind.example": "Jordan Ellis",
        "mei.tanaka@northwind.example": "Mei Tanaka",
    }
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["America/New_York"]
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start.isoformat() == "2026-12-08T10:00:00-05:00"
    assert (end - start).total_seconds() == 3600
    assert int(event["SEQUENCE"]) == 0
    assert "https://zoom.us/j/84512345678" in str(event["LOCATION"])
    assert "https://zoom.us/j/84512345678" in text_of(msg)


def test_forwarded_confirmation_is_an_inline_gmail_forward_from_another_company() -> None:
    msg = load("03_forwarded_interview_confirmation.eml")
    assert msg["From"].addresses[0].addr_spec == OWNER
    assert msg["Subject"].startswith("Fwd: ")
    assert not any(p.get_content_type() == "text/calendar" for p in msg.walk())
    text = text_of(msg)
    block = text.split("---------- Forwarded message ---------\n", 1)
    assert len(block) == 2, "no Gmail forward marker"
    header_lines = block[1].split("\n\n", 1)[0].splitlines()
    assert [line.split(":", 1)[0] for line in header_lines] == ["From", "Date", "Subject", "To"]
    assert header_lines[0] == "From: Daniel Okafor <daniel.okafor@bluepeak.example>"
    assert "Thursday, December 10 at 2:00 PM PT" in text
    assert "Sofía Márquez" in text and "Liam Chen" in text
    assert "gmail_quote" in text_of(msg, "html")


def test_reschedule_updates_the_invitation_with_the_same_uid_and_a_higher_sequence() -> None:
    _, _, first = calendar_of(load("02_interview_invitation.eml"))
    msg = load("04_interview_rescheduled.eml")
    assert msg["Subject"].startswith("Updated invitation: ")
    part, cal, moved = calendar_of(msg)
    assert part.get_param("method") == "REQUEST" and str(cal["METHOD"]) == "REQUEST"
    assert str(moved["UID"]) == str(first["UID"])
    # RFC 5545 §3.8.7.4: a revision that changes the time increments SEQUENCE.
    assert (int(first["SEQUENCE"]), int(moved["SEQUENCE"])) == (0, 1)
    assert moved.decoded("DTSTART").isoformat() == "2026-12-09T13:00:00-05:00"
    assert moved.decoded("DTSTART") != first.decoded("DTSTART")
    assert moved.decoded("DTSTAMP") > first.decoded("DTSTAMP")
    assert {str(a) for a in moved["ATTENDEE"]} == {str(a) for a in first["ATTENDEE"]}


def test_rejection_comes_from_a_third_company() -> None:
    msg = load("05_rejection.eml")
    domain = msg["From"].addresses[0].domain
    others = {load(n)["From"].addresses[0].domain for n in ("02_interview_invitation.eml",)}
    others.add("bluepeak.example")
    assert domain not in others
    text = " ".join(text_of(msg).split())
    assert "we have decided to move forward with other candidates" in text


def test_job_alert_is_a_bulk_mail_with_dates_and_the_word_interview() -> None:
    msg = load("06_job_alert.eml")
    assert msg["Subject"] == "10 new jobs for Backend Engineer"
    assert msg["List-Unsubscribe"]
    assert "noreply" in msg["From"].addresses[0].username
    text = text_of(msg)
    assert text.lower().count("interview") >= 2
    assert len(re.findall(r"\b(?:Nov|Dec) \d{1,2}\b", text)) >= 5
    assert text.count("View job: ") == 10


def test_demo_config_is_valid_and_uses_the_local_maildir_and_loopback_smtp() -> None:
    config = load_config((DEMO / "config.yaml").read_text(encoding="utf-8"), "config.yaml", "/demo")
    assert config.owner.name == "Ana Example" and config.owner.email == OWNER
    assert str(config.owner.timezone) == "Europe/Paris"
    assert config.mailbox.source == "maildir" and config.mailbox.path == "mail"
    assert config.smtp is not None
    assert (config.smtp.host, config.smtp.security) == ("127.0.0.1", "plain")
    assert config.resolve(config.rules) == Path("/demo/rules")
    assert config.resolve(config.templates) == Path("/demo/rules/templates")


def test_pyproject_package_data_ships_every_demo_file() -> None:
    """The wheel's package-data globs (as setuptools expands them) cover every demo file."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["followup"]
    package = Path(followup.__file__).parent
    shipped = {
        Path(hit)
        for pattern in patterns
        for hit in glob.glob(pattern, root_dir=package, recursive=True)
    }
    demo_files = {p.relative_to(package) for p in DEMO.rglob("*") if p.is_file()}
    assert {Path("demo/config.yaml"), *(Path("demo/mail") / n for n in SAMPLES)} <= demo_files
    assert demo_files <= shipped
