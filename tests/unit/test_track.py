"""Tracking: dedupe by UID, thread and company + time; reschedules, endings, links, replies."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.model import (
    Application,
    CalendarRef,
    Event,
    EventKind,
    Interview,
    InterviewTime,
    Original,
    Person,
    TrackState,
)
from followup.track import ChangeKind, MessageFacts, SentRef, Tracked, past_interviews, return_date, track_event

NY = ZoneInfo("America/New_York")
START = datetime(2026, 3, 10, 15, 0, tzinfo=NY)
JANE = Person("Jane Doe", "jane.doe@acme.example")
SAM = Person("Sam Lee", "sam.lee@acme.example")


def invite(kind: EventKind = EventKind.interview_scheduled, *, start: datetime = START, seq: int | None = 0,
           uid: str | None = "uid-1", mid: str = "<inv-1@acme.example>", company: str = "Acme Robotics") -> Event:
    return Event(
        kind=kind,
        company=company,
        role="Backend Engineer",
        interview=InterviewTime(start, start + timedelta(minutes=45), "America/New_York"),
        interviewers=(JANE,),
        contact=SAM,
        original=Original("Sam Lee <sam.lee@acme.example>", "Interview", START - timedelta(days=5), mid),
        calendar=CalendarRef(uid, seq, "REQUEST") if seq is not None else None,
    )


def facts(mid: str = "<inv-1@acme.example>", **kw: object) -> MessageFacts:
    base = dict(message_id=mid, sender="sam.lee@acme.example", date=START - timedelta(days=5))
    base.update(kw)
    return MessageFacts(**base)  # type: ignore[arg-type]


def stored(event: Event, iv_id: int = 1, **kw: object) -> Interview:
    (change,) = track_event(Tracked(), event, facts(event.original.message_id or ""))
    assert change.interview is not None
    return replace(change.interview, id=iv_id, **kw)  # type: ignore[arg-type]


def test_a_new_invitation_creates_an_interview_with_its_facts() -> None:
    (change,) = track_event(Tracked(), invite(), facts(trusted=True))
    assert change.kind is ChangeKind.create_interview
    iv = change.interview
    assert iv is not None and iv.id is None and iv.company == "Acme Robotics"
    assert iv.calendar_uid == "uid-1" and iv.thread_ids == ("inv-1@acme.example",)
    assert iv.from_domain == "acme.example" and iv.trusted and iv.state is TrackState.scheduled


def test_the_sender_domain_is_taken_as_addresses_take_it_trailing_dot_and_case_aside() -> None:
    event = replace(invite(), original=replace(invite().original, sender="Sam Lee <Sam.Lee@ACME.example.>"))
    (change,) = track_event(Tracked(), event, facts())
    assert change.interview is not None and change.interview.from_domain == "acme.example"


@pytest.mark.parametrize(
    ("event", "message", "reason"),
    [
        (invite(), facts(), "duplicate of interview 1 (same calendar UID uid-1)"),
        # the same invite as a plain mail in the same thread, no calendar part
        (invite(seq=None, uid=None), facts(), "duplicate of interview 1 (same thread)"),
        # a stale calendar update
        (
            invite(seq=0, mid="<old@x>"),
            facts("<old@x>"),
            "stale update of interview 1 (same calendar UID uid-1): SEQUENCE 0 < 2",
        ),
    ],
)
def test_duplicates_change_nothing(event: Event, message: MessageFacts, reason: str) -> None:
    iv = stored(invite(), calendar_sequence=2) if "stale" in reason else stored(invite())
    (change,) = track_event(Tracked(interviews=(iv,)), event, message)
    assert change.kind is ChangeKind.nothing and change.reason == reason


def test_the_same_interview_by_mail_and_by_calendar_is_one_interview() -> None:
    iv = stored(invite())
    mail = invite(seq=None, uid=None, mid="<confirm@acme.example>", start=START + timedelta(minutes=5))
    (change,) = track_event(Tracked(interviews=(iv,)), mail, facts("<confirm@acme.example>"))
    assert change.kind is ChangeKind.update_interview and not change.moved
    assert change.interview is not None and change.interview.time == iv.time
    assert change.interview.thread_ids == ("inv-1@acme.example", "confirm@acme.example")
    assert "same company and start time" in change.reason


def test_a_higher_sequence_with_a_new_time_moves_the_interview() -> None:
    iv = stored(invite())
    moved = invite(EventKind.interview_rescheduled, start=START + timedelta(days=1), seq=1, mid="<r1@x>")
    (change,) = track_event(Tracked(interviews=(iv,)), moved, facts("<r1@x>"))
    assert change.kind is ChangeKind.update_interview and change.moved
    assert change.interview is not None and change.interview.time is not None
    assert change.interview.time.start == START + timedelta(days=1) and change.interview.calendar_sequence == 1


def test_a_reschedule_by_plain_mail_moves_the_company_only_interview() -> None:
    iv = stored(invite())
    mail = invite(EventKind.interview_rescheduled, start=START + timedelta(days=2), seq=None, uid=None, mid="<m@x>")
    (change,) = track_event(Tracked(interviews=(iv,)), mail, facts("<m@x>"))
    assert change.kind is ChangeKind.update_interview and change.moved and change.interview_id == 1


@pytest.mark.parametrize(
    ("kind", "state"),
    [
        (EventKind.interview_cancelled, TrackState.cancelled),
        (EventKind.rejection, TrackState.rejected),
        (EventKind.offer, TrackState.offer),
    ],
)
def test_cancellation_rejection_and_offer_end_the_interview(kind: EventKind, state: TrackState) -> None:
    iv = stored(invite(), application_id=7)
    app = Application(7, "Acme Robotics", "Backend Engineer", START - timedelta(days=20))
    event = replace(invite(kind, seq=None, uid=None, mid="<end@x>"), interview=None)
    changes = track_event(
        Tracked(interviews=(iv,), applications=(app,)), event, facts("<end@x>", in_reply_to="<inv-1@acme.example>")
    )
    assert changes[0].kind is ChangeKind.end_interview
    assert changes[0].interview is not None and changes[0].interview.state is state
    ends_app = [c for c in changes if c.kind is ChangeKind.end_application]
    if kind is EventKind.interview_cancelled:
        assert not ends_app
    else:
        assert ends_app[0].application is not None and ends_app[0].application.state is state
        # a rejection from the company in the thread is also their reply
        assert any(c.kind is ChangeKind.noticed_reply for c in changes)


def test_an_interview_links_to_the_open_application_at_the_same_company() -> None:
    app = Application(7, "ACME Robotics, Inc.", "Backend Engineer", START - timedelta(days=20))
    (change,) = track_event(Tracked(applications=(app,)), invite(), facts())
    assert change.kind is ChangeKind.create_interview
    assert change.interview is not None and change.interview.application_id == 7
    assert "linked to application 7" in change.reason


def test_an_application_receipt_creates_an_application_once() -> None:
    receipt = Event(EventKind.application_received, company="Acme Robotics", role="Backend Engineer",
                    contact=SAM, original=Original("jobs@acme.example", "Thanks", START, "<app@x>"))
    (change,) = track_event(Tracked(), receipt, facts("<app@x>", date=START))
    assert change.kind is ChangeKind.create_application and change.application is not None
    assert change.application.received == START
    app = replace(change.application, id=3)
    (again,) = track_event(Tracked(applications=(app,)), receipt, facts("<app@x>", date=START))
    assert again.kind is ChangeKind.nothing and again.reason == "duplicate of application 3"


REPLY = Event(EventKind.none)


@pytest.mark.parametrize(
    ("message", "why"),
    [
        (
            facts("<r@x>", in_reply_to="<followup.abc@me.example>", sender="someone@acme.example"),
            "answers our follow-up",
        ),
        (
            facts("<r@x>", references=("<inv-1@acme.example>",), sender="other@acme.example"),
            "in the interview's thread",
        ),
        (facts("<r@x>", sender="Jane.Doe@acme.example"), "from a tracked contact or interviewer"),
    ],
)
def test_a_reply_from_the_company_is_noticed(message: MessageFacts, why: str) -> None:
    iv = stored(invite())
    state = Tracked(interviews=(iv,), sent=(SentRef("<followup.abc@me.example>", interview_id=1),))
    (change,) = track_event(state, REPLY, message)
    assert change.kind is ChangeKind.noticed_reply and change.interview_id == 1
    assert why in change.reason and change.at == message.date


def test_the_owner_and_strangers_are_not_replies() -> None:
    iv = stored(invite())
    state = Tracked(interviews=(iv,), owner_addresses=frozenset({"me@me.example"}))
    for message in (facts("<r@x>", sender="me@me.example", in_reply_to="<inv-1@acme.example>"),
                    facts("<r@x>", sender="stranger@else.example")):
        (change,) = track_event(state, REPLY, message)
        assert change.kind is ChangeKind.nothing


def test_an_auto_reply_is_not_a_reply_but_a_return_date_defers() -> None:
    iv = stored(invite())
    state = Tracked(interviews=(iv,))
    plain = facts("<a@x>", sender="jane.doe@acme.example", is_auto_reply=True, text="Thanks for your mail.")
    (change,) = track_event(state, REPLY, plain)
    assert change.kind is ChangeKind.nothing and "auto-reply" in change.reason
    away = replace(plain, text="I am out of the office and will be back on Monday, March 16.")
    (defer,) = track_event(state, REPLY, away)
    assert defer.kind is ChangeKind.defer and defer.person == "jane.doe@acme.example"
    assert defer.until is not None and defer.until.date().isoformat() == "2026-03-16"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm out of office until March 9th with no access to email.", "2026-03-09"),
        ("I will return on 2026-03-12.", "2026-03-12"),
        ("Back Monday.", "2026-03-09"),
        ("I am away through Friday, March 6.", "2026-03-07"),
        ("Returning 15 March", "2026-03-15"),
        ("I return on Jan 5", "2027-01-05"),
        ("I will get back to you at 5pm", None),
        ("Thank you for your message.", None),
    ],
)
def test_return_date_reads_common_english_phrasings(text: str, expected: str | None) -> None:
    sent = datetime(2026, 3, 4, 10, 0, tzinfo=NY)  # a Wednesday
    found = return_date(text, sent)
    assert (found.date().isoformat() if found else None) == expected


def test_a_rejection_for_an_untracked_application_records_it_ended() -> None:
    verdict = replace(invite(EventKind.rejection, seq=None, uid=None, company="Maplewood Systems"), interview=None)
    (change,) = track_event(Tracked(), verdict, facts("<no@maplewood.example>"))
    assert change.kind is ChangeKind.create_application
    assert change.application is not None
    assert change.application.state is TrackState.rejected and change.application.company == "Maplewood Systems"


def test_a_cancellation_for_nothing_tracked_changes_nothing() -> None:
    cancel = replace(invite(EventKind.interview_cancelled, seq=None, uid=None, company="Nobody Inc"), interview=None)
    (change,) = track_event(Tracked(), cancel, facts("<c@nobody.example>"))
    assert change.kind is ChangeKind.nothing


@pytest.mark.parametrize(
    ("applied_to", "interview_at", "linked"),
    [
        ("Northwind", "Northwind Labs", True),
        ("Northwind Labs", "northwind labs inc.", True),
        ("Meta", "Metadata", False),
    ],
)
def test_a_shorter_company_name_still_links_the_application(applied_to: str, interview_at: str, linked: bool) -> None:
    app = Application(id=7, company=applied_to, role=None, received=START - timedelta(days=20))
    changes = track_event(Tracked(applications=(app,)), invite(company=interview_at), facts())
    (created,) = [c for c in changes if c.kind is ChangeKind.create_interview]
    assert created.interview is not None
    assert (created.interview.application_id == 7) is linked


def test_machine_generated_mail_never_counts_as_a_reply() -> None:
    from followup.model import Message

    robot = Message(sender=SAM, date=START, subject="Re: Interview", message_id="<r@acme.example>", text="Received.",
                    in_reply_to="<inv-1@acme.example>", auto_submitted="auto-generated")  # fmt: skip
    assert MessageFacts.from_message(robot).is_auto_reply
    human = replace(robot, auto_submitted=None)
    assert not MessageFacts.from_message(human).is_auto_reply


def test_a_scheduled_interview_is_done_once_its_time_has_passed() -> None:
    iv = stored(invite())  # 15:00-15:45
    no_end = stored(invite(), 2, time=InterviewTime(START))
    cancelled = stored(invite(), 3, state=TrackState.cancelled)
    untimed = stored(invite(), 4, time=None)
    everything = (iv, no_end, cancelled, untimed)
    assert past_interviews(everything, START + timedelta(minutes=44)) == ()
    assert past_interviews(everything, START + timedelta(minutes=45)) == (replace(iv, state=TrackState.done),)
    later = past_interviews(everything, START + timedelta(hours=1))
    assert [(i.id, i.state) for i in later] == [(1, TrackState.done), (2, TrackState.done)]
