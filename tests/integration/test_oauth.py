"""OAuth2 sign-in end to end: the real Dovecot with an oauth2 passdb (SASL XOAUTH2 and
OAUTHBEARER), an aiosmtpd server taking XOAUTH2, and the loopback token server of
tokenserver.py speaking RFC 6749 (refresh grant), RFC 8628 (device grant) and RFC 7662
(introspection, which Dovecot calls for every token).
"""

from __future__ import annotations

import base64
import os
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult

from followup.cli import main, open_store
from followup.config import read_config
from followup.oauth import TokenSource, TokenStore, login, mailbox_tokens, sign_ins, smtp_tokens, token_key
from followup.send import SmtpSender
from followup.service import make_source
from tests.integration.conftest import PROJECT, make_mail
from tests.integration.dovecot import Dovecot, require_dovecot, free_port, start_dovecot
from tests.integration.smtpd import CapturingHandler, _server_context
from tests.integration.tokenserver import CLIENT_ID, MAIL_SCOPE, TokenServer

pytestmark = pytest.mark.integration

USER = "owner"


@pytest.fixture(scope="module")
def oauth_dovecot(token_server: TokenServer) -> Iterator[Dovecot]:
    """A Dovecot that takes XOAUTH2 and OAUTHBEARER, checking tokens at the token server;
    its folder `Outgoing` is the one marked \\Sent."""
    require_dovecot()
    server = start_dovecot(introspection_url=token_server.introspection_url, sent_special_use="Outgoing")
    try:
        yield server
    finally:
        server.cleanup()


def write_config(
    tmp_path: Path,
    dc: Dovecot,
    ts: TokenServer,
    *,
    oauth2: str = "",
    smtp: str = "",
    folder: str = "INBOX",
) -> Path:
    oauth2 = oauth2 or (
        f"{{provider: custom, client_id: {CLIENT_ID}, token_url: '{ts.token_url}', device_url: '{ts.device_url}', "
        f"scopes: [{MAIL_SCOPE}], refresh_token: {{env: FOLLOWUP_TEST_REFRESH}}}}"
    )
    path = tmp_path / "config.yaml"
    path.write_text(
        f"""\
owner: {{name: Ana Example, email: ana@example.com, timezone: Europe/Paris}}
mailbox:
  host: {dc.host}
  port: {dc.port}
  security: plain
  username: {USER}
  auth: oauth2
  oauth2: {oauth2}
  folders: [{folder}]
  timeout: 10s
{smtp}approval: {{via: [cli]}}
rules: {PROJECT / "rules"}
templates: {PROJECT / "rules" / "templates"}
state_dir: {tmp_path / "state"}
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def refresh_token(token_server: TokenServer, monkeypatch: pytest.MonkeyPatch) -> str:
    token = token_server.issue_refresh_token(USER)
    monkeypatch.setenv("FOLLOWUP_TEST_REFRESH", token)
    return token


@pytest.fixture
def config_path(tmp_path: Path, oauth_dovecot: Dovecot, token_server: TokenServer, refresh_token: str) -> Path:
    """A config signing in to the OAuth2 Dovecot with a refresh token from the environment."""
    return write_config(tmp_path, oauth_dovecot, token_server)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def assert_no_tokens(text: str, ts: TokenServer) -> None:
    """Neither a refresh token nor an access token the server issued appears in `text`."""
    with ts.lock:
        issued = [*ts.refresh_tokens, *ts.access_tokens]
    leaked = [t for t in issued if t in text]
    assert leaked == []


def logins(dc: Dovecot, method: str) -> int:
    return dc.log_file.read_text(errors="replace").count(f"method={method}")


def wait_logins(dc: Dovecot, method: str, count: int) -> int:
    """Dovecot's login count for `method` once it reaches `count` (its log is written a bit later)."""
    deadline = time.monotonic() + 5
    while logins(dc, method) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return logins(dc, method)


# --- 1. the refresh token is exchanged at token_url, then IMAP signs in ---


@pytest.mark.parametrize("mechanism", ["xoauth2", "oauthbearer"])
def test_refresh_token_is_exchanged_and_imap_signs_in(
    tmp_path: Path, oauth_dovecot: Dovecot, token_server: TokenServer, refresh_token: str, mechanism: str
) -> None:
    oauth2 = (
        f"{{provider: custom, client_id: {CLIENT_ID}, token_url: '{token_server.token_url}', scopes: [{MAIL_SCOPE}], "
        f"refresh_token: {{env: FOLLOWUP_TEST_REFRESH}}, mechanism: {mechanism}}}"
    )
    config = read_config(write_config(tmp_path, oauth_dovecot, token_server, oauth2=oauth2))
    refreshes = token_server.grants("refresh_token")
    before = logins(oauth_dovecot, mechanism.upper())
    source = make_source(config)
    try:
        source.connect()
        assert source.status("INBOX").uidvalidity > 0
    finally:
        source.close()
    assert token_server.grants("refresh_token") == refreshes + 1
    # Dovecot logs each login with its SASL mechanism.
    assert wait_logins(oauth_dovecot, mechanism.upper(), before + 1) == before + 1


def test_auto_mechanism_takes_xoauth2_when_offered(config_path: Path, oauth_dovecot: Dovecot) -> None:
    before = logins(oauth_dovecot, "XOAUTH2")
    source = make_source(read_config(config_path))
    source.connect()
    source.close()
    assert wait_logins(oauth_dovecot, "XOAUTH2", before + 1) == before + 1


# --- 2. an expired access token is refreshed and the poll goes on ---


def test_expired_access_token_is_refreshed_and_the_poll_goes_on(
    config_path: Path, token_server: TokenServer, capsys: pytest.CaptureFixture[str]
) -> None:
    path = config_path
    code, out = run_cli(capsys, "--config", str(path), "run", "--once")
    assert code == 0, out
    refreshes = token_server.grants("refresh_token")
    # The provider expires the token early: the server refuses it though the client still
    # thinks it is good. followup refreshes once and signs in again.
    token_server.expire_access_tokens()
    code, out = run_cli(capsys, "--config", str(path), "run", "--once")
    assert code == 0, out
    assert "FAILED" not in out
    assert token_server.grants("refresh_token") == refreshes + 1
    code, out = run_cli(capsys, "--config", str(path), "status")
    assert "folder INBOX: ok" in out
    assert_no_tokens(out, token_server)


def test_access_token_is_refreshed_before_it_expires(
    token_server: TokenServer, tmp_path: Path, config_path: Path
) -> None:
    config = read_config(config_path)
    assert config.mailbox.oauth2 is not None
    now = [1000.0]
    store = TokenStore(tmp_path / "s", keyring=None)
    tokens = TokenSource(config.mailbox.oauth2, USER, "mailbox.oauth2", store, clock=lambda: now[0])
    first = tokens.access_token()
    refreshes = token_server.grants("refresh_token")
    now[0] += 600  # well inside the hour: the same token
    assert tokens.access_token().reveal() == first.reveal()
    now[0] += 3600 - 600 - 200  # within the margin before expiry: a new one, before any failure
    second = tokens.access_token()
    assert second.reveal() != first.reveal()
    assert token_server.grants("refresh_token") == refreshes + 1


# --- 3. a revoked refresh token: the clear error, status unhealthy, exit 1 from check ---


def test_revoked_refresh_token_is_a_clear_permanent_error(
    config_path: Path, token_server: TokenServer, refresh_token: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = config_path
    assert run_cli(capsys, "--config", str(path), "run", "--once")[0] == 0
    token_server.revoke(refresh_token)
    token_server.expire_access_tokens()
    code, out = run_cli(capsys, "--config", str(path), "run", "--once")
    expected = f"sign-in for {USER} was revoked: run `followup login`"
    assert expected in out
    code, status = run_cli(capsys, "--config", str(path), "status")
    assert expected in status
    assert "folder INBOX: UNHEALTHY" in status
    code, check = run_cli(capsys, "--config", str(path), "check")
    assert code == 1
    assert expected in check
    for text in (out, status, check):
        assert_no_tokens(text, token_server)
        assert refresh_token not in text
    # ... and a notice waits to be mailed to the owner.
    store = open_store(read_config(path))
    try:
        assert any(expected in text for _key, text in store.unsent_notices())
    finally:
        store.close()


# --- 4. SMTP signs in with XOAUTH2, and the note arrives ---


class Xoauth2Handler(CapturingHandler):
    """Accepts AUTH XOAUTH2 when the token server says the bearer token is live."""

    def __init__(self, ts: TokenServer) -> None:
        super().__init__([], [], [])
        self.ts = ts
        self.attempts = 0

    async def auth_XOAUTH2(self, server: SMTPServer, args: list[str]) -> AuthResult:
        self.attempts += 1
        raw = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
        fields = dict(part.split("=", 1) for part in raw.split("\x01") if "=" in part)
        token = fields.get("auth", "").removeprefix("Bearer ")
        _status, answer = self.ts.handle("/introspect", {"token": token}, None)
        ok = answer.get("active") is True and answer.get("username") == fields.get("user")
        return AuthResult(success=ok, handled=False, auth_data=fields.get("user"))


@pytest.fixture
def xoauth2_smtp(
    token_server: TokenServer, smtp_ca: tuple[trustme.CA, str]
) -> Iterator[tuple[Controller, Xoauth2Handler, str]]:
    ca, ca_file = smtp_ca
    handler = Xoauth2Handler(token_server)
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=_server_context(ca),
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
        auth_exclude_mechanism=["LOGIN", "PLAIN"],
    )
    controller.start()
    try:
        yield controller, handler, ca_file
    finally:
        controller.stop()


def test_smtp_signs_in_with_xoauth2_and_the_note_arrives(
    tmp_path: Path,
    oauth_dovecot: Dovecot,
    token_server: TokenServer,
    refresh_token: str,
    xoauth2_smtp: tuple[Controller, Xoauth2Handler, str],
) -> None:
    controller, handler, ca_file = xoauth2_smtp
    smtp = (
        f"smtp: {{host: 127.0.0.1, port: {controller.port}, security: starttls, ca_file: '{ca_file}', "
        f"username: {USER}, auth: oauth2, save_sent_to: null, timeout: 5s}}\n"
    )
    config = read_config(write_config(tmp_path, oauth_dovecot, token_server, smtp=smtp))
    assert config.smtp is not None
    tokens = smtp_tokens(config)
    assert tokens is not None and tokens is mailbox_tokens(config)  # one sign-in, shared
    sender = SmtpSender(config.smtp, None, tokens)
    note = make_mail("Thank you", "Thanks for today.\n", to="sam@acme.example")
    receipt = sender.send(note, "ana@example.com", ["sam@acme.example"])
    assert receipt.code == 250
    assert len(handler.messages) == 1 and b"Thanks for today." in handler.messages[0].data
    # The token expires on the provider's side: one refused AUTH, one refresh, and it goes out.
    refreshes = token_server.grants("refresh_token")
    token_server.expire_access_tokens()
    sender.send(note, "ana@example.com", ["sam@acme.example"])
    assert len(handler.messages) == 2
    assert token_server.grants("refresh_token") == refreshes + 1


# --- 5. `followup login` with provider: custom completes a device-code flow ---


def test_login_completes_a_device_code_flow(
    tmp_path: Path,
    oauth_dovecot: Dovecot,
    token_server: TokenServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FOLLOWUP_KEYRING", "0")
    oauth2 = (
        f"{{provider: custom, client_id: {CLIENT_ID}, token_url: '{token_server.token_url}', "
        f"device_url: '{token_server.device_url}', scopes: [{MAIL_SCOPE}, offline_access]}}"
    )
    path = write_config(tmp_path, oauth_dovecot, token_server, oauth2=oauth2)

    def owner_approves() -> None:
        # The owner opens the page and types the code: here, the first code the server hands out,
        # once login has polled and been told authorization_pending.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with token_server.lock:
                codes = [d["user_code"] for d in token_server.devices.values() if d["user"] is None and d["polls"]]
            if codes:
                token_server.approve_device(codes[0], USER)
                return
            time.sleep(0.05)

    helper = threading.Thread(target=owner_approves)
    helper.start()
    code, out = run_cli(capsys, "--config", str(path), "login", "--no-browser")
    helper.join()
    assert code == 0, out
    assert f"{token_server.url}/activate" in out and "enter the code" in out
    config = read_config(path)
    assert config.mailbox.oauth2 is not None
    store = TokenStore(config.state_path, keyring=None)
    saved = store.load(token_key(config.mailbox.oauth2, USER))
    assert saved is not None
    files = list(store.folder.glob("*.json"))
    assert len(files) == 1 and stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert_no_tokens(out, token_server)
    # The stored sign-in is what the daemon now uses.
    source = make_source(config)
    source.connect()
    source.close()


# --- bad input: one line naming the setting ---


def _check_line(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    code, out = run_cli(capsys, "--config", str(path), "check")
    assert code == 1
    [line] = [row for row in out.splitlines() if row.startswith("mailbox:") and not row.startswith("mailbox: ok")]
    return line


def test_wrong_client_id_names_the_setting(
    tmp_path: Path,
    oauth_dovecot: Dovecot,
    token_server: TokenServer,
    refresh_token: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    oauth2 = (
        f"{{provider: custom, client_id: nobody, token_url: '{token_server.token_url}', "
        "refresh_token: {env: FOLLOWUP_TEST_REFRESH}}"
    )
    line = _check_line(capsys, write_config(tmp_path, oauth_dovecot, token_server, oauth2=oauth2))
    assert "mailbox.oauth2.client_id" in line and "invalid_client" in line
    assert refresh_token not in line


def test_unreachable_token_endpoint_names_the_setting(
    tmp_path: Path,
    oauth_dovecot: Dovecot,
    token_server: TokenServer,
    refresh_token: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = f"http://127.0.0.1:{free_port()}/token"
    oauth2 = (
        f"{{provider: custom, client_id: {CLIENT_ID}, token_url: '{url}', "
        "refresh_token: {env: FOLLOWUP_TEST_REFRESH}}"
    )
    line = _check_line(capsys, write_config(tmp_path, oauth_dovecot, token_server, oauth2=oauth2))
    assert "mailbox.oauth2.token_url" in line and "cannot reach" in line


def test_scope_refused_by_the_provider_names_the_setting(
    tmp_path: Path,
    oauth_dovecot: Dovecot,
    token_server: TokenServer,
    refresh_token: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    oauth2 = (
        f"{{provider: custom, client_id: {CLIENT_ID}, token_url: '{token_server.token_url}', scopes: [calendar], "
        "refresh_token: {env: FOLLOWUP_TEST_REFRESH}}"
    )
    line = _check_line(capsys, write_config(tmp_path, oauth_dovecot, token_server, oauth2=oauth2))
    assert "mailbox.oauth2.scopes" in line


def test_token_without_mail_scope_names_the_setting(
    tmp_path: Path,
    oauth_dovecot: Dovecot,
    token_server: TokenServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The provider grants a token, but not for mail: the server refuses it, even after a refresh.
    monkeypatch.setenv("FOLLOWUP_TEST_REFRESH", token_server.issue_refresh_token(USER, scopes=("offline_access",)))
    oauth2 = (
        f"{{provider: custom, client_id: {CLIENT_ID}, token_url: '{token_server.token_url}', scopes: [offline_access], "
        "refresh_token: {env: FOLLOWUP_TEST_REFRESH}}"
    )
    line = _check_line(capsys, write_config(tmp_path, oauth_dovecot, token_server, oauth2=oauth2))
    assert "mailbox.oauth2.scopes" in line and "refused" in line
    assert_no_tokens(line, token_server)


def test_no_token_reaches_the_log(
    config_path: Path, token_server: TokenServer, refresh_token: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_cli(capsys, "--config", str(config_path), "-v", "run", "--once")
    assert code == 0, out
    assert "oauth access token refreshed" in out  # the debug log ran
    assert_no_tokens(out, token_server)
    assert refresh_token not in out


def test_effective_settings_mask_secrets(
    config_path: Path, refresh_token: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_cli(capsys, "--config", str(config_path), "check")
    assert code == 0, out
    assert f"mailbox.oauth2: provider custom, client_id {CLIENT_ID}" in out
    assert "refresh token *** (from env FOLLOWUP_TEST_REFRESH)" in out
    assert refresh_token not in out
    assert "sent copies:" in out


def test_refresh_token_file_helper_and_keyring_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The fallback store writes 0600 files even under a permissive umask.
    monkeypatch.setenv("FOLLOWUP_KEYRING", "0")
    old = os.umask(0)
    try:
        store = TokenStore(tmp_path)
        assert store.keyring is None
        from followup.config import Secret

        store.save("owner at https://example.test/token", Secret("value"))
    finally:
        os.umask(old)
    [file] = list((tmp_path / "oauth").glob("*.json"))
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert store.load("owner at https://example.test/token") is not None


def test_login_in_the_browser_completes_with_pkce_and_a_loopback_redirect(
    tmp_path: Path, oauth_dovecot: Dovecot, token_server: TokenServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The flow Google uses: the browser goes to the authorization endpoint and is sent back to
    # a one-time address on 127.0.0.1, where followup trades the code (and its PKCE verifier).
    monkeypatch.setenv("FOLLOWUP_KEYRING", "0")
    oauth2 = (
        f"{{provider: custom, client_id: {CLIENT_ID}, token_url: '{token_server.token_url}', "
        f"auth_url: '{token_server.auth_url}', scopes: [{MAIL_SCOPE}]}}"
    )
    config = read_config(write_config(tmp_path, oauth_dovecot, token_server, oauth2=oauth2))
    [sign_in] = sign_ins(config)
    visits: list[threading.Thread] = []

    def browser(text: str) -> None:
        address = text.split()[-1]
        assert address.startswith(token_server.auth_url)
        visit = threading.Thread(target=lambda: requests.get(address, timeout=10))
        visit.start()
        visits.append(visit)

    where = login(config, sign_in, browser, open_browser=False)
    for visit in visits:
        visit.join()
    assert where == str(config.state_path / "oauth")
    [(_, asked)] = [(path, q) for path, q in token_server.requests if path == "/authorize"][-1:]
    assert asked["code_challenge_method"] == "S256" and asked["redirect_uri"].startswith("http://127.0.0.1:")
    source = make_source(config)
    source.connect()
    source.close()


def test_check_names_an_unset_client_secret_variable_at_its_key(
    tmp_path: Path,
    oauth_dovecot: Dovecot,
    token_server: TokenServer,
    refresh_token: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FOLLOWUP_TEST_NO_SECRET", raising=False)
    oauth2 = (
        f"{{provider: custom, client_id: {CLIENT_ID}, token_url: '{token_server.token_url}', "
        "client_secret: {env: FOLLOWUP_TEST_NO_SECRET}, refresh_token: {env: FOLLOWUP_TEST_REFRESH}}"
    )
    path = write_config(tmp_path, oauth_dovecot, token_server, oauth2=oauth2)
    code, out = run_cli(capsys, "--config", str(path), "check")
    assert code == 1
    [line] = [row for row in out.splitlines() if "FOLLOWUP_TEST_NO_SECRET" in row and "not set" in row]
    assert f"{path}:8:" in line and "mailbox.oauth2.client_secret" in line and "export" in line
