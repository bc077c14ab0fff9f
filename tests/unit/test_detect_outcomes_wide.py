"""Rejections and interviewer lists in the wording real mail uses (followup.detect).

Every mail here was written for these tests, before the detector was changed for them, in
the many shapes applicant-tracking systems and people use: stock ATS wording, a human one
line, a no among pleasantries, a no after interviews; and interviewer lists as bullets,
tables, "A, B and C", with titles after commas. Hard negatives use the same words about
other things.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from followup.detect import detect_event
from followup.model import Message, Person

OWNER = "alex.morgan@mail.example"
ME = Person("Alex Morgan", OWNER)
SENT = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
ATS = Person("Brightline Careers", "no-reply@us.greenhouse-mail.io")
HUMAN = Person("Priya Shah", "priya.shah@brightline.example")


def msg(text: str, *, subject: str, sender: Person, **kw: object) -> Message:
    return Message(
        sender=sender,
        date=SENT,
        subject=subject,
        message_id="<y@brightline.example>",
        text=text,
        to=(ME,),
        **kw,  # type: ignore[arg-type]
    )


def detect(message: Message) -> dict:
    return detect_event(message, owner_email=OWNER, owner_zone="America/New_York").to_json()


REJECTIONS = [
    # Greenhouse-like stock wording.
    "Thank you for your interest in Brightline and for taking the time to apply for the Platform Engineer "
    "position. While your background is impressive, we have decided to move forward with candidates whose "
    "experience more closely matches the needs of the role at this time. We wish you the best in your search.",
    # Lever-like.
    "Thanks so much for applying to Brightline. We really appreciate your interest. After reviewing your "
    "application, we've decided not to move ahead with your candidacy at this time. We'll keep your "
    "information on file and may reach out if a role comes up that's a better match.",
    # Workday-like.
    "Thank you for your interest in the Platform Engineer position (R-10422). We have carefully reviewed "
    "your qualifications and at this time we will not be moving forward with your application. We encourage "
    "you to continue to review our career site.",
    # SmartRecruiters-like.
    "We appreciate the time you invested in applying for Platform Engineer at Brightline. We regret to let "
    "you know that your application was not selected to move on to the next step of our hiring process.",
    # iCIMS-like.
    "Thank you for applying for the Platform Engineer opportunity. We received a large number of "
    "applications, and after careful consideration we have selected other candidates who more closely "
    "match our current requirements.",
    # Ashby-like.
    "Hi Alex, thank you for your interest in Brightline. Our team has reviewed your application and, "
    "unfortunately, we won't be moving forward at this time. We wish you luck in your search.",
    # Personio-like, British spelling.
    "Dear Alex, many thanks for your application and the interest you have shown in Brightline. "
    "Unfortunately we will not be progressing your application any further on this occasion.",
    # Teamtailor-like.
    "Hi Alex! Thank you for applying for the Platform Engineer role. We have now reviewed all applications "
    "and unfortunately we have chosen to proceed with other applicants. Good luck in the future!",
    # Recruitee-like.
    "Thank you for your application. After careful consideration, we regret to inform you that we are "
    "unable to offer you a position at this time.",
    # BambooHR-like.
    "Thank you for your interest in the Platform Engineer position. We have filled the position and are no "
    "longer accepting applications. We appreciate your time and wish you well.",
    # Role on hold.
    "Hi Alex, I wanted to let you know that the Platform Engineer role has been put on hold due to "
    "budget changes, so we will not be continuing the process for now. Sorry for the inconvenience.",
    # Short human no.
    "Hi Alex, thanks for chatting with us last week. We've decided to go with another candidate. "
    "Best of luck!",
    "Hey Alex - quick note: the team decided not to proceed. Really appreciated your time. Priya",
    "Alex, thanks for your patience. Sadly it's a no from the hiring manager this time. Priya",
    # After interviews.
    "Hi Alex, thank you for meeting with the panel on Tuesday. Everyone enjoyed the conversation. "
    "After a lot of discussion, we have decided to offer the role to a candidate with more hands-on "
    "Kubernetes experience. I'm sorry it isn't better news.",
    "Thank you for taking part in our interview process for Platform Engineer. We were impressed by your "
    "skills; however, we feel other candidates are a closer fit for what the team needs right now.",
    # Unsuccessful / regret / unable.
    "Dear Alex, thank you for applying. We are sorry to say your application was unsuccessful on this "
    "occasion.",
    "Dear Alex, we regret to inform you that we will not be able to consider your application further.",
    "Dear Alex, we are unable to offer you an interview for this position.",
    "Thank you for your application for Platform Engineer. Following review, we will not be taking your "
    "application further at this stage.",
    "Hi Alex, I'm writing to let you know we won't be moving forward with your application. Thank you for "
    "the time you put into the process.",
    "We have now concluded the recruitment for this role and I'm afraid you have not been shortlisted.",
    "Thank you for your interest in Brightline. Unfortunately, the Platform Engineer role has been "
    "filled internally.",
    "Hi Alex, after reviewing the take-home with the team we've made the decision not to advance your "
    "candidacy to the onsite stage.",
    "Unfortunately, we have decided to pursue candidates whose profiles better align with our needs.",
    "Thank you for interviewing with us. At this point we won't be extending an offer, but we'd love to "
    "stay in touch for future roles.",
    "Hi Alex, we really enjoyed meeting you, but we've decided to hire someone else for the role.",
    "Thank you for applying. Regrettably, on this occasion your application has not been successful.",
    "Hi Alex, we've reviewed your profile and don't think it's the right fit for this particular role.",
    "Hi Alex, I'm sorry to share that we won't be continuing with your candidacy for the Platform "
    "Engineer role.",
]


@pytest.mark.parametrize("text", REJECTIONS)
@pytest.mark.parametrize("sender", [ATS, HUMAN], ids=["ats", "human"])
def test_real_world_ways_of_saying_no_are_rejections(text: str, sender: Person) -> None:
    body = f"{text}\n\nKind regards,\nThe Brightline Talent Team"
    event = detect(msg(body, subject="Your application to Brightline", sender=sender))
    assert event["kind"] == "rejection", event["evidence"]


NOT_REJECTIONS = [
    # A newsletter with "unfortunately" and "we regret".
    (
        "This week in Brightline engineering",
        "Unfortunately our meetup in Austin is cancelled due to weather. We regret any inconvenience. "
        "Meanwhile, check out 12 new open roles on our careers page!\n\nUnsubscribe from this list.",
    ),
    # A product notice.
    (
        "Service update",
        "We regret to inform you that the legacy API will not be supported after March. Please move your "
        "integration to v2.",
    ),
    # A confirmed interview that says 'unfortunately' about something else.
    (
        "Interview confirmed: Platform Engineer",
        "Hi Alex, your interview is confirmed for Tuesday, December 8 at 2:00 PM ET. Unfortunately the office "
        "parking is full that day, so please take the train.",
    ),
    # Receipts telling what will be done with every application.
    (
        "Application received",
        "Thank you for applying to Brightline! Our team will review applications and move forward with "
        "candidates whose skills best match the role. Candidates who are selected will be contacted.",
    ),
    (
        "Application received",
        "Thanks for applying. When we have reviewed all applications, we will proceed with the applicants "
        "who most closely match what the team needs.",
    ),
    # A receipt that promises not to move forward only if unqualified.
    (
        "We received your application",
        "Thank you for applying to Brightline! We have received your application for Platform Engineer. "
        "If we decide not to move forward, we will let you know by email.",
    ),
]


@pytest.mark.parametrize(("subject", "text"), NOT_REJECTIONS)
def test_the_same_words_about_other_things_are_not_rejections(subject: str, text: str) -> None:
    event = detect(msg(text, subject=subject, sender=HUMAN))
    assert event["kind"] != "rejection", event["evidence"]


INVITE = "Hi Alex,\n\nYour onsite for Platform Engineer is confirmed for Tuesday, December 8 at 2:00 PM ET.\n\n"
PANELS = [
    (
        "You'll meet with:\n• Jane Doe, Staff Engineer\n• Raj Patel, Engineering Manager\n"
        "• Mei Lin, Product Designer\n",
        {"Jane Doe", "Raj Patel", "Mei Lin"},
    ),
    ("Interviewers: Jane Doe, Raj Patel and Mei Lin.\n", {"Jane Doe", "Raj Patel", "Mei Lin"}),
    (
        "Schedule:\n2:00 PM - 2:45 PM | Jane Doe | Staff Engineer\n2:45 PM - 3:30 PM | Raj Patel | "
        "Engineering Manager\n",
        {"Jane Doe", "Raj Patel"},
    ),
    (
        "Your interview panel:\n- Jane Doe (Staff Engineer)\n- Raj Patel (Engineering Manager)\n",
        {"Jane Doe", "Raj Patel"},
    ),
    ("You will be speaking with Jane Doe, Staff Engineer, and Raj Patel, Engineering Manager.\n",
     {"Jane Doe", "Raj Patel"}),
    ("Interviewers: Łukasz Nowak, Ana McDonald, Raj Patel and Nguyễn Văn An.\n",
     {"Łukasz Nowak", "Ana McDonald", "Raj Patel", "Nguyễn Văn An"}),
    ("You'll meet Şebnem Yılmaz (Staff Engineer) and Raj Patel (EM).\n", {"Şebnem Yılmaz", "Raj Patel"}),  # noqa: RUF001
    ("Interviewers:\n1. Jane Doe - Staff Engineer\n2. Raj Patel - Engineering Manager\n", {"Jane Doe", "Raj Patel"}),
    ("The interview will be conducted by Jane Doe and Raj Patel.\n", {"Jane Doe", "Raj Patel"}),
    ("Jane Doe and Raj Patel will be your interviewers.\n", {"Jane Doe", "Raj Patel"}),
]  # fmt: skip


@pytest.mark.parametrize(("panel", "names"), PANELS)
def test_interviewer_lists_in_every_layout_keep_every_name(panel: str, names: set[str]) -> None:
    body = f"{INVITE}{panel}\nBest,\nPriya Shah\nRecruiting Coordinator, Brightline"
    cc = (Person("Raj Patel", "raj.patel@brightline.example"),)
    event = detect(msg(body, subject="Onsite confirmed", sender=HUMAN, cc=cc))
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert {p["name"] for p in event["interviewers"]} == names, event["interviewers"]
    raj = [p for p in event["interviewers"] if p["name"] == "Raj Patel"]
    assert raj and raj[0]["email"] == "raj.patel@brightline.example"


MORE_REJECTIONS = [
    ("Update on your application", "Hi Alex,\n\nSadly, we will not be taking you forward to the next round."),
    ("Regarding your application", "Dear Alex,\n\nWe have now made an appointment to the Platform Engineer role. "
     "Thank you for the time you invested in your application."),
    ("Platform Engineer", "Hi Alex,\n\nThe hiring manager has decided to pursue other applicants for this "
     "opening. Thanks again for your time."),
    ("Your candidacy", "Hi Alex,\n\nThanks for the conversations over the past weeks. I'm afraid we're going to "
     "keep looking for someone with a bit more platform experience."),
    ("Application status update", "Application: Platform Engineer\nStatus: Not Selected\n\n"
     "Thank you for your interest in Brightline."),
    ("Your application", "Hello Alex,\n\nYour application for Platform Engineer will not be progressed further. "
     "We thank you for your interest."),
    ("Your application", "Dear Alex,\n\nWe are not in a position to offer you the role at this time."),
    ("Quick update", "Hi Alex, we've given the role to someone we worked with before. Wish you the best."),
    ("Your application", "Dear Alex,\n\nWe have decided to close your application for the Platform Engineer "
     "role. We wish you every success."),
    ("Status update", "Hello Alex,\n\nYour application has been marked as Rejected."),
    ("Status update", "Hello Alex,\n\nYour application has been moved to the Declined stage."),
    ("Job Applicant Update", "Hi Alex,\n\nYour job application for Platform Engineer has been Rejected."),
    ("Your application", "Hello Alex,\n\nThank you for your interest. Your application has been refused."),
    ("Application update", "Dear Alex,\n\nStatus changed: Applied -> Rejected"),
    ("Application update", "Dear Alex,\n\nI'm sorry to tell you we've picked another applicant."),
    ("Application update", "Dear Alex,\n\nYou were not among the candidates chosen for an interview."),
    ("Application update", "Dear Alex,\n\nWe've closed the Platform Engineer role without hiring."),
    ("Application update", "Dear Alex,\n\nWe've decided to promote from within for this role."),
    ("Application update", "Dear Alex,\n\nThe hiring manager felt that your experience does not match the "
     "requirements of the role."),
    ("Votre candidature", "Bonjour Alex,\n\nVotre candidature chez Brightline n'a malheureusement pas pu "
     "aboutir. Nous vous souhaitons bon courage dans votre recherche."),
    ("Votre candidature", "Bonjour Alex,\n\nNous avons bien étudié votre candidature. Malheureusement, nous ne "
     "pouvons pas y donner une suite favorable."),
    ("Ihre Bewerbung", "Hallo Alex,\n\nleider können wir Ihre Bewerbung nicht weiter berücksichtigen. "
     "Wir wünschen Ihnen alles Gute."),
    ("Tu candidatura", "Hola Alex,\n\nLamentablemente tu candidatura no ha sido seleccionada para continuar "
     "en el proceso."),
    ("Your application", "Hi Alex,\n\nUnfortunately, after careful consideration, we have decided to move forward "
     "with candidates who more closely match our needs."),
    ("Your application", "Hi Alex,\n\nWhen we reviewed your application we decided not to move forward."),
    ("Your application", "Hi Alex,\n\nWe appreciate the time you've invested. We've decided to proceed with "
     "applicants who better match our requirements."),
    ("Your application", "Dear Alex,\n\nThank you for applying. We received a very high number of "
     "applications and have not been able to shortlist you on this occasion.\n\n"
     "You are receiving this email because you applied on our careers site. Unsubscribe | Privacy policy"),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "text"), MORE_REJECTIONS)
def test_more_shapes_of_no_are_rejections(subject: str, text: str) -> None:
    event = detect(msg(f"{text}\n\nBest,\nPriya Shah\nTalent Partner, Brightline", subject=subject, sender=HUMAN))
    assert event["kind"] == "rejection", event["evidence"]


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Quick update", "Hi Alex,\n\nThanks for chatting with us last week. Sadly we won't be moving "
         "forward.\n\nPriya"),
        ("Following up", "Hi Alex, thanks for your time on Tuesday. We've decided to go with another person. "
         "All the best, Priya"),
        ("Re: our chat", "Alex - we're going to pass this time. Thanks for meeting the team."),
    ],
)  # fmt: skip
def test_a_no_in_a_few_words_without_any_job_word_is_still_a_rejection(subject: str, text: str) -> None:
    event = detect(msg(text, subject=subject, sender=HUMAN))
    assert event["kind"] == "rejection", event["evidence"]


def test_a_newsletter_saying_no_about_something_else_is_not_a_rejection() -> None:
    text = (
        "Hi neighbours,\n\nUnfortunately we won't be moving forward with the garden party this year. "
        "See you at the market!\n\nUnsubscribe | View in browser | Manage preferences"
    )
    event = detect(msg(text, subject="Street news", sender=Person("Elm St", "news@elmstreet.example")))
    assert event["kind"] != "rejection", event["evidence"]


def test_interviewers_named_by_first_name_are_the_people_copied() -> None:
    body = f"{INVITE}You'll meet Jane and Raj from the platform team.\n\nBest,\nPriya Shah"
    cc = (Person("Jane Doe", "jane.doe@brightline.example"), Person("Raj Patel", "raj.patel@brightline.example"))
    event = detect(msg(body, subject="Onsite confirmed", sender=HUMAN, cc=cc))
    assert {(p["name"], p["email"]) for p in event["interviewers"]} == {
        ("Jane Doe", "jane.doe@brightline.example"),
        ("Raj Patel", "raj.patel@brightline.example"),
    }, event["interviewers"]


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Your credit card application", "Hi Alex,\n\nThank you for applying for the Northbank Platinum card. We have "
         "received your application and will respond within 5 business days."),
        ("Apartment application received", "Hi Alex,\n\nThanks for applying to rent 12 Elm St. We received your "
         "application and the landlord will review it."),
        ("Your mortgage application", "Dear Alex, we have received your application for a mortgage. Ref 44123."),
        ("Re: school admission", "Dear Alex, we regret to inform you that your child's admission application was "
         "unsuccessful."),
        ("Membership application", "Dear Alex, thank you for applying for membership of the Riverside Tennis Club. "
         "Your application has been received."),
    ],
)  # fmt: skip
def test_applications_for_money_homes_schools_or_clubs_are_not_job_mail(subject: str, text: str) -> None:
    event = detect(msg(text, subject=subject, sender=Person("Northbank", "hello@northbank.example")))
    assert event["kind"] == "none", event["evidence"]


def test_a_shop_offer_extended_to_you_is_not_a_job_offer() -> None:
    text = "Hi Alex,\n\nOur best offer of the season - extended just for you. 30% off all tents until Sunday."
    event = detect(msg(text, subject="An offer for you", sender=Person("Lumen Outdoor", "hi@lumen.example")))
    assert event["kind"] == "none", event["evidence"]


def test_an_agency_writing_for_its_client_names_the_client_as_the_company() -> None:
    text = (
        "Hi Alex,\n\nOn behalf of our client, Helix Bio, your interview is confirmed for Tuesday, December 8 at "
        "2:00 PM ET.\n\nPriya Shah\nTalentBridge Recruiting"
    )
    sender = Person("Priya Shah", "priya.shah@talentbridge.example")
    event = detect(msg(text, subject="Interview confirmed", sender=sender))
    assert event["company"] == "Helix Bio", event["evidence"]
