"""Questions to the owner by e-mail, end to end, on the real Dovecot and a real (aiosmtpd) SMTP server.

(1) The owner forwards a mail the detector cannot classify: a "What is this mail?" question
arrives. (2) The owner answers INTERVIEW with a time: the interview is tracked and its drafts
planned, and a confirmation comes back. (3) An interviewer named without an address gets a
"What is X's address?" question; the owner's answer turns the note that had fallen back to the
recruiter into a thank-you to that person. (4) A forged answer, one without the token, and
one that cannot be read change nothing. The first pass is `followup run --once` as a subprocess,
the others `service.run_once` in-process (the same code, faster).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.integration.test_approval_email import (  # noqa: F401 - `world` is a fixture
    OWNER,
    World,
    reply,
    text_of,
    world,
)

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parents[1] / "data" / "mail"
FORWARD = DATA / "owner_forwards_an_unclear_mail.eml"  # forwarded Thu 3 Dec 2026 16:30 Paris
SAMIR = DATA / "recruiter_names_an_interviewer_without_address.eml"  # Fri 22 Jan 2027, for Mon 25 Jan
T_FORWARD = datetime(2026, 12, 3, 15, 40, tzinfo=UTC)
T_ANSWER = datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
T_SAMIR = datetime(2027, 1, 22, 21, 30, tzinfo=UTC)
T_ADDRESS = datetime(2027, 1, 22, 22, 0, tzinfo=UTC)


def questions(w: World) -> list[EmailMessage]:
    return [m for m in w.requests() if "[followup #" in str(m["Subject"]) and "?" in str(m["Subject"])]


def interviews(w: World) -> list[dict[str, object]]:
    return list(json.loads(w.cli("interviews", "--json").stdout))


def test_the_owner_answers_questions_by_mail_and_only_a_true_answer_counts(world: World) -> None:  # noqa: F811
    w = world
    # (1) A forwarded mail nobody could classify: a question, and nothing tracked.
    w.deliver(FORWARD.read_bytes(), T_FORWARD)
    assert "questions mailed to you: 1" in w.run_cli(T_FORWARD)  # `followup run --once`, as a subprocess
    (question,) = questions(w)
    assert str(question["Subject"]).endswith("What is this mail? catching up")
    assert "Peter Gibbons" in text_of(question) and "INTERVIEW, APPLICATION, REJECTION" in text_of(question)
    assert interviews(w) == []

    # (4) A forgery with the right token, an answer without the token, an unreadable answer.
    w.deliver(reply(question, "INTERVIEW 2026-12-10 14:00", sender="Eve <eve@evil.example>"), T_ANSWER)
    w.deliver(reply(question, "INTERVIEW 2026-12-10 14:00", in_reply_to=None, subject="Re: catching up"), T_ANSWER)
    w.deliver(reply(question, "Maybe? Not sure", message_id="<unclear@mail.example.com>"), T_ANSWER)
    w.run(T_ANSWER)
    assert interviews(w) == [] and w.followups() == []
    (unreadable,) = [m for m in w.notices() if "could not read your answer" in str(m["Subject"])]
    assert "I expected one word on the first line: INTERVIEW, APPLICATION" in text_of(unreadable)

    # (2) The true answer: the interview is tracked at that time, its drafts planned, confirmed.
    w.deliver(reply(question, "INTERVIEW 2026-12-10 14:00", message_id="<yes@mail.example.com>"), T_ANSWER)
    w.run(T_ANSWER)
    (tracked,) = interviews(w)
    assert tracked["interview"]["start"] == "2026-12-10T14:00:00+01:00"  # type: ignore[index]
    drafts = w.followups()
    assert {d["to"][0] for d in drafts} == {"peter.gibbons@chotchkies.example"}  # type: ignore[index]
    assert {d["rule"] for d in drafts} >= {"thank each interviewer", "check in after silence"}
    (confirmed,) = [m for m in w.notices() if "understood" in str(m["Subject"])]
    assert "is tracked as interview_scheduled" in text_of(confirmed)
    # The token is spent: answering again changes nothing.
    w.deliver(reply(question, "REJECTION", message_id="<again@mail.example.com>"), T_ANSWER)
    w.run(T_ANSWER)
    assert [i["state"] for i in interviews(w)] == ["scheduled"]

    # (3) An interviewer without an address: the thank-you falls back to the recruiter, a
    # question asks for the address, and the answer gives Samir his own thank-you.
    w.deliver(SAMIR.read_bytes(), T_SAMIR)
    w.run(T_SAMIR)
    initech = [d for d in w.followups() if d["rule"] == "thank each interviewer" and d["interview_id"] == 2]
    assert [(d["to"], d["fallback"]) for d in initech] == [
        (["bill.lumbergh@initech.example"], "no interviewer addresses: fell back to contact")
    ]
    (ask,) = [m for m in questions(w) if "Samir Nagheenanajar's address" in str(m["Subject"])]
    w.deliver(reply(ask, "samir.n@initech.example", date=T_ADDRESS, message_id="<addr@mail.example.com>"),
              T_ADDRESS)  # fmt: skip
    w.run(T_ADDRESS)
    thanks = {d["to"][0]: d["state"] for d in w.followups()  # type: ignore[index]
              if d["rule"] == "thank each interviewer" and d["interview_id"] == 2}  # fmt: skip
    assert thanks == {"bill.lumbergh@initech.example": "cancelled", "samir.n@initech.example": "awaiting_approval"}
    store = w.store()
    try:
        notes = [h["note"] for h in store.history_of(interview_id=2) if h["kind"] == "corrected"]
    finally:
        store.close()
    assert notes == ["address of Samir Nagheenanajar: samir.n@initech.example (by the owner, e-mail)"]
    assert all(OWNER in c.rcpt_tos for c in w.smtp.messages)  # nothing went to anyone but the owner
