"""Approval by e-mail, the pure part: request text, reply reading, tokens, authentication.

Real reply shapes come from mailgun/talon's fixtures (tests/data/replies/talon_*, see
tests/data/MANIFEST.md); the other files in tests/data/replies/ are replies we wrote to a
request rendered from DRAFTS below with TOKEN, in the shapes of Gmail, Outlook, Apple Mail,
Thunderbird and phones.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from datetime import datetime, timedelta, UTC
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.model import Message, Person
from followup.parse import html_to_text, parse_message
from followup.approval.authenticate import AuthResult, authenticate_reply
from followup.approval.confirmation import render_confirmation
from followup.approval.reply import ReplyCommand, extract_own_text, parse_reply
from followup.approval.request import DraftView, render_request
from followup.approval.tokens import TokenRecord, find_token, hash_token, new_token, request_message_id

DATA = Path(__file__).resolve().parents[1] / "data" / "replies"
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def fixture(name: str) -> Path:
    """A reply fixture: our own in replies/, or a public one kept once, in the corpus copy."""
    own = DATA / name
    return own if own.exists() else next(CORPUS.rglob(name))
UTC = UTC
TOKEN = "q3Vb9xT0cLk2mN8pR4sW7yZ1"
OWNER = "alex@alex.example"
FORWARDER = "alex.smith@work.example"
CREATED = datetime(2026, 12, 8, 14, 5, tzinfo=UTC)
NOW = datetime(2026, 12, 8, 15, 0, tzinfo=UTC)

DRAFTS = (
    DraftView(
        1, 101, (Person("Jane Doe", "jane.doe@acme.example"),), datetime(2026, 12, 8, 22, 0, tzinfo=UTC),
        "America/New_York", "thank each interviewer", "Re: Interview confirmation: Senior Backend Engineer",
        "Hi Jane,\n\nThank you for taking the time to talk with me today about the Senior Backend "
        "Engineer role. I enjoyed hearing how the platform team ships the robot fleet updates.\n\n"
        "Best regards,\nAlex Smith",
    ),
    DraftView(
        2, 102, (Person("Sam Lee", "sam.lee@acme.example"),), datetime(2026, 12, 15, 14, 0, tzinfo=UTC),
        "America/New_York", "check in after a week", "Checking in: Senior Backend Engineer",
        "Hi Sam,\n\nI wanted to check in on the Senior Backend Engineer role. I am still very "
        "interested.\n\nBest,\nAlex Smith",
    ),
)  # fmt: skip
SUBJECT, BODY = render_request(
    DRAFTS, token=TOKEN, interview_label="Acme Robotics", owner_name="Alex Smith", why_waiting=None
)


def _load(name: str) -> Message:
    return parse_message(fixture(name).read_bytes(), name)


def _reply(text: str, *, sender: str = OWNER, subject: str = f"Re: {SUBJECT}", **kw: object) -> Message:
    values: dict[str, object] = {
        "sender": Person("Alex Smith", sender),
        "date": NOW,
        "subject": subject,
        "message_id": "<reply.1@alex.example>",
        "text": text,
        "envelope_sender": Person("Alex Smith", sender),
        "envelope_date": NOW,
        "envelope_in_reply_to": f"<approval.{TOKEN}@mail.alex.example>",
    }
    values.update(kw)
    return Message(**values)  # type: ignore[arg-type]


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


# --- real reply shapes (talon fixtures) -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("talon_apple_mail.eml", "Hello"),  # top-posted, "On <date>, bob wrote:"
        ("talon_apple_mail_2.eml", "Hello"),  # the attribution line itself quoted
        ("talon_iphone.eml", "Hello"),  # "Sent from my iPhone" footer
        ("talon_thunderbird.eml", "Hello"),  # bottom-posted under the quote
        ("talon_hotmail.eml", "Hello"),  # quoted header block, no attribution
        ("talon_yahoo_reply.eml", "Hello"),  # "----- Original Message -----"
        ("talon_android_base64_utf8.eml", "Hello"),  # Russian attribution wrapped over two lines
    ],
)
def test_own_text_of_real_replies_is_what_the_replier_wrote(name: str, own: str) -> None:
    assert extract_own_text(_load(name).text) == own


def test_own_text_of_a_real_yahoo_reply_stops_at_its_quote_header() -> None:
    own = extract_own_text(_load("talon_booking_inquiry_reply.eml").text)
    assert own.startswith("Hi Katharine.")
    assert own.endswith("Joe XXX")
    assert "New Booking Inquiry" not in own and "wrote:" not in own


@pytest.mark.parametrize("name", ["talon_html_gmail.html", "talon_html_ms_outlook_2010.html"])
def test_own_text_of_real_html_replies_excludes_the_quote(name: str) -> None:
    html = fixture(name).read_text(encoding="utf-8", errors="replace")
    for text in (html_to_text(html, quote_blockquotes=True), html_to_text(html)):
        own = extract_own_text(text)
        assert own.startswith("Hi. I am fine.") and own.endswith("Alex")
        assert "How are you" not in own


def test_an_html_reply_whose_head_is_never_closed_is_still_read() -> None:
    # Browsers end <head> at the first body content; a renderer waiting for </head> read nothing.
    html = "<html><head><meta charset='utf-8'><body><div>APPROVE 2</div><blockquote>request</blockquote>"
    command = parse_reply(_reply(html_to_text(html), html=html))
    assert (command.kind, command.drafts) == ("approve", (2,))


def test_gmail_html_blockquote_becomes_quoted_lines() -> None:
    text = html_to_text(fixture("talon_html_gmail.html").read_text(encoding="utf-8"), quote_blockquotes=True)
    assert "> Hello! How are you?" in text.splitlines()


@pytest.mark.parametrize(
    "name",
    ["talon_apple_mail.eml", "talon_apple_mail_2.eml", "talon_iphone.eml", "talon_thunderbird.eml",
     "talon_hotmail.eml", "talon_yahoo_reply.eml"],
)  # fmt: skip
def test_a_command_in_place_of_a_real_reply_text_is_read(name: str) -> None:
    raw = fixture(name).read_bytes()
    assert b"\nHello\n" in raw
    message = parse_message(raw.replace(b"\nHello\n", b"\nAPPROVE 2\n", 1), name)
    command = parse_reply(message)
    assert (command.kind, command.drafts) == ("approve", (2,))


def test_real_outlook_reply_without_re_subject_is_read_from_its_html() -> None:
    # parse takes the From:/Sent: block of a reply with subject "Test" for an inline forward,
    # so `text` is the quoted message; the owner's line survives in the HTML part.
    raw = fixture("talon_outlook_reply.eml").read_bytes()
    raw = raw.replace(b"\nHello\n", b"\nREJECT 1\n", 1).replace(b"Allo! Follow up MIME!", b"REJECT 1", 1)
    message = parse_message(raw, "outlook")
    assert message.forward_depth == 1 and "REJECT" not in message.text
    assert message.html is not None and "REJECT 1" in message.html
    command = parse_reply(message)
    assert (command.kind, command.drafts) == ("reject", (1,))


def test_real_prose_reply_is_unclear_and_says_what_is_accepted() -> None:
    command = parse_reply(_load("talon_booking_inquiry_reply.eml"))
    assert command.kind == "unclear"
    assert "\n" not in command.reason and "APPROVE 2" in command.reason and "REJECT" in command.reason


def test_a_command_above_real_prose_is_still_unclear() -> None:
    message = _load("talon_booking_inquiry_reply.eml")
    command = parse_reply(dataclasses.replace(message, text="APPROVE\n\n" + message.text, html=None))
    assert command.kind == "unclear"


# --- our replies to a rendered request, client by client ------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "drafts"),
    [
        ("gmail_top_posted_approve_2.eml", "approve", (2,)),  # attribution and marker wrapped
        ("iphone_approve_all_sent_from.eml", "approve", ()),
        ("thunderbird_bottom_posted_reject_2.eml", "reject", (2,)),
        ("outlook_top_posted_approve_1.eml", "approve", (1,)),  # From:/Sent: block, request unquoted
        ("outlook_original_message_reject.eml", "reject", ()),
        ("gmail_french_approve_1_2.eml", "approve", (1, 2)),  # "Le ... a écrit :", "1 et 2"
        ("gmail_german_approve.eml", "approve", ()),  # "Am ... schrieb ...:", German sign-off
        ("gmail_spanish_reject_1.eml", "reject", (1,)),  # "El ... escribió:"
        ("gmail_html_only_approve.eml", "approve", ()),  # no text/plain part
    ],
)
def test_command_is_read_from_each_client_shape(name: str, kind: str, drafts: tuple[int, ...]) -> None:
    command = parse_reply(_load(name), drafts=DRAFTS)
    assert (command.kind, command.drafts, dict(command.edits)) == (kind, drafts, {})


def test_unchanged_quoted_drafts_are_not_edits_even_when_rewrapped() -> None:
    message = _load("gmail_top_posted_approve_2.eml")
    assert any(len(line) <= 62 for line in message.text.splitlines() if line.startswith("> Thank you"))
    command = parse_reply(message, drafts=DRAFTS)
    assert command.edits == {}


def test_top_posted_edited_draft_is_returned_verbatim() -> None:
    command = parse_reply(_load("gmail_edited_draft_2_top_posted.eml"), drafts=DRAFTS)
    assert (command.kind, command.drafts) == ("approve", (2,))
    assert command.edits == {
        2: "Hi Sam,\n\nI wanted to check in on the Senior Backend Engineer role. I am still very "
        "interested, and I would be glad\nto send the design sample we discussed.\n\nBest,\nAlex Smith"
    }


def test_draft_edited_inside_the_quote_loses_only_its_quote_marks() -> None:
    command = parse_reply(_load("thunderbird_edited_draft_1_in_quote.eml"), drafts=DRAFTS)
    assert (command.kind, command.drafts) == ("approve", (1,))
    assert command.edits[1] == DRAFTS[0].body.replace("I enjoyed", "I especially enjoyed")


def test_draft_edited_in_an_outlook_html_only_reply_keeps_its_lines() -> None:
    command = parse_reply(_load("outlook_html_only_edited_draft_2.eml"), drafts=DRAFTS)
    assert (command.kind, command.drafts) == ("approve", (2,))
    assert command.edits[2] == DRAFTS[1].body.replace("I wanted to check in on", "I am writing to follow up on")


@pytest.mark.parametrize("name", ["iphone_ambiguous_question.eml", "gmail_conditional_yes.eml"])
def test_ambiguous_replies_are_unclear_with_a_one_line_answer(name: str) -> None:
    command = parse_reply(_load(name), drafts=DRAFTS)
    assert command.kind == "unclear" and command.drafts == () and command.edits == {}
    assert "\n" not in command.reason
    assert command.reason.startswith("Not understood:") and "APPROVE 2" in command.reason


# --- the command grammar --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "drafts", "rejects"),
    [
        ("APPROVE", "approve", (), ()),
        ("approve", "approve", (), ()),
        ("Approve.", "approve", (), ()),
        ("APPROVE!", "approve", (), ()),
        ("Approved", "approve", (), ()),
        ("approve all", "approve", (), ()),
        ("APPROVE 2", "approve", (2,), ()),
        ("APPROVE #2", "approve", (2,), ()),
        ("approve 1 3", "approve", (1, 3), ()),
        ("Approve 1, 3.", "approve", (1, 3), ()),
        ("approve 1 and 3", "approve", (1, 3), ()),
        ("approve drafts 1-3", "approve", (1, 2, 3), ()),
        ("Please approve 2, thanks!", "approve", (2,), ()),
        ("REJECT", "reject", (), ()),
        ("reject 2", "reject", (2,), ()),
        ("Rejected.", "reject", (), ()),
        ("APPROVE 1\nREJECT 2", "approve", (1,), (2,)),
        ("approve 1, reject 2 and 3", "approve", (1,), (2, 3)),
        ("Hi,\n\nAPPROVE 2\n\nThanks,\nAlex", "approve", (2,), ()),
        ("APPROVE\n\n-- \nAlex Smith\nSenior Engineer, but not for long? call me", "approve", (), ()),
    ],
)
def test_commands(text: str, kind: str, drafts: tuple[int, ...], rejects: tuple[int, ...]) -> None:
    attribution = "On Tue, Dec 8, 2026 at 9:05 AM followup <jobs@alex.example> wrote:"
    command = parse_reply(_reply(f"{text}\n\n{attribution}\n{_quoted(BODY)}"))
    assert (command.kind, command.drafts, command.rejects) == (kind, drafts, rejects)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("approve?", "question"),
        ("APPROVE?", "question"),
        ("yes but change the time", "no APPROVE or REJECT"),
        ("ok", "no APPROVE or REJECT"),
        ("yes", "no APPROVE or REJECT"),
        ("", "empty"),
        ("APPROVE 2\nREJECT 2", "both approved and rejected"),
        ("APPROVE\nREJECT 1", "both approves and rejects"),
        ("don't approve", "not a command"),
        ("approve the second one", "not a command"),
        ("APPROVE 2\nbut send it a day later", "cannot act on"),
        ("APPROVE\nWait, is the time right", "cannot act on"),
        ("approve 0", "not a command"),
        ("approve no", "not a command"),
        ("APPROVE 3", "no draft 3"),
    ],
)
def test_unclear_replies(text: str, why: str) -> None:
    command = parse_reply(_reply(text + "\n\n" + _quoted(BODY)), drafts=DRAFTS)
    assert command.kind == "unclear"
    assert why in command.reason and "\n" not in command.reason


def test_edited_but_unapproved_draft_is_unclear() -> None:
    edited = _quoted(BODY.replace("I am still very interested.", "I am still keen."))
    command = parse_reply(_reply("APPROVE 1\n\n" + edited), drafts=DRAFTS)
    assert command.kind == "unclear" and "draft 2 was edited but not approved" in command.reason


def test_reject_ignores_edits() -> None:
    edited = _quoted(BODY.replace("I am still very interested.", "I am still keen."))
    command = parse_reply(_reply("REJECT\n\n" + edited), drafts=DRAFTS)
    assert (command.kind, command.drafts, dict(command.edits)) == ("reject", (), {})


def test_draft_block_without_end_marker_is_unclear() -> None:
    text = "APPROVE 2\n\n=== DRAFT 2 (to Sam Lee) ===\nHi Sam, new text\n\n" + _quoted(BODY)
    command = parse_reply(_reply(text), drafts=DRAFTS)
    assert command.kind == "unclear" and "END DRAFT 2" in command.reason


def test_emptied_draft_is_unclear() -> None:
    text = "APPROVE 2\n\n=== DRAFT 2 (to Sam Lee) ===\n\n=== END DRAFT 2 ===\n\n" + _quoted(BODY)
    command = parse_reply(_reply(text), drafts=DRAFTS)
    assert command.kind == "unclear" and "empty" in command.reason


def test_without_drafts_every_approved_block_is_returned_for_the_caller_to_compare() -> None:
    command = parse_reply(_reply("APPROVE 2\n\n" + _quoted(BODY)))
    assert command.edits == {2: DRAFTS[1].body}


def test_approve_all_with_an_edit_returns_the_edit() -> None:
    edited = _quoted(BODY.replace("Best regards,", "Warm regards,"))
    command = parse_reply(_reply("APPROVE\n\n" + edited), drafts=DRAFTS)
    assert (command.kind, command.drafts) == ("approve", ())
    assert command.edits == {1: DRAFTS[0].body.replace("Best regards,", "Warm regards,")}


def test_command_found_in_the_quote_does_not_count() -> None:
    # The request itself says "APPROVE 2 ..."; a reply with nothing of its own is not an approval.
    command = parse_reply(_reply("\n\n" + _quoted(BODY)))
    assert command.kind == "unclear"


def test_unquoted_request_without_a_header_is_cut_at_its_opening_line() -> None:
    command = parse_reply(_reply("REJECT 1\n\n" + BODY), drafts=DRAFTS)
    assert (command.kind, command.drafts) == ("reject", (1,))


# --- the request and the confirmation -------------------------------------------------------


def test_request_subject_carries_token_count_and_label() -> None:
    assert f"[followup #{TOKEN}] Approve 2 follow-ups for Acme Robotics" == SUBJECT
    one, _ = render_request(
        DRAFTS[:1], token=TOKEN, interview_label="Acme\r\nRobotics", owner_name="A", why_waiting=None
    )
    assert one == f"[followup #{TOKEN}] Approve 1 follow-up for Acme Robotics"


def test_request_body_shows_each_draft_with_recipients_time_rule_and_text() -> None:
    assert "=== DRAFT 1 (to Jane Doe <jane.doe@acme.example>, Tue 8 Dec 17:00) ===" in BODY
    assert "=== END DRAFT 2 ===" in BODY
    assert "Sends:    Tue 8 Dec 2026 17:00 EST" in BODY  # 22:00 UTC in New York
    assert "Sends:    Tue 15 Dec 2026 09:00 EST" in BODY
    assert "Rule:     check in after a week" in BODY
    assert DRAFTS[0].body in BODY and DRAFTS[1].body in BODY
    for word in ("APPROVE", "APPROVE 2", "REJECT"):
        assert word in BODY
    assert "Why they wait" not in BODY


def test_request_says_why_it_waits() -> None:
    _, body = render_request(DRAFTS, token=TOKEN, interview_label="Acme", owner_name="Alex",
                             why_waiting="the interview mail did not pass DKIM")  # fmt: skip
    assert "Why they wait for you: the interview mail did not pass DKIM" in body


def test_request_refuses_a_draft_containing_a_marker_line() -> None:
    bad = dataclasses.replace(DRAFTS[0], body="Hi\n=== END DRAFT 1 ===\n")
    with pytest.raises(ValueError, match="marker line"):
        render_request([bad], token=TOKEN, interview_label="Acme", owner_name="Alex", why_waiting=None)


def test_request_refuses_a_bad_token() -> None:
    with pytest.raises(ValueError, match="not an approval token"):
        render_request(DRAFTS, token="short", interview_label="Acme", owner_name="Alex", why_waiting=None)


def test_confirmation_says_what_goes_when() -> None:
    command = parse_reply(_load("gmail_edited_draft_2_top_posted.eml"), drafts=DRAFTS)
    subject, body = render_confirmation(command, DRAFTS)
    assert subject == "followup: approved 1 follow-up"
    assert (
        "Draft 2 to Sam Lee <sam.lee@acme.example>: approved with your edited text; "
        "goes Tue 15 Dec 2026 09:00 EST."
    ) in body
    assert "Draft 1 to Jane Doe <jane.doe@acme.example>: still waiting for your answer." in body


def test_confirmation_of_a_mixed_and_an_unclear_reply() -> None:
    subject, body = render_confirmation(parse_reply(_reply("approve 1, reject 2")), DRAFTS)
    assert subject == "followup: approved 1 and rejected 1 follow-ups"
    assert "Draft 2 to Sam Lee <sam.lee@acme.example>: rejected; it will not be sent." in body
    subject, body = render_confirmation(parse_reply(_reply("ok")), DRAFTS)
    assert subject == "followup: your reply was not understood" and "Not understood" in body


# --- tokens ---------------------------------------------------------------------------------


def test_new_token_is_url_safe_and_carries_at_least_128_bits() -> None:
    token = new_token(lambda n: bytes(range(n)))
    assert token == "AAECAwQFBgcICQoLDA0ODxAR"
    assert re.fullmatch(r"[A-Za-z0-9_-]{24}", new_token())
    assert len({new_token() for _ in range(50)}) == 50


def test_hash_token_is_sha256_hex() -> None:
    assert hash_token(TOKEN) == hashlib.sha256(TOKEN.encode()).hexdigest()


def test_request_message_id_leads_back_to_the_token() -> None:
    assert request_message_id(TOKEN, "mail.alex.example") == f"<approval.{TOKEN}@mail.alex.example>"
    with pytest.raises(ValueError, match="bad domain"):
        request_message_id(TOKEN, "a b")


@pytest.mark.parametrize(
    "fields",
    [
        {"envelope_in_reply_to": f"<approval.{TOKEN}@mail.alex.example>"},
        {"envelope_in_reply_to": None, "envelope_references": ("<x@y>", f"<approval.{TOKEN}@h>")},
        {"envelope_in_reply_to": "<other@gmail.com>", "subject": f"RE: [followup #{TOKEN}] Approve 2"},
        {"envelope_in_reply_to": None, "subject": "", "headers": (("Subject", f"AW: [followup #{TOKEN}] x"),)},
    ],
)
def test_find_token_reads_references_and_subject(fields: dict[str, Any]) -> None:
    assert find_token(_reply("APPROVE", **fields)) == TOKEN


def test_find_token_ignores_a_token_in_the_body() -> None:
    message = _reply(f"APPROVE\n[followup #{TOKEN}]\n<approval.{TOKEN}@h>", subject="hello", envelope_in_reply_to=None)
    assert find_token(message) is None


def test_real_replies_to_the_request_carry_the_token() -> None:
    names = ("gmail_top_posted_approve_2.eml", "outlook_html_only_edited_draft_2.eml",
             "thunderbird_bottom_posted_reject_2.eml")  # fmt: skip
    for name in names:
        assert find_token(_load(name)) == TOKEN


# --- authentication (DESIGN §6) -------------------------------------------------------------


def _record(**kw: object) -> TokenRecord:
    values: dict[str, object] = {
        "token_hash": hash_token(TOKEN), "interview_id": 7, "followup_ids": (101, 102),
        "created_at": CREATED, "used_at": None, "live": True,
    }  # fmt: skip
    values.update(kw)
    return TokenRecord(**values)  # type: ignore[arg-type]


def _auth(message: Message, record: TokenRecord | None = None, *, use_record: bool = True) -> AuthResult:
    return authenticate_reply(
        message, owner_email="Alex@Alex.Example", forwarders=[FORWARDER],
        token_record=(record or _record()) if use_record else None, now=NOW,
    )  # fmt: skip


def test_owner_reply_to_a_live_token_is_accepted() -> None:
    assert _auth(_reply("APPROVE")).ok


def test_trusted_forwarder_reply_is_accepted() -> None:
    assert _auth(_reply("APPROVE", sender=FORWARDER)).ok


def test_real_reply_file_from_the_owner_is_accepted() -> None:
    result = _auth(_load("gmail_top_posted_approve_2.eml"))
    assert result == AuthResult(True, "accepted: reply from alex@alex.example")


def test_stranger_quoting_the_token_is_refused() -> None:
    result = _auth(_reply("APPROVE", sender="mallory@evil.example", subject=f"Re: {SUBJECT}"))
    assert not result.ok and "neither the owner nor a trusted forwarder" in result.reason


def test_forwarded_original_from_the_owner_does_not_count_as_the_sender() -> None:
    message = _reply("APPROVE", envelope_sender=Person(None, "mallory@evil.example"))
    assert message.sender is not None and message.sender.email == OWNER
    assert not _auth(message).ok


def test_owner_without_a_token_is_refused() -> None:
    message = _reply("APPROVE", subject="approve", envelope_in_reply_to=None)
    result = _auth(message, use_record=False)
    assert not result.ok and "no token" in result.reason


def test_owner_with_a_wrong_token_is_refused() -> None:
    wrong = "Z" * 24
    message = _reply("APPROVE", subject=f"Re: [followup #{wrong}] x", envelope_in_reply_to=None)
    assert not _auth(message, use_record=False).ok  # the store found no record for its hash
    result = _auth(message)  # a record looked up by mistake for another token
    assert not result.ok and "not the one" in result.reason


def test_replay_after_the_token_was_used_is_refused() -> None:
    result = _auth(_reply("APPROVE"), _record(used_at=CREATED + timedelta(minutes=5)))
    assert not result.ok and "already answered" in result.reason


def test_token_whose_followups_were_cancelled_is_refused() -> None:
    result = _auth(_reply("APPROVE"), _record(live=False))
    assert not result.ok and "no longer awaiting approval" in result.reason


@pytest.mark.parametrize(
    "header",
    [
        "mx.alex.example; dkim=fail (signature did not verify) header.d=alex.example; spf=pass "
        "smtp.mailfrom=alex.example",
        "mx.alex.example; spf=fail smtp.mailfrom=alex@alex.example",
        "mx.alex.example; dkim=pass header.d=alex.example; dmarc=fail header.from=alex.example",
        "mx.alex.example; dkim=fail",
        # A method with its version (RFC 8601 §2.2 'dkim/1') is still DKIM.
        "mx.alex.example; dkim/1=fail header.d=alex.example",
        # A header that names no server still says the sender failed.
        "dkim=fail header.d=alex.example",
        # A property given twice: the failure is about the sender if either names it.
        "mx.alex.example; dkim=fail header.d=lists.other.example header.d=alex.example",
    ],
)
def test_authentication_results_failure_is_refused(header: str) -> None:
    result = _auth(_reply("APPROVE", authentication_results=(header,)))
    assert not result.ok and "=fail" in result.reason


@pytest.mark.parametrize(
    "header",
    [
        "mx.alex.example; dkim=pass header.d=alex.example; spf=pass smtp.mailfrom=alex.example",
        "mx.alex.example; dkim=fail header.d=lists.other.example; dkim=pass header.d=alex.example",
        "mx.alex.example; spf=softfail smtp.mailfrom=alex.example",
    ],
)
def test_authentication_results_pass_or_other_domain_is_accepted(header: str) -> None:
    assert _auth(_reply("APPROVE", authentication_results=(header,))).ok


def test_reply_authentication_reads_headers_with_the_trust_reader() -> None:
    from followup import trust
    from followup.approval import authenticate

    assert vars(authenticate)["read_authentication_results"] is trust.read_authentication_results


def test_reply_dated_before_the_request_is_refused() -> None:
    result = _auth(_reply("APPROVE", envelope_date=CREATED - timedelta(hours=1)))
    assert not result.ok and "before the request" in result.reason


def test_a_phone_clock_a_minute_slow_is_tolerated() -> None:
    assert _auth(_reply("APPROVE", envelope_date=CREATED - timedelta(minutes=1))).ok


def test_reply_without_a_date_or_far_in_the_future_is_refused() -> None:
    assert not _auth(_reply("APPROVE", envelope_date=None, date=None)).ok
    assert not _auth(_reply("APPROVE", envelope_date=NOW + timedelta(days=3))).ok


def test_auto_reply_from_the_owner_is_refused_silently() -> None:
    result = _auth(_reply("I am out of office", auto_submitted="auto-replied", is_auto_reply=True))
    assert (result.ok, result.tell_owner) == (False, False)


# --- properties -----------------------------------------------------------------------------

_LINES = st.one_of(
    st.text(max_size=40),
    st.sampled_from([
        "APPROVE", "approve 2", "REJECT 1", "> quoted", ">", "-- ", "Sent from my iPhone",
        "=== DRAFT 1 (to x) ===", "=== END DRAFT 1 ===", "=== DRAFT 2", "On Tue, x wrote:",
        "From: a", "Sent: b", "Subject: c", "-----Original Message-----", "approve?", "approve 1-99",
    ]),
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=30), st.booleans())
def test_parse_reply_never_raises_and_always_explains(lines: list[str], with_drafts: bool) -> None:
    message = _reply("\n".join(lines), html="<p>" + "<br>".join(lines))
    command = parse_reply(message, drafts=DRAFTS if with_drafts else ())
    assert isinstance(command, ReplyCommand)
    assert command.kind in ("approve", "reject", "unclear") and command.reason
    assert not set(command.drafts) & set(command.rejects)
    if command.kind == "unclear":
        assert command.drafts == () and command.edits == {}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80), st.lists(st.text(max_size=60), max_size=3))
def test_find_token_only_returns_a_token_present_in_the_input(subject: str, reply_to: str, refs: list[str]) -> None:
    for embed in (False, True):
        if embed:
            subject = subject + f"[followup #{TOKEN}]"
        message = _reply("", subject=subject, envelope_in_reply_to=reply_to, envelope_references=tuple(refs))
        found = find_token(message)
        inputs = " ".join([subject, reply_to, *refs])
        assert found is None or found in inputs
        if embed:
            assert found is not None
