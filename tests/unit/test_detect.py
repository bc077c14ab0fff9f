"""Detection: a Message → an Event with kind, fields, evidence (followup.detect)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from followup.detect import DetectionConfig, KindVocabulary, detect_event
from followup.model import EventKind, Message, Person

OWNER = "alex.morgan@mail.example"
ME = Person("Alex Morgan", OWNER)
SAM = Person("Sam Lee", "sam.lee@acme-robotics.example")
NY = ZoneInfo("America/New_York")
SENT = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5)))


def msg(
    text: str,
    *,
    subject: str = "",
    sender: Person | None = SAM,
    date: datetime | None = SENT,
    calendars: tuple[str, ...] = (),
    reply_to: tuple[Person, ...] = (),
    is_auto_reply: bool = False,
    list_id: str | None = None,
) -> Message:
    return Message(
        sender=sender,
        date=date,
        subject=subject,
        message_id="<m1@acme-robotics.example>",
        text=text,
        to=(ME,),
        reply_to=reply_to,
        calendars=calendars,
        is_auto_reply=is_auto_reply,
        list_id=list_id,
    )


NO_EXTRA = DetectionConfig()


def detect(message: Message, extra: DetectionConfig = NO_EXTRA) -> tuple[str, dict]:
    event = detect_event(message, owner_email=OWNER, owner_zone="America/New_York", extra=extra)
    return event.kind.value, event.to_json()


def ics(method: str = "REQUEST", sequence: int = 0, summary: str = "Acme Robotics Interview - Alex Morgan") -> str:
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", f"METHOD:{method}", "BEGIN:VEVENT",
            "UID:abc-123@acme-robotics.example", f"SEQUENCE:{sequence}",
            "DTSTART;TZID=America/New_York:20261208T150000", "DTEND;TZID=America/New_York:20261208T154500",
            f"SUMMARY:{summary}", "ORGANIZER;CN=Sam Lee:mailto:sam.lee@acme-robotics.example",
            "ATTENDEE;CN=Jane Doe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jane.doe@acme-robotics.example",
            "ATTENDEE;CN=Sam Lee;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sam.lee@acme-robotics.example",
            f"ATTENDEE;CN=Alex Morgan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
            "ATTENDEE;CN=Calendar;ROLE=REQ-PARTICIPANT:mailto:calendar-notification@google.com",
            "LOCATION:https://acme.zoom.us/j/123", "END:VEVENT", "END:VCALENDAR", "",
        ]
    )  # fmt: skip


CONFIRMATION = """Hi Alex,

Your interview for the Senior Backend Engineer position at Acme Robotics has been confirmed.

When: Tuesday, December 8, 2026, 3:00 – 3:45 PM ET
Where: https://acme.zoom.us/j/123

You'll be meeting with Jane Doe (Engineering Manager).

If you need to reschedule or cancel, just reply to this email.

Best,
Sam Lee
Recruiting Coordinator, Acme Robotics
sam.lee@acme-robotics.example
"""


def test_confirmation_gives_every_field_of_the_event() -> None:
    kind, event = detect(msg(CONFIRMATION, subject="Interview confirmation - Acme Robotics"))
    assert kind == "interview_scheduled"
    assert event["company"] == "Acme Robotics"
    assert event["role"] == "Senior Backend Engineer"
    assert event["interview"]["start"] == "2026-12-08T15:00:00-05:00"
    assert event["interview"]["end"] == "2026-12-08T15:45:00-05:00"
    assert event["interview"]["timezone"] == "America/New_York"
    assert event["interview"]["meeting_url"] == "https://acme.zoom.us/j/123"
    assert event["interviewers"] == [{"name": "Jane Doe", "email": None}]
    assert event["contact"] == {"name": "Sam Lee", "email": "sam.lee@acme-robotics.example"}
    assert event["original"]["from"] == "Sam Lee <sam.lee@acme-robotics.example>"
    assert event["original"]["message_id"] == "<m1@acme-robotics.example>"
    assert "time: 'When: Tuesday, December 8, 2026, 3:00 – 3:45 PM ET' → zone ET=America/New_York (policy)" not in event[
        "evidence"
    ]  # the label is not part of the phrase
    assert any(e.startswith("time: 'Tuesday, December 8, 2026, 3:00 – 3:45 PM ET' → zone ET=America/New_York") for e in event["evidence"])
    assert "subject: 'Interview confirmation'" in event["evidence"]
    assert 0.5 < event["confidence"] <= 0.99


def test_boilerplate_offer_to_reschedule_does_not_make_a_reschedule() -> None:
    kind, _ = detect(msg(CONFIRMATION, subject="Interview confirmation"))
    assert kind == "interview_scheduled"


def test_calendar_request_takes_time_attendees_and_identity_from_the_invite() -> None:
    kind, event = detect(msg("Invite attached for your interview.", subject="Invitation: Acme interview", calendars=(ics(),)))
    assert kind == "interview_scheduled"
    assert event["calendar"] == {"uid": "abc-123@acme-robotics.example", "sequence": 0, "method": "REQUEST"}
    assert event["interview"]["start"] == "2026-12-08T15:00:00-05:00"
    # Never the owner, never a robot; the organiser/contact is left out when others remain.
    assert [p["email"] for p in event["interviewers"]] == ["jane.doe@acme-robotics.example"]
    assert "calendar: METHOD:REQUEST" in event["evidence"]


def test_calendar_cancel_is_a_cancellation() -> None:
    kind, event = detect(msg("This event has been cancelled.", subject="Canceled: Acme interview", calendars=(ics("CANCEL", 2),)))
    assert kind == "interview_cancelled"
    assert event["calendar"]["method"] == "CANCEL"
    assert event["interview"]["start"] == "2026-12-08T15:00:00-05:00"


def test_calendar_request_with_a_higher_sequence_is_a_reschedule() -> None:
    kind, event = detect(msg("The event has been updated.", subject="Updated invitation: Acme interview", calendars=(ics(sequence=1),)))
    assert kind == "interview_rescheduled"
    assert any("SEQUENCE:1" in e for e in event["evidence"])


def test_calendar_invite_without_any_job_signal_is_none() -> None:
    kind, event = detect(
        msg("See you there!", subject="Invitation: Dentist", sender=Person("Bright Smile", "desk@smile.example"),
            calendars=(ics(summary="Dental cleaning"),))
    )  # fmt: skip
    assert kind == "none"
    assert event["evidence"][-1] == "calendar invite without any job or interview signal"


def test_reschedule_picks_the_new_time_not_the_old_one() -> None:
    text = "Hi Alex, we've moved your interview from Tuesday, December 8 at 3:00 PM ET to Wednesday, December 9 at 11:00 AM ET."
    kind, event = detect(msg(text, subject="Acme Robotics interview - new time"))
    assert kind == "interview_rescheduled"
    assert event["interview"]["start"] == "2026-12-09T11:00:00-05:00"


def test_confirmed_slot_wins_over_the_proposed_ones() -> None:
    text = (
        "Of the options you suggested (Monday 12/7 at 9am, Tuesday 12/8 at 1pm or Wednesday 12/9 at 4pm), Tuesday works best.\n"
        "So you're confirmed for Tuesday 12/8 at 1:00 PM ET for your interview."
    )
    kind, event = detect(msg(text, subject="Re: interview availability"))
    assert kind == "interview_scheduled"
    assert event["interview"]["start"] == "2026-12-08T13:00:00-05:00"


def test_interview_date_wins_over_the_application_date() -> None:
    text = "You applied on November 20, 2026. Your interview is confirmed for Friday, December 11, 2026 at 8:30 AM ET."
    _, event = detect(msg(text, subject="Interview confirmation"))
    assert event["interview"]["start"] == "2026-12-11T08:30:00-05:00"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("We'd like to schedule your interview. Please use the link below to select a time: https://x.example/s", "Schedule your interview"),
        ("Would any of these times work for an interview?\n- Monday 12/7 at 9:00 AM ET\n- Tuesday 12/8 at 1:00 PM ET", "Interview"),
        ("Please share your availability for a 60-minute interview next week.", "Interview availability"),
    ],
)
def test_a_request_to_pick_a_slot_is_none(text: str, subject: str) -> None:
    kind, event = detect(msg(text, subject=subject))
    assert kind == "none"
    assert "pick a slot" in event["evidence"][-1]


@pytest.mark.parametrize(
    ("text", "subject", "sender", "list_id", "reason"),
    [
        ("30 new jobs for you. Senior Backend Engineer at Acme. Apply now. Unsubscribe", "New jobs matching your alert",
         Person("Jobs", "jobalerts-noreply@linkedin.com"), None, "bulk mail"),
        ("7 ways to ace your next interview. Read more. Unsubscribe", "Interview tips", Person("Digest", "news@digest.example"),
         "<weekly.digest.example>", "bulk mail"),
        ("I came across your profile and would love to tell you about a Staff Engineer role. Would you be open to a chat Thursday at 2pm ET?",
         "Opportunity", Person("Tyler", "tyler@agency.example"), None, "cold outreach"),
        ("Dinner tomorrow at 7?", "dinner", Person("Jamie", "jamie@mail.example"), None, "no job signal"),
    ],
)  # fmt: skip
def test_mail_about_jobs_that_is_not_an_event_is_none(
    text: str, subject: str, sender: Person, list_id: str | None, reason: str
) -> None:
    kind, event = detect(msg(text, subject=subject, sender=sender, list_id=list_id))
    assert kind == "none"
    assert reason in event["evidence"][-1]


def test_auto_reply_is_none() -> None:
    kind, event = detect(msg(CONFIRMATION, subject="Automatic reply: interview", is_auto_reply=True))
    assert kind == "none"
    assert "auto-reply" in event["evidence"][-1]


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        ("Thank you for applying to Acme Robotics! We have received your application for the Data Engineer role.",
         "Thank you for applying", "application_received"),
        ("Thank you for your interest in Acme Robotics. Unfortunately, we have decided to move forward with other candidates.",
         "Update on your application", "rejection"),
        ("Congratulations! We are delighted to extend you an offer for the Data Engineer position at Acme Robotics.",
         "Your offer", "offer"),
        ("Nous avons bien reçu votre candidature au poste de Data Engineer.", "Votre candidature", "application_received"),
        ("Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.",
         "Ihre Bewerbung", "rejection"),
        ("Lamentablemente hemos decidido continuar con otros candidatos para el puesto.", "Tu candidatura", "rejection"),
        ("Hi Alex, I'm sorry, but we need to cancel your interview on Tuesday 12/8 at 1:00 PM ET.", "Interview", "interview_cancelled"),
        ("The team decided to move forward with another candidate, so we are cancelling the remaining interviews.",
         "Update", "rejection"),
    ],
)  # fmt: skip
def test_kinds_from_phrases(text: str, subject: str, expected: str) -> None:
    kind, _ = detect(msg(text, subject=subject))
    assert kind == expected


def test_no_reply_sender_is_never_the_contact_reply_to_is() -> None:
    message = msg(
        CONFIRMATION.replace("sam.lee@acme-robotics.example", ""),
        sender=Person("Acme Robotics", "no-reply@us.greenhouse-mail.io"),
        reply_to=(Person("Sam Lee", "sam.lee@acme-robotics.example"),),
        subject="Interview confirmation",
    )
    _, event = detect(message)
    assert event["contact"] == {"name": "Sam Lee", "email": "sam.lee@acme-robotics.example"}
    assert event["company"] == "Acme Robotics"
    assert "sender: Greenhouse (us.greenhouse-mail.io)" in event["evidence"]


def test_contact_from_the_signature_when_the_sender_is_a_robot() -> None:
    message = msg(CONFIRMATION, sender=Person("Acme Robotics", "no-reply@ashbyhq.com"), subject="Interview confirmation")
    _, event = detect(message)
    assert event["contact"] == {"name": "Sam Lee", "email": "sam.lee@acme-robotics.example"}


def test_no_contact_at_all_is_null_not_a_robot() -> None:
    message = msg(
        CONFIRMATION.replace("sam.lee@acme-robotics.example", ""),
        sender=Person("Acme Robotics", "acme@myworkday.com"),
        subject="Interview confirmation",
    )
    _, event = detect(message)
    assert event["contact"] is None


def test_zone_falls_back_to_the_sender_date_offset_then_the_owner_zone() -> None:
    text = "Your interview is confirmed for Tuesday, December 8, 2026 at 15:00."
    _, with_offset = detect(msg(text, subject="Interview", date=datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))))
    assert with_offset["interview"]["start"] == "2026-12-08T15:00:00+01:00"
    assert any("sender's Date offset +01:00" in e for e in with_offset["evidence"])
    _, no_date = detect(msg(text, subject="Interview", date=None))
    assert no_date["interview"]["start"] == "2026-12-08T15:00:00-05:00"
    assert any("owner zone America/New_York" in e for e in no_date["evidence"])


def test_relative_phrase_resolves_against_the_original_date() -> None:
    text = "Great, tomorrow at 10 works. I look forward to speaking with you about the Designer role."
    kind, event = detect(msg(text, subject="Re: chat", date=datetime(2026, 12, 3, 17, 0, tzinfo=timezone(timedelta(hours=-5)))))
    assert kind == "interview_scheduled"
    assert event["interview"]["start"] == "2026-12-04T10:00:00-05:00"
    assert event["interviewers"] == [{"name": "Sam Lee", "email": "sam.lee@acme-robotics.example"}]


def test_owner_phrases_from_config_take_effect() -> None:
    text = "Dear Alex, the committee has archived your file for the position."
    assert detect(msg(text, subject="Status"))[0] == "none"
    extra = DetectionConfig(rejection=KindVocabulary(phrases=("archived your file",)))
    kind, event = detect(msg(text, subject="Status"), extra)
    assert kind == "rejection"
    assert "config phrase (rejection): 'archived your file'" in event["evidence"]


def test_owner_sender_domains_from_config_take_effect() -> None:
    text = "Your candidate profile is complete."
    sender = Person("Portal", "portal@hr-portal.example")
    assert detect(msg(text, subject="Profile", sender=sender))[0] == "none"
    extra = DetectionConfig(application_received=KindVocabulary(sender_domains=("hr-portal.example",), phrases=("profile is complete",)))
    kind, event = detect(msg(text, subject="Profile", sender=sender), extra)
    assert kind == "application_received"
    assert "config sender domain (application_received): hr-portal.example" in event["evidence"]


def test_ignored_senders_are_never_job_mail() -> None:
    extra = DetectionConfig(ignore_senders=("acme-robotics.example",))
    kind, event = detect(msg(CONFIRMATION, subject="Interview confirmation"), extra)
    assert kind == "none"
    assert "ignore_senders" in event["evidence"][-1]


def test_a_message_that_cannot_be_read_is_none_with_the_reason() -> None:
    broken = Message(sender=None, date=None, subject="", message_id=None, text="", defects=("unparseable message: ValueError",))
    event = detect_event(broken)
    assert event.kind is EventKind.none
    assert event.evidence[-1] == "unreadable: unparseable message: ValueError"
    assert set(event.to_json()) == {
        "kind", "company", "role", "interview", "interviewers", "contact", "original", "calendar", "confidence", "evidence",
        "booking_requested", "uncertain",
    }  # fmt: skip


def test_a_garbage_calendar_does_not_crash_detection() -> None:
    kind, _ = detect(msg(CONFIRMATION, subject="Interview confirmation", calendars=("BEGIN:VCALENDAR\r\nDTSTART:garbage",)))
    assert kind == "interview_scheduled"


def test_detection_is_deterministic() -> None:
    message = msg(CONFIRMATION, subject="Interview confirmation", calendars=(ics(),))
    assert detect_event(message, owner_email=OWNER) == detect_event(message, owner_email=OWNER)


def test_a_german_company_written_with_an_umlaut_matches_its_transliterated_domain() -> None:
    from pathlib import Path

    from followup.parse import parse_message

    raw = (Path(__file__).resolve().parents[1] / "data" / "mail" / "german_direct_invitation_umlaut_domain.eml").read_bytes()
    event = detect_event(parse_message(raw), owner_email="ana@example.com", owner_zone="Europe/Paris")
    assert event.kind.value == "interview_scheduled"
    assert event.company == "Müller"  # "Müller AG" from the sender name, legal suffix dropped; domain mueller-ag
    assert event.interview is not None and event.interview.start.isoformat() == "2027-02-03T10:00:00+01:00"
    assert {p.name for p in event.interviewers} == {"Thomas Becker", "Julia Schmidt"}


def test_a_recruiter_who_interviews_too_and_a_role_in_brackets() -> None:
    from pathlib import Path

    from followup.parse import parse_message

    raw = (Path(__file__).resolve().parents[1] / "data" / "mail" / "recruiter_confirms_with_me_and_colleague.eml").read_bytes()
    event = detect_event(parse_message(raw), owner_email="ana@example.com", owner_zone="Europe/Paris")
    assert event.kind.value == "interview_scheduled"
    # The subject says "Vandelay", the signature "Vandelay Industries": the name written in full is kept whole.
    assert event.role == "Backend Engineer" and event.company == "Vandelay Industries"
    assert [(p.name, p.email) for p in event.interviewers] == [
        ("Raj Patel", None),
        ("Dana Kim", "dana.kim@vandelay.example"),
    ]
    assert event.interview is not None and event.interview.start.isoformat() == "2027-01-25T11:00:00-05:00"
