"""Real SMTP servers on 127.0.0.1 for the integration tests: aiosmtpd Controllers that capture.

Owns: the capturing handler (envelope plus the raw bytes as received), scripted replies
(a 451 then acceptance, a 550, a DATA phase that hangs past the client's timeout), trustme
certificates for STARTTLS and implicit TLS (the CA written to a file the client trusts through
`smtp.ca_file`), an AUTH variant accepting one user, and a listener that never greets.
Import the fixtures with `from tests.integration.smtpd import *` or `pytest_plugins`.
Must not be imported by the package.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple, cast

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from followup.config import EnvSecret, Secret, SmtpConfig
from tests.integration.dovecot import free_port

SMTP_USER = "owner@example.com"
SMTP_PASSWORD = "correct horse battery staple"
HANG_CAP_S = 30.0
SLOW_S = 0.3

__all__ = [
    "SMTP_PASSWORD",
    "SMTP_USER",
    "Captured",
    "SmtpServer",
    "make_smtp_server",
    "silent_smtp_port",
    "smtp_auth_server",
    "smtp_ca",
    "smtp_server",
    "smtp_starttls_server",
]


class Captured(NamedTuple):
    """One accepted message: envelope sender, envelope recipients, bytes as received, and when
    (time.monotonic()) it was accepted."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    at: float = 0.0


class CapturingHandler:
    """aiosmtpd handler that stores what it accepts and plays scripted replies first.

    `data_script`, `rcpt_script` and `quit_script` are consumed one entry per DATA / RCPT / QUIT: an SMTP reply line
    ("451 4.3.0 try later") is returned as is, "hang" waits (until the fixture ends, at most
    HANG_CAP_S) and `None` accepts. For DATA, "store-then-hang" keeps the message and then
    never answers, and "store-then-drop" keeps it and drops the connection without a reply:
    the faults after the final dot that leave the client not knowing whether it was delivered;
    "slow" keeps it and answers after SLOW_S, a busy server the client waits for.
    """

    def __init__(
        self, data_script: list[str | None], rcpt_script: list[str | None], quit_script: list[str | None]
    ) -> None:
        self.messages: list[Captured] = []
        self.data_script = list(data_script)
        self.rcpt_script = list(rcpt_script)
        self.quit_script = list(quit_script)
        self.data_attempts = 0
        self.release: asyncio.Event | None = None
        # Called with each stored message before the reply: a test can file it into a Sent
        # folder as Gmail and Microsoft 365 do, or look at the world at that moment.
        self.on_store: Callable[[bytes], None] | None = None

    async def _hang(self) -> str:
        self.release = asyncio.Event()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.release.wait(), HANG_CAP_S)
        return "451 4.4.2 timed out"

    async def handle_RCPT(
        self, server: SMTPServer, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        action = self.rcpt_script.pop(0) if self.rcpt_script else None
        if action == "hang":
            return await self._hang()
        if action:
            return action
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_QUIT(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        action = self.quit_script.pop(0) if self.quit_script else None
        if action == "hang":
            await self._hang()
        return action if action and action != "hang" else "221 2.0.0 Bye"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        self.data_attempts += 1
        action = self.data_script.pop(0) if self.data_script else None
        if action == "hang":
            return await self._hang()
        if action and not action.startswith("store-then-") and action != "slow":
            return action
        raw = envelope.original_content
        assert raw is not None and envelope.mail_from is not None
        self.messages.append(Captured(envelope.mail_from, list(envelope.rcpt_tos), bytes(raw), time.monotonic()))
        if self.on_store is not None:
            self.on_store(bytes(raw))
        if action == "store-then-hang":
            await self._hang()
        elif action == "slow":
            await asyncio.sleep(SLOW_S)
        elif action == "store-then-drop" and server.transport is not None:
            cast(asyncio.Transport, server.transport).abort()
        return f"250 2.0.0 Ok: queued as Q{len(self.messages)}"


@dataclass
class SmtpServer:
    """A running test server: where it listens, what it captured, what the client must trust."""

    host: str
    port: int
    security: str
    handler: CapturingHandler
    controller: Controller
    ca_file: str | None = None
    username: str | None = None
    password: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def messages(self) -> list[Captured]:
        return self.handler.messages

    def config(self, **overrides: Any) -> SmtpConfig:
        """An SmtpConfig that reaches this server (timeout 2s unless overridden)."""
        values: dict[str, Any] = {
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "ca_file": self.ca_file,
            "timeout": "2s",
        }
        if self.username is not None:
            values["username"] = self.username
            values["password"] = EnvSecret(env="FOLLOWUP_TEST_UNUSED")
        values.update(overrides)
        return SmtpConfig.model_validate(values)

    def secret(self) -> Secret | None:
        """The password the server accepts, as the client receives it."""
        return Secret(self.password) if self.password is not None else None

    def release_hangs(self) -> None:
        """Let a hanging reply finish now (the client has given up by then)."""
        event = self.handler.release
        if event is not None and self.controller.loop.is_running():
            self.controller.loop.call_soon_threadsafe(event.set)


@pytest.fixture(scope="session")
def smtp_ca(tmp_path_factory: pytest.TempPathFactory) -> tuple[trustme.CA, str]:
    """A throw-away CA and the path of its certificate (PEM) for `smtp.ca_file`."""
    ca = trustme.CA()
    path = tmp_path_factory.mktemp("smtp-ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return ca, str(path)


def _server_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


@pytest.fixture
def make_smtp_server(smtp_ca: tuple[trustme.CA, str]) -> Iterator[Callable[..., SmtpServer]]:
    """Factory: `make_smtp_server(security=..., auth=..., data_script=[...], rcpt_script=[...], quit_script=[...])`.

    security: "plain" | "starttls" | "tls" (implicit TLS). auth: require AUTH with SMTP_USER /
    SMTP_PASSWORD (over TLS only, as a real submission server would).
    """
    started: list[SmtpServer] = []
    ca, ca_file = smtp_ca

    def factory(
        *,
        security: str = "plain",
        auth: bool = False,
        data_script: list[str | None] | None = None,
        rcpt_script: list[str | None] | None = None,
        quit_script: list[str | None] | None = None,
    ) -> SmtpServer:
        handler = CapturingHandler(data_script or [], rcpt_script or [], quit_script or [])
        kwargs: dict[str, Any] = {}
        if security == "starttls":
            kwargs.update(tls_context=_server_context(ca), require_starttls=True)
        elif security == "tls":
            kwargs.update(ssl_context=_server_context(ca))
        elif security != "plain":
            raise ValueError(f"unknown security {security!r}")
        if auth:
            if security == "plain":
                raise ValueError("AUTH is only offered over TLS here; use security='starttls' or 'tls'")

            def authenticator(
                server: SMTPServer, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
            ) -> AuthResult:
                ok = (
                    isinstance(auth_data, LoginPassword)
                    and auth_data.login == SMTP_USER.encode()
                    and auth_data.password == SMTP_PASSWORD.encode()
                )
                return AuthResult(success=ok, handled=False)

            kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=True)
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
        controller.start()
        server = SmtpServer(
            host="127.0.0.1",
            port=port,
            security=security,
            handler=handler,
            controller=controller,
            ca_file=ca_file if security != "plain" else None,
            username=SMTP_USER if auth else None,
            password=SMTP_PASSWORD if auth else None,
        )
        started.append(server)
        return server

    yield factory
    for server in started:
        server.release_hangs()
        server.controller.stop()


@pytest.fixture
def smtp_server(make_smtp_server: Callable[..., SmtpServer]) -> SmtpServer:
    """A plain SMTP server on loopback that accepts everything."""
    return make_smtp_server()


@pytest.fixture
def smtp_starttls_server(make_smtp_server: Callable[..., SmtpServer]) -> SmtpServer:
    """An SMTP server that requires STARTTLS, with a certificate from the test CA."""
    return make_smtp_server(security="starttls")


@pytest.fixture
def smtp_auth_server(make_smtp_server: Callable[..., SmtpServer]) -> SmtpServer:
    """A STARTTLS server that requires AUTH as SMTP_USER / SMTP_PASSWORD."""
    return make_smtp_server(security="starttls", auth=True)


@pytest.fixture
def silent_smtp_port() -> Iterator[int]:
    """A port that accepts TCP connections but never says a word (no 220 greeting)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        yield int(listener.getsockname()[1])
    finally:
        listener.close()

