"""Who the owner meets and whom to follow up with (followup.detect.people, followup.detect.names).

A name written in the text resolves to the address the message gives for it anywhere (To/Cc display
names, bare Cc addresses spelled from the name, calendar attendees, "Name (address)"); people are
recognised by the layout that lists them (titled schedule and list lines, role-labelled lines),
not only by the phrase before them.
"""

from __future__ import annotations


import pytest

from followup.detect.names import Directory, address_fits
from followup.detect.text import Context
from followup.vocabulary import DetectionConfig
from followup.ics import Attendee, CalendarInvite
from followup.model import Message, Person
from tests.unit.owner_mail import ME, OWNER, SENT, event_of

JANE = Person("Jane Smith", "jane.smith@acmeco.example")


def _event(text: str, subject: str = "Interview confirmed", sign: str = "Jane Smith\nAcme Co", **kw: object) -> dict:
    message = Message(
        sender=kw.pop("sender", JANE),  # type: ignore[arg-type]
        date=SENT,
        subject=subject,
        message_id="<p@acmeco.example>",
        text=f"Hi Alex,\n\n{text}\n\nBest,\n{sign}\n",
        to=(ME,),
        **kw,  # type: ignore[arg-type]
    )
    return event_of(message)


def _people(event: dict) -> set[str]:
    return {(p.get("email") or p.get("name") or "").lower() for p in event["interviewers"]}


@pytest.mark.parametrize(
    ("name", "email"),
    [
        ("Priya Natarajan", "priya.natarajan@x.example"),
        ("Priya Natarajan", "pnatarajan@x.example"),
        ("Priya Natarajan", "p.natarajan@x.example"),
        ("Priya Natarajan", "priya@x.example"),
        ("Priya Natarajan", "natarajan.priya@x.example"),
        ("Tomás Herrera", "tomas.herrera@x.example"),
        ("Jean-Luc Fontaine", "jean-luc.fontaine@x.example"),
        ("Ingrid van der Berg", "ingrid.vanderberg@x.example"),
        ("Dr. Helen Price", "helen.price@x.example"),
        ("Lars", "lars@x.example"),
    ],
)
def test_an_address_spelled_from_a_name_fits_it(name: str, email: str) -> None:
    assert address_fits(name, email)


@pytest.mark.parametrize(
    ("name", "email"),
    [
        ("Priya Natarajan", "recruiting@x.example"),
        ("Priya Natarajan", "pat.nolan@x.example"),
        ("Lars Nilsson", "lena@x.example"),
        ("Al", "al@x.example"),  # too short to tell a first name from a mailbox
    ],
)
def test_an_address_not_spelled_from_a_name_does_not_fit(name: str, email: str) -> None:
    assert not address_fits(name, email)


def _context(message: Message) -> Context:
    return Context(message, message.subject or "", message.text or "", message.text or "", OWNER,
                   frozenset({OWNER}), DetectionConfig())  # fmt: skip


def test_the_directory_resolves_names_from_cc_attendees_and_the_body() -> None:
    message = Message(
        sender=JANE,
        date=SENT,
        subject="Interview",
        message_id="<d@acmeco.example>",
        text="Questions? Ask Raj Patel (raj.p@acmeco.example).\n",
        to=(ME,),
        cc=(Person("Nina Kowalski", "nkowalski@acmeco.example"), Person(None, "d.okafor@acmeco.example")),
    )
    invite = CalendarInvite(
        method="REQUEST",
        uid="u1",
        sequence=0,
        status="CONFIRMED",
        summary="Interview",
        description=None,
        start=None,
        end=None,
        timezone=None,
        location=None,
        url=None,
        organizer=Person("Scheduler", "notifications@goodtime.io"),
        attendees=(Attendee("Chen Wei", "cwei@acmeco.example", "REQ-PARTICIPANT", "NEEDS-ACTION"),),
        floating=False,
        recurrence_id=None,
    )
    people = Directory(_context(message), invite)
    assert people.resolve("Nina") == "nkowalski@acmeco.example"  # a first name, the full name on Cc
    assert people.resolve("David Okafor") == "d.okafor@acmeco.example"  # a bare Cc spelled from the name
    assert people.resolve("Chen Wei") == "cwei@acmeco.example"  # a calendar attendee's CN
    assert people.resolve("Raj Patel") == "raj.p@acmeco.example"  # "Name (address)" in the text
    assert people.resolve("Jane") == JANE.email
    assert people.resolve("Omar Said") is None
    assert all("goodtime" not in k.email for k in people.people)  # a scheduler's robot is nobody


def test_an_address_resolves_by_its_spelling_unless_the_name_beside_it_explains_it() -> None:
    message = Message(
        sender=JANE,
        date=SENT,
        subject="Interview",
        message_id="<e@acmeco.example>",
        text="Host: Rafael Souza, Senior Recruiter, Tidepool Energy (rafael.souza@acmeco.example)\n"
        "Also on the call: Peter Nolan <pnolan@acmeco.example>\n",
        to=(ME,),
    )
    people = Directory(_context(message), None)
    assert people.resolve("Rafael Souza") == "rafael.souza@acmeco.example"
    assert people.resolve("Priya Nolan") is None  # pnolan@ is Peter's, says the name beside it


def test_a_bracket_after_a_name_holds_its_title_not_another_person() -> None:
    event = _event(
        "Your interview is on Tuesday, December 8 at 2pm ET. Your interviewers will be:\n"
        "- Ana Lima (Product Manager, Growth Platform)\n- Ben Ode (Designer and Researcher)"
    )
    assert _people(event) == {"ana lima", "ben ode"}, event["evidence"]


def test_titled_list_lines_name_the_people_whatever_introduces_them() -> None:
    event = _event(
        "Your interview is on Tuesday, December 8 at 2pm ET. Here is who you'll see:\n\n"
        "• Marta Gil \u2013 Directora de Producto\n• Pablo Ortega \u2013 Tech Lead\n"
    )
    assert _people(event) == {"marta gil", "pablo ortega"}, event["evidence"]


def test_a_schedule_leaves_out_whoever_only_arranges_it() -> None:
    event = _event(
        "Your onsite is on Tuesday, December 8 (Eastern time):\n\n"
        "10:00\u201310:45  Ana Lima, Staff Engineer\n10:45\u201311:30  Ben Ode, Engineering Manager\n"
        "11:30\u201311:45  Omar Farouk, Recruiting Coordinator\n"
    )
    assert _people(event) == {"ana lima", "ben ode"}, event["evidence"]


def test_a_line_labelled_with_a_role_names_an_interviewer_but_a_recruiter_line_does_not() -> None:
    event = _event(
        "Your interview is confirmed.\n\nDate: Tuesday, December 8, 2026\nTime: 2:00 PM ET\n"
        "Engineering lead: Oliver Grant\nRecruiter: Sam Whitfield\n"
    )
    assert _people(event) == {"oliver grant"}, event["evidence"]


def test_a_colleague_copied_and_named_in_the_text_is_whom_the_owner_meets() -> None:
    nina = Person("Nina Kowalski", "nkowalski@acmeco.example")
    event = _event(
        "I've booked your interview for Thursday, December 10 at 3:30 PM ET. I've cc'd Nina, our hiring manager, "
        "for the conversation itself.",
        cc=(nina,),
    )
    assert _people(event) == {nina.email}, event["evidence"]


def test_a_bare_cc_address_resolves_the_full_name_in_the_text() -> None:
    event = _event(
        "Confirming Thursday, December 10 at 3:30 PM ET. Prakash Natarajan, our Director of Analytics, is copied.",
        cc=(Person(None, "pnatarajan@acmeco.example"),),
    )
    assert _people(event) == {"pnatarajan@acmeco.example"}, event["evidence"]


def test_a_panel_with_two_first_names_in_a_sentence_keeps_both() -> None:
    ana, felix = Person("Ana Sousa", "ana.sousa@acmeco.example"), Person("Felix Wagner", "felix.wagner@acmeco.example")
    event = _event(
        "Felix has a conflict on Thursday, so we've moved your panel with Ana and Felix to Friday, December 11 "
        "at 2:00 PM ET.",
        subject="Updated time for your panel",
        cc=(ana, felix),
    )
    assert event["kind"] == "interview_rescheduled", event["evidence"]
    assert _people(event) == {ana.email, felix.email}, event["evidence"]


def test_joining_me_will_be_my_colleague_names_the_colleague_and_the_writer() -> None:
    event = _event(
        "Confirming our interview on Wednesday, December 9 at 10:00 ET. Joining me will be my colleague Lars "
        "Nilsson; you can reach Lars at lars@acmeco.example."
    )
    assert _people(event) == {"lars@acmeco.example", JANE.email}, event["evidence"]


def test_a_schedule_names_whom_each_slot_is_with_but_not_where_or_on_what_it_is() -> None:
    event = _event(
        "Here's your schedule for Tuesday, December 8. All times are Eastern.\n\n"
        "12:00 PM - 12:45 PM   Coding        Arjun Mehta\n"
        "1:00 PM - 1:45 PM     System design   Clara Voss\n"
        "2:00 PM - 2:30 PM     Lunch at Cafe Nero\n"
        "2:00 PM - 2:30 PM     Debrief | Microsoft Teams\n"
        "2:30 PM - 3:00 PM     Wrap-up with me\n"
    )
    assert _people(event) == {"arjun mehta", "clara voss", JANE.email}, event["evidence"]


def test_an_enumeration_after_a_colon_names_the_panel_and_the_writer() -> None:
    event = _event(
        "We'd like you to present it to three of us on Tuesday, December 8 at 2pm ET over Zoom: myself, "
        "Omar Haddad and Lucy Tran."
    )
    assert _people(event) == {JANE.email, "omar haddad", "lucy tran"}, event["evidence"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "I've put 45 minutes in the calendar for you to meet Dana Whitlock, our VP of Engineering, on "
            "Tuesday, December 8 at 2pm ET.",
            {"dana whitlock"},
        ),
        ("We're meeting Tuesday, December 8 at 2pm ET; you'll still speak with Tomás and me.", {"tomás", JANE.email}),
        ("Your technical interview with Elin Svensson and me is set for Tuesday, December 8 at 2pm ET.",
         {"elin svensson", JANE.email}),
    ],
)  # fmt: skip
def test_whom_the_owner_meets_named_in_a_sentence(text: str, want: set[str]) -> None:
    assert _people(_event(text)) == want


def test_a_named_recruiter_in_the_text_beats_a_shared_reply_to() -> None:
    event = _event(
        "Congratulations! Your offer for the Backend Engineer role is now available in the candidate portal. "
        "Your recruiter, Lena Fischer (lena.fischer@acmeco.example), will call you tomorrow.",
        subject="Your offer is ready",
        sender=Person("Acme Careers", "noreply@acmeco.example"),
        reply_to=(Person(None, "offers@acmeco.example"),),
    )
    assert event["kind"] == "offer", event["evidence"]
    assert event["contact"]["email"] == "lena.fischer@acmeco.example", event["evidence"]


def test_people_the_owner_meets_are_not_the_contact_of_a_team_mailbox() -> None:
    event = _event(
        "Your interview is confirmed for Tuesday, December 8 at 2:00 PM ET.\n\n"
        "You will meet Olivia Hart (olivia.hart@acmeco.example) and Sean Murphy (sean.murphy@acmeco.example).",
        sender=Person("Recruiting", "recruiting@acmeco.example"),
    )
    assert event["contact"]["email"] == "recruiting@acmeco.example", event["evidence"]
    assert _people(event) == {"olivia.hart@acmeco.example", "sean.murphy@acmeco.example"}


@pytest.mark.parametrize(
    ("text", "sign", "want"),
    [
        # The writer signs as someone who holds interviews and names nobody else: the owner meets them.
        ("Can we push Wednesday's interview to 4pm ET instead of 3pm?", "Jane Smith\nVP Engineering, Acme Co",
         {JANE.email}),
        ("We have to cancel your interview this Friday, apologies.", "Jane Smith\nHiring Manager, Acme Co",
         {JANE.email}),
        # Someone else holds it, spoken of by title.
        ("We have to cancel your interview this Friday: the hiring manager is away.",
         "Jane Smith\nEngineering Lead, Acme Co", set()),
        # The writer arranges interviews; or gives no title at all.
        ("We have to cancel your interview this Friday, apologies.", "Jane Smith\nRecruiting Coordinator, Acme Co",
         set()),
        ("We have to cancel your interview this Friday, apologies.", "Jane Smith\nAcme Co", set()),
    ],
)  # fmt: skip
def test_the_writer_is_whom_the_owner_meets_when_they_sign_as_one_who_interviews(
    text: str, sign: str, want: set[str]
) -> None:
    event = _event(text, subject="Your interview", sign=sign)
    assert event["kind"] in {"interview_rescheduled", "interview_cancelled"}, event["evidence"]
    assert _people(event) == want, event["evidence"]


def test_an_interviewer_s_label_and_academic_titles_before_names() -> None:
    event = _event(
        "Your interview is confirmed.\n\nDate: Tuesday, December 8, 2026\nTime: 1:00 PM EST\n"
        "Interviewer(s): Leo Grant, Engineering Manager; Nadia Petrov, Senior Engineer\nFormat: Video"
    )
    assert _people(event) == {"leo grant", "nadia petrov"}, event["evidence"]
    event = _event(
        "This is to confirm your interview on Tuesday, December 8 at 1pm ET.\nInterview panel:\n"
        "Dr. Jonas Berger \u2013 Head of R&D\nMag. Eva Huber \u2013 HR Business Partner\nLocation: Vienna office"
    )
    assert _people(event) == {"jonas berger", "eva huber"}, event["evidence"]


def test_a_shared_mailbox_invited_to_the_calendar_is_no_interviewer() -> None:
    invite = "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "VERSION:2.0", "BEGIN:VEVENT", "UID:shared-1",
        "DTSTART:20261208T190000Z", "DTEND:20261208T200000Z", "SUMMARY:Interview - Alex Morgan",
        "ORGANIZER;CN=Jane Smith:mailto:jane.smith@acmeco.example",
        "ATTENDEE;CN=Priya:mailto:priya@acmeco.example",
        "ATTENDEE;CN=Interview Panel:mailto:interview-panel@acmeco.example",
        "ATTENDEE;CN=Recruiting:mailto:recruiting@acmeco.example",
        "ATTENDEE;CN=Alex Morgan:mailto:alex.morgan@mail.example",
        "END:VEVENT", "END:VCALENDAR", "",
    ])  # fmt: skip
    event = _event("Please accept the invite for your interview.", calendars=(invite,))
    assert _people(event) == {"priya@acmeco.example"}, event["evidence"]


@pytest.mark.parametrize(
    ("text", "subject", "cc", "want"),
    [
        ("Your interview on Wednesday, December 9 at 10:00 AM ET has been cancelled as Dr. Amelia Stone is no "
         "longer available.", "Interview cancelled", (), {"amelia stone"}),
        ("Unfortunately Daniel is out sick, so we've moved your interview to Friday, December 11 at 10:00 AM ET.",
         "New time for your interview", (Person("Daniel Osei", "daniel.osei@acmeco.example"),),
         {"daniel.osei@acmeco.example"}),
        ("Heads up: Sam can't do Tuesday anymore, so your interview is now Wednesday, December 9 at 1pm ET.",
         "Interview moved", (Person("Sam Okafor", "sam.okafor@acmeco.example"),), {"sam.okafor@acmeco.example"}),
        # A first name the message does not place may be anyone at the company.
        ("Heads up: Sam can't do Tuesday anymore, so your interview is now Wednesday, December 9 at 1pm ET.",
         "Interview moved", (), set()),
    ],
)  # fmt: skip
def test_whose_absence_moves_or_cancels_the_interview_is_whom_the_owner_meets(
    text: str, subject: str, cc: tuple[Person, ...], want: set[str]
) -> None:
    event = _event(text, subject=subject, sign="Jane Smith\nRecruiting Coordinator, Acme Co", cc=cc)
    assert event["kind"] in {"interview_rescheduled", "interview_cancelled"}, event["evidence"]
    assert _people(event) == want, event["evidence"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Thursday, December 10 at 2:30pm ET works for the interview. It'll be me and our head of design, "
         "Ravi Menon.", {JANE.email, "ravi menon"}),
        ("Your interview is on Thursday, December 10 at 2:30pm ET with Jean-Luc Fontaine and myself.",
         {JANE.email, "jean-luc fontaine"}),
        # Whom to write to is not whom you meet.
        ("Your interview is on Thursday, December 10 at 2:30pm ET. Feel free to reach out to me and Sarah Lee "
         "with any questions.", set()),
    ],
)  # fmt: skip
def test_the_writer_paired_with_someone_are_both_whom_the_owner_meets(text: str, want: set[str]) -> None:
    assert _people(_event(text)) == want


def test_the_recruiter_an_ats_writes_for_runs_their_own_phone_screen() -> None:
    event = _event(
        "Your phone screen is confirmed for Wednesday, December 9 at 11am PT. I'll give you a call then.",
        subject="Phone screen confirmed",
        sign="Jane",
        sender=Person("Jane Smith", "no-reply@hire.lever.co"),
        reply_to=(JANE,),
    )
    assert event["contact"]["email"] == JANE.email, event["evidence"]
    assert _people(event) == {JANE.email}, event["evidence"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Your interview is on Thursday, December 10 at 3pm ET. I've copied our CTO, who will run the technical "
         "session.", {"ines.duarte@acmeco.example"}),
        # Copied to arrange, not to interview.
        ("Your interview is on Thursday, December 10 at 3pm ET. I've copied our recruiting coordinator, who will "
         "send the invite.", set()),
    ],
)  # fmt: skip
def test_the_one_colleague_copied_without_a_name(text: str, want: set[str]) -> None:
    event = _event(text, cc=(Person("Ines Duarte", "ines.duarte@acmeco.example"),))
    assert _people(event) == want, event["evidence"]


PRIYA = Person("Priya Shah", "priya.shah@acmeco.example")
TOM = Person("Tom Ellis", "tom.ellis@acmeco.example")


@pytest.mark.parametrize(
    ("text", "sign", "want"),
    [
        ("Priya, Tom and I will be your panel on Wednesday, December 16 at 1:00 PM ET.", "Jane",
         {JANE.email, PRIYA.email, TOM.email}),
        ("Let's do Friday, December 11 at 4:00 PM ET. I've cc'd Tom, a senior engineer on my team, who'll join us.",
         "Jane", {JANE.email, TOM.email}),
        # Who only arranges is not met, whatever they say of "us".
        ("Your interview is on Friday, December 11 at 4:00 PM ET. I've cc'd Tom, who'll join us.",
         "Jane Smith\nRecruiting Coordinator", {TOM.email}),
        ("Your interview is on Friday, December 11 at 4:00 PM ET with Priya and Tom.", "Jane",
         {PRIYA.email, TOM.email}),
    ],
)  # fmt: skip
def test_the_writer_who_counts_themself_among_those_met(text: str, sign: str, want: set[str]) -> None:
    event = _event(text, sign=sign, cc=(PRIYA, TOM))
    assert _people(event) == want, event["evidence"]


def test_a_call_between_us_makes_the_writer_the_one_met() -> None:
    event = _event(
        "Happy to set up a call between us on Tuesday, December 15 at 5:00 PM ET to talk through the role.",
        subject="Next step",
        sign="Jane",
    )
    assert _people(event) == {JANE.email}, event["evidence"]


def test_monsieur_before_a_name_and_a_french_recruiting_title() -> None:
    event = _event(
        "Votre entretien avec M. Laurent Girard, directeur technique, aura lieu le jeudi 17 décembre à 14h00.",
        subject="Votre entretien",
        sign="Jane Smith\nChargée de recrutement, Acme Co",
    )
    assert _people(event) == {"laurent girard"}, event["evidence"]


def test_a_title_in_brackets_wrapped_over_two_lines_still_separates_two_people() -> None:
    event = _event(
        "Ihr Vorstellungsgespräch findet am Dienstag, 15. Dezember 2026, um 10:00 Uhr statt. Ihre\n"
        "Gesprächspartner sind Herr Jonas Albrecht (Teamleiter\nEntwicklung) und Frau Dr. Miriam Weiss aus der\n"
        "Geschäftsführung.",
        subject="Einladung zum Vorstellungsgespräch",
        sign="Jane Smith\nPersonalreferentin",
    )
    assert _people(event) == {"jonas albrecht", "miriam weiss"}, event["evidence"]


@pytest.mark.parametrize(
    ("subject", "want"),
    [
        ("Interview with Dana Ruiz - Thu Dec 10, 1:00 PM ET", {"dana ruiz"}),
        # The owner's own name, or the firm's, is nobody the owner meets.
        ("Interview with Alex Morgan - Thu Dec 10, 1:00 PM ET", set()),
        ("Interview with Acmeco Harbor - Thu Dec 10, 1:00 PM ET", set()),
    ],
)
def test_a_whole_name_the_subject_says_the_interview_is_with(subject: str, want: set[str]) -> None:
    event = _event(
        "You're all set for Thursday, December 10 at 1:00 PM ET - the Zoom link is below.",
        subject=subject,
        sign="Jane Smith\nRecruiting Coordinator",
    )
    assert _people(event) == want, event["evidence"]


def test_interviewers_in_a_table_column_under_its_header() -> None:
    event = _event(
        "Your onsite is on Wednesday, 16 December, starting at 10:00 AM ET.\n\n"
        "Interviewer | Focus | Length\n\nYvonne Achterberg | Architecture | 60 min\n\n"
        "Rahul Menon | Behavioural | 45 min",
        subject="Your onsite",
        sign="Jane Smith\nRecruiting Coordinator",
    )
    assert _people(event) == {"yvonne achterberg", "rahul menon"}, event["evidence"]


def test_rows_of_key_and_value_are_no_header() -> None:
    event = _event(
        "Here are the details of your interview:\n\nDate | Tuesday, 15 December 2026\n\nStart | 14:00 ET\n\n"
        "With | Yvonne Achterberg, Head of Backend\n\nFormat | Video call",
        subject="Your interview",
        sign="Jane Smith\nRecruiting Coordinator",
    )
    assert _people(event) == {"yvonne achterberg"}, event["evidence"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Tuesday, December 8 at 3pm ET it is for the interview - I'll call your mobile.", "Interview"),
        ("Your interview is booked for Tuesday, December 8 at 9:30 AM ET, in my office on the 4th floor.", "Interview"),
        ("Your interview is booked for Tuesday, December 8 at 9:30 AM ET. Ask for me at the front desk.", "Interview"),
        ("I have to cancel our 11:30 on Tuesday, December 8, sorry - not feeling well.", "Interview cancelled"),
    ],
)  # fmt: skip
def test_the_writer_who_says_they_take_part_is_whom_the_owner_meets(text: str, subject: str) -> None:
    event = _event(text, subject=subject, sign="Jane")
    assert _people(event) == {JANE.email}, event["evidence"]


def test_someone_called_into_surgery_was_to_be_met() -> None:
    event = _event(
        "Unfortunately Dr. Farah Qureshi has been called into surgery, so we have to cancel this afternoon's "
        "interview (Tuesday, December 8 at 2:00 PM ET). We'll be in touch with new times.",
        subject="This afternoon's interview",
        sign="Jane Smith\nMedical Staffing Coordinator",
    )
    assert event["kind"] == "interview_cancelled", event["evidence"]
    assert _people(event) == {"farah qureshi"}, event["evidence"]


@pytest.mark.parametrize(
    ("text", "sign", "want"),
    [
        ("You're confirmed for Monday, December 14 at 10:00 AM ET. Tom will run the technical portion; I'll "
         "handle the intro and the last ten minutes.", "Jane Smith\nEngineering Manager", {JANE.email, TOM.email}),
        # Making introductions and leaving is no part of the interview.
        ("You're confirmed for Monday, December 14 at 10:00 AM ET. Tom will run the technical portion; I'll "
         "pop in at the start to make introductions but won't be interviewing.", "Jane", {TOM.email}),
    ],
)  # fmt: skip
def test_the_writer_who_takes_a_part_of_the_interview(text: str, sign: str, want: set[str]) -> None:
    event = _event(text, sign=sign, cc=(TOM,))
    assert _people(event) == want, event["evidence"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kenji Watanabe's train is delayed this morning, so we'll start your interview at 11:30 AM ET instead of "
         "10:30 today (Tuesday, December 8).", {"kenji watanabe"}),
        # A first name the message does not place may be anyone at the company.
        ("Kenji's train is delayed this morning, so we'll start your interview at 11:30 AM ET instead of 10:30 "
         "today (Tuesday, December 8).", set()),
    ],
)  # fmt: skip
def test_whose_train_delays_the_interview_was_to_be_met(text: str, want: set[str]) -> None:
    event = _event(text, subject="New start time", sign="Jane Smith\nRecruiting Coordinator")
    assert event["kind"] == "interview_rescheduled", event["evidence"]
    assert _people(event) == want, event["evidence"]
