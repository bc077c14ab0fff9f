"""The SMTP session behind the `Sender` seam: the only aiosmtplib importer.

Owns the SMTP edge (run under `asyncio.run`, so no caller is async): connecting, TLS and
sign-in (password or XOAUTH2), one connection per batch, the MAIL/RCPT/DATA transaction with
the moment of the final dot known, the mapping of SMTP faults to TransientSendError /
PermanentSendError / UncertainSendError, and `check_login`. Re-exports the dispatch side
(`followup.dispatch`) so `followup.send` stays the one import for sending.

Must not: touch SQLite, read the clock, render templates, or decide which follow-up is sent
or what its state becomes (that is `dispatch`): it hands over the bytes it is given.
"""

from __future__ import annotations

import asyncio
import logging
import re
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import aiosmtplib

from followup.settings import Secret, SmtpSettings, is_loopback
from followup.dispatch import (
    DispatchReport,
    RetryPolicy,
    SendOutcome,
    SendQueue,
    SendReceipt,
    Sender,
    dispatch,
    recheck_unknown,
    recheckable,
    reconcile,
)
from followup.errors import (
    PermanentSendError,
    SendError,
    TransientSendError,
    UncertainSendError,
)

if TYPE_CHECKING:
    from followup.oauth import TokenSource

log = logging.getLogger(__name__)


def _tls_context(smtp: SmtpSettings) -> ssl.SSLContext:
    # Certificate verification stays on; a private CA is added to the default trust store.
    return ssl.create_default_context(cafile=smtp.ca_file) if smtp.ca_file else ssl.create_default_context()


def _client(smtp: SmtpSettings, password: Secret | None, tokens: TokenSource | None = None) -> aiosmtplib.SMTP:
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

    def __init__(self, smtp_config: SmtpSettings, password: Secret | None, tokens: TokenSource | None = None) -> None:
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
    client: aiosmtplib.SMTP, smtp: SmtpSettings, password: Secret | None, tokens: TokenSource | None
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


def check_login(smtp_config: SmtpSettings, password: Secret | None, tokens: TokenSource | None = None) -> None:
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
    "recheck_unknown",
    "recheckable",
    "reconcile",
    "translate_error",
]
