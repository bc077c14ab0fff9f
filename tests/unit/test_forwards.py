"""forwards.unwrap_forward on the crisp-oss fixtures (real client output) and built shapes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, UTC
from pathlib import Path

import pytest

from followup.forwards import (
    is_forward_subject,
    is_reply_subject,
    parse_loose_date,
    parse_people,
    parse_person,
    strip_subject_prefixes,
    unwrap_forward,
)
from followup.model import Person

FWD = Path(__file__).resolve().parent.parent / "data" / "corpus" / "forwarded"
JOHN = Person(name="John Doe", email="john.doe@acme.com")
SUBJECT = "Integer consequat non purus"
BODY_START = "Aenean quis diam urna."
BODY_END = "at congue massa sagittis eget."

CRISP_FORWARDS = sorted(
    p.name for p in FWD.glob("crisp_*_body*.txt") if p.name != "crisp_gmail_en_body_variant_4.txt"
)


def text_of(name: str) -> str:
    return (FWD / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", CRISP_FORWARDS)
def test_every_crisp_forward_gives_john_doe_and_the_original_body(name: str) -> None:
    result = unwrap_forward(text_of(name))
    assert result is not None
    assert result.sender is not None and result.sender.name in ("John Doe", "John, Doe")
    if name != "crisp_unknown_en_body_variant_12.txt":  # names only, no addresses upstream
        assert result.sender.email == JOHN.email
    assert result.body.startswith(BODY_START)
    assert BODY_END in result.body
    first_message = result.body.split(BODY_END)[0]
    assert "Forwarded" not in first_message and "From:" not in first_message
    if name != "crisp_outlook_2019_en_body.txt":  # the 'On ..., X wrote:' shape has no subject
        assert result.subject == SUBJECT
    assert result.depth == 1


def test_reply_is_not_a_forward() -> None:
    assert unwrap_forward(text_of("crisp_gmail_en_body_variant_4.txt")) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("crisp_thunderbird_en_body.txt", datetime(2021, 11, 3, 15, 51, 30, tzinfo=timezone(timedelta(hours=1)))),
        ("crisp_apple_mail_en_body.txt", datetime(2021, 10, 25, 11, 17, 21, tzinfo=timezone(timedelta(hours=3)))),
        ("crisp_apple_mail_ru_body.txt", datetime(2021, 10, 26, 14, 25, 8, tzinfo=timezone(timedelta(hours=3)))),
        (
            "crisp_apple_mail_en_body_variant_13.txt",
            datetime(2022, 8, 17, 9, 6, 24, tzinfo=timezone(timedelta(hours=2))),
        ),
        ("crisp_hubspot_ja_body.txt", datetime(2022, 9, 19, 17, 55, 44, tzinfo=timezone(timedelta(hours=-4)))),
        ("crisp_yahoo_en_body.txt", datetime(2021, 11, 2, 9, 26, 50, tzinfo=timezone(timedelta(hours=1)))),
        ("crisp_mailmate_en_body.txt", datetime(2021, 10, 27, 9, 31, tzinfo=UTC)),
        ("crisp_ionos_one_and_one_en_body.txt", datetime(2023, 2, 10, 16, 52, tzinfo=timezone(timedelta(hours=-5)))),
    ],
)
def test_zoned_forward_dates_are_read_as_instants(name: str, expected: datetime) -> None:
    result = unwrap_forward(text_of(name))
    assert result is not None
    assert result.date == expected


def test_zoneless_forward_date_gets_the_default_zone_or_none() -> None:
    text = text_of("crisp_gmail_en_body.txt")
    assert unwrap_forward(text).date is None  # type: ignore[union-attr]
    zone = timezone(timedelta(hours=-4))
    result = unwrap_forward(text, default_tz=zone)
    assert result is not None and result.date == datetime(2021, 10, 27, 9, 31, tzinfo=zone)
    assert result.date_text == "Wed, Oct 27, 2021 at 9:31 AM"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mi., 27. Okt. 2021 um 09:31 Uhr", datetime(2021, 10, 27, 9, 31)),
        ("jeudi, 28 octobre 2021 à 12:06", datetime(2021, 10, 28, 12, 6)),
        ("Thursday, 28 October 2021 at 12:46", datetime(2021, 10, 28, 12, 46)),
        ("miércoles, 3 de noviembre de 2021 10:15", datetime(2021, 11, 3, 10, 15)),
    ],
)
def test_localized_dates_read_with_default_zone(text: str, expected: datetime) -> None:
    assert parse_loose_date(text, UTC) == expected.replace(tzinfo=UTC)
    assert parse_loose_date(text) is None


@pytest.mark.parametrize("junk", ["", "soon", "32/13/2021 99:99", "x" * 500, "GMT+99"])
def test_unreadable_dates_give_none(junk: str) -> None:
    assert parse_loose_date(junk) is None


def test_owner_note_above_the_forward_is_kept_apart() -> None:
    result = unwrap_forward(text_of("crisp_gmail_en_body_variant_2.txt"))
    assert result is not None
    assert result.note.startswith("Praesent suscipit egestas hendrerit.")
    assert "Praesent suscipit" not in result.body
    assert [p.email for p in result.to] == ["bessie.berry@acme.com", "suzanne@globex.corp"]
    assert len(result.cc) == 2


def test_forwarded_thread_keeps_the_first_message_not_the_oldest() -> None:
    result = unwrap_forward(text_of("crisp_gmail_en_body_variant_14.txt"))
    assert result is not None and result.sender == JOHN and result.depth == 1


def test_outlook_on_behalf_of_and_mailto_artifacts_are_cleaned() -> None:
    result = unwrap_forward(text_of("crisp_outlook_live_en_body_variant_9.txt"))
    assert result is not None and result.sender == JOHN
    assert result.note.startswith("Praesent suscipit")


def test_display_names_with_commas_survive() -> None:
    result = unwrap_forward(text_of("crisp_outlook_live_en_body_variant_11.txt"))
    assert result is not None
    assert result.sender == Person(name="John, Doe", email="john.doe@acme.com")
    assert [p.name for p in result.cc] == ["Walter, Sheltan", "Nicholas, Landers"]


def test_reply_subject_refuses_outlook_header_blocks_but_not_explicit_forwards() -> None:
    outlook = text_of("crisp_outlook_live_body.txt")
    assert unwrap_forward(outlook, subject="RE: Integer consequat non purus") is None
    assert unwrap_forward(outlook, subject="FW: Integer consequat non purus") is not None
    gmail = text_of("crisp_gmail_en_body.txt")
    assert unwrap_forward(gmail, subject="Re: Fwd: x") is not None


LOCALIZED_OUTLOOK = [
    ("De", "Envoyé", "À", "Objet"),
    ("Von", "Gesendet", "An", "Betreff"),
    ("De", "Enviado", "Para", "Asunto"),
    ("From", "Sent", "To", "Subject"),
]


@pytest.mark.parametrize(("frm", "sent", "to", "subj"), LOCALIZED_OUTLOOK)
def test_outlook_desktop_blocks_in_four_languages(frm: str, sent: str, to: str, subj: str) -> None:
    text = (
        "Voir ci-dessous.\n\n-----Original Message-----\n"
        f"{frm}: Jane Roe <jane@acme.example>\n{sent}: Tuesday, March 3, 2026 10:00 AM\n"
        f"{to}: me@example.org\n{subj}: Interview on Friday\n\nHi, see you Friday.\n"
    )
    result = unwrap_forward(text)
    assert result is not None
    assert result.sender == Person(name="Jane Roe", email="jane@acme.example")
    assert result.subject == "Interview on Friday"
    assert result.body == "Hi, see you Friday."
    assert result.note == "Voir ci-dessous."


def test_proton_forward_separator() -> None:
    text = (
        "------- Forwarded Message -------\nFrom: Jane Roe <jane@acme.example>\n"
        "Date: On Tuesday, March 3rd, 2026 at 10:00 AM\nSubject: Interview\nTo: me@example.org\n\nBody here\n"
    )
    result = unwrap_forward(text)
    assert result is not None and result.subject == "Interview" and result.body == "Body here"


def test_nested_forward_three_deep_returns_innermost() -> None:
    inner = (
        "---------- Forwarded message ---------\nFrom: Jane Roe <jane@acme.example>\n"
        "Date: Tue, 3 Mar 2026 10:00:00 -0500\nSubject: Interview confirmed\nTo: <me@example.org>\n\n"
        "See you Tuesday.\n"
    )
    middle = (
        "fyi\n\n-------- Forwarded Message --------\nSubject: \tFwd: Interview confirmed\n"
        "Date: \tTue, 3 Mar 2026 11:00:00 -0500\nFrom: \tOwner <owner@example.org>\nTo: \tme2@example.org\n\n"
        + inner
    )
    outer = "Begin forwarded message:\n\n" + "".join(
        "> " + line + "\n"
        for line in ("From: Helper <h@example.org>", "Subject: Fwd: Fwd: Interview confirmed",
                     "Date: 3 March 2026 at 12:00:00 EST", "", *middle.splitlines())
    )
    result = unwrap_forward("top note\n\n" + outer)
    assert result is not None
    assert result.depth == 3
    assert result.sender == Person(name="Jane Roe", email="jane@acme.example")
    assert result.subject == "Interview confirmed"
    assert result.body == "See you Tuesday."
    assert result.note == "top note"


def test_plain_text_without_forward_gives_none() -> None:
    assert unwrap_forward("Hello,\n\nFrom: the team\nThanks") is None
    assert unwrap_forward("") is None


@pytest.mark.parametrize(
    ("subject", "fwd", "reply", "stripped"),
    [("Fwd: Hi", True, False, "Hi"), ("FW: RE: Hi", True, False, "Hi"), ("TR: Hi", True, False, "Hi"),
     ("WG: Hi", True, False, "Hi"), ("Re: Hi", False, True, "Hi"), ("AW: Fwd: Hi", False, True, "Hi"),
     ("Hi: there", False, False, "Hi: there")],
)
def test_subject_prefixes(subject: str, fwd: bool, reply: bool, stripped: str) -> None:
    assert is_forward_subject(subject) is fwd
    assert is_reply_subject(subject) is reply
    assert strip_subject_prefixes(subject) == stripped


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("John Doe [mailto:john.doe@acme.com]", [JOHN]),
        ("John Doe<mailto:john.doe@acme.com> <john.doe@acme.com<mailto:john.doe@acme.com>>", [JOHN]),
        ('"bessie.berry@acme.com" <bessie.berry@acme.com>', [Person(None, "bessie.berry@acme.com")]),
        ("a@x.example; B <b@x.example>", [Person(None, "a@x.example"), Person("B", "b@x.example")]),
    ],
)
def test_people_as_clients_print_them(value: str, expected: list[Person]) -> None:
    assert list(parse_people(value)) == expected


def test_person_without_address_keeps_the_name() -> None:
    assert parse_person("John Doe") == Person(name="John Doe", email=None)
    assert parse_person("") is None


@pytest.mark.parametrize(
    ("label", "day", "month"),
    [("Envoyé", 7, 12), ("Enviado el", 7, 12), ("Gesendet", 7, 12), ("Sent", 12, 7)],
)
def test_numeric_forward_dates_follow_the_language_of_the_labels(label: str, day: int, month: int) -> None:

    text = (
        "-----Original Message-----\n"
        f"From: Sam Lee <sam@acme.example>\n{label}: 07/12/2026 20:00\nTo: ana@example.com\nSubject: Interview\n\n"
        "See you then.\n"
    )
    if label == "Enviado el":
        text = text.replace("Enviado el:", "Enviado:")
    result = unwrap_forward(text, default_tz=UTC)
    assert result is not None and result.date is not None
    assert (result.date.day, result.date.month) == (day, month)


def test_a_forwarded_reply_to_is_kept() -> None:
    text = (
        "Begin forwarded message:\n\n"
        "From: Acme Careers <no-reply@acme.example>\nReply-To: Sam Lee <sam.lee@acme.example>\n"
        "Subject: Interview confirmed\nDate: 1 December 2026 at 10:00:00 GMT+1\nTo: ana@example.com\n\n"
        "Your interview is confirmed.\n"
    )
    result = unwrap_forward(text)
    assert result is not None
    assert [p.email for p in result.reply_to] == ["sam.lee@acme.example"]


def test_the_common_clock_date_shapes_read_as_dateutil_reads_them() -> None:
    import random
    import warnings
    from datetime import date, timedelta

    from dateutil import parser as dateutil_parser

    from followup.forwards import _clock_date

    rng = random.Random(14)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    full = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    shapes = [
        "{wd}, {mon} {day}, {year} at {h}:{mi} {ap}",  # Gmail
        "{wdl}, {monl} {day}, {year} {h}:{mi} {ap}",  # Outlook
        "{wd}, {monl} {day}, {year} at {h}:{mi} {ap}",
    ]
    cases = ["Thu, Feb 29, 2026 at 9:12 AM", "Sat, Feb 29, 2028 at 12:00 AM", "Thu, Apr 31, 2026 at 9:12 AM",
             "Thu, Dec 3, 2026 at 13:12 PM", "Thu, Dec 3, 2026 at 0:12 AM", "Thu, Dec 3, 2026 at 9:60 AM"]  # fmt: skip
    for _ in range(600):
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(4 * 366))
        weekday = rng.choice([day.weekday(), rng.randrange(7)])  # the right weekday, or any
        hour = rng.choice([1, 9, 11, 12, rng.randrange(1, 13)])
        cases.append(
            rng.choice(shapes).format(
                wd=days[weekday], wdl=full[weekday], mon=day.strftime("%b"), monl=day.strftime("%B"), day=day.day,
                year=day.year, h=hour, mi=f"{rng.randrange(60):02d}", ap=rng.choice(["AM", "PM"]),
            )
        )  # fmt: skip
    read = 0
    for text in cases:
        fast = _clock_date(text)
        if fast is None:
            continue
        read += 1
        for dayfirst in (False, True):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                assert fast == dateutil_parser.parse(text, fuzzy=True, dayfirst=dayfirst), text
    assert read > 500
    assert _clock_date("Thu, Dec 3, 2026 at 13:12 PM") is None and _clock_date("3 Dec 2026 09:12") is None
