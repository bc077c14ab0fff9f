"""Every file of the public corpus (tests/data/corpus, see tests/data/MANIFEST.md) reads cleanly and fast."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from followup.forwards import unwrap_forward
from followup.ics import read_calendar
from followup.parse import html_to_text, parse_message

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
FILES = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*") if p.is_file())


def test_the_whole_public_corpus_is_present() -> None:
    assert len(FILES) == 105
    manifest = (CORPUS.parent / "MANIFEST.md").read_text(encoding="utf-8")
    assert all(f"| corpus/{name} |" in manifest for name in FILES)


@pytest.mark.parametrize("name", FILES)
def test_corpus_file_reads_without_exception_in_under_a_second(name: str) -> None:
    path = CORPUS / name
    started = time.process_time()  # CPU time: a busy machine must not fail the bound
    if name.endswith(".eml"):
        message = parse_message(path.read_bytes(), name)
        assert isinstance(message.text, str)
        for calendar in message.calendars:
            read_calendar(calendar)
        meaningful = message.sender is not None or message.subject or message.text
        assert meaningful
    elif name.endswith(".ics"):
        assert read_calendar(path.read_text(encoding="utf-8", errors="replace"))
    elif name.endswith(".html"):
        text = html_to_text(path.read_text(encoding="utf-8", errors="replace"))
        assert text
        unwrap_forward(text)
    else:
        unwrap_forward(path.read_text(encoding="utf-8"))
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize(
    ("name", "field", "expected"),
    [
        ("multipart/djmb_cp1251_body.eml", "text", "Это сообщение"),
        ("multipart/mail_japanese_iso_2022.eml", "subject", "まみむめも"),
        ("forwarded/mail_attachment_message_rfc822.eml", "subject", "Another PDF"),
        ("forwarded/sisimai_original_as_attachment.eml", "subject", "original"),
        ("calendar/nylas_icloud_invite_email.eml", "subject", "vous a invité"),
        ("autoreply/sisimai_rfc3834_01_away.eml", "subject", "Away until May 5"),
        ("multipart/enmime_papertrail_welcome.eml", "text", "Quick Start"),
        ("other/talon_booking_inquiry_reply.eml", "text", "Sounds great"),
    ],
)
def test_corpus_mail_fields(name: str, field: str, expected: str) -> None:
    assert expected in getattr(parse_message((CORPUS / name).read_bytes(), name), field)


def test_outlook_2010_html_forward_block_unwraps_after_html_to_text() -> None:
    text = html_to_text((CORPUS / "forwarded/talon_html_ms_outlook_2010.html").read_text(encoding="utf-8"))
    result = unwrap_forward(text)
    assert result is not None and result.sender is not None


def test_thunderbird_invite_calendar_start_and_update_chain() -> None:
    def invite(name: str):
        message = parse_message((CORPUS / "calendar" / name).read_bytes(), name)
        return read_calendar(message.calendars[0])[0]

    minor, cancel, major = (invite(n) for n in (
        "thunderbird_update_minor.eml", "thunderbird_cancel_single_event.eml", "thunderbird_update_major.eml"))
    assert minor.uid == cancel.uid == major.uid
    assert (minor.sequence, cancel.sequence, major.sequence) == (0, 1, 2)
    assert cancel.method == "CANCEL" and cancel.status == "CANCELLED"
    assert major.start is not None and minor.start is not None and major.start != minor.start
