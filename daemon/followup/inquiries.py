"""Questions the daemon mails the owner, and the owner's answers by e-mail.

Two questions: "What is this mail?" for a mail the owner forwarded that detection did not
understand (kind `none`) or understood with low confidence, and "What is X's address?" for an
interviewer named without one. Each is mailed once, carrying a fresh token in its Message-ID
and subject exactly as an approval request does, and an answer counts only when it passes the
same checks (approval.authenticate: from the owner or a trusted forwarder, the live token, not
older than the question, no DKIM/SPF failure). A confirmation comes back; an answer that cannot
be read gets a reply saying what was expected and changes nothing.

Answers act through the ordinary paths: a classified mail goes through tracking and planning
as the Event the owner named (pipeline.apply_event), an address is a correction of the
interview (corrections.correct_interview), so the note that had fallen back to the recruiter
becomes a thank-you to that person. Must not: send follow-ups, or act on an unauthenticated
answer.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, replace
from datetime import datetime
from email.utils import parseaddr
from zoneinfo import ZoneInfo

from typing import TYPE_CHECKING

from followup import report
from followup.errors import FollowupError
from followup.model import Event, EventKind, InterviewTime, Message, Person, TrackState
from followup.runtime import Runtime
from followup.store import Inquiry, Store

if TYPE_CHECKING:
    from followup.send import Sender

# The mailing and answering side (approval tokens, rendering, the planner's recipient check,
# dateutil) is imported by the functions that mail or read answers: every daemon pass calls
# ask_for_addresses, and an idle pass must stay light.

log = logging.getLogger(__name__)

# What the owner may answer to "What is this mail?", and the Event kind each one means.
KINDS: dict[str, EventKind | None] = {
    "INTERVIEW": EventKind.interview_scheduled,
    "APPLICATION": EventKind.application_received,
    "REJECTION": EventKind.rejection,
    "OFFER": EventKind.offer,
    "CANCELLED": EventKind.interview_cancelled,
    "IGNORE": None,
}
WHAT_EXPECTED = (
    "one word on the first line: INTERVIEW, APPLICATION, REJECTION, OFFER, CANCELLED or IGNORE; "
    "an interview may add its time, e.g. 'INTERVIEW 2026-12-10 14:00'"
)
ADDRESS_EXPECTED = "the address on the first line, e.g. 'samir.n@initech.example'"
_ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


@dataclass(frozen=True)
class Answer:
    """What an answer says: a kind (None for IGNORE) and maybe a time, or an address; else `problem`."""

    kind: EventKind | None = None
    start: datetime | None = None
    address: str | None = None
    problem: str | None = None


def parse_what(text: str, *, zone: str, base: datetime | None) -> Answer:
    """Read "INTERVIEW [time]" (or another kind) from the first line the owner wrote."""
    from dateutil import parser as dateparser

    line = next((x.strip() for x in text.splitlines() if x.strip()), "")
    word, _, rest = line.partition(" ")
    word = word.strip(".,:;!").upper()
    if word not in KINDS:
        return Answer(problem=f"'{line[:60]}' is not an answer I know")
    kind = KINDS[word]
    rest = rest.strip(" .,:;")
    if kind is not EventKind.interview_scheduled or not rest:
        return Answer(kind=kind)
    local = ZoneInfo(zone)
    default = (base or datetime.now(local)).astimezone(local).replace(hour=0, minute=0, second=0, microsecond=0)
    try:
        start = dateparser.parse(rest, default=default.replace(tzinfo=None), fuzzy=True)
    except (ValueError, OverflowError):
        return Answer(problem=f"'{rest[:40]}' is not a time I can read")
    start = start.replace(tzinfo=local) if start.tzinfo is None else start
    return Answer(kind=kind, start=start)


def parse_address(text: str) -> Answer:
    """Read the address from the first line the owner wrote that holds one."""
    for line in text.splitlines():
        found = _ADDRESS.search(line)
        if found:
            return Answer(address=found.group(0))
        if line.strip():
            break
    return Answer(problem="no address in the first line of your answer")


def is_forwarded_by_owner(rt: Runtime, message: Message) -> bool:
    """True for mail the owner (or a trusted forwarder) forwarded: only that is worth a question."""
    envelope = (message.envelope_sender.email or "").lower() if message.envelope_sender else ""
    return message.is_forward and envelope in {a.lower() for a in rt.config.trusted_senders}


def ask_about_mail(rt: Runtime, store: Store, message: Message, event: Event, row: int | None, now: datetime) -> bool:
    """Queue "What is this mail?" for a forwarded mail not understood, or understood with low confidence."""
    if not is_forwarded_by_owner(rt, message) or not (event.kind is EventKind.none or event.uncertain):
        return False
    key = f"what:{message.envelope_message_id or message.message_id or row}"
    return store.add_inquiry(key, "what", now, message_row=row, event_json=json.dumps(event.to_json()))


def ask_for_addresses(store: Store, now: datetime) -> int:
    """Queue "What is X's address?" for each interviewer of an active interview named without one."""
    count = 0
    for iv in store.interviews(TrackState.scheduled.value):
        for person in iv.interviewers:
            if person.email or not person.name:
                continue
            key = f"address:{iv.id}:{person.name.casefold()}"
            if store.add_inquiry(key, "address", now, interview_id=iv.id, person_name=person.name):
                count += 1
    return count


def _what_text(rt: Runtime, inquiry: Inquiry, token: str) -> tuple[str, str]:
    from followup.approval.request import format_time

    event = Event.from_json(json.loads(inquiry.event_json or "{}")) if inquiry.event_json else Event(EventKind.none)
    original = event.original
    guess = "" if event.kind is EventKind.none else f"My best guess was {event.kind.value}, but I am not sure.\n\n"
    subject = f"[followup #{token}] What is this mail? {original.subject or ''}".strip()
    body = (
        "You forwarded a mail I could not classify:\n\n"
        f"  From:     {original.sender or 'unknown'}\n"
        f"  Subject:  {original.subject or ''}\n"
        f"  Date:     {format_time(original.date, rt.config.owner.timezone) if original.date else 'unknown'}\n\n"
        f"{guess}"
        f"Reply to this mail with {WHAT_EXPECTED}.\n"
    )
    return subject, body


def _address_text(store: Store, inquiry: Inquiry, token: str) -> tuple[str, str]:
    iv = store.interview(inquiry.interview_id or 0)
    about = " - ".join(x for x in ((iv.company, iv.role) if iv else ()) if x) or "an interview"
    subject = f"[followup #{token}] What is {inquiry.person_name}'s address?"
    body = (
        f"{inquiry.person_name} is one of your interviewers ({about}), but I have no address for them, "
        "so their thank-you cannot go to them.\n\n"
        f"Reply to this mail with {ADDRESS_EXPECTED}.\n"
    )
    return subject, body


def mails_questions(rt: Runtime) -> bool:
    """Questions reach the owner by mail only where approval requests do (`approval.via`)."""
    return "email" in rt.config.approval_via


def unasked_questions(rt: Runtime, store: Store) -> bool:
    """Whether a question is waiting to be mailed to the owner."""
    return mails_questions(rt) and any(q.asked_at is None for q in store.inquiries(open_only=True))


def send_inquiries(rt: Runtime, store: Store, now: datetime, sender: Sender) -> int:
    """Mail every question not yet asked; the token is stored before the mail leaves."""
    from followup.approval.tokens import hash_token, new_token, request_message_id
    from followup.render import build_message

    if not mails_questions(rt):
        return 0
    address = rt.config.mailbox.address or rt.config.owner.email
    domain = address.rsplit("@", 1)[-1]
    owner = Person(rt.config.owner.name, rt.config.owner.email)
    sent = 0
    for inquiry in store.inquiries(open_only=True):
        if inquiry.asked_at is not None:
            continue
        token = new_token()
        message_id = request_message_id(token, domain)
        if inquiry.kind == "what":
            subject, body = _what_text(rt, inquiry, token)
        else:
            subject, body = _address_text(store, inquiry, token)
        message = build_message(subject=subject, body=body, from_addr=address, from_name="followup",
                                to=(owner,), message_id=message_id, date=now)  # fmt: skip
        with store.transaction():
            store.mark_inquiry_asked(inquiry.id, hash_token(token), message_id, now)
            store.remember_own_message(message_id, f"question {inquiry.kind}", now)
        try:
            sender.send(message.data, address, [rt.config.owner.email])
        except FollowupError as exc:
            store.unmark_inquiry_asked(inquiry.id)
            log.warning("question not sent; will try again inquiry=%s error=%s", inquiry.id, exc)
            continue
        log.info("question mailed to the owner inquiry=%s kind=%s", inquiry.id, inquiry.kind)
        sent += 1
    return sent


def handle_answer(rt: Runtime, store: Store, message: Message, now: datetime) -> str | None:
    """Act on the owner's answer to a question; None when the mail answers no question of ours."""
    from followup.approval.authenticate import authenticate_reply
    from followup.approval.reply import MAX_REPLY_CHARS, extract_own_text
    from followup.htmltext import html_to_text
    from followup.approval.tokens import TokenRecord, find_token, hash_token

    token = find_token(message)
    if token is None:
        return None
    inquiry = store.inquiry_by_token(hash_token(token))
    if inquiry is None:
        return None
    assert inquiry.asked_at is not None and inquiry.token_hash is not None
    record = TokenRecord(
        token_hash=inquiry.token_hash, interview_id=inquiry.interview_id, followup_ids=(),
        created_at=inquiry.asked_at, used_at=inquiry.answered_at, live=inquiry.answered_at is None,
    )  # fmt: skip
    owner = rt.config.owner
    auth = authenticate_reply(message, owner_email=owner.email, forwarders=owner.forwarders,
                              token_record=record, now=now)  # fmt: skip
    if not auth.ok:
        log.warning("answer to a question refused inquiry=%s reason=%s", inquiry.id, auth.reason)
        return f"refused: {auth.reason}"
    html = message.html or ""
    text = extract_own_text(message.text or html_to_text(html, MAX_REPLY_CHARS, quote_blockquotes=True))
    key = message.envelope_message_id or message.message_id or token[:16]
    answer, expected = read_answer(rt, inquiry, text)
    if answer.problem is not None:
        store.add_notice(
            f"unreadable:{key}",
            "followup: I could not read your answer; nothing changed\n\n"
            f"I could not read your answer ({answer.problem}). I expected {expected}. "
            "Reply to the question again; nothing changes until then.\n",
            now,
        )
        return f"unreadable: {answer.problem}"
    done = act_on_answer(rt, store, inquiry, answer, now)
    store.add_notice(f"answered:{key}", f"followup: understood, {done}\n\nThank you: {done}.\n", now)
    log.info("answer received by e-mail inquiry=%s result=%s", inquiry.id, done)
    return done


def read_answer(rt: Runtime, inquiry: Inquiry, text: str) -> tuple[Answer, str]:
    """The answer to this question in `text`, and what was expected (for an unreadable one)."""
    from followup.planner import check_recipient

    if inquiry.kind == "what":
        event = Event.from_json(json.loads(inquiry.event_json or "{}"))
        answer = parse_what(text, zone=rt.config.owner.timezone, base=event.original.date)
        needs_time = answer.kind is EventKind.interview_scheduled and answer.start is None and event.interview is None
        if answer.problem is None and needs_time:
            answer = Answer(problem="an interview needs its time")
        return answer, WHAT_EXPECTED
    answer = parse_address(text)
    if answer.address is not None:
        checked, why = check_recipient(Person(inquiry.person_name, answer.address), rt.owner)
        if checked is None:
            answer = Answer(problem=f"{answer.address} cannot receive a note: {why}")
    return answer, ADDRESS_EXPECTED


def act_on_answer(
    rt: Runtime, store: Store, inquiry: Inquiry, answer: Answer, now: datetime, via: str = "e-mail"
) -> str:
    """Apply a readable answer (by e-mail, or `followup answer` at the terminal: via="cli");
    return what it did."""
    if inquiry.kind == "what":
        done = _act_on_what(rt, store, inquiry, answer, now, via)
    else:
        done = _act_on_address(rt, store, inquiry, answer, now, via)
    store.answer_inquiry(inquiry.id, done, now)
    return done


def _act_on_what(rt: Runtime, store: Store, inquiry: Inquiry, answer: Answer, now: datetime, via: str) -> str:
    from followup.approval.request import format_time
    from followup.planner import check_recipient

    from followup.pipeline import apply_event

    detected = Event.from_json(json.loads(inquiry.event_json or "{}"))
    original = detected.original
    name, sender_address = parseaddr(original.sender or "")
    sender_address = sender_address.lower() if "@" in sender_address else ""
    if answer.kind is None:
        return f"the mail '{original.subject or ''}' is ignored"
    if sender_address:
        store.set_hint("sender", sender_address, "kind", answer.kind.value, now)
    interview = detected.interview
    if answer.start is not None:
        length = (interview.end - interview.start) if interview and interview.end else None
        interview = InterviewTime(
            start=answer.start, end=answer.start + length if length else None,
            timezone=interview.timezone if interview else rt.config.owner.timezone,
            location=interview.location if interview else None,
            meeting_url=interview.meeting_url if interview else None,
        )  # fmt: skip
    contact = detected.contact
    if contact is None and sender_address:
        # The owner says what the mail is: its sender is the person to follow up with, unless
        # they may not receive mail (a robot, the owner).
        contact, _ = check_recipient(Person(name or None, sender_address), rt.owner)
    event = replace(
        detected, kind=answer.kind, contact=contact,
        interview=interview if answer.kind is EventKind.interview_scheduled else None,
        confidence=1.0, uncertain=False,
        evidence=(*detected.evidence, f"owner: answered {answer.kind.value} by {via}"),
    )  # fmt: skip
    message = Message(
        sender=Person(name or None, sender_address or None), date=original.date, subject=original.subject or "",
        message_id=original.message_id, text="",
    )  # fmt: skip
    plans = apply_event(rt, store, event, message, now, row=inquiry.message_row)
    if inquiry.message_row is not None:
        store.set_message_outcome(inquiry.message_row, "event", kind=event.kind.value,
                                  event_json=json.dumps(event.to_json(), ensure_ascii=False))  # fmt: skip
    planned = report.count(sum(len(p.creates) for p in plans), "follow-up")
    when = f" at {format_time(answer.start, rt.config.owner.timezone)}" if answer.start else ""
    return f"'{original.subject or ''}' is tracked as {event.kind.value}{when}; {planned} planned"


def _act_on_address(rt: Runtime, store: Store, inquiry: Inquiry, answer: Answer, now: datetime, via: str) -> str:
    from followup import outbox

    from followup.corrections import InterviewChange, correct_interview

    assert answer.address is not None
    person = Person(inquiry.person_name, answer.address)
    change = InterviewChange(add=(person,))
    correct_interview(rt, store, inquiry.interview_id or 0, change, now, via=via)
    return f"{outbox.person_label(person)} is {inquiry.person_name}'s address; their notes go to it"
