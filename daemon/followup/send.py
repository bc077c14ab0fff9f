"""Sending follow-ups over SMTP, exactly once: the Sender seam, the dispatch job, reconciliation.

Owns the SMTP edge (the only aiosmtplib importer; run under `asyncio.run`, so no caller is
async), the mapping of SMTP faults to TransientSendError / PermanentSendError, the dispatch of
due, approved follow-ups (claim as `sending`, send, record), retry backoff, the daily cap, and
the start-up reconciliation of follow-ups a crash left in `sending`.

Must not: touch SQLite (state goes through the `SendQueue` protocol the store implements), read
the clock (`now` is an argument), render templates (a `render_fn` is passed in), or ever send
a follow-up that is not `approved`, or resend one left in `sending`.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import ssl
from collections.abc import Callable, Collection, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

import aiosmtplib

from followup.config import Secret, SmtpConfig, is_loopback
from followup.errors import (
    ConfigError,
    FollowupError,
    InvalidTransition,
    PermanentSendError,
    SendError,
    TransientSendError,
    UncertainSendError,
)
from followup.model import FollowUp, FollowUpState
from followup.render import RenderedMessage
from followup.timing import day_start

if TYPE_CHECKING:
    from followup.oauth import TokenSource

log = logging.getLogger(__name__)

S = FollowUpState


@dataclass(frozen=True)
class SendReceipt:
    """The server's final reply to a message it accepted (code and text, as recorded)."""

    code: int
    message: str

    def __str__(self) -> str:
        return f"{self.code} {self.message}".strip()


class Sender(Protocol):
    """Hands one message to a mail server; raises TransientSendError or PermanentSendError."""

    def send(self, message_bytes: bytes, from_addr: str, to: list[str]) -> SendReceipt: ...

    def batch(self) -> AbstractContextManager[None]:
        """A block inside which every send shares one connection."""
        ...


# ---------------------------------------------------------------------------------------------
# SMTP


def _tls_context(smtp: SmtpConfig) -> ssl.SSLContext:
    # Certificate verification stays on; a private CA is added to the default trust store.
    return ssl.create_default_context(cafile=smtp.ca_file) if smtp.ca_file else ssl.create_default_context()


def _client(smtp: SmtpConfig, password: Secret | None, tokens: TokenSource | None = None) -> aiosmtplib.SMTP:
    """An unconnected client. It signs in in `_connect`, after TLS, not inside `connect()`."""
    if smtp.security == "plain" and not is_loopback(smtp.host):
        raise PermanentSendError(
            f"smtp {smtp.host}: security 'plain' is refused for a non-loopback host; use tls or starttls"
        )
    if smtp.username is not None and password is None and tokens is None:
        raise PermanentSendError(f"smtp {smtp.host}: smtp.username is set but no password was resolved")
    return aiosmtplib.SMTP(
        hostname=smtp.host,
        port=smtp.effective_port,
        use_tls=smtp.security == "tls",
        # False (not None) for plain: never an opportunistic STARTTLS we did not ask for.
        start_tls=smtp.security == "starttls",
        validate_certs=True,
        tls_context=_tls_context(smtp) if smtp.security != "plain" else None,
        timeout=smtp.timeout.seconds,
        local_hostname="localhost",
    )


def _ssl_cause(exc: BaseException) -> ssl.SSLError | None:
    seen: BaseException | None = exc
    for _ in range(6):
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _reply(code: int, message: str) -> str:
    return " ".join(f"{code} {message}".split())


def translate_error(exc: BaseException, where: str, *, oauth: bool = False) -> SendError:
    """Map an aiosmtplib/OS fault to TransientSendError (4xx, timeouts) or PermanentSendError."""
    from followup.oauth import OAuthError

    if isinstance(exc, OAuthError):
        return (TransientSendError if exc.transient else PermanentSendError)(f"{where}: {exc}")
    if oauth and isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        return PermanentSendError(
            f"{where}: OAuth2 sign-in (XOAUTH2) refused ({_reply(exc.code, exc.message)}); smtp.username must be "
            "the signed-in account and the token must allow sending: check the oauth2 scopes, or run `followup login`"
        )
    if oauth and isinstance(exc, aiosmtplib.SMTPException) and "XOAUTH2" in str(exc):
        return PermanentSendError(f"{where}: the server does not offer XOAUTH2; set smtp.auth to password")
    tls = _ssl_cause(exc)
    if tls is not None:
        reason = getattr(tls, "verify_message", None) or getattr(tls, "reason", None) or str(tls)
        return PermanentSendError(
            f"{where}: TLS failure ({reason}); check smtp.security, smtp.port and smtp.ca_file"
        )
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        cls = TransientSendError if 400 <= exc.code < 500 else PermanentSendError
        return cls(
            f"{where}: login rejected ({_reply(exc.code, exc.message)}); check smtp.username and smtp.password"
        )
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [r.code for r in exc.recipients]
        replies = "; ".join(f"{r.recipient}: {_reply(r.code, r.message)}" for r in exc.recipients)
        cls = TransientSendError if codes and all(400 <= c < 500 for c in codes) else PermanentSendError
        return cls(f"{where}: recipients refused ({replies})")
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        cls = TransientSendError if 400 <= exc.code < 500 else PermanentSendError
        return cls(f"{where}: server replied {_reply(exc.code, exc.message)}")
    if isinstance(exc, (aiosmtplib.SMTPTimeoutError, asyncio.TimeoutError, TimeoutError)):
        return TransientSendError(f"{where}: timed out ({exc or 'no reply'}); the server did not answer in time")
    if isinstance(exc, aiosmtplib.SMTPException) and "AUTH extension is not supported" in str(exc):
        # A login was configured but the server offers none: the fix is in the config, not the
        # network. On an unencrypted connection many servers offer AUTH only after STARTTLS.
        hint = "remove smtp.username and smtp.password if this server takes mail without a login"
        if "via TLS" in str(exc):
            hint += ", or set smtp.security to starttls or tls"
        return PermanentSendError(f"{where}: the server offers no login (no AUTH); {hint}")
    if isinstance(exc, aiosmtplib.SMTPNotSupported):
        return PermanentSendError(f"{where}: {exc}; check smtp.security")
    if isinstance(exc, aiosmtplib.SMTPException) and "STARTTLS extension not supported" in str(exc):
        return PermanentSendError(
            f"{where}: the server does not offer STARTTLS; set smtp.security to tls (port 465) "
            "or use a server that supports STARTTLS"
        )
    if isinstance(exc, (aiosmtplib.SMTPException, OSError)):
        return TransientSendError(f"{where}: cannot reach the server ({exc}); check smtp.host and smtp.port")
    return PermanentSendError(f"{where}: {type(exc).__name__}: {exc}")


class SmtpSender:
    """Send through the configured SMTP server, every step timed.

    Inside `batch()` one connection (and one event loop) serves every message; a connection the
    server dropped while idle is reopened before the next message. Outside a batch each
    message gets its own connection.
    """

    def __init__(self, smtp_config: SmtpConfig, password: Secret | None, tokens: TokenSource | None = None) -> None:
        self._smtp = smtp_config
        self._password = password
        self._tokens = tokens
        self._runner: asyncio.Runner | None = None
        self._client: aiosmtplib.SMTP | None = None
        self._transport: asyncio.BaseTransport | None = None
        self.connections = 0

    @property
    def where(self) -> str:
        return f"smtp {self._smtp.host}:{self._smtp.effective_port}"

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Hold one connection open for every send inside the block; QUIT at its end."""
        if self._runner is not None:
            yield
            return
        with asyncio.Runner() as runner:
            self._runner = runner
            try:
                yield
            finally:
                try:
                    runner.run(self._hang_up())
                finally:
                    self._runner = None

    def send(self, message_bytes: bytes, from_addr: str, to: list[str]) -> SendReceipt:
        """Send one message; return the server's reply or raise a SendError subclass."""
        if self._runner is None:
            with self.batch():
                return self.send(message_bytes, from_addr, to)
        return self._runner.run(self._send(message_bytes, from_addr, to))

    def _overall(self) -> float:
        # Each step has its own timeout; this bound covers connect + TLS + AUTH + MAIL/RCPT/DATA
        # so that no sequence of slow-but-alive replies can hold the daemon.
        return self._smtp.timeout.seconds * 8

    async def _open_session(self) -> aiosmtplib.SMTP:
        client = _client(self._smtp, self._password, self._tokens)
        try:
            client = await _connect(client, self._smtp, self._password, self._tokens)
        except BaseException:
            transport = client.transport
            client.close()
            _abort(transport)
            raise
        self._client, self._transport = client, client.transport
        self.connections += 1
        return client

    async def _hang_up(self) -> None:
        client, transport = self._client, self._transport
        self._client = self._transport = None
        if client is None:
            return
        try:
            async with asyncio.timeout(self._smtp.timeout.seconds):
                await _quit(client)
        except TimeoutError:
            log.debug("QUIT not answered in time; closing")
        finally:
            client.close()
            _abort(transport)

    async def _send(self, data: bytes, from_addr: str, to: list[str]) -> SendReceipt:
        reused = self._client is not None and self._client.is_connected
        phase = _Phase()
        try:
            async with asyncio.timeout(self._overall()):
                client = self._client if reused and self._client is not None else await self._open_session()
                try:
                    errors, reply = await _transaction(client, data, from_addr, to, phase)
                except (aiosmtplib.SMTPServerDisconnected, ConnectionError) as exc:
                    if not reused or phase.dot_sent:
                        raise
                    # The server closed the idle connection between two messages; nothing of
                    # this message reached it yet, so a fresh connection may carry it.
                    log.debug("idle SMTP connection was closed by the server (%s); reconnecting", exc)
                    await self._hang_up()
                    phase = _Phase()
                    client = await self._open_session()
                    errors, reply = await _transaction(client, data, from_addr, to, phase)
        except Exception as exc:
            await self._hang_up()
            if phase.dot_sent and not isinstance(exc, aiosmtplib.SMTPResponseException):
                raise UncertainSendError(
                    f"{self.where}: the connection broke after the message was handed over and before the "
                    f"server answered ({type(exc).__name__}: {exc or 'no reply'}); it may have been delivered"
                ) from exc
            raise translate_error(exc, self.where, oauth=self._tokens is not None) from exc
        refused = "; ".join(f"{rcpt}: {_reply(code, msg)}" for rcpt, (code, msg) in sorted(errors.items()))
        message = f"{reply} (refused: {refused})" if refused else reply
        return SendReceipt(250, " ".join(message.split()))


async def _connect(
    client: aiosmtplib.SMTP, smtp: SmtpConfig, password: Secret | None, tokens: TokenSource | None
) -> aiosmtplib.SMTP:
    """Connect (TLS), then sign in: a password, or an OAuth2 token (XOAUTH2), which is refreshed
    once and tried again when the server refuses it.

    Signing in after `connect()` returns keeps the transport in hand: a session refused at AUTH
    is dropped here at once, where aiosmtplib's own sign-in would leave a TLS transport to the
    garbage collector.
    """
    await client.connect()
    transport = client.transport
    try:
        if tokens is not None and smtp.username is not None:
            await _xoauth2(client, smtp.username, tokens)
        elif smtp.username is not None and password is not None:
            await client.login(smtp.username, password.reveal())
    except BaseException:
        client.close()
        _abort(transport)
        raise
    return client


async def _xoauth2(client: aiosmtplib.SMTP, username: str, tokens: TokenSource) -> None:
    if client.is_ehlo_or_helo_needed:
        await client.ehlo()  # after STARTTLS the extensions are asked for again (RFC 3207 §4.2)
    if "xoauth2" not in client.server_auth_methods:
        raise aiosmtplib.SMTPException("the server does not offer XOAUTH2")
    # The token endpoint is a blocking HTTP call: keep it off the event loop.
    token = await asyncio.to_thread(tokens.access_token)
    try:
        await client.auth_xoauth2(username, token.reveal())
    except aiosmtplib.SMTPAuthenticationError:
        tokens.invalidate()
        token = await asyncio.to_thread(tokens.access_token)
        await client.auth_xoauth2(username, token.reveal())


class _Phase:
    # Set once the final dot has been written: from then on only the server's reply says
    # whether the message was accepted, and a broken session means "maybe delivered".
    dot_sent: bool = False


_LEADING_DOT = re.compile(rb"^\.", re.MULTILINE)
_BARE_EOL = re.compile(rb"\r\n|\r|\n")


async def _transaction(
    client: aiosmtplib.SMTP, data: bytes, from_addr: str, to: list[str], phase: _Phase
) -> tuple[dict[str, tuple[int, str]], str]:
    """MAIL, RCPT, DATA for one message on an open session; return refused recipients and the reply.

    DATA is driven step by step (rather than by `sendmail`) so that the moment the final dot
    leaves is known: a fault before it is safe to retry, one after it is not.
    """
    await client.mail(from_addr)
    errors: dict[str, tuple[int, str]] = {}
    refusals: list[aiosmtplib.SMTPRecipientRefused] = []
    for rcpt in to:
        try:
            await client.rcpt(rcpt)
        except aiosmtplib.SMTPRecipientRefused as exc:
            errors[rcpt] = (exc.code, exc.message)
            refusals.append(exc)
    if len(refusals) == len(to):
        await _reset(client)
        raise aiosmtplib.SMTPRecipientsRefused(refusals)
    start = await client.execute_command(b"DATA")
    if start.code != 354:
        await _reset(client)
        raise aiosmtplib.SMTPDataError(start.code, start.message)
    protocol = client.protocol
    if protocol is None:
        raise aiosmtplib.SMTPServerDisconnected("connection lost before the message was sent")
    payload = _LEADING_DOT.sub(b"..", _BARE_EOL.sub(b"\r\n", data))
    if not payload.endswith(b"\r\n"):
        payload += b"\r\n"
    phase.dot_sent = True
    protocol.write(payload + b".\r\n")
    reply = await protocol.read_response(timeout=client.timeout)
    if reply.code != 250:
        raise aiosmtplib.SMTPDataError(reply.code, reply.message)
    return errors, reply.message


async def _reset(client: aiosmtplib.SMTP) -> None:
    # A refused envelope leaves the session usable for the next message once reset.
    try:
        await client.rset()
    except (aiosmtplib.SMTPException, OSError):
        client.close()


def _abort(transport: asyncio.BaseTransport | None) -> None:
    # The client closes TLS politely (close_notify), which needs the peer and a running loop;
    # the loop is about to end, so drop the socket at once instead of leaking it. By now the
    # session is over (QUIT answered, or a fault), so nothing is lost.
    if isinstance(transport, asyncio.Transport):
        transport.abort()


async def _quit(client: aiosmtplib.SMTP) -> None:
    # QUIT is a courtesy after the message is accepted; its failure must not undo a send.
    if client.is_connected:
        try:
            await client.quit()
        except (TimeoutError, aiosmtplib.SMTPException, OSError):
            client.close()


def check_login(smtp_config: SmtpConfig, password: Secret | None, tokens: TokenSource | None = None) -> None:
    """Connect, EHLO, TLS, AUTH and QUIT; raise a SendError with one clear line on failure."""

    async def attempt() -> None:
        client = _client(smtp_config, password, tokens)
        where = f"smtp {smtp_config.host}:{smtp_config.effective_port}"
        transport: asyncio.BaseTransport | None = None
        try:
            async with asyncio.timeout(smtp_config.timeout.seconds * 5):
                client = await _connect(client, smtp_config, password, tokens)
                transport = client.transport
                await _quit(client)
        except Exception as exc:
            # A session that failed half-way (STARTTLS refused) still holds a socket.
            transport = transport or client.transport
            raise translate_error(exc, where, oauth=tokens is not None) from None
        finally:
            client.close()
            _abort(transport)

    asyncio.run(attempt())


# ---------------------------------------------------------------------------------------------
# Dispatch


class SendQueue(Protocol):
    """What dispatch and reconciliation need from the store."""

    def due_followups(self, now: datetime) -> list[FollowUp]:
        """Follow-ups in `approved` with send_at <= now and (next_attempt is None or <= now)."""
        ...

    def followups_in_state(self, state: FollowUpState) -> list[FollowUp]:
        """Every follow-up currently in `state`."""
        ...

    def mark(
        self,
        followup_id: int,
        from_state: FollowUpState,
        to_state: FollowUpState,
        cause: str,
        *,
        at: datetime,
        **fields: Any,
    ) -> None:
        """Move one follow-up in one committed transaction at `at`, only if it is still in `from_state`.

        Raise InvalidTransition when it is not in `from_state` any more (someone else moved it)
        or the table forbids the move. `fields` update columns in the same transaction:
        attempts, next_attempt, last_error, smtp_reply, sent_at.
        """
        ...

    def sends_since(self, start: datetime) -> int:
        """Follow-ups handed to the server (claimed, and not returned for a retry) since `start`."""
        ...

    def is_paused(self) -> bool:
        """True while the owner's kill switch (`followup pause`) is on."""
        ...


@dataclass(frozen=True)
class RetryPolicy:
    """Capped exponential backoff with jitter for transient send faults."""

    base_s: float = 60.0
    factor: float = 2.0
    cap_s: float = 3600.0
    jitter: float = 0.2
    max_attempts: int = 8
    seed: int = 0

    def delay(self, attempt: int, key: str) -> timedelta:
        """Delay before retry number `attempt` (1-based); jitter is deterministic per key and seed."""
        raw = min(self.cap_s, self.base_s * self.factor ** max(0, attempt - 1))
        rng = random.Random(f"{self.seed}:{key}:{attempt}")
        # Jitter only shortens the delay, so the cap stays a cap; spreading retries keeps a
        # batch that failed together from hammering the server together.
        return timedelta(seconds=raw * (1.0 - self.jitter * rng.random()))


@dataclass(frozen=True)
class SendOutcome:
    """What dispatch or reconciliation did with one follow-up."""

    followup_id: int
    action: str  # sent | retry | failed | expired | deferred | skipped | uncertain | unknown | unchecked
    detail: str = ""


@dataclass
class DispatchReport:
    """The result of one dispatch run."""

    paused: bool = False
    outcomes: list[SendOutcome] = field(default_factory=list)

    def ids(self, action: str) -> list[int]:
        """Ids of the follow-ups that ended with `action`."""
        return [o.followup_id for o in self.outcomes if o.action == action]

    @property
    def sent(self) -> list[int]:
        return self.ids("sent")


RenderFn = Callable[[FollowUp], RenderedMessage]


def _try_mark(
    queue: SendQueue, fu: FollowUp, to_state: FollowUpState, cause: str, *, at: datetime, **fields: Any
) -> bool:
    assert fu.id is not None
    try:
        queue.mark(fu.id, fu.state, to_state, cause, at=at, **fields)
    except InvalidTransition as exc:
        log.warning("follow-up moved by someone else, skipped followup=%s detail=%s", fu.id, exc)
        return False
    return True


def dispatch(
    queue: SendQueue,
    sender: Sender,
    render_fn: RenderFn,
    now: datetime,
    max_per_day: int,
    retry: RetryPolicy = RetryPolicy(),
    should_stop: Callable[[], bool] = lambda: False,
    on_accepted: AcceptedFn = lambda fu, message: None,
    zone: str = "UTC",
) -> DispatchReport:
    """Send every due, approved follow-up once: approved → sending (committed) → SMTP → sent.

    Every due message is rendered before the connection opens; then one connection carries
    the batch. Transient faults return the follow-up to `approved` with a backed-off
    `next_attempt` (and `failed` after `retry.max_attempts`); permanent faults make it `failed`
    with the reason. A session that broke after the final dot leaves it in `sending` with the
    outcome `uncertain`: the caller settles it from the Sent folder, never by resending.
    `on_accepted(fu, message)` runs right after the server accepted a message and before it is
    recorded `sent` (the Sent copy). Follow-ups overdue past their max_lateness become
    `expired`. Nothing is sent while paused or past `max_per_day`, counted from midnight in
    `zone`. `should_stop` is polled between follow-ups (SIGTERM: finish the current send, never
    leave a half state).
    """
    if now.tzinfo is None:
        raise ValueError("dispatch needs a tz-aware now")
    report = DispatchReport()
    if queue.is_paused():
        report.paused = True
        return report
    budget = max_per_day - queue.sends_since(day_start(now, zone))
    ready: list[tuple[FollowUp, RenderedMessage]] = []
    for fu in sorted(queue.due_followups(now), key=lambda f: (f.send_at, f.id or 0)):
        assert fu.id is not None
        if fu.state is not S.approved or fu.send_at > now or (fu.next_attempt and fu.next_attempt > now):
            continue  # the store's query is trusted, but only approved and due ever go out
        late = now - fu.send_at
        if late > timedelta(seconds=fu.max_lateness_s):
            cause = f"overdue by {_human(late)}, past max_lateness {_human(timedelta(seconds=fu.max_lateness_s))}"
            if _try_mark(queue, fu, S.expired, cause, at=now):
                log.warning("follow-up expired followup=%s rule=%s", fu.id, fu.rule)
                report.outcomes.append(SendOutcome(fu.id, "expired", cause))
            continue
        if len(ready) >= budget:
            report.outcomes.append(SendOutcome(fu.id, "deferred", f"max_per_day ({max_per_day}) reached"))
            continue
        try:
            message = render_fn(fu)
            if message.message_id != fu.message_id:
                raise PermanentSendError(
                    f"rendered Message-ID {message.message_id} is not the one fixed at creation {fu.message_id}"
                )
        except (ConfigError, PermanentSendError) as exc:
            reason = f"cannot render: {' / '.join(str(exc).splitlines())}"
            if _try_mark(queue, fu, S.failed, reason, at=now, last_error=reason):
                log.error("follow-up cannot be rendered followup=%s rule=%s error=%s", fu.id, fu.rule, reason)
                report.outcomes.append(SendOutcome(fu.id, "failed", reason))
            continue
        ready.append((fu, message))
    if not ready:
        return report
    with sender.batch():
        for fu, message in ready:
            if should_stop() or queue.is_paused():
                report.paused = report.paused or queue.is_paused()
                break
            report.outcomes.append(_send_one(queue, sender, fu, message, now, retry, on_accepted))
    return report


AcceptedFn = Callable[[FollowUp, RenderedMessage], None]


def _send_one(
    queue: SendQueue,
    sender: Sender,
    fu: FollowUp,
    message: RenderedMessage,
    now: datetime,
    retry: RetryPolicy,
    on_accepted: AcceptedFn,
) -> SendOutcome:
    assert fu.id is not None
    # The claim is committed (durably: see SendQueue.mark) before any byte goes to the server: a
    # crash from here on leaves `sending`, which reconcile() settles without resending blindly.
    if not _try_mark(queue, fu, S.sending, "dispatch", at=now):
        return SendOutcome(fu.id, "skipped", "state changed before sending")
    sending = _moved(fu, S.sending)
    try:
        receipt = sender.send(message.data, message.from_addr, list(message.to))
    except UncertainSendError as exc:
        # Left in `sending` on purpose: only the Sent folder (or the owner) can say what happened.
        log.warning("send outcome uncertain followup=%s message_id=%s error=%s", fu.id, fu.message_id, exc)
        return SendOutcome(fu.id, "uncertain", str(exc))
    except TransientSendError as exc:
        attempts = fu.attempts + 1
        if attempts >= retry.max_attempts:
            reason = f"gave up after {attempts} attempts: {exc}"
            _try_mark(queue, sending, S.failed, reason, at=now, attempts=attempts, last_error=reason)
            log.error("follow-up failed followup=%s error=%s", fu.id, reason)
            return SendOutcome(fu.id, "failed", reason)
        next_attempt = now + retry.delay(attempts, fu.message_id)
        _try_mark(
            queue, sending, S.approved, f"transient: {exc}", at=now,
            attempts=attempts, next_attempt=next_attempt, last_error=str(exc),
        )  # fmt: skip
        log.warning(
            "send deferred followup=%s attempt=%s next=%s error=%s", fu.id, attempts, next_attempt.isoformat(), exc
        )
        return SendOutcome(fu.id, "retry", f"{exc}; next attempt {next_attempt.isoformat()}")
    except PermanentSendError as exc:
        _try_mark(queue, sending, S.failed, f"permanent: {exc}", at=now, last_error=str(exc))
        log.error("send failed followup=%s error=%s", fu.id, exc)
        return SendOutcome(fu.id, "failed", str(exc))
    on_accepted(sending, message)
    _try_mark(queue, sending, S.sent, "smtp accepted", at=now, smtp_reply=str(receipt), sent_at=now)
    log.info("follow-up sent followup=%s message_id=%s reply=%s", fu.id, fu.message_id, receipt)
    return SendOutcome(fu.id, "sent", str(receipt))


def _moved(fu: FollowUp, state: FollowUpState) -> FollowUp:
    return replace(fu, state=state)


def _human(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def reconcile(
    queue: SendQueue, sent_folder_has: Callable[[str], bool], now: datetime, ids: Collection[int] | None = None
) -> list[SendOutcome]:
    """Settle follow-ups left in `sending` (a crash, or a session that broke after the final
    dot): `sent` if the Sent folder holds the Message-ID, else `unknown` for the owner to
    decide. Never a resend. `now` stamps the transitions; `ids` limits it to those follow-ups.

    When the Sent folder cannot be searched, the follow-up becomes `unknown` at once, with the
    reason: a note must not sit in `sending` for ever, and only the owner can tell.
    """
    outcomes: list[SendOutcome] = []
    for fu in sorted(queue.followups_in_state(S.sending), key=lambda f: f.id or 0):
        assert fu.id is not None
        if ids is not None and fu.id not in ids:
            continue
        try:
            found = sent_folder_has(fu.message_id)
        except (FollowupError, OSError) as exc:
            log.warning("cannot search the Sent folder followup=%s message_id=%s error=%s", fu.id, fu.message_id, exc)
            cause = f"may have been sent, and the Sent folder cannot be searched ({exc}); check and decide"
            if _try_mark(queue, fu, S.unknown, cause, at=now, last_error=cause):
                outcomes.append(SendOutcome(fu.id, "unknown", cause))
            continue
        if found:
            if _try_mark(queue, fu, S.sent, "reconciled: found in the Sent folder", at=now):
                outcomes.append(SendOutcome(fu.id, "sent", "found in the Sent folder"))
        else:
            cause = "may have been sent, and it is not in the Sent folder; check and decide"
            if _try_mark(queue, fu, S.unknown, cause, at=now, last_error=cause):
                log.warning("follow-up state unknown followup=%s message_id=%s", fu.id, fu.message_id)
                outcomes.append(SendOutcome(fu.id, "unknown", cause))
    return outcomes


__all__ = [
    "DispatchReport",
    "RetryPolicy",
    "SendOutcome",
    "SendQueue",
    "SendReceipt",
    "Sender",
    "SmtpSender",
    "check_login",
    "dispatch",
    "reconcile",
    "translate_error",
]
