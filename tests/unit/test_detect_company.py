"""The hiring company: from what the mail says, confirmed by its domain (followup.detect.company).

Each mail is written for these tests in words of its own. Candidates come from the subject,
the body, the signature, the sender's name and the calendar; a domain confirms the names it
agrees with; people, dates, reference codes and the robots that send job mail are never the
company; an agency's own name gives way to its client.
"""

from __future__ import annotations


import pytest

from followup.detect.orgname import is_code, is_date_fragment, label_agrees, label_resembles
from followup.model import Message, Person
from tests.unit.owner_mail import ME, SENT, event_of



def detect(text: str, *, subject: str, sender: Person, **kw: object) -> dict:
    message = Message(
        sender=sender,
        date=SENT,
        subject=subject,
        message_id="<c@company.example>",
        text=text,
        to=(ME,),
        **kw,  # type: ignore[arg-type]
    )
    return event_of(message)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Orchid Payments", "orchidpay"),  # each word cut short
        ("Quayside Freight Logistics", "qfl"),  # initials
        ("Kelpie", "kelpiehq"),  # a suffix the company adds
        ("Hazel", "gethazel"),  # a prefix the company adds
        ("Grupo Alcázar Seguros", "alcazarseguros"),  # a leading group word left out
        ("Bank of Lismore", "banklismore"),  # a joining word left out
        ("Pinnacle Staffing Group", "pinnaclestaffing"),  # a last word left out
        ("Müller AG", "mueller-ag"),  # transliterated, with its legal form
    ],
)
def test_a_domain_label_agrees_with_the_name_it_spells(name: str, label: str) -> None:
    assert label_agrees(name, label)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Harrow Diagnostics", "hdx-labs"),
        ("Elin Svensson", "tidybase"),
        ("Acme", "a"),
        ("Northwind", "nw"),  # initials need two words
        ("Brightwater Analytics", "bwanalytics"),  # "bw" is no beginning of Brightwater
    ],
)
def test_a_domain_label_does_not_agree_with_a_name_it_does_not_spell(name: str, label: str) -> None:
    assert not label_agrees(name, label)


def test_dates_and_reference_codes_are_not_names() -> None:
    assert is_date_fragment("Tue Dec 15") and is_date_fragment("Monday, 14 December")
    assert not is_date_fragment("Monday Studio")
    assert is_code("R-20418") and is_code("REQ 1123")
    assert not is_code("Studio 54") and not is_code("Kinloch Energy")


def test_a_calendar_subject_names_the_company_when_the_domain_does_not() -> None:
    event = detect(
        "This event has been canceled.\n\nOnsite - Pellucid Optics\nWednesday Dec 9, 2026 9am - 12pm (Eastern Time)",
        subject="Canceled event: Onsite - Pellucid Optics @ Wed Dec 9, 2026 9am - 12pm (EST) "
        "(alex.morgan@mail.example)",
        sender=Person("Rui Costa", "rui.costa@pxo-group.example"),
    )
    assert event["kind"] == "interview_cancelled", event["evidence"]
    assert event["company"] == "Pellucid Optics"
    assert "company: 'Pellucid Optics' from subject" in event["evidence"]


def test_a_display_name_names_the_company_when_the_domain_agrees() -> None:
    event = detect(
        "Alex, I'm delighted to offer you the Support Engineer role with us, starting 4 January. The offer letter is "
        "attached.\n\nRhea",
        subject="Your offer",
        sender=Person("Rhea from Wickerbay", "rhea@wickerbayhq.example"),
    )
    assert event["kind"] == "offer", event["evidence"]
    assert event["company"] == "Wickerbay"


def test_a_person_the_mail_names_is_never_the_company() -> None:
    event = detect(
        "Hi Alex,\n\nThanks for applying to cloudLoom. Your interview with Matteo Ricci is confirmed for "
        "Thursday, December 3 at 2:00 PM ET.\n\nSara Lind\nEngineering Manager at cloudLoom",
        subject="Interview confirmed",
        sender=Person("Sara Lind", "sara.lind@cloudloom.example"),
        cc=(Person("Matteo Ricci", "matteo.ricci@cloudloom.example"),),
    )
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["company"] == "cloudLoom"


def test_a_lower_case_brand_is_found_written_as_its_domain() -> None:
    event = detect(
        "hey Alex, thanks for your interest in brindle! your interview is booked: a call with me on Thursday, "
        "December 3 at 11:00 AM ET.\n\nota",
        subject="our call",
        sender=Person("Ota Novak", "ota@brindle.example"),
    )
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["company"] == "brindle"


def test_a_legal_name_in_a_footer_is_kept_whole_over_the_short_display_name() -> None:
    event = detect(
        "Hello Alex,\n\nYour interview for the position Dispatcher (R-30122) is scheduled for Thursday, December 3 "
        "at 10:00 AM Eastern.\n\nCorliss Haulage Partners, LLC is an equal opportunity employer.",
        subject="Interview Scheduled",
        sender=Person("Corliss Haulage", "corliss@myworkday.com"),
    )
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["company"] == "Corliss Haulage Partners"


def test_a_signature_line_with_name_title_and_company() -> None:
    event = detect(
        "Hi Alex, I can't make our 2pm interview today, sorry - can we find another time? I'll send options.\n\n"
        "Ivo Petrov | Head of Data | Larchmont Analytics",
        subject="today",
        sender=Person("Ivo Petrov", "ivo@lmtanalytics.example"),
    )
    assert event["kind"] == "interview_cancelled", event["evidence"]
    assert event["company"] == "Larchmont Analytics"


def test_an_agency_that_keeps_its_client_anonymous_names_no_company() -> None:
    event = detect(
        "Hi Alex,\n\nMy client, a fast-growing logistics scale-up, has decided not to take your application "
        "further.\n\nTom Reed\nSenior Consultant | Fairway Search",
        subject="Update",
        sender=Person("Tom Reed", "tom.reed@fairwaysearch.example"),
    )
    assert event["kind"] == "rejection", event["evidence"]
    assert event["company"] is None


def test_an_agency_names_its_client_as_the_one_who_acts() -> None:
    event = detect(
        "Hi Alex,\n\nGreat news - Coldharbour Mutual would like to meet you. I've confirmed Thursday, December 3 "
        "at 3:00 PM ET at their office.\n\nTom Reed\nSenior Consultant | Fairway Search",
        subject="Interview confirmed",
        sender=Person("Tom Reed", "tom.reed@fairwaysearch.example"),
    )
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["company"] == "Coldharbour Mutual"


def test_a_french_agency_writing_for_its_client() -> None:
    event = detect(
        "Bonjour Alex,\n\nPour le compte de notre client Verrerie Lambert, je vous confirme votre entretien le jeudi "
        "3 décembre à 15h00.\n\nCordialement,\nInès Morel\nMorel Conseil",
        subject="Entretien confirmé",
        sender=Person("Inès Morel", "ines@morel-conseil.example"),
    )
    assert event["kind"] == "interview_scheduled", event["evidence"]
    assert event["company"] == "Verrerie Lambert"


def test_an_hr_provider_writing_on_behalf_of_the_employer() -> None:
    event = detect(
        "Dear Alex,\n\nI am writing on behalf of Dunmore Water regarding your application for the Hydrologist "
        "vacancy. We regret that you have not been shortlisted on this occasion.\n\nKind regards,\nPaula Hynes",
        subject="Hydrologist vacancy",
        sender=Person("Paula Hynes", "paula.hynes@hrshared.example"),
    )
    assert event["kind"] == "rejection", event["evidence"]
    assert event["company"] == "Dunmore Water"


def test_a_domain_that_drops_letters_resembles_the_name_it_shortens() -> None:
    assert label_resembles("Zephyrine", "zphr") and label_resembles("Harborview Medical Group", "hvmg")
    assert not label_resembles("Harrow Diagnostics", "hdx") and not label_resembles("Zephyrine", "pzr")


SCHEDULED = "Hi Alex,\n\nYour interview is confirmed for Thursday, December 3 at 2:00 PM ET."
MILA = Person("Mila Novak", "mila@zphr.example")


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        # The signer's name and the company on one line.
        ("Interview", SCHEDULED + "\n\nMila Novak, Zephyrine", MILA),
        # The company leading its address.
        ("Interview", SCHEDULED + "\n\nCheers,\nMila\n\nZephyrine | 12 Harbour St, Leeds", MILA),
        # A team's display name is no person: its words may be the company's.
        ("Update from Zephyrine", "Hi Alex,\n\nWe have decided not to move forward with your application.",
         Person("Zephyrine Talent", "talent@zphr.example")),
        # A meeting title naming the company and the candidate.
        ("Zephyrine x Alex Morgan", SCHEDULED + "\n\nMila", MILA),
        # Possessive team, and a role at the company.
        ("Interview", "Hi Alex,\n\nZephyrine's hiring team enjoyed your application. " + SCHEDULED[10:],
         Person("Careers", "no-reply@ashbyhq.com")),
        ("Interview", "Hi Alex,\n\nI'm Mila, a recruiter at Zephyrine. " + SCHEDULED[10:], MILA),
    ],
)  # fmt: skip
def test_the_company_said_in_the_mail_beats_a_name_made_up_from_its_domain(
    subject: str, text: str, sender: Person
) -> None:
    event = detect(text, subject=subject, sender=sender)
    assert event["company"] == "Zephyrine", event["evidence"]


def test_a_greeting_is_not_a_company() -> None:
    event = detect(
        "Hola Alex:\n\nTe confirmo la entrevista el jueves 3 de diciembre a las 11:00.\n\nUn saludo,\nLucía",
        subject="Entrevista",
        sender=Person("Lucía Navarro", "lucia@tallerverde.example"),
    )
    assert event["company"] == "Tallerverde", event["evidence"]


def test_a_sentence_above_the_signature_is_not_the_signature() -> None:
    event = detect(
        "Hi Alex,\n\nConfirming your interview for the designer role on Thursday, December 3 at 2:30pm.\n"
        "For parking ask our head of operations, Omar Reyes.\n\nJo Whitlock\nFounder, Kestrel Forge",
        subject="Thursday",
        sender=Person("Jo Whitlock", "jo@jwstudio.example"),
    )
    assert event["company"] == "Kestrel Forge", event["evidence"]


def test_the_name_the_mail_uses_beats_a_legal_entity_said_only_in_the_signature() -> None:
    event = detect(
        "Dear Alex,\n\nPlease find attached the invitation for your first interview at Halden Re on Thursday, "
        "December 3 at 10:00 CET.\n\nKind regards\nNora Vik\nTalent Acquisition | Halden Re Services Ltd",
        subject="Interview Halden Re - Pricing Actuary",
        sender=Person("Nora Vik", "nora.vik@haldenre.example"),
    )
    assert event["company"] == "Halden Re", event["evidence"]


def test_a_name_said_as_often_in_full_is_kept_whole() -> None:
    event = detect(
        "Hi Alex,\n\nConfirming Thursday, December 3 at 11am ET for your interview.\n\n"
        "Dana Kim | Technical Recruiter | Ostrander Industries",
        subject="Interview: Alex Morgan <> Ostrander",
        sender=Person("Dana Kim", "dana.kim@ostrander.example"),
    )
    assert event["company"] == "Ostrander Industries", event["evidence"]


def test_interest_in_employment_with_a_company() -> None:
    event = detect(
        "Dear Alex,\n\nThank you for your interest in employment with Bellhaven Water Authority. This email confirms "
        "that we have received your application.",
        subject="Application Received",
        sender=Person("Careers", "careers-donotreply@icims.com"),
    )
    assert event["company"] == "Bellhaven Water Authority", event["evidence"]


def test_a_legal_form_with_dots_and_spaces_does_not_cut_the_name() -> None:
    event = detect(
        "Hi Alex,\n\nYour interview has been moved to Thursday, December 3 at 15:00 CET.\n\nMarta Nowak\n"
        "Talent Acquisition Partner, Wislana Soft Sp. z o.o.",
        subject="Interview moved",
        sender=Person("Marta Nowak", "marta@wislana.example"),
    )
    assert event["company"] == "Wislana Soft", event["evidence"]
