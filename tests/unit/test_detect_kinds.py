"""How the kind of a mail is decided (followup.detect): the candidate's process ended in its own
words, somebody else chosen in many shapes, a booked slot given up for another, a "no" said of a
meeting rather than of the candidacy, the subject's status words, interviews that are no hiring
step, and interviews mentioned as held.

The wording here is written for these tests, not taken from any corpus split.
"""

from __future__ import annotations


import pytest

from followup.detect import DetectionConfig
from followup.detect.sentences import read_cues
from followup.model import Message, Person
from tests.unit.owner_mail import ME, SENT, event_of

RUTH = Person("Ruth Okafor", "ruth.okafor@tallbridge.example")


def msg(text: str, *, subject: str = "", sender: Person | None = RUTH) -> Message:
    return Message(sender=sender, date=SENT, subject=subject, message_id="<k@tallbridge.example>", text=text, to=(ME,))


def detect(message: Message) -> dict:
    return event_of(message, extra=DetectionConfig())


def families(subject: str, text: str) -> set[tuple[str, str]]:
    return {(cue.kind, cue.note.split(")")[0].removeprefix("sentence (")) for cue in read_cues(subject, text)}


@pytest.mark.parametrize(
    "sentence",
    [
        "We're closing out your application for the Support Engineer opening.",
        "The team has settled on a finalist, so we are wrapping up the recruitment.",
        "With that, we have concluded your candidacy.",
    ],
)
def test_the_process_ended_in_its_own_words_is_a_no(sentence: str) -> None:
    assert ("rejection", "process ended") in families("", sentence)


def test_a_window_that_closes_ends_nobody_s_process() -> None:
    assert not families("", "We are closing the application window on Friday, so apply soon.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The panel has decided to give the role to someone with more retail experience.",
        "We've made the decision to continue with applicants who have led a migration before.",
        "We'll be moving ahead with applicants whose background is closer to payments.",
        "We have now found the right person for this role.",
        "Other submissions were a better match for the brief.",
    ],
)
def test_somebody_else_chosen_in_many_shapes_is_a_no(sentence: str) -> None:
    assert ("rejection", "someone else chosen") in families("", sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Priya can't make Thursday anymore, so your interview is on Friday, December 4 at 11am.",
        "Your interview now has this start time: Friday, December 4 at 11:00 AM ET (was December 3).",
        "Here are the details of your interview: Friday, December 4 at 11am.\n\nThe Thursday slot no longer applies.",
    ],
)
def test_a_slot_given_up_for_another_is_a_reschedule(text: str) -> None:
    event = detect(msg(f"Hi Alex,\n\n{text}\n\nRuth Okafor\nRecruiter, Tallbridge"))
    assert event["kind"] == "interview_rescheduled", event["evidence"]
    assert event["interview"]["start"].startswith("2026-12-04T11:00")
    assert any(line.startswith("sentence (slot replaced)") for line in event["evidence"])


def test_a_no_said_of_a_dated_meeting_that_is_called_off_is_no_rejection() -> None:
    text = (
        "Hi Alex,\n\nI'm sorry, but we have to cancel our interview this Friday. Our interview on Friday at 2pm "
        "won't work out for the panel after all. I'll be in touch about another day.\n\nRuth"
    )
    event = detect(msg(text, subject="Friday"))
    assert event["kind"] == "interview_cancelled", event["evidence"]


def test_a_no_said_of_a_dated_meeting_nothing_calls_off_stays_a_no() -> None:
    assert ("rejection", "no said") in families("", "After the interview on Friday at 2pm, it won't work out.")


def test_a_cv_got_by_a_person_is_an_application_received() -> None:
    text = (
        "Hi Alex,\n\nGot your resume, thanks! I'll pass it to the hiring manager for the Support Engineer role.\n\nRuth"
    )
    assert detect(msg(text, subject="Support Engineer"))["kind"] == "application_received"


def test_a_status_word_in_the_subject_outweighs_the_topic_word_interview() -> None:
    text = (
        "Hi Alex,\n\nWe're now meeting on Tuesday, December 8 from 3 to 4pm ET.\n\nRuth Okafor\nRecruiter, Tallbridge"
    )
    event = detect(msg(text, subject="Updated: Interview with Alex Morgan"))
    assert event["kind"] == "interview_rescheduled", event["evidence"]
    assert any("names the topic" in line for line in event["evidence"])


def test_a_subject_saying_canceled_over_a_listed_slot_is_a_cancellation() -> None:
    text = "Hi Alex,\n\nHiring manager interview\nTuesday, December 8, 2026 at 2:00 PM EST\n\nWe'll be in touch."
    event = detect(msg(text, subject="Interview canceled: Tallbridge"))
    assert event["kind"] == "interview_cancelled", event["evidence"]


def test_an_interview_for_an_article_with_no_hiring_word_is_no_event() -> None:
    text = "Hi Alex,\n\nConfirming our interview for my article on city cycling: Thursday, December 3 at 10am.\n\nRuth"
    event = detect(msg(text, subject="Our interview"))
    assert event["kind"] == "none"
    assert event["evidence"][-1].startswith("an interview outside hiring ('my article')")


def test_an_interview_naming_a_role_stays_an_interview_whatever_world_it_is_in() -> None:
    text = (
        "Hi Alex,\n\nYour interview for the Magazine Editor role is confirmed for Thursday, December 3 at 10am.\n\nRuth"
    )
    assert detect(msg(text, subject="Our interview"))["kind"] == "interview_scheduled"


def test_an_unconfirmed_interview_time_with_no_hiring_word_is_no_event() -> None:
    text = "Hi Alex,\n\nThe interview is Thursday, December 3 at 10am at the community hall.\n\nRuth"
    event = detect(msg(text, subject="Thursday"))
    assert event["kind"] == "none"
    assert event["evidence"][-1] == "interview with a time but no hiring word and no confirmation"


def test_an_unconfirmed_interview_time_beside_a_hiring_word_is_an_interview() -> None:
    text = (
        "Hi Alex,\n\nThe interview is Thursday, December 3 at 10am at our office.\n\nRuth Okafor\nRecruiter, Tallbridge"
    )
    assert detect(msg(text, subject="Thursday"))["kind"] == "interview_scheduled"


def test_the_time_of_an_interview_held_is_not_taken_for_one_to_come() -> None:
    # Sent on Tuesday 1 December: "on Monday at 4pm" would resolve to the coming Monday.
    text = (
        "Hi Alex,\n\nThank you for interviewing with us on Monday at 4pm. Unfortunately, the team "
        "felt the role needs someone further along in Go.\n\nRuth Okafor\nRecruiter, Tallbridge"
    )
    event = detect(msg(text, subject="Monday"))
    assert event["kind"] == "rejection", event["evidence"]
    assert event["interview"] is None
    assert any("is of an interview held" in line for line in event["evidence"])
    assert any(line.startswith("kind: an interview held") for line in event["evidence"])


def test_thanks_for_a_talk_then_a_new_time_is_an_interview_to_come() -> None:
    text = (
        "Hi Alex,\n\nThanks for your time today, your next interview is Monday, December 7 at 4pm.\n\n"
        "Ruth Okafor\nRecruiter, Tallbridge"
    )
    event = detect(msg(text, subject="Next round"))
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["interview"]["start"].startswith("2026-12-07T16:00")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Interview moved",
            "Hi Alex,\n\nYour panel interview is on Friday, December 4 at 11am ET.\n\nTallbridge Recruiting",
        ),
        ("Our chat", "Your interview now takes place on Friday, December 4 at 11am ET.\n\nRuth Okafor\nRecruiter"),
        ("Re: Interview Thursday 10am", "Let's do 11am on Friday instead, the room is taken.\n\nRuth\nRecruiter"),
    ],
)
def test_a_new_time_said_without_a_move_verb_is_a_reschedule(subject: str, text: str) -> None:
    event = detect(msg(text, subject=subject))
    assert event["kind"] == "interview_rescheduled", event["evidence"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The analyst role has gone to a colleague who applied internally.",
        "I'm sorry to say this is where the process ends for you.",
    ],
)
def test_a_role_gone_elsewhere_or_a_process_ended_for_you_is_a_no(sentence: str) -> None:
    event = detect(msg(f"Hi Alex,\n\nThanks for meeting the team. {sentence}\n\nRuth\nTallbridge"))
    assert event["kind"] == "rejection", event["evidence"]


def test_an_informational_interview_is_no_hiring_step() -> None:
    text = "Hi Alex,\n\nGlad to do an informational interview about data roles: Friday, December 4 at 8am.\n\nRuth"
    event = detect(msg(text, subject="Informational interview Friday"))
    assert event["kind"] == "none"
    assert event["evidence"][-1].startswith("not a hiring step")


def test_thanks_for_applying_then_a_screen_at_a_fixed_time_is_the_interview() -> None:
    text = (
        "Hi Alex,\n\nThanks for applying to the Support Engineer role. I'd like to set up a short video call "
        "with me on Friday, December 4 at 11:00 AM ET.\n\nRuth Okafor\nTallbridge"
    )
    event = detect(msg(text, subject="Video call Friday"))
    assert event["kind"] == "interview_scheduled", event["evidence"]


def test_a_confirmed_chat_with_the_founder_is_job_mail() -> None:
    text = (
        "Hey Alex!\n\nYou're all set with our founder, Mira Solis, on Friday, December 4 at 9am ET for a chat.\n\nRuth"
    )
    assert detect(msg(text, subject="Friday chat confirmed"))["kind"] == "interview_scheduled"


def test_an_interview_invite_to_disregard_is_a_cancellation() -> None:
    text = "Hi Alex,\n\nPlease ignore Friday's interview invitation, we've withdrawn it for now.\n\nRuth\nTallbridge"
    event = detect(msg(text, subject="Re: Interview Friday"))
    assert event["kind"] == "interview_cancelled", event["evidence"]


def test_a_person_at_a_personal_address_moving_an_interview_in_words_is_a_reschedule() -> None:
    sender = Person("Dev Malik", "dev.malik@gmail.com")
    text = "Hi Alex, can we push our interview on Friday to 3pm instead of 1? Same link.\n\nDev"
    event = detect(msg(text, subject="friday", sender=sender))
    assert event["kind"] == "interview_rescheduled", event["evidence"]


def test_thanks_for_the_interest_and_regret_without_a_receipt_is_a_no() -> None:
    text = (
        "Dear Alex,\n\nThank you for your interest in the Support Engineer role at Tallbridge. "
        "Unfortunately, it was not meant to be this time.\n\nTallbridge Recruiting"
    )
    event = detect(msg(text, subject="Your application", sender=Person("Tallbridge", "no-reply@smartrecruiters.com")))
    assert event["kind"] == "rejection", event["evidence"]
    assert "kind: thanks for the interest and regret, no receipt said: a no" in event["evidence"]


def test_a_receipt_said_outright_stays_a_receipt_whatever_regret_it_holds() -> None:
    text = (
        "Dear Alex,\n\nThank you for your interest in the Support Engineer role. We have received your "
        "application. Unfortunately we cannot reply to every applicant in person.\n\nTallbridge Recruiting"
    )
    event = detect(msg(text, subject="Your application", sender=Person("Tallbridge", "no-reply@smartrecruiters.com")))
    assert event["kind"] == "application_received", event["evidence"]


AGENDA = (
    "Hi Alex,\n\nThursday 3 December at our office:\n\n"
    "13:00  Product walkthrough with Lina Park\n14:00  Case exercise with Tom Reyes\n"
    "15:00  Wrap-up with me\n\nRuth Okafor\nHead of Product, Tallbridge"
)


def test_a_day_of_timed_meetings_with_people_sent_by_one_of_them_is_an_onsite() -> None:
    event = detect(msg(AGENDA, subject="Your day with us"))
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["interview"]["start"].startswith("2026-12-03T13:00")
    assert "agenda: 3 timed meetings with people" in event["evidence"]


def test_a_schedule_sent_by_a_robot_is_no_onsite() -> None:
    event = detect(msg(AGENDA, subject="Your day with us", sender=Person("Events", "no-reply@tallbridge.example")))
    assert event["kind"] == "none"


def test_an_interview_held_and_a_parting_with_nothing_to_come_is_a_no() -> None:
    text = "Hi Alex,\n\nThank you for meeting with us on Monday. I hope our paths cross again.\n\nRuth\nTallbridge"
    event = detect(msg(text, subject="Your interview"))
    assert event["kind"] == "rejection", event["evidence"]


def test_an_interview_held_with_next_steps_to_come_is_no_no() -> None:
    text = (
        "Hi Alex,\n\nThank you for meeting with us on Monday. We will be in touch about next steps. "
        "All the best with your week.\n\nRuth\nTallbridge"
    )
    assert detect(msg(text, subject="Your interview"))["kind"] == "none"


def test_an_interview_said_to_a_group_with_nothing_confirmed_is_nobody_s_own() -> None:
    text = (
        "Hi everyone,\n\nOn Saturday at 10am we'll practise behavioral interview questions in pairs. "
        "Looking forward to it!\n\nThe hosts"
    )
    event = detect(msg(text, subject="Interview circle Saturday"))
    assert event["kind"] == "none"
    assert event["evidence"][-1].startswith("addressed to a group ('Hi everyone')")


def test_an_interview_confirmed_to_a_group_stays_an_interview() -> None:
    text = (
        "Hi all,\n\nAlex's interview for the Support Engineer role is confirmed for Friday, December 4 at 11am ET.\n\n"
        "Ruth Okafor\nRecruiter, Tallbridge"
    )
    assert detect(msg(text, subject="Interview Friday"))["kind"] == "interview_scheduled"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("This note confirms your application for Support Engineer has reached us.", "application_received"),
        ("We've settled on another finalist for the Support Engineer position.", "rejection"),
        ("We've chosen to take the role another way.", "rejection"),
        ("The panel agreed, and we'd love for you to come on board as our Support Engineer.", "offer"),
    ],
)
def test_outcomes_in_wordings_of_the_same_families(text: str, kind: str) -> None:
    event = detect(msg(f"Hi Alex,\n\n{text}\n\nRuth Okafor\nTallbridge", subject="Support Engineer"))
    assert event["kind"] == kind, event["evidence"]


def test_pulling_a_dated_onsite_is_a_cancellation() -> None:
    text = "Hi Alex,\n\nI need to pull Friday's onsite, the team is being reorganised.\n\nRuth Okafor\nTallbridge"
    assert detect(msg(text, subject="Re: Onsite Friday"))["kind"] == "interview_cancelled"


def test_the_owner_asked_to_lead_a_panel_for_their_req_is_no_interview_of_theirs() -> None:
    text = (
        "Hi Alex,\n\nYour req Staff Analyst has a candidate ready. Please confirm Friday, December 4 at 3pm "
        "for the interview, when you will lead the panel.\n\nRecruiting Operations"
    )
    event = detect(msg(text, subject="Confirm interview slot", sender=Person("Ops", "ops@tallbridge.example")))
    assert event["kind"] == "none"


@pytest.mark.parametrize(
    "sentence",
    [
        "We talked it over, and the panel felt the fit for this team wasn't quite there.",
        "Nach sorgfältiger Prüfung haben wir uns entschieden, die Stelle anderweitig zu besetzen.",
        "Tras valorar todas las candidaturas, hemos optado por otro perfil.",
    ],
)
def test_a_no_in_words_not_met_before_is_a_no(sentence: str) -> None:
    assert ("rejection", "no said") in families("", sentence)


def test_a_cv_kept_on_file_for_some_other_opening_is_a_no() -> None:
    text = (
        "Thank you for applying for the Data Analyst role. Having reviewed the applications, we'll hold "
        "your CV on file and reach out should something closer to your experience open up.\n\nRecruitment Team"
    )
    event = detect(msg(text, subject="Data Analyst application"))
    assert event["kind"] == "rejection"
    assert any(line.startswith("kept on file") for line in event["evidence"])


def test_a_cv_kept_on_file_while_the_review_goes_on_is_no_no() -> None:
    text = (
        "Thanks for applying for the Data Analyst role. We'll keep your CV on file for future openings too, "
        "and we will be in touch once the hiring team has reviewed applications."
    )
    assert detect(msg(text, subject="Your application"))["kind"] == "application_received"


@pytest.mark.parametrize(
    ("subject", "text", "said"),
    [
        (
            "Interview slot confirmed",
            "Lovely to have you on the show! You're down for our recording on Wednesday, December 2 at 2pm.",
            "on the show",
        ),
        (
            "Interview session booked",
            "Thank you for signing up for our study on sleep. Your interview session is booked for "
            "Thursday, December 3 at 10:00 AM in room 214.",
            "signing up for our study",
        ),
        (
            "Tryout interviews this Saturday",
            "Tryout interviews for the novice squad are this Saturday at 9am at the boathouse. See you on the water!",
            "Tryout",
        ),
    ],
)
def test_an_interview_in_another_world_with_no_hiring_word_is_none(subject: str, text: str, said: str) -> None:
    sender = Person("Rita Salgado", "rita@northfield.example")
    event = detect(msg(text, subject=subject, sender=sender))
    assert event["kind"] == "none"
    assert any("outside hiring" in line and said in line for line in event["evidence"]), event["evidence"]


def test_a_one_line_interview_from_a_company_address_stays_an_interview() -> None:
    sender = Person("Priya Raman", "priya.raman@corvane.example")
    event = detect(
        msg(
            "Hi Alex, Tuesday 3pm it is - I'll call your mobile.\n\nPriya Raman | Corvane",
            subject="Interview - Tue 3pm",
            sender=sender,
        )
    )
    assert event["kind"] == "interview_scheduled"


@pytest.mark.parametrize(
    "sentence",
    [
        "We've reached a decision, and I'm afraid it isn't good news this time.",
        "After the final interview the panel did not recommend you for an offer.",
        "We've concluded that the role needs more hands-on Kubernetes experience than you have today.",
        "So we'll be stopping here with your application.",
    ],
)
def test_a_no_said_of_the_interview_held_in_few_words_is_a_no(sentence: str) -> None:
    assert ("rejection", "no said") in families("", sentence)


def test_good_news_is_no_no() -> None:
    assert not families("", "We've reached a decision, and it's good news: the team would like to meet again.")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Reference interview for Sam Lee - Tue 2pm",
            "Sam Lee has named you as a referee for our Senior Analyst position. I've booked Tuesday, "
            "December 8 at 2pm for the reference interview.",
        ),
        (
            "Your mortgage interview: Wednesday 11:00",
            "Your mortgage interview with one of our advisers is confirmed for Wednesday 2 December at 11:00.",
        ),
        (
            "Live interview with our CEO - Tuesday 1pm",
            "Join us on Tuesday, December 8 at 1pm as our CEO sits down for an interview. Tune in from the link.",
        ),
    ],
)
def test_an_interview_that_is_no_hiring_step_of_the_owner_is_none(subject: str, text: str) -> None:
    event = detect(msg(text, subject=subject))
    assert event["kind"] == "none"
    assert any(line.startswith("not a hiring step") for line in event["evidence"]), event["evidence"]


@pytest.mark.parametrize(
    "sentence",
    [
        "After careful thought, we've decided not to make an offer for the Solutions Engineer role.",
        "The team will go ahead with a candidate who has run a Snowflake migration.",
    ],
)
def test_no_offer_made_and_another_gone_ahead_with_are_a_no(sentence: str) -> None:
    assert ("rejection", "no said") in families("", sentence)


def test_going_ahead_with_your_interview_is_no_no() -> None:
    assert not families("", "We'll go ahead with your interview on Thursday as planned.")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Interview & signing: Priya Das, Friday 6:30pm",
            "This Friday at 6:30pm, Priya Das joins us in conversation about her debut. Doors open at 6pm.",
        ),
        (
            "Fireside interview with Kelsey Moreno - Wed 7pm",
            "Our meetup is a fireside interview with Kelsey Moreno, Wednesday, December 9 at 7pm. See you there!",
        ),
        (
            "Curator interview this Sunday at 2pm",
            "On Sunday at 2pm our chief curator will be interviewed on stage. Non-members can book tickets online.",
        ),
        (
            "Interview tomorrow 8:15am",
            "Thanks for agreeing to come on the morning show. We'll ring you at 8:15am tomorrow; "
            "you'll be live on air.",
        ),
    ],
)
def test_an_interview_the_owner_watches_or_gives_to_the_public_is_none(subject: str, text: str) -> None:
    event = detect(msg(text, subject=subject))
    assert event["kind"] == "none"
    assert any(line.startswith("not a hiring step") for line in event["evidence"]), event["evidence"]


def test_a_thin_interview_with_directions_to_the_office_stays_an_interview() -> None:
    sender = Person("Aoife Byrne", "aoife@greyfriars-design.example")
    text = "Monday at 10:00 is grand. We're on the second floor above the bakery - just ring the bell."
    assert detect(msg(text, subject="Interview Monday", sender=sender))["kind"] == "interview_scheduled"


def test_a_recruiter_moving_the_chat_for_their_own_all_hands_is_a_move() -> None:
    sender = Person("Beth Lo", "beth.lo@sundial-health.example")
    text = (
        "Hi Alex,\n\nI need to push our chat to Thursday, December 3, same time (11:00 AM PT) - a clash with "
        "our all-hands. The Zoom link stays the same.\n\nBeth Lo\nTechnical Recruiter, Sundial Health"
    )
    assert detect(msg(text, subject="Moving our chat to Thursday", sender=sender))["kind"] == "interview_rescheduled"


def test_a_workplace_ritual_moved_with_no_hiring_word_is_none() -> None:
    sender = Person("Beth Lo", "beth.lo@sundial-health.example")
    text = "Hi Alex,\n\nI need to push our all-hands to Thursday, December 3 at 11:00 AM.\n\nBeth"
    assert detect(msg(text, subject="Moving the all-hands to Thursday", sender=sender))["kind"] == "none"
