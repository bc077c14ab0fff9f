"""parse.parse_message: headers, charsets, HTML, calendars, forwards, robots and hostile input."""

from __future__ import annotations

import base64
import os
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from followup.ics import read_calendar
from followup.model import Person
from followup.parse import html_to_text, parse_message

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
FWD = CORPUS / "forwarded"


def load(path: str):
    return parse_message((CORPUS / path).read_bytes(), path)


def mail(headers: str, body: str = "Hello.\n", *, charset: str = "utf-8") -> bytes:
    text = headers.strip("\n") + f"\nMIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\n\n" + body
    return text.replace("\n", "\r\n").encode("utf-8")


# --- headers --------------------------------------------------------------------------------


def test_plain_mail_fills_original_and_envelope_alike() -> None:
    raw = mail(
        "From: Sam Lee <sam.lee@acme.example>\nTo: Me <me@example.org>, x@example.org\n"
        "Cc: Jane <jane@acme.example>\nReply-To: jobs@acme.example\n"
        "Subject: Interview confirmation\nDate: Tue, 03 Mar 2026 10:00:00 -0500\n"
        "Message-ID: <abc@acme.example>\nIn-Reply-To: <prev@example.org>\n"
        "References: <first@example.org>\n <prev@example.org>\nList-Id: Jobs <jobs.acme.example>\n"
        "Authentication-Results: mx.example.org; dkim=pass header.d=acme.example;\n spf=pass"
    )
    m = parse_message(raw, "t")
    assert m.sender == Person("Sam Lee", "sam.lee@acme.example") == m.envelope_sender
    assert m.to == (Person("Me", "me@example.org"), Person(None, "x@example.org"))
    assert m.cc == (Person("Jane", "jane@acme.example"),)
    assert m.reply_to == (Person(None, "jobs@acme.example"),)
    assert m.subject == "Interview confirmation"
    assert m.date == datetime(2026, 3, 3, 10, 0, tzinfo=timezone(timedelta(hours=-5))) == m.envelope_date
    assert m.message_id == "<abc@acme.example>" == m.envelope_message_id
    assert m.in_reply_to == "<prev@example.org>" == m.envelope_in_reply_to
    assert m.references == ("<first@example.org>", "<prev@example.org>") == m.envelope_references
    assert m.list_id == "jobs.acme.example"
    assert m.authentication_results == ("mx.example.org; dkim=pass header.d=acme.example; spf=pass",)
    assert m.forward_depth == 0 and not m.is_forward and not m.is_auto_reply
    assert m.text == "Hello."
    assert ("Subject", "Interview confirmation") in m.headers


@pytest.mark.parametrize(
    ("date", "defect"),
    [("Tue, 03 Mar 2026 10:00:00 -0000", "Date header has no usable zone"), (None, "no Date header"),
     ("not a date", "unreadable Date header")],
)
def test_naive_missing_or_bad_date_gives_none_with_a_defect(date: str | None, defect: str) -> None:
    header = f"Date: {date}\n" if date else ""
    m = parse_message(mail("From: a@b.example\nSubject: x\n" + header), "t")
    assert m.date is None
    assert defect in m.defects


def test_rfc2047_headers_are_decoded() -> None:
    m = load("multipart/enmime_qp_utf8_header.eml")
    assert m.subject == "MIME UTF8 Test \u00a2 More Text"
    assert m.sender is not None and m.sender.name and "Hill" in m.sender.name


def test_rfc6532_raw_utf8_headers() -> None:
    m = load("multipart/mail_utf8_headers_rfc6532.eml")
    assert m.subject == "Säying Hello"
    assert m.sender is not None and m.sender.email == "jdöe@mächine.example"


def test_raw_8bit_cyrillic_subject_reads_as_cyrillic() -> None:
    m = load("multipart/djmb_raw_8bit_cyrillic_subject.eml")
    assert m.subject.startswith("Узнай как зарабатывать")


def test_partially_encoded_subject_keeps_spaces_between_words() -> None:
    m = load("multipart/mail_partially_quoted_subject.eml")
    assert m.subject == 'Re: Test: "漢字" mid "漢字" tail'


def test_malformed_address_header_keeps_an_address() -> None:
    m = load("multipart/enmime_malformed_address_headers.eml")
    assert m.sender is not None and m.sender.email and "@" in m.sender.email


# --- charsets -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "snippet"),
    [
        ("multipart/djmb_cp1251_body.eml", "Это сообщение имеет неправильную кодировка."),
        ("multipart/mail_japanese_iso_2022.eml", "すみません。"),
        ("multipart/mail_japanese_shift_jis.eml", "あいうえお"),
        ("multipart/mail_ks_c_5601_1987.eml", "스티해"),
        ("multipart/talon_android_base64_utf8.eml", "пользователь"),
        ("other/sisimai_b64_utf8_subject.eml", "にゃー"),
    ],
)
def test_bodies_in_any_charset_decode_to_text(path: str, snippet: str) -> None:
    assert snippet in load(path).text


def test_declared_latin1_that_is_utf8_is_read_as_utf8() -> None:
    m = load("multipart/djmb_declared_latin1_actual_utf8.eml")
    assert "Ã" not in m.text
    assert any("utf-8" in d for d in m.defects)


def test_unknown_charset_falls_back_with_a_defect() -> None:
    m = load("multipart/enmime_unk_charset_html_only.eml")
    assert m.text == "Hello World!"
    assert any("unknown charset" in d for d in m.defects)


def test_mislabelled_single_byte_body_never_raises_and_says_so() -> None:
    raw = mail("From: a@b.example\nSubject: x\nDate: Tue, 03 Mar 2026 10:00:00 +0000", charset="us-ascii")
    raw = raw.replace(b"Hello.", "Grüße aus Köln".encode("cp1252"))
    m = parse_message(raw, "t")
    assert m.text == "Grüße aus Köln"
    assert any("did not fit" in d for d in m.defects)


# --- HTML -----------------------------------------------------------------------------------


def test_html_only_mail_becomes_readable_text() -> None:
    assert load("multipart/enmime_html_only_inline.eml").text == "Test of HTML section"
    assert load("multipart/enmime_non_mime_html.eml").text.split() == ["This", "is", "a", "test", "mailing"]


def test_html_to_text_keeps_tables_links_and_drops_scripts() -> None:
    html = (
        "<html><head><style>p{color:red}</style><script>alert(1)</script><title>T</title></head><body>"
        "<p>Dear&nbsp;Sam,</p><table><tr><th>When</th><th>Where</th></tr>"
        "<tr><td>Tue 10:00</td><td><a href='https://zoom.us/j/1'>Join</a></td></tr></table>"
        "<div>Mail <a href='mailto:jane@acme.example'>Jane</a> or "
        "<a href='https://acme.example/x'>https://acme.example/x</a><br>Bye</div></body></html>"
    )
    text = html_to_text(html)
    assert [line for line in text.splitlines() if line] == [
        "Dear Sam,",
        "When | Where",
        "Tue 10:00 | Join (https://zoom.us/j/1)",
        "Mail Jane (jane@acme.example) or https://acme.example/x",
        "Bye",
    ]


def test_the_same_html_rendered_as_a_reply_keeps_quotes_and_drops_link_targets() -> None:
    html = (
        "<div>APPROVE 2</div><div>Mail <a href='https://acme.example/x'>here</a></div>"
        "<blockquote type=cite><p>On Mon, Alex wrote:</p><blockquote>draft\n text</blockquote></blockquote>"
        "<pre>line 1\n  line 2</pre>"
    )
    assert html_to_text(html, quote_blockquotes=True).splitlines() == [
        "APPROVE 2", "Mail here", "> On Mon, Alex wrote:", "> > draft text", "line 1", "line 2",
    ]  # fmt: skip
    assert html_to_text(html).splitlines() == [
        "APPROVE 2", "", "Mail here (https://acme.example/x)", "", "On Mon, Alex wrote:", "", "draft", "text", "",
        "line 1", "line 2",
    ]  # fmt: skip


def test_the_package_has_one_html_parser() -> None:
    package = Path(__file__).resolve().parents[2] / "daemon" / "followup"
    users = sorted(
        str(path.relative_to(package)) for path in package.rglob("*.py") if "HTMLParser" in path.read_text("utf-8")
    )
    assert users == ["htmltext.py"]


def test_html_charset_from_meta_tag() -> None:
    raw = (b"From: a@b.example\r\nContent-Type: text/html\r\n\r\n"
           b"<meta charset='windows-1251'><p>" + "Привет".encode("cp1251") + b"</p>")
    assert parse_message(raw, "t").text == "Привет"


# --- calendars ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["calendar/thunderbird_single_event_request.eml", "calendar/thunderbird_outlook_invite.eml",
     "calendar/thunderbird_teams_meeting_invite.eml", "calendar/nylas_icloud_invite_email.eml",
     "calendar/libical_complex_mime_request.eml"],
)
def test_calendar_parts_are_collected(path: str) -> None:
    m = load(path)
    assert m.calendars
    assert any(read_calendar(c) for c in m.calendars)


def test_google_invite_with_ics_attachment_dedupes_identical_calendars() -> None:
    m = load("calendar/thunderbird_google_meet_invite.eml")
    assert 1 <= len(m.calendars) <= 2
    assert "Du har blivit inbjuden" in m.text


def test_thunderbird_invite_calendar_start() -> None:
    m = load("calendar/thunderbird_single_event_request.eml")
    (invite,) = read_calendar(m.calendars[0])
    assert invite.method == "REQUEST"
    assert invite.start is not None and invite.start.replace(tzinfo=None).hour == 11


# --- forwards -------------------------------------------------------------------------------


def gmail_forward(owner_note: str = "Please look at this.") -> bytes:
    body = (
        f"{owner_note}\n\n---------- Forwarded message ---------\n"
        "From: Sam Lee <sam.lee@acme.example>\nDate: Tue, Mar 3, 2026 at 9:31 AM\n"
        "Subject: Interview confirmation\nTo: <me@example.org>\nCc: Jane <jane@acme.example>\n\n"
        "Your interview is confirmed for Friday.\n"
    )
    return mail(
        "From: Me <me@example.org>\nTo: followup@example.org\nSubject: Fwd: Interview confirmation\n"
        "Date: Tue, 03 Mar 2026 12:00:00 -0500\nMessage-ID: <fwd@example.org>\nIn-Reply-To: <x@example.org>",
        body,
    )


def test_inline_forward_is_judged_by_the_original() -> None:
    m = parse_message(gmail_forward(), "t")
    assert m.forward_depth == 1 and m.is_forward
    assert m.sender == Person("Sam Lee", "sam.lee@acme.example")
    assert m.subject == "Interview confirmation"
    # Gmail prints the date in the forwarder's zone, which the outer Date header carries.
    assert m.date == datetime(2026, 3, 3, 9, 31, tzinfo=timezone(timedelta(hours=-5)))
    assert m.text == "Your interview is confirmed for Friday."
    assert "Please look" not in m.text
    assert m.to == (Person(None, "me@example.org"),)
    assert m.cc == (Person("Jane", "jane@acme.example"),)
    assert m.message_id is None and m.in_reply_to is None
    assert m.envelope_sender == Person("Me", "me@example.org")
    assert m.envelope_message_id == "<fwd@example.org>"
    assert m.envelope_in_reply_to == "<x@example.org>"


@pytest.mark.parametrize(
    ("path", "subject", "sender"),
    [
        ("forwarded/mail_attachment_message_rfc822.eml", "Another PDF", "xxxx@xxxx.com"),
        ("forwarded/djmb_message_with_rfc822_attachment.eml", "Attached email", "test@adamcoddington.net"),
        ("forwarded/sisimai_original_as_attachment.eml", "original", "dummy@example.com"),
    ],
)
def test_rfc822_attachment_is_the_original(path: str, subject: str, sender: str) -> None:
    m = load(path)
    assert m.forward_depth == 1
    assert m.subject == subject
    assert m.sender is not None and m.sender.email == sender
    assert m.envelope_sender is not None and m.envelope_message_id != m.message_id


def test_rfc822_original_keeps_its_threading_headers() -> None:
    inner = mail("From: Sam <sam@acme.example>\nSubject: Interview\nDate: Tue, 03 Mar 2026 10:00:00 +0000\n"
                 "Message-ID: <orig@acme.example>\nIn-Reply-To: <app@example.org>\nReferences: <app@example.org>")
    raw = (b"From: me@example.org\r\nSubject: Fwd: Interview\r\nDate: Tue, 03 Mar 2026 12:00:00 +0000\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
           b"Content-Type: text/plain\r\n\r\nsee attached\r\n--B\r\nContent-Type: message/rfc822\r\n\r\n"
           + inner + b"\r\n--B--\r\n")
    m = parse_message(raw, "t")
    assert m.message_id == "<orig@acme.example>"
    assert m.in_reply_to == "<app@example.org>" and m.references == ("<app@example.org>",)
    assert m.envelope_in_reply_to is None
    assert m.text == "Hello."


def test_bounce_report_is_not_taken_for_a_forward() -> None:
    m = load("other/sisimai_office365_bounce_iso2022jp.eml")
    assert m.forward_depth == 0
    assert m.sender is not None and m.sender.email and m.sender.email.startswith("postmaster@")


# --- robots ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(p.name for p in (CORPUS / "autoreply").glob("*.eml")))
def test_every_corpus_auto_reply_is_flagged(path: str) -> None:
    assert load(f"autoreply/{path}").is_auto_reply


@pytest.mark.parametrize(
    ("header", "auto", "value"),
    [("Auto-Submitted: auto-replied", True, "auto-replied"), ("Auto-Submitted: no", False, "no"),
     # An ATS receipt is machine-generated but not a reply: detect must still read it.
     ("Auto-Submitted: auto-generated; owner-email=x@y", False, "auto-generated"),
     ("X-Autoreply: yes", True, None), ("X-Autorespond: 1", True, None), ("Precedence: auto_reply", True, None),
     ("Precedence: junk", False, None), ("Precedence: bulk", False, None),
     ("Precedence: list", False, None), ("X-Mailer: Outlook", False, None)],
)
def test_auto_reply_headers(header: str, auto: bool, value: str | None) -> None:
    m = parse_message(mail(f"From: a@b.example\nSubject: Hello\n{header}"), "t")
    assert m.is_auto_reply is auto
    assert m.auto_submitted == value


@pytest.mark.parametrize("subject", ["Out of Office: back Monday", "Automatic reply: Interview",
                                     "Abwesenheitsnotiz: Urlaub", "Réponse automatique : absent"])
def test_out_of_office_subjects(subject: str) -> None:
    assert parse_message(mail(f"From: a@b.example\nSubject: {subject}"), "t").is_auto_reply


# --- never raises, bounded ------------------------------------------------------------------


@pytest.mark.parametrize("raw", [b"", b"\x00" * 100, b"garbage", b"From:\r\n\r\n", b"\xff\xfe" * 1000,
                                 b"Content-Type: multipart/mixed; boundary=\r\n\r\n--\r\n",
                                 b"Content-Type: text/plain; charset=base64_codec\r\n\r\nabc",
                                 b"Content-Type: text/html; charset=rot13\r\n\r\n<p>x"])
def test_junk_never_raises(raw: bytes) -> None:
    m = parse_message(raw, "junk")
    assert isinstance(m.text, str)


def attachment_mail(size: int) -> bytes:
    data = base64.encodebytes(os.urandom(size)).replace(b"\n", b"\r\n")
    return (b"From: a@b.example\r\nSubject: big\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
            b"--XX\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
            b"Content-Disposition: attachment; filename=a.pdf\r\n\r\n" + data + b"\r\n--XX\r\n"
            b"Content-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n--XX--\r\n")


def many_parts(count: int) -> bytes:
    parts = b"".join(b"--XX\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(count))
    return b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n" + parts + b"--XX--\r\n"


def huge_header(size: int) -> bytes:
    return (b"From: a@b.example\r\nSubject: " + b"x y " * (size // 4) + b"\r\nTo: " + b"a@b.c, " * (size // 7)
            + b"\r\nReferences: " + b"<a@b> " * (size // 6) + b"\r\n\r\nbody\r\n")


def nested_tags(count: int, tag: bytes = b"div") -> bytes:
    opening, closing = b"<" + tag + b">", b"</" + tag + b">"
    return b"From: a@b.example\r\nContent-Type: text/html\r\n\r\n" + opening * count + b"deep" + closing * count


def nested_multipart(depth: int) -> bytes:
    head = b"".join(b"Content-Type: multipart/mixed; boundary=B%d\r\n\r\n--B%d\r\n" % (i, i) for i in range(depth))
    return b"From: a@b.example\r\n" + head + b"Content-Type: text/plain\r\n\r\ninner\r\n"


HOSTILE = {
    "20 MB attachment": lambda: attachment_mail(20_000_000),
    "1,000 MIME parts": lambda: many_parts(1000),
    "1 MB header": lambda: huge_header(1_000_000),
    "100,000 nested div tags": lambda: nested_tags(100_000),
    "100,000 nested td tags": lambda: nested_tags(100_000, b"td"),
    "100,000 unclosed anchors": lambda: b"Content-Type: text/html\r\n\r\n" + b"<a href='https://x.example'>" * 100_000,
    "100,000 unclosed comments": lambda: b"Content-Type: text/html\r\n\r\n" + b"<!--<a " * 100_000,
    "1,000 nested multiparts": lambda: nested_multipart(1000),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_parses_in_under_a_second(name: str) -> None:
    raw = HOSTILE[name]()
    started = time.process_time()  # CPU time: a busy machine must not fail the bound
    m = parse_message(raw, name)
    elapsed = time.process_time() - started
    assert elapsed < 1.0, f"{name}: {elapsed:.2f}s of CPU"
    assert len(m.text) <= 1_000_000
    assert len(m.headers) <= 100 and all(len(v) <= 1000 for _, v in m.headers)


@pytest.mark.parametrize("name", ["20 MB attachment", "1 MB header", "100,000 nested div tags"])
def test_hostile_input_stays_under_200_mb(name: str) -> None:
    raw = HOSTILE[name]()
    tracemalloc.start()
    try:
        parse_message(raw, name)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 200_000_000, f"{name}: {peak / 1e6:.0f} MB"


def test_big_attachment_keeps_text_and_later_calendar() -> None:
    m = parse_message(attachment_mail(20_000_000), "big")
    assert m.text == "hello"
    assert m.calendars == ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",) or len(m.calendars) == 1
    assert any("shortened" in d for d in m.defects)


def test_deep_nesting_and_many_parts_are_cut_with_defects() -> None:
    assert any("MIME" in d or "multipart" in d for d in parse_message(nested_multipart(1000), "n").defects)
    m = parse_message(many_parts(1000), "p")
    assert "part 0" in m.text and any("500 MIME parts" in d for d in m.defects)


def test_format_flowed_soft_breaks_are_joined() -> None:
    raw = (
        b"From: Ana <ana@example.com>\r\nSubject: Re: approve\r\nDate: Tue, 8 Dec 2026 10:00:00 +0100\r\n"
        b"Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
        b"APPROVE 1\r\n\r\n> Thank you for speaking with me on Tuesday about \r\n> the Senior role.\r\n"
        b"A line that \r\nflows on.\r\n-- \r\nAna\r\n"
    )
    text = parse_message(raw).text
    assert "> Thank you for speaking with me on Tuesday about the Senior role." in text
    assert "A line that flows on." in text
    assert "\n-- \n" in text or "\n--\n" in text


def test_delsp_removes_the_joining_space() -> None:
    from followup.parse import unflow

    assert unflow("Ver \nbose", delsp=True) == "Verbose"
    assert unflow("Ver \nbose") == "Ver bose"
