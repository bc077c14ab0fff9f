"""Approval by e-mail, end to end, on the real Dovecot and a real (aiosmtpd) SMTP server.

An interview invitation is APPENDed to the watched folder; `followup run --once --now ISO`
mails the owner an approval request; the owner's reply (written the way mail clients write
them: top-posted command, the request quoted below an attribution line) is APPENDed; the next
run acts on it and answers with a confirmation; at the send time the follow-up goes out exactly
once and its copy lands in the Sent folder. The forgery tests check that a reply which must
not count changes nothing. The whole round runs `python -m followup` as a subprocess, as
systemd would; the variants call `service.run_once` in-process (same code, faster).
"""

from __future__ import annotations

import email
import html
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, UTC
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from followup.clock import FixedClock
from followup.config import read_config
from followup.runtime import load_runtime
from followup.service import RunReport, run_once
from followup.store import Store
from tests.integration.conftest import ImapAccount
from tests.integration.smtpd import Captured, SmtpServer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
INVITATION = ROOT / "daemon" / "followup" / "demo" / "mail" / "02_interview_invitation.eml"
PASSWORD_ENV = "FOLLOWUP_TEST_IMAP_PASSWORD"
OWNER = "ana@example.com"
OWNER_FROM = f"Ana Example <{OWNER}>"
ADDRESS = "ana.followup@example.com"  # mailbox.address: requests come from it, replies go to it
UTC = UTC

# The invitation (demo mail 02) was sent Thu 3 Dec 2026 15:02 UTC for an interview on Tue 8 Dec,
# 10:00-11:00 New York time. The thank-yous go at 09:00 Paris time on Wed 9 Dec (end + 2h falls
# after business hours), the check-in on Tue 15 Dec.
T_REQUEST = datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
T_REPLY = datetime(2026, 12, 3, 17, 0, tzinfo=UTC)
T_ACT = datetime(2026, 12, 3, 17, 5, tzinfo=UTC)
T_SEND = datetime(2026, 12, 9, 8, 0, tzinfo=UTC)
THANKS = ("jordan.ellis@northwind.example", "mei.tanaka@northwind.example")
CHECK_IN = "priya.raman@northwind.example"


def write_config(
    path: Path,
    account: ImapAccount,
    smtp: SmtpServer,
    *,
    sent_folder: str,
    state_dir: Path,
    owner_email: str = OWNER,
    forwarders: Sequence[str] = (),
    expire_after: str = "3d",
) -> Path:
    """Write a config.yaml for this test: the test's Dovecot folder, the aiosmtpd server, the project rules."""
    forwarders_yaml = json.dumps(list(forwarders))
    path.write_text(
        f"""\
owner:
  name: Ana Example
  email: {owner_email}
  timezone: Europe/Paris
  signature: |
    Ana Example
  forwarders: {forwarders_yaml}
mailbox:
  source: imap
  host: {account.host}
  port: {account.port}
  security: plain
  username: {account.user}
  password: {{env: {PASSWORD_ENV}}}
  address: {ADDRESS}
  folders: [{account.folder}]
  idle: false
  backfill: 3650d
  timeout: 10s
smtp:
  host: {smtp.host}
  port: {smtp.port}
  security: plain
  save_sent_to: {sent_folder}
  max_per_day: 20
  timeout: 5s
approval:
  via: [cli, email]
  expire_after: {expire_after}
  daily_summary: null
rules: {ROOT / "rules"}/
templates: {ROOT / "rules" / "templates"}/
state_dir: {state_dir}
""",
        encoding="utf-8",
    )
    return path


@dataclass
class World:
    """One test's mailbox, SMTP capture and config, with the daemon's commands at hand."""

    account: ImapAccount
    smtp: SmtpServer
    config_path: Path
    sent_folder: str

    # --- the daemon ---

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run `python -m followup --config ... ARGS` as a subprocess; fail the test on a non-zero exit."""
        env = {**os.environ, PASSWORD_ENV: self.account.password, "PYTHONPATH": str(ROOT / "daemon")}
        done = subprocess.run(
            [sys.executable, "-m", "followup", "--config", str(self.config_path), *args],
            capture_output=True, text=True, env=env, timeout=60, cwd=ROOT,
        )  # fmt: skip
        assert done.returncode == 0, (
            f"followup {' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
        )
        return done

    def run_cli(self, now: datetime) -> str:
        """`followup run --once --now ISO` as a subprocess; its output."""
        return self.cli("run", "--once", "--now", now.isoformat()).stdout

    def run(self, now: datetime) -> RunReport:
        """The same pass in-process (faster): service.run_once with a FixedClock."""
        rt = load_runtime(read_config(self.config_path))
        store = Store.open(rt.config.state_path)
        try:
            return run_once(rt, store, FixedClock(now))
        finally:
            store.close()

    def store(self) -> Store:
        return Store.open(read_config(self.config_path).state_path)

    def followups(self) -> list[dict[str, object]]:
        """`followup followups --json`, parsed."""
        return list(json.loads(self.cli("followups", "--json").stdout))

    def states(self) -> dict[str, str]:
        """The state of each follow-up, by recipient address (in-process read of the store)."""
        store = self.store()
        try:
            return {fu.recipient.email or "": fu.state.value for fu in store.followups()}
        finally:
            store.close()

    # --- the mail ---

    def deliver(self, raw: bytes, when: datetime) -> None:
        """APPEND a message to the watched folder with INTERNALDATE `when`."""
        self.account.append(raw, when)

    def to_owner(self) -> list[EmailMessage]:
        """Every message the daemon mailed to the owner, parsed, in order."""
        return [parse(c) for c in self.smtp.messages if c.rcpt_tos == [OWNER]]

    def requests(self) -> list[EmailMessage]:
        return [m for m in self.to_owner() if str(m["Message-ID"]).startswith("<approval.")]

    def notices(self) -> list[EmailMessage]:
        return [m for m in self.to_owner() if not str(m["Message-ID"]).startswith("<approval.")]

    def to_recipients(self) -> list[Captured]:
        """Everything that went to anyone but the owner: the follow-ups themselves."""
        return [c for c in self.smtp.messages if c.rcpt_tos != [OWNER]]

    def sent_copies(self) -> list[tuple[EmailMessage, tuple[bytes, ...]]]:
        """The messages in the Sent folder, parsed, with their flags."""
        client = self.account.client()
        try:
            client.select_folder(self.sent_folder, readonly=True)
            uids = client.search("ALL")
            data = client.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}
            return [(email.message_from_bytes(d[b"BODY[]"], policy=policy.default), d[b"FLAGS"]) for d in data.values()]
        finally:
            client.logout()


@pytest.fixture
def world(imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    """A configured daemon for this test, its mailbox holding nothing yet."""
    monkeypatch.setenv(PASSWORD_ENV, imap_account.password)
    sent_folder = f"{imap_account.folder}Sent"
    imap_account.create_folder(sent_folder)
    config = write_config(
        tmp_path / "config.yaml", imap_account, smtp_server, sent_folder=sent_folder, state_dir=tmp_path / "state"
    )
    return World(imap_account, smtp_server, config, sent_folder)


def parse(captured: Captured) -> EmailMessage:
    message = email.message_from_bytes(captured.data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def text_of(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def token_of(request: EmailMessage) -> str:
    message_id = str(request["Message-ID"])
    assert message_id.startswith("<approval.") and message_id.endswith(f"@{ADDRESS.split('@')[1]}>")
    return message_id[len("<approval.") :].split("@")[0]


def reply(
    request: EmailMessage,
    command: str,
    *,
    sender: str = OWNER_FROM,
    date: datetime = T_REPLY,
    quoted: str | None = None,
    in_reply_to: str | None = "same",
    subject: str | None = None,
    extra_headers: Sequence[tuple[str, str]] = (),
    message_id: str | None = None,
) -> bytes:
    """The owner's reply as a mail client writes it: the command on top, the request quoted below."""
    body = text_of(request) if quoted is None else quoted
    quote = "\n".join(f"> {line}" if line else ">" for line in body.rstrip("\n").split("\n"))
    attribution = f"On Thu, 3 Dec 2026 at 17:00, followup <{ADDRESS}> wrote:"
    message = EmailMessage(policy=policy.SMTP)
    for name, value in extra_headers:
        message[name] = value
    message["From"] = sender
    message["To"] = f"followup <{ADDRESS}>"
    message["Subject"] = subject if subject is not None else f"Re: {request['Subject']}"
    message["Date"] = format_datetime(date)
    stamp = int(date.timestamp())
    message["Message-ID"] = message_id or f"<reply.{stamp}.{abs(hash((command, sender))) % 10**8}@mail.example.com>"
    if in_reply_to is not None:
        ref = str(request["Message-ID"]) if in_reply_to == "same" else in_reply_to
        message["In-Reply-To"] = ref
        message["References"] = ref
    message.set_content(f"{command}\n\n{attribution}\n{quote}\n")
    return bytes(message)


def cancellation() -> bytes:
    """Google Calendar's cancellation of the invited interview: same UID, METHOD:CANCEL, SEQUENCE 1."""
    raw = INVITATION.read_bytes()
    for old, new in (
        (b"METHOD:REQUEST", b"METHOD:CANCEL"),
        (b"method=REQUEST", b"method=CANCEL"),
        (b"STATUS:CONFIRMED", b"STATUS:CANCELLED"),
        (b"SEQUENCE:0", b"SEQUENCE:1"),
        (b"Subject: Invitation:", b"Subject: Canceled event:"),
        (b"Date: Thu, 03 Dec 2026 10:02:12 -0500", b"Date: Fri, 04 Dec 2026 03:55:00 -0500"),
        (b"Message-ID: <000000000000a1c3f2060c7e2b44@", b"Message-ID: <000000000000c4ncel060c7e2b44@"),
        (
            b"You have been invited to the following event.",
            b"This event has been canceled and removed from your calendar.",
        ),
    ):
        assert old in raw, old
        raw = raw.replace(old, new)
    return raw


def invited(world: World) -> EmailMessage:
    """Deliver the invitation and run a pass: return the one approval request it produced."""
    world.deliver(INVITATION.read_bytes(), datetime(2026, 12, 3, 15, 2, tzinfo=UTC))
    world.run(T_REQUEST)
    requests = world.requests()
    assert len(requests) == 1, [str(m["Subject"]) for m in world.to_owner()]
    return requests[0]


def nothing_changed(world: World) -> None:
    """The three drafts still await approval and no follow-up went to anyone."""
    assert world.states() == dict.fromkeys((*THANKS, CHECK_IN), "awaiting_approval")
    assert world.to_recipients() == []


# --- the whole round, as systemd would run it ------------------------------------------------


def test_whole_round_request_reply_approve_send_once_with_sent_copy(world: World) -> None:
    world.deliver(INVITATION.read_bytes(), datetime(2026, 12, 3, 15, 2, tzinfo=UTC))
    out = world.run_cli(T_REQUEST)
    assert "approval requests mailed: 1" in out

    # The request: from the mailbox's own address to the owner, the token in subject and Message-ID.
    assert len(world.smtp.messages) == 1
    captured = world.smtp.messages[0]
    assert captured.mail_from == ADDRESS and captured.rcpt_tos == [OWNER]
    request = parse(captured)
    token = token_of(request)
    assert f"[followup #{token}]" in str(request["Subject"])
    assert str(request["From"]) == f"followup <{ADDRESS}>"
    text = text_of(request)
    for address in (*THANKS, CHECK_IN):
        assert address in text
    assert "APPROVE" in text and "REJECT" in text
    assert "Wed 9 Dec 2026 09:00 CET" in text  # when each draft goes, in the owner's zone

    # The request's own copy landing in the watched mailbox is not news (DESIGN §6).
    world.deliver(captured.data, T_REQUEST)
    # The owner answers from a phone: APPROVE on top of the quoted request.
    world.deliver(reply(request, "APPROVE"), T_REPLY)
    acted = world.run_cli(T_ACT)
    assert acted.count("approved: approved by the owner (e-mail)") == 3  # run --once says what happened

    followups = world.followups()
    assert len(followups) == 3
    assert {f["state"] for f in followups} == {"approved"}
    assert all(f["interview_id"] == followups[0]["interview_id"] for f in followups)
    confirmations = world.notices()
    assert len(confirmations) == 1
    confirmation = text_of(confirmations[0])
    assert "approve all drafts" in confirmation and "goes Wed 9 Dec 2026 09:00 CET" in confirmation
    assert confirmations[0]["From"].addresses[0].addr_spec == ADDRESS
    assert len(world.requests()) == 1 and world.to_recipients() == []
    # The confirmation's copy lands in the watched mailbox too: also not news.
    world.deliver(world.smtp.messages[-1].data, T_ACT)

    # At the send time the thank-yous go, each once; a second pass sends nothing more.
    out = world.run_cli(T_SEND)
    assert out.count(": sent (") == 2
    world.run_cli(T_SEND + timedelta(minutes=5))
    sent = world.to_recipients()
    assert sorted(c.rcpt_tos[0] for c in sent) == sorted(THANKS)
    for c in sent:
        assert c.mail_from == OWNER
        note = parse(c)
        assert "Thank you for taking the time to speak with me" in text_of(note)
    states = {f["to"][0]: f["state"] for f in world.followups()}  # type: ignore[index]
    assert states == {THANKS[0]: "sent", THANKS[1]: "sent", CHECK_IN: "approved"}
    store = world.store()
    try:
        outcomes = sorted(m.outcome for m in store.messages(world.account.folder))
        assert outcomes == ["approval", "event", "own", "own"]
        assert len(store.interviews()) == 1
    finally:
        store.close()

    # Each sent note has its copy in the Sent folder, flagged \Seen, with the fixed Message-ID.
    copies = world.sent_copies()
    assert sorted(str(m["Message-ID"]) for m, _ in copies) == sorted(str(parse(c)["Message-ID"]) for c in sent)
    assert all(b"\\Seen" in flags for _, flags in copies)


# --- the variants: reject, edit --------------------------------------------------------------


def test_reject_by_reply_means_nothing_is_ever_sent(world: World) -> None:
    request = invited(world)
    world.deliver(reply(request, "REJECT"), T_REPLY)
    world.run(T_ACT)
    assert set(world.states().values()) == {"rejected"}
    assert "reject all drafts" in text_of(world.notices()[-1])
    for when in (T_SEND, datetime(2026, 12, 15, 16, 0, tzinfo=UTC), datetime(2026, 12, 20, 9, 0, tzinfo=UTC)):
        world.run(when)
    assert world.to_recipients() == []
    assert len(world.requests()) == 1  # rejected drafts are never asked about again


def test_edited_draft_is_sent_verbatim(world: World) -> None:
    request = invited(world)
    original = "If there's anything else I can share that would help, please let me know."
    edited = "I have put the queue back-pressure sketch we discussed in a short doc and will send it over today."
    body = text_of(request)
    assert body.count(original) == 2  # in each thank-you draft; we edit draft 1's only
    start = body.index("=== DRAFT 1 ")
    quoted = body[:start] + body[start:].replace(original, edited, 1)
    world.deliver(reply(request, "APPROVE 1", quoted=quoted), T_REPLY)
    world.run(T_ACT)
    states = world.states()
    assert states[THANKS[0]] == "approved" and states[THANKS[1]] == states[CHECK_IN] == "awaiting_approval"
    assert "edited: draft 1" in text_of(world.notices()[-1])
    # Drafts 2 and 3 are still open: a fresh request asks about them alone.
    assert len(world.requests()) == 2 and "Approve 2 follow-ups" in str(world.requests()[-1]["Subject"])

    world.run(T_SEND)
    sent = world.to_recipients()
    assert [c.rcpt_tos for c in sent] == [[THANKS[0]]]
    text = text_of(parse(sent[0]))
    assert edited in text and original not in text
    assert text.startswith("Hi Jordan,")


def outlook_html_reply(request: EmailMessage, command: str, quoted: str, date: datetime) -> bytes:
    """Outlook's HTML-only reply: the command in a paragraph, then a From/Sent/To/Subject block
    and the request, each of its lines a `MsoNormal` paragraph, with no '>' quoting at all."""
    def para(text: str) -> str:
        return f'<p class="MsoNormal">{html.escape(text) if text else "<o:p>&nbsp;</o:p>"}</p>'

    header = (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
        f'<p class="MsoNormal"><b>From:</b> followup &lt;{ADDRESS}&gt;'
        "<br><b>Sent:</b> Thursday, December 3, 2026 5:00 PM"
        f"<br><b>To:</b> Ana Example &lt;{OWNER}&gt;"
        f"<br><b>Subject:</b> {html.escape(str(request['Subject']))}</p></div>"
    )
    body = "".join(para(line) for line in quoted.replace("\r\n", "\n").rstrip("\n").split("\n"))
    page = (
        '<html><body lang="EN-US"><div class="WordSection1">'
        f'{para(command)}{para("")}{header}{body}</div></body></html>'
    )
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = OWNER_FROM
    message["To"] = f"followup <{ADDRESS}>"
    message["Subject"] = f"RE: {request['Subject']}"
    message["Date"] = format_datetime(date)
    message["Message-ID"] = "<DM6PR11MB4242@namprd11.prod.outlook.com>"
    message["In-Reply-To"] = str(request["Message-ID"])
    message["References"] = str(request["Message-ID"])
    message.set_content(page, subtype="html")
    return bytes(message)


def test_outlook_html_only_reply_with_an_edited_draft_sends_the_edit(world: World) -> None:
    request = invited(world)
    original = "If there's anything else I can share that would help, please let me know."
    edited = "Thank you as well for the tour of the on-call dashboards; it made the role very concrete."
    body = text_of(request).replace("\r\n", "\n")
    start = body.index("=== DRAFT 2 ")
    quoted = body[:start] + body[start:].replace(original, edited, 1)
    world.deliver(outlook_html_reply(request, "APPROVE 2", quoted, T_REPLY), T_REPLY)
    world.run(T_ACT)
    assert world.states() == {THANKS[0]: "awaiting_approval", THANKS[1]: "approved", CHECK_IN: "awaiting_approval"}
    world.run(T_SEND)
    [sent] = world.to_recipients()
    assert sent.rcpt_tos == [THANKS[1]]
    text = text_of(parse(sent))
    assert edited in text and original not in text and text.startswith("Hi Mei,")


# --- forgeries and unclear replies: each changes nothing ---------------------------------------


def test_stranger_quoting_the_token_changes_nothing(world: World) -> None:
    request = invited(world)
    world.deliver(reply(request, "APPROVE", sender="Mallory <mallory@evil.example>"), T_REPLY)
    world.run(T_ACT)
    nothing_changed(world)
    refusals = world.notices()
    assert len(refusals) == 1 and "mallory@evil.example is neither the owner" in text_of(refusals[0])
    assert all(c.rcpt_tos == [OWNER] for c in world.smtp.messages)  # the stranger is never answered


@pytest.mark.parametrize("variant", ["no token", "wrong token"])
def test_owner_reply_without_the_right_token_changes_nothing(world: World, variant: str) -> None:
    request = invited(world)
    if variant == "no token":
        raw = reply(request, "APPROVE", in_reply_to=None, subject="approve the Northwind follow-ups")
    else:
        wrong = "Zz" + token_of(request)[2:]
        raw = reply(
            request,
            "APPROVE",
            in_reply_to=f"<approval.{wrong}@example.com>",
            subject=f"Re: [followup #{wrong}] Approve",
        )
    world.deliver(raw, T_REPLY)
    world.run(T_ACT)
    nothing_changed(world)
    assert len(world.requests()) == 1
    if variant == "wrong token":
        assert "no approval request matches" in text_of(world.notices()[-1])


def test_replay_of_an_old_approval_after_a_rejection_changes_nothing(world: World) -> None:
    request = invited(world)
    approval = reply(request, "APPROVE", date=T_REPLY, message_id="<approve.1@mail.example.com>")
    world.deliver(reply(request, "REJECT", date=T_REPLY + timedelta(minutes=1)), T_REPLY)
    world.run(T_ACT)
    assert set(world.states().values()) == {"rejected"}
    # The approval written earlier turns up later (a delayed copy, or someone replaying it).
    world.deliver(approval, T_ACT)
    world.run(T_ACT + timedelta(minutes=5))
    world.run(T_SEND)
    assert set(world.states().values()) == {"rejected"}
    assert world.to_recipients() == []
    assert "already answered" in text_of(world.notices()[-1])


def test_approval_for_cancelled_followups_changes_nothing(world: World) -> None:
    request = invited(world)
    world.deliver(cancellation(), datetime(2026, 12, 4, 9, 0, tzinfo=UTC))
    world.run(datetime(2026, 12, 4, 9, 5, tzinfo=UTC))
    assert set(world.states().values()) == {"cancelled"}
    world.deliver(reply(request, "APPROVE", date=datetime(2026, 12, 4, 10, 0, tzinfo=UTC)), T_REPLY)
    world.run(datetime(2026, 12, 4, 10, 5, tzinfo=UTC))
    world.run(T_SEND)
    assert set(world.states().values()) == {"cancelled"}
    assert world.to_recipients() == []
    assert "no longer awaiting approval" in text_of(world.notices()[-1])


def test_approval_after_cli_reject_changes_nothing_for_that_draft(world: World) -> None:
    request = invited(world)
    store = world.store()
    try:
        ids = {fu.recipient.email: fu.id for fu in store.followups()}
    finally:
        store.close()
    for address in (*THANKS, CHECK_IN):
        world.cli("reject", str(ids[address]))
    world.deliver(reply(request, "APPROVE 1"), T_REPLY)
    world.run(T_ACT)
    world.run(T_SEND)
    assert set(world.states().values()) == {"rejected"}
    assert world.to_recipients() == []


def test_reply_failing_dkim_and_spf_changes_nothing(world: World) -> None:
    request = invited(world)
    header = (
        "Authentication-Results",
        "mx.example.com; dkim=fail header.d=example.com; spf=fail smtp.mailfrom=ana@example.com",
    )
    world.deliver(reply(request, "APPROVE", extra_headers=[header]), T_REPLY)
    world.run(T_ACT)
    nothing_changed(world)
    assert "dkim=fail" in text_of(world.notices()[-1])


@pytest.mark.parametrize("command", ["approve?", "yes but change the time"])
def test_ambiguous_reply_changes_nothing_and_gets_a_one_line_answer(world: World, command: str) -> None:
    request = invited(world)
    world.deliver(reply(request, command), T_REPLY)
    world.run(T_ACT)
    nothing_changed(world)
    answers = world.notices()
    assert len(answers) == 1
    lines = [line for line in text_of(answers[0]).splitlines() if line.strip()]
    assert lines[0].startswith("Not understood") and "APPROVE" in lines[0] and "Nothing was changed" in lines[0]
    # The request stays answerable: a clear reply afterwards still works.
    world.deliver(reply(request, "APPROVE", date=T_REPLY + timedelta(minutes=10)), T_ACT)
    world.run(T_ACT + timedelta(minutes=10))
    assert set(world.states().values()) == {"approved"}
