"""The promise under attack and faults, against the real Dovecot and scripted SMTP servers.

1. `approval: auto` trusts only the owner's own server: forged Authentication-Results, a
   spoofed forwarder and a genuine pass on an attacker's domain send nothing on their own.
2. A server that stores the message and then hangs or drops the connection gets it once:
   the send is settled from the Sent folder, else `unknown`, never retried blindly.
3. The `sending` claim is on disk before the SMTP connection opens.
4. Nothing stays in `sending`: without a Sent folder the note is `unknown` within the pass,
   with a notice and a "needs you" line; each Sent copy is appended right after its send.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from datetime import datetime, UTC
from email.message import EmailMessage
from pathlib import Path

import pytest

from followup import outbox, service
from followup.service import status_data
from followup.clock import FixedClock
from followup.config import read_config
from followup.model import FollowUpState
from followup.runtime import Runtime, load_runtime
from followup.store import Store
from tests.integration.conftest import ImapAccount, write_followup_config
from tests.integration.smtpd import SmtpServer
from tests.unit.test_holes import auto_rules

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
INVITE = (ROOT / "daemon" / "followup" / "demo" / "mail" / "02_interview_invitation.eml").read_bytes()
PASSWORD_VAR = "FOLLOWUP_TEST_IMAP_PASSWORD"
ARRIVED = datetime(2026, 12, 3, 15, 5, tzinfo=UTC)
PLANNED = datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
DUE = datetime(2026, 12, 9, 8, 5, tzinfo=UTC)
OWNER = "ana@example.com"
MX = "mx.example.com"
S = FollowUpState


# --- helpers ---------------------------------------------------------------------------------


def open_world(
    tmp_path: Path, account: ImapAccount, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch, *,
    sent: str, authserv_id: str | None = None, rules: Path | None = None,
) -> tuple[Runtime, Store]:  # fmt: skip
    monkeypatch.setenv(PASSWORD_VAR, account.password)
    extra = "  backfill: 3650d\n" + (f"  authserv_id: {authserv_id}\n" if authserv_id else "")
    config = write_followup_config(
        tmp_path, account, smtp_host=smtp.host, smtp_port=smtp.port, sent=sent, password_var=PASSWORD_VAR,
        mailbox_extra=extra, approval="{via: [cli], expire_after: 10d}", rules=rules,
    )  # fmt: skip
    rt = load_runtime(read_config(config))
    return rt, Store.open(rt.config.state_path)


def run(rt: Runtime, store: Store, at: datetime) -> service.RunReport:
    return service.run_once(rt, store, FixedClock(at))


def notes(smtp: SmtpServer) -> list[bytes]:
    """What went to anyone but the owner: follow-ups, not notices."""
    return [m.data for m in smtp.messages if m.rcpt_tos != [OWNER]]


def with_results(raw: bytes, *headers: str, sender: str | None = None) -> bytes:
    """The invitation with its Authentication-Results replaced by `headers` (topmost first)."""
    head, _, body = raw.partition(b"\n\n")
    lines, skipping = [], False
    for line in head.split(b"\n"):
        if line.lower().startswith(b"authentication-results:"):
            skipping = True
            continue
        if skipping and line[:1] in (b" ", b"\t"):
            continue
        skipping = False
        if sender and line.lower().startswith((b"from:", b"return-path:", b"reply-to:")):
            name = line.split(b":", 1)[0]
            line = name + b": " + sender.encode()
        lines.append(line)
    top = [f"Authentication-Results: {h}".encode() for h in headers]
    return b"\n".join(top + lines) + b"\n\n" + body


def forwarded_by(sender: str, original: bytes, *headers: str) -> bytes:
    """A forward of `original` (attached as message/rfc822) written as from `sender`."""
    outer = EmailMessage()
    outer["From"] = sender
    outer["To"] = "ana.followup@example.com"
    outer["Subject"] = "Fwd: Invitation: Northwind Labs - Technical Interview"
    outer["Date"] = "Thu, 03 Dec 2026 15:04:00 +0000"
    outer["Message-ID"] = "<fwd-1@example.com>"
    outer.set_content("See below.\n")
    outer.add_attachment(email.message_from_bytes(original, policy=email.policy.default))
    raw = outer.as_bytes(policy=email.policy.SMTP)
    return b"".join(f"Authentication-Results: {h}\r\n".encode() for h in headers) + raw


def maybe_delivered(
    fault: str, tmp_path: Path, account: ImapAccount, make_smtp_server: Callable[..., SmtpServer],
    monkeypatch: pytest.MonkeyPatch, *, server_files_sent: bool,
) -> tuple[Store, SmtpServer, int, str]:  # fmt: skip
    """Four passes over a note whose send meets `fault`; the store, server, its id and Sent folder."""
    smtp = make_smtp_server(data_script=[fault])
    sent = f"{account.folder}Sent"
    account.create_folder(sent)
    account.append(INVITE, ARRIVED)
    if server_files_sent:
        # As Gmail and Microsoft 365 do: the submission server files what it accepted in Sent.
        smtp.handler.on_store = lambda data: account.append(data, folder=sent, flags=["\\Seen"])
    rt, store = open_world(tmp_path, account, smtp, monkeypatch, sent=sent)
    run(rt, store, PLANNED)
    first = approve_all(rt, store)[0]
    for minutes in (0, 5, 10, 15):
        run(rt, store, DUE.replace(minute=5 + minutes))
        smtp.release_hangs()
    return store, smtp, first, sent


def approved_world(
    tmp_path: Path, account: ImapAccount, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> tuple[Runtime, Store, str]:
    """The invitation planned, both thank-you notes approved, a Sent folder; and its name."""
    sent = f"{account.folder}Sent"
    account.create_folder(sent)
    account.append(INVITE, ARRIVED)
    rt, store = open_world(tmp_path, account, smtp, monkeypatch, sent=sent)
    run(rt, store, PLANNED)
    assert len(approve_all(rt, store)) == 2
    return rt, store, sent


def approve_all(rt: Runtime, store: Store) -> list[int]:
    waiting = store.followups(S.awaiting_approval)
    ids = [f.id for f in waiting if f.rule == "thank each interviewer" and f.id is not None]
    for fid in ids:
        outbox.approve(rt, store, fid, PLANNED, via="cli")
    return ids


# --- 1. trust for approval: auto ----------------------------------------------------------------

GENUINE = (
    f"{MX}; dkim=pass header.i=@northwind.example header.s=google; "
    "spf=pass smtp.mailfrom=priya.raman@northwind.example; dmarc=pass header.from=northwind.example"
)

FORGED = {
    # The receiving server adds nothing; the stranger's own header claims a pass (the old hole).
    "self-written dkim and spf pass, no authserv_id set": (None, with_results(INVITE, GENUINE)),
    "self-written dkim pass under the sender's own id": (
        MX, with_results(INVITE, "northwind.example; dkim=pass header.d=northwind.example")),
    "self-written spf pass under another server's id": (
        MX, with_results(INVITE, "relay.example; spf=pass smtp.mailfrom=priya.raman@northwind.example")),
    "a forged copy of the owner's id below the server's own verdict": (
        MX, with_results(INVITE, f"{MX}; dkim=none; spf=softfail smtp.mailfrom=northwind.example", GENUINE)),
    "a spoofed forwarder From": (
        MX, forwarded_by("Ana Example <ana@example.com>", with_results(INVITE),
                         f"{MX}; spf=fail smtp.mailfrom=ana@example.com; dkim=none")),
    "a spoofed forwarder From without any verdict": (
        MX, forwarded_by("Ana Example <ana@example.com>", with_results(INVITE))),
    "a genuine dkim pass on the attacker's own domain, attendees elsewhere": (
        MX, with_results(INVITE, f"{MX}; dkim=pass header.d=evil.example; spf=pass smtp.mailfrom=priya@evil.example",
                         sender="Priya Raman <priya@evil.example>")),
}


@pytest.mark.parametrize("case", sorted(FORGED))
def test_forged_trust_sends_nothing_without_approval(
    case: str, tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    authserv_id, raw = FORGED[case]
    sent = f"{imap_account.folder}Sent"
    imap_account.create_folder(sent)
    imap_account.append(raw, ARRIVED)
    rt, store = open_world(tmp_path, imap_account, smtp_server, monkeypatch, sent=sent,
                           authserv_id=authserv_id, rules=auto_rules(tmp_path))  # fmt: skip
    run(rt, store, PLANNED)
    drafts = store.followups()
    assert drafts, "the invitation was not even planned: the test would prove nothing"
    assert all(f.state is S.awaiting_approval for f in drafts)
    for at in (DUE, DUE.replace(hour=12)):
        run(rt, store, at)
    assert notes(smtp_server) == []


def test_the_owners_own_server_verdict_does_make_auto_notes_go(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The control: the same mail with the verdict of the configured server goes out on its own,
    # to the interviewers at the authenticated domain.
    sent = f"{imap_account.folder}Sent"
    imap_account.create_folder(sent)
    imap_account.append(with_results(INVITE, GENUINE), ARRIVED)
    rt, store = open_world(tmp_path, imap_account, smtp_server, monkeypatch, sent=sent, authserv_id=MX,
                           rules=auto_rules(tmp_path))  # fmt: skip
    run(rt, store, PLANNED)
    run(rt, store, DUE)
    rcpts = sorted(r for m in smtp_server.messages if m.rcpt_tos != [OWNER] for r in m.rcpt_tos)
    assert rcpts == ["jordan.ellis@northwind.example", "mei.tanaka@northwind.example"]


# --- 2. after the final dot, only the server's reply counts ------------------------------------


@pytest.mark.parametrize("fault", ["store-then-hang", "store-then-drop"])
@pytest.mark.parametrize(("server_files_sent", "settled"), [(True, S.sent), (False, S.unknown)])
def test_a_maybe_delivered_send_is_settled_from_sent_and_never_repeated(
    fault: str, server_files_sent: bool, settled: FollowUpState, tmp_path: Path, imap_account: ImapAccount,
    make_smtp_server: Callable[..., SmtpServer], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    store, smtp, fid, sent = maybe_delivered(fault, tmp_path, imap_account, make_smtp_server, monkeypatch,
                                             server_files_sent=server_files_sent)  # fmt: skip
    fu = store.followup(fid)
    assert fu is not None and fu.state is settled
    assert len([m for m in smtp.messages if m.rcpt_tos == [fu.recipient.email]]) == 1
    if server_files_sent:
        # The server's copy settles it; followup adds none of its own for a note it could not confirm.
        client = imap_account.client()
        try:
            client.select_folder(sent, readonly=True)
            assert len(client.search(["HEADER", "Message-ID", fu.message_id])) == 1
        finally:
            client.logout()
    else:
        told = b"".join(m.data for m in smtp.messages if m.rcpt_tos == [OWNER])
        assert f"followup mark-sent {fid}".encode() in told and f"followup resend {fid}".encode() in told


# --- 3. the claim is durable before the connection opens ----------------------------------------


def test_the_sending_claim_is_on_disk_before_the_smtp_connection_opens(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    rt, store, _ = approved_world(tmp_path, imap_account, smtp_server, monkeypatch)
    trail: list[str] = []
    # The store's own connection for this thread: every statement it runs, in order, with the
    # moment the server saw each message, in one list.
    store._connect().set_trace_callback(trail.append)
    smtp_server.handler.on_store = lambda data: trail.append("SMTP DATA")
    run(rt, store, DUE)
    assert trail.count("SMTP DATA") == 2
    first_data = trail.index("SMTP DATA")
    claim = next(i for i, sql in enumerate(trail) if "UPDATE followups SET state = 'sending'" in sql)
    commit = next(i for i in range(claim, len(trail)) if trail[i].startswith("COMMIT"))
    full = max(i for i in range(claim) if trail[i].replace(" ", "").upper() == "PRAGMASYNCHRONOUS=FULL")
    assert full < claim < commit < first_data
    assert not any(t.replace(" ", "").upper() == "PRAGMASYNCHRONOUS=NORMAL" for t in trail[full:claim])


# --- 4. nothing stuck ---------------------------------------------------------------------------


def test_without_a_sent_folder_a_maybe_sent_note_is_unknown_within_the_pass(
    tmp_path: Path, imap_account: ImapAccount, make_smtp_server: Callable[..., SmtpServer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    smtp = make_smtp_server(data_script=["store-then-drop"])
    imap_account.append(INVITE, ARRIVED)
    # No Sent folder at all: a missing one by name would be created by the next note's copy
    # (APPEND's [TRYCREATE]), so it is switched off.
    rt, store = open_world(tmp_path, imap_account, smtp, monkeypatch, sent="null")
    run(rt, store, PLANNED)
    first = approve_all(rt, store)[0]
    report = run(rt, store, DUE)
    fu = store.followup(first)
    assert fu is not None and fu.state is S.unknown
    assert any(f"#{first}" in line and "unknown" in line for line in report.lines())
    status = status_data(rt.config, store, DUE)
    assert [a["id"] for a in status["needs_attention"] if a["state"] == "unknown"] == [first]


def test_a_claim_left_by_a_crash_is_settled_within_one_pass_even_without_a_sent_folder(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    imap_account.append(INVITE, ARRIVED)
    rt, store = open_world(tmp_path, imap_account, smtp_server, monkeypatch, sent=f"{imap_account.folder}Gone")
    run(rt, store, PLANNED)
    first = approve_all(rt, store)[0]
    store.transition(first, S.sending, "dispatch", DUE)  # as a crash right after the claim leaves it
    run(rt, store, DUE)
    fu = store.followup(first)
    assert fu is not None and fu.state is S.unknown
    # The error names the setting that is wrong, not mailbox.folders.
    assert "smtp.save_sent_to" in (fu.last_error or "") and "mailbox.folders" not in (fu.last_error or "")
    assert not store.followups(S.sending)
    assert any(k == f"unknown:{first}" for k, _ in store.unsent_notices()) or any(
        f"followup mark-sent {first}".encode() in m.data for m in smtp_server.messages
    )


def test_each_sent_copy_is_appended_right_after_its_send(
    tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    rt, store, sent = approved_world(tmp_path, imap_account, smtp_server, monkeypatch)
    copies_before_each: list[int] = []
    smtp_server.handler.on_store = lambda data: copies_before_each.append(len(imap_account.flags(sent)))
    run(rt, store, DUE)
    assert copies_before_each == [0, 1]
    assert len(imap_account.flags(sent)) == 2
