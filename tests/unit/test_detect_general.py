"""Detection on wording and shapes it was not written against (followup.detect).

Every mail here was written for these tests before the detector was changed for them: more ways
to say no (in English and the other languages job mail comes in), a goodbye that never says no,
an offer denied, a calendar that takes the meeting away while the text says why, a dated meeting
that won't go ahead, and thanks for a slot already picked (which asks for nothing).
"""

from __future__ import annotations


import pytest

from followup.model import Message, Person
from tests.unit.owner_mail import ME, OWNER, SENT, event_of

HUMAN = Person("Jane Smith", "jane.smith@acmeco.example")


def detect(text: str, subject: str = "Your application", sender: Person = HUMAN, **kw: object) -> dict:
    message = Message(
        sender=sender,
        date=SENT,
        subject=subject,
        message_id="<z@acmeco.example>",
        text=f"Hi Alex,\n\n{text}\n\nBest,\nJane Smith\nAcme Co\n",
        to=(ME,),
        **kw,  # type: ignore[arg-type]
    )
    return event_of(message)


NOS = [
    "We're going to move ahead with other folks for now, but I'd love to stay in touch.",
    "The role has since been filled.",
    "We've decided to close the role without hiring.",
    "We've made the difficult decision to pause hiring for this role.",
    "Unfortunately the hiring manager felt other candidates were a stronger match.",
    "Sadly, you weren't successful on this occasion.",
    "Following your interview, we have decided not to take your application any further.",
    "Due to a change in business needs, we've closed this requisition.",
    "We don't have a role that fits your experience right now.",
    "The team has decided not to extend an offer.",
    "Your profile has been archived.",
    "We ended up hiring a candidate with more direct industry experience.",
    "Thanks again for meeting the team on Tuesday. Unfortunately, after Tuesday's interview we won't be "
    "moving forward.",
    "After discussing your interview on Thursday at 2pm, we've decided to go another way.",
    "The panel felt that your experience wasn't quite what we need for this role.",
    "This time around we will not be making you an offer.",
    "Your application is no longer active.",
    "I have to share some disappointing news regarding your application.",
    "Thank you for the interview. I'm afraid it's not going to work out this time, but I'd be happy to keep in touch.",
    "The hiring manager has made a decision and, unfortunately, it is not in your favor.",
    # A goodbye that never says no.
    "Thank you for your interest and your time. We wish you all the best in your future endeavors.",
    "We\u2019re sorry to inform that this position might not be the best match for you at the moment. "
    "We wish you all the best in your future endeavors.",
    # Other languages.
    "Nous avons choisi de ne pas aller de l'avant avec votre candidature.",
    "Votre profil ne correspond pas à nos besoins actuels.",
    "Malheureusement, nous ne pouvons pas retenir votre candidature.",
    "Le poste a été pourvu.",
    "Leider können wir Ihnen keine Zusage geben.",
    "Die Stelle wurde bereits besetzt.",
    "Leider passt Ihr Profil nicht zu unseren Anforderungen.",
    "Lamentablemente tu perfil no se ajusta a lo que buscamos.",
    "Hemos cubierto la vacante.",
    "Helaas hebben we besloten om verder te gaan met een andere kandidaat.",
    "Helaas kunnen we je niet uitnodigen voor een volgend gesprek.",
    "La posizione è stata coperta.",
    "Infelizmente a vaga já foi preenchida.",
]


@pytest.mark.parametrize("text", NOS)
def test_a_no_in_other_words_is_a_rejection(text: str) -> None:
    event = detect(text, subject="Update")
    assert event["kind"] == "rejection", event["evidence"]


def test_a_receipt_wishing_luck_while_the_review_is_pending_stays_a_receipt() -> None:
    event = detect(
        "Thanks for applying! We will review your application shortly. In the meantime we wish you the best in "
        "your job search and will keep your resume on file for future opportunities.",
        subject="Application received",
    )
    assert event["kind"] == "application_received", event["evidence"]


def test_an_interview_called_off_for_the_role_is_a_cancellation_not_a_closed_position() -> None:
    event = detect(
        "Your interview for the Data Analyst role on Tuesday has been cancelled. We will be in touch.",
        subject="Interview cancelled",
    )
    assert event["kind"] == "interview_cancelled", event["evidence"]


def test_a_dated_interview_that_wont_go_ahead_is_a_cancellation() -> None:
    event = detect(
        "Unfortunately we won't be able to proceed with Tuesday's interview; I'll send new times.",
        subject="Tuesday",
    )
    assert event["kind"] == "interview_cancelled", event["evidence"]


def test_a_calendar_cancellation_is_a_cancellation_whatever_reason_the_text_gives() -> None:
    calendar = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "METHOD:CANCEL", "BEGIN:VEVENT",
        "UID:int-1@acmeco.example", "SEQUENCE:1", "DTSTAMP:20261201T140000Z",
        "DTSTART:20261208T190000Z", "DTEND:20261208T200000Z", "SUMMARY:Interview: Alex Morgan",
        "ORGANIZER;CN=Jane Smith:mailto:jane.smith@acmeco.example", "STATUS:CANCELLED",
        "END:VEVENT", "END:VCALENDAR", "",
    ])  # fmt: skip
    event = detect(
        "We have had to cancel your interview: I'm sorry to tell you the position has been filled and we are "
        "no longer considering applications.",
        subject="Canceled event: Interview: Alex Morgan",
        calendars=(calendar,),
    )
    assert event["kind"] == "interview_cancelled", event["evidence"]


def test_thanks_for_sending_availability_does_not_turn_a_fixed_time_into_a_request() -> None:
    event = detect(
        "Thanks for sending over your availability. Let's lock in Tuesday, December 8 at 2:30pm ET for the "
        "technical interview.",
        subject="Interview on Tuesday",
    )
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["booking_requested"] is False
    assert event["interview"]["start"] == "2026-12-08T14:30:00-05:00"


def test_a_time_after_thanks_for_booking_a_slot_is_fixed() -> None:
    event = detect(
        "Thanks for booking a slot. I'll give you a call tomorrow, Wednesday December 2, at 9:30am ET for the "
        "phone screen.",
        subject="Phone screen tomorrow",
    )
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["interview"]["start"] == "2026-12-02T09:30:00-05:00"


def test_asking_for_availability_is_still_a_booking_request() -> None:
    event = detect(
        "The team would love to set up a 45-minute interview. Could you send me your availability for next week?",
        subject="Next step - interview",
    )
    assert event["kind"] == "none"
    assert event["booking_requested"] is True


def _people(event: dict) -> set[str]:
    return {(p.get("email") or p.get("name") or "").lower() for p in event["interviewers"]}


def test_a_first_name_marked_cc_d_leading_the_session_is_the_cc_address() -> None:
    event = detect(
        "Confirming your interview on Friday, December 11 at 10 AM Central. Devon (cc'd) will be running the "
        "session; he heads up our analytics group.",
        subject="Interview - Acme",
        cc=(Person("Devon Price", "devon.price@acmeco.example"),),
    )
    assert _people(event) == {"devon.price@acmeco.example"}, event["evidence"]


def test_cc_d_with_a_title_and_along_with_keeps_both_interviewers() -> None:
    event = detect(
        "You're all set for Monday, December 14 at 11:30am ET. Raj Kapoor (cc'd), our Head of Data, will "
        "interview you along with Tom Becker from the analytics team.",
        subject="Interview next Monday",
        cc=(Person("Raj Kapoor", "raj.kapoor@acmeco.example"),),
    )
    assert _people(event) == {"raj.kapoor@acmeco.example", "tom becker"}, event["evidence"]


def test_one_interviewer_label_names_one_person_not_the_signature_below() -> None:
    event = detect(
        "Your interview has been moved to a new time.\n\nNew time: Monday, December 14, 2026, 3:30 PM - 4:15 PM "
        "(EST)\nInterviewer: Helena Voss\n\nOmar Farouk, Recruiting Coordinator",
        subject="Your interview has moved",
        reply_to=(Person("Omar Farouk", "omar.farouk@acmeco.example"),),
    )
    assert event["kind"] == "interview_rescheduled"
    assert _people(event) == {"helena voss"}, event["evidence"]


def test_an_organisation_named_after_interview_with_is_no_interviewer() -> None:
    event = detect(
        "We have rescheduled your interview with Harlow Insurance Group. Please see the updated details:\n\n"
        "Date: | Wednesday, December 16, 2026\n\nTime: | 9:00 AM CST\n\n"
        "Interviewer: | Rebecca Lyons, Underwriting Manager",
        subject="Rescheduled: your interview",
    )
    assert _people(event) == {"rebecca lyons"}, event["evidence"]


def test_the_writer_calling_off_our_interview_is_the_interviewer() -> None:
    event = detect(
        "Apologies, I won't be able to make our 3pm interview today after all. Can we find another time later "
        "this week? I'll send some options.",
        subject="today's 3pm",
    )
    assert event["kind"] == "interview_cancelled", event["evidence"]
    assert _people(event) == {"jane.smith@acmeco.example"}


def test_the_owners_own_invitation_names_the_other_side_as_contact_and_interviewer() -> None:
    calendar = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
        "UID:owner-1@mail.example", "SEQUENCE:0", "DTSTAMP:20261201T140000Z",
        "DTSTART:20261210T210000Z", "DTEND:20261210T214500Z", "SUMMARY:Interview: Alex Morgan / Palomar Health",
        f"ORGANIZER;CN=Alex Morgan:mailto:{OWNER}",
        f"ATTENDEE;CN=Alex Morgan;PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "ATTENDEE;CN=Irene Castillo;PARTSTAT=NEEDS-ACTION:mailto:irene.castillo@palomarhealth.example",
        "END:VEVENT", "END:VCALENDAR", "",
    ])  # fmt: skip
    message = Message(
        sender=ME,
        date=SENT,
        subject="Invitation: Interview: Alex Morgan / Palomar Health",
        message_id="<inv@mail.example>",
        text="Irene - as discussed, here is the invite for our interview. Looking forward to it!\n\nAlex\n",
        to=(Person("Irene Castillo", "irene.castillo@palomarhealth.example"),),
        calendars=(calendar,),
    )
    event = event_of(message)
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert _people(event) == {"irene.castillo@palomarhealth.example"}
    assert event["contact"]["email"] == "irene.castillo@palomarhealth.example"


def test_the_company_written_in_full_beats_the_short_name_of_an_ats_display_name() -> None:
    event = detect(
        "Thank you for your interest in Meridian Mutual Insurance Company. The requisition R-20931 Claims Data "
        "Analyst to which you applied has been closed.",
        subject="Regarding Job Requisition R-20931",
        sender=Person("Meridian Mutual", "meridianmutual@myworkday.com"),
    )
    assert event["kind"] == "rejection", event["evidence"]
    assert event["company"] == "Meridian Mutual Insurance Company"


def test_a_name_wrapped_onto_the_next_line_still_leads_the_session() -> None:
    event = detect(
        "Confirming your interview on Friday, December 11 at 10 AM Central. Devon (cc'd) will be running the\n"
        "session; he heads up our analytics group.",
        subject="Interview - Acme",
        cc=(Person("Devon Price", "devon.price@acmeco.example"),),
    )
    assert _people(event) == {"devon.price@acmeco.example"}, event["evidence"]


def test_a_day_month_name_year_date_written_with_dashes_is_read() -> None:
    event = detect(
        "Your technical round is scheduled on 14-Dec-2026 at 7:30 PM IST (UTC+05:30). The panel will be Rohit "
        "Menon and Kavya Reddy.",
        subject="Technical round scheduled",
    )
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["interview"]["start"] == "2026-12-14T19:30:00+05:30"
    assert _people(event) == {"rohit menon", "kavya reddy"}


def test_a_schedules_first_row_belongs_to_the_day_written_above_its_header() -> None:
    event = detect(
        "Here is your virtual onsite schedule for Monday, December 14, 2026 (all times Pacific).\n\n"
        "Time | Interviewer | Focus\n\n9:00 AM - 9:45 AM | Grace Kim | System design\n\n"
        "10:00 AM - 10:45 AM | Omar Haddad | Coding",
        subject="Your interview schedule",
    )
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["interview"]["start"] == "2026-12-14T09:00:00-08:00"
    assert _people(event) == {"grace kim", "omar haddad"}


def test_a_clubs_interview_night_with_a_guest_is_no_interview() -> None:
    event = detect(
        "Join us for an interview night with Coach Rivera on Thursday, December 10 at 7pm, who will talk about "
        "marathon training and take your questions.",
        subject="Invitation: Interview night - meet our new coach",
        sender=Person("Westside Runners", "hello@westsiderunners.example"),
    )
    assert event["kind"] == "none", event["evidence"]


def test_a_colleagues_meeting_to_score_the_interview_loop_is_no_interview() -> None:
    event = detect(
        "Let's meet Thursday, December 10 at 11am to calibrate how we score the interview loop for the backend "
        "role. Please review the rubric doc beforehand.",
        subject="Sync: interview loop calibration",
    )
    assert event["kind"] == "none", event["evidence"]


def test_money_off_offered_to_you_is_a_sale_not_an_offer() -> None:
    event = detect(
        "We're pleased to offer you 30% off everything this weekend. Congratulations - you've been selected as "
        "one of our top members!",
        subject="Alex, an exclusive offer just for you",
        sender=Person("Northpeak Outfitters", "offers@northpeak.example"),
    )
    assert event["kind"] == "none", event["evidence"]


def test_a_welcome_with_the_formal_offer_attached_is_an_offer_without_any_job_word() -> None:
    event = detect(
        "I'm thrilled that you'll be joining Sunpeak Solar! Attached is your formal offer with the details we "
        "discussed: base salary, equity and a January 11 start date.",
        subject="Welcome to Sunpeak!",
        sender=Person("Rachel Green", "rachel@sunpeak.example"),
    )
    assert event["kind"] == "offer", event["evidence"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The status of your application for Data Analyst has been changed to: Rejected.", "rejection"),
        ("Application status: Client Declined", "rejection"),
        ("Your status has been changed from Interviewing to Client Declined.", "rejection"),
        ("Current stage: Rejected", "rejection"),
        ("Status update: Position Filled", "rejection"),
        (
            "Your application for the position below has been updated.\n\nJob Position | Retail Lead\n\n"
            "Stage | Refused\n\nThank you for your interest.",
            "rejection",
        ),
        ("This job is no longer accepting applications and your application will not be reviewed.", "rejection"),
        ("Your status has been changed from Interviewing to Offered.", "offer"),
        ("Current stage: Offer Extended", "offer"),
    ],
)
def test_an_ats_status_change_says_the_outcome(text: str, kind: str) -> None:
    event = detect(text, subject="Your application status has been updated")
    assert event["kind"] == kind, event["evidence"]


def test_a_booking_cancelled_with_a_request_to_pick_another_time_is_a_cancellation_to_rebook() -> None:
    event = detect(
        "Raj Patel has cancelled the booking and requested you to pick another time.\n\n"
        "Pick a new time: https://cal.com/reschedule/abc\n\n"
        "Technical Interview between Kestrel Works and Alex Morgan\n"
        "Wednesday, December 9, 2026 | 2:00pm - 3:00pm (Eastern Time)",
        subject="Action Required: Please reschedule Technical Interview with Raj Patel",
        sender=Person("Cal.com", "notifications@cal.com"),
    )
    assert event["kind"] == "interview_cancelled", event["evidence"]
    assert event["booking_requested"] is True


def test_a_reschedule_with_no_new_time_and_a_link_to_pick_one_is_a_cancellation_to_rebook() -> None:
    event = detect(
        "Unfortunately we need to reschedule your interview planned for Thursday. Please pick a new time that "
        "suits you using this link: https://app.greenhouse.io/scheduling/abc",
        subject="Please reschedule your interview",
    )
    assert event["kind"] == "interview_cancelled", event["evidence"]
    assert event["booking_requested"] is True
    assert event["interview"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Quick update: your interview is now on Thursday, December 10 at 3pm ET instead of Wednesday.",
        "Small change: the interview will now start at 2:30pm ET on Tuesday, December 8 rather than 2pm.",
        "The panel asked to shift your onsite to Wednesday, December 16 at 1pm ET.",
        "Heads up - we had to change the time of your interview: it is now Thursday, December 10 at 4pm ET.",
        "I've updated the invite: we'll now meet on Friday, December 11 at 2pm ET.",
        "We need to postpone your interview to Monday, December 14 at 3pm ET.",
    ],
)
def test_a_meeting_moved_in_other_words_is_a_reschedule(text: str) -> None:
    event = detect(text, subject="Interview time")
    assert event["kind"] == "interview_rescheduled", event["evidence"]


@pytest.mark.parametrize(
    "text",
    [
        "Your interview is confirmed for Tuesday, December 8 at 2pm ET. We'll meet on Zoom instead of Teams.",
        "Your interview is now scheduled for Tuesday, December 8 at 2pm ET.",
        "Your interview is confirmed for Thursday, December 10 at 11am ET. If you need to move it to another "
        "time, use the link in the invite.",
    ],
)
def test_a_confirmation_mentioning_change_words_stays_a_confirmation(text: str) -> None:
    event = detect(text, subject="Interview confirmed")
    assert event["kind"] == "interview_scheduled", event["evidence"]


@pytest.mark.parametrize(
    ("text", "want", "cc"),
    [
        ("Ana Lima and Ben Ode from the data team will join.", {"ana lima", "ben ode"}, ()),
        ("Ana (ana.lima@acmeco.example) will be your interviewer.", {"ana.lima@acmeco.example"}, ()),
        (
            "I've cc'd Ana Lima, who will be interviewing you.",
            {"ana.lima@acmeco.example"},
            (Person("Ana Lima", "ana.lima@acmeco.example"),),
        ),
        ("You'll be speaking to Ana Lima and Ben Ode.", {"ana lima", "ben ode"}, ()),
    ],
)
def test_interviewers_named_in_more_layouts(text: str, want: set[str], cc: tuple[Person, ...]) -> None:
    event = detect(
        f"Your interview is confirmed for Tuesday, December 8 at 2pm ET. {text}", "Interview confirmed", cc=cc
    )
    assert _people(event) == want, event["evidence"]


def test_a_request_to_reschedule_that_cancels_the_slot_is_a_cancellation_to_rebook_at_the_old_time() -> None:
    event = detect(
        "Request to reschedule your booking. Raj Patel has cancelled the booking and asked you to pick a new "
        "time for it.\n\nPick a new time: https://cal.com/reschedule/abc\n\n"
        "Rescheduled by the organizer: Technical Interview, Wednesday, December 9, 2026 | 2:00pm - 3:00pm "
        "(Eastern Time)",
        subject="Request to reschedule: Technical Interview with Raj Patel has been rescheduled",
        sender=Person("Cal.com", "notifications@cal.com"),
    )
    assert event["kind"] == "interview_cancelled", event["evidence"]
    assert event["booking_requested"] is True
    assert event["interview"]["start"] == "2026-12-09T14:00:00-05:00"


KIM = Person("Kim Novak", "kim.novak@acmeco.example")
LEO = Person("Leo Marsh", "leo.marsh@acmeco.example")


@pytest.mark.parametrize(
    ("text", "want", "cc", "to"),
    [
        # A first name in the text and the whole name on Cc: the address comes from Cc.
        ("Kim will be leading the technical interview; I've copied her here.", {KIM.email}, (KIM,), ()),
        ("Kim is going to run the coding interview.", {KIM.email}, (KIM,), ()),
        # "(both cc'd)" after a pair of first names.
        ("You'll meet Kim and Leo (both cc'd) for an hour.", {KIM.email, LEO.email}, (KIM, LEO), ()),
        ("You'll meet Leo (cc'd) and Kim (cc'd).", {KIM.email, LEO.email}, (KIM, LEO), ()),
        # A colleague on To with the owner is named in the text: not the owner, an interviewer.
        ("You will meet Kim Novak from our data team.", {KIM.email}, (), (KIM,)),
        # The name after the verb: "Joining me will be ...".
        ("Joining me will be Kim Novak (kim.novak@acmeco.example).", {KIM.email, HUMAN.email}, (), ()),
        ("Joining us on the call will be Kim Novak and Leo Marsh.", {"kim novak", "leo marsh"}, (), ()),
    ],
)
def test_interviewers_resolved_from_first_names_cc_and_to(
    text: str, want: set[str], cc: tuple[Person, ...], to: tuple[Person, ...]
) -> None:
    message = Message(
        sender=HUMAN,
        date=SENT,
        subject="Interview confirmed",
        message_id="<y@acmeco.example>",
        text=f"Hi Alex,\n\nYour interview is confirmed for Tuesday, December 8 at 2pm ET. {text}\n\nBest,\nJane Smith\n"
        "Acme Co\n",
        to=(ME, *to),
        cc=cc,
    )
    event = event_of(message)
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert _people(event) == want, event["evidence"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Could we push our interview tomorrow to 4pm instead of 3pm? Sorry for the change.",
            "2026-12-02T16:00:00-05:00",
        ),
        (
            "Would it be possible to start our call on Thursday, December 10 an hour earlier, at 1pm ET instead of "
            "2pm? Something came up.",
            "2026-12-10T13:00:00-05:00",
        ),
        (
            "Can we bump our chat on Friday, December 4 by an hour? So 11am ET instead of 10am.",
            "2026-12-04T11:00:00-05:00",
        ),
    ],
)
def test_a_move_to_one_new_time_asked_as_a_question_is_a_reschedule(text: str, start: str) -> None:
    event = detect(text, subject="Our interview")
    assert event["kind"] == "interview_rescheduled", event["evidence"]
    assert event["interview"]["start"] == start, event["evidence"]


def test_a_move_to_a_choice_of_times_asked_as_a_question_still_asks_to_pick() -> None:
    event = detect(
        "Could we move our interview to Thursday, December 10 at 1pm ET or Friday, December 11 at 2pm ET?",
        subject="Our interview",
    )
    assert event["booking_requested"] is True, event["evidence"]
    assert event["kind"] != "interview_rescheduled" or event["interview"] is None, event["evidence"]


def test_an_offer_after_praise_for_meeting_you_is_an_offer() -> None:
    event = detect(
        "Everyone enjoyed meeting you last week, and I'm glad to say we'd like you to join Acme as our new Data "
        "Lead. Paperwork follows tomorrow.",
        subject="Good news",
    )
    assert event["kind"] == "offer", event["evidence"]


def test_joining_a_call_is_no_offer() -> None:
    event = detect(
        "We'd like you to join us for an interview call on Tuesday, December 8 at 2pm ET.", subject="Next step"
    )
    assert event["kind"] == "interview_scheduled", event["evidence"]


@pytest.mark.parametrize("opening", ["Your onsite is on", "Our onsite is on", "So our interview is on"])
def test_a_line_opening_is_not_read_as_a_choice_offered(opening: str) -> None:
    event = detect(f"{opening} Thursday, December 10, 2026, starting at 1:00 PM ET.", subject="Your onsite")
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["interview"]["start"] == "2026-12-10T13:00:00-05:00"


@pytest.mark.parametrize(
    "text",
    [
        "We have a candidate coming in on Tuesday, December 8 at 2pm. Could you do the coding part of the interview?",
        "Could you interview a candidate for the data team on Tuesday, December 8 at 2pm? I'll add you to the loop.",
    ],
)
def test_the_owner_asked_to_interview_someone_else_is_no_interview_of_theirs(text: str) -> None:
    event = detect(text, subject="Interview help next week", sender=Person("Ruth Adler", "ruth.adler@mail.example"))
    assert event["kind"] == "none", event["evidence"]


def test_a_schedule_of_single_times_names_each_interviewer() -> None:
    event = detect(
        "Your onsite is on Thursday, December 10, 2026, starting at 1:00 PM ET.\n\n"
        "1:00 PM | Kim Novak (kim.novak@acmeco.example)\nStaff Engineer\n\n"
        "2:00 PM | Leo Marsh (leo.marsh@acmeco.example)\nEngineering Director\n",
        subject="Your onsite",
    )
    assert _people(event) == {KIM.email, LEO.email}, event["evidence"]


def test_a_first_name_in_the_subject_resolves_to_the_cc() -> None:
    event = detect(
        "Kim has been called away this week, so we've moved your interview with her to Tuesday, December 8 at "
        "1pm ET. I've copied her here.",
        subject="New date for your interview with Kim",
        cc=(KIM,),
    )
    assert event["kind"] == "interview_rescheduled", event["evidence"]
    assert _people(event) == {KIM.email}, event["evidence"]


@pytest.mark.parametrize(
    "text",
    [
        "Would it be possible to reschedule our interview to Thursday, December 10 at 3pm ET? Sorry for the change.",
        "Something came up on my side: could we reschedule tomorrow's interview for Thursday, December 10 at 3pm ET?",
    ],
)
def test_a_reschedule_to_one_time_asked_with_other_verbs(text: str) -> None:
    event = detect(text, subject="Our interview")
    assert event["kind"] == "interview_rescheduled", event["evidence"]
    assert event["interview"]["start"] == "2026-12-10T15:00:00-05:00", event["evidence"]


def test_a_writer_who_would_love_to_interview_you_at_a_fixed_time_schedules_it() -> None:
    event = detect(
        "Thanks for sending over your portfolio. I'd love to do a first interview with you on Tuesday, December 8 "
        "at 4pm ET - I'll call you on the number on your CV.",
        subject="Chat on Tuesday",
    )
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["interview"]["start"] == "2026-12-08T16:00:00-05:00"
    assert _people(event) == {HUMAN.email}, event["evidence"]


def test_a_long_sentence_saying_your_interview_has_been_cancelled_is_a_cancellation() -> None:
    event = detect(
        "Your interview for Senior Platform Engineer at Acme Co on Tuesday, December 8 at 11:00 AM ET has been "
        "cancelled. Your recruiter will reach out with next steps.",
        subject="Interview update",
        sender=Person("Acme Co", "no-reply@greenhouse.io"),
    )
    assert event["kind"] == "interview_cancelled", event["evidence"]
    assert event["interview"]["start"] == "2026-12-08T11:00:00-05:00"
