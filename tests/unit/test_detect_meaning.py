"""Detection by meaning: outcome cues read per sentence, hard negatives, booking requests,
people resolved from headers, confidence below the owner's threshold (followup.detect).

The wording here is written for these tests, not taken from any corpus split.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from followup.detect import DetectionConfig, detect_event
from followup.detect.sentences import read_cues
from followup.model import Message, Person

OWNER = "alex.morgan@mail.example"
ME = Person("Alex Morgan", OWNER)
NINA = Person("Nina Varga", "nina.varga@quillmark.example")
SENT = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5)))


def msg(text: str, *, subject: str = "", sender: Person | None = NINA, **kw: object) -> Message:
    return Message(
        sender=sender,
        date=SENT,
        subject=subject,
        message_id="<x@quillmark.example>",
        text=text,
        to=(ME,),
        **kw,  # type: ignore[arg-type]
    )


NO_EXTRA = DetectionConfig()


def detect(message: Message, extra: DetectionConfig = NO_EXTRA) -> dict:
    return detect_event(message, owner_email=OWNER, owner_zone="America/New_York", extra=extra).to_json()


@pytest.mark.parametrize(
    "sentence",
    [
        "We have extended an offer to another candidate for the Data Engineer role.",
        "After careful review we will be pursuing other applicants whose experience is closer to our needs.",
        "Our team reviewed your application and did not select it for further consideration.",
        "The Data Engineer position has now been filled.",
        "We have decided to go in a different direction for this role.",
        "Unfortunately the requisition was closed and we are not able to move your candidacy forward.",
        "Your new status is Not in Consideration.",
        "We won't be progressing your application to the next stage.",
    ],
)
def test_the_many_ways_to_say_no_are_rejections(sentence: str) -> None:
    event = detect(
        msg(f"Hi Alex,\n\nThank you for interviewing for the Data Engineer role.\n\n{sentence}\n\nBest,\nNina")
    )
    assert event["kind"] == "rejection", event["evidence"]
    assert any(line.startswith("sentence (") for line in event["evidence"])


@pytest.mark.parametrize(
    "text",
    [
        "Your application status for Data Engineer has changed.\n\nYour new status is Offered.",
        "Previous status | New status\nOnsite | Offer Extended",
        "Welcome aboard! We are thrilled to have you join Quillmark as a Data Engineer, start date January 4.",
        "I'm delighted to send you our formal offer for the Data Engineer role; the letter is attached.",
    ],
)
def test_offers_written_as_status_changes_or_welcome_notes_are_offers(text: str) -> None:
    event = detect(msg(f"Hi Alex,\n\n{text}\n\nNina Varga\nTalent Partner, Quillmark"))
    assert event["kind"] == "offer", event["evidence"]


def test_an_offer_that_names_a_call_time_stays_an_offer() -> None:
    text = (
        "Hi Alex,\n\nI'm happy to extend you an offer for the Data Engineer role at Quillmark! "
        "Can we walk through it on a call Thursday, December 10 at 2pm ET?\n\nNina"
    )
    assert detect(msg(text))["kind"] == "offer"


def test_a_conditional_or_general_no_says_nothing_about_this_candidate() -> None:
    cues = read_cues(
        "Application received",
        "If you are not selected for an interview, we will keep your resume on file. "
        "Only candidates selected for an interview will be contacted.",
    )
    assert [c for c in cues if c.kind == "rejection"] == []


def test_a_human_calling_off_a_call_in_one_line_is_a_cancellation() -> None:
    event = detect(
        msg(
            "Alex - so sorry, I have to cancel our interview tomorrow, something urgent came up. Nina",
            subject="Tomorrow",
        )
    )
    assert event["kind"] == "interview_cancelled", event["evidence"]


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Mock interview Saturday 10am",
            "Practice run before your real loops: I'll play the interviewer. Sat Dec 5 at 10am.",
        ),
        ("Podcast interview confirmed", "Confirming our podcast interview recording on December 9 at 10am PT."),
        ("Book club: Interview with the Vampire", "Book club meeting is confirmed for Thursday, December 10 at 7pm."),
        (
            "Your receipt",
            "Thanks for your order! Receipt for the course 'Ace the System Design Interview', access starts now.",
        ),
        ("Interviewer training", "Reminder: interviewer training and candidate debrief on Monday, December 7 at 3pm."),
    ],
)
def test_hard_negatives_stay_none(subject: str, text: str) -> None:
    event = detect(msg(text, subject=subject, sender=Person("Sam Ortiz", "sam.ortiz@gmail.example")))
    assert event["kind"] == "none", event["evidence"]


def test_a_request_to_pick_a_slot_is_none_with_booking_requested() -> None:
    event = detect(
        msg(
            "Hi Alex, thanks for applying! Please pick a time for a 30 minute intro call with me: "
            "https://calendly.com/nina-quillmark/intro",
            subject="Next step: intro call",
        )
    )
    assert event["kind"] == "none"
    assert event["booking_requested"] is True
    assert any(line.startswith("booking_requested") for line in event["evidence"])


def test_a_confirmed_interview_is_not_a_booking_request() -> None:
    event = detect(msg("Your interview is confirmed for Tuesday, December 8 at 3pm ET.", subject="Interview confirmed"))
    assert event["kind"] == "interview_scheduled"
    assert event["booking_requested"] is False


def test_interviewers_named_in_the_text_get_their_address_from_cc() -> None:
    raj = Person("Raj Patel", "raj.patel@quillmark.example")
    event = detect(
        msg(
            "Hi Alex, you're confirmed for a technical deep dive on Wednesday, December 9 at 4pm Eastern "
            "with me and Raj Patel (cc'd).\n\nNina Varga\nEngineering Manager, Quillmark",
            subject="Next step",
            cc=(raj,),
        )
    )
    assert event["kind"] == "interview_scheduled"
    assert {p["email"] for p in event["interviewers"]} == {
        "nina.varga@quillmark.example",
        "raj.patel@quillmark.example",
    }
    assert event["company"] == "Quillmark"


def test_a_signature_under_a_catch_all_reply_to_is_the_contact() -> None:
    event = detect(
        msg(
            "Hello,\n\nOur hiring team reviewed your application and did not select it for further consideration.\n\n"
            "--\nJulia Moreau\nEmail: julia.moreau@quillmark.example",
            sender=Person("Quillmark", "notifications@quillmark.example"),
            reply_to=(Person("Quillmark", "catchall@quillmark.example"),),
        )
    )
    assert event["kind"] == "rejection"
    assert event["contact"]["email"] == "julia.moreau@quillmark.example"


def test_a_mail_that_says_do_not_reply_has_no_contact_at_its_sender() -> None:
    event = detect(
        msg(
            "* Auto generated message. Please DO NOT reply *\n\nYour new status is Offered.",
            sender=Person("Pinnacle Staffing", "jobs@pinnaclestaffing.example"),
        )
    )
    assert event["kind"] == "offer" and event["contact"] is None


def test_below_the_owners_threshold_an_event_is_uncertain_and_says_why() -> None:
    text = "Hi Alex, looking forward to our call on Tuesday, December 8 at 3pm ET about the role."
    low = detect(msg(text), DetectionConfig(min_confidence=0.0))
    high = detect(msg(text), DetectionConfig(min_confidence=0.99))
    assert low["kind"] == high["kind"] != "none"
    assert low["uncertain"] is False and high["uncertain"] is True
    assert high["evidence"][-1].startswith("uncertain: confidence")


def test_an_exception_inside_detection_is_an_error_line_never_a_plain_none() -> None:
    broken = msg("Interview confirmed for Tuesday, December 8 at 3pm ET", subject="Interview")
    object.__setattr__(broken, "to", None)  # a Message no parser makes: iterating it raises
    event = detect(broken)
    assert event["kind"] == "none"
    assert event["evidence"][-1].startswith("error: ")


@pytest.mark.parametrize(
    "text",
    [
        "Helaas moeten wij u meedelen dat wij hebben gekozen voor een andere kandidaat voor de vacature.",
        "Dopo un'attenta valutazione abbiamo deciso di proseguire con altri candidati per la posizione.",
        "I'm sorry to share that we have put all hiring on hold, so we have to end the process for the role.",
        "Appreciate you applying, but we're going to pass for now on this role.",
    ],
)
def test_no_in_other_languages_and_words_is_a_rejection(text: str) -> None:
    assert detect(msg(f"Hi Alex,\n\n{text}\n\nNina"))["kind"] == "rejection"


@pytest.mark.parametrize(
    "text",
    [
        "As discussed, here's a recap of the offer for the Data Engineer role:\n- Base: $150,000\n- Start date: Feb 1",
        "You're hired! The team loved you. Contract attached; sign whenever you're ready.",
    ],
)
def test_an_offer_in_plain_words_is_an_offer(text: str) -> None:
    assert detect(msg(f"Hi Alex,\n\n{text}\n\nNina\nQuillmark"))["kind"] == "offer"


def test_a_human_acknowledging_a_resume_is_an_application_receipt() -> None:
    text = "Thanks for sending your resume over - I've received it and passed it to the hiring team for the role."
    assert detect(msg(f"Hi Alex,\n\n{text}\n\nNina"))["kind"] == "application_received"


def test_an_invitation_with_a_fixed_time_beats_the_thanks_for_applying_before_it() -> None:
    text = (
        "Thanks for applying for the Data Engineer role - we received your application last week. I'd like to "
        "invite you to a first interview with our director, Dr. Simone Akers, on Monday, December 14 at 11:00 AM CT."
    )
    event = detect(msg(f"Hi Alex,\n\n{text}\n\nNina", subject="Your application"))
    assert event["kind"] == "interview_scheduled"
    assert event["interview"]["start"] == "2026-12-14T11:00:00-06:00"


@pytest.mark.parametrize(
    ("sender", "subject", "text"),
    [
        (Person("Meetup", "info@meetup.com"), "You're going to: Tech Interviews AMA",
         "You're going!\nTech Interviews AMA with hiring managers\nWednesday, December 9, 2026, 6:30 PM EST"),
        (Person("Dana Whitaker", "dana.whitaker@mail.example"), "Candidate interview - Jamie Fox",
         "Alex, can you run the system design portion for this candidate on Thursday, December 10 at 11am?"),
        (Person("Carol Jensen", "carol@historysociety.example"), "Oral history interview - Saturday",
         "Thanks so much for volunteering to record the oral history interview. Saturday, December 12 at 2pm."),
    ],
)  # fmt: skip
def test_events_meetings_and_volunteering_about_interviews_stay_none(sender: Person, subject: str, text: str) -> None:
    assert detect(msg(text, subject=subject, sender=sender))["kind"] == "none"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Terminfindung Vorstellungsgespräch", "Bitte wählen Sie über den folgenden Link einen passenden Termin aus."),
        ("Let's find a time for your technical interview", "Reply with a few windows that work for you next week."),
        ("Next step: chat with our CTO", "Please grab 45 minutes on her calendar: https://calendly.com/q-cto/final"),
    ],
)
def test_ways_to_ask_for_a_booking_are_flagged(subject: str, text: str) -> None:
    event = detect(msg(f"Hi Alex,\n\n{text}\n\nNina", subject=subject))
    assert event["kind"] == "none" and event["booking_requested"] is True, event["evidence"]


def test_every_panelist_of_a_list_spaced_with_blank_lines_is_kept() -> None:
    text = (
        "We are delighted to invite you to a panel interview on Wednesday, January 6, 2027 at 9:00 AM ET.\n\n"
        "Your panel:\n\nRenata Ilves, Principal — renata.ilves@quillmark.example\n\n"
        "Paul Adeyemi, Senior Associate — paul.adeyemi@quillmark.example\n\nWith best regards,\nTheo"
    )
    event = detect(msg(text, subject="Your panel interview"))
    assert {p["email"] for p in event["interviewers"]} == {
        "renata.ilves@quillmark.example",
        "paul.adeyemi@quillmark.example",
    }


def test_the_writer_named_with_yo_and_a_colleague_with_an_address_are_both_interviewers() -> None:
    text = (
        "Te confirmo la entrevista técnica el miércoles 16 de diciembre a las 10:00 (hora de Madrid). "
        "Estarán Javier Ruiz (javier.ruiz@quillmark.example) y yo.\n\nNina"
    )
    event = detect(msg(text, subject="Entrevista técnica"))
    assert {p["email"] for p in event["interviewers"]} == {
        "javier.ruiz@quillmark.example",
        "nina.varga@quillmark.example",
    }


def test_a_zone_stated_once_for_the_whole_mail_applies_to_its_times() -> None:
    text = "Here's the agenda for your onsite on Monday, January 11 (all times Pacific):\n\n9:30 - 10:15 Coding"
    event = detect(msg(f"Hi Alex,\n\n{text}\n\nSee you soon!\nNina", subject="Onsite agenda"))
    assert event["interview"]["start"] == "2027-01-11T09:30:00-08:00"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Visa interview appointment",
            "Your visa interview appointment is confirmed for Tuesday, December 8 at 9:00 AM.",
        ),
        ("MBA admissions interview", "Your admissions interview is scheduled for Monday, December 7 at 2pm ET."),
        ("User interview - thanks!", "Confirming our user interview session on Thursday, December 10 at 1pm PT."),
        ("Exit interview", "Your exit interview with HR is scheduled for Friday, December 11 at 4pm."),
    ],
)
def test_interviews_that_are_no_job_step_stay_none(subject: str, text: str) -> None:
    assert detect(msg(text, subject=subject))["kind"] == "none"


def test_an_interview_invite_from_a_personal_address_naming_no_company_or_role_is_none() -> None:
    friend = Person("Sam Ortiz", "sam.ortiz@gmail.com")
    event = detect(
        msg("Interview on Saturday, December 5 at 10am - bring a whiteboard!", subject="Interview", sender=friend)
    )
    assert event["kind"] == "none", event["evidence"]


def test_a_course_receipt_is_none_even_when_the_purchase_and_the_course_are_far_apart() -> None:
    text = (
        "Order #48213 confirmed.\n\nThanks, Alex! Here is what you bought:\n\n\n\n"
        "Ace Your Interview - live cohort\nFirst lesson: Tuesday, December 8 at 6pm ET\n"
    )
    event = detect(msg(text, subject="Your interview prep", sender=Person("Prep", "hello@interviewprep.example")))
    assert event["kind"] == "none", event["evidence"]


def test_the_owners_own_team_rituals_stay_none() -> None:
    text = "Sprint planning and interview loop updates, Thursday, December 10 at 11am ET. Agenda in the doc."
    assert detect(msg(text, subject="Invitation: Sprint planning"))["kind"] == "none"


@pytest.mark.parametrize(
    ("kind", "sender", "subject", "text"),
    [
        ("rejection", NINA, "Update", "After reviewing your application we've determined that it isn't a match."),
        ("offer", NINA, "Great news", "Congratulations! We'd love to have you join us as a Senior Engineer."),
        ("interview_rescheduled", NINA, "Re: Interview Wednesday",
         "Apologies - we need to move your Wednesday 1pm interview to Friday, January 15, same time (1pm PT)."),
        ("interview_scheduled", NINA, "Interview Quillmark - Data Engineer",
         "We would like to invite you to a video interview on Tuesday, 12 January 2027 at 10:00 CET."),
        ("application_received", Person("LinkedIn", "jobs-noreply@linkedin.com"), "Your application was sent",
         "Your application was sent to Quillmark.\nData Engineer · Quillmark · Remote\n\nUnsubscribe"),
        ("none", Person("Jordan", "jordan@gmail.com"), "how'd it go??",
         "How did the Quillmark interview go today? Drinks Friday at 7 to debrief?"),
    ],
)  # fmt: skip
def test_written_variants_of_each_kind(kind: str, sender: Person, subject: str, text: str) -> None:
    assert detect(msg(f"Hi Alex,\n\n{text}\n\nBest", subject=subject, sender=sender))["kind"] == kind


def test_an_offer_to_sign_comes_from_the_recruiter_not_the_signing_service() -> None:
    text = (
        "Irene Vasquez sent you a document to review and sign.\n\nIrene Vasquez\nirene.vasquez@juniperlabs.example\n\n"
        "Hi Alex - congratulations again! Here is your Juniper Labs offer letter for the Staff Data Engineer role."
    )
    event = detect(
        msg(
            text,
            subject="Please DocuSign: Juniper Labs Offer Letter",
            sender=Person("Irene via DocuSign", "dse@docusign.net"),
        )
    )
    assert event["kind"] == "offer"
    assert event["company"] == "Juniper Labs"
    assert event["contact"]["email"] == "irene.vasquez@juniperlabs.example"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Sua candidatura", "Infelizmente decidimos seguir com outros candidatos para a vaga de Engenheiro de Dados."),
        ("Twoja aplikacja", "Niestety zdecydowaliśmy się na innego kandydata na to stanowisko."),
        ("Din ansökan", "Tyvärr har vi valt att gå vidare med andra kandidater till tjänsten."),
        (
            "Re: Platform Engineer",
            "While your background is impressive, we are looking for someone with more on-call experience.",
        ),
        ("Data Engineer", "I'm sorry to say the role is no longer available."),
    ],
)
def test_rejections_in_more_languages_and_words(subject: str, text: str) -> None:
    event = detect(msg(f"Hi Alex,\n\n{text}\n\nNina", subject=subject))
    assert event["kind"] == "rejection", event["evidence"]


@pytest.mark.parametrize(
    "text",
    [
        "We went with someone more senior for this one.",
        "We've decided to go with a candidate who has more platform experience.",
        "Sadly, this time it's a no from us.",
        "We will not be moving you forward in the process.",
        "We have now filled all of our open positions for the Data Engineer role.",
    ],
)
def test_short_human_rejections(text: str) -> None:
    assert (
        detect(msg(f"Hi Alex,\n\nThanks for applying for the Data Engineer role. {text}\n\nNina"))["kind"]
        == "rejection"
    )


def test_a_rejection_with_a_bulk_footer_from_an_unknown_system_is_still_a_rejection() -> None:
    text = (
        "Dear Alex,\n\nThank you for applying to Quillmark. After careful review we have decided to move forward "
        "with other candidates whose experience more closely matches the role.\n\n"
        "View this email in your browser | Unsubscribe | Manage preferences"
    )
    sender = Person("Quillmark Careers", "careers@hiringplatform-mail.example")
    assert detect(msg(text, subject="Your application to Quillmark", sender=sender, list_id="<jobs.quillmark>"))[
        "kind"
    ] == ("rejection")


@pytest.mark.parametrize(
    ("want", "text"),
    [
        (
            {"Jane Doe", "Raj Patel"},
            "You'll be meeting with:\n- Jane Doe, Engineering Manager\n- Raj Patel, Staff Engineer",
        ),
        (
            {"Jane Doe", "Raj Patel"},
            "Schedule:\n10:00 - 10:45 Jane Doe (Engineering Manager)\n11:00 - 11:45 Raj Patel (Staff)",
        ),
        ({"Jane Doe"}, "Jane Doe (Engineering Manager) will be joining from our Berlin office."),
        ({"Jane Doe", "Raj Patel", "Omar Said"}, "Your panel is set: Jane Doe, Raj Patel and Omar Said."),
        ({"Jane Doe"}, "Interviewer: Jane Doe (Head of Data)"),
    ],
)
def test_every_way_of_naming_the_interviewers_and_never_the_signature(want: set[str], text: str) -> None:
    body = (
        f"Hi Alex,\n\nYour interview is confirmed for Tuesday, December 8 at 3pm ET.\n\n{text}\n\nNina Varga\nRecruiter"
    )
    event = detect(msg(body, subject="Interview confirmed"))
    assert {p["email"] or p["name"] for p in event["interviewers"]} == want


def test_an_invitation_the_owner_organized_is_still_the_owners_interview() -> None:
    cal = "\r\n".join(
        [
            "BEGIN:VCALENDAR", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:owner-made-1@google.com",
            "DTSTART;TZID=America/New_York:20261208T150000", "DTEND;TZID=America/New_York:20261208T154500",
            "SUMMARY:Interview: Alex Morgan / Quillmark (Data Engineer)",
            "ORGANIZER;CN=Alex Morgan:mailto:alex.morgan@mail.example",
            "ATTENDEE;CN=Alex Morgan;PARTSTAT=ACCEPTED:mailto:alex.morgan@mail.example",
            "ATTENDEE;CN=Nina Varga;PARTSTAT=NEEDS-ACTION:mailto:nina.varga@quillmark.example",
            "END:VEVENT", "END:VCALENDAR", "",
        ]
    )  # fmt: skip
    invitation = msg("Alex Morgan has invited you.", subject="Invitation: Interview", sender=ME, calendars=(cal,))
    event = detect(invitation)
    assert event["kind"] == "interview_scheduled"
    assert event["interview"]["start"] == "2026-12-08T15:00:00-05:00"
    assert event["contact"]["email"] == "nina.varga@quillmark.example"
    assert [p["email"] for p in event["interviewers"]] == ["nina.varga@quillmark.example"]


def test_other_mail_from_the_owner_is_still_not_news() -> None:
    event = detect(msg("Your interview is confirmed for Tuesday, December 8 at 3pm.", subject="Interview", sender=ME))
    assert event["kind"] == "none" and "sent by the owner" in event["evidence"][-1]


@pytest.mark.parametrize(
    ("sender", "text", "kind"),
    [
        (
            NINA,
            "Sorry Alex, I have to cancel our call today - family emergency. Will reschedule soon.",
            "interview_cancelled",
        ),
        (
            Person("Ben", "ben@tallgrass.example"),
            "Hey Alex - need to cancel tomorrow's chat, something came up!",
            "interview_cancelled",
        ),
        (Person("Sam", "sam@gmail.com"), "Have to cancel our call tonight, sorry!", "none"),
    ],
)
def test_a_one_line_cancellation_from_a_person_at_a_company(sender: Person, text: str, kind: str) -> None:
    assert detect(msg(text, subject="Today", sender=sender))["kind"] == kind


@pytest.mark.parametrize(
    ("want", "text"),
    [
        ({"michael.bolton@initech.example", "samir.n@initech.example"},
         "You'll speak with Michael Bolton (michael.bolton@initech.example) and "
         "Samir Nagheenanajar (samir.n@initech.example)."),
        ({"michael.bolton@initech.example", "samir.n@initech.example"},
         "Michael Bolton (michael.bolton@initech.example) and Samir Nagheenanajar (samir.n@initech.example) "
         "will interview you."),
        ({"Michael Bolton", "Samir Nagheenanajar", "Peter Gibbons"},
         "You will meet Michael Bolton (Senior Engineer), Samir Nagheenanajar (Engineer) and Peter Gibbons (PM)."),
        ({"Michael Bolton"}, "Meet Michael Bolton, our VP of Engineering."),
    ],
)  # fmt: skip
def test_all_interviewers_with_their_addresses(want: set[str], text: str) -> None:
    body = f"Hi Alex,\n\nYour interview is confirmed for Tuesday, December 8 at 3pm ET. {text}\n\nNina Varga\nRecruiter"
    event = detect(msg(body, subject="Interview confirmed"))
    assert {p["email"] or p["name"] for p in event["interviewers"]} == want


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Unfortunately, we won't be proceeding.", "rejection"),
        ("I'm afraid we won't be moving ahead.", "rejection"),
        ("We're sorry, but we won't be advancing to the next round.", "rejection"),
        ("Sorry, I'm not available Tuesday - can we move forward with Thursday at 3pm instead?", "none"),
    ],
)
def test_a_no_said_with_regret_needs_no_you_but_a_rearranged_date_is_no_no(text: str, kind: str) -> None:
    body = f"Hi Alex,\n\nThanks for interviewing for the Data Engineer role. {text}\n\nNina"
    assert detect(msg(body, subject="Data Engineer"))["kind"] == kind
