"""Sending against real aiosmtpd servers on loopback: what arrives, byte for byte, and the faults."""

from __future__ import annotations

import email
import time
from datetime import datetime, timedelta, UTC
from email import policy

import pytest

from followup.config import Secret, SmtpConfig
from followup.errors import PermanentSendError, TransientSendError
from followup.model import FollowUp, FollowUpState, Person
from followup.render import RenderedMessage, load_template, render_followup, sample_context
from followup.send import RetryPolicy, SmtpSender, check_login, dispatch
from tests.integration.smtpd import *  # noqa: F403 - the SMTP server fixtures
from tests.integration.dovecot import free_port
from tests.integration.smtpd import SmtpServer
from tests.fakes import FakeSendQueue

pytestmark = pytest.mark.integration

S = FollowUpState
NOW = datetime(2026, 12, 9, 14, 0, tzinfo=UTC)
TEMPLATE = load_template(
    "---\nsubject: Thank you\nthread: true\n---\n"
    "Hi {{ recipient.first_name }},\n\nThank you for our talk on {{ interview.day }} about the {{ role }} role.\n"
    "Søren's question stays with me.\n\n{{ owner.signature }}\n",
    "thank_you.txt",
)


def render_fn(fu: FollowUp) -> RenderedMessage:
    return render_followup(
        TEMPLATE,
        sample_context(),
        from_addr="alex@example.com",
        from_name="Alex Candidate",
        to=(fu.recipient,),
        message_id=fu.message_id,
        date=NOW,
        original_subject="Interview confirmation: Senior Backend Engineer",
        original_message_id="<confirm-1@acme.example>",
        references=("<thread-0@acme.example>",),
    )


def followup(fid: int = 1) -> FollowUp:
    return FollowUp(
        id=fid,
        rule="thank each interviewer",
        recipient=Person("Doe, Jane", "jane.doe@acme.example"),
        send_at=NOW - timedelta(minutes=1),
        state=S.approved,
        message_id=f"<fu-{fid}.x7@example.com>",
        template="thank_you.txt",
        interview_id=1,
    )


def send_one(server: SmtpServer, **overrides: object) -> RenderedMessage:
    message = render_fn(followup())
    SmtpSender(server.config(**overrides), server.secret()).send(message.data, message.from_addr, list(message.to))
    return message


@pytest.mark.parametrize("security", ["plain", "starttls", "tls"])
def test_message_arrives_byte_for_byte(make_smtp_server: object, security: str) -> None:
    server = make_smtp_server(security=security)  # type: ignore[operator]
    message = send_one(server)
    assert len(server.messages) == 1
    arrived = server.messages[0]
    assert arrived.mail_from == "alex@example.com"
    assert arrived.rcpt_tos == ["jane.doe@acme.example"]
    assert arrived.data == message.data
    head = arrived.data.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    assert head[:7] == [
        b"From: Alex Candidate <alex@example.com>",
        b'To: "Doe, Jane" <jane.doe@acme.example>',
        b"Date: Wed, 09 Dec 2026 14:00:00 +0000",
        b"Message-ID: <fu-1.x7@example.com>",
        b"Subject: Re: Interview confirmation: Senior Backend Engineer",
        b"In-Reply-To: <confirm-1@acme.example>",
        b"References: <thread-0@acme.example> <confirm-1@acme.example>",
    ]
    parsed = email.message_from_bytes(arrived.data, policy=policy.default)
    assert parsed.get_content_type() == "text/plain" and parsed.get_content_charset() == "utf-8"
    assert parsed.get_content().replace("\r\n", "\n") == (
        "Hi Jane,\n\nThank you for our talk on Tuesday, December 8 about the Senior Backend Engineer role.\n"
        "Søren's question stays with me.\n\nAlex Candidate\n+1 555 0100\n"
    )


def test_starttls_server_refuses_plain_and_the_client_uses_tls(smtp_starttls_server: SmtpServer) -> None:
    # The server requires STARTTLS before MAIL, so an arrival proves the session was encrypted.
    send_one(smtp_starttls_server)
    assert len(smtp_starttls_server.messages) == 1


def test_auth_login_then_send(smtp_auth_server: SmtpServer) -> None:
    check_login(smtp_auth_server.config(), smtp_auth_server.secret())
    send_one(smtp_auth_server)
    assert len(smtp_auth_server.messages) == 1


def test_wrong_password_is_one_clear_line(smtp_auth_server: SmtpServer) -> None:
    with pytest.raises(PermanentSendError) as caught:
        check_login(smtp_auth_server.config(), Secret("wrong"))
    text = str(caught.value)
    assert "\n" not in text
    assert text == (
        f"smtp 127.0.0.1:{smtp_auth_server.port}: login rejected (535 5.7.8 Authentication credentials invalid); "
        "check smtp.username and smtp.password"
    )
    assert "wrong" not in text
    assert smtp_auth_server.messages == []


def test_a_login_for_a_server_without_auth_says_to_remove_it(smtp_server: SmtpServer) -> None:
    with pytest.raises(PermanentSendError) as caught:
        check_login(smtp_server.config(username="ana", password={"env": "SMTP_PW"}), Secret("pw"))
    text = str(caught.value)
    assert "\n" not in text and "check smtp.host" not in text
    assert text.startswith(f"smtp 127.0.0.1:{smtp_server.port}: the server offers no login (no AUTH); ")
    assert "remove smtp.username and smtp.password" in text


def test_unreachable_host_is_transient_and_one_line() -> None:
    port = free_port()
    config = SmtpConfig(host="127.0.0.1", port=port, security="plain", timeout="2s")
    with pytest.raises(TransientSendError) as caught:
        check_login(config, None)
    assert str(caught.value).startswith(f"smtp 127.0.0.1:{port}: cannot reach the server (")
    assert "\n" not in str(caught.value)


def test_a_server_without_starttls_is_a_permanent_named_error(smtp_server: SmtpServer) -> None:
    # A plain-only server asked for STARTTLS: no retry can fix it, and "cannot reach" would mislead.
    with pytest.raises(PermanentSendError) as caught:
        check_login(smtp_server.config(security="starttls", ca_file=None), None)
    assert "does not offer STARTTLS" in str(caught.value) and "smtp.security" in str(caught.value)
    assert "cannot reach" not in str(caught.value)


# After a refused TLS handshake asyncio sometimes leaves the half-open socket to the garbage
# collector (a ResourceWarning at an arbitrary moment); the behaviour under test is the error.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_untrusted_certificate_is_a_permanent_tls_failure(make_smtp_server: object, security: str) -> None:
    server = make_smtp_server(security=security)  # type: ignore[operator]
    with pytest.raises(PermanentSendError, match=r"TLS failure \(unable to get local issuer certificate\); check smtp"):
        check_login(server.config(ca_file=None), None)
    import gc

    gc.collect()  # let any leaked socket warn here, where it is ignored, not in a later test


def test_silent_server_times_out_within_the_timeout(silent_smtp_port: int) -> None:
    config = SmtpConfig(host="127.0.0.1", port=silent_smtp_port, security="plain", timeout="1s")
    started = time.monotonic()
    with pytest.raises(TransientSendError, match="timed out"):
        check_login(config, None)
    assert time.monotonic() - started < 2.5


def run_dispatch(outbox: FakeSendQueue, server: SmtpServer, now: datetime, **config: object) -> object:
    sender = SmtpSender(server.config(**config), server.secret())
    return dispatch(outbox, sender, render_fn, now, 20, RetryPolicy(seed=1))


def test_451_then_accept_is_sent_once_after_a_retry(make_smtp_server: object) -> None:
    server = make_smtp_server(security="starttls", data_script=["451 4.3.0 Try again later"])  # type: ignore[operator]
    outbox = FakeSendQueue([followup()])
    first = run_dispatch(outbox, server, NOW)
    assert first.ids("retry") == [1]  # type: ignore[attr-defined]
    row = outbox.rows[1]
    assert row.state is S.approved and row.attempts == 1 and row.next_attempt is not None
    assert "451 4.3.0 Try again later" in (row.last_error or "")
    assert server.messages == []
    second = run_dispatch(outbox, server, row.next_attempt)
    assert second.sent == [1]  # type: ignore[attr-defined]
    assert len(server.messages) == 1 and server.handler.data_attempts == 2
    assert outbox.states() == {1: S.sent}
    assert outbox.fields[1]["smtp_reply"] == "250 2.0.0 Ok: queued as Q1"


def test_550_fails_permanently_with_the_reply(make_smtp_server: object) -> None:
    server = make_smtp_server(data_script=["550 5.7.1 Message rejected as spam"])  # type: ignore[operator]
    outbox = FakeSendQueue([followup()])
    report = run_dispatch(outbox, server, NOW)
    assert report.ids("failed") == [1]  # type: ignore[attr-defined]
    assert outbox.states() == {1: S.failed}
    assert outbox.fields[1]["last_error"] == (
        f"smtp 127.0.0.1:{server.port}: server replied 550 5.7.1 Message rejected as spam"
    )
    assert server.messages == []


def test_refused_recipient_fails_permanently(make_smtp_server: object) -> None:
    server = make_smtp_server(rcpt_script=["550 5.1.1 No such user"])  # type: ignore[operator]
    outbox = FakeSendQueue([followup()])
    run_dispatch(outbox, server, NOW)
    assert outbox.states() == {1: S.failed}
    assert "jane.doe@acme.example: 550 5.1.1 No such user" in outbox.fields[1]["last_error"]


def test_a_server_hanging_before_the_message_times_out_then_the_retry_sends(make_smtp_server: object) -> None:
    server = make_smtp_server(security="starttls", rcpt_script=["hang"])  # type: ignore[operator]
    outbox = FakeSendQueue([followup()])
    started = time.monotonic()
    report = run_dispatch(outbox, server, NOW, timeout="1s")
    assert time.monotonic() - started < 3.0
    assert report.ids("retry") == [1]  # type: ignore[attr-defined]
    assert "timed out" in (outbox.rows[1].last_error or "")
    server.release_hangs()
    retry_at = outbox.rows[1].next_attempt
    assert retry_at is not None
    assert run_dispatch(outbox, server, retry_at, timeout="1s").sent == [1]  # type: ignore[attr-defined]
    assert len(server.messages) == 1


@pytest.mark.parametrize("fault", ["hang", "store-then-hang", "store-then-drop"])
def test_a_fault_after_the_final_dot_is_never_retried(make_smtp_server: object, fault: str) -> None:
    # The server may have the message: only its reply could have said, so it stays `sending`
    # for the Sent folder (or the owner) to settle, and no later dispatch sends it again.
    server = make_smtp_server(security="starttls", data_script=[fault])  # type: ignore[operator]
    outbox = FakeSendQueue([followup()])
    started = time.monotonic()
    report = run_dispatch(outbox, server, NOW, timeout="1s")
    assert time.monotonic() - started < 3.0
    assert report.ids("uncertain") == [1]  # type: ignore[attr-defined]
    assert outbox.states() == {1: S.sending}
    server.release_hangs()
    assert run_dispatch(outbox, server, NOW + timedelta(days=1), timeout="1s").outcomes == []  # type: ignore[attr-defined]
    assert server.handler.data_attempts == 1


def test_a_server_hanging_after_accepting_still_counts_as_sent(make_smtp_server: object) -> None:
    # Once DATA is answered 250 the message is delivered; a slow QUIT must not cause a resend.
    server = make_smtp_server(security="starttls", quit_script=["hang"])  # type: ignore[operator]
    outbox = FakeSendQueue([followup()])
    started = time.monotonic()
    report = run_dispatch(outbox, server, NOW, timeout="1s")
    assert time.monotonic() - started < 3.0
    assert report.sent == [1]  # type: ignore[attr-defined]
    assert len(server.messages) == 1 and outbox.states() == {1: S.sent}


def test_a_dispatch_batch_uses_one_connection(make_smtp_server: object) -> None:
    server = make_smtp_server(security="starttls")  # type: ignore[operator]
    outbox = FakeSendQueue([followup(i) for i in (1, 2, 3)])
    sender = SmtpSender(server.config(), server.secret())
    report = dispatch(outbox, sender, render_fn, NOW, 20, RetryPolicy(seed=1))
    assert report.sent == [1, 2, 3]
    assert sender.connections == 1 and len(server.messages) == 3


def test_after_a_broken_session_the_batch_reconnects_for_the_next_note(make_smtp_server: object) -> None:
    # The first note meets a drop after its dot (uncertain, left for the Sent folder); the
    # others still go, over a fresh connection, each once.
    server = make_smtp_server(security="starttls", data_script=["store-then-drop"])  # type: ignore[operator]
    outbox = FakeSendQueue([followup(i) for i in (1, 2, 3)])
    sender = SmtpSender(server.config(timeout="1s"), server.secret())
    report = dispatch(outbox, sender, render_fn, NOW, 20, RetryPolicy(seed=1))
    assert report.ids("uncertain") == [1] and report.sent == [2, 3]
    assert sender.connections == 2 and server.handler.data_attempts == 3
