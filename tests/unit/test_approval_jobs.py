"""approval/jobs.py on a real Store in tmp_path, with a RecordingSender at the send.Sender seam.

Requests, replies acted on, confirmations, refusals told once, reminders, expiry, approval
after the send time, and the pause switch. The pipeline plans the drafts from the demo's
interview invitation (Northwind Labs, Tue 8 Dec 2026 10:00-11:00 New York): two thank-yous
due Wed 9 Dec 09:00 Paris (08:00 UTC) and a check-in due Tue 15 Dec 17:00 Paris.
"""

from __future__ import annotations

from collections.abc import Callable


import email
from datetime import datetime, timedelta, UTC
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from followup import outbox, route
from followup.approval import jobs as approval_jobs
from followup.approval.tokens import hash_token
from followup.config import load_config
from followup.model import FollowUp, FollowUpState
from followup.parse import parse_message
from followup.runtime import Runtime, load_runtime
from followup.errors import TransientSendError
from followup.model import Person
from followup.store import Store
from tests.fakes import RecordingSender

ROOT = Path(__file__).resolve().parents[2]
INVITATION = ROOT / "daemon" / "followup" / "demo" / "mail" / "02_interview_invitation.eml"
UTC = UTC
S = FollowUpState
OWNER = "ana@example.com"
FORWARDER = "ana.work@corp.example"
ADDRESS = "ana.followup@example.com"
PLANNED = datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
THANKS_AT = datetime(2026, 12, 9, 8, 0, tzinfo=UTC)  # Wed 9 Dec 09:00 Paris
JORDAN, MEI, PRIYA = "jordan.ellis@northwind.example", "mei.tanaka@northwind.example", "priya.raman@northwind.example"


def text_of(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


class Desk:
    """The daemon's approval desk for one test: runtime, store, sender and a clock-free `now`."""

    def __init__(
        self, tmp_path: Path, *, expire_after: str = "3d", via: str = "[cli, email]", summary: str = "null"
    ) -> None:
        config = load_config(
            f"""\
owner: {{name: Ana Example, email: {OWNER}, timezone: Europe/Paris, signature: Ana Example, forwarders: [{FORWARDER}]}}
mailbox: {{source: maildir, path: mail, address: {ADDRESS}}}
smtp: {{host: 127.0.0.1, port: 2525, security: plain, save_sent_to: null}}
approval: {{via: {via}, expire_after: {expire_after}, daily_summary: {summary}}}
rules: {ROOT / "rules"}/
templates: {ROOT / "rules" / "templates"}/
state_dir: state
""",
            "config.yaml",
            str(tmp_path),
        )
        self.rt: Runtime = load_runtime(config)
        self.store = Store.open(config.state_path)
        self.sender = RecordingSender()

    def invite(self, now: datetime = PLANNED) -> None:
        with self.store.transaction():
            outcome = route.process_mail(self.rt, self.store, INVITATION.read_bytes(), None, now)
        assert outcome[:2] == ("event", "interview_scheduled")

    def request(self, now: datetime = PLANNED) -> EmailMessage:
        """Send the pending requests; return the newest."""
        approval_jobs.send_requests(self.rt, self.store, now, self.sender)
        return self.requests()[-1]

    def requests(self) -> list[EmailMessage]:
        return [m for m in self.sender.parsed(OWNER) if str(m["Message-ID"]).startswith("<approval.")]

    def answer(self, raw: bytes, now: datetime) -> str | None:
        with self.store.transaction():
            return approval_jobs.handle_reply(self.rt, self.store, parse_message(raw, "reply.eml"), now)

    def notices(self, now: datetime) -> list[EmailMessage]:
        """Mail the queued notices; return the ones mailed now."""
        before = len(self.sender.sent)
        approval_jobs.send_notices(self.rt, self.store, now, self.sender)
        fresh = self.sender.sent[before:]
        return [email.message_from_bytes(d, policy=policy.default) for d, _, _ in fresh]

    def by_recipient(self) -> dict[str, FollowUp]:
        return {fu.recipient.email or "": fu for fu in self.store.followups()}

    def states(self) -> dict[str, str]:
        return {k: fu.state.value for k, fu in self.by_recipient().items()}

    def dispatch(self, now: datetime) -> list[int]:
        return outbox.dispatch_due(self.rt, self.store, now, sender=self.sender).sent


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = Desk(tmp_path)
    d.invite()
    return d


def reply(
    request: EmailMessage,
    command: str,
    date: datetime,
    *,
    sender: str = f"Ana Example <{OWNER}>",
    message_id: str | None = None,
    extra: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """A top-posted reply quoting the request, as Gmail writes it."""
    quote = "\n".join(f"> {line}".rstrip() for line in text_of(request).rstrip("\n").split("\n"))
    message = EmailMessage(policy=policy.SMTP)
    for name, value in extra:
        message[name] = value
    message["From"] = sender
    message["To"] = f"followup <{ADDRESS}>"
    message["Subject"] = f"Re: {request['Subject']}"
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id or f"<r{int(date.timestamp())}.{len(command)}@mail.example.com>"
    message["In-Reply-To"] = str(request["Message-ID"])
    message.set_content(f"{command}\n\nOn Thu, Dec 3, 2026 at 5:00 PM followup <{ADDRESS}> wrote:\n{quote}\n")
    return bytes(message)


# --- the request ----------------------------------------------------------------------------


def test_one_request_per_interview_lists_every_draft_and_is_sent_once(desk: Desk) -> None:
    assert approval_jobs.send_requests(desk.rt, desk.store, PLANNED, desk.sender) == 1
    assert approval_jobs.send_requests(desk.rt, desk.store, PLANNED + timedelta(minutes=5), desk.sender) == 0
    assert len(desk.sender.sent) == 1
    _data, from_addr, to = desk.sender.sent[0]
    assert (from_addr, to) == (ADDRESS, [OWNER])
    request = desk.requests()[0]
    token = str(request["Message-ID"])[len("<approval.") :].split("@")[0]
    assert str(request["Message-ID"]) == f"<approval.{token}@example.com>"
    assert f"[followup #{token}]" in str(request["Subject"])
    body = text_of(request)
    for n, address in enumerate((JORDAN, MEI, PRIYA), start=1):
        assert f"=== DRAFT {n} (to " in body and address in body and f"=== END DRAFT {n} ===" in body
    assert "Sends:    Wed 9 Dec 2026 09:00 CET" in body and "Sends:    Tue 15 Dec 2026 17:00 CET" in body
    # Only the hash of the token is kept, and the request is recognised as the daemon's own mail.
    assert desk.store.token(hash_token(token)) is not None
    assert token.encode() not in desk.store.path.read_bytes()
    assert desk.store.is_own_message(str(request["Message-ID"]))


def test_no_request_is_mailed_when_approval_is_by_cli_only(tmp_path: Path) -> None:
    d = Desk(tmp_path, via="[cli]")
    d.invite()
    assert approval_jobs.send_requests(d.rt, d.store, PLANNED, d.sender) == 0 and d.sender.sent == []


def test_a_request_that_could_not_be_sent_is_asked_again_next_pass(desk: Desk) -> None:
    desk.sender.script.insert(0, TransientSendError("smtp 127.0.0.1:2525: timed out"))
    assert approval_jobs.send_requests(desk.rt, desk.store, PLANNED, desk.sender) == 0
    assert approval_jobs.send_requests(desk.rt, desk.store, PLANNED + timedelta(minutes=2), desk.sender) == 1
    assert len(desk.requests()) == 1 and "Approve 3 follow-ups" in str(desk.requests()[0]["Subject"])


def test_a_draft_that_cannot_be_rendered_is_told_to_the_owner_once(desk: Desk) -> None:
    broken = FollowUp(
        id=None, rule="thank each interviewer", recipient=Person("Sam Lee", "sam.lee@acme.example"),
        send_at=THANKS_AT, state=S.awaiting_approval, message_id="<fu.broken@example.com>",
        template="thank_you.txt", interview_id=1, last_error="cannot render: 'recipient' is undefined",
    )  # fmt: skip
    fid = desk.store.add_followup(broken, PLANNED, "test")
    desk.request()
    approval_jobs.send_requests(desk.rt, desk.store, PLANNED + timedelta(minutes=5), desk.sender)
    told = [m for m in desk.notices(PLANNED) if "cannot be shown" in str(m["Subject"])]
    assert len(told) == 1 and f"followup reject {fid}" in text_of(told[0])
    assert "sam.lee@acme.example" not in text_of(desk.requests()[0])


# --- replies ----------------------------------------------------------------------------------


def test_approve_by_reply_approves_all_and_confirms_when_each_goes(desk: Desk) -> None:
    request = desk.request()
    at = PLANNED + timedelta(hours=1)
    done = desk.answer(reply(request, "APPROVE", at), at)
    assert done is not None and done.count("approved #") == 3
    assert set(desk.states().values()) == {"approved"}
    [confirmation] = desk.notices(at)
    assert confirmation["To"].addresses[0].addr_spec == OWNER
    assert str(confirmation["Subject"]) == "followup: approved 3 follow-ups"
    assert (
        "Draft 1 to Jordan Ellis <jordan.ellis@northwind.example>: approved; goes Wed 9 Dec 2026 09:00 CET."
        in text_of(confirmation)
    )
    # The token was used: the same reply again (say, a second copy) changes nothing.
    assert desk.answer(reply(request, "REJECT", at + timedelta(minutes=1)), at + timedelta(minutes=1)) == (
        "refused: refused: this approval request was already answered at " + at.isoformat()
    )
    assert set(desk.states().values()) == {"approved"}


def test_reply_through_a_trusted_forwarder_counts(desk: Desk) -> None:
    request = desk.request()
    at = PLANNED + timedelta(hours=1)
    desk.answer(reply(request, "APPROVE 3", at, sender=f"Ana at work <{FORWARDER}>"), at)
    assert desk.states() == {JORDAN: "awaiting_approval", MEI: "awaiting_approval", PRIYA: "approved"}


def rescheduled() -> bytes:
    """Google Calendar's update of the invitation: same UID, SEQUENCE 1, moved to Thu 10 Dec."""
    raw = INVITATION.read_bytes()
    for old, new in (
        (b"20261208T100000", b"20261210T100000"),
        (b"20261208T110000", b"20261210T110000"),
        (b"SEQUENCE:0", b"SEQUENCE:1"),
        (b"Tuesday Dec 8, 2026", b"Thursday Dec 10, 2026"),
        (b"Subject: Invitation:", b"Subject: Updated invitation:"),
        (b"@ Tue Dec 8, 2026", b"@ Thu Dec 10, 2026"),
        (b"Date: Thu, 03 Dec 2026 10:02:12 -0500", b"Date: Fri, 04 Dec 2026 08:00:00 -0500"),
        (b"Message-ID: <000000000000a1c3f2060c7e2b44@", b"Message-ID: <0000000000001e5c4ed060c7e2b44@"),
    ):
        assert old in raw, old
        raw = raw.replace(old, new)
    return raw


def test_reply_to_a_request_whose_drafts_changed_since_changes_nothing_and_a_fresh_request_follows(desk: Desk) -> None:
    request = desk.request()
    moved = datetime(2026, 12, 4, 13, 0, tzinfo=UTC)
    with desk.store.transaction():
        route.process_mail(desk.rt, desk.store, rescheduled(), None, moved)
    assert "on Thursday" in (desk.by_recipient()[JORDAN].body or "")
    at = moved + timedelta(hours=1)
    # The owner answers the old request, its quote still saying "on Tuesday".
    assert desk.answer(reply(request, "APPROVE", at), at) == "stale: drafts 1, 2, 3 changed since the request"
    assert set(desk.states().values()) == {"awaiting_approval"}
    [notice] = desk.notices(at)
    assert "your reply changed nothing; a new request follows" in str(notice["Subject"])
    fresh = desk.request(at)
    assert fresh["Message-ID"] != request["Message-ID"] and "on Thursday" in text_of(fresh)
    later = at + timedelta(minutes=10)
    desk.answer(reply(fresh, "APPROVE", later), later)
    assert set(desk.states().values()) == {"approved"}
    followups = desk.by_recipient()
    assert not any(fu.edited for fu in followups.values())
    assert "on Thursday" in (followups[JORDAN].body or "") and "on Thursday" in (followups[MEI].body or "")


def test_confirmation_does_not_claim_drafts_that_had_moved_on(desk: Desk) -> None:
    request = desk.request()
    outbox.reject(desk.store, desk.by_recipient()[JORDAN].id or 0, PLANNED, via="cli")
    at = PLANNED + timedelta(hours=1)
    desk.answer(reply(request, "APPROVE", at), at)
    assert desk.states() == {JORDAN: "rejected", MEI: "approved", PRIYA: "approved"}
    [confirmation] = desk.notices(at)
    text = text_of(confirmation)
    assert str(confirmation["Subject"]) == "followup: approved 2 follow-ups"
    assert "Draft 1 to Jordan Ellis <jordan.ellis@northwind.example>: not changed, it is already rejected." in text
    assert "Draft 1 to Jordan Ellis <jordan.ellis@northwind.example>: approved" not in text


def test_partial_answer_leaves_the_rest_for_a_fresh_request(desk: Desk) -> None:
    request = desk.request()
    at = PLANNED + timedelta(hours=1)
    desk.answer(reply(request, "APPROVE 2", at), at)
    assert desk.states() == {JORDAN: "awaiting_approval", MEI: "approved", PRIYA: "awaiting_approval"}
    second = desk.request(at)
    assert len(desk.requests()) == 2 and "Approve 2 follow-ups" in str(second["Subject"])
    assert MEI not in text_of(second) and JORDAN in text_of(second)
    later = at + timedelta(minutes=30)
    desk.answer(reply(second, "REJECT", later), later)
    assert desk.states() == {JORDAN: "rejected", MEI: "approved", PRIYA: "rejected"}


def test_unclear_reply_changes_nothing_and_gets_a_one_line_answer(desk: Desk) -> None:
    request = desk.request()
    at = PLANNED + timedelta(hours=1)
    assert (desk.answer(reply(request, "approve?", at), at) or "").startswith("unclear:")
    assert set(desk.states().values()) == {"awaiting_approval"}
    [answer] = desk.notices(at)
    assert str(answer["Subject"]) == "followup: your reply was not understood"
    first = text_of(answer).split("\n")[0]
    assert first.startswith("Not understood: 'approve?' reads as a question. Nothing was changed; reply with APPROVE")


def test_refusals_are_told_once_and_a_robot_is_never_answered(desk: Desk) -> None:
    request = desk.request()
    at = PLANNED + timedelta(hours=1)
    for n in range(3):  # the same forger trying again and again
        raw = reply(request, "APPROVE", at, sender="Mallory <mallory@evil.example>", message_id=f"<m{n}@evil.example>")
        assert (desk.answer(raw, at) or "").startswith("refused: refused: mallory@evil.example is neither")
    auto = reply(request, "I am out of the office until Monday.", at, extra=(("Auto-Submitted", "auto-replied"),))
    assert (desk.answer(auto, at) or "").startswith("refused")
    [refusal] = desk.notices(at)
    assert "mallory@evil.example is neither the owner nor a trusted forwarder" in text_of(refusal)
    assert set(desk.states().values()) == {"awaiting_approval"}
    assert all(rcpt == [OWNER] for _, _, rcpt in desk.sender.sent)


def test_mail_without_a_token_is_left_to_detection(desk: Desk) -> None:
    raw = (
        b"From: Ana Example <ana@example.com>\r\nTo: ana.followup@example.com\r\nSubject: approve\r\n"
        b"Date: Thu, 03 Dec 2026 17:00:00 +0000\r\nMessage-ID: <plain@mail.example.com>\r\n\r\nAPPROVE\r\n"
    )
    assert desk.answer(raw, PLANNED + timedelta(hours=1)) is None
    assert set(desk.states().values()) == {"awaiting_approval"}


# --- reminders and expiry ---------------------------------------------------------------------


def test_an_unapproved_draft_due_after_expire_after_expires_when_it_is_due_and_the_owner_is_told_once(
    desk: Desk,
) -> None:
    desk.request()
    approval_jobs.housekeeping(desk.rt, desk.store, PLANNED + timedelta(days=3, hours=1))
    assert set(desk.states().values()) == {"awaiting_approval"}  # due in six days: not expired at three
    approval_jobs.housekeeping(desk.rt, desk.store, THANKS_AT - timedelta(minutes=1))
    assert set(desk.states().values()) == {"awaiting_approval"}
    approval_jobs.housekeeping(desk.rt, desk.store, THANKS_AT)
    approval_jobs.housekeeping(desk.rt, desk.store, THANKS_AT + timedelta(hours=1))
    assert desk.states() == {JORDAN: "expired", MEI: "expired", PRIYA: "awaiting_approval"}
    told = [m for m in desk.notices(THANKS_AT) if "expired" in str(m["Subject"])]
    assert len(told) == 2
    assert (
        "Draft #1 (thank each interviewer, to Jordan Ellis <jordan.ellis@northwind.example>) "
        "expired: not approved by its send time. It will not be sent unless you revive it: `followup revive 1`."
        in text_of(told[0])
    )
    approval_jobs.housekeeping(desk.rt, desk.store, THANKS_AT + timedelta(days=1))
    assert desk.notices(THANKS_AT + timedelta(days=1)) == []
    assert desk.dispatch(THANKS_AT) == []


def one_draft_at_a_time() -> Callable[[], bool]:
    """A should_stop that lets housekeeping examine one draft, then stops it (a pass over budget)."""
    asked = iter([False])
    return lambda: next(asked, True)


def test_housekeeping_cut_short_goes_on_where_it_stopped_and_reaches_every_draft(desk: Desk) -> None:
    desk.request()
    # Both thank-yous are due within REMIND_BEFORE: each gets a reminder, and neither changes
    # state, so a pass cut after one draft that started over from the first would remind one only.
    at = THANKS_AT - approval_jobs.REMIND_BEFORE + timedelta(minutes=1)
    reminded = lambda: sorted(k for k, _ in desk.store.unsent_notices() if k.startswith("remind:"))  # noqa: E731
    assert approval_jobs.housekeeping(desk.rt, desk.store, at, should_stop=one_draft_at_a_time()) is False
    assert len(reminded()) == 1
    assert approval_jobs.housekeeping(desk.rt, desk.store, at, should_stop=one_draft_at_a_time()) is False
    assert len(reminded()) == 2
    assert set(desk.states().values()) == {"awaiting_approval"}
    assert approval_jobs.housekeeping(desk.rt, desk.store, at) is True
    assert approval_jobs.housekeeping(desk.rt, desk.store, at, should_stop=lambda: True) is False


def test_a_pass_over_its_budget_leaves_the_outbound_work_to_the_next(desk: Desk) -> None:
    from followup.clock import FixedClock
    from followup.service import run_once

    desk.request()
    clock = FixedClock(THANKS_AT + timedelta(hours=1))
    run_once(desk.rt, desk.store, clock, sender=desk.sender, poll=False, budget_s=0.0)
    assert set(desk.states().values()) == {"awaiting_approval"}  # housekeeping did not start
    run_once(desk.rt, desk.store, clock, sender=desk.sender, poll=False, should_stop=lambda: True)
    assert set(desk.states().values()) == {"awaiting_approval"}  # nor when new mail waits
    run_once(desk.rt, desk.store, clock, sender=desk.sender, poll=False, budget_s=60.0)
    assert desk.states() == {JORDAN: "expired", MEI: "expired", PRIYA: "awaiting_approval"}


def test_a_draft_due_soon_expires_expire_after_after_its_request(tmp_path: Path) -> None:
    d = Desk(tmp_path, expire_after="3d")
    d.invite(THANKS_AT - timedelta(days=1))  # due tomorrow: three days to answer, then it expires
    d.request(THANKS_AT - timedelta(days=1))
    approval_jobs.housekeeping(d.rt, d.store, THANKS_AT + timedelta(hours=12))  # late, within max_lateness
    assert d.states()[JORDAN] == "awaiting_approval"


def test_expiry_counts_from_when_a_draft_went_back_to_waiting(desk: Desk) -> None:
    fid = desk.by_recipient()[JORDAN].id or 0
    outbox.approve(desk.rt, desk.store, fid, PLANNED, via="cli")
    back = PLANNED + timedelta(days=4)  # the interview moved, the text changed: approve again
    desk.store.transition(fid, S.awaiting_approval, "text changed; approve again", back, expect=S.approved)
    approval_jobs.housekeeping(desk.rt, desk.store, back + timedelta(minutes=1))
    assert desk.states()[JORDAN] == "awaiting_approval"
    approval_jobs.housekeeping(desk.rt, desk.store, back + timedelta(days=3))
    assert desk.states()[JORDAN] == "expired"


def test_reminder_comes_once_before_the_send_time(tmp_path: Path) -> None:
    d = Desk(tmp_path, expire_after="10d")
    d.invite()
    d.request()
    early = THANKS_AT - timedelta(hours=3, minutes=1)
    approval_jobs.housekeeping(d.rt, d.store, early)
    assert d.notices(early) == []
    for minutes in (0, 30, 60):
        approval_jobs.housekeeping(d.rt, d.store, THANKS_AT - timedelta(hours=3) + timedelta(minutes=minutes))
    reminders = d.notices(THANKS_AT)
    assert sorted(str(m["Subject"]) for m in reminders) == [
        "followup: reminder, draft #1 still needs your approval",
        "followup: reminder, draft #2 still needs your approval",
    ]
    assert "is due at Wed 9 Dec 2026 09:00 CET" in text_of(reminders[0])
    assert "reply APPROVE to its request, or run `followup approve" in text_of(reminders[0])
    approval_jobs.housekeeping(d.rt, d.store, THANKS_AT - timedelta(minutes=10))
    assert d.notices(THANKS_AT) == []
    assert set(d.states().values()) == {"awaiting_approval"}


def test_a_far_off_draft_is_reminded_of_before_its_send_time_not_before_expire_after(desk: Desk) -> None:
    desk.request()
    approval_jobs.housekeeping(desk.rt, desk.store, PLANNED + timedelta(days=3) - timedelta(hours=2))
    assert desk.notices(PLANNED + timedelta(days=3)) == []
    approval_jobs.housekeeping(desk.rt, desk.store, THANKS_AT - timedelta(hours=2))
    reminders = desk.notices(THANKS_AT)
    assert len(reminders) == 2
    assert "is due at Wed 9 Dec 2026 09:00 CET" in text_of(reminders[0])


def test_no_reminder_for_a_draft_created_close_to_its_deadline(tmp_path: Path) -> None:
    d = Desk(tmp_path, expire_after="10d")
    d.invite(THANKS_AT - timedelta(hours=2))  # found late: the request is the reminder
    approval_jobs.housekeeping(d.rt, d.store, THANKS_AT - timedelta(hours=1))
    assert [m for m in d.notices(THANKS_AT) if "reminder" in str(m["Subject"])] == []


def test_draft_approved_after_its_send_time_goes_at_the_next_window_opening(tmp_path: Path) -> None:
    d = Desk(tmp_path, expire_after="10d")
    d.invite()
    request = d.request()
    evening = datetime(2026, 12, 9, 17, 0, tzinfo=UTC)  # 18:00 Paris: business hours are over
    approval_jobs.housekeeping(d.rt, d.store, evening)  # 9h late, within the thank-you's max_lateness 1d
    d.answer(reply(request, "APPROVE 1", evening), evening)
    next_opening = datetime(2026, 12, 10, 8, 0, tzinfo=UTC)  # Thu 10 Dec 09:00 Paris
    assert d.by_recipient()[JORDAN].send_at == next_opening
    confirmation = next(m for m in d.notices(evening) if "approved" in str(m["Subject"]))
    assert "goes Thu 10 Dec 2026 09:00 CET" in text_of(confirmation)
    assert d.dispatch(evening + timedelta(hours=1)) == []
    assert d.dispatch(next_opening) == [d.by_recipient()[JORDAN].id]
    assert [rcpt for _, _, rcpt in d.sender.sent].count([JORDAN]) == 1


def test_draft_past_max_lateness_expires_and_a_late_approval_changes_nothing(tmp_path: Path) -> None:
    d = Desk(tmp_path, expire_after="10d")
    d.invite()
    request = d.request()
    too_late = THANKS_AT + timedelta(days=1, minutes=1)
    approval_jobs.housekeeping(d.rt, d.store, too_late)
    assert d.states()[JORDAN] == "expired" and d.states()[PRIYA] == "awaiting_approval"
    d.answer(reply(request, "APPROVE 1", too_late), too_late)
    assert d.states()[JORDAN] == "expired"
    notices = d.notices(too_late)
    assert any("not approved before its send time passed max_lateness" in text_of(m) for m in notices)
    assert any("not changed, it is already expired" in text_of(m) for m in notices)
    assert d.dispatch(too_late) == []


def test_pause_sends_nothing_but_approvals_still_collect(desk: Desk) -> None:
    request = desk.request()
    desk.store.set_paused(True)
    at = PLANNED + timedelta(hours=1)
    desk.answer(reply(request, "APPROVE", at), at)
    assert set(desk.states().values()) == {"approved"}
    report = outbox.dispatch_due(desk.rt, desk.store, THANKS_AT, sender=desk.sender)
    assert report.paused and report.sent == []
    assert [rcpt for _, _, rcpt in desk.sender.sent if rcpt != [OWNER]] == []
    desk.store.set_paused(False)
    assert len(desk.dispatch(THANKS_AT + timedelta(minutes=5))) == 2
    assert desk.states() == {JORDAN: "sent", MEI: "sent", PRIYA: "approved"}


def test_a_notice_without_a_subject_line_still_gets_a_one_line_subject(desk: Desk) -> None:
    desk.store.add_notice("odd", "first line\nsecond line", PLANNED)
    [notice] = desk.notices(PLANNED)
    assert str(notice["Subject"]) == "followup: first line second line"


def test_daily_summary_is_queued_once_a_day_at_its_time(tmp_path: Path) -> None:
    desk = Desk(tmp_path, summary='"08:00"')
    desk.invite()
    morning = datetime(2026, 12, 4, 6, 59, tzinfo=UTC)  # 07:59 in Paris: not yet
    assert not approval_jobs.daily_summary(desk.rt, desk.store, morning)
    at_eight = morning + timedelta(minutes=1)
    assert approval_jobs.daily_summary(desk.rt, desk.store, at_eight)
    assert not approval_jobs.daily_summary(desk.rt, desk.store, at_eight + timedelta(hours=3))
    [(key, text)] = desk.store.unsent_notices()
    assert key == "summary:2026-12-04"
    assert text.startswith("followup: your day, Friday 04 December")
    assert "3 drafts await your approval:" in text and "1 interview in the next 7 days:" in text
    assert approval_jobs.daily_summary(desk.rt, desk.store, at_eight + timedelta(days=1))


def test_no_daily_summary_unless_asked(desk: Desk) -> None:
    desk.invite()
    assert not approval_jobs.daily_summary(desk.rt, desk.store, PLANNED + timedelta(days=1))
    assert desk.store.unsent_notices() == []


def test_a_moved_interview_brings_a_fresh_request_without_waiting_for_a_reply(desk: Desk) -> None:
    old = desk.request()
    moved = datetime(2026, 12, 4, 13, 0, tzinfo=UTC)
    with desk.store.transaction():
        route.process_mail(desk.rt, desk.store, rescheduled(), None, moved)
    fresh = desk.request(moved)
    assert fresh["Message-ID"] != old["Message-ID"]
    assert "on Thursday" in text_of(fresh)
    # The old request, answered anyway, is stale: nothing changes.
    at = moved + timedelta(hours=1)
    assert (desk.answer(reply(old, "APPROVE", at), at) or "").startswith("stale:")
    assert set(desk.states().values()) == {"awaiting_approval"}


def test_the_daily_summary_is_on_by_default_with_what_needs_you_and_what_happened(tmp_path: Path) -> None:
    from followup.config import ApprovalConfig
    from followup.corrections import InterviewChange, correct_interview

    assert ApprovalConfig().daily_summary == "08:00"
    desk = Desk(tmp_path, summary='"08:00"')
    desk.invite()
    fid = desk.by_recipient()[JORDAN].id or 0
    outbox.approve(desk.rt, desk.store, fid, PLANNED, via="cli")
    desk.store.transition(fid, S.failed, "550 no such user", PLANNED, expect=S.approved, last_error="550 no such user")
    correct_interview(desk.rt, desk.store, 1, InterviewChange(role="Staff Engineer"), PLANNED, via="cli")
    at_eight = datetime(2026, 12, 4, 7, 0, tzinfo=UTC)
    assert approval_jobs.daily_summary(desk.rt, desk.store, at_eight)
    [(_, text)] = desk.store.unsent_notices()
    assert "Needs you:\n  follow-up #1 (thank each interviewer, to jordan.ellis@northwind.example) failed: 550" in text
    assert "`followup approve 1`, or `followup reject 1`" in text
    assert "What happened in the last 24 hours:\n  you corrected (interview #1): role: Staff Engineer" in text
